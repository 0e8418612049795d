"""Which registered meeting a conference is, what a passed meeting with no conference is, and what the log says of
a site whose span the console closed itself (a stop, a crash recovery): never "left early"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import main as cli
from console.domain import Attendance, ClosedBy
from console.domain.register import Booking, MeetingState
from console.register.attendance import site_figures
from console.register.binding import absent_sites, bound_booking, current_bookings, effective_state
from console.runtime.meeting_live import bind_conference
from db import runs
from db.engine import open_database
from db.records import Join, record_joins, record_leave
from db.register import add_bookings, get_booking
from db.sites import save_network
from tests.db.conftest import small_network

START = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)  # 08:00 +07:00
WINDOW = timedelta(minutes=30)
HOST, DISTRICT, X1, X2 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"


def t(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def booking(id_: int, start: float, end: float, conference: str = "giaoban", **kw: object) -> Booking:
    b = Booking(
        "Giao ban", "UBND tỉnh", HOST, t(start), t(end), (DISTRICT, X1), conference, registered_at=t(-5000)
    )
    return replace(b, id=id_, **kw)  # type: ignore[arg-type]


def test_a_conference_is_the_registered_meeting_whose_window_holds_it() -> None:
    monday, later = booking(1, 0, 120), booking(2, 240, 300)
    assert bound_booking([monday, later], "giaoban", t(-29), WINDOW) == monday  # early, within 30 minutes
    assert bound_booking([monday, later], "GiaoBan ", t(149), WINDOW) == monday  # late, within 30 minutes
    assert bound_booking([monday, later], "giaoban", t(-31), WINDOW) is None  # too early: unregistered
    assert bound_booking([monday, later], "giaoban", t(180), WINDOW) is None  # between the two
    assert bound_booking([monday, later], "giaoban", t(230), WINDOW) == later
    assert bound_booking([monday], "hop-khan", t(10), WINDOW) is None  # another conference


def test_of_two_meetings_near_the_time_the_one_running_then_is_chosen() -> None:
    first, second = booking(1, 0, 60), booking(2, 70, 130)
    assert (
        bound_booking([first, second], "giaoban", t(65), WINDOW) == first
    )  # 5 min after it, 5 before the other
    assert bound_booking([first, second], "giaoban", t(75), WINDOW) == second  # within its own time


def test_cancelled_and_unregistered_meetings_are_never_bound() -> None:
    cancelled = booking(1, 0, 60, state=MeetingState.CANCELLED)
    mcu = booking(2, 0, 60, registered_at=None, state=MeetingState.HELD)
    assert bound_booking([cancelled, mcu], "giaoban", t(10), WINDOW) is None


def test_a_meeting_whose_window_passed_with_no_conference_is_not_held() -> None:
    b = booking(1, 0, 60)
    assert effective_state(b, held=False, now=t(89), window=WINDOW) is MeetingState.REGISTERED
    assert effective_state(b, held=False, now=t(91), window=WINDOW) is MeetingState.NOT_HELD
    assert (
        effective_state(replace(b, state=MeetingState.MOVED), False, t(91), WINDOW) is MeetingState.NOT_HELD
    )
    assert effective_state(b, held=True, now=t(91), window=WINDOW) is MeetingState.HELD
    cancelled = replace(b, state=MeetingState.CANCELLED)
    assert effective_state(cancelled, held=False, now=t(91), window=WINDOW) is MeetingState.CANCELLED


def test_the_sites_expected_now_and_those_absent() -> None:
    running, coming = booking(1, 0, 60), booking(2, 100, 160, conference="hop-khan")
    assert current_bookings([running, coming], ["giaoban"], t(-20), WINDOW) == [running]
    assert current_bookings([running, coming], [], t(-20), WINDOW) == []  # not begun, no conference yet
    assert current_bookings([running, coming], [], t(110), WINDOW) == [coming]  # its time: all expected
    assert absent_sites(running, {X1}) == (HOST, DISTRICT)


def span(closed_by: ClosedBy | None, left: float) -> Attendance:
    return Attendance(1, X1, t(-5), t(left), closed_by=closed_by)


@pytest.mark.parametrize("closed_by", [ClosedBy.STOP, ClosedBy.RECOVERY])
def test_a_span_the_console_closed_is_not_a_site_leaving_early(closed_by: ClosedBy) -> None:
    f = site_figures(X1, X1, [span(closed_by, 40)], START, t(120), t(200))
    assert (f.attended, f.late, f.left_early, f.connected_s) == (True, False, False, 40 * 60)
    real = site_figures(X1, X1, [span(None, 40)], START, t(120), t(200))
    assert real.left_early is True


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


@pytest.mark.parametrize("closed_by", [ClosedBy.STOP, ClosedBy.RECOVERY])
def test_a_run_stopped_or_recovered_during_the_meeting_leaves_no_one_left_early(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str], closed_by: ClosedBy
) -> None:
    """The MCU's meeting is bound to the registered one by the binding the console runs; the run ends at 40 min
    (a stop, or a crash found by the next start): its open spans are closed then, and no site left early."""
    url, engine = log
    planned = Booking(
        "Giao ban", "UBND tỉnh", HOST, t(0), t(120), (DISTRICT, X1, X2), "giaoban", registered_at=t(-5000)
    )
    with Session(engine) as s:
        (planned_id,) = add_bookings(s, [planned])
        run_id, _ = runs.begin_run(s, t(-10), program="monitor", alive_after=None)
        mcu = runs.attach_meeting(s, "giaoban", t(-6), run_id=run_id)
        record_joins(
            s,
            [
                Join(HOST, t(-6), mcu, "h", run_id),
                Join(DISTRICT, t(-3), mcu, "d", run_id),
                Join(X1, t(5), mcu, "x", run_id),  # late
            ],
        )
        assert bind_conference("giaoban", t(-6), WINDOW, run_id)(s) == planned_id
        record_leave(s, t(20), participant_uuid="d", run_id=run_id)  # a real leave: left early
        record_joins(s, [Join(DISTRICT, t(22), mcu, "d2", run_id)])  # ... and back
        heartbeat = t(40)
        if closed_by is ClosedBy.STOP:
            runs.end_run(s, run_id, heartbeat)
        else:
            runs.heartbeat(s, run_id, heartbeat)
            runs.begin_run(s, t(200), program="monitor", alive_after=None)  # the next start recovers it
        s.commit()
        assert get_booking(s, planned_id).state is MeetingState.HELD
        assert get_booking(s, mcu).held_as == planned_id
    data = show(capsys, url, planned_id)
    assert data["state"] == "held" and data["held_by"] == [mcu]
    figures = {
        s["code"]: (s["attended"], s["late"], s["left_early"], s["connected_s"]) for s in data["sites"]
    }
    assert figures == {
        DISTRICT: (True, False, False, (20 + 18) * 60),
        X1: (True, True, False, 35 * 60),
        X2: (False, False, False, 0),
    }
    assert data["actual_start"] == "2025-03-03T07:54:00+07:00"
    assert data["actual_end"] is None  # the console stopped watching: the conference's end is not known
