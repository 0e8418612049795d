"""What a report reads from the log: the registry, the meetings of a window with their attendance, the incidents
open in it (`console.records.ReportLog`; the figures are `console.reports.figures`).

Plain functions taking a `Session`, and `ReportReader`, the `console.records.ReportSource` over a database. Reads
only; returns the frozen dataclasses of `console.domain`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from console.domain import Incident
from console.domain.register import Booking
from console.records import ReportLog
from db.models import AuditRow, IncidentRow, MeetingRow
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
    """The rows a report over [start, end) needs (see `ReportLog`); without `incidents`, none of them (the
    history view's meeting and attendance tabs, which do not show them)."""
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
    return ReportLog(
        start=start,
        end=end,
        sites=tuple(load_sites(session)),
        meetings=meetings,
        attendance=attendance,
        incidents=incidents_open_in(session, start, end) if incidents else (),
    )


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
