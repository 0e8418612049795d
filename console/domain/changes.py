"""What the incident tracker changes: incidents opened, grouped and resolved, attendance joins and leaves.

The writer records each; the desks and the window show them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from console.domain.log import Incident


class GroupBy(enum.StrEnum):
    """What a shared fault's sites have in common (a parent incident's `detail`)."""

    CLUSTER = "cluster"  # the control center's cluster (cụm)
    DISTRICT = "district"  # the former district (a registry without clusters, old logs)
    PROVINCE = "province"  # the province (sites in no cluster: the province-level ones, the national network)
    PROVIDER = "provider"  # the telecom provider


@dataclass(frozen=True, slots=True)
class IncidentOpened:
    key: int  # the tracker's key of this incident; the store maps it to its row id
    incident: Incident
    reopens: int | None = None  # the key of the incident resolved by hand while its condition still held


@dataclass(frozen=True, slots=True)
class IncidentResolved:
    key: int
    at: datetime


@dataclass(frozen=True, slots=True)
class ParentOpened:
    """A shared-fault parent; its children follow as `IncidentGrouped` changes."""

    key: int
    incident: Incident
    group_by: GroupBy
    reopens: int | None = None  # the key of the shared fault resolved by hand whose sites this one reopens


@dataclass(frozen=True, slots=True)
class IncidentGrouped:
    """Child incident `key` belongs to parent incident `parent` (the store sets the child's parent_id)."""

    key: int
    parent: int


@dataclass(frozen=True, slots=True)
class AttendanceJoined:
    site: str
    uuid: str
    at: datetime
    conference: str = ""


@dataclass(frozen=True, slots=True)
class AttendanceLeft:
    site: str
    uuid: str
    at: datetime
    by_operator: bool
    conference: str = ""


Change = (
    IncidentOpened | IncidentResolved | ParentOpened | IncidentGrouped | AttendanceJoined | AttendanceLeft
)
