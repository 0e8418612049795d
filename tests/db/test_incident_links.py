"""`incidents.reopens_id`: a log written before it upgrades in place, keeps its shared-fault links, and links."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from console.domain import Incident, IncidentKind, Severity
from db.engine import open_database
from db.records import get_incident, list_incidents, open_incident

from .conftest import at, migrated_to


def test_a_log_from_before_the_link_upgrades_in_place_and_keeps_its_shared_faults(db_url: str) -> None:
    old = migrated_to(db_url, "0003")  # the schema before incidents could name the one they reopen
    try:
        with old.connect() as conn:
            insert = text(
                "INSERT INTO incidents (site, kind, severity, opened_at, cause, fix, acknowledged_by, parent_id, "
                "detail) VALUES (:site, 'link_down', 'critical', :at, '', '', '', :parent, '') RETURNING id"
            )
            first = conn.execute(insert, {"site": "H.A", "at": at(1), "parent": None}).scalar_one()
            conn.execute(insert, {"site": "X.A.0", "at": at(1), "parent": first})
            conn.commit()
    finally:
        old.dispose()

    engine = open_database(db_url)
    try:
        with Session(engine) as s:
            parent, child = list_incidents(s)
            assert child.parent_id == parent.id is not None  # the shared fault's link survived
            assert parent.reopens_id is None and child.reopens_id is None
            again = open_incident(
                s, Incident("X.A.0", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(5), reopens_id=child.id)
            )
            s.commit()
            assert get_incident(s, again).reopens_id == child.id
    finally:
        engine.dispose()
