"""One console run: the log, the site registry, the hub, and the MCU — a real one, or the bundled simulator
started as its own process on loopback with a password made for this run.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from console.commands.dispatcher import CommandDispatcher
from console.domain import Site
from console.live.hub import Hub
from console.mcu.dialects import driver_from_url
from console.mcu.driver import McuDriver
from console.registry import load_network
from console.sim.process import SimulatorProcess
from db.engine import DatabaseOpenError, default_url, open_database, session_factory
from db.presets import PresetBook
from db.sites import ensure_network, load_sites
from db.writer import Store

log = logging.getLogger("bridgewall.session")
T = TypeVar("T")
# Objects per status page where the window shares the process: decoding a page holds the interpreter (about
# 3 ms for 500 participants), and the window waits out every such hold it meets; smaller pages would mean
# more requests to the MCU's management node (21 a second at 3,500 sites with 500).
WINDOW_PAGE_LIMIT = 500


@dataclass(frozen=True, slots=True)
class SessionOptions:
    db_url: str | None = None
    mcu_url: str | None = None  # None: run the bundled simulator
    mcu_user: str = "admin"
    ca_bundle: str | None = None
    sites: int = 150
    scenario: str = "flaky"
    seed: int = 1
    operator: str = "operator"  # who the audit names for commands sent from this console


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


def preset_store(session: ConsoleSession) -> PresetBook | None:
    """The session's layout and camera presets, kept in its log."""
    return PresetBook(session.engine) if session.engine is not None else None


class ConsoleSession:
    """The log, the hub and the MCU link, run on a thread of their own with their own event loop.

    Decoding thousands of sites a second is the hub's work, not the window's: the GUI thread only reads
    what the hub publishes. `start()` returns at once; `on_ready(hub)` and `on_failed(part, message)` (part:
    "log" or "mcu") are called on the session's thread, as are the hub's listeners.
    """

    def __init__(self, options: SessionOptions, simulator: SimulatorProcess | None = None) -> None:
        self.options = options
        self.engine: Engine | None = None
        self.store: Store | None = None
        self.hub: Hub | None = None
        self.driver: McuDriver | None = None
        self.simulator = simulator  # already started by the caller, or started here when needed
        self.mcu_url = options.mcu_url or ""
        self.commands: CommandDispatcher | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    def start(self, on_ready: Callable[[Hub], None], on_failed: Callable[[str, str], None]) -> None:
        self._thread = threading.Thread(
            target=lambda: asyncio.run(self._main(on_ready, on_failed)),
            name="bridgewall-session",
            daemon=True,
        )
        self._thread.start()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run a coroutine (a command to the MCU, say) on the session's loop, from any thread."""
        if self.loop is None:
            coroutine.close()
            raise RuntimeError("the session is not running")
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def close(self, timeout: float = 20.0) -> None:
        """Stop following the MCU, stop the simulator, commit the log; wait for all of it."""
        if self.loop is not None and self._stop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended
                self.loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout)

    async def _main(self, on_ready: Callable[[Hub], None], on_failed: Callable[[str, str], None]) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        if (
            self.options.mcu_url is None and self.simulator is None
        ):  # the simulator starts while the log opens
            o = self.options
            self.simulator = SimulatorProcess(o.sites, o.scenario, o.seed)
        try:
            try:
                hub = await self.open()
            except DatabaseOpenError as exc:
                on_failed("log", str(exc))
                return
            on_ready(hub)
            try:
                await self.attach()
            except (RuntimeError, ValueError, OSError) as exc:
                log.error("cannot attach the MCU: %s", exc)
                on_failed("mcu", str(exc))
                await self._stop.wait()
                return
            assert self.driver is not None and self.commands is not None
            try:
                await hub.run(self.driver, self._stop)
            finally:
                await self.commands.close(cancel=True)
        finally:
            self._shutdown()

    async def open(self) -> Hub:
        """Open the log (off the event loop) and build the hub; the MCU is not contacted yet."""
        loop = asyncio.get_running_loop()
        engine, sites = await loop.run_in_executor(None, open_log, self.options.db_url)
        self.engine = engine
        self.store = Store(engine)
        self.hub = Hub(sites, store=self.store)
        return self.hub

    async def attach(self) -> None:
        """Start the simulator when there is no MCU, and make the driver."""
        o = self.options
        password = None
        if o.mcu_url is None:
            if self.simulator is None:
                self.simulator = SimulatorProcess(o.sites, o.scenario, o.seed)
            http = await asyncio.get_running_loop().run_in_executor(None, self.simulator.wait_ready)
            self.mcu_url = "pexip+" + http
            password = self.simulator.password
        # Small status pages: the window shares this process, and no single decode should hold it for long.
        self.driver = driver_from_url(
            self.mcu_url, o.mcu_user, password=password, ca_bundle=o.ca_bundle, page_limit=WINDOW_PAGE_LIMIT
        )
        self.commands = CommandDispatcher(self.driver, self.store, o.operator)

    def _shutdown(self) -> None:
        if self.simulator is not None:
            self.simulator.stop()
        if self.store is not None:
            self.store.close()
        if self.engine is not None:
            self.engine.dispose()
