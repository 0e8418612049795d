"""Readiness storage: test runs, check results, checklist items marked done, estimated starts, closing checks.

Plain functions taking a `Session` (nothing here commits) and `ReadinessStore`, one transaction per call, which
a running console's `console.readiness.follow.ReadinessFollower` uses across processes (it polls `open_runs`).
Reads return the frozen dataclasses of `console.domain.readiness`, never rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from console.domain.readiness import (
    CheckResult,
    Closing,
    EstimatedStart,
    Item,
    ItemDone,
    MeetingPlan,
    TestRun,
)
from console.domain.register import Booking, MeetingState
from db.models import (
    AttendanceRow,
    CameraPresetRow,
    MeetingRow,
    ReadinessCheckRow,
    ReadinessClosingRow,
    ReadinessEstimateRow,
    ReadinessFlagRow,
    ReadinessItemRow,
    ReadinessRunRow,
    SiteRow,
)
from db.records import RecordNotFound
from db.register import bookings_near, get_booking, list_bookings
from db.sites import site_ids


class RunState(Exception):
    """A test run cannot be opened or closed as asked (one open already, none open)."""


# --- test runs ----------------------------------------------------------------------------------------------
def _run(row: ReadinessRunRow) -> TestRun:
    scheduled = Item(row.scheduled) if row.scheduled else None
    return TestRun(
        row.meeting_id, row.started_at, row.started_by, row.stopped_at, row.stopped_by, row.id, scheduled
    )


def list_runs(session: Session, meeting_id: int) -> list[TestRun]:
    stmt = (
        select(ReadinessRunRow).where(ReadinessRunRow.meeting_id == meeting_id).order_by(ReadinessRunRow.id)
    )
    return [_run(r) for r in session.scalars(stmt)]


def open_runs(session: Session) -> list[TestRun]:
    stmt = select(ReadinessRunRow).where(ReadinessRunRow.stopped_at.is_(None)).order_by(ReadinessRunRow.id)
    return [_run(r) for r in session.scalars(stmt)]


def start_run(session: Session, meeting_id: int, by: str, at: datetime) -> TestRun:
    get_booking(session, meeting_id)  # RecordNotFound for an unknown meeting
    if any(r.open for r in list_runs(session, meeting_id)):
        raise RunState(f"meeting {meeting_id} already has an open test run")
    row = ReadinessRunRow(meeting_id=meeting_id, started_at=at, started_by=by, stopped_by="")
    session.add(row)
    session.flush()
    return _run(row)


def stop_run(session: Session, meeting_id: int, by: str, at: datetime) -> TestRun:
    get_booking(session, meeting_id)
    stmt = select(ReadinessRunRow).where(
        ReadinessRunRow.meeting_id == meeting_id, ReadinessRunRow.stopped_at.is_(None)
    )
    row = session.scalars(stmt).first()
    if row is None:
        raise RunState(f"meeting {meeting_id} has no open test run")
    row.stopped_at, row.stopped_by = at, by
    session.flush()
    return _run(row)


def open_scheduled(session: Session, meeting_id: int, item: Item, by: str, at: datetime) -> TestRun | None:
    """Open the meeting's scheduled run `item` as `by` (a running console), once per log: None when a run of the
    meeting is open already or that scheduled run was opened before (by this console or another)."""
    if any(r.open for r in list_runs(session, meeting_id)):
        return None
    row = ReadinessRunRow(
        meeting_id=meeting_id, started_at=at, started_by=by, stopped_by="", scheduled=item.value
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # another console opened it first (unique per meeting and scheduled run)
        return None
    return _run(row)


def close_run(session: Session, run_id: int, by: str, at: datetime) -> bool:
    """Close the run if it is still open; False when someone closed it already."""
    stmt = (
        update(ReadinessRunRow)
        .where(ReadinessRunRow.id == run_id, ReadinessRunRow.stopped_at.is_(None))
        .values(stopped_at=at, stopped_by=by)
    )
    return bool(session.execute(stmt).rowcount)  # type: ignore[attr-defined]


def flag_not_ready(session: Session, meeting_id: int, site: str, by: str, at: datetime, detail: str) -> bool:
    """Flag the site not ready at T−30, once per log: False when it was flagged already (by any console)."""
    try:
        with session.begin_nested():
            session.add(ReadinessFlagRow(meeting_id=meeting_id, site=site, by=by, at=at, detail=detail))
    except IntegrityError:
        return False
    return True


def flagged(session: Session, meeting_id: int) -> dict[str, datetime]:
    """The sites of the meeting flagged not ready at T−30, with when."""
    stmt = select(ReadinessFlagRow.site, ReadinessFlagRow.at).where(ReadinessFlagRow.meeting_id == meeting_id)
    return {site: at for site, at in session.execute(stmt)}


# --- check results ------------------------------------------------------------------------------------------
def _result(row: ReadinessCheckRow) -> CheckResult:
    return CheckResult(
        row.meeting_id,
        row.site,
        row.check,
        row.passed,
        row.value,
        row.at,
        row.manual,
        row.by,
        row.run_id,
        row.id,
    )


def add_results(session: Session, results: Iterable[CheckResult]) -> None:
    for r in results:
        session.add(
            ReadinessCheckRow(
                meeting_id=r.meeting_id,
                run_id=r.run_id,
                site=r.site,
                check=r.check,
                passed=r.passed,
                value=r.value,
                at=r.at,
                manual=r.manual,
                by=r.by,
            )
        )
    session.flush()


def results(session: Session, meeting_id: int) -> list[CheckResult]:
    stmt = (
        select(ReadinessCheckRow)
        .where(ReadinessCheckRow.meeting_id == meeting_id)
        .order_by(ReadinessCheckRow.at, ReadinessCheckRow.id)
    )
    return [_result(r) for r in session.scalars(stmt)]


# --- items, estimates, closing ------------------------------------------------------------------------------
def mark_done(session: Session, done: ItemDone) -> None:
    get_booking(session, done.meeting_id)
    session.add(
        ReadinessItemRow(meeting_id=done.meeting_id, item=done.item, by=done.by, at=done.at, note=done.note)
    )
    session.flush()


def items_done(session: Session, meeting_id: int) -> list[ItemDone]:
    stmt = (
        select(ReadinessItemRow)
        .where(ReadinessItemRow.meeting_id == meeting_id)
        .order_by(ReadinessItemRow.id)
    )
    return [ItemDone(r.meeting_id, Item(r.item), r.by, r.at, r.note) for r in session.scalars(stmt)]


def add_estimate(session: Session, estimate: EstimatedStart) -> None:
    get_booking(session, estimate.meeting_id)
    session.add(
        ReadinessEstimateRow(
            meeting_id=estimate.meeting_id,
            start_at=estimate.start,
            reason=estimate.reason,
            by=estimate.by,
            at=estimate.at,
        )
    )
    session.flush()


def estimate(session: Session, meeting_id: int) -> EstimatedStart | None:
    """The latest estimated real start of the meeting, or None."""
    stmt = (
        select(ReadinessEstimateRow)
        .where(ReadinessEstimateRow.meeting_id == meeting_id)
        .order_by(ReadinessEstimateRow.id.desc())
    )
    row = session.scalars(stmt).first()
    if row is None:
        return None
    return EstimatedStart(row.meeting_id, row.start_at, row.reason, row.by, row.at)


def still_connected(session: Session, codes: Iterable[str]) -> tuple[str, ...]:
    """Of these sites, those with an attendance span still open in the log (joined, not left)."""
    wanted = list(dict.fromkeys(codes))
    if not wanted:
        return ()
    stmt = select(AttendanceRow.site).where(AttendanceRow.site.in_(wanted), AttendanceRow.left_at.is_(None))
    found = set(session.scalars(stmt))
    return tuple(c for c in wanted if c in found)


def add_closing(session: Session, closing: Closing) -> bool:
    """Record the closing check; an automatic one once per meeting (False when one was recorded already)."""
    get_booking(session, closing.meeting_id)
    row = ReadinessClosingRow(
        meeting_id=closing.meeting_id,
        by=closing.by,
        at=closing.at,
        still_connected=list(closing.still_connected),
        automatic=True if closing.automatic else None,  # NULLs are distinct: people close as often as asked
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return False
    return True


def close_meeting(
    session: Session, meeting_id: int, by: str, at: datetime, automatic: bool
) -> Closing | None:
    """The closing check of the meeting now: its expected sites still connected (by code or name) recorded. An
    automatic one only when none is recorded yet (None then)."""
    p = plan(session, meeting_id)
    if automatic and closing(session, meeting_id) is not None:  # a person closed it already
        return None
    left = still_connected(session, [c for c, _ in p.sites] + [n for _, n in p.sites])
    done = Closing(meeting_id, by, at, left, automatic)
    return done if add_closing(session, done) else None


def closing(session: Session, meeting_id: int) -> Closing | None:
    stmt = (
        select(ReadinessClosingRow)
        .where(ReadinessClosingRow.meeting_id == meeting_id)
        .order_by(ReadinessClosingRow.id.desc())
    )
    row = session.scalars(stmt).first()
    if row is None:
        return None
    return Closing(row.meeting_id, row.by, row.at, tuple(row.still_connected), bool(row.automatic))


# --- plans --------------------------------------------------------------------------------------------------
def camera_sites(session: Session, codes: Iterable[str]) -> tuple[str, ...]:
    """Of these sites, those with at least one camera preset stored."""
    wanted = list(dict.fromkeys(codes))
    ids = site_ids(session, set(wanted)) if wanted else {}
    if not ids:
        return ()
    stmt = (
        select(SiteRow.code)
        .join(CameraPresetRow, CameraPresetRow.site_id == SiteRow.id)
        .where(SiteRow.id.in_(ids.values()))
    )
    found = set(session.scalars(stmt))
    return tuple(c for c in wanted if c in found)


def _names(session: Session, codes: Sequence[str]) -> dict[str, str]:
    if not codes:
        return {}
    stmt = select(SiteRow.code, SiteRow.name).where(SiteRow.code.in_(list(codes)))
    return {code: name for code, name in session.execute(stmt)}


def plan(session: Session, meeting_id: int) -> MeetingPlan:
    """The meeting's start and expected sites (the host site first), with names and camera-preset sites."""
    booking = get_booking(session, meeting_id)
    if booking.id is None:  # pragma: no cover - read from the log, always has one
        raise RecordNotFound(f"no meeting with id {meeting_id}")
    codes = booking.rooms
    names = _names(session, codes)
    return MeetingPlan(
        booking.id,
        booking.title,
        booking.start,
        tuple((c, names.get(c, c)) for c in codes),
        camera_sites(session, codes),
    )


def upcoming(session: Session, since: datetime, until: datetime) -> list[MeetingPlan]:
    """Registered meetings (registered or moved) starting in [since, until)."""
    plans = []
    for b in list_bookings(session, since, until):
        if b.id is not None and b.registered and b.state in (MeetingState.REGISTERED, MeetingState.MOVED):
            plans.append(plan(session, b.id))
    return plans


def is_meeting(session: Session, meeting_id: int) -> bool:
    return session.get(MeetingRow, meeting_id) is not None


class ReadinessStore:
    """`console.readiness.follow.ReadinessLog` on a database: each call one short transaction."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def open_runs(self) -> list[TestRun]:
        with self._sessions() as session:
            return open_runs(session)

    def plan(self, meeting_id: int) -> MeetingPlan:
        with self._sessions() as session:
            return plan(session, meeting_id)

    def upcoming(self, since: datetime, until: datetime) -> list[MeetingPlan]:
        with self._sessions() as session:
            return upcoming(session, since, until)

    def results(self, meeting_id: int) -> list[CheckResult]:
        with self._sessions() as session:
            return results(session, meeting_id)

    def record(self, batch: Sequence[CheckResult]) -> None:
        with self._sessions() as session, session.begin():
            add_results(session, batch)

    def bookings(self, at: datetime, window: timedelta) -> list[Booking]:
        """Registered meetings (registered, moved, held) whose time widened by `window` holds `at`."""
        with self._sessions() as session:
            return bookings_near(session, at, window)

    def runs(self, meeting_id: int) -> list[TestRun]:
        with self._sessions() as session:
            return list_runs(session, meeting_id)

    def open_scheduled(self, meeting_id: int, item: Item, by: str, at: datetime) -> TestRun | None:
        with self._sessions() as session, session.begin():
            return open_scheduled(session, meeting_id, item, by, at)

    def close_run(self, run_id: int, by: str, at: datetime) -> bool:
        with self._sessions() as session, session.begin():
            return close_run(session, run_id, by, at)

    def flag(self, meeting_id: int, site: str, by: str, at: datetime, detail: str) -> bool:
        with self._sessions() as session, session.begin():
            return flag_not_ready(session, meeting_id, site, by, at, detail)

    def close_meeting(self, meeting_id: int, by: str, at: datetime) -> Closing | None:
        with self._sessions() as session, session.begin():
            return close_meeting(session, meeting_id, by, at, automatic=True)
