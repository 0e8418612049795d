"""`bridgewall export` run for real against a real database: JSON, CSV, time windows and clear failures."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import main as cli
from console.domain import (
    CommandRecord,
    CommandResult,
    FloorRequest,
    FloorState,
    Incident,
    IncidentKind,
    RequestSource,
    Severity,
)
from db.records import (
    add_floor_request,
    finish_command,
    log_command,
    open_incident,
    record_floor_transition,
    record_join,
    record_leave,
    resolve_incident,
    update_incident,
)

from .conftest import at

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(engine: Engine, db_url: str) -> str:
    """A log with two of each record, one before and one after at(30); returns the URL."""
    with Session(engine) as s:
        first = open_incident(
            s, Incident("DB.X.QUAIGIANG", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(10))
        )
        update_incident(s, first, cause="mất điện", eta=at(20))
        resolve_incident(s, first, at(25), fix="máy phát")
        second = open_incident(
            s, Incident("Unknown Room", IncidentKind.PACKET_LOSS, Severity.WARNING, at(40))
        )
        update_incident(s, second, parent_id=first)

        record_join(s, "DB.X.QUAIGIANG", at(1), participant_uuid="u1")
        record_leave(s, at(12), participant_uuid="u1", by_operator=True)
        record_join(s, "DB.X.QUAIGIANG", at(35), participant_uuid="u2")

        ok = log_command(s, CommandRecord("op1", "mute", "DB.X.QUAIGIANG", at(5)))
        finish_command(s, ok, CommandResult.OK, rtt_ms=12.5)
        log_command(s, CommandRecord("op1", "layout", "giaoban", at(45), detail="1:7"))

        # seq decides the order, not the clock
        late = add_floor_request(s, FloorRequest("DB.X.CHIENGDONG", FloorState.PENDING, 1, at(50), seq=1))
        early = add_floor_request(
            s, FloorRequest("DB.X.QUAIGIANG", FloorState.PENDING, 3, at(8), source=RequestSource.ZALO, seq=2)
        )
        record_floor_transition(s, late, FloorState.GRANTED, at(52))
        record_floor_transition(s, early, FloorState.DENIED, at(9), reason="trùng chủ đề")
        s.commit()
    return db_url


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=50,
        check=False,
    )


def export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_incidents_as_json_from_the_real_cli(filled: str) -> None:
    done = run_cli("export", "--db", filled, "--what", "incidents", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = orjson.loads(done.stdout)
    assert [r["site"] for r in rows] == ["DB.X.QUAIGIANG", "Unknown Room"]
    first, second = rows
    assert {
        "id",
        "site",
        "kind",
        "severity",
        "opened_at",
        "resolved_at",
        "cause",
        "fix",
        "eta",
        "parent_id",
    } <= set(first)
    assert first["kind"] == "link_down" and first["severity"] == "critical"
    assert first["opened_at"] == "2025-03-01T01:10:00+00:00"
    assert first["resolved_at"] == "2025-03-01T01:25:00+00:00"
    assert first["eta"] == "2025-03-01T01:20:00+00:00"
    assert (first["cause"], first["fix"], first["parent_id"]) == ("mất điện", "máy phát", None)
    assert second["parent_id"] == first["id"] and second["resolved_at"] is None


def test_floor_as_csv_from_the_real_cli(filled: str) -> None:
    done = run_cli("export", "--db", filled, "--what", "floor", "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("\ufeff")  # the byte order mark Excel reads UTF-8 by
    text = done.stdout.removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert text.splitlines()[0].startswith("id,")
    expected = {
        "id",
        "site",
        "delegate",
        "source",
        "state",
        "priority",
        "requested_at",
        "granted_at",
        "ended_at",
        "reason",
    }
    assert expected <= set(rows[0])
    assert [(r["site"], r["state"], r["source"]) for r in rows] == [
        ("DB.X.CHIENGDONG", "granted", "mcu"),
        ("DB.X.QUAIGIANG", "denied", "zalo"),
    ]
    assert rows[0]["granted_at"] == "2025-03-01T01:52:00+00:00" and rows[0]["ended_at"] == ""
    assert rows[1]["ended_at"] == "2025-03-01T01:09:00+00:00" and rows[1]["reason"] == "trùng chủ đề"


def test_attendance_json_and_csv_agree(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = export(capsys, "--db", filled, "--what", "attendance", "--format", "json")
    assert code == 0
    as_json = orjson.loads(out)
    code, out, _ = export(capsys, "--db", filled, "--what", "attendance", "--format", "csv")
    assert code == 0
    as_csv = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert len(as_json) == len(as_csv) == 2
    assert [r["joined_at"] for r in as_json] == [r["joined_at"] for r in as_csv]
    assert {"id", "meeting_id", "site", "joined_at", "left_at", "left_by_operator"} <= set(as_csv[0])
    assert (as_json[0]["left_at"], as_json[0]["left_by_operator"]) == ("2025-03-01T01:12:00+00:00", True)
    assert (as_csv[0]["left_by_operator"], as_csv[1]["left_at"]) == ("true", "")
    assert as_json[1]["left_at"] is None


def test_commands_with_since_and_until(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    def ids(*window: str) -> list[str]:
        code, out, err = export(capsys, "--db", filled, "--what", "commands", "--format", "json", *window)
        assert code == 0, err
        return [r["action"] for r in orjson.loads(out)]

    assert ids() == ["mute", "layout"]
    assert ids("--since", "2025-03-01T01:30:00Z") == ["layout"]
    assert ids("--until", "2025-03-01T08:30:00+07:00") == ["mute"]  # the same instant, local time
    # a time without an offset is Asia/Ho_Chi_Minh time: 08:45 there is 01:45 UTC
    assert ids("--since", "2025-03-01T01:05:00+00:00", "--until", "2025-03-01T08:45:00") == [
        "mute"
    ]  # half-open
    assert ids("--since", "2025-03-02") == []
    code, out, _ = export(
        capsys, "--db", filled, "--what", "commands", "--format", "csv", "--since", "2025-03-02"
    )
    assert code == 0 and out.splitlines() == [
        "\ufeffid,actor,action,target,sent_at,sent_at_local,result,detail,rtt_ms"
    ]
    code, out, _ = export(
        capsys, "--db", filled, "--what", "commands", "--format", "json", "--until", "2025-01-01"
    )
    assert code == 0 and orjson.loads(out) == []


def test_columns_come_in_the_documented_order(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    # each time column is followed by the same time in Asia/Ho_Chi_Minh time (README, "Export")
    out = export(capsys, "--db", filled, "--what", "incidents", "--format", "csv")[1]
    assert (
        out.removeprefix("\ufeff")
        .splitlines()[0]
        .startswith(
            "id,site,kind,severity,opened_at,opened_at_local,resolved_at,resolved_at_local,cause,fix,eta,eta_local,"
            "parent_id"
        )
    )
    out = export(capsys, "--db", filled, "--what", "attendance", "--format", "csv")[1]
    assert (
        out.removeprefix("\ufeff")
        .splitlines()[0]
        .startswith("id,meeting_id,site,joined_at,joined_at_local,left_at,left_at_local,left_by_operator")
    )
    out = export(capsys, "--db", filled, "--what", "floor", "--format", "json")[1]
    assert list(orjson.loads(out)[0])[:13] == [
        "id",
        "site",
        "delegate",
        "source",
        "state",
        "priority",
        "requested_at",
        "requested_at_local",
        "granted_at",
        "granted_at_local",
        "ended_at",
        "ended_at_local",
        "reason",
    ]


def test_incidents_window_in_csv(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = export(
        capsys,
        "--db",
        filled,
        "--what",
        "incidents",
        "--format",
        "csv",
        "--since",
        "2025-03-01T01:30:00+00:00",
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))
    assert [(r["site"], r["kind"], r["resolved_at"]) for r in rows] == [("Unknown Room", "packet_loss", "")]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_bad_since_is_a_usage_error(filled: str) -> None:
    done = run_cli("export", "--db", filled, "--what", "incidents", "--since", "yesterday")
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "--since" in done.stderr and "yesterday" in done.stderr


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_since_after_until_is_a_usage_error(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = export(
        capsys, "--db", filled, "--what", "floor", "--since", "2025-03-02", "--until", "2025-03-01"
    )
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1


def test_a_database_that_does_not_exist_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    done = run_cli("export", "--db", f"sqlite:///{missing}", "--what", "commands")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"bridgewall export: no database at {missing}: nothing has been recorded there (name the log with --db)"
    ]
    assert not missing.exists()


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:pw@127.0.0.1:1/x"])
def test_bad_urls_are_one_line_and_exit_1(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = export(capsys, "--db", url, "--what", "incidents")
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("bridgewall export: ")


@pytest.mark.parametrize("url", ["not a url", "postgresql://u@127.0.0.1:1/x", "mysql://u@h/x"])
def test_urls_that_cannot_be_a_log_are_usage_errors(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Refused at the door (exit 2), before any connection is tried."""
    code, out, err = export(capsys, "--db", url, "--what", "incidents")
    assert (code, out) == (2, "")
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("bridgewall export: --db: unsupported log URL")
