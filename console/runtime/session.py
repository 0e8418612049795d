"""One console run for the window: the runtime (`console.runtime.build`) on a thread of its own with its own event
loop (in the session's child process, `console.runtime.child`, or in the window's process for tests and tools) — the log, the site registry, the hub, the floor desk and the MCU (a real one, or with `--demo` the bundled
simulator started as its own process on loopback with a password made for this run).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable, Coroutine, Mapping
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.engine import Engine

from console.commands.dispatcher import CommandDispatcher
from console.domain import Capability, Site, SiteChange, utcnow
from console.floor.desk import FloorDesk
from console.incidents.desk import IncidentDesk
from console.live.hub import Hub
from console.mcu.driver import McuDriver, cannot
from console.records import Recorder
from console.runtime.args import UsageError
from console.runtime.bridge import (
    AttendanceReader,
    LogProblem,
    McuProblem,
    Outbound,
    RecordsLost,
    SiteAttendance,
    SitesSaved,
)
from console.runtime.build import NoMcuError, Runtime, build
from console.runtime.config import Config
from console.runtime.history import history_reader
from console.runtime.options import SessionOptions
from console.runtime.port import SessionParts, SessionPort, declared_dialect
from console.runtime.readiness_port import board_port, follower_for
from console.runtime.register_port import register_desk
from console.runtime.report_port import report_desk
from console.runtime.sync import LogSync
from console.sim.cameras import CameraFleet
from console.sim.process import SimulatorProcess
from db import records
from db.engine import session_factory
from db.files import DatabaseOpenError
from db.presets import PresetBook
from db.sites import load_sites, save_sites, site_history
from db.writer import Store

log = logging.getLogger("bridgewall.session")
T = TypeVar("T")
READ_FLUSH_S = 2.0  # how long a read of the log waits for the writes queued before it


def attendance_reader(engine: Engine, store: Recorder | None = None) -> AttendanceReader:
    """Reads one site's attendance from the log for its detail (`SiteAttendanceRequest`): the writes queued so far
    committed first (up to READ_FLUSH_S), so a join seen a moment ago is read too."""

    def read(site: str, conference: str, since: datetime) -> SiteAttendance:
        if store is not None:
            store.flush(timeout=READ_FLUSH_S)
        with session_factory(engine)() as session:
            meeting = records.latest_meeting_id(session, conference) if conference else None
            spans = records.site_attendance(session, site, since=since, meeting_id=meeting)
        return SiteAttendance(tuple(spans), meeting, since)

    return read


class SiteRegistryStore:
    """The site registry kept in the log's database, for the window's registry view and the site detail."""

    def __init__(self, engine: Engine, store: Recorder | None = None) -> None:
        self.engine = engine
        self.store = store

    def load(self) -> list[Site]:
        with session_factory(self.engine)() as session:
            return load_sites(session)

    def history(self, code: str) -> list[SiteChange]:
        """The site's changes, oldest first; none for a site the registry does not hold."""
        with session_factory(self.engine)() as session:
            try:
                return site_history(session, code)
            except LookupError:
                return []

    def save(self, sites: tuple[Site, ...], actor: str) -> SitesSaved:
        """All of `sites` or none: each change kept in the history with `actor` and the time now."""
        with session_factory(self.engine)() as session:
            try:
                summary = save_sites(session, sites, actor=actor, at=utcnow())
                session.commit()
            except BaseException:
                session.rollback()
                raise
            return SitesSaved(tuple(load_sites(session)), summary.added, summary.updated)


def preset_store(session: ConsoleSession) -> PresetBook | None:
    """The session's layout and camera presets, kept in its log."""
    return PresetBook(session.engine) if session.engine is not None else None


def access_parts(session: ConsoleSession) -> dict[str, Any]:
    """What the bridge's port needs of the session's accounts and audit trail (`SessionParts` keywords)."""
    runtime = session.runtime
    if runtime is None:
        return {}
    return {
        "accounts": runtime.access.accounts if runtime.access is not None else None,
        "guard": runtime.guard,
        "act_as": runtime.act_as,
        "needs_administrator": session.needs_administrator,
        "demo": session.config.demo.enabled,
        "share_incidents": session.share_incidents,
    }


def readiness_parts(session: ConsoleSession) -> dict[str, Any]:
    """The readiness board's end of the bridge (`SessionParts` keyword), when there is a log."""
    runtime = session.runtime
    if runtime is None:
        return {}
    return {"readiness": board_port(runtime.engine, runtime.config, runtime.guard)}


class ConsoleSession:
    """The runtime run on a thread of its own with its own event loop.

    Decoding thousands of sites a second is the hub's work, not the window's: the GUI thread only reads
    what the hub publishes. `start()` returns at once; `on_ready(hub)` and `on_failed(part, message)` (part:
    "log" or "mcu") are called on the session's thread, as are the hub's listeners. Without an MCU (no address
    and no demo) the console runs on the log alone and `on_failed("mcu", …)` says that no MCU is configured.
    """

    def __init__(
        self,
        options: Config | SessionOptions,
        simulator: SimulatorProcess | None = None,
        *,
        operator: str | None = None,
    ) -> None:
        if isinstance(options, Config):
            self.config = options
            self.options = SessionOptions.of(options, operator or "operator")
        else:
            self.config = options.to_config()
            self.options = options if operator is None else dataclasses.replace(options, operator=operator)
        self.operator = self.options.operator
        self.runtime: Runtime | None = None
        self.engine: Engine | None = None
        self.store: Store | None = None
        self.hub: Hub | None = None
        self.driver: McuDriver | None = None
        self.simulator = simulator  # already started by the caller, or started by build() when needed
        self.mcu_url = self.config.mcu.url or ""
        self.commands: CommandDispatcher | None = None
        self.needs_administrator = False  # the log has no active administrator (known once opened)
        self.loop: asyncio.AbstractEventLoop | None = None
        self.sync: LogSync | None = None  # several consoles on one PostgreSQL log (None: SQLite, or none yet)
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None

    @property
    def floor(self) -> FloorDesk | None:
        return self.runtime.floor if self.runtime is not None else None

    @property
    def cameras(self) -> CameraFleet | None:
        """The demo's simulated cameras (None outside the demo)."""
        return self.runtime.cameras if self.runtime is not None else None

    @property
    def camera_addresses(self) -> Mapping[str, str]:
        """site → visca://HOST:PORT: the registry's camera addresses (the demo's simulated cameras for them)."""
        return self.runtime.camera_addresses if self.runtime is not None else {}

    def registry_saved(self, sites: tuple[Site, ...]) -> None:
        """The registry was saved from the window: its camera addresses apply from now on."""
        if self.runtime is not None:
            self.runtime.set_registry_cameras(sites)

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
        try:
            try:
                hub = await self.open()
            except (DatabaseOpenError, UsageError) as exc:
                on_failed("log", str(exc))
                return
            on_ready(hub)
            try:
                await self.attach()
            except NoMcuError as exc:
                log.warning("%s", exc)
                on_failed("mcu", str(exc))
                await self._stop.wait()
                return
            except (RuntimeError, ValueError, OSError) as exc:
                log.error("cannot attach the MCU: %s", exc)
                on_failed("mcu", str(exc))
                await self._stop.wait()
                return
            assert self.driver is not None
            assert self.runtime is not None
            readiness = follower_for(self.runtime)  # records the checks of the log's open test runs
            hub.listeners.append(readiness.listen)
            following = asyncio.create_task(readiness.run(self._stop), name="readiness")
            try:
                await hub.run(self.driver, self._stop)
            finally:
                self._stop.set()
                await following
                if self.commands is not None:
                    await self.commands.close(cancel=True)
        finally:
            self._shutdown()

    async def open(self) -> Hub:
        """Build the runtime (off the event loop): the log, the registry, the hub; the MCU is not contacted yet."""
        loop = asyncio.get_running_loop()
        runtime = await loop.run_in_executor(
            None, lambda: build(self.config, operator=self.operator, simulator=self.simulator)
        )
        self.runtime = runtime
        if runtime.access is not None:  # asked now, off the loop: the window's first dialog depends on it
            self.needs_administrator = await loop.run_in_executor(
                None, runtime.access.accounts.needs_first_administrator
            )
        self.simulator = runtime.simulator
        self.engine, self.store, self.hub = runtime.engine, runtime.store, runtime.hub
        return runtime.hub

    async def attach(self) -> None:
        """Make the driver (after the demo's simulator listens) and the command dispatcher."""
        assert self.runtime is not None
        self.driver = await self.runtime.attach()
        self.commands = self.runtime.commands
        self.mcu_url = self.runtime.mcu_url

    def share_incidents(
        self, desk: IncidentDesk, call_soon: Callable[[Callable[[], None]], object]
    ) -> LogSync | None:
        """Listen to the other consoles on this PostgreSQL log (the LISTEN connection lives here, in the
        session); closed with the session."""
        self.sync = LogSync.on(self.engine, self.store, desk, call_soon)
        return self.sync

    def _shutdown(self) -> None:
        if self.sync is not None:
            self.sync.close()
        if self.runtime is not None:
            self.runtime.close()
        elif self.simulator is not None:
            self.simulator.stop()


def session_parts(session: ConsoleSession) -> SessionParts:
    """What the session's end of the bridge drives, once the hub exists (on the session's thread)."""
    hub, floor = session.hub, session.floor
    assert hub is not None and floor is not None
    try:
        dialect = declared_dialect(session.config)
    except ValueError as exc:
        log.error("%s", exc)
        dialect = None

    async def layouts(conference: str) -> list[str]:
        driver = session.driver
        if driver is None:
            raise RuntimeError("not connected to an MCU")
        if not driver.can(Capability.LAYOUT):
            raise RuntimeError(cannot(driver.dialect, Capability.LAYOUT))
        return await driver.available_layouts(conference)

    return SessionParts(
        hub,
        session.operator,
        commands=lambda: session.commands,
        layouts=layouts,
        floor=floor,
        presets=preset_store(session),
        camera_addresses=session.camera_addresses,
        dialect=dialect.name if dialect is not None else "",
        capabilities=dialect.capabilities if dialect is not None else frozenset(),
        attendance=attendance_reader(session.engine, session.store) if session.engine is not None else None,
        registry=SiteRegistryStore(session.engine, session.store) if session.engine is not None else None,
        registry_saved=session.registry_saved,
        history=history_reader(session),
        reports=report_desk(session.engine, session.config),
        register=register_desk(session.engine, session.config),
        **access_parts(session),
        **readiness_parts(session),
    )


def open_port(
    session: ConsoleSession,
    publish: Callable[[Outbound], None],
    parts: Callable[[ConsoleSession], SessionParts] = session_parts,
) -> SessionPort:
    """The session's end of the bridge, on the session's loop once the hub exists: the log's troubles published
    too. The same whether the window is in this process or in another."""
    port = SessionPort(parts(session), asyncio.get_running_loop(), publish)
    store = session.store
    if store is not None:
        store.error_listeners.append(lambda message: publish(LogProblem(message)))
        store.lost_listeners.append(lambda count, reason: publish(RecordsLost(count, reason)))
        if store.lost:
            publish(RecordsLost(store.lost, store.lost_reason or ""))
    return port


def failure_message(part: str, message: str) -> Outbound:
    """`on_failed(part, message)` as the message the window gets."""
    return LogProblem(message) if part == "log" else McuProblem(message)
