"""The site registry: storing and loading the sites with their technicians, standby contacts and history.

Nothing here commits: the caller owns the transaction (one session per action), so an import is all or nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from console.domain import Contact, Site, SiteChange, Technician, site_changes
from db.models import SiteChangeRow, SiteRow, TechnicianRow

SITE_ADDED = "site"  # the SiteChange.field of a site's first entry


@dataclass(frozen=True, slots=True)
class SaveSummary:
    """What a save did: the codes added and updated (in the order given), and how many were already as given."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: int = 0
    ids: dict[str, int] = field(default_factory=dict)


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
        technicians=tuple(
            Technician(t.name, t.unit, t.position, t.phone, t.email, t.side) for t in row.technicians
        ),
        provider=_contact(
            row.provider_organisation, row.provider_name, row.provider_phone, row.provider_email
        ),
        power=_contact(row.power_organisation, row.power_name, row.power_phone, row.power_email),
        cluster=row.cluster,
        province=row.province,
        camera=row.camera,
        id=row.id,
    )


def _fill(row: SiteRow, site: Site) -> None:
    row.name = site.name
    row.tier = site.tier
    row.district = site.district
    row.agency = site.agency
    row.room = site.room
    row.address = site.address
    row.cluster = site.cluster
    row.province = site.province
    row.camera = site.camera
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
        TechnicianRow(
            ordinal=i,
            name=t.name,
            unit=t.unit,
            position=t.position,
            phone=t.phone,
            email=t.email,
            side=t.side,
        )
        for i, t in enumerate(site.technicians)
    ]


def _bare(site: Site) -> Site:
    return dataclasses.replace(site, id=None)


def save_sites(
    session: Session, sites: Iterable[Site], *, actor: str | None = None, at: datetime | None = None
) -> SaveSummary:
    """Insert or update `sites` by code; a site already as given is not touched.

    With `actor` (and `at`, an aware UTC time) every added site and every change is kept in the history. Sites
    already stored but absent from `sites` are kept: the log refers to them. A parent may be an already-stored
    site or any site of `sites`, in any order. Raises ValueError for duplicate codes, LookupError for an unknown
    parent (the session is then left with a partial flush: roll it back).
    """
    sites = list(sites)
    codes = [s.code for s in sites]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate site codes in the network")
    if actor is not None and at is None:
        raise ValueError("a change kept in the history needs its time")
    known: dict[str, int] = {
        code: row_id for code, row_id in session.execute(select(SiteRow.code, SiteRow.id))
    }
    code_of = {row_id: code for code, row_id in known.items()}
    existing = {
        row.code: row
        for row in session.scalars(
            select(SiteRow).where(SiteRow.code.in_(codes)).options(selectinload(SiteRow.technicians))
        )
    }
    for site in sites:
        if site.parent is not None and site.parent not in known and site.parent not in codes:
            raise LookupError(f"site {site.code} names unknown parent {site.parent}")
    rows: dict[str, SiteRow] = {}
    added: list[str] = []
    updated: list[str] = []
    history: list[tuple[str, str, str, str]] = []  # code, field, old, new
    unchanged = 0
    for site in sites:
        row = existing.get(site.code)
        if row is None:
            row = SiteRow(code=site.code)
            session.add(row)
            _fill(row, site)
            added.append(site.code)
            history.append((site.code, SITE_ADDED, "", site.name))
        else:
            before = _bare(_to_site(row, code_of))
            after = _bare(site)
            if before == after:
                unchanged += 1
            else:
                _fill(row, site)
                updated.append(site.code)
                history.extend((site.code, f, a, b) for f, a, b in site_changes(before, after))
        rows[site.code] = row
    session.flush()
    ids = {**known, **{code: row.id for code, row in rows.items()}}
    for site in sites:
        parent_id = None if site.parent is None else ids[site.parent]
        if rows[site.code].parent_id != parent_id:
            rows[site.code].parent_id = parent_id
    if actor is not None and at is not None:
        session.add_all(
            SiteChangeRow(site_id=ids[code], at=at, actor=actor, field=name, old=old, new=new)
            for code, name, old, new in history
        )
    session.flush()
    return SaveSummary(tuple(added), tuple(updated), unchanged, {code: row.id for code, row in rows.items()})


def save_network(session: Session, sites: Iterable[Site]) -> dict[str, int]:
    """Insert or update `sites` by code, keeping no history (loading a bundled network); returns their ids."""
    return save_sites(session, sites).ids


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


def add_missing_sites(session: Session, sites: Iterable[Site]) -> int:
    """Store those of `sites` whose code is not in the registry yet (stored sites stay as they were edited);
    returns how many were added."""
    sites = list(sites)
    stored = set(session.scalars(select(SiteRow.code)))
    missing = [s for s in sites if s.code not in stored]
    if missing:
        save_network(session, missing)
    return len(missing)


def site_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    """The ids of those `codes` that are stored."""
    wanted = list(set(codes))
    rows = session.execute(select(SiteRow.code, SiteRow.id).where(SiteRow.code.in_(wanted)))
    return {code: row_id for code, row_id in rows}


def site_history(session: Session, code: str) -> list[SiteChange]:
    """The changes kept for the site `code`, oldest first; LookupError when there is no such site."""
    site_id = session.scalar(select(SiteRow.id).where(SiteRow.code == code))
    if site_id is None:
        raise LookupError(code)
    rows = session.scalars(
        select(SiteChangeRow)
        .where(SiteChangeRow.site_id == site_id)
        .order_by(SiteChangeRow.at, SiteChangeRow.id)
    )
    return [SiteChange(code, r.at, r.actor, r.field, r.old, r.new) for r in rows]
