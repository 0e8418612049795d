"""One runtime for `gui` and `monitor`: `build(config)` opens the log and its registry and makes the writer, the hub
(thresholds and incident rules from the config) and the floor desk (its policy from the config); `attach()` then
makes the MCU driver from `config.mcu` (and, for a console that acts, the command dispatcher).

The demo is a profile, asked for by `--demo` (`config.demo.enabled`): the bundled simulator as its own process
with a password made for the run (unless an MCU address was given), the sites of the demo's meeting added to the
log's registry where missing (`console.sim.sites.scenario_sites`: Điện Biên, then the other provinces), and a
simulated camera standing in for each camera the registry has an address for. Nothing else ever loads the demo
network into a log.

Cameras are reached at the registry's address (`Site.camera`, VISCA over IP); a site with none is left to far-end
camera control through the MCU (`console.presets.camera.camera_control_for`).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from console.access import Accounts, Actor, AuditTrail, Guard, KeyFileError, load_key
from console.camera.control import ViscaControl
from console.commands.dispatcher import CommandDispatcher
from console.domain import Incident, Site, utcnow
from console.domain.logtext import loggable
from console.floor.desk import FloorDesk, Skip
from console.live.hub import Hub
from console.mcu.dialects import driver_from_url
from console.mcu.driver import McuDriver
from console.runtime.address import check_log, log_file, log_url
from console.runtime.args import UsageError
from console.runtime.bridge import NO_MCU
from console.runtime.config import Config, audit_key_path, log_password, mcu_password
from console.runtime.meeting_live import MeetingBinder
from console.runtime.options import start_simulator
from console.runtime.output import error_line
from console.sim.cameras import CameraFleet
from console.sim.process import SimulatorProcess
from console.sim.sites import scenario_sites
from db import runs
from db.accounts import AccountBook
from db.audit import AuditBook
from db.engine import open_database, session_factory
from db.files import DatabaseOpenError
from db.lock import LogLock
from db.presets import PresetBook
from db.sites import add_missing_sites, load_sites
from db.writer import Store

log = logging.getLogger("bridgewall.runtime")


def camera_url(camera: str) -> str:
    """The registry's camera address "host:port" as the URL the camera control opens."""
    return f"visca://{camera}"


def registry_cameras(sites: Iterable[Site]) -> dict[str, str]:
    """site → visca://HOST:PORT for each site the registry has a camera address for."""
    return {s.code: camera_url(s.camera) for s in sites if s.camera}


class CameraAddresses(Mapping[str, str]):
    """The camera address of each site, read when asked: in the demo the simulated camera standing in for the
    site's, else the registry's (kept current by `Runtime.set_registry_cameras`)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def _fleet(self) -> dict[str, str]:
        fleet = self.runtime.cameras
        return fleet.addresses if fleet is not None else {}

    def __getitem__(self, key: str) -> str:
        fleet = self.runtime.cameras
        if fleet is not None and key in fleet.cameras:
            return fleet.address(key)
        return self.runtime.registry_cameras[key]

    def __iter__(self) -> Iterator[str]:
        return iter({**self.runtime.registry_cameras, **self._fleet()})

    def __len__(self) -> int:
        return len({**self.runtime.registry_cameras, **self._fleet()})


class NoMcuError(RuntimeError):
    """Neither an MCU address nor the demo's simulator: the console runs on the log alone."""


# --- the log's address (the rest: console.runtime.address) -----------------------------------------------
def connect_url(config: Config, *, create: bool = True) -> str:
    """The URL to connect with: `log_url()` with the password from `log.password_env` / `log.password_file`."""
    url = log_url(config, create=create)
    password = log_password(config.log)
    if password is None:
        return url
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return url
    if parsed.password is not None:  # the configuration's check refuses both; the URL's own wins
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def lock_log(config: Config, program: str) -> LogLock | None:
    """Lock a SQLite log for this process, the one that writes its runs (raises LogInUse when another process
    does); None for PostgreSQL, an in-memory log, or a directory that does not exist (opening says what is wrong)."""
    log_url(config)  # the default file's directory made: the lock sits beside the file
    path = log_file(config)
    if path is None or not path.parent.is_dir():
        return None
    return LogLock.take(path, program=program)


def open_log(config: Config) -> tuple[Engine, list[Site]]:
    """Open the log (created and migrated as needed) and read its registry; with --demo the registry gets the
    demo meeting's sites it lacks first (the sites already there stay as edited). Raises DatabaseOpenError."""
    engine = open_database(connect_url(config))
    try:
        with session_factory(engine)() as session:
            if config.demo.enabled and add_missing_sites(
                session, scenario_sites(config.demo.sites, config.demo.scenario)
            ):
                session.commit()
            sites = load_sites(session)
    except SQLAlchemyError as exc:
        engine.dispose()
        detail = error_line(exc)
        raise DatabaseOpenError(f"cannot read the log's sites: {detail}") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine, sites


@dataclass(frozen=True, slots=True)
class RunStart:
    """This run in the log, what its start recovered of runs that died, and the incidents it inherits."""

    run_id: int
    recovered: tuple[runs.Recovered, ...]
    inherited: tuple[Incident, ...]


def start_run(engine: Engine, program: str, *, locked: bool) -> RunStart:
    """Record this run; first close what dead runs left open (at their last heartbeat). With the log's lock
    (`locked`, SQLite) no other process writes, so every run without an end is dead; else (PostgreSQL) a run is
    dead when its heartbeat is older than a few heartbeats. Raises DatabaseOpenError."""
    now = utcnow()
    try:
        with session_factory(engine)() as session:
            run_id, recovered = runs.begin_run(
                session, now, program=program, alive_after=None if locked else runs.dead_after(now)
            )
            session.commit()
            inherited = runs.inherited_incidents(session, now)
    except SQLAlchemyError as exc:
        detail = error_line(exc)
        raise DatabaseOpenError(f"cannot start this run in the log: {detail}") from exc
    for dead in recovered:
        c = dead.closed
        log.warning(
            "run %d (%s, pid %d on %s) ended without stopping; closed at its last heartbeat %s: "
            "%d meeting(s), %d attendance span(s), %d incident(s)",
            dead.run_id,
            dead.program or "?",
            dead.pid,
            loggable(dead.host),
            dead.at.isoformat(timespec="seconds"),
            c.meetings,
            c.attendance,
            c.incidents,
        )
    return RunStart(run_id, tuple(recovered), tuple(inherited))


def last_watched(engine: Engine, run_id: int) -> datetime | None:
    """When the last earlier run of the log ended (stopped, or recovered at its last heartbeat); None if none."""
    try:
        with session_factory(engine)() as session:
            return runs.last_end(session, run_id)
    except SQLAlchemyError as exc:
        log.warning("cannot read when the log was last watched: %s", error_line(exc))
        return None


# --- accounts and the audit trail ---------------------------------------------------------------------------
@dataclass
class Access:
    """The account service and the audit trail over one opened log."""

    engine: Engine
    accounts: Accounts
    trail: AuditTrail


def access_over(config: Config, engine: Engine, environ: Mapping[str, str] = os.environ) -> Access:
    """The accounts and the audit trail of an opened log; the audit key is created only while the trail is empty.
    Raises KeyFileError."""
    audit = AuditBook(engine)
    key = load_key(audit_key_path(config, environ), may_create=audit.head().empty)
    trail = AuditTrail(audit, key)
    return Access(engine, Accounts(AccountBook(engine), trail, config.access.policy()), trail)


def open_access(config: Config, *, create: bool, environ: Mapping[str, str] = os.environ) -> Access:
    """Open the log (migrated; created only with `create`) and its access. Raises DatabaseOpenError or
    KeyFileError (nothing left open)."""
    engine = open_database(connect_url(config, create=create), create=create)
    try:
        return access_over(config, engine, environ)
    except BaseException:
        engine.dispose()
        raise


NOBODY = Actor("", frozenset())
"""The window's actor before anyone signed in: every guarded action is refused."""


# --- the runtime --------------------------------------------------------------------------------------------
@dataclass(eq=False)
class Runtime:
    """What one console run holds; `close()` ends it, the log committed."""

    config: Config
    operator: str
    engine: Engine
    store: Store
    hub: Hub
    floor: FloorDesk = field(init=False)
    lock: LogLock | None = None  # a SQLite log's lock, held until close()
    run: RunStart | None = None
    simulator: SimulatorProcess | None = None
    cameras: CameraFleet | None = None
    control: bool = True  # make a command dispatcher (the window acts on the MCU; monitor only watches)
    driver: McuDriver | None = None
    commands: CommandDispatcher | None = None
    mcu_url: str = ""  # the address attached to (the simulator's, in the demo)
    registry_cameras: dict[str, str] = field(
        default_factory=dict
    )  # site → visca://HOST:PORT, from the registry
    access: Access | None = None  # the log's accounts and audit trail
    actor: Actor = (
        NOBODY  # who acts through this runtime: the signed-in person, or the monitor's service account
    )
    guard: Guard = field(
        default_factory=lambda: Guard(None)
    )  # the permission check, audited on `access.trail`
    meetings: MeetingBinder | None = None  # binds the live conferences to the meeting register

    def act_as(self, actor: Actor) -> None:
        """From now on the runtime acts as `actor` (sign-in, switch user): the dispatcher's default actor too."""
        self.actor = actor
        if self.commands is not None:
            self.commands.actor = actor

    @property
    def camera_addresses(self) -> Mapping[str, str]:
        """site → visca://HOST:PORT, read when asked (registry edits and the demo's cameras included)."""
        return CameraAddresses(self)

    def set_registry_cameras(self, sites: Iterable[Site]) -> None:
        """The registry was saved: its camera addresses are the ones used from now on."""
        cameras = registry_cameras(sites)
        self.registry_cameras.clear()
        self.registry_cameras.update(cameras)

    async def attach(self, page_limit: int | None = None) -> McuDriver:
        """Make the driver (waiting for the demo's simulator to listen) and, with `control`, the dispatcher.

        `page_limit` is the caller's default page size when the config gives none. Raises NoMcuError when there
        is no MCU, RuntimeError when the simulator did not start.
        """
        mcu = self.config.mcu
        if mcu.url is not None:
            url, user, password = mcu.url, mcu.user, mcu_password(mcu)
        elif self.simulator is not None:
            loop = asyncio.get_running_loop()
            url = "pexip+" + await loop.run_in_executor(None, self.simulator.wait_ready)
            user, password = self.simulator.user, self.simulator.password
        else:
            raise NoMcuError(NO_MCU)
        limit = mcu.page_limit or page_limit
        self.driver = driver_from_url(
            url,
            user,
            password=password,
            ca_bundle=str(mcu.ca_bundle) if mcu.ca_bundle is not None else None,
            conference=mcu.conference,
            warn_in_clear=mcu.url is not None,  # not the demo's own simulator, on loopback
            **({"page_limit": limit} if limit else {}),
        )
        self.mcu_url = url
        if self.control:
            self.commands = CommandDispatcher(self.driver, self.store, self.actor, guard=self.guard)
            self.floor.commands = self.commands
        return self.driver

    async def recall_speaker_preset(self, key: str) -> Skip | None:
        """For the floor desk: recall the site's speaker preset over VISCA at the registry's camera address; the
        `Skip` when there is no preset stored for the site or the registry has no camera address for it (far-end
        camera control through the MCU cannot recall a preset), so the grant reports the camera step as skipped."""
        preset = await asyncio.to_thread(PresetBook(self.engine).speaker_preset, key)
        if preset is None:
            return Skip.NO_PRESET
        address = self.camera_addresses.get(key)
        if address is None:
            return Skip.NO_CAMERA
        control = ViscaControl.from_url(address)
        try:
            await control.recall_preset(preset.slot)
        finally:
            await control.close()
        return None

    def close(self, timeout: float = 30.0) -> bool:
        """File the held hands, commit the log and close what the run left open (meeting, attendance, incidents:
        `closed_by` stop, at the stop time), stop the demo's processes; False if records were left unwritten."""
        try:
            self.floor.flush()  # hands raised in the last moments are filed too
        finally:
            if not self.guard.close(timeout):
                log.error("some audit entries could not be written before exit")
            done = self.store.close(timeout=timeout, at=self.hub.clock())
            if not done:
                log.error("some records could not be written before exit: %s", self.store.error)
            closed = self.store.closed
            if closed is not None:
                log.info(
                    "stopped; closed as monitoring stopped: %d meeting(s), %d attendance span(s), %d incident(s)",
                    closed.meetings,
                    closed.attendance,
                    closed.incidents,
                )
            self.engine.dispose()
            if self.lock is not None:
                self.lock.release()
            if self.simulator is not None:
                self.simulator.stop()
            if self.cameras is not None:
                self.cameras.stop_thread()
        return done and self.store.error is None


def build(
    config: Config,
    *,
    operator: str = "operator",
    simulator: SimulatorProcess | None = None,
    control: bool = True,
    cameras: bool = True,
    program: str = "gui",
    actor: Actor | None = None,
) -> Runtime:
    """Open the log and make the runtime's parts from `config` (blocking: run it off an event loop).

    With the demo and no MCU address, the bundled simulator is started here unless the caller passes the one it
    started already; with `cameras`, the demo's simulated cameras too. A SQLite log is locked for this process;
    this run is recorded in the log after closing what dead runs left open (`start_run`). Raises
    DatabaseOpenError (the log; LogInUse when another process writes it) and ConfigError (an unreadable password
    file); nothing is left running then. The accounts and the audit trail
    are opened on the log (an audit key that cannot be used raises DatabaseOpenError, naming the key file);
    `actor` is who acts (default: nobody, until `Runtime.act_as` after a sign-in).
    """
    started = None
    if simulator is None:
        simulator = started = start_simulator(config)
    lock = None
    try:
        try:  # what the door refuses is never locked nor opened (gui starts its session before the door)
            check_log(config)
        except UsageError as exc:
            raise DatabaseOpenError(str(exc)) from None
        lock = lock_log(config, program)  # first: a second writer never touches the log
        engine, sites = open_log(config)
        try:
            access = access_over(config, engine)
            run = start_run(engine, program, locked=lock is not None)
        except KeyFileError as exc:
            engine.dispose()
            raise DatabaseOpenError(str(exc)) from exc
        except BaseException:
            engine.dispose()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        if started is not None:
            started.stop()
        raise
    store = Store(engine, run=run.run_id)
    hub = Hub(
        sites,
        store=store,
        thresholds=config.health,
        rules=config.incidents,
        empty_end=config.register.empty_end,
    )
    hub.watched_until = last_watched(engine, run.run_id)
    for key, incident in hub.inherit(run.inherited).items():
        if incident.id is not None:
            store.adopt_incident(key, incident.id)
    runtime = Runtime(
        config,
        operator,
        engine,
        store,
        hub,
        simulator=simulator,
        control=control,
        lock=lock,
        run=run,
        access=access,
    )
    runtime.registry_cameras.update(registry_cameras(sites))
    runtime.meetings = MeetingBinder(hub, store, engine, config.register.attach_window)
    runtime.guard = Guard(access.trail)
    if actor is not None:
        runtime.actor = actor
    runtime.floor = FloorDesk(
        hub,
        store=store,
        policy=config.floor.policy(),
        recall=runtime.recall_speaker_preset,
        speaker_layout=config.floor.speaker_layout,
        usual_layout=config.floor.usual_layout,
        guard=runtime.guard,
    )
    hub.floor = runtime.floor  # raised hands become pending requests, lowered ones cancelled
    if cameras and config.demo.enabled:
        # a simulated camera for each camera the registry knows; the others are reached through the MCU
        runtime.cameras = CameraFleet([site.code for site in sites if site.camera]).start_in_thread()
    return runtime
