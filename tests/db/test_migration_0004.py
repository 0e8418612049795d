"""Upgrading a log written before runs and long names (revision 0003): every row and every link is kept."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.engine import open_database
from db.records import list_attendance, list_floor_transitions, list_incidents, list_meetings

from .conftest import at, migrated_to

ROWS = """
INSERT INTO meetings (id, title, host_agency, start_at, emergency, conference)
    VALUES (1, 'giaoban', '', :t, false, 'giaoban');
INSERT INTO attendance (id, meeting_id, site, participant_uuid, joined_at, left_by_operator)
    VALUES (1, 1, 'DB.X.A', 'u1', :t, false), (2, 1, 'DB.X.B', 'u2', :t, false);
INSERT INTO incidents (id, site, kind, severity, opened_at, cause, fix, acknowledged_by, detail, meeting_id)
    VALUES (1, 'DB.X.A', 'link_down', 'critical', :t, '', '', '', '', 1);
INSERT INTO incidents (id, site, kind, severity, opened_at, cause, fix, acknowledged_by, detail, parent_id)
    VALUES (2, 'DB.X.B', 'link_down', 'critical', :t, '', '', '', '', 1);
INSERT INTO floor_requests (id, site, delegate, topic, source, state, priority, seq, requested_at, reason, meeting_id)
    VALUES (1, 'DB.X.A', '', '', 'mcu', 1, 2, 1, :t, '', 1);
INSERT INTO floor_events (id, request_id, to_state, actor, at, reason) VALUES (1, 1, 1, 'op', :t, '');
INSERT INTO commands (id, actor, action, target, args, sent_at, result, detail)
    VALUES (1, 'op', 'mute', 'DB.X.A', '{}', :t, 'ok', '');
"""


def test_a_0003_log_upgrades_with_every_row_and_link_kept(db_url: str) -> None:
    old = migrated_to(db_url, "0003")
    try:
        with old.connect() as conn:
            stamp = at(0) if old.dialect.name == "postgresql" else at(0).replace(tzinfo=None)
            for statement in filter(str.strip, ROWS.split(";")):
                conn.execute(text(statement), {"t": stamp})
            conn.commit()
    finally:
        old.dispose()

    engine = open_database(db_url)  # to the newest revision
    try:
        with Session(engine) as s:
            [meeting] = list_meetings(s)
            spans = list_attendance(s)
            incidents = list_incidents(s)
            [event] = list_floor_transitions(s)
            floor_meeting = s.execute(text("SELECT meeting_id FROM floor_requests")).scalar()
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again after the upgrade
    finally:
        engine.dispose()
    assert meeting.id == 1 and meeting.closed_by is None
    assert [(a.site, a.meeting_id, a.closed_by) for a in spans] == [("DB.X.A", 1, None), ("DB.X.B", 1, None)]
    assert [(i.id, i.meeting_id, i.parent_id) for i in incidents] == [(1, 1, None), (2, None, 1)]
    assert (event.request_id, floor_meeting) == (1, 1)  # the floor request and its history survived the copy
