"""A test run over HTTP against the bundled simulator, recorded by a running `main.py monitor` and read back with
`main.py readiness ID --format json`: one site healthy, one sending no sound, one with 8 % packet loss, one that
never joins. Each fails (or passes) on the right check, with the measured values."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import orjson
import pytest

from console.domain.clock import LOCAL_TZ
from console.sim import SimServer
from tests.test_monitor import Monitor

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "readiness-test-secret"
SITES = 8
WAIT_S = 60.0  # a bound, never a delay
T = TypeVar("T")


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=SITES, scenario="normal", seed=3, password=PASSWORD) as server:
        yield server


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=WAIT_S,
        check=False,
        env={**os.environ, "MCU_PASSWORD": PASSWORD},
    )


def eventually(probe: Callable[[], T | None], what: str, timeout: float = WAIT_S) -> T:
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found is not None:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.5)


def test_a_test_run_passes_the_healthy_site_and_fails_the_others_on_the_right_check(
    sim: SimServer, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    config = tmp_path / "config.toml"
    config.write_text("[readiness]\nlink_sustain_s = 5.0\n", encoding="utf-8")
    healthy, silent, lossy, absent = (sim.world.sites[i].code for i in (1, 2, 3, 4))
    hooks = httpx.Client(base_url=sim.url, timeout=10.0)
    # the site that never joins is out before the console starts watching
    assert hooks.post(f"/_sim/sites/{absent}/drop").status_code == 200

    monitor = Monitor(
        "--demo",
        "--sites",
        str(SITES),
        "--scenario",
        "normal",
        "--mcu",
        f"pexip+http://127.0.0.1:{sim.port}",
        "--db",
        db,
        "--config",
        str(config),
        password=PASSWORD,
    )
    try:
        monitor.wait_for_line(r"bridgewall\.monitor: watching ")
        start = (datetime.now(LOCAL_TZ) + timedelta(minutes=50)).replace(second=0, microsecond=0)
        added = cli(
            "meeting",
            "add",
            "--title",
            "Giao ban",
            "--host-agency",
            "UBND tỉnh",
            "--host-site",
            healthy,
            "--start",
            start.isoformat(),
            "--end",
            (start + timedelta(hours=1)).isoformat(),
            "--sites",
            ",".join((healthy, silent, lossy, absent)),
            "--emergency",
            "--announced-by",
            "phone",
            "--db",
            db,
            "--format",
            "json",
        )
        assert added.returncode == 0, added.stderr
        meeting = str(orjson.loads(added.stdout)["id"])

        assert hooks.post(f"/_sim/sites/{silent}/silence", json={"on": True}).status_code == 200
        assert hooks.post(f"/_sim/sites/{lossy}/metrics", json={"loss": 8.0}).status_code == 200
        started = cli("readiness", meeting, "--test-run", "start", "--db", db)
        assert started.returncode == 0, started.stderr

        def settled() -> dict[str, Any] | None:
            out = cli("readiness", meeting, "--format", "json", "--db", db, "--config", str(config))
            assert out.returncode == 0, out.stderr
            data: dict[str, Any] = orjson.loads(out.stdout)
            sites = {s["code"]: {c["check"]: c for c in s["checks"]} for s in data["sites"]}
            done = (
                sites[healthy]["link"]["pass"]
                and sites[silent]["link"]["pass"]
                and (sites[lossy]["link"]["value"] or "").startswith("loss 8.0 %")
                and sites[absent]["connected"]["value"] is not None
            )
            return data if done else None

        data = eventually(settled, "the checks of the test run in the log")
        by_code = {s["code"]: s for s in data["sites"]}
        assert list(by_code) == [healthy, silent, lossy, absent]  # the host first, then the expected sites
        checks = {code: {c["check"]: c for c in s["checks"]} for code, s in by_code.items()}
        for code in by_code:
            assert set(checks[code]) == {
                "connected",
                "sound",
                "picture",
                "link",
            }  # no camera preset: no camera check

        assert by_code[healthy]["ready"] is True
        assert all(c["pass"] and not c["manual"] and c["at"] for c in checks[healthy].values())

        assert by_code[silent]["ready"] is False
        assert [k for k, c in checks[silent].items() if not c["pass"]] == ["sound"]
        assert checks[silent]["sound"]["value"] == "audio 0.0 kbps"

        assert by_code[lossy]["ready"] is False
        assert [k for k, c in checks[lossy].items() if not c["pass"]] == ["link"]
        assert checks[lossy]["link"]["value"].startswith("loss 8.0 %, jitter ")

        assert by_code[absent]["ready"] is False
        assert checks[absent]["connected"] == {
            **checks[absent]["connected"],
            "pass": False,
            "value": "never joined",
        }

        items = {e["item"]: e for e in data["checklist"]}
        # the one run, 50 minutes before the start, is the second one, done after its T−1 h deadline
        assert (items["second_test_run"]["state"], items["second_test_run"]["by"]) == (
            "late",
            data["test_runs"][0]["started_by"],
        )
        assert items["first_test_run"]["state"] == "late" and items["first_test_run"]["done_at"] is None
        assert items["all_checks"]["state"] == "due"  # T−30 is still ahead

        stopped = cli("readiness", meeting, "--test-run", "stop", "--db", db)
        assert stopped.returncode == 0, stopped.stderr
        assert monitor.stop() == 0, monitor.log
    finally:
        hooks.close()
        monitor.close()
