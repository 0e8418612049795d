"""`python main.py meeting …` run for real on a SQLite file: exit codes, the one line on stderr, nothing stored on a
refusal, and the JSON, CSV and iCalendar it prints."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest
from icalendar import Calendar
from sqlalchemy import Engine
from sqlalchemy.orm import Session

import main as cli
from console.domain import Incident, IncidentKind, Severity
from console.domain.clock import LOCAL_TZ
from console.domain.register import Booking, MeetingState
from console.reports.export import INCIDENT_FIELDS
from db.engine import open_database
from db.records import open_incident, record_join, record_leave
from db.register import add_bookings, list_bookings
from db.sites import save_network
from tests.db.conftest import small_network

ROOT = Path(__file__).resolve().parents[2]
HOST, DISTRICT, X1, X2 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"


@pytest.fixture
def log(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    """A SQLite log holding the small network; its URL and an engine on it."""
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    engine = open_database(url)
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    try:
        yield url, engine
    finally:
        engine.dispose()


def run(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "meeting", *args, "--db", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=50,
        check=False,
    )


def meeting(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    """The same command in this process (quicker): exit status, stdout, stderr."""
    code = cli.main(["meeting", *args, "--db", url])
    out, err = capsys.readouterr()
    return code, out, err


def wall(delta: timedelta, hour: int = 8, minute: int = 0) -> str:
    """A naive local time (read as Asia/Ho_Chi_Minh) `delta` from now, on the hour given."""
    day = (datetime.now(LOCAL_TZ) + delta).date()
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def add_args(*extra: str, days: int = 5, start: int = 8, end: int = 10, host: str = HOST) -> list[str]:
    return [
        "add",
        "--title",
        "Giao ban tuần",
        "--host-agency",
        "UBND tỉnh",
        "--host-site",
        host,
        "--start",
        wall(timedelta(days=days), start),
        "--end",
        wall(timedelta(days=days), end),
        *extra,
    ]


def add(
    url: str, *extra: str, days: int = 5, start: int = 8, end: int = 10, host: str = HOST
) -> subprocess.CompletedProcess[str]:
    return run(url, *add_args(*extra, days=days, start=start, end=end, host=host))


def add_here(
    capsys: pytest.CaptureFixture[str],
    url: str,
    *extra: str,
    days: int = 5,
    start: int = 8,
    end: int = 10,
    host: str = HOST,
) -> tuple[int, str, str]:
    return meeting(capsys, url, *add_args(*extra, days=days, start=start, end=end, host=host))


def stored(engine: Engine) -> list[Booking]:
    with Session(engine) as s:
        return list_bookings(s)


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_a_meeting_is_added_and_shown(log: tuple[str, Engine]) -> None:
    url, engine = log
    done = add(url, "--sites", f"{X1},{X2}", "--conference", "giaoban", "--by", "ops")
    assert (done.returncode, done.stderr) == (0, "")
    meeting_id = int(done.stdout)
    shown = run(url, "show", str(meeting_id), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    data = orjson.loads(shown.stdout)
    day = (datetime.now(LOCAL_TZ) + timedelta(days=5)).date().isoformat()
    assert {
        k: data[k]
        for k in ("id", "title", "state", "conference", "start", "end", "actual_start", "actual_end")
    } == {
        "id": meeting_id,
        "title": "Giao ban tuần",
        "state": "registered",
        "conference": "giaoban",
        "start": f"{day}T08:00:00+07:00",
        "end": f"{day}T10:00:00+07:00",
        "actual_start": None,
        "actual_end": None,
    }
    assert [(s["code"], s["name"], s["attended"]) for s in data["sites"]] == [
        (X1, "UBND xã Quài Giang", False),
        (X2, "UBND xã Chiềng Đông", False),
    ]
    assert data["host_site"]["code"] == HOST and data["registered_by"] == "ops" and data["incidents"] == []
    [b] = stored(engine)
    assert b.sites == (X1, X2) and b.registered_by == "ops"


def test_a_meeting_too_soon_is_refused_by_the_lead_time_with_exit_3(log: tuple[str, Engine]) -> None:
    url, engine = log
    done = add(url, days=1)
    assert done.returncode == 3 and done.stdout == ""
    line = one_line(done)
    assert line.startswith("bridgewall meeting add: lead time: ") and "the rule is 2 days" in line
    assert stored(engine) == []


def test_the_lead_time_comes_from_the_config_file(
    log: tuple[str, Engine], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = log
    config = tmp_path / "config.toml"
    config.write_text("[register]\nlead_time_days = 7\n", encoding="utf-8")
    code, out, err = add_here(capsys, url, "--config", str(config), days=5)
    assert (code, out) == (3, "") and "the rule is 7 days" in err and len(err.splitlines()) == 1
    assert stored(engine) == []


def test_an_emergency_is_booked_with_its_warning(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = log
    code, stdout, err = add_here(
        capsys, url, "--emergency", "--announced-by", "phone", "--format", "json", days=1
    )
    assert (code, err) == (0, "")
    out = orjson.loads(stdout)
    assert out["warnings"][0].startswith("emergency, announced by phone: exempt from the 2 days lead time")
    [b] = stored(engine)
    assert (b.id, b.emergency, b.announced_by) == (out["id"], True, "phone")


def test_a_room_conflict_exits_4_naming_the_other_meeting_and_the_sites(log: tuple[str, Engine]) -> None:
    url, engine = log
    first = int(add(url, "--sites", X1).stdout)
    done = run(
        url,
        "add",
        "--title",
        "Họp Huyện ủy",
        "--host-agency",
        "Huyện ủy",
        "--host-site",
        DISTRICT,
        "--sites",
        f"{X2},{X1}",
        "--start",
        day(5, 9),
        "--end",
        day(5, 11),
    )
    assert done.returncode == 4 and done.stdout == ""
    line = one_line(done)
    assert line.startswith(
        "bridgewall meeting add: room conflict: UBND xã Quài Giang (DB.X.QUAIGIANG) already in"
    )
    assert f'meeting {first} "Giao ban tuần"' in line
    assert [b.id for b in stored(engine)] == [first]


def test_the_host_site_alone_conflicts_too(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _engine = log
    first = int(add_here(capsys, url)[1])
    code, _out, err = add_here(capsys, url, "--sites", X2, start=9, end=11, host=HOST)
    assert code == 4
    assert "UBND tỉnh Điện Biên (DB.T.UBND)" in err and f"meeting {first}" in err


def test_the_mcu_capacity_exits_4_with_the_numbers(
    log: tuple[str, Engine], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = log
    config = tmp_path / "config.toml"
    config.write_text("[register]\ncapacity_ports = 3\n", encoding="utf-8")
    code, first, err = add_here(capsys, url, "--config", str(config), "--sites", X1)
    assert code == 0, err
    done = add(url, "--config", str(config), "--sites", X2, host=DISTRICT)
    assert done.returncode == 4
    line = one_line(done)
    assert "MCU capacity: 4 ports needed" in line and "where the MCU has 3" in line
    assert f'meeting {int(first)} "Giao ban tuần"' in line
    assert len(stored(engine)) == 1


def test_a_supervisor_forces_a_conflict_with_a_reason_kept_and_shown(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _engine = log
    first = int(add_here(capsys, url, "--sites", X1)[1])
    reason = "Chủ tịch triệu tập"
    code, stdout, err = add_here(
        capsys, url, "--sites", X1, "--force", reason, "--format", "json", host=DISTRICT
    )
    assert code == 0, err
    out = orjson.loads(stdout)
    assert out["warnings"][0].startswith(f"forced ({reason}): room conflict: ")
    shown = orjson.loads(meeting(capsys, url, "show", str(out["id"]), "--format", "json")[1])
    assert shown["forced"] == reason
    assert f'meeting {first} "Giao ban tuần"' in shown["forced_over"][0]
    assert f"Forced by a supervisor: {reason}" in meeting(capsys, url, "show", str(out["id"]))[1]


def day(days: int, hour: int) -> str:
    return wall(timedelta(days=days), hour)


BAD_INPUT: list[tuple[dict[str, Callable[[], str]], str]] = [
    ({"--start": lambda: day(5, 10), "--end": lambda: day(5, 8)}, "is not before --end"),
    ({"--start": lambda: day(-1, 8), "--end": lambda: day(-1, 10)}, "is in the past"),
    ({"--start": lambda: "tomorrow"}, "--start: not an ISO 8601 time: 'tomorrow'"),
    ({"--sites": lambda: "DB.X.NOWHERE"}, "unknown site code 'DB.X.NOWHERE'"),
    ({"--host-site": lambda: "DB.NOWHERE"}, "unknown host site 'DB.NOWHERE'"),
    ({"--every": lambda: "week"}, "needs its end: --until DATE"),
    ({"--until": lambda: "2030-01-01"}, "--until needs --every"),
    ({"--announced-by": lambda: "fax"}, "give --emergency too"),
]


@pytest.mark.parametrize(("given", "message"), BAD_INPUT)
def test_bad_input_exits_2_with_one_line_and_stores_nothing(
    log: tuple[str, Engine],
    given: dict[str, Callable[[], str]],
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, engine = log
    options = {
        "--title": "T",
        "--host-agency": "A",
        "--host-site": HOST,
        "--start": day(5, 8),
        "--end": day(5, 10),
    }
    options.update({k: make() for k, make in given.items()})
    code, out, err = meeting(capsys, url, "add", *[x for kv in options.items() for x in kv])
    assert (code, out) == (2, ""), err
    assert len(err.splitlines()) == 1 and message in err and err.startswith("bridgewall meeting: ")
    assert stored(engine) == []


def test_bad_input_in_a_real_process_is_one_line_and_exit_2(log: tuple[str, Engine]) -> None:
    url, engine = log
    done = add(url, start=10, end=8)
    assert done.returncode == 2
    assert one_line(done).startswith("bridgewall meeting: --start (") and "is not before --end" in done.stderr
    assert stored(engine) == []


def test_a_weekly_series_with_an_exception_is_one_event_in_the_calendar(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _engine = log
    skip = (datetime.now(LOCAL_TZ) + timedelta(days=12)).date().isoformat()
    until = (datetime.now(LOCAL_TZ) + timedelta(days=26)).date().isoformat()
    code, stdout, err = add_here(
        capsys, url, "--every", "week", "--until", until, "--except", skip, "--format", "json"
    )
    assert code == 0, err
    out = orjson.loads(stdout)
    assert len(out["ids"]) == 3 and out["id"] == out["ids"][0] and out["series_id"] is not None
    code, ics, err = meeting(capsys, url, "list", "--format", "ics")
    assert code == 0, err
    (event,) = Calendar.from_ical(ics).events
    (rule,) = event.rrules
    assert rule["FREQ"] == ["WEEKLY"]
    assert [d.isoformat()[:10] for d in event.exdates] == [skip]
    assert event.summary == "Giao ban tuần"


def test_move_and_cancel_are_recorded_and_told(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _engine = log
    meeting_id = int(add_here(capsys, url, "--sites", DISTRICT)[1])
    moved = meeting(
        capsys,
        url,
        "move",
        str(meeting_id),
        "--start",
        day(6, 14),
        "--end",
        wall(timedelta(days=6), 15, 30),
        "--reason",
        "Lãnh đạo đi công tác",
    )
    assert moved == (0, f"{meeting_id}\n", "")
    assert meeting(capsys, url, "cancel", str(meeting_id), "--reason", "Hoãn vì bão")[0] == 0
    again = run(url, "cancel", str(meeting_id), "--reason", "again")
    assert again.returncode == 1 and "is cancelled: only a registered or moved meeting" in one_line(again)
    code, _out, err = meeting(
        capsys, url, "move", "999", "--start", day(6, 14), "--end", day(6, 15), "--reason", "x"
    )
    assert (code, err) == (1, "bridgewall meeting move: no meeting with id 999\n")
    data = orjson.loads(meeting(capsys, url, "show", str(meeting_id), "--format", "json")[1])
    assert data["state"] == "cancelled"
    assert data["start"].endswith("T14:00:00+07:00") and data["end"].endswith("T15:30:00+07:00")
    assert [(c["kind"], c["reason"]) for c in data["changes"]] == [
        ("moved", "Lãnh đạo đi công tác"),
        ("cancelled", "Hoãn vì bão"),
    ]
    code, told, _err = meeting(capsys, url, "notify", str(meeting_id), "--format", "csv")
    assert code == 0 and told.startswith("\ufeffrole,site_code,site,")
    rows = list(csv.DictReader(io.StringIO(told.lstrip("\ufeff"))))
    assert [(r["role"], r["site_code"], r["name"]) for r in rows] == [
        ("technician", HOST, "Lò Văn Cường"),
        (
            "technician",
            DISTRICT,
            "Lường Thị Em",
        ),  # a People's Committee meeting: not the Huyện ủy's technician
        ("provider", f"{HOST}; {DISTRICT}", "Nguyễn Văn An"),
        ("power", HOST, "Trần Thị Bình"),
    ]
    assert rows[0]["phone"] == "0912 000 001" and rows[0]["email"] == "cuong@db.example"
    (event,) = Calendar.from_ical(
        meeting(capsys, url, "notify", str(meeting_id), "--format", "ics")[1]
    ).events
    assert (event.status, event.sequence, event.uid) == ("CANCELLED", 2, f"meeting-{meeting_id}@bridgewall")
    assert [str(a) for a in event.attendees] == ["mailto:cuong@db.example", "mailto:an@vnpt.example"]


def test_a_moved_meeting_is_checked_against_the_others(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, engine = log
    first = int(add_here(capsys, url, "--sites", X1)[1])
    second = int(add_here(capsys, url, "--sites", X1, days=6)[1])
    code, _out, err = meeting(
        capsys, url, "move", str(second), "--start", day(5, 9), "--end", day(5, 12), "--reason", "x"
    )
    assert (
        code == 4
        and f'meeting {first} "Giao ban tuần"' in err
        and err.startswith("bridgewall meeting move: room")
    )
    assert (
        stored(engine)[1].start.astimezone(LOCAL_TZ).date()
        == (datetime.now(LOCAL_TZ) + timedelta(days=6)).date()
    )


def test_a_held_meeting_shows_who_came_who_was_late_and_who_left_early(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    """Known answers from attendance rows against the meeting and against the MCU meeting held as it."""
    url, engine = log
    start = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)  # 08:00 +07:00

    def m(minutes: float) -> datetime:
        return start + timedelta(minutes=minutes)

    planned_booking = Booking(
        "Giao ban", "UBND tỉnh", HOST, m(0), m(120), (DISTRICT, X1, X2), "giaoban", registered_at=m(-4000)
    )
    with Session(engine) as s:
        (planned,) = add_bookings(s, [replace(planned_booking, state=MeetingState.HELD)])
        mcu_booking = Booking(
            "giaoban", "", None, m(-5), m(125), conference="giaoban", state=MeetingState.HELD
        )
        (mcu,) = add_bookings(s, [replace(mcu_booking, held_as=planned)])
        record_join(s, HOST, m(-5), meeting_id=mcu, participant_uuid="h")
        record_leave(s, m(125), participant_uuid="h")
        record_join(s, DISTRICT, m(-2), meeting_id=mcu, participant_uuid="d1")
        record_leave(s, m(30), participant_uuid="d1")
        record_join(s, DISTRICT, m(33), meeting_id=mcu, participant_uuid="d2")
        record_leave(s, m(100), participant_uuid="d2")  # left early
        record_join(s, X1, m(12.5), meeting_id=planned, participant_uuid="x1")  # late
        record_leave(s, m(121), participant_uuid="x1")
        incident = open_incident(
            s, Incident(DISTRICT, IncidentKind.LINK_DOWN, Severity.CRITICAL, m(30), meeting_id=mcu)
        )
        s.commit()
    done = run(url, "show", str(planned), "--format", "json")
    assert done.returncode == 0, done.stderr
    data = orjson.loads(done.stdout)
    assert (data["actual_start"], data["actual_end"]) == (
        "2025-03-03T07:55:00+07:00",
        "2025-03-03T10:05:00+07:00",
    )
    assert [
        (s["code"], s["attended"], s["late"], s["left_early"], s["connected_s"]) for s in data["sites"]
    ] == [
        (DISTRICT, True, False, True, (30 + 67) * 60),
        (X1, True, True, False, 107.5 * 60),
        (X2, False, False, False, 0),
    ]
    assert data["host_site"]["connected_s"] == 7200
    (row,) = data["incidents"]
    assert list(row) == list(INCIDENT_FIELDS)
    assert (row["id"], row["site"], row["site_code"], row["opened_at"]) == (
        incident,
        "UBND huyện Tuần Giáo",
        DISTRICT,
        "2025-03-03T01:30:00+00:00",
    )
    listed = orjson.loads(
        meeting(capsys, url, "list", "--format", "json")[1]
    )  # by start: the MCU's record first
    assert listed[1] == data and listed[0]["registered"] is False and listed[0]["held_as"] == planned
    text = meeting(capsys, url, "show", str(planned))[1]
    assert "✗ UBND xã Chiềng Đông (DB.X.CHIENGDONG): absent" in text
    assert "✓ UBND xã Quài Giang (DB.X.QUAIGIANG): connected 1 h 47 min, late" in text


def test_the_list_as_csv_has_a_byte_order_mark_and_local_times(
    log: tuple[str, Engine], capsys: pytest.CaptureFixture[str]
) -> None:
    url, _engine = log
    add_here(capsys, url, "--sites", f"{X1},{X2}")
    code, out, _err = meeting(capsys, url, "list", "--format", "csv")
    assert code == 0 and out.startswith("\ufeffid,title,state,")
    (row,) = csv.DictReader(io.StringIO(out.lstrip("\ufeff")))
    assert (
        row["title"] == "Giao ban tuần" and row["sites"] == f"{X1} {X2}" and row["start"].endswith("+07:00")
    )


@pytest.mark.parametrize("action", ["add", "list", "show", "move", "cancel", "notify"])
def test_every_action_has_help_that_says_how_naive_times_are_read(
    action: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["meeting", action, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: bridgewall meeting {action}" in out and "Asia/Ho_Chi_Minh" in " ".join(out.split())
    assert "--db URL" in out


def test_the_command_lines_choices_are_the_domains() -> None:
    from console.domain.register import Announcement, Recurrence

    assert tuple(a.value for a in Announcement) == cli.ANNOUNCED
    assert tuple(r.value for r in Recurrence) == cli.EVERY


def test_no_log_is_created_for_a_mistake(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'none.sqlite3'}"
    done = add(url)
    assert done.returncode == 1 and "no database at" in one_line(done)
    assert not (tmp_path / "none.sqlite3").exists()
