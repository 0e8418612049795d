"""`python main.py report` on a real SQLite log with known answers: the JSON's documented keys and figures, the
workbook read back with openpyxl (sheets, numbers, dates, frozen headers, filters, no formula), and the usage
mistakes (one line, exit 2)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import orjson
import pytest
from sqlalchemy import Engine

import main as cli
from console.access import AuditTrail
from console.access.keyfile import load_key
from console.domain.access import ActorKind
from console.runtime.report_port import ReportDesk
from db.audit import AuditBook
from db.engine import open_database
from tests.reports.conftest import DISTRICT, X1, X2, fill

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine: Engine = open_database(address)
    try:
        fill(engine)
    finally:
        engine.dispose()
    return address


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_holds_the_figures_under_the_documented_keys(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "h2.json"
    code, _, err = report(
        capsys, "--db", url, "--period", "2025-H2", "--format", "json", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    data = orjson.loads(out_file.read_bytes())
    assert data["period"]["from"] == "2025-07-01" and data["period"]["to"] == "2025-12-31"
    m = data["meetings"]
    assert {k: m[k] for k in ("held", "not_held", "emergency", "on_time", "hours")} == {
        "held": 3,
        "not_held": 1,
        "emergency": 1,
        "on_time": 1,
        "hours": 4.58,
    }
    assert data["attendance"] == {"expected": 5, "attended": 3, "absent": 2, "rate": 0.6}
    i = data["incidents"]
    assert i["total"] == 4
    assert i["by_kind"] == {"link_down": 2, "packet_loss": 1, "power": 1}
    assert i["mttr_s"] == {"link_down": 750, "packet_loss": 1800}
    sites = {s["code"]: s for s in data["sites"]}
    assert {
        k: sites[X2][k] for k in ("name", "meetings_expected", "meetings_attended", "incidents", "downtime_s")
    } == {
        "name": "UBND xã Chiềng Đông",
        "meetings_expected": 2,
        "meetings_attended": 0,
        "incidents": 1,
        "downtime_s": 3600,
    }
    assert (sites[DISTRICT]["incidents"], sites[X1]["health"]["red"]) == (1, round(900 / 10800, 4))


def test_json_goes_to_stdout_without_out(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = report(capsys, "--db", url, "--period", "2025-11-01..2025-12-31")
    assert code == 0
    assert orjson.loads(out)["meetings"]["held"] == 1


def test_the_workbook_reads_back_with_numbers_dates_and_filters(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "h2.xlsx"
    code, _, err = report(
        capsys, "--db", url, "--period", "2025-H2", "--format", "xlsx", "--out", str(out_file)
    )
    assert (code, err) == (0, "")
    wb = openpyxl.load_workbook(out_file)
    for name in (
        "Tổng hợp",
        "Theo cấp chủ trì",
        "Theo cơ quan chủ trì",
        "Sự cố theo loại",
        "Sự cố theo mức độ",
        "Điểm cầu",
        "Vắng nhiều nhất",
        "Nhiều sự cố nhất",
        "DS cuộc họp",
        "DS sự cố",
        "DS tham dự",
    ):
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref, name
    summary = {row[0]: row[1] for row in wb["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert summary["Cuộc họp đã tổ chức"] == 3 and summary["Tỷ lệ tham dự"] == 0.6
    assert summary["Từ ngày"] == datetime(2025, 7, 1)
    meetings = list(wb["DS cuộc họp"].iter_rows(values_only=True))
    header, rows = meetings[0], meetings[1:]
    assert header[:3] == ("Mã", "Tên cuộc họp", "Tình trạng")
    first = next(r for r in rows if r[1] == "Giao ban quý III")
    start = header.index("Bắt đầu (kế hoạch)")
    assert first[start] == datetime(2025, 9, 7, 8, 0)  # local time, an Excel date
    assert first[header.index("Số giờ")] == pytest.approx(2.08)
    # a title that begins with "=" is text, never a formula
    storm = next(r for r in rows if "Họp khẩn" in str(r[1]))
    assert storm[1] == "'=Họp khẩn phòng chống bão"
    assert all(
        not (isinstance(c.value, str) and c.value.startswith("=")) for row in wb["DS cuộc họp"] for c in row
    )
    kinds = {r[0]: r for r in wb["Sự cố theo loại"].iter_rows(min_row=2, values_only=True)}
    assert kinds["Mất kết nối"][1:] == (2, 25.0, 12.5)  # count, total and mean minutes to restore
    sites = {r[0]: r for r in wb["Điểm cầu"].iter_rows(min_row=2, values_only=True)}
    assert sites[X2][4:8] == (2, 0, 2, 1)
    incidents = list(wb["DS sự cố"].iter_rows(min_row=2, values_only=True))
    assert len(incidents) == 4 and all(isinstance(r[5], datetime) for r in incidents)
    assert len(list(wb["DS tham dự"].iter_rows(min_row=2))) == 5


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--period", "2025-H3"], "--period: not a period"),
        (["--period", "2025-12-31..2025-01-01"], "ends"),
        (["--period", "2025", "--format", "xlsx"], "needs --out"),
    ],
)
def test_a_mistake_is_one_line_and_exit_2(
    url: str, args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = report(capsys, "--db", url, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and needle in err


def test_help_and_a_missing_log(tmp_path: Path) -> None:
    shown = subprocess.run(
        [sys.executable, "main.py", "report", "--help"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0 and "--period" in shown.stdout and "xlsx" in shown.stdout
    missing = tmp_path / "none.sqlite3"
    run = subprocess.run(
        [sys.executable, "main.py", "report", "--db", f"sqlite:///{missing}", "--period", "2025"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1 and run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert not missing.exists()


def test_a_report_written_from_the_command_line_clears_the_windows_reminder(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`report --out` is audited as the window's Reports dialog audits it (by the OS user), so the window's reminder
    of that period goes away; a report to the standard output is not a produced one."""
    key_file = tmp_path / "audit.key"
    monkeypatch.setenv("BRIDGEWALL_AUDIT_KEY_FILE", str(key_file))
    engine = open_database(url, create=False)
    try:
        desk = ReportDesk(engine, timedelta(days=2))
        assert [r.period for r in desk.reminders(date(2025, 12, 22)).due] == ["2025", "2025-H2"]
        code, out, err = report(capsys, "--db", url, "--period", "2025-H2")  # to stdout: a look only
        assert (code, err) == (0, "") and out
        assert [r.period for r in desk.reminders(date(2025, 12, 22)).due] == ["2025", "2025-H2"]
        out_file = tmp_path / "bc.docx"
        code, _, err = report(
            capsys, "--db", url, "--period", "2025-H2", "--format", "docx", "--out", str(out_file)
        )
        assert (code, err) == (0, "") and out_file.stat().st_size > 0
        assert [r.period for r in desk.reminders(date(2025, 12, 22)).due] == ["2025"]
        trail = AuditTrail(AuditBook(engine), load_key(key_file, may_create=False))
        assert trail.verify().intact
        mine = [r.entry for r in trail.records() if r.entry.action == "report.export"]
        assert [(e.actor_kind, e.target, e.result, e.detail) for e in mine] == [
            (ActorKind.OS_USER, "report 2025-H2", "ok", f"docx {out_file}")
        ]
    finally:
        engine.dispose()


def test_a_report_that_cannot_be_audited_is_not_written(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log's trail already has entries but the key file is missing: one line, exit 1, no file."""
    first = tmp_path / "first.key"
    monkeypatch.setenv("BRIDGEWALL_AUDIT_KEY_FILE", str(first))
    assert report(capsys, "--db", url, "--period", "2025", "--out", str(tmp_path / "a.json"))[0] == 0
    monkeypatch.setenv("BRIDGEWALL_AUDIT_KEY_FILE", str(tmp_path / "missing.key"))
    out_file = tmp_path / "b.json"
    code, _, err = report(capsys, "--db", url, "--period", "2025", "--out", str(out_file))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "audit" in err
    assert not out_file.exists()
