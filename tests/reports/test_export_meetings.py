"""`export` on the known log: meetings as rows, site and kind filters, each time again in Asia/Ho_Chi_Minh time beside
UTC, a UTF-8 byte order mark on CSV, and a title that looks like a formula neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
import pytest
from sqlalchemy import Engine

import main as cli
from db.engine import open_database
from tests.reports.conftest import HOST, X1, X2, fill


@pytest.fixture
def url(tmp_path: Path) -> str:
    address = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine: Engine = open_database(address)
    try:
        fill(engine)
    finally:
        engine.dispose()
    return address


def export(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, bytes, str]:
    code = cli.main(["export", *args])
    out, err = capsysbinary.readouterr()
    return code, out, err.decode()


def test_meetings_as_csv_with_a_bom_local_times_and_no_formula(
    url: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, err = export(
        capsysbinary,
        "--db",
        url,
        "--what",
        "meetings",
        "--format",
        "csv",
        "--since",
        "2025-07-01",
        "--until",
        "2026-01-01",
    )
    assert (code, err) == (0, "")
    assert out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    header = list(rows[0])
    assert header[header.index("start") + 1] == "start_local"  # beside the UTC column
    titles = {r["title"]: r for r in rows}
    assert set(titles) == {
        "Giao ban quý III",
        "'=Họp khẩn phòng chống bão",  # neutralised
        "Tập huấn",
        "Hội nghị sơ kết",
        "giaoban",
        "adhoc",
    }
    first = titles["Giao ban quý III"]
    assert (first["start"], first["start_local"]) == (
        "2025-09-07T01:00:00+00:00",
        "2025-09-07T08:00:00+07:00",
    )
    assert first["end_local"] == "2025-09-07T10:00:00+07:00"
    assert first["sites"].split(";") == ["DB.H.TUANGIAO.UBND", X1, X2]
    assert first["host_site"] == HOST
    emergency = titles["'=Họp khẩn phòng chống bão"]
    assert (emergency["emergency"], emergency["state"]) == ("true", "held")
    assert titles["giaoban"]["held_as"] == first["id"]


def test_site_and_kind_filters(url: str, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = export(capsysbinary, "--db", url, "--what", "incidents", "--site", X1)
    assert code == 0
    mine = orjson.loads(out)
    assert mine and {r["site_code"] for r in mine} == {X1}
    assert all(r["opened_at_local"].endswith("+07:00") for r in mine)
    code, out, _ = export(
        capsysbinary, "--db", url, "--what", "incidents", "--site", X1, "--kind", "packet_loss"
    )
    assert code == 0
    assert [r["kind"] for r in orjson.loads(out)] == ["packet_loss"]
    # by the registry's name too, and a meeting is a site's when it expects it
    name = mine[0]["site"]
    code, out, _ = export(capsysbinary, "--db", url, "--what", "meetings", "--site", name)
    assert code == 0
    expecting = orjson.loads(out)
    assert expecting and all(X1 in r["sites"].split(";") for r in expecting)
    code, out, _ = export(
        capsysbinary, "--db", url, "--what", "meetings", "--site", X2, "--since", "2025-11-01"
    )
    assert [r["title"] for r in orjson.loads(out)] == [
        "=Họp khẩn phòng chống bão"
    ]  # JSON keeps the text as it is


def test_a_kind_filter_on_other_rows_is_a_usage_mistake(
    url: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["export", "--db", url, "--what", "incidents", "--kind", "nonsense"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsysbinary.readouterr().err.decode()
    code, out, err = export(capsysbinary, "--db", url, "--what", "attendance", "--kind", "link_down")
    assert (code, out) == (2, b"")
    assert err.count("\n") == 1 and "--kind" in err
