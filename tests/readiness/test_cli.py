"""`python main.py readiness …` on a real SQLite log: the refusals (one line, the exit status), manual passes by
a technician only, an estimated start that reaches `meeting notify`, the closing check."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import orjson
import pytest
from sqlalchemy.orm import Session

from console.domain import utcnow
from console.domain.register import Booking
from db.engine import open_database
from db.records import record_join
from db.register import add_bookings
from db.sites import save_network
from tests.access.test_cli import Cli
from tests.db.conftest import small_network

HOST, DISTRICT, X1 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG"
PASSWORD = "kỹ thuật viên Dũng 2025"


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[tuple[Cli, int]]:
    """A log with the small network and one meeting in two hours (its id)."""
    runner = Cli(f"sqlite:///{tmp_path / 'log.sqlite3'}", tmp_path / "secret" / "audit.key")
    engine = open_database(runner.db)
    start = utcnow() + timedelta(hours=2)
    try:
        with Session(engine) as s:
            save_network(s, small_network())
            (meeting,) = add_bookings(
                s,
                [
                    Booking(
                        "Giao ban",
                        "UBND tỉnh",
                        HOST,
                        start,
                        start + timedelta(hours=1),
                        sites=(DISTRICT, X1),
                        registered_by="binh",
                        registered_at=utcnow(),
                    )
                ],
            )
            record_join(s, DISTRICT, utcnow(), participant_uuid="uuid-1")  # still connected
            s.commit()
    finally:
        engine.dispose()
    yield runner, meeting


def test_mistakes_and_refusals_are_one_line_and_a_non_zero_exit(cli: tuple[Cli, int]) -> None:
    run, meeting = cli
    assert run.refused("readiness", "999") == "bridgewall readiness: no meeting with id 999"
    assert "needs --check CHECK and --note TEXT" in run.refused(
        "readiness", str(meeting), "--pass", X1, code=2
    )
    assert "one action at a time" in run.refused(
        "readiness", str(meeting), "--close", "--test-run", "start", code=2
    )
    assert "not an expected site" in run.refused(
        "readiness", str(meeting), "--pass", "DB.X.CHIENGDONG", "--check", "sound", "--note", "x", code=2
    )
    assert "has no open test run" in run.refused("readiness", str(meeting), "--test-run", "stop")
    assert run.ok("readiness", str(meeting), "--test-run", "start").startswith("test run 1 of meeting")
    assert "already has an open test run" in run.refused("readiness", str(meeting), "--test-run", "start")
    assert run.ok("readiness", str(meeting), "--test-run", "stop").startswith("test run 1 of meeting")


def test_a_technician_passes_a_check_by_hand_an_operator_may_not(cli: tuple[Cli, int]) -> None:
    run, meeting = cli
    run.ok("user", "add", "admin", "--role", "administrator", stdin="correct horse battery staple\n")
    run.ok("user", "add", "dung", "--role", "technician", "--as", "admin", stdin=PASSWORD + "\n")
    run.ok("user", "add", "an", "--role", "operator", "--as", "admin", stdin=PASSWORD + "\n")
    refused = run.refused(
        "readiness",
        str(meeting),
        "--pass",
        X1,
        "--check",
        "sound",
        "--note",
        "nghe qua điện thoại",
        "--as",
        "an",
    )
    assert "needs the technician role" in refused
    run.ok(
        "readiness",
        str(meeting),
        "--pass",
        X1,
        "--check",
        "sound",
        "--note",
        "nghe qua điện thoại",
        "--as",
        "dung",
    )
    data = orjson.loads(run.ok("readiness", str(meeting), "--format", "json"))
    assert [s["code"] for s in data["sites"]] == [HOST, DISTRICT, X1]
    (x1,) = [s for s in data["sites"] if s["code"] == X1]
    sound = {c["check"]: c for c in x1["checks"]}["sound"]
    assert (sound["pass"], sound["manual"], sound["value"], sound["by"]) == (
        True,
        True,
        "nghe qua điện thoại",
        "dung",
    )
    assert x1["ready"] is False and sum(c["pass"] for c in x1["checks"]) == 1
    assert {e["item"] for e in data["checklist"]} >= {"notify_provider", "all_checks"}
    text = run.ok("readiness", str(meeting))
    assert "pass sound     nghe qua điện thoại" in text and "(manual, dung)" in text
    actions = [
        (e["actor"], e["action"], e["result"])
        for e in run.audit()
        if str(e["action"]).startswith("readiness")
    ]
    assert ("an", "readiness.manual_pass", "refused") in actions and (
        "dung",
        "readiness.manual_pass",
        "ok",
    ) in actions


def test_an_estimated_start_goes_into_the_notification_list_and_the_closing_names_who_is_left(
    cli: tuple[Cli, int],
) -> None:
    run, meeting = cli
    later = (datetime.now().astimezone() + timedelta(hours=2, minutes=40)).replace(second=0, microsecond=0)
    run.ok(
        "readiness", str(meeting), "--estimate", later.isoformat(), "--reason", "Mất điện tại xã Quài Giang"
    )
    data = orjson.loads(run.ok("readiness", str(meeting), "--format", "json"))
    assert data["estimated_start"]["reason"] == "Mất điện tại xã Quài Giang"
    assert datetime.fromisoformat(data["estimated_start"]["start"]) == later
    told = orjson.loads(run.ok("meeting", "notify", str(meeting), "--format", "json"))
    assert told["estimated_start"]["reason"] == "Mất điện tại xã Quài Giang"
    rows = list(
        csv.DictReader(
            io.StringIO(run.ok("meeting", "notify", str(meeting), "--format", "csv").lstrip("\ufeff"))
        )
    )
    assert rows and all(r["notice"].endswith(": Mất điện tại xã Quài Giang") for r in rows)

    line = run.ok("readiness", str(meeting), "--close")
    assert line.strip().endswith(f"still connected: {DISTRICT}")
    closing = orjson.loads(run.ok("readiness", str(meeting), "--format", "json"))["closing"]
    assert (closing["all_disconnected"], closing["still_connected"]) == (False, [DISTRICT])
