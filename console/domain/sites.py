"""The site registry's types: tiers, sites, technicians and standby contacts."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Tier(enum.StrEnum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def rank(self) -> int:
        return list(Tier).index(self)


@dataclass(frozen=True, slots=True)
class Technician:
    name: str
    unit: str
    position: str
    phone: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    """A standby contact at the telecom provider or the power company."""

    organisation: str
    name: str
    phone: str
    email: str = ""


@dataclass(frozen=True, slots=True)
class Site:
    """One conference room with a video endpoint (điểm cầu)."""

    code: str  # stable identifier, e.g. "DB.H.TUANGIAO.UBND"
    name: str  # as shown and as the MCU's display_name
    tier: Tier
    parent: str | None  # code of the parent site (the tier above), None at the top
    agency: str  # owning agency
    room: str
    address: str  # network address on the dedicated data network
    district: str | None = None  # code of the district site it belongs to (None above district tier)
    technicians: tuple[Technician, ...] = ()
    provider: Contact | None = None  # telecom provider's standby contact
    power: Contact | None = None  # power company's standby contact
    id: int | None = None  # database id once stored
