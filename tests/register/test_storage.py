"""The register's storage on SQLite and PostgreSQL: bookings with their sites and series, changes, a refused
check that stores nothing, the lock between two writers, and the log's older meetings kept as held."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from console.domain import Incident, IncidentKind, Meeting, Severity
from console.domain.register import (
    Announcement,
    Booking,
    ChangeKind,
    MeetingState,
    Recurrence,
    Series,
)
from console.records import RegisterBook
from db.engine import head_revision, open_database, session_factory
from db.models import MeetingRow, MeetingSeriesRow
from db.records import RecordNotFound, open_incident, record_join, record_leave, start_meeting
from db.register import (
    RegisterStore,
    add_bookings,
    attendance_of,
    bookings_overlapping,
    get_booking,
    get_series,
    held_as,
    incidents_of,
    list_bookings,
    list_changes,
)
from db.sites import save_network
from tests.db.conftest import at, migrated_to, small_network

HOST, DISTRICT, X1, X2 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"


def booking(
    start: float, end: float, host: str | None = HOST, sites: tuple[str, ...] = (), **kw: Any
) -> Booking:
    """A registered meeting from at(start) to at(end) minutes."""
    made = Booking(
        "Giao ban", "UBND tỉnh", host, at(start), at(end), sites, registered_at=at(-5000), registered_by="ops"
    )
    return replace(made, **kw)


@pytest.fixture
def store(engine: Engine) -> RegisterBook:
    """The book the console uses (mypy holds `RegisterStore` to the `RegisterBook` protocol here)."""
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    book: RegisterBook = RegisterStore(session_factory(engine))
    return book


def count(engine: Engine, model: type[MeetingRow] | type[MeetingSeriesRow]) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_booking_comes_back_as_stored(store: RegisterBook, engine: Engine) -> None:
    new = booking(
        0,
        120,
        sites=(X2, DISTRICT, X1),
        conference="giaoban",
        emergency=True,
        announced_by=Announcement.PHONE,
        forced="Chủ tịch triệu tập",
        forced_over=("room conflict: …", "lead time: …"),
    )
    (meeting_id,) = store.register([new], None, lambda existing: [new])
    got = store.booking(meeting_id)
    assert got == replace(new, id=meeting_id)
    assert got.sites == (X2, DISTRICT, X1) and got.rooms == (HOST, X2, DISTRICT, X1)
    assert got.registered and got.state is MeetingState.REGISTERED


def test_a_series_is_stored_with_its_occurrences(store: RegisterBook, engine: Engine) -> None:
    first = at(0)
    series = Series(Recurrence.WEEKLY, date(2025, 3, 22), first, at(90), (date(2025, 3, 8),))
    weeks = [booking(m, m + 90, recurrence_id=at(m)) for m in (0, 14 * 1440, 21 * 1440)]
    ids = store.register(weeks, series, lambda existing: weeks)
    with Session(engine) as s:
        stored = [get_booking(s, i) for i in ids]
        (series_id,) = {b.series_id for b in stored}
        assert series_id is not None
        assert get_series(s, [series_id]) == {series_id: replace(series, id=series_id)}
    assert [b.recurrence_id for b in stored] == [at(0), at(14 * 1440), at(21 * 1440)]


def test_a_refused_check_stores_nothing(store: RegisterBook, engine: Engine) -> None:
    class No(Exception):
        pass

    def refuse(existing: Sequence[Booking]) -> Sequence[Booking]:
        raise No

    series = Series(Recurrence.WEEKLY, date(2025, 3, 30), at(0), at(60))
    with pytest.raises(No):
        store.register([booking(0, 60), booking(7 * 1440, 7 * 1440 + 60)], series, refuse)
    assert count(engine, MeetingRow) == 0 and count(engine, MeetingSeriesRow) == 0
    with pytest.raises(RecordNotFound, match="NOPE"):
        store.register(
            [booking(0, 60, sites=("NOPE",))], None, lambda existing: [booking(0, 60, sites=("NOPE",))]
        )
    assert count(engine, MeetingRow) == 0


def test_the_check_sees_the_meetings_that_hold_rooms_in_the_new_time(
    store: RegisterBook, engine: Engine
) -> None:
    with Session(engine) as s:
        ids = add_bookings(
            s,
            [
                booking(0, 60, title="before"),  # touches the new one: not overlapping
                booking(30, 90, title="held", state=MeetingState.HELD),
                booking(60, 120, title="cancelled", state=MeetingState.CANCELLED),
                booking(100, 200, title="not held", state=MeetingState.NOT_HELD),
                booking(110, 300, title="moved", state=MeetingState.MOVED),
            ],
        )
        s.commit()
    seen: list[str] = []

    def look(existing: Sequence[Booking]) -> Sequence[Booking]:
        seen.extend(b.title for b in existing)
        return []

    store.register([booking(60, 120)], None, look)
    assert seen == ["held", "moved"]
    with Session(engine) as s:
        assert [b.id for b in bookings_overlapping(s, at(60), at(120))] == [ids[1], ids[4]]


def test_moves_and_cancellations_are_recorded_with_reason_who_and_when(store: RegisterBook) -> None:
    (meeting_id,) = store.register([booking(0, 60)], None, lambda existing: [booking(0, 60)])
    seen: list[Booking] = []

    def allow(current: Booking, existing: Sequence[Booking]) -> Sequence[str]:
        seen.append(current)
        return ()

    moved = store.move(
        meeting_id, at(120), at(180), reason="Lãnh đạo bận", by="ops", at=at(-100), check=allow
    )
    assert seen[0].start == at(0)
    assert (moved.kind, moved.old_start, moved.old_end, moved.new_start, moved.new_end) == (
        ChangeKind.MOVED,
        at(0),
        at(60),
        at(120),
        at(180),
    )
    again = store.move(
        meeting_id,
        at(200),
        at(260),
        reason="trùng",
        by="sup",
        at=at(-90),
        check=lambda c, e: ("room: …",),
        forced="lệnh",
    )
    assert again.old_start == at(120)
    cancelled = store.cancel(meeting_id, "Hoãn vì bão", "ops", at(-80), lambda b: None)
    assert (cancelled.kind, cancelled.old_start, cancelled.new_start) == (ChangeKind.CANCELLED, at(200), None)
    b = store.booking(meeting_id)
    assert (b.state, b.start, b.end, b.forced, b.forced_over) == (
        MeetingState.CANCELLED,
        at(200),
        at(260),
        "lệnh",
        ("room: …",),
    )
    assert [(c.kind, c.reason, c.by, c.at) for c in store.changes(meeting_id)] == [
        (ChangeKind.MOVED, "Lãnh đạo bận", "ops", at(-100)),
        (ChangeKind.MOVED, "trùng", "sup", at(-90)),
        (ChangeKind.CANCELLED, "Hoãn vì bão", "ops", at(-80)),
    ]
    with pytest.raises(RecordNotFound):
        store.cancel(meeting_id + 1, "x", "ops", at(0), lambda b: None)


def test_a_meeting_recorded_from_the_mcu_is_held_and_unregistered(
    store: RegisterBook, engine: Engine
) -> None:
    with Session(engine) as s:
        mcu_id = start_meeting(
            s, Meeting(title="giaoban", host_agency="", host_site=None, start=at(0), conference="giaoban")
        )
        s.commit()
        b = get_booking(s, mcu_id)
    assert (b.state, b.registered, b.title, b.sites, b.held_as) == (
        MeetingState.HELD,
        False,
        "giaoban",
        (),
        None,
    )
    assert [x.id for x in store.bookings(at(0), at(1))] == [mcu_id]


def test_attendance_and_incidents_of_a_meeting_and_of_the_mcu_meetings_held_as_it(
    engine: Engine, store: RegisterBook
) -> None:
    (planned,) = store.register(
        [booking(0, 120, sites=(X1, X2))], None, lambda e: [booking(0, 120, sites=(X1, X2))]
    )
    with Session(engine) as s:
        (mcu,) = add_bookings(
            s, [booking(-2, 125, host=None, registered_at=None, state=MeetingState.HELD, held_as=planned)]
        )
        (other,) = add_bookings(s, [booking(0, 60, host=X2, title="khác")])
        record_join(s, X1, at(-2), meeting_id=mcu, participant_uuid="u1")
        record_leave(s, at(118), participant_uuid="u1")
        record_join(s, X2, at(5), meeting_id=planned)
        record_join(s, X2, at(6), meeting_id=other)
        ours = open_incident(
            s, Incident(X1, IncidentKind.LINK_DOWN, Severity.CRITICAL, at(30), meeting_id=mcu)
        )
        by_time = open_incident(s, Incident(X2, IncidentKind.NO_AUDIO, Severity.WARNING, at(-10)))
        open_incident(s, Incident(X2, IncidentKind.JITTER, Severity.WARNING, at(20), meeting_id=other))
        open_incident(s, Incident(X2, IncidentKind.JITTER, Severity.WARNING, at(130)))  # after the meeting
        s.commit()
        assert [b.id for b in held_as(s, planned)] == [mcu]
        spans = attendance_of(s, [planned, mcu])
        assert [(a.site, a.meeting_id) for a in spans] == [(X1, mcu), (X2, planned)]
        found = incidents_of(s, [planned, mcu], {X1, X2}, at(0), at(120))
        assert [i.id for i in found] == [by_time, ours]
        assert list_changes(s, [planned]) == []
        assert [b.id for b in list_bookings(s, at(-2), at(0))] == [mcu]


def test_two_writers_at_once_are_serialised(engine: Engine, db_url: str) -> None:
    """The second writer's check runs only once the first one committed, and so sees its meeting."""
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    first_inside, release, second_checked = threading.Event(), threading.Event(), threading.Event()
    seen_by_second: list[str] = []
    errors: list[BaseException] = []

    def first(existing: Sequence[Booking]) -> Sequence[Booking]:
        first_inside.set()
        release.wait(timeout=20)
        return [booking(0, 60, title="first")]

    def second(existing: Sequence[Booking]) -> Sequence[Booking]:
        second_checked.set()
        seen_by_second.extend(b.title for b in existing)
        return []

    def run(check: Callable[[Sequence[Booking]], Sequence[Booking]], own_engine: Engine) -> None:
        try:
            RegisterStore(session_factory(own_engine)).register([booking(0, 60)], None, check)
        except BaseException as exc:
            errors.append(exc)

    engines = [open_database(db_url), open_database(db_url)]
    try:
        a = threading.Thread(target=run, args=(first, engines[0]))
        a.start()
        assert first_inside.wait(timeout=20)
        b = threading.Thread(target=run, args=(second, engines[1]))
        b.start()
        # with the register locked, the second check cannot start while the first transaction is open
        assert not second_checked.wait(timeout=0.5)
        release.set()
        a.join(timeout=20)
        b.join(timeout=20)
    finally:
        release.set()
        for e in engines:
            e.dispose()
    assert errors == []
    assert seen_by_second == ["first"]


def test_the_logs_older_meetings_stay_held_and_unregistered_after_the_upgrade(db_url: str) -> None:
    """A log at revision 0003 with a meeting the hub recorded and attendance against it."""
    raw = migrated_to(db_url, "0003")
    try:
        with raw.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO meetings (id, title, host_agency, start_at, emergency, conference) "
                    "VALUES (1, 'giaoban', '', :start, false, 'giaoban')"
                ),
                {"start": at(0).replace(tzinfo=None)},
            )
            connection.execute(
                text(
                    "INSERT INTO attendance (meeting_id, site, participant_uuid, joined_at, left_by_operator) "
                    "VALUES (1, 'DB.X.QUAIGIANG', 'u1', :joined, false)"
                ),
                {"joined": at(1).replace(tzinfo=None)},
            )
    finally:
        raw.dispose()
    engine = open_database(db_url)
    try:
        with Session(engine) as s:
            b = get_booking(s, 1)
            assert (b.state, b.registered, b.conference, b.forced, b.forced_over, b.sites) == (
                MeetingState.HELD,
                False,
                "giaoban",
                "",
                (),
                (),
            )
            assert [(a.site, a.meeting_id) for a in attendance_of(s, [1])] == [("DB.X.QUAIGIANG", 1)]
            assert s.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    finally:
        engine.dispose()


def test_an_unknown_meeting_is_not_found(store: RegisterBook) -> None:
    with pytest.raises(RecordNotFound, match="no meeting with id 42"):
        store.booking(42)
