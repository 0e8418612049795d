"""One runtime for `gui` and `monitor`: `build(config)` opens the log and its registry and makes the writer, the hub
(thresholds and incident rules from the config) and the floor desk (its policy from the config); `attach()` then
makes the MCU driver from `config.mcu` (and, for a console that acts, the command dispatcher).

The demo is a profile, asked for by `--demo` (`config.demo.enabled`): the bundled simulator as its own process
with a password made for the run (unless an MCU address was given), the sites of the demo's meeting added to the
log's registry where missing (`console.sim.sites.scenario_sites`: Điện Biên, then the other provinces), and a
simulated camera per site. Nothing else ever loads the demo network into a log.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from console.camera.control import ViscaControl
from console.commands.dispatcher import CommandDispatcher
from console.domain import Site
from console.floor.desk import FloorDesk
from console.live.hub import Hub
from console.mcu.dialects import driver_from_url
from console.mcu.driver import McuDriver
from console.runtime.args import UsageError
from console.runtime.config import Config, log_password, masked, mcu_password
from console.sim.cameras import CameraFleet
from console.sim.process import SimulatorProcess
from console.sim.sites import scenario_sites
from db.engine import APP_NAME, DB_FILENAME, DatabaseOpenError, open_database, session_factory
from db.presets import PresetBook
from db.sites import add_missing_sites, load_sites
from db.writer import Store

log = logging.getLogger("bridgewall.runtime")
DEMO_DB_FILENAME = "bridgewall-demo.sqlite3"  # the demo's own log, beside the default one
SQLITE_MAGIC = b"SQLite format 3\x00"
NO_MCU = (
    "no MCU is configured: give --mcu pexip+https://HOST:PORT or [mcu] url in the configuration file, "
    "or start the demo with --demo"
)


class NoMcuError(RuntimeError):
    """Neither an MCU address nor the demo's simulator: the console runs on the log alone."""


# --- the log's address --------------------------------------------------------------------------------------
def data_directory() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def log_url(config: Config, *, create: bool = True) -> str:
    """The log's URL as configured (no password added): `log.url`, else the demo's file with `--demo`, else the
    default file in the per-user data directory (created with `create`)."""
    if config.log.url is not None:
        return config.log.url
    directory = data_directory()
    if create:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                f"cannot create the data directory {directory}: {exc.strerror or exc}"
            ) from exc
    name = DEMO_DB_FILENAME if config.demo.enabled else DB_FILENAME
    return URL.create("sqlite", database=str(directory / name)).render_as_string()


def shown_log(config: Config) -> str:
    """The log's address as shown to people: the default file spelled out, passwords hidden."""
    return masked(log_url(config, create=False))


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


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None (in-memory, or not SQLite)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or (database.startswith("file:") and "mode=memory" in database):
        return None
    if database.startswith("file:"):
        return Path(database[len("file:") :].split("?", 1)[0])
    return Path(database)


def check_log(config: Config) -> str:
    """The checks at the door, before anything is opened or created; returns the log's URL (without password).

    Raises UsageError for an address that cannot be a log: not a URL, an unsupported database, a SQLite path that
    is a directory, an unreadable file or a file that is not a SQLite database. A file that does not exist yet
    passes (gui and monitor create it; export says there is none).
    """
    url = log_url(config, create=False)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise UsageError(
            f"not a database URL: {masked(url)!r} (e.g. sqlite:///path/to/log.sqlite3)"
        ) from None
    path = sqlite_path(parsed)
    if path is None or not path.exists():
        return url
    if path.is_dir():
        raise UsageError(f"the log {path} is a directory, not a database file")
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UsageError(f"cannot read the log {path}: {exc.strerror or exc}") from None
    if head and head != SQLITE_MAGIC:
        raise UsageError(f"the log {path} is not a SQLite database")
    return url


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
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise DatabaseOpenError(f"cannot read the log's sites: {detail}") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine, sites


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
    simulator: SimulatorProcess | None = None
    cameras: CameraFleet | None = None
    control: bool = True  # make a command dispatcher (the window acts on the MCU; monitor only watches)
    driver: McuDriver | None = None
    commands: CommandDispatcher | None = None
    mcu_url: str = ""  # the address attached to (the simulator's, in the demo)

    @property
    def camera_addresses(self) -> dict[str, str]:
        return self.cameras.addresses if self.cameras is not None else {}

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
            self.commands = CommandDispatcher(self.driver, self.store, self.operator)
            self.floor.commands = self.commands
        return self.driver

    async def recall_speaker_preset(self, key: str) -> None:
        """For the floor desk: recall the site's speaker preset over VISCA, if its camera and preset are known."""
        address = self.camera_addresses.get(key)
        if address is None:
            return
        preset = await asyncio.to_thread(PresetBook(self.engine).speaker_preset, key)
        if preset is None:
            return
        control = ViscaControl.from_url(address)
        try:
            await control.recall_preset(preset.slot)
        finally:
            await control.close()

    def close(self, timeout: float = 30.0) -> bool:
        """File the held hands, commit the log, stop the demo's processes; False if records were left unwritten."""
        try:
            self.floor.flush()  # hands raised in the last moments are filed too
        finally:
            done = self.store.close(timeout=timeout)
            if not done:
                log.error("some records could not be written before exit: %s", self.store.error)
            self.engine.dispose()
            if self.simulator is not None:
                self.simulator.stop()
            if self.cameras is not None:
                self.cameras.stop_thread()
        return done and self.store.error is None


def start_simulator(config: Config) -> SimulatorProcess | None:
    """The demo's simulator, when the demo runs without an MCU address; started at once (it loads meanwhile)."""
    if not config.demo.enabled or config.mcu.url is not None:
        return None
    demo = config.demo
    return SimulatorProcess(demo.sites, demo.scenario, demo.seed)


def build(
    config: Config,
    *,
    operator: str = "operator",
    simulator: SimulatorProcess | None = None,
    control: bool = True,
    cameras: bool = True,
) -> Runtime:
    """Open the log and make the runtime's parts from `config` (blocking: run it off an event loop).

    With the demo and no MCU address, the bundled simulator is started here unless the caller passes the one it
    started already; with `cameras`, the demo's simulated cameras too. Raises DatabaseOpenError (the log) and
    ConfigError (an unreadable password file); nothing is left running then.
    """
    started = None
    if simulator is None:
        simulator = started = start_simulator(config)
    try:
        engine, sites = open_log(config)
    except BaseException:
        if started is not None:
            started.stop()
        raise
    store = Store(engine)
    hub = Hub(sites, store=store, thresholds=config.health, rules=config.incidents)
    runtime = Runtime(config, operator, engine, store, hub, simulator=simulator, control=control)
    runtime.floor = FloorDesk(
        hub,
        store=store,
        policy=config.floor.policy(),
        recall=runtime.recall_speaker_preset,
        speaker_layout=config.floor.speaker_layout,
        usual_layout=config.floor.usual_layout,
    )
    hub.floor = runtime.floor  # raised hands become pending requests, lowered ones cancelled
    if cameras and config.demo.enabled:
        runtime.cameras = CameraFleet([site.code for site in sites]).start_in_thread()
    return runtime
