"""One runtime for the window and `monitor`: what build() makes from the config, and what it never does."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from console.live.hub import Hub
from console.registry import load_network
from console.runtime.address import check_log, log_url
from console.runtime.bridge import NO_MCU
from console.runtime.build import build
from console.runtime.config import Config, ConfigError, load_config, override
from console.runtime.session import ConsoleSession
from console.sim import SimServer
from console.sim.process import SimulatorError, SimulatorProcess
from console.sim.sites import NATIONAL_SITES, scenario_sites
from db.files import DatabaseOpenError
from db.sites import count_sites
from tests.db.conftest import _reset_postgres

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60.0
PASSWORD = "runtime-test-secret"


def sqlite(path: Path) -> str:
    return f"sqlite:///{path}"


def registry_size(url: str) -> int:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            return count_sites(session)
    finally:
        engine.dispose()


def test_a_fresh_log_is_never_given_the_demo_network_without_the_demo(tmp_path: Path) -> None:
    url = sqlite(tmp_path / "log.sqlite3")
    runtime = build(override(Config(), "log.url", url, "--db"), cameras=False)
    try:
        assert runtime.hub.sites == [] and runtime.simulator is None and runtime.cameras is None
    finally:
        assert runtime.close()
    assert registry_size(url) == 0


def test_the_demo_loads_its_meetings_sites_into_the_log(tmp_path: Path) -> None:
    url = sqlite(tmp_path / "demo.sqlite3")
    config = override(Config(), "log.url", url, "--db")
    config = override(config, "mcu.url", "pexip+http://127.0.0.1:9", "--mcu")  # no simulator needed here
    config = dataclasses.replace(config, demo=dataclasses.replace(config.demo, enabled=True))
    meeting = scenario_sites(config.demo.sites, config.demo.scenario)
    runtime = build(config, cameras=False)
    try:
        # Điện Biên's network first, then as many sites of the neighbouring provinces as the demo's meeting has
        assert [s.code for s in runtime.hub.sites] == [s.code for s in meeting]
        assert [s.code for s in meeting[: len(load_network())]] == [s.code for s in load_network()]
        assert runtime.simulator is None  # an MCU address was given: it is watched instead
    finally:
        assert runtime.close()
    assert registry_size(url) == len(meeting) == config.demo.sites
    national = dataclasses.replace(config, demo=dataclasses.replace(config.demo, scenario="national"))
    runtime = build(national, cameras=False)  # a later run on the national scenario adds the other sites
    try:
        assert {s.code for s in runtime.hub.sites} == {s.code for s in scenario_sites(1, "national")}
    finally:
        assert runtime.close()
    assert registry_size(url) == NATIONAL_SITES


def test_the_demo_has_a_log_of_its_own_unless_one_is_named() -> None:
    demo = dataclasses.replace(Config(), demo=dataclasses.replace(Config().demo, enabled=True))
    plain, own = make_url(log_url(Config(), create=False)), make_url(log_url(demo, create=False))
    assert plain.database is not None and own.database is not None
    assert Path(plain.database).parent == Path(own.database).parent and plain.database != own.database


def test_thresholds_rules_and_floor_policy_come_from_the_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[log]
url = "{sqlite(tmp_path / "log.sqlite3")}"
[health]
jitter_red = 80.0
[incidents]
storm_min = 6
[floor]
max_queue = 4
max_speaking_s = 90
""",
        encoding="utf-8",
    )
    config = load_config(path, required=True)
    runtime = build(config, cameras=False)
    try:
        assert runtime.hub.grader.thresholds.jitter_red == 80.0
        assert runtime.hub.tracker.rules.storm_min == 6
        assert runtime.floor.policy.max_queue == 4
        assert runtime.floor.policy.max_speaking == timedelta(seconds=90)
        assert runtime.hub.floor is runtime.floor
    finally:
        assert runtime.close()


def test_a_log_password_from_the_environment_reaches_the_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PostgreSQL password kept out of the URL: only a real server can say it was used."""
    url = os.environ.get("BRIDGEWALL_TEST_PG", "").strip()
    if not url:
        pytest.skip(
            "BRIDGEWALL_TEST_PG is not set (e.g. postgresql+psycopg://bridgewall:bridgewall@127.0.0.1/x)"
        )
    _reset_postgres(url)  # an empty log: what earlier tests left (an audit trail under another key) is gone
    full = make_url(url)
    monkeypatch.setenv("BRIDGEWALL_TEST_LOG_PASSWORD", full.password or "")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    bare = URL.create(
        full.drivername, full.username, None, full.host, full.port, full.database
    ).render_as_string()
    config = override(Config(), "log.url", bare, "--db")
    config = override(config, "log.password_env", "BRIDGEWALL_TEST_LOG_PASSWORD", "password_env")
    runtime = build(config, cameras=False)
    assert runtime.close()
    monkeypatch.setenv("BRIDGEWALL_TEST_LOG_PASSWORD", "wrong")
    with pytest.raises(DatabaseOpenError, match="password"):
        build(config, cameras=False)


def test_a_url_holding_a_password_and_a_password_setting_is_refused(tmp_path: Path) -> None:
    config = override(Config(), "log.password_env", "SOME_PASSWORD", "password_env")
    with pytest.raises(ConfigError, match=r"^--db: the log URL holds a password: leave it out"):
        override(config, "log.url", "postgresql+psycopg://u:pw@127.0.0.1:1/x", "--db")
    assert override(config, "log.url", "postgresql+psycopg://u@127.0.0.1:1/x", "--db").log.password_env


@pytest.mark.parametrize("kind", ["directory", "not a database"])
def test_a_log_that_cannot_be_one_is_refused_at_the_door(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "log.sqlite3"
    if kind == "directory":
        path.mkdir()
    else:
        path.write_text("these are my notes, not a log\n", encoding="utf-8")
    with pytest.raises(ValueError, match=str(path)):
        check_log(override(Config(), "log.url", sqlite(path), "--db"))


class Reports:
    """What a session reports through its callbacks, from its own thread."""

    def __init__(self) -> None:
        self.ready: list[Hub] = []
        self.failed: list[tuple[str, str]] = []
        self.changed = threading.Condition()

    def on_ready(self, hub: Hub) -> None:
        hub.listeners.append(lambda _news: self.notify())
        with self.changed:
            self.ready.append(hub)
            self.changed.notify_all()

    def notify(self) -> None:
        with self.changed:
            self.changed.notify_all()

    def on_failed(self, part: str, message: str) -> None:
        with self.changed:
            self.failed.append((part, message))
            self.changed.notify_all()

    def wait_failed(self) -> tuple[str, str]:
        with self.changed:
            assert self.changed.wait_for(lambda: bool(self.failed), WAIT_S), "nothing failed"
            return self.failed[0]


def test_without_an_mcu_the_session_opens_the_log_and_says_no_mcu_is_configured(tmp_path: Path) -> None:
    url = sqlite(tmp_path / "log.sqlite3")
    session = ConsoleSession(override(Config(), "log.url", url, "--db"), operator="op1")
    reports = Reports()
    session.start(reports.on_ready, reports.on_failed)
    try:
        assert reports.wait_failed() == ("mcu", NO_MCU)
        assert len(reports.ready) == 1 and session.store is not None and session.engine is not None
        assert session.driver is None and session.simulator is None
    finally:
        session.close()
    assert (tmp_path / "log.sqlite3").exists() and registry_size(url) == 0


def test_a_session_on_a_log_it_cannot_open_reports_the_log(tmp_path: Path) -> None:
    target = tmp_path / "plain-file" / "log.sqlite3"
    (tmp_path / "plain-file").write_text("", encoding="utf-8")
    session = ConsoleSession(override(Config(), "log.url", sqlite(target), "--db"))
    reports = Reports()
    session.start(reports.on_ready, reports.on_failed)
    try:
        part, message = reports.wait_failed()
        assert part == "log" and str(target) in message and reports.ready == []
    finally:
        session.close()


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=8, scenario="normal", seed=2, password=PASSWORD, paused=True) as server:
        yield server


def test_the_session_attaches_the_configured_mcu_with_its_password(
    tmp_path: Path, sim: SimServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "mcu-password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    monkeypatch.setenv("MCU_PASSWORD", "not-this-one")
    path = tmp_path / "config.toml"
    path.write_text(
        f'[mcu]\nurl = "pexip+{sim.url}"\npassword_file = "mcu-password"\n'
        f'[log]\nurl = "{sqlite(tmp_path / "log.sqlite3")}"\n',
        encoding="utf-8",
    )
    session = ConsoleSession(load_config(path, required=True), operator="op1")
    reports = Reports()
    session.start(reports.on_ready, reports.on_failed)
    try:
        with reports.changed:  # the roll-call arrives: the password was the file's
            assert reports.changed.wait_for(
                lambda: reports.failed or (reports.ready and len(reports.ready[0].participants) == 8), WAIT_S
            )
        assert reports.failed == [] and len(reports.ready[0].participants) == 8
        assert session.commands is not None and session.floor is not None
        assert session.floor.commands is session.commands
    finally:
        session.close()


def test_the_demos_simulator_runs_as_a_module_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no main.py here: the child finds the package by itself
    simulator = SimulatorProcess(5, "normal", 1)
    try:
        url = simulator.wait_ready()
        with httpx.Client(base_url=url, timeout=10) as client:
            r = client.get("/api/admin/status/v1/participant/", auth=(simulator.user, simulator.password))
            assert r.status_code == 200 and r.json()["meta"]["total_count"] == 5
            assert (
                client.get("/api/admin/status/v1/participant/", auth=("admin", "bridgewall")).status_code
                == 401
            )
    finally:
        simulator.stop()


def test_a_simulator_made_unstarted_starts_once_and_one_stopped_first_is_never_waited_for() -> None:
    """The window makes the demo's simulator before its first paint and starts it after: a `wait_ready` asked
    meanwhile waits for the start; a stop that comes first (the window refused its log) ends that wait."""
    simulator = SimulatorProcess(5, "normal", 1, start=False)
    assert simulator.process is None
    found: list[str | BaseException] = []

    def wait() -> None:
        try:
            found.append(simulator.wait_ready())
        except SimulatorError as exc:
            found.append(exc)

    waiter = threading.Thread(target=wait)
    waiter.start()
    try:
        simulator.start()
        first = simulator.process
        simulator.start()  # once only
        assert simulator.process is first
        waiter.join(60)
        assert found and isinstance(found[0], str) and found[0].startswith("http://127.0.0.1:")
    finally:
        simulator.stop()
    assert first is not None and first.poll() is not None

    never = SimulatorProcess(5, "normal", 1, start=False)
    never.stop()
    with pytest.raises(SimulatorError, match="stopped before it started"):
        never.wait_ready()
    never.start()  # a start after the stop starts nothing
    assert never.process is None


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, timeout=120
    )


def test_the_readmes_monitor_demo_example_works_as_written(tmp_path: Path) -> None:
    """`monitor --demo` starts the bundled simulator with its password; the log is the one named."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    watch = "python main.py monitor --demo --duration 10 --db sqlite:///demo.sqlite3"
    show = "python main.py export --db sqlite:///demo.sqlite3 --what attendance --format csv"
    assert watch in readme and show in readme
    done = run(*watch.split()[2:], cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert b"the demo's simulator" in done.stderr
    shown = run(*show.split()[2:], cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr.decode()
    lines = shown.stdout.decode("utf-8-sig").splitlines()  # CSV starts with the BOM Excel wants
    assert lines[0].startswith("id,meeting_id,site,joined_at")
    codes = {s.code for s in scenario_sites(Config().demo.sites, Config().demo.scenario)}
    rows: list[dict[str, Any]] = orjson.loads(
        run("export", "--db", "sqlite:///demo.sqlite3", "--what", "attendance", cwd=tmp_path).stdout
    )
    assert len(rows) == len(lines) - 1 >= 100  # the demo's sites joined, known by their registry codes
    assert {r["site_code"] for r in rows} <= codes and all(r["site_code"] for r in rows)
