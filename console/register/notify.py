"""Whom to tell of a meeting's change of time or cancellation [001 §11.4, 002 §16.4, 002 §11.2].

Every site of the meeting (the host site first, then the expected sites) through its technician on duty, with
phone and e-mail: the Party committee's technician for a Party-hosted meeting, the People's Committee's for a
meeting hosted by the People's Council or Committee, a department or the Front [002 §15.2b]; then the telecom provider's and the power company's standby contacts of those sites, each contact
once with every site it serves. Pure: the booking and the registry in, the list out.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from console.domain import LOCAL_TZ, Contact, Side, Site, Technician
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


# Words that name a Party body in an agency's name: Tỉnh ủy, Huyện ủy, Thành ủy, Thị ủy, Đảng ủy, Ban … Tỉnh ủy.
# ("Ủy ban nhân dân" is the People's Committee: "ủy" alone says nothing.)
PARTY_WORDS = ("đảng", "tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy", "party")


def _folded(text: str) -> str:
    """Lower case, composed, with the old tone placement ("uỷ") written the new way ("ủy")."""
    return unicodedata.normalize("NFC", text).casefold().replace("uỷ", "ủy")


def host_side(booking: Booking, sites: Mapping[str, Site]) -> Side:
    """Whose technicians run the meeting: the Party's when its host agency (or, when none is given, its host
    site's agency) is a Party body, else the government's [002 §15.2b]."""
    agency = booking.host_agency.strip()
    if not agency and booking.host_site is not None and booking.host_site in sites:
        agency = sites[booking.host_site].agency
    folded = _folded(agency)
    return Side.PARTY if any(word in folded for word in PARTY_WORDS) else Side.GOVERNMENT


def on_duty(side: Side) -> TechniciansOf:
    """A site's technicians of `side`; a site with none of that side is told through all it has (someone there
    must still open the room)."""

    def pick(site: Site, _booking: Booking) -> tuple[Technician, ...]:
        return tuple(t for t in site.technicians if t.side is side) or site.technicians

    return pick


def whom_to_tell(
    booking: Booking, sites: Mapping[str, Site], technicians_of: TechniciansOf | None = None
) -> list[Recipient]:
    """Technicians site by site, then provider and power contacts; `technicians_of` picks a site's technicians
    for the meeting (by default those on duty for its host's side, `host_side`). Sites not in the registry are
    left out."""
    if technicians_of is None:
        technicians_of = on_duty(host_side(booking, sites))
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
