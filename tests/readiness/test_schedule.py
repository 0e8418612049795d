"""A running console does by itself what the regulations ask at set times: it opens a meeting's scheduled test runs
when their time has come and the meeting's conference is up (and closes them at the end of their slot), flags a
site not ready at T−30 once per log whichever consoles follow it, and records the closing check of a held meeting
at its end. Two followers stand for two consoles (a window and a monitor) on one log; the clock is injected."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import MONITOR, Actor, AuditTrail, Guard, Role
from console.domain import IncidentKind, IncidentOpened
from console.domain.mcu import Participant, ParticipantJoined, ParticipantLeft
from console.domain.readiness import Closing, Item, TestRun
from console.domain.register import Booking, MeetingState
from console.live.hub import Hub, HubNews
from console.readiness import ReadinessRules
from console.readiness.follow import ReadinessFollower
from console.runtime.readiness_port import follower
from db.audit import AuditBook
from db.engine import session_factory
from db.models import ReadinessClosingRow
from db.readiness import (
    add_closing,
    close_run,
    closing,
    flag_not_ready,
    list_runs,
    open_scheduled,
)
from db.readiness import flagged as flags_of
from db.register import add_bookings
from db.sites import save_network
from tests.db.conftest import at, small_network

HOST, DISTRICT = "DB.T.UBND", "DB.H.TUANGIAO.UBND"
START = at(24 * 60)  # a meeting a day after T0
CONFERENCE = "giaoban"
DEFAULT_RULES = ReadinessRules()
SERVICE = Actor.service(MONITOR)
MADE: list[Console] = []


@pytest.fixture(autouse=True)
def _close_consoles(engine: Engine) -> Iterator[None]:
    """Each console's audit writer ends with its test, before the log's engine is disposed (asking for `engine`
    orders this teardown first): a connection the writer still held would otherwise outlive the pool."""
    yield
    while MADE:
        assert MADE.pop().guard.close()


class Console:
    """One running console on the log: its hub (what its MCU shows), its follower, what its hub told."""

    def __init__(
        self,
        engine: Engine,
        now: list[datetime],
        rules: ReadinessRules = DEFAULT_RULES,
        actor: Actor = SERVICE,
    ) -> None:
        self.trail = AuditTrail(AuditBook(engine), bytes(32))
        self.guard = Guard(self.trail)
        MADE.append(self)
        self.hub = Hub(small_network())
        self.heard: list[HubNews] = []
        self.hub.listeners.append(self.heard.append)
        self.follower: ReadinessFollower = follower(
            self.hub,
            session_factory(engine),
            rules,
            self.guard,
            lambda: actor,
            clock=lambda: now[0],
        )

    def audited(self) -> list[tuple[str, str, str, str]]:
        self.guard.flush()
        return [(r.entry.actor, r.entry.action, r.entry.result, r.entry.detail) for r in self.trail.records()]

    def conference_up(self, when: datetime) -> None:
        self.hub.feed(ParticipantJoined(when, Participant("p1", "UBND tỉnh Điện Biên", CONFERENCE)))

    def conference_gone(self, when: datetime) -> None:
        self.hub.feed(ParticipantLeft(when, CONFERENCE, "p1", "UBND tỉnh Điện Biên"))

    def poll(self) -> None:
        asyncio.run(self.follower.poll())

    def readiness_incidents(self) -> list[IncidentOpened]:
        return [
            n
            for n in self.heard
            if isinstance(n, IncidentOpened) and n.incident.kind is IncidentKind.READINESS
        ]


def _meeting(engine: Engine, state: MeetingState = MeetingState.REGISTERED, start: datetime = START) -> int:
    with Session(engine) as s:
        save_network(s, small_network())
        (meeting,) = add_bookings(
            s,
            [
                Booking(
                    "Giao ban",
                    "UBND tỉnh",
                    HOST,
                    start,
                    start + timedelta(hours=1),
                    sites=(DISTRICT,),
                    conference=CONFERENCE,
                    registered_by="binh",
                    registered_at=at(-3 * 24 * 60),
                    state=state,
                )
            ],
        )
        s.commit()
    return meeting


def _runs(engine: Engine, meeting: int) -> list[TestRun]:
    with Session(engine) as s:
        return list_runs(s, meeting)


@pytest.fixture
def now() -> Iterator[list[datetime]]:
    yield [START - timedelta(days=1, minutes=1)]


def test_the_scheduled_runs_open_when_their_time_has_come_and_the_conference_is_up(
    engine: Engine, now: list[datetime]
) -> None:
    meeting = _meeting(engine)
    window, monitor = Console(engine, now), Console(engine, now)

    monitor.poll()  # T−1 day −1 min: not yet
    assert _runs(engine, meeting) == []
    now[0] = START - timedelta(days=1) + timedelta(minutes=2)
    monitor.poll()  # its time has come, but the conference is not up on the MCU
    assert _runs(engine, meeting) == []

    for console in (window, monitor):
        console.conference_up(now[0])
        console.poll()  # two consoles on one log: the run opens once
    (first,) = _runs(engine, meeting)
    assert (first.scheduled, first.started_by, first.started_at, first.open) == (
        Item.FIRST_TEST_RUN,
        MONITOR,
        now[0],
        True,
    )
    assert set(window.follower.checkers) == {first.id}  # and both record its checks
    opened = [a for a in monitor.audited() if a[1] == "readiness.test_run.open"]
    assert opened == [(MONITOR, "readiness.test_run.open", "ok", "automatic, first_test_run")]

    now[0] = START - timedelta(days=1) + timedelta(minutes=30)  # the slot ends: closed by the console
    monitor.poll()
    window.poll()
    (first,) = _runs(engine, meeting)
    assert (first.stopped_at, first.stopped_by) == (now[0], MONITOR)
    assert window.follower.checkers == {}

    now[0] = START - timedelta(minutes=59)  # T−1 h: the second run, until T−30
    monitor.poll()
    second = _runs(engine, meeting)[1]
    assert (second.scheduled, second.open) == (Item.SECOND_TEST_RUN, True)
    now[0] = START - timedelta(minutes=30)
    monitor.poll()
    assert [r.open for r in _runs(engine, meeting)] == [False, False]


def test_a_run_someone_started_in_the_slot_is_not_doubled_and_the_half_day_rule_is_followed(
    engine: Engine, now: list[datetime]
) -> None:
    meeting = _meeting(engine)
    half_day = ReadinessRules(first_run_before=timedelta(hours=12))
    monitor = Console(engine, now, half_day)
    monitor.conference_up(now[0])
    now[0] = START - timedelta(days=1) + timedelta(minutes=5)
    monitor.poll()  # T−1 day is not the first run's time under the half-day rule
    assert _runs(engine, meeting) == []
    now[0] = START - timedelta(hours=12) + timedelta(minutes=1)
    monitor.poll()
    (run,) = _runs(engine, meeting)
    assert run.scheduled is Item.FIRST_TEST_RUN and run.started_at == now[0]


def test_a_conference_that_is_another_meeting_opens_nothing(engine: Engine, now: list[datetime]) -> None:
    meeting = _meeting(engine)
    monitor = Console(engine, now)
    now[0] = START - timedelta(minutes=55)
    monitor.hub.feed(ParticipantJoined(now[0], Participant("p9", "UBND tỉnh Điện Biên", "another-room")))
    monitor.poll()
    assert _runs(engine, meeting) == []


def test_the_closing_check_is_recorded_once_when_the_held_meeting_ends(
    engine: Engine, now: list[datetime]
) -> None:
    meeting = _meeting(engine, MeetingState.HELD)
    window, monitor = Console(engine, now), Console(engine, now)
    now[0] = START + timedelta(minutes=40)
    for console in (window, monitor):
        console.conference_up(now[0])
        console.poll()
    now[0] = START + timedelta(minutes=45)
    for console in (window, monitor):
        console.conference_gone(now[0])
        console.poll()  # gone for less than the grace: a dropped conference is not the end
    with Session(engine) as s:
        assert closing(s, meeting) is None

    now[0] = START + timedelta(minutes=48)
    for console in (window, monitor):
        console.poll()
    with Session(engine) as s:
        closed = closing(s, meeting)
        assert closed is not None
        assert (closed.by, closed.at, closed.automatic, closed.all_disconnected) == (
            MONITOR,
            now[0],
            True,
            True,
        )
        assert s.query(ReadinessClosingRow).count() == 1  # two consoles, one closing check


def test_a_held_meeting_past_its_planned_end_is_closed_by_a_console_that_never_saw_it(
    engine: Engine, now: list[datetime]
) -> None:
    meeting = _meeting(engine, MeetingState.HELD)
    monitor = Console(engine, now)
    now[0] = START + timedelta(minutes=59)
    monitor.poll()
    with Session(engine) as s:
        assert closing(s, meeting) is None
    now[0] = START + timedelta(hours=1, minutes=1)
    monitor.poll()
    with Session(engine) as s:
        closed = closing(s, meeting)
        assert closed is not None and closed.automatic and closed.by == MONITOR


def test_t_minus_30_flags_a_site_once_per_log(engine: Engine, now: list[datetime]) -> None:
    meeting = _meeting(engine, start=at(60))
    window, monitor = Console(engine, now), Console(engine, now)
    now[0] = at(60) - timedelta(minutes=29)
    for _ in range(2):
        for console in (window, monitor):
            console.poll()
    flagged = window.readiness_incidents() + monitor.readiness_incidents()
    assert sorted(n.incident.site for n in flagged) == sorted([HOST, DISTRICT])  # each site once, not twice
    assert all(n.incident.meeting_id == meeting for n in flagged)
    with Session(engine) as s:
        assert set(flags_of(s, meeting)) == {HOST, DISTRICT}


def test_the_log_takes_each_scheduled_run_and_each_flag_once(engine: Engine) -> None:
    """What keeps two consoles that poll at the same moment from doubling: the log's unique rows."""
    meeting = _meeting(engine)
    with Session(engine) as s, s.begin():
        run = open_scheduled(s, meeting, Item.SECOND_TEST_RUN, MONITOR, at(10))
        assert run is not None and run.id is not None
        assert open_scheduled(s, meeting, Item.SECOND_TEST_RUN, "an", at(11)) is None  # one open already
        assert close_run(s, run.id, MONITOR, at(20)) and not close_run(s, run.id, "an", at(21))
        assert open_scheduled(s, meeting, Item.SECOND_TEST_RUN, "an", at(22)) is None  # opened once already
        assert open_scheduled(s, meeting, Item.FIRST_TEST_RUN, "an", at(23)) is not None
        assert flag_not_ready(s, meeting, DISTRICT, MONITOR, at(30), "x")
        assert not flag_not_ready(s, meeting, DISTRICT, "an", at(31), "x")
    assert [r.started_by for r in _runs(engine, meeting)] == [MONITOR, "an"]


def test_no_automatic_closing_after_a_person_closed_and_none_for_an_account_without_the_right(
    engine: Engine, now: list[datetime]
) -> None:
    meeting = _meeting(engine, MeetingState.HELD)
    supervisor = Console(engine, now, actor=Actor("lan", frozenset({Role.SUPERVISOR})))
    now[0] = START + timedelta(hours=1, minutes=1)
    supervisor.poll()  # may not record readiness: refused (audited once), nothing written
    supervisor.poll()
    with Session(engine) as s:
        assert closing(s, meeting) is None
    refusals = [a for a in supervisor.audited() if a[2] != "ok"]
    assert [(a[0], a[1]) for a in refusals] == [("lan", "readiness.record")]

    with Session(engine) as s, s.begin():
        add_closing(s, Closing(meeting, "an", START + timedelta(hours=1), ()))
    Console(engine, now).poll()  # the monitor: a person closed it already
    with Session(engine) as s:
        closed = closing(s, meeting)
        assert closed is not None and (closed.by, closed.automatic) == ("an", False)
