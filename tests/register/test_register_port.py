"""The register's requests as the window sends them (`console.runtime.register_port`), on SQLite and PostgreSQL:
the same rules as the command line, refusals as results, rights checked and changes audited as the signed-in
person, every request and result a plain value that survives pickling (the session may move to a process)."""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import Actor, Guard, PermissionDenied, Role
from console.domain.register import MeetingState
from console.register.rules import LeadTimeViolation, RegisterRules, RoomConflict, WarningCode
from console.runtime.bridge import (
    AddBooking,
    BookingCheck,
    BookingDone,
    CancelBooking,
    CheckBooking,
    DraftProblem,
    ListBookings,
    MeetingDraft,
    MoveBooking,
    Request,
)
from console.runtime.register_port import RegisterDesk, handle_register
from db.engine import session_factory
from db.register import list_bookings, list_changes
from db.sites import save_network
from tests.db.conftest import small_network

NOW = datetime(2030, 3, 4, 1, 0, tzinfo=UTC)  # Monday 08:00 in Hà Nội
HOST, X1, X2 = "DB.T.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"
SUPERVISOR = Actor("giamsat", frozenset({Role.SUPERVISOR}))
OPERATOR = Actor("dieuhanh", frozenset({Role.OPERATOR}))


def at(days: float, hour: int = 8) -> datetime:
    return NOW.replace(hour=hour - 7) + timedelta(days=days)


def draft(
    title: str = "Giao ban", days: float = 3, sites: tuple[str, ...] = (X1,), **kw: Any
) -> MeetingDraft:
    return MeetingDraft(title, "UBND tỉnh", HOST, at(days), at(days, 10), sites, **kw)


@pytest.fixture
def desk(engine: Engine) -> RegisterDesk:
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    return RegisterDesk(session_factory(engine), RegisterRules(), lambda: NOW)


def ask(desk: RegisterDesk, request: Request, actor: Actor = SUPERVISOR) -> Any:
    result = handle_register(desk, pickle.loads(pickle.dumps(request)), actor, Guard(None))
    return pickle.loads(pickle.dumps(result))


def test_a_conflict_is_answered_before_and_refused_at_registration_unless_forced(desk: RegisterDesk) -> None:
    first: BookingDone = ask(desk, AddBooking(draft("Giao ban tuần")))
    assert first.check.ok and len(first.ids) == 1
    check: BookingCheck = ask(desk, CheckBooking(draft("Họp khẩn", sites=(X2, X1))))
    (conflict,) = check.violations
    assert isinstance(conflict, RoomConflict)
    assert (conflict.other.id, conflict.other.title) == (first.ids[0], "Giao ban tuần")
    assert [s.name for s in conflict.sites] == ["UBND tỉnh Điện Biên", "UBND xã Quài Giang"]
    refused: BookingDone = ask(desk, AddBooking(draft("Họp khẩn", sites=(X2,))))
    assert refused.ids == () and isinstance(refused.check.violations[0], RoomConflict)
    forced: BookingDone = ask(desk, AddBooking(draft("Họp khẩn", sites=(X2,)), force="Chỉ đạo của tỉnh"))
    with desk.sessions() as session:
        stored = {b.id: b for b in list_bookings(session)}
    assert len(stored) == 2 and stored[forced.ids[0]].forced == "Chỉ đạo của tỉnh"


def test_the_lead_time_and_mistakes_in_the_draft(desk: RegisterDesk) -> None:
    late: BookingCheck = ask(desk, CheckBooking(draft(days=1)))
    assert isinstance(late.violations[0], LeadTimeViolation) and late.violations[0].given == timedelta(days=1)
    emergency: BookingCheck = ask(desk, CheckBooking(draft(days=1, emergency=True, announced_by="phone")))
    assert emergency.ok and [w.code for w in emergency.warnings] == [WarningCode.EMERGENCY]
    for bad, problem in (
        (draft(title=" "), DraftProblem.NO_TITLE),
        (draft(sites=("NOPE",)), DraftProblem.UNKNOWN_SITE),
        (draft(days=-1), DraftProblem.IN_THE_PAST),
        (draft(every="week"), DraftProblem.SERIES_WITHOUT_END),
    ):
        assert ask(desk, CheckBooking(bad)).problem is problem
        assert ask(desk, AddBooking(bad)) == BookingDone((), BookingCheck(problem=problem))
    series: BookingDone = ask(desk, AddBooking(draft(every="week", until=date(2030, 3, 31))))
    assert len(series.ids) == 4 and series.check.occurrences == 4


def test_move_and_cancel_need_a_reason_and_the_supervisor(desk: RegisterDesk) -> None:
    (meeting_id,) = ask(desk, AddBooking(draft())).ids
    with pytest.raises(PermissionDenied, match="supervisor"):
        ask(desk, CancelBooking(meeting_id, "Hoãn"), OPERATOR)
    with pytest.raises(PermissionDenied):
        ask(desk, AddBooking(draft("Khác", days=5)), OPERATOR)
    assert ask(desk, CancelBooking(meeting_id, " ")).check.problem is DraftProblem.NO_REASON
    moved: BookingDone = ask(desk, MoveBooking(meeting_id, at(3, 14), at(3, 16), "Lãnh đạo đi công tác"))
    assert moved.ids == (meeting_id,)
    assert ask(desk, CancelBooking(meeting_id, "Hoãn vì bão")).ids == (meeting_id,)
    assert ask(desk, CancelBooking(meeting_id, "again")).check.problem is DraftProblem.NOT_CHANGEABLE
    (b,) = ask(desk, ListBookings(at(0), at(7)))
    assert b.state is MeetingState.CANCELLED and b.start == at(3, 14)
    with desk.sessions() as session:
        changes = list_changes(session, [meeting_id])
    assert [(c.kind.value, c.reason, c.by) for c in changes] == [
        ("moved", "Lãnh đạo đi công tác", "giamsat"),
        ("cancelled", "Hoãn vì bão", "giamsat"),
    ]
