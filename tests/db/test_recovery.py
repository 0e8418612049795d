"""Runs of the log: a stop closes what its run opened, the next start closes what a dead run left open, a
conference seen again soon continues its meeting, and no attendance span is ever left open across restarts."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    ClosedBy,
    Incident,
    IncidentKind,
    IncidentOpened,
    IncidentResolved,
    Severity,
)
from console.records import IncidentEdited
from db import runs
from db.models import LogSessionRow
from db.records import list_attendance, list_incidents, list_meetings, open_incident, record_join
from db.writer import Store

from .conftest import at


class Clock:
    """The store's clock, moved by the test."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def begin(
    engine: Engine, now: datetime, alive_after: datetime | None = None
) -> tuple[int, list[runs.Recovered]]:
    with Session(engine) as s:
        run_id, recovered = runs.begin_run(s, now, program="test", alive_after=alive_after)
        s.commit()
    return run_id, recovered


def run_rows(engine: Engine) -> dict[int, runs.Run]:
    with Session(engine) as s:
        return {r.id: r for r in runs.list_runs(s)}


def test_a_stop_closes_what_its_run_opened_at_the_stop_time(engine: Engine) -> None:
    run, _ = begin(engine, at(0))
    store = Store(engine, run=run, clock=Clock(at(1)))
    down = Incident("X.2", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(3))
    noisy = Incident("X.1", IncidentKind.PACKET_LOSS, Severity.WARNING, at(4))
    blip = Incident("X.1", IncidentKind.JITTER, Severity.WARNING, at(5))
    store.put(
        AttendanceJoined("X.1", "u1", at(1), "giaoban"),
        AttendanceJoined("X.2", "u2", at(1), "giaoban"),
        AttendanceLeft("X.2", "u2", at(3), by_operator=False, conference="giaoban"),
        IncidentOpened(1, down),
        IncidentOpened(2, noisy),
        IncidentEdited(2, fix="thay cáp mạng"),  # what a person wrote stays, the stop is said after it
        IncidentOpened(3, blip),
        IncidentResolved(3, at(6)),
    )
    assert store.close(at=at(30))
    assert store.closed == runs.Closed(meetings=1, attendance=1, incidents=2)

    with Session(engine) as s:
        [meeting] = list_meetings(s)
        spans = {a.participant_uuid: a for a in list_attendance(s)}
        incidents = {i.kind: i for i in list_incidents(s)}
    assert (meeting.end, meeting.closed_by) == (at(30), ClosedBy.STOP)
    assert (spans["u1"].left_at, spans["u1"].closed_by) == (at(30), ClosedBy.STOP)
    assert (spans["u2"].left_at, spans["u2"].closed_by) == (at(3), None)  # a real leave
    link = incidents[IncidentKind.LINK_DOWN]
    assert (link.resolved_at, link.closed_by, link.fix) == (at(30), ClosedBy.STOP, "monitoring stopped")
    loss = incidents[IncidentKind.PACKET_LOSS]
    assert (loss.closed_by, loss.fix) == (ClosedBy.STOP, "thay cáp mạng; monitoring stopped")
    jitter = incidents[IncidentKind.JITTER]
    assert (jitter.resolved_at, jitter.closed_by, jitter.fix) == (at(6), None, "")
    ended = run_rows(engine)[run]
    assert (ended.ended_at, ended.closed_by) == (at(30), ClosedBy.STOP)


def test_the_next_start_closes_what_a_dead_run_left_open_at_its_last_heartbeat(engine: Engine) -> None:
    dead, _ = begin(engine, at(0))
    with Session(engine) as s:  # what a run had committed when it was killed
        record_join(s, "X.1", at(1), participant_uuid="u1", run_id=dead)
        record_join(s, "X.2", at(14), participant_uuid="u2", run_id=dead)  # after its last heartbeat
        open_incident(s, Incident("X.1", IncidentKind.NO_AUDIO, Severity.WARNING, at(2)), run_id=dead)
        assert runs.heartbeat(s, dead, at(12))
        s.commit()

    run, recovered = begin(engine, at(20))
    assert run != dead
    assert [(r.run_id, r.at, r.closed) for r in recovered] == [(dead, at(12), runs.Closed(0, 2, 1))]
    with Session(engine) as s:
        spans = {a.participant_uuid: a for a in list_attendance(s)}
        [incident] = list_incidents(s)
    assert (spans["u1"].left_at, spans["u1"].closed_by) == (at(12), ClosedBy.RECOVERY)
    assert (spans["u2"].left_at, spans["u2"].closed_by) == (
        at(14),
        ClosedBy.RECOVERY,
    )  # never before its join
    assert (incident.resolved_at, incident.closed_by) == (at(12), ClosedBy.RECOVERY)
    assert incident.fix == runs.RECOVERED
    rows = run_rows(engine)
    assert (rows[dead].ended_at, rows[dead].closed_by) == (at(12), ClosedBy.RECOVERY)
    assert rows[run].ended_at is None
    _, again = begin(engine, at(21))  # no liveness bound: every run without an end is dead, as under the lock
    assert [r.run_id for r in again] == [run]  # the dead one was recovered once, not twice


def test_a_run_with_a_fresh_heartbeat_is_alive_and_left_alone(engine: Engine) -> None:
    """Where several consoles write (PostgreSQL), only a run silent for a few heartbeats is dead."""
    now = at(60)
    alive, _ = begin(engine, now - timedelta(seconds=2))
    silent, _ = begin(engine, now - timedelta(minutes=5))
    with Session(engine) as s:
        record_join(s, "X.1", now - timedelta(seconds=2), participant_uuid="a", run_id=alive)
        record_join(s, "X.2", now - timedelta(minutes=5), participant_uuid="s", run_id=silent)
        s.commit()
    _, recovered = begin(engine, now, alive_after=runs.dead_after(now))
    assert [r.run_id for r in recovered] == [silent]
    with Session(engine) as s:
        spans = {a.participant_uuid: a for a in list_attendance(s)}
    assert spans["a"].left_at is None and spans["s"].closed_by is ClosedBy.RECOVERY


def test_a_conference_seen_again_soon_continues_its_meeting_and_the_gap_is_noted(engine: Engine) -> None:
    first, _ = begin(engine, at(0))
    store = Store(engine, run=first, clock=Clock(at(1)))
    store.put(AttendanceJoined("X.1", "u1", at(1), "giaoban"), AttendanceJoined("X.9", "u9", at(1), "khac"))
    assert store.close(at=at(30))

    second, _ = begin(engine, at(40))
    store = Store(engine, run=second, clock=Clock(at(41)))
    # the MCU keeps the participant's id across the console's restart: a new span all the same
    store.put(AttendanceJoined("X.1", "u1", at(41), "giaoban"))
    store.put(AttendanceLeft("X.1", "u1", at(45), by_operator=False, conference="giaoban"))
    store.put(AttendanceJoined("X.1", "u1b", at(46), "giaoban"))
    assert store.flush()
    with Session(engine) as s:
        meetings = {m.conference: m for m in list_meetings(s)}
        [gap] = runs.list_gaps(s)
    reopened = meetings["giaoban"]
    assert (reopened.end, reopened.closed_by) == (None, None)
    assert gap == runs.Gap(reopened.id or 0, at(30), at(41), ClosedBy.STOP, second)
    assert meetings["khac"].end == at(30)  # not seen again: stays as the stop left it
    assert store.close(at=at(50))

    # two hours later the same alias is another meeting
    third, _ = begin(engine, at(170))
    store = Store(engine, run=third, clock=Clock(at(171)))
    store.put(AttendanceJoined("X.1", "u1", at(171), "giaoban"))
    assert store.close(at=at(175))
    with Session(engine) as s:
        giaoban = [m for m in list_meetings(s) if m.conference == "giaoban"]
        spans = list_attendance(s, site="X.1")
    assert [(m.start, m.end, m.closed_by) for m in giaoban] == [
        (at(1), at(50), ClosedBy.STOP),
        (at(171), at(175), ClosedBy.STOP),
    ]
    assert [(a.meeting_id, a.joined_at, a.left_at, a.closed_by) for a in spans] == [
        (giaoban[0].id, at(1), at(30), ClosedBy.STOP),
        (giaoban[0].id, at(41), at(45), None),
        (giaoban[0].id, at(46), at(50), ClosedBy.STOP),
        (giaoban[1].id, at(171), at(175), ClosedBy.STOP),
    ]


def test_no_attendance_span_is_left_open_across_stops_and_crashes(engine: Engine) -> None:
    sites = [f"X.{i}" for i in range(20)]
    now = at(0)
    for n, crash in enumerate([False, True, True, False, True, False]):
        run, _ = begin(engine, now)
        store = Store(engine, run=run, clock=Clock(now))
        # every start sees every connected site as a join (the same participant ids as before)
        store.put(*(AttendanceJoined(site, f"u-{site}", now, "giaoban") for site in sites))
        leaving = sites[n]
        store.put(AttendanceLeft(leaving, f"u-{leaving}", now + timedelta(seconds=5), False, "giaoban"))
        now += timedelta(minutes=1)
        if crash:
            assert store.flush()
            store._queue.put(None)  # the writer stops without ending the run, as after kill -9
            store._thread.join(10)
        else:
            assert store.close(at=now)
        now += timedelta(minutes=1)
    begin(engine, now)  # the last crash is recovered by the next start

    with Session(engine) as s:
        spans = list_attendance(s)
        meetings = list_meetings(s)
    assert len(spans) == 6 * len(sites)
    assert [a for a in spans if a.left_at is None] == []
    assert {a.closed_by for a in spans} == {None, ClosedBy.STOP, ClosedBy.RECOVERY}
    assert sum(a.closed_by is None for a in spans) == 6  # the six real leaves
    assert len(meetings) == 1  # each restart continued the meeting


def test_an_idle_store_keeps_its_heartbeat_and_every_commit_moves_it(engine: Engine) -> None:
    run, _ = begin(engine, at(0))
    clock = Clock(at(1))
    store = Store(engine, run=run, heartbeat=0.05, clock=clock)
    try:
        clock.now = at(2)
        assert _beat_reaches(engine, run, at(2))  # nothing written: the idle heartbeat
        clock.now = at(3)
        store.put(AttendanceJoined("X.1", "u1", at(3), "giaoban"))
        assert store.flush()
        assert run_rows(engine)[run].heartbeat_at >= at(3)
    finally:
        store.close(at=at(4))


def _beat_reaches(engine: Engine, run: int, when: datetime, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if run_rows(engine)[run].heartbeat_at >= when:
            return True
        time.sleep(0.02)
    return False


def test_a_run_another_console_recovered_goes_on_as_a_new_run(engine: Engine) -> None:
    """A console that seemed dead (its heartbeat stalled) and was recovered by another keeps writing: its rows
    were closed, so what it writes next belongs to a new run that can be closed in turn."""
    run, _ = begin(engine, at(0))
    store = Store(engine, run=run, heartbeat=0.05, clock=Clock(at(1)))
    store.put(AttendanceJoined("X.1", "u1", at(1), "giaoban"))
    assert store.flush()
    with Session(engine) as s:
        runs.recover(s, alive_after=at(5))  # another console found its heartbeat stale
        s.commit()
    deadline = time.monotonic() + 10
    while store.run == run and time.monotonic() < deadline:
        time.sleep(0.02)
    assert store.run is not None and store.run != run
    store.put(AttendanceJoined("X.2", "u2", at(2), "giaoban"))
    assert store.close(at=at(3))
    with Session(engine) as s:
        spans = {a.participant_uuid: a for a in list_attendance(s)}
        ended = s.scalars(select(LogSessionRow).where(LogSessionRow.ended_at.is_(None))).all()
    assert spans["u1"].closed_by is ClosedBy.RECOVERY
    assert (spans["u2"].left_at, spans["u2"].closed_by) == (at(3), ClosedBy.STOP)
    assert ended == []


def test_a_start_inherits_the_incidents_of_a_run_that_ended_within_the_hour(engine: Engine) -> None:
    run, _ = begin(engine, at(0))
    store = Store(engine, run=run, clock=Clock(at(1)))
    store.put(
        IncidentOpened(1, Incident("X.1", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(1))),
        IncidentOpened(2, Incident("X.2", IncidentKind.JITTER, Severity.WARNING, at(2))),
        IncidentResolved(2, at(3)),
    )
    assert store.close(at=at(10))
    with Session(engine) as s:
        soon = runs.inherited_incidents(s, at(30))
        late = runs.inherited_incidents(s, at(80))
    assert [(i.site, i.closed_by) for i in soon] == [("X.2", None), ("X.1", ClosedBy.STOP)]
    assert late == []
