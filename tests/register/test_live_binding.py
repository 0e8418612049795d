"""The live meeting bound to the register, end to end: a meeting registered with `meeting add`, its conference run by
the bundled simulator over HTTP with two expected sites absent and one joining late, `monitor` watching it, and
`meeting show --format json` saying who attended, who was absent and who was late, with the MCU's times."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy.orm import Session

from console.domain import LOCAL_TZ
from console.sim import SimServer
from console.sim.world import World
from db.engine import open_database
from db.sites import add_missing_sites
from tests.test_monitor import PASSWORD, Monitor, eventually, export, mcu_url

ROOT = Path(__file__).resolve().parents[2]
SITES = 12
LEAD_S = 4.0  # the meeting starts this long after it is registered
LATE_S = 9.0  # the late site joins this long after the simulator starts (after the meeting's start)


def meeting(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "meeting", *args, "--db", url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def iso(at: datetime) -> str:
    return at.astimezone(LOCAL_TZ).isoformat(timespec="seconds")


@pytest.mark.timeout(180)  # three command-line runs, the monitor, and the late join
def test_a_registered_meeting_watched_by_monitor_says_who_came_who_was_absent_and_who_was_late(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    plan = World(SITES, "normal", seed=5)  # the simulator's sites, for the registry and the registration
    codes = [s.code for s in plan.sites]
    host, present, absent, late = codes[0], codes[1:4], codes[4:6], codes[6]
    engine = open_database(url)
    with Session(engine) as s:
        add_missing_sites(s, plan.sites)
        s.commit()
    engine.dispose()

    now = datetime.now(UTC)
    start, end = now + timedelta(seconds=LEAD_S), now + timedelta(minutes=20)
    added = meeting(
        url,
        "add",
        "--title",
        "Họp khẩn phòng chống bão",
        "--host-agency",
        "UBND tỉnh",
        "--host-site",
        host,
        "--start",
        iso(start),
        "--end",
        iso(end),
        "--sites",
        ",".join([*present, *absent, late]),
        "--conference",
        "giaoban",
        "--emergency",
        "--announced-by",
        "phone",
        "--format",
        "json",
    )
    assert added.returncode == 0, added.stderr
    meeting_id = orjson.loads(added.stdout)["id"]
    # the meeting's start is whole seconds on the command line
    start = start.replace(microsecond=0)

    script = World(SITES, "normal", seed=5, absent=absent, late={late: LATE_S + LEAD_S})
    with SimServer(world=script, password=PASSWORD) as sim:
        mon = Monitor("--mcu", mcu_url(sim), "--db", url)
        try:
            late_index = script.resolve(late)

            def late_joined() -> list[dict[str, Any]] | None:
                rows = [r for r in export(url, "attendance") if r["site_code"] == late]
                return rows or None

            eventually(late_joined, "the late site's join in the log", timeout=90)
            assert mon.stop() == 0, mon.log
        finally:
            mon.close()
        with script.lock:
            connected_at = {
                s.code: datetime.fromtimestamp(float(script.connect_time[i]), UTC)
                for i, s in enumerate(script.sites)
            }
        assert script.connected[late_index]

    shown = meeting(url, "show", str(meeting_id), "--format", "json")
    assert shown.returncode == 0, shown.stderr
    data = orjson.loads(shown.stdout)
    assert (data["state"], data["registered"], data["unregistered"]) == ("held", True, False)
    assert len(data["held_by"]) == 1
    sites = {s["code"]: s for s in data["sites"]}
    assert [s["code"] for s in data["sites"]] == [*present, *absent, late]
    for code in present:
        assert (sites[code]["attended"], sites[code]["late"], sites[code]["left_early"]) == (
            True,
            False,
            False,
        )
    for code in absent:
        assert (sites[code]["attended"], sites[code]["connected_s"]) == (False, 0.0)
    assert (sites[late]["attended"], sites[late]["late"], sites[late]["left_early"]) == (True, True, False)

    def near(
        shown_at: str | None, mcu_at: datetime
    ) -> bool:  # the MCU's times (the client API counts seconds)
        assert shown_at is not None
        return abs(datetime.fromisoformat(shown_at) - mcu_at) <= timedelta(seconds=1)

    assert near(sites[late]["first_join"], connected_at[late])
    assert datetime.fromisoformat(sites[late]["first_join"]) > start
    for code in present:
        assert near(sites[code]["first_join"], connected_at[code])
    assert near(data["actual_start"], min(connected_at[c] for c in [host, *present]))
    assert data["actual_end"] is None  # the monitor stopped while the conference still ran: not the MCU's end
    assert data["host_site"]["attended"] is True

    listed = meeting(url, "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    by_id = {m["id"]: m for m in orjson.loads(listed.stdout)}
    mcu = by_id[data["held_by"][0]]
    assert (mcu["registered"], mcu["unregistered"], mcu["held_as"]) == (False, False, meeting_id)


@pytest.fixture
def sim_unregistered() -> Iterator[SimServer]:
    with SimServer(sites=SITES, scenario="normal", seed=5, password=PASSWORD, paused=True) as server:
        yield server


def test_a_conference_with_no_registration_is_an_unregistered_meeting(
    tmp_path: Path, sim_unregistered: SimServer
) -> None:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    mon = Monitor("--mcu", mcu_url(sim_unregistered), "--db", url, "--duration", "4")
    try:
        assert mon.wait(60) == 0, mon.log
    finally:
        mon.close()
    listed = meeting(url, "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    meetings = orjson.loads(listed.stdout)
    assert [(m["conference"], m["registered"], m["unregistered"], m["state"]) for m in meetings] == [
        ("giaoban", False, True, "held")
    ]
    text = meeting(url, "show", str(meetings[0]["id"]))
    assert "unregistered (recorded from the MCU)" in text.stdout
