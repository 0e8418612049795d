"""The site registry: storing and loading the network of sites with their technicians and standby contacts.

Nothing here commits: the caller owns the transaction (one session per action).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from console.domain import Contact, Site, Technician
from db.models import SiteRow, TechnicianRow


def _contact(
    organisation: str | None, name: str | None, phone: str | None, email: str | None
) -> Contact | None:
    if organisation is None and name is None and phone is None:
        return None
    return Contact(organisation or "", name or "", phone or "", email or "")


def _to_site(row: SiteRow, codes: dict[int, str]) -> Site:
    return Site(
        code=row.code,
        name=row.name,
        tier=row.tier,
        parent=codes.get(row.parent_id) if row.parent_id is not None else None,
        agency=row.agency,
        room=row.room,
        address=row.address,
        district=row.district,
        technicians=tuple(Technician(t.name, t.unit, t.position, t.phone, t.email) for t in row.technicians),
        provider=_contact(
            row.provider_organisation, row.provider_name, row.provider_phone, row.provider_email
        ),
        power=_contact(row.power_organisation, row.power_name, row.power_phone, row.power_email),
        id=row.id,
    )


def _fill(row: SiteRow, site: Site) -> None:
    row.name = site.name
    row.tier = site.tier
    row.district = site.district
    row.agency = site.agency
    row.room = site.room
    row.address = site.address
    p, w = site.provider, site.power
    row.provider_organisation = p.organisation if p else None
    row.provider_name = p.name if p else None
    row.provider_phone = p.phone if p else None
    row.provider_email = p.email if p else None
    row.power_organisation = w.organisation if w else None
    row.power_name = w.name if w else None
    row.power_phone = w.phone if w else None
    row.power_email = w.email if w else None
    row.technicians = [
        TechnicianRow(ordinal=i, name=t.name, unit=t.unit, position=t.position, phone=t.phone, email=t.email)
        for i, t in enumerate(site.technicians)
    ]


def save_network(session: Session, sites: Iterable[Site]) -> dict[str, int]:
    """Insert or update `sites` by code (technicians are replaced); returns every saved code's id.

    Sites already stored but absent from `sites` are kept: the log refers to them. A parent may be an
    already-stored site or any site of `sites`, in any order.
    """
    sites = list(sites)
    codes = [s.code for s in sites]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate site codes in the network")
    existing = {
        row.code: row
        for row in session.scalars(
            select(SiteRow).where(SiteRow.code.in_(codes)).options(selectinload(SiteRow.technicians))
        )
    }
    rows: dict[str, SiteRow] = {}
    for site in sites:
        row = existing.get(site.code)
        if row is None:
            row = SiteRow(code=site.code)
            session.add(row)
        _fill(row, site)
        rows[site.code] = row
    session.flush()
    parent_codes = {s.parent for s in sites if s.parent is not None and s.parent not in rows}
    known = dict(
        session.execute(select(SiteRow.code, SiteRow.id).where(SiteRow.code.in_(parent_codes))).all()
    )
    for site in sites:
        if site.parent is None:
            parent_id = None
        elif site.parent in rows:
            parent_id = rows[site.parent].id
        elif site.parent in known:
            parent_id = known[site.parent]
        else:
            raise LookupError(f"site {site.code} names unknown parent {site.parent}")
        rows[site.code].parent_id = parent_id
    session.flush()
    return {code: row.id for code, row in rows.items()}


def load_sites(session: Session) -> list[Site]:
    """Every stored site, parents before children, otherwise in the order they were first stored."""
    rows = list(
        session.scalars(select(SiteRow).options(selectinload(SiteRow.technicians)).order_by(SiteRow.id))
    )
    codes = {row.id: row.code for row in rows}
    ordered: list[SiteRow] = []
    placed: set[int] = set()
    pending = rows
    while pending:
        waiting = []
        for row in pending:
            if row.parent_id is None or row.parent_id in placed or row.parent_id not in codes:
                ordered.append(row)
                placed.add(row.id)
            else:
                waiting.append(row)
        if len(waiting) == len(pending):  # a parent cycle, which saving never makes: keep the stored order
            ordered.extend(waiting)
            break
        pending = waiting
    return [_to_site(row, codes) for row in ordered]


def count_sites(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SiteRow)) or 0


def ensure_network(session: Session, sites: Iterable[Site]) -> bool:
    """Store `sites` only when the registry is empty (first start); True when it did."""
    if count_sites(session) > 0:
        return False
    save_network(session, sites)
    return True


def site_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    """The ids of those `codes` that are stored."""
    wanted = list(set(codes))
    return dict(session.execute(select(SiteRow.code, SiteRow.id).where(SiteRow.code.in_(wanted))).all())
