"""One console run: the log, the site registry, the hub, and the MCU — a real one, or the bundled simulator
started as its own process on loopback with a password made for this run.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from console.hub import Hub
from console.mcu.base import McuDriver
from console.mcu.pexip import driver_from_url
from console.model import Site
from console.network import load_network
from console.store import Store
from db.engine import DatabaseOpenError, default_url, open_database, session_factory
from db.sites import ensure_network, load_sites

log = logging.getLogger("bridgewall.session")
MAIN = Path(__file__).resolve().parent.parent / "main.py"


@dataclass(frozen=True, slots=True)
class SessionOptions:
    db_url: str | None = None
    mcu_url: str | None = None  # None: run the bundled simulator
    mcu_user: str = "admin"
    ca_bundle: str | None = None
    sites: int = 150
    scenario: str = "flaky"
    seed: int = 1


class SimulatorProcess:
    """`python main.py sim` on a free loopback port, for the demo network."""

    def __init__(self, sites: int, scenario: str, seed: int) -> None:
        self.password = secrets.token_urlsafe(16)
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(MAIN),
                "sim",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                *self.demo_args(sites, scenario, seed),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "MCU_PASSWORD": self.password},
        )
        self.url = ""

    @staticmethod
    def demo_args(sites: int, scenario: str, seed: int) -> list[str]:
        return ["--sites", str(sites), "--scenario", scenario, "--seed", str(seed)]

    def wait_ready(self) -> str:
        """Block until the simulator says where it listens; its `http://` address."""
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if "listening on " in line:
                self.url = line.split("listening on ", 1)[1].strip()
                return self.url
        raise RuntimeError(f"the simulator exited with code {self.process.wait()} before listening")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


def shown_url(url: str | None) -> str:
    """The log's address as shown to people: the default file spelled out, passwords hidden."""
    try:
        return make_url(url or default_url()).render_as_string(hide_password=True)
    except (ArgumentError, DatabaseOpenError):
        return url or "?"


def open_log(url: str | None) -> tuple[Engine, list[Site]]:
    """Open the log and its site registry; a fresh log gets the demo network."""
    engine = open_database(url)
    with session_factory(engine)() as session:
        if ensure_network(session, load_network()):
            session.commit()
        sites = load_sites(session)
    return engine, sites


class ConsoleSession:
    def __init__(self, options: SessionOptions) -> None:
        self.options = options
        self.engine: Engine | None = None
        self.store: Store | None = None
        self.hub: Hub | None = None
        self.driver: McuDriver | None = None
        self.simulator: SimulatorProcess | None = None
        self.mcu_url = options.mcu_url or ""
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def open(self) -> Hub:
        """Open the log (off the event loop) and build the hub; the MCU is not contacted yet."""
        loop = asyncio.get_running_loop()
        engine, sites = await loop.run_in_executor(None, open_log, self.options.db_url)
        self.engine = engine
        self.store = Store(engine)
        self.hub = Hub(sites, store=self.store)
        return self.hub

    async def attach(self) -> None:
        """Start the simulator when there is no MCU, then follow the MCU until `close()`."""
        assert self.hub is not None
        o = self.options
        password = None
        if o.mcu_url is None:
            self.simulator = SimulatorProcess(o.sites, o.scenario, o.seed)
            http = await asyncio.get_running_loop().run_in_executor(None, self.simulator.wait_ready)
            self.mcu_url = "pexip+" + http
            password = self.simulator.password
        self.driver = driver_from_url(self.mcu_url, o.mcu_user, password=password, ca_bundle=o.ca_bundle)
        self._task = asyncio.create_task(self.hub.run(self.driver, self._stop), name="hub")

    async def close(self) -> None:
        self._stop.set()
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, timeout=10)
        if self.simulator is not None:
            self.simulator.stop()
        if self.store is not None:
            self.store.close()
        if self.engine is not None:
            self.engine.dispose()
