"""The reports in the window: what is due (`ReportsDue`) and making one (`MakeReport`), handled on the session's
side of the bridge (`SessionPort.handle`), reading the log off the session's loop.

A report made here is written to the path the window chose and recorded in the audit trail through the Guard, as
the signed-in person, under `report.export` (the supervisor's) with the target "report <period>": that entry is
what tells later that the period's report was produced (`db.report_reads.produced_periods`,
`console.reports.reminders`).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from console.access import Actor, Guard, Permission
from console.domain.clock import LOCAL_TZ, utcnow
from console.readiness.model import ReadinessRules
from console.reports.document import Heading
from console.reports.figures import compute
from console.reports.period import parse_period
from console.reports.reminders import due
from console.runtime.bridge import MakeReport, ReportMade, ReportReminder, ReportReminders, ReportsDue
from console.runtime.config import Config
from db.engine import session_factory
from db.report_reads import REPORT_TARGET, produced_periods, read_report_log

FORMATS = ("docx", "pdf", "xlsx", "json")


@dataclass
class ReportDesk:
    """Reads the log and writes report files; every method blocks (run it off the loop)."""

    engine: Engine
    lead_time: timedelta = timedelta(days=2)
    readiness: ReadinessRules = field(default_factory=ReadinessRules)  # the config's deadlines

    def reminders(self, today: date) -> ReportReminders:
        with session_factory(self.engine)() as session:
            produced = produced_periods(session)
        found = due(today, produced)
        y = today.year
        suggested = [d.period for d in found]
        for period in (f"{y}-H1" if today.month <= 6 else f"{y}-H2", str(y), f"{y - 1}-H2", str(y - 1)):
            if period not in suggested:
                suggested.append(period)
        return ReportReminders(
            tuple(ReportReminder(d.period, d.yearly, d.closes, d.deadline) for d in found), tuple(suggested)
        )

    def make(self, request: MakeReport) -> ReportMade:
        from console.reports.report_docx import render_docx
        from console.reports.report_json import render_json
        from console.reports.report_pdf import render_pdf
        from console.reports.report_xlsx import render_xlsx

        period = parse_period(request.period)  # PeriodError (a ValueError) for a bad one
        if request.format not in FORMATS:
            raise ValueError(f"not a report format: {request.format!r}")
        with session_factory(self.engine)() as session:
            log = read_report_log(session, period.start, period.end)
        now = utcnow()
        figures = compute(log, now=now, lead_time=self.lead_time, readiness=self.readiness)
        heading = Heading(
            agency=request.agency or None,
            parent_agency=request.parent_agency or None,
            number=request.number or None,
            place=request.place or None,
            signer=request.signer or None,
            signer_title=request.signer_title or None,
        )
        if request.format == "json":
            data = render_json(figures, period)
        elif request.format == "xlsx":
            data = render_xlsx(figures, period)
        elif request.format == "pdf":
            data = render_pdf(figures, period, heading, issued=now)
        else:
            data = render_docx(figures, period, heading, issued=now)
        Path(request.out).write_bytes(data)
        return ReportMade(
            period.label,
            request.format,
            request.out,
            len(data),
            figures.meetings.held,
            figures.incidents.total,
        )


def report_desk(engine: Engine | None, config: Config) -> ReportDesk | None:
    """The window's reports from this log, with the configuration's lead time and readiness deadlines."""
    if engine is None:
        return None
    return ReportDesk(engine, config.register.rules().lead_time, config.readiness.rules())


async def handle_report(
    desk: ReportDesk | None, guard: Guard, actor: Actor, request: ReportsDue | MakeReport
) -> ReportReminders | ReportMade:
    """One request of the window (see the module's doc); PermissionDenied when `actor` may not make reports."""
    if desk is None:
        raise RuntimeError("this session keeps no log to report from")
    if isinstance(request, ReportsDue):
        return await asyncio.to_thread(desk.reminders, request.today)
    label = parse_period(request.period).label
    guard.require(actor, Permission.REPORT_EXPORT, REPORT_TARGET + label)
    made = await asyncio.to_thread(desk.make, request)
    guard.record(
        actor, Permission.REPORT_EXPORT.value, REPORT_TARGET + made.period, detail=f"{made.format} {made.out}"
    )
    await asyncio.to_thread(guard.flush, 10.0)  # the next ReportsDue sees it
    return made


def local_today() -> date:
    return utcnow().astimezone(LOCAL_TZ).date()
