"""One log meeting per held meeting: a conference that empties for `[register] empty_end_min` has ended, and its
next start (next Monday's "giao ban") is a meeting row of its own, bound anew to its registration; incidents
written during a meeting carry its id, and `meeting show` lists each meeting's own.

The hub, the log's writer and the register binding are the console's own, over a real SQLite log, fed MCU events
with an injected clock.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import main as cli
from console.domain import Incident, IncidentKind, Participant, ParticipantJoined, ParticipantLeft, Severity
from console.domain.register import Booking
from console.live.hub import Hub
from console.records import ConferenceEnded
from console.runtime.meeting_live import MeetingBinder
from db import runs
from db.engine import open_database
from db.models import IncidentRow, MeetingRow
from db.records import open_incident
from db.register import add_bookings
from db.sites import save_network
from db.writer import Store
from tests.db.conftest import small_network

MONDAY = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)  # 08:00 +07:00
WEEK = timedelta(days=7)
WINDOW = timedelta(minutes=30)
HOST, DISTRICT, X1 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG"


def t(minutes: float, week: int = 0) -> datetime:
    return MONDAY + week * WEEK + timedelta(minutes=minutes)


class Clock:
    def __init__(self) -> None:
        self.at = t(-60)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def log(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine = open_database(url)
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    try:
        yield url, engine
    finally:
        engine.dispose()


def show(capsys: pytest.CaptureFixture[str], url: str, meeting_id: int) -> dict[str, Any]:
    code = cli.main(["meeting", "show", str(meeting_id), "--format", "json", "--db", url])
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, Any] = orjson.loads(out)
    return data


def test_each_weekly_meeting_gets_its_own_row_bound_to_its_registration_with_its_own_incidents(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = log
    sites = small_network()
    names = {s.code: s.name for s in sites}
    giao_ban = [
        Booking(
            "Giao ban tuần",
            "UBND tỉnh",
            HOST,
            t(0, week),
            t(120, week),
            (DISTRICT, X1),
            "giaoban",
            registered_at=t(-5000),
        )
        for week in (0, 1)
    ]
    with Session(engine) as s:
        first, second = add_bookings(s, giao_ban)
        run_id, _ = runs.begin_run(s, t(-60), program="monitor", alive_after=None)
        s.commit()
    clock = Clock()
    store = Store(engine, interval=0.01, run=run_id, clock=clock)
    hub = Hub(sites, store=store, clock=clock, empty_end=timedelta(minutes=10))
    MeetingBinder(hub, store, engine, WINDOW, clock=clock)
    ended: list[ConferenceEnded] = []
    hub.listeners.append(lambda news: ended.append(news) if isinstance(news, ConferenceEnded) else None)

    def join(uuid: str, code: str, at: datetime) -> None:
        clock.at = at
        hub.feed(ParticipantJoined(at, Participant(uuid, names[code], "giaoban")))

    def leave(uuid: str, code: str, at: datetime, by_operator: bool = True) -> None:
        clock.at = at
        hub.feed(ParticipantLeft(at, "giaoban", uuid, names[code], by_operator=by_operator))

    def tick(at: datetime) -> None:
        clock.at = at
        hub.tick(at)

    try:
        # week 1: the district drops for a while (an incident of this meeting), everyone leaves at 10:00
        join("h1", HOST, t(-5))
        join("d1", DISTRICT, t(-2))
        join("x1", X1, t(3))
        leave("d1", DISTRICT, t(30), by_operator=False)  # link down: an incident during week 1
        join("d1b", DISTRICT, t(33))
        for uuid, code in (("h1", HOST), ("d1b", DISTRICT), ("x1", X1)):
            leave(uuid, code, t(120))
        tick(t(129))
        assert ended == []  # empty 9 minutes: not over yet (someone may dial back in)
        tick(t(130))
        assert ended == [ConferenceEnded("giaoban", t(120))]
        tick(t(200))
        assert len(ended) == 1  # said once
        # week 2: the same conference starts again; X1 drops for good
        join("h2", HOST, t(-1, 1))
        join("x2", X1, t(1, 1))
        leave("x2", X1, t(50, 1), by_operator=False)
        tick(t(51, 1))
        assert store.flush()
    finally:
        store.close(at=t(60, 1))

    week1, week2 = show(capsys, url, first), show(capsys, url, second)
    assert week1["state"] == week2["state"] == "held"
    (row1,), (row2,) = week1["held_by"], week2["held_by"]
    assert row1 != row2  # one log meeting per held meeting
    assert (week1["actual_start"], week1["actual_end"]) == (
        "2025-03-03T07:55:00+07:00",
        "2025-03-03T10:00:00+07:00",
    )
    assert week2["actual_start"] == "2025-03-10T07:59:00+07:00"
    assert {s["code"]: s["attended"] for s in week2["sites"]} == {DISTRICT: False, X1: True}
    assert [(i["site"], i["kind"]) for i in week1["incidents"]] == [(names[DISTRICT], "link_down")]
    assert [(i["site"], i["kind"]) for i in week2["incidents"]] == [(names[X1], "link_down")]
    with Session(engine) as s:
        stamped = {row.site: row.meeting_id for row in s.scalars(select(IncidentRow))}
        assert stamped == {DISTRICT: row1, X1: row2}  # each incident carries its meeting in the log
        meeting1 = s.get(MeetingRow, row1)
        assert meeting1 is not None and meeting1.closed_by is None  # ended by the conference, not the stop


def test_show_falls_back_to_the_sites_and_times_for_incidents_written_without_a_meeting(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    """Rows written before incidents carried their meeting: by the expected sites and the planned time; a row
    stamped with another meeting is that meeting's, not this one's."""
    url, engine = log
    planned = Booking(
        "Giao ban", "UBND tỉnh", HOST, t(0), t(120), (DISTRICT, X1), "giaoban", registered_at=t(-5000)
    )
    with Session(engine) as s:
        meeting_id, other = add_bookings(s, [planned, planned])
        old = open_incident(s, Incident(X1, IncidentKind.LINK_DOWN, Severity.CRITICAL, t(10), t(20)))
        open_incident(s, Incident(DISTRICT, IncidentKind.NO_VIDEO, Severity.WARNING, t(200), t(210)))  # after
        theirs = open_incident(
            s, Incident(DISTRICT, IncidentKind.LINK_DOWN, Severity.CRITICAL, t(15), t(16), meeting_id=other)
        )
        s.commit()
    assert [i["id"] for i in show(capsys, url, meeting_id)["incidents"]] == [old]
    assert [i["id"] for i in show(capsys, url, other)["incidents"]] == [old, theirs]
