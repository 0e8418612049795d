"""What a report reads from the log: the registry, the meetings of a window with their attendance, the incidents
open in it (`console.records.ReportLog`; the figures are `console.reports.figures`).

Plain functions taking a `Session`, and `ReportReader`, the `console.records.ReportSource` over a database. Reads
only; returns the frozen dataclasses of `console.domain`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from console.domain import Incident
from console.domain.readiness import CheckResult, TestRun
from console.domain.register import Booking
from console.records import ReportLog
from db.models import AuditRow, IncidentRow, MeetingRow, ReadinessCheckRow, ReadinessRunRow
from db.readiness import camera_sites
from db.records import _to_incident
from db.register import attendance_of, bookings_where
from db.sites import load_sites

REPORT_ACTION = "report.export"  # console.access.permissions.Permission.REPORT_EXPORT
REPORT_TARGET = "report "  # the audit target of a produced report: "report <period>"


def produced_periods(session: Session) -> set[str]:
    """The periods ("2026", "2026-H2", "2026-03-01..2026-05-31") of the reports the audit trail says were produced."""
    rows = session.scalars(
        select(AuditRow.target).where(
            AuditRow.action == REPORT_ACTION,
            AuditRow.result == "ok",
            AuditRow.target.startswith(REPORT_TARGET),
        )
    )
    return {t.removeprefix(REPORT_TARGET) for t in rows}


def read_report_log(session: Session, start: datetime, end: datetime, *, incidents: bool = True) -> ReportLog:
    """The rows a report over [start, end) needs (see `ReportLog`); without `incidents`, neither the incidents
    nor the readiness rows (the history view's meeting and attendance tabs, which show neither)."""
    in_window = bookings_where(session, MeetingRow.start_at >= start, MeetingRow.start_at < end)
    ids = [m.id for m in in_window if m.id is not None]
    known = set(ids)
    bound: list[Booking] = []
    for i in range(0, len(ids), 900):
        found = bookings_where(session, MeetingRow.held_as_id.in_(ids[i : i + 900]))
        bound.extend(m for m in found if m.id not in known)
    bound.sort(key=lambda m: (m.start, m.id or 0))
    meetings = (*in_window, *bound)
    attendance = tuple(attendance_of(session, [m.id for m in meetings if m.id is not None]))
    registered = [m.id for m in in_window if m.registered and m.id is not None]
    return ReportLog(
        start=start,
        end=end,
        sites=tuple(load_sites(session)),
        meetings=meetings,
        attendance=attendance,
        incidents=incidents_open_in(session, start, end) if incidents else (),
        test_runs=test_runs_of(session, registered) if incidents else (),
        checks=checks_of(session, registered) if incidents else (),
        cameras=camera_sites(session, {c for m in in_window for c in m.sites}) if incidents else (),
    )


def test_runs_of(session: Session, meeting_ids: Sequence[int]) -> tuple[TestRun, ...]:
    """The readiness test runs of these meetings, by start."""
    r = ReadinessRunRow
    found: list[TestRun] = []
    core = session.connection()
    for i in range(0, len(meeting_ids), 900):
        stmt = select(r.meeting_id, r.started_at, r.started_by, r.stopped_at, r.stopped_by, r.id).where(
            r.meeting_id.in_(meeting_ids[i : i + 900])
        )
        found.extend(TestRun(*row) for row in core.execute(stmt))
    return tuple(sorted(found, key=lambda t: (t.started_at, t.id or 0)))


def checks_of(session: Session, meeting_ids: Sequence[int]) -> tuple[CheckResult, ...]:
    """The readiness checks of these meetings' sites (automatic and by hand), by time."""
    c = ReadinessCheckRow
    columns = (c.meeting_id, c.site, c.check, c.passed, c.value, c.at, c.manual, c.by, c.run_id, c.id)
    found: list[CheckResult] = []
    core = session.connection()
    for i in range(0, len(meeting_ids), 900):
        stmt = select(*columns).where(c.meeting_id.in_(meeting_ids[i : i + 900]))
        found.extend(
            CheckResult(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])
            for r in core.execute(stmt)
        )
    return tuple(sorted(found, key=lambda r: (r.at, r.id or 0)))


def incidents_open_in(session: Session, start: datetime, end: datetime) -> tuple[Incident, ...]:
    """Every incident open at some time in [start, end): opened before `end`, not resolved by `start`."""
    return tuple(
        _to_incident(row)
        for row in session.scalars(
            select(IncidentRow)
            .where(
                IncidentRow.opened_at < end,
                IncidentRow.resolved_at.is_(None) | (IncidentRow.resolved_at > start),
            )
            .order_by(IncidentRow.opened_at, IncidentRow.id)
        )
    )


class ReportReader:
    """`console.records.ReportSource` on a database: one read-only session per report."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def report_log(self, start: datetime, end: datetime) -> ReportLog:
        with self._sessions() as session:
            return read_report_log(session, start, end)
