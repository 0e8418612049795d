"""The readiness figures of the report with known answers: test runs done (first/second, on time), meetings whose
every expected site was ready at T−30, the sites not ready most often — from test runs and checks written to a real
log, then read back as the JSON's documented keys, the docx body's table and the workbook's sheet.

Added to the known log (conftest; default `ReadinessRules`: first run a day ahead, second an hour ahead, checks
by T−30):
- "Giao ban quý III" (m1, 01:00Z 7 September; DISTRICT, X1, X2): a run at 00:00Z on the 6th (the first, on time)
  and one at 00:10Z on the 7th (the second, late: due 00:00Z). DISTRICT passes every check at 00:20Z; X1's link
  fails at 00:20Z and passes only at 00:40Z (after T−30); X2 passes everything at 00:25Z but its picture fails
  at 00:28Z. Ready at T−30: 1 of 3.
- the emergency (m2, 07:00Z 2 November; X1, X2): one run at 06:30Z (close to the start: the second, late; no
  first). X1 passes everything at 06:20Z; X2 is passed by hand at 06:30Z (T−30 itself counts). Ready: 2 of 2.
- "Tập huấn" (m3, never held): a run and failing checks that count nowhere.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import orjson
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import main as cli
from console.domain.readiness import Check, CheckResult
from console.reports.figures import compute
from console.reports.period import parse_period
from db.engine import open_database
from db.readiness import add_results, start_run, stop_run
from db.report_reads import read_report_log
from tests.reports.conftest import AFTER, DISTRICT, X1, X2, fill, t

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALL = (Check.CONNECTED, Check.SOUND, Check.PICTURE, Check.LINK)


def _run(s: Session, meeting: int, at: datetime) -> None:
    start_run(s, meeting, "kt", at)
    stop_run(s, meeting, "kt", at.replace(minute=at.minute + 5))


def _passes(
    meeting: int, site: str, at: datetime, checks: tuple[Check, ...] = ALL, manual: bool = False, by: str = ""
) -> list[CheckResult]:
    return [CheckResult(meeting, site, c, True, "ok", at, manual, by) for c in checks]


def prepare(engine: Engine) -> None:
    ids = fill(engine)
    m1, m2, m3 = ids["m1"], ids["m2"], ids["m3"]
    with Session(engine) as s:
        _run(s, m1, t(9, 6, 0))
        _run(s, m1, t(9, 7, 0, 10))
        _run(s, m2, t(11, 2, 6, 30))
        _run(s, m3, t(12, 1, 0, 10))
        add_results(
            s,
            [
                *_passes(m1, DISTRICT, t(9, 7, 0, 20)),
                *_passes(m1, X1, t(9, 7, 0, 20), ALL[:3]),
                CheckResult(m1, X1, Check.LINK, False, "loss 8.0 %", t(9, 7, 0, 20)),
                CheckResult(m1, X1, Check.LINK, True, "loss 0.1 %", t(9, 7, 0, 40)),
                *_passes(m1, X2, t(9, 7, 0, 25)),
                CheckResult(m1, X2, Check.PICTURE, False, "0 kbps", t(9, 7, 0, 28)),
                *_passes(m2, X1, t(11, 2, 6, 20)),
                *_passes(m2, X2, t(11, 2, 6, 30), manual=True, by="kt"),
                CheckResult(m3, X1, Check.CONNECTED, False, "", t(12, 1, 0, 20)),
            ],
        )
        s.commit()


def test_the_readiness_figures_have_the_known_answers(engine: Engine) -> None:
    prepare(engine)
    h2 = parse_period("2025-H2")
    with Session(engine) as s:
        log = read_report_log(s, h2.start, h2.end)
    r = compute(log, now=AFTER).readiness
    assert (r.meetings, r.first_run, r.first_run_on_time, r.second_run, r.second_run_on_time) == (
        2,
        1,
        1,
        2,
        0,
    )
    assert (r.ready_by_t30, r.sites_expected, r.sites_ready, r.ready_rate) == (1, 5, 3, 0.5)
    assert [(x.code, x.times, x.meetings_expected) for x in r.not_ready_most] == [(X2, 1, 2), (X1, 1, 2)]


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine = open_database(address)
    try:
        prepare(engine)
    finally:
        engine.dispose()
    return address


def make(capsys: pytest.CaptureFixture[str], url: str, fmt: str, out: Path) -> None:
    code = cli.main(["report", "--db", url, "--period", "2025-H2", "--format", fmt, "--out", str(out)])
    assert (code, capsys.readouterr().err) == (0, "")


def test_the_json_docx_and_xlsx_carry_the_readiness_figures(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make(capsys, url, "json", tmp_path / "r.json")
    data = orjson.loads((tmp_path / "r.json").read_bytes())
    r = data["readiness"]
    assert {k: v for k, v in r.items() if k != "not_ready_most"} == {
        "meetings": 2,
        "first_run": 1,
        "first_run_on_time": 1,
        "second_run": 2,
        "second_run_on_time": 0,
        "ready_by_t30": 1,
        "ready_rate": 0.5,
        "sites_expected": 5,
        "sites_ready": 3,
    }
    assert [(x["code"], x["times"]) for x in r["not_ready_most"]] == [(X2, 1), (X1, 1)]
    rows = data["rows"]["readiness"]
    assert [(x["sites_ready"], x["ready"], x["not_ready"]) for x in rows] == [
        (1, False, [X1, X2]),
        (2, True, []),
    ]
    assert rows[0]["first_run_at"] == "2025-09-06T00:00:00+00:00" and rows[1]["first_run_at"] is None

    make(capsys, url, "docx", tmp_path / "r.docx")
    with zipfile.ZipFile(tmp_path / "r.docx") as z:
        root = ElementTree.fromstring(z.read("word/document.xml"))
    tables = [
        [
            ["".join(x.text or "" for x in c.iter(f"{W}t")) for c in row.iter(f"{W}tc")]
            for row in tbl.iter(f"{W}tr")
        ]
        for tbl in root.iter(f"{W}tbl")
    ]
    prep = next(tb for tb in tables if tb[0] == ["Chỉ tiêu chuẩn bị", "Số cuộc họp"])
    assert prep[1:] == [
        ["Cuộc họp có đăng ký đã tổ chức", "2"],
        ["Đã vận hành thử lần 1 (đúng hạn)", "1 (1)"],
        ["Đã vận hành thử lần 2 (đúng hạn)", "2 (0)"],
        ["Tất cả điểm cầu sẵn sàng trước 30 phút", "1 (50,0%)"],
    ]
    worst = next(tb for tb in tables if tb[0][:2] == ["Điểm cầu", "Số lần chưa sẵn sàng"])
    assert [row[1:] for row in worst[1:]] == [["1", "2"], ["1", "2"]]

    make(capsys, url, "xlsx", tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    ws = wb["Chuẩn bị"]
    values = {row[0]: row[1] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert values["Tất cả điểm cầu sẵn sàng trước 30 phút"] == 1
    assert values["Vận hành thử lần 2 đúng hạn"] == 0 and ws.freeze_panes == "A2"
    listed = list(wb["DS chuẩn bị"].iter_rows(min_row=2, values_only=True))
    assert [(row[7], row[8]) for row in listed] == [(3, 1), (2, 2)]
    assert isinstance(listed[0][3], datetime)
