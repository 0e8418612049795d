"""The store writes a roll-call's joins as one statement, in order with the leaves between them."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from console.domain import AttendanceJoined, AttendanceLeft
from db.records import list_attendance, list_meetings
from db.writer import Store, writes_for

from .conftest import at


def test_a_roll_call_and_the_leaves_among_it_are_all_kept_in_order(engine: Engine) -> None:
    store = Store(engine, interval=60)  # one batch: nothing commits before the flush
    joins = [AttendanceJoined(f"X.{i}", f"u{i}", at(i / 100), "giaoban") for i in range(300)]
    store.put(*(writes_for(j) for j in joins[:200]))
    store.put(writes_for(AttendanceLeft("X.7", "u7", at(3), by_operator=True, conference="giaoban")))
    store.put(writes_for(AttendanceJoined("X.7", "u7-again", at(4), "giaoban")))  # the site is back
    store.put(*(writes_for(j) for j in joins[200:]))
    assert store.close()

    with Session(engine) as session:
        spans = list_attendance(session)
        [meeting] = list_meetings(session)
    assert len(spans) == 301
    assert {s.meeting_id for s in spans} == {meeting.id}
    seven = [s for s in spans if s.site == "X.7"]
    assert [(s.participant_uuid, s.left_at, s.left_by_operator) for s in seven] == [
        ("u7", at(3), True),
        ("u7-again", None, False),
    ]
    assert sum(s.left_at is None for s in spans) == 300
