"""The window's report requests handled on the session's side (console.runtime.report_port) on a real SQLite log:
a supervisor makes the report (the file written, the audit entry kept), after which it is no longer due; anyone
else is refused and nothing is written. The requests and results cross the bridge as plain picklable values."""

from __future__ import annotations

import asyncio
import pickle
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console.access import AuditTrail, Guard, PermissionDenied
from console.domain.access import Actor, ActorKind, Role
from console.runtime.bridge import MakeReport, ReportMade, ReportReminders, ReportsDue
from console.runtime.report_port import ReportDesk, handle_report
from db.audit import AuditBook
from db.engine import open_database
from tests.reports.conftest import fill

KEY = bytes(range(32))
SUPERVISOR = Actor("giamsat", frozenset({Role.SUPERVISOR}), ActorKind.NAMED)
OPERATOR = Actor("trucban", frozenset({Role.OPERATOR}), ActorKind.NAMED)


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    e = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    fill(e)
    return e


def test_a_supervisor_makes_the_report_and_it_is_no_longer_due(engine: Engine, tmp_path: Path) -> None:
    desk = ReportDesk(engine, timedelta(days=2))
    guard = Guard(AuditTrail(AuditBook(engine), KEY))
    try:
        before = asyncio.run(handle_report(desk, guard, SUPERVISOR, ReportsDue(date(2025, 12, 22))))
        assert isinstance(before, ReportReminders)
        assert [r.period for r in before.due] == ["2025", "2025-H2"]
        assert before.suggested[:2] == ("2025", "2025-H2")
        request = MakeReport("2025-H2", "docx", str(tmp_path / "bc.docx"), agency="Sở Khoa học và Công nghệ")
        assert pickle.loads(pickle.dumps(request)) == request
        made = asyncio.run(handle_report(desk, guard, SUPERVISOR, request))
        assert isinstance(made, ReportMade) and pickle.loads(pickle.dumps(made)) == made
        assert (made.held, made.incidents) == (3, 4)  # the known log's answers (test_figures)
        assert (tmp_path / "bc.docx").stat().st_size == made.size > 0
        after = asyncio.run(handle_report(desk, guard, SUPERVISOR, ReportsDue(date(2025, 12, 22))))
        assert isinstance(after, ReportReminders)
        assert [r.period for r in after.due] == ["2025"]  # the yearly one is still to be made
        entries = AuditTrail(AuditBook(engine), KEY).records()
        mine = [e.entry for e in entries if e.entry.action == "report.export"]
        assert [(e.actor, e.target, e.result) for e in mine] == [("giamsat", "report 2025-H2", "ok")]
    finally:
        guard.close()
        engine.dispose()


def test_an_operator_is_refused_and_nothing_is_written(engine: Engine, tmp_path: Path) -> None:
    desk = ReportDesk(engine)
    guard = Guard(AuditTrail(AuditBook(engine), KEY))
    out = tmp_path / "bc.pdf"
    try:
        with pytest.raises(PermissionDenied):
            asyncio.run(handle_report(desk, guard, OPERATOR, MakeReport("2025-H2", "pdf", str(out))))
        guard.flush()
        assert not out.exists()
        due = asyncio.run(handle_report(desk, guard, OPERATOR, ReportsDue(date(2025, 12, 22))))
        assert isinstance(due, ReportReminders)
        assert [r.period for r in due.due] == ["2025", "2025-H2"]  # a refusal is not a report
    finally:
        guard.close()
        engine.dispose()


def test_without_a_log_the_session_says_so() -> None:
    with pytest.raises(RuntimeError, match="no log"):
        asyncio.run(handle_report(None, Guard(None), SUPERVISOR, ReportsDue(date(2025, 12, 22))))
