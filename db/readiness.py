"""Readiness storage: test runs, check results, checklist items marked done, estimated starts, closing checks.

Plain functions taking a `Session` (nothing here commits) and `ReadinessStore`, one transaction per call, which
a running console's `console.readiness.follow.ReadinessFollower` uses across processes (it polls `open_runs`).
Reads return the frozen dataclasses of `console.domain.readiness`, never rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select
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
from console.domain.register import MeetingState
from db.models import (
    AttendanceRow,
    CameraPresetRow,
    MeetingRow,
    ReadinessCheckRow,
    ReadinessClosingRow,
    ReadinessEstimateRow,
    ReadinessItemRow,
    ReadinessRunRow,
    SiteRow,
)
from db.records import RecordNotFound
from db.register import get_booking, list_bookings
from db.sites import site_ids


class RunState(Exception):
    """A test run cannot be opened or closed as asked (one open already, none open)."""


# --- test runs ----------------------------------------------------------------------------------------------
def _run(row: ReadinessRunRow) -> TestRun:
    return TestRun(row.meeting_id, row.started_at, row.started_by, row.stopped_at, row.stopped_by, row.id)


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


def add_closing(session: Session, closing: Closing) -> None:
    get_booking(session, closing.meeting_id)
    session.add(
        ReadinessClosingRow(
            meeting_id=closing.meeting_id,
            by=closing.by,
            at=closing.at,
            still_connected=list(closing.still_connected),
        )
    )
    session.flush()


def closing(session: Session, meeting_id: int) -> Closing | None:
    stmt = (
        select(ReadinessClosingRow)
        .where(ReadinessClosingRow.meeting_id == meeting_id)
        .order_by(ReadinessClosingRow.id.desc())
    )
    row = session.scalars(stmt).first()
    if row is None:
        return None
    return Closing(row.meeting_id, row.by, row.at, tuple(row.still_connected))


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
