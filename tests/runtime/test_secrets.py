"""Secrets out of sight: the log's password comes from the environment or a file (not only inside `--db`) and is
never shown — not in a message, a log line or the command line; a `pexip+http://` MCU with a password is warned
about once (a WARNING line, and the window's status bar)."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from console.runtime.address import check_log, shown_log
from console.runtime.build import build, connect_url
from console.runtime.config import Config, credentials_in_clear, masked, override
from console.sim.server import SimServer

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "BRIDGEWALL_TEST_PG"
WRONG = "Wr0ng-h10-log-pw"  # a password the server refuses, distinctive enough to search the output for
MCU_PW = "mcu-h10-pw"
IN_CLEAR = "the MCU's password travels unencrypted"


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql+psycopg://ops:pa55@db.example/log", "postgresql+psycopg://ops:***@db.example/log"),
        ("postgresql+psycopg://ops:p@ss@db.example/log", "postgresql+psycopg://ops:***@db.example/log"),
        ("postgresql+psycopg://ops:p/ss@db.example:x/log", "postgresql+psycopg://ops:***@db.example:x/log"),
        ("postgresql+psycopg://ops@db.example/log", "postgresql+psycopg://ops@db.example/log"),
        ("sqlite:////srv/a:b@c/log.sqlite3", "sqlite:////srv/a:b@c/log.sqlite3"),
        ("sqlite:///log.sqlite3", "sqlite:///log.sqlite3"),
    ],
)
def test_a_password_in_a_url_is_masked_whole_wherever_the_url_is_shown(url: str, shown: str) -> None:
    assert masked(url) == shown
    if url.startswith("postgresql"):
        config = override(Config(), "log.url", url, "--db")
        assert shown_log(config) == shown  # the window's status bar and title show this


def test_a_url_no_parser_accepts_is_refused_without_its_password() -> None:
    config = override(Config(), "log.url", "postgresql+psycopg://ops:pa55@db.example:port/log", "--db")
    with pytest.raises(ValueError, match=r"not a database URL") as refused:
        check_log(config)
    assert "pa55" not in str(refused.value) and "ops:***@" in str(refused.value)


def test_the_log_password_comes_from_the_environment_or_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "log.pw"
    secret.write_text(WRONG + "\n", encoding="utf-8")
    base = override(Config(), "log.url", "postgresql+psycopg://ops@db.example/log", "--db")
    from_file = override(base, "log.password_file", str(secret), "log.password_file")
    assert make_url(connect_url(from_file)).password == WRONG
    from_env = override(base, "log.password_env", "H10_LOG_PW", "log.password_env")
    os.environ["H10_LOG_PW"] = WRONG + "-env"
    try:
        assert make_url(connect_url(from_env)).password == WRONG + "-env"
    finally:
        del os.environ["H10_LOG_PW"]
    assert WRONG not in shown_log(from_file) and WRONG not in repr(from_file)


@pytest.fixture
def pg() -> str:
    """The test PostgreSQL server's URL with its password (skipped, with the reason, when none is given)."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_ENV} is not set (e.g. postgresql+psycopg://bridgewall:bridgewall@127.0.0.1/bw_h10)")
    return url


def config_file(tmp_path: Path, pg: str, **log: str) -> Path:
    bare = make_url(pg)._replace(password=None).render_as_string(hide_password=False)
    keys = "".join(f'{k} = "{v}"\n' for k, v in log.items())
    path = tmp_path / f"config-{'-'.join(log) or 'bare'}.toml"
    path.write_text(f'[log]\nurl = "{bare}"\n{keys}', encoding="utf-8")
    return path


@pytest.mark.postgres
def test_a_postgresql_log_opens_with_its_password_from_a_file_or_the_environment(
    tmp_path: Path, pg: str
) -> None:
    password = make_url(pg).password or ""
    secret = tmp_path / "log.pw"
    secret.write_text(password + "\n", encoding="utf-8")
    by_file = run(
        "export", "--config", str(config_file(tmp_path, pg, password_file=str(secret))), "--what", "floor"
    )
    assert by_file.returncode == 0, by_file.stderr
    by_env = run(
        "export",
        "--config",
        str(config_file(tmp_path, pg, password_env="H10_LOG_PW")),
        "--what",
        "floor",
        env={"H10_LOG_PW": password},
    )
    assert by_env.returncode == 0, by_env.stderr


@pytest.mark.postgres
@pytest.mark.parametrize("how", ["file", "env", "url"])
def test_a_refused_log_password_is_never_shown(tmp_path: Path, pg: str, how: str) -> None:
    secret = tmp_path / "log.pw"
    secret.write_text(WRONG + "\n", encoding="utf-8")
    config = {
        "file": config_file(tmp_path, pg, password_file=str(secret)),
        "env": config_file(tmp_path, pg, password_env="H10_LOG_PW"),
        "url": config_file(tmp_path, pg),
    }[how]
    wrong_url = make_url(pg).set(password=WRONG).render_as_string(hide_password=False)
    db = ["--db", wrong_url] if how == "url" else []
    for args in (
        ["export", "--config", str(config), *db, "--what", "incidents"],
        ["monitor", "--config", str(config), *db, "--mcu", "pexip+http://127.0.0.1:9", "--duration", "1"],
        ["gui", "--config", str(config), *db, "--screenshot", str(tmp_path / "w.png"), "--after", "0"],
    ):
        done = run(*args, env={"H10_LOG_PW": WRONG})
        assert done.returncode == 1, (args, done.stderr)
        assert "password authentication failed" in done.stderr, done.stderr
        assert WRONG not in done.stderr + done.stdout, done.stderr
        assert "Traceback" not in done.stderr


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=6, scenario="normal", seed=2, password=MCU_PW) as server:
        yield server


def test_monitor_over_plain_http_with_a_password_warns_once_and_shows_no_password(
    tmp_path: Path, sim: SimServer
) -> None:
    secret = tmp_path / "mcu.pw"
    secret.write_text(MCU_PW + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f'[mcu]\npassword_file = "{secret}"\n', encoding="utf-8")
    log = tmp_path / "log.sqlite3"
    args = ["monitor", "--config", str(config), "--mcu", f"pexip+{sim.url}", "--db", f"sqlite:///{log}"]
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args, "--duration", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "MCU_PASSWORD": "not-this-one"},
    )
    try:
        cmdline = Path(f"/proc/{child.pid}/cmdline").read_bytes()
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    assert MCU_PW.encode() not in cmdline  # the password was in a file, so `ps` cannot show it
    warnings = [line for line in err.splitlines() if IN_CLEAR in line]
    assert len(warnings) == 1 and " WARNING " in warnings[0], err
    assert f"pexip+{sim.url}" in warnings[0]
    assert MCU_PW not in out + err


def attached(config: Config, caplog: pytest.LogCaptureFixture) -> list[str]:
    """Build the runtime on `config` and make its MCU driver (credentials about to be sent): the warnings said."""
    runtime = build(config, operator="t", control=False, cameras=False)
    try:
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="bridgewall.mcu"):
            asyncio.run(runtime.attach())
    finally:
        runtime.close()
    return [r.getMessage() for r in caplog.records if IN_CLEAR in r.getMessage()]


def test_the_warning_comes_once_when_a_password_would_go_over_plain_http_and_only_then(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = override(Config(), "log.url", f"sqlite:///{tmp_path / 'log.sqlite3'}", "--db")
    monkeypatch.setenv("MCU_PASSWORD", MCU_PW)
    http = override(base, "mcu.url", "pexip+http://10.0.0.5:80", "--mcu")
    assert credentials_in_clear(http)
    assert attached(http, caplog) == [
        "the MCU's password travels unencrypted to pexip+http://10.0.0.5:80: anyone on the path can read it; "
        "use pexip+https"
    ]
    https = override(base, "mcu.url", "pexip+https://10.0.0.5:443", "--mcu")
    assert not credentials_in_clear(https) and attached(https, caplog) == []
    demo = dataclasses.replace(base, demo=dataclasses.replace(base.demo, enabled=True, sites=4))
    assert (
        attached(demo, caplog) == []
    )  # the demo's own simulator, on loopback, with a password made for the run
    monkeypatch.delenv("MCU_PASSWORD")
    assert not credentials_in_clear(http) and attached(http, caplog) == []  # no password: nothing to overhear


def test_the_window_says_so_in_its_status_bar(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from widgets.shell.app import create_application, warn_of_clear_text
    from widgets.shell.main_window import MainWindow

    create_application("vi")
    try:
        monkeypatch.setenv("MCU_PASSWORD", MCU_PW)
        window = MainWindow("log", remember_layout=False)
        qtbot.addWidget(window)
        label = warn_of_clear_text(window, override(Config(), "mcu.url", "pexip+http://10.0.0.5:80", "--mcu"))
        window.show()
        assert label is not None and label.isVisible() and label.parent() is window.statusBar()
        assert label.text() == "⚠ Mật khẩu MCU được gửi không mã hóa (pexip+http): hãy dùng pexip+https"
    finally:
        create_application("en")  # the source strings again, as the rest of the suite expects
    assert MCU_PW not in label.text() + window.windowTitle()
    assert (
        warn_of_clear_text(window, override(Config(), "mcu.url", "pexip+https://10.0.0.5:443", "--mcu"))
        is None
    )
