"""The site registry's types: tiers, sites, technicians, standby contacts, grouping fields and the changes kept.

Since 1 July 2025 local government has two tiers, province and commune; `Tier.DISTRICT` stays for old logs and
for the places that still use it. A site's `cluster` (cụm) is the control center's own grouping, often a former
district; `district` is the district the site belongs to in the old map (a district site's code, or the former
district's name where the registry has no district site).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Tier(enum.StrEnum):
    CENTRAL = "central"
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def rank(self) -> int:
        return list(Tier).index(self)


class Side(enum.StrEnum):
    """Whose staff a technician is: who is on duty depends on who hosts the meeting [002 §15.2b].

    A Party-hosted meeting is run by the Party committee's technician; a meeting hosted by the People's Council,
    the People's Committee, a department or the Front by the People's Committee's (the government side).
    """

    PARTY = "party"
    GOVERNMENT = "government"


class GroupField(enum.StrEnum):
    """What the wall (and `sites list`) groups sites by; the control center chooses."""

    CLUSTER = "cluster"  # cụm: the control center's clusters (often the former districts)
    DISTRICT = "district"  # the former district (old logs, places that still use districts)
    AGENCY = "agency"  # the owning agency
    TIER = "tier"
    PROVINCE = "province"


@dataclass(frozen=True, slots=True)
class Technician:
    name: str
    unit: str
    position: str
    phone: str
    email: str = ""
    side: Side = Side.GOVERNMENT


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

    code: str  # stable identifier, e.g. "X.MUONGNHE"
    name: str  # as shown and as the MCU's display_name
    tier: Tier
    parent: str | None  # code of the parent site, None at the top
    agency: str  # owning agency
    room: str
    address: str  # network address on the dedicated data network
    district: str | None = None  # the (former) district: a district site's code, or the district's name
    technicians: tuple[Technician, ...] = ()
    provider: Contact | None = None  # telecom provider's standby contact
    power: Contact | None = None  # power company's standby contact
    cluster: str = ""  # cụm: the control center's grouping ("" = none)
    province: str = ""  # the province the site belongs to ("" = its parent's)
    camera: str = ""  # the camera's VISCA-over-IP "host:port"; "" = far-end camera control through the MCU
    id: int | None = None  # database id once stored


@dataclass(frozen=True, slots=True)
class SiteChange:
    """One change to a site kept in the registry's history: what, from what to what, when and by whom.

    `field` is a site field ("name", "camera", "provider" …), "technician N" for the N-th technician (1-based:
    a replaced technician is one change from the old person to the new), or "site" when the site was added.
    """

    site: str  # the site's code
    at: datetime  # UTC
    actor: str
    field: str
    old: str
    new: str


# The site fields a change is kept for, in the order they are listed.
TRACKED_FIELDS: tuple[str, ...] = (
    "name",
    "tier",
    "parent",
    "cluster",
    "district",
    "province",
    "agency",
    "room",
    "address",
    "camera",
)


def describe_technician(t: Technician | None) -> str:
    """'Lò Văn Thanh (Công chức Văn phòng - Thống kê, UBND xã Mường Nhé; 0912 345 678; thanh@…; government)'."""
    if t is None:
        return ""
    details = "; ".join(p for p in (", ".join(q for q in (t.position, t.unit) if q), t.phone, t.email) if p)
    return f"{t.name} ({details}; {t.side.value})" if details else f"{t.name} ({t.side.value})"


def describe_contact(c: Contact | None) -> str:
    if c is None:
        return ""
    return "; ".join(p for p in (c.organisation, c.name, c.phone, c.email) if p)


def site_changes(old: Site, new: Site) -> list[tuple[str, str, str]]:
    """What differs from `old` to `new`, as (field, old, new) in a fixed order; [] when nothing does."""
    out: list[tuple[str, str, str]] = []
    for name in TRACKED_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if a != b:
            out.append((name, "" if a is None else str(a), "" if b is None else str(b)))
    for i in range(max(len(old.technicians), len(new.technicians))):
        a_t = old.technicians[i] if i < len(old.technicians) else None
        b_t = new.technicians[i] if i < len(new.technicians) else None
        if a_t != b_t:
            out.append((f"technician {i + 1}", describe_technician(a_t), describe_technician(b_t)))
    for name in ("provider", "power"):
        a_c, b_c = getattr(old, name), getattr(new, name)
        if a_c != b_c:
            out.append((name, describe_contact(a_c), describe_contact(b_c)))
    return out
