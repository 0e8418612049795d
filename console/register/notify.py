"""Whom to tell of a meeting's change of time or cancellation [001 §11.4, 002 §16.4, 002 §11.2].

Every site of the meeting (the host site first, then the expected sites) through its technicians, with phone
and e-mail; then the telecom provider's and the power company's standby contacts of those sites, each contact
once with every site it serves. Pure: the booking and the registry in, the list out.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from console.domain import LOCAL_TZ, Contact, Site, Technician
from console.domain.register import Booking


class Role(enum.StrEnum):
    TECHNICIAN = "technician"
    PROVIDER = "provider"
    POWER = "power"


@dataclass(frozen=True, slots=True)
class Recipient:
    role: Role
    sites: tuple[str, ...]  # the codes of the sites this person is told about
    site_names: tuple[str, ...]
    organisation: str
    name: str
    position: str
    phone: str
    email: str


TechniciansOf = Callable[[Site, Booking], tuple[Technician, ...]]


def all_technicians(site: Site, _booking: Booking) -> tuple[Technician, ...]:
    """Every technician the registry lists for the site."""
    return site.technicians


def whom_to_tell(
    booking: Booking, sites: Mapping[str, Site], technicians_of: TechniciansOf = all_technicians
) -> list[Recipient]:
    """Technicians site by site, then provider and power contacts; `technicians_of` picks a site's technicians
    on duty for the meeting (by default all of them). Sites not in the registry are left out."""
    known = [sites[c] for c in booking.rooms if c in sites]
    told: list[Recipient] = []
    for site in known:
        for t in technicians_of(site, booking):
            told.append(
                Recipient(
                    Role.TECHNICIAN, (site.code,), (site.name,), t.unit, t.name, t.position, t.phone, t.email
                )
            )
    for role, contact_of in ((Role.PROVIDER, _provider), (Role.POWER, _power)):
        grouped: dict[Contact, list[Site]] = {}
        for site in known:
            contact = contact_of(site)
            if contact is not None:
                grouped.setdefault(contact, []).append(site)
        for contact, served in grouped.items():
            told.append(
                Recipient(
                    role,
                    tuple(s.code for s in served),
                    tuple(s.name for s in served),
                    contact.organisation,
                    contact.name,
                    "",
                    contact.phone,
                    contact.email,
                )
            )
    return told


def estimate_notice(start: datetime, reason: str) -> str:
    """What goes with the list when the meeting cannot start on time (002 §11.2): the estimated real start, in
    Asia/Ho_Chi_Minh time, and why."""
    return f"estimated real start {start.astimezone(LOCAL_TZ).strftime('%d/%m/%Y %H:%M')}: {reason}"


def _provider(site: Site) -> Contact | None:
    return site.provider


def _power(site: Site) -> Contact | None:
    return site.power
