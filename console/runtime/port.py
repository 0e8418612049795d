"""The session's end of the bridge (`console.runtime.bridge`): what runs the window's requests on the session's loop
and publishes its news — the port, the parts it drives, and the copies it makes of the hub's state.

    port = SessionPort(parts, loop, publish=outbox.append)   # on the session's thread, once the hub exists
    future = port.submit(SiteCommand("DB.X.NASON", SiteAction.MUTE_AUDIO))
    future.result()  # -> CommandOutcome(state="ok", detail="")

Only where the session runs is this loaded (its process; or its thread, for tests and tools), with the hub, the
desks and the log behind it: the window's process needs only the messages in `console.runtime.bridge`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
import numpy.typing as npt

from console.access import Accounts, Actor, Guard, Permission
from console.access.screenlock import ScreenLock
from console.commands.dispatcher import Command, CommandDispatcher
from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    Capability,
    Health,
    LayoutChanged,
    LayoutPreset,
    LinkChanged,
    Participant,
    Site,
    SiteChange,
)
from console.floor.desk import ActionReport, FloorChanged, FloorDesk, SpeakingTimeWarning
from console.incidents.desk import IncidentDesk
from console.live.hub import Graded, Hub, HubNews
from console.live.rules import Thresholds
from console.live.telemetry import Metric
from console.live.wall import WallData, WallFeed
from console.mcu.dialects import REGISTRY, Dialect, dialect_of
from console.presets.camera import SitePresets, camera_control_for
from console.presets.layouts import LayoutPresetStore, apply_layout_preset, watch_commands
from console.records import PresetBook
from console.runtime.bridge import (
    DEMO_OPERATOR,
    AccessRequest,
    ApplyLayout,
    AttendanceNews,
    AttendanceReader,
    CallAbsent,
    CommandOutcome,
    CreateFirstAdministrator,
    DeleteLayoutPreset,
    DemoSignIn,
    FloorCommand,
    FloorNews,
    FloorOp,
    GroupWall,
    HistoryChartsQuery,
    HistoryQuery,
    IncidentAction,
    IncidentNews,
    IncidentOp,
    LayoutNews,
    LinkNews,
    ListLayoutPresets,
    ListSites,
    LoadLayouts,
    LockWindow,
    MakeReport,
    MeetingDetailQuery,
    Outbound,
    ReadinessRequest,
    Ready,
    RegisterRequest,
    RegistryStore,
    ReportsDue,
    Request,
    Roster,
    SaveLayoutPreset,
    SaveSites,
    Series,
    SignOut,
    SiteAction,
    SiteAttendance,
    SiteAttendanceRequest,
    SiteCommand,
    SiteFrame,
    SiteFrameRequest,
    SiteHistoryRequest,
    SitesSaved,
    UnlockWindow,
    WallFrame,
    check_site,
    local_day_start,
)
from console.runtime.cameras import CameraDesk, CameraFor, CameraRequest
from console.runtime.config import Config
from console.runtime.meeting_live import call_absent_now
from console.runtime.readiness_port import ReadinessBoardPort

if TYPE_CHECKING:
    from console.runtime.history import HistoryReader
    from console.runtime.register_port import RegisterDesk
    from console.runtime.report_port import ReportDesk

log = logging.getLogger("bridgewall.bridge")

DEMO_DIALECT = "pexip"  # the dialect of the bundled simulator


async def lock_request(
    lock: ScreenLock, actor: Actor, accounts: Accounts | None, request: LockWindow | UnlockWindow
) -> Actor:
    """Lock (→ nobody acts) or unlock (→ the locked person again)."""
    if isinstance(request, LockWindow):
        lock.lock(actor, request.idle_min)
        return Actor("", frozenset())
    if accounts is None:
        raise RuntimeError("this session keeps no accounts")
    return await asyncio.to_thread(lock.unlock, accounts, request.password)


def declared_dialect(config: Config) -> Dialect | None:
    """The dialect the session will speak, known before anything connects: the configured MCU's, else the demo
    simulator's; None when no MCU is configured."""
    if config.mcu.url:
        return dialect_of(config.mcu.url)
    return REGISTRY[DEMO_DIALECT] if config.demo.enabled else None


def site_frame(hub: Hub, request: SiteFrameRequest) -> SiteFrame:
    """What the site detail shows, copied out of the hub (on the hub's thread)."""
    key = request.site
    tel, report = hub.telemetry, hub.report
    series: dict[Metric, Series] = {}
    grades: dict[Metric, Health] = {}
    for metric in request.metrics:
        times, values = tel.series(key, metric, request.window_s, request.now)
        series[metric] = Series(np.array(times, dtype=np.float64), np.array(values, dtype=np.float32))
        grades[metric] = report.grade(key, metric) if report is not None else Health.UNKNOWN
    expected: float | None = None
    if report is not None and (i := report.index(key)) is not None:
        value = float(report.expected_kbps[i])
        expected = value if np.isfinite(value) else None
    return SiteFrame(
        site=hub.directory.site(key),
        participants=tuple(p for p in list(hub.participants.values()) if hub.site_key(p) == key),
        series=MappingProxyType(series),
        grades=MappingProxyType(grades),
        expected_kbps=expected,
    )


def roster_of(hub: Hub) -> Roster:
    by_site: dict[str, list[Participant]] = {}
    conference = ""
    for p in list(hub.participants.values()):
        by_site.setdefault(hub.site_key(p), []).append(p)
        conference = conference or p.conference
    conference = next(iter(hub.layouts), "") or conference
    return Roster(MappingProxyType({k: tuple(v) for k, v in by_site.items()}), conference)


def freeze_frame(feed: WallFeed, seconds: int) -> WallData:
    """A copy of the feed's wall that nobody writes again: arrays copied, the recent series read out once."""
    live = feed.data
    rows = np.arange(len(live.index), dtype=np.int64)
    series = {name: values for name, values in feed.read_series(rows, seconds).items()}
    for values in series.values():
        values.flags.writeable = False
    span = seconds

    def read_series(rows: npt.NDArray[np.int64], seconds: int) -> dict[str, npt.NDArray[np.float32]]:
        n = min(seconds, span)
        return {name: values[rows, span - n :] for name, values in series.items()}

    frame = WallData(live.index, read_series)
    frame.flags[:] = live.flags
    frame.health[:] = live.health
    frame.parts[:] = live.parts
    frame.age[:] = live.age
    frame.version = live.version
    for array in (frame.flags, frame.health, frame.parts, frame.age):
        array.flags.writeable = False
    return frame


class SharedIncidents(Protocol):
    """Other consoles on the same PostgreSQL log told of this one's incident decisions (`console.runtime.sync`)."""

    def incident_changed(self, keys: Iterable[int], op: str, by: str) -> object: ...


ShareIncidents = Callable[[IncidentDesk, Callable[[Callable[[], None]], object]], SharedIncidents | None]


@dataclass
class SessionParts:
    """What the port drives, all living on the session's thread."""

    hub: Hub
    operator: str
    commands: Callable[[], CommandDispatcher | None]  # the dispatcher once the MCU is attached
    layouts: Callable[[str], Awaitable[list[str]]]  # the MCU's layouts for a conference
    floor: FloorDesk  # the runtime's floor desk, already fed by the hub
    presets: PresetBook | None = None  # where layout and camera presets are kept
    camera_addresses: Mapping[str, str] = field(default_factory=dict)  # site → visca://HOST:PORT
    dialect: str = ""  # the MCU's dialect, "" when no MCU is configured (`declared_dialect`)
    capabilities: frozenset[Capability] = frozenset()  # what that dialect declares
    attendance: AttendanceReader | None = None  # reads the log's attendance (None: no log to read)
    registry: RegistryStore | None = None  # the stored site registry (None: no log to keep it in)
    registry_saved: Callable[[tuple[Site, ...]], None] | None = None  # told every save (camera addresses)
    accounts: Accounts | None = None  # who may sign in (None: nobody can, every guarded request is refused)
    guard: Guard = field(default_factory=lambda: Guard(None))  # the permission check and the audit trail
    act_as: Callable[[Actor], None] = lambda _actor: None  # tells the runtime who acts now (the dispatcher)
    needs_administrator: bool = False  # the log has no active administrator yet
    demo: bool = False
    # several consoles on one PostgreSQL log: hear the others' incident decisions, tell them ours (None: SQLite)
    share_incidents: ShareIncidents = lambda _desk, _call_soon: None
    history: HistoryReader | None = None  # reads the history view's rows (None: no log to read)
    readiness: ReadinessBoardPort | None = None  # the readiness board's requests (None: no log)
    reports: ReportDesk | None = None  # makes the reports from the log (None: no log to report from)
    register: RegisterDesk | None = None  # the meeting register in the log (None: no log to keep it in)


class SessionPort:
    """The session's end of the bridge: publishes `Outbound` messages and runs `Request`s on the session's loop.

    Built on the session's thread once the hub exists; `publish` may be called from that thread only and must
    not block (the window's end queues what it gets).
    """

    def __init__(
        self,
        parts: SessionParts,
        loop: asyncio.AbstractEventLoop,
        publish: Callable[[Outbound], None],
        *,
        wall_seconds: int = 120,
    ) -> None:
        self.parts = parts
        self.hub = parts.hub
        self.loop = loop
        self.publish = publish
        self.wall_seconds = wall_seconds
        self.feed = WallFeed(self.hub)
        self.incidents = IncidentDesk(self.hub, guard=parts.guard)
        self.floor = parts.floor
        self.guard = parts.guard
        self.screen_lock = ScreenLock(parts.guard)  # the idle lock: who the window is locked for
        self.actor: Actor = Actor(
            "", frozenset()
        )  # nobody, until a sign-in: every guarded request is refused
        self.layout_presets = (
            LayoutPresetStore(parts.presets, parts.guard) if parts.presets is not None else None
        )
        self._tasks: set[asyncio.Task[Any]] = set()
        self.cameras = CameraDesk(self._camera_presets)  # the open calibrations, closed when the loop ends
        self._tasks.add(loop.create_task(self.cameras.close_at_end(), name="bridge:cameras"))
        self.hub.listeners.append(self._on_hub)
        self.incidents.subscribe(lambda news: self.publish(IncidentNews(news)))
        self.shared = parts.share_incidents(self.incidents, loop.call_soon_threadsafe)
        self.floor.subscribe(self._on_floor)
        publish(
            Ready(
                tuple(self.hub.sites),
                self.hub.grader.thresholds,
                parts.operator,
                self.incidents.keep_resolved,
                tuple(self.incidents.entries()),
                parts.dialect,
                frozenset(parts.capabilities),
                parts.needs_administrator,
                parts.demo,
            )
        )
        self.publish_wall(relayout=True)

    # --- out ------------------------------------------------------------------------------------------------
    def publish_wall(self, relayout: bool) -> None:
        self.publish(
            WallFrame(
                freeze_frame(self.feed, self.wall_seconds), relayout, roster_of(self.hub), self.feed.group_by
            )
        )

    def _on_hub(self, news: HubNews) -> None:
        if self.floor.commands is None:
            self.floor.commands = self.parts.commands()
        if isinstance(news, Graded):
            self.publish_wall(relayout=self.feed.update(news.report))
        elif isinstance(news, LinkChanged):
            self.publish(LinkNews(news))
        elif isinstance(news, AttendanceJoined | AttendanceLeft):
            self.publish(AttendanceNews(news))
        elif isinstance(news, LayoutChanged):
            self.publish(LayoutNews(news))

    def _on_floor(self, news: object) -> None:
        if isinstance(news, FloorChanged | ActionReport | SpeakingTimeWarning):
            self.publish(FloorNews(news))

    # --- in -------------------------------------------------------------------------------------------------
    def submit(self, request: Request) -> concurrent.futures.Future[Any]:
        """Run a request on the session's loop, from any thread."""
        return asyncio.run_coroutine_threadsafe(self.handle(request), self.loop)

    def _act_as(self, actor: Actor) -> Actor:
        self.actor = actor
        self.parts.act_as(actor)
        return actor

    async def _access(self, request: AccessRequest) -> Actor:
        if isinstance(request, LockWindow | UnlockWindow):
            return self._act_as(
                await lock_request(self.screen_lock, self.actor, self.parts.accounts, request)
            )
        if isinstance(request, SignOut):
            self.screen_lock.hand_over()
            if self.actor.name:
                self.guard.record(self.actor, "sign-out", self.actor.name)
            return self._act_as(Actor("", frozenset()))
        if isinstance(request, DemoSignIn):
            if not self.parts.demo:
                raise PermissionError("only the demo signs in without a password")
            self.guard.record(
                DEMO_OPERATOR, "sign-in", DEMO_OPERATOR.name, detail="the demo's operator, by --demo"
            )
            return self._act_as(DEMO_OPERATOR)
        accounts = self.parts.accounts
        if accounts is None:
            raise RuntimeError("this session keeps no accounts")
        if isinstance(request, CreateFirstAdministrator):
            await asyncio.to_thread(accounts.add_first_administrator, request.name, request.password)
        actor = await asyncio.to_thread(accounts.sign_in, request.name, request.password)
        return self._act_as(actor)

    async def handle(self, request: Request) -> Any:
        if isinstance(request, AccessRequest):
            return await self._access(request)
        if isinstance(request, SiteCommand):
            return await self._site_command(request)
        if isinstance(request, CallAbsent):
            return await call_absent_now(self.hub, self.parts.commands(), self.actor)
        if isinstance(request, GroupWall):
            self.feed.set_group_by(request.field)
            self.publish_wall(relayout=self.feed.update())
            return None
        if isinstance(request, ApplyLayout):
            return await self._apply_layout(request.preset)
        if isinstance(request, LoadLayouts):
            return await self.parts.layouts(request.conference)
        if isinstance(request, FloorCommand):
            return await self._floor(request)
        if isinstance(request, IncidentAction):
            return self._incident(request)
        if isinstance(request, SiteFrameRequest):
            return site_frame(self.hub, request)
        if isinstance(request, SiteAttendanceRequest):
            reader = self.parts.attendance
            if reader is None:
                raise RuntimeError("this session keeps no log to read")
            conference = roster_of(self.hub).conference
            since = local_day_start(request.now)
            return await asyncio.to_thread(reader, request.site, conference, since)
        if isinstance(request, SiteHistoryRequest | ListSites | SaveSites):
            return await self._registry(request)
        if isinstance(request, HistoryQuery | HistoryChartsQuery | MeetingDetailQuery):
            from console.runtime.history import answer

            return await answer(self, request)
        if isinstance(request, CameraFor):
            return await self.cameras.open(request.site)
        if isinstance(request, CameraRequest):
            return await self.cameras.handle(request)
        if isinstance(request, ReadinessRequest):
            if self.parts.readiness is None:
                raise RuntimeError("this session keeps no log to read")
            return await self.parts.readiness.handle(request, self.actor)
        if isinstance(request, ReportsDue | MakeReport):
            from console.runtime.report_port import handle_report

            return await handle_report(self.parts.reports, self.guard, self.actor, request)
        if isinstance(request, RegisterRequest):
            from console.runtime.register_port import handle_register  # it imports these requests

            return await asyncio.to_thread(
                handle_register, self.parts.register, request, self.actor, self.guard
            )
        store = self.layout_presets
        if store is None:
            raise RuntimeError("presets are not kept in this session")
        if isinstance(request, ListLayoutPresets):
            return await asyncio.to_thread(store.presets)
        if isinstance(request, SaveLayoutPreset):
            return await asyncio.to_thread(store.save, self.actor, request.preset)
        if isinstance(request, DeleteLayoutPreset):
            return await asyncio.to_thread(store.delete, self.actor, request.preset_id)
        raise TypeError(f"not a bridge request: {request!r}")

    async def _registry(self, request: SiteHistoryRequest | ListSites | SaveSites) -> Any:
        store = self.parts.registry
        if store is None:
            raise RuntimeError("this session keeps no site registry")
        if isinstance(request, SiteHistoryRequest):
            return tuple(await asyncio.to_thread(store.history, request.site))
        if isinstance(request, ListSites):
            return tuple(await asyncio.to_thread(store.load))
        target = ", ".join(site.code for site in request.sites)
        self.guard.require(self.actor, Permission.REGISTRY_EDIT, target)
        stored = tuple(await asyncio.to_thread(store.load))
        for site in request.sites:
            refused = check_site(site, stored)
            if refused is not None:
                raise refused
        # kept in the history as the signed-in person, whatever name the window wrote
        saved: SitesSaved = await asyncio.to_thread(
            store.save, request.sites, self.actor.name or request.actor
        )
        self.guard.record(self.actor, Permission.REGISTRY_EDIT.value, target)
        self._registry_applied(saved.sites)
        return saved

    def _registry_applied(self, sites: tuple[Site, ...]) -> None:
        """A saved registry takes effect at once: the hub's matching, names and shared faults, the wall's names and
        groups (a relaid-out frame goes out now), the camera addresses."""
        self.hub.set_sites(sites)
        self.feed.registry_changed()
        self.publish_wall(relayout=self.feed.update())
        if self.parts.registry_saved is not None:
            self.parts.registry_saved(sites)

    async def _site_command(self, request: SiteCommand) -> CommandOutcome:
        commands = self.parts.commands()
        if commands is None:
            return CommandOutcome("unreachable", "not connected to an MCU")
        key, action, hub = request.site, request.action, self.hub
        participant = roster_of(hub).first(key)
        if action is SiteAction.DIAL:
            site = hub.directory.site(key)
            conference = roster_of(hub).conference or "giaoban"
            command = commands.dial(
                conference, site.address if site else key, site.name if site else key, actor=self.actor
            )
        elif participant is None:
            return CommandOutcome("error", "the site is not in the meeting")
        else:
            p, who = participant, self.actor
            command = {
                SiteAction.MUTE_AUDIO: lambda: commands.mute_audio(
                    p.conference, p.uuid, key, True, actor=who
                ),
                SiteAction.UNMUTE_AUDIO: lambda: commands.mute_audio(
                    p.conference, p.uuid, key, False, actor=who
                ),
                SiteAction.MUTE_VIDEO: lambda: commands.mute_video(
                    p.conference, p.uuid, key, True, actor=who
                ),
                SiteAction.UNMUTE_VIDEO: lambda: commands.mute_video(
                    p.conference, p.uuid, key, False, actor=who
                ),
                SiteAction.DISCONNECT: lambda: commands.disconnect(p.conference, p.uuid, key, actor=who),
            }[action]()
        return await _outcome(command)

    async def _apply_layout(self, preset: LayoutPreset) -> CommandOutcome:
        commands = self.parts.commands()
        if commands is None:
            return CommandOutcome("unreachable", "not connected to an MCU")
        participants = list(self.hub.participants.values())
        conference = roster_of(self.hub).conference or "giaoban"
        applied = apply_layout_preset(commands, conference, preset, participants, self.hub.site_key)
        done: asyncio.Future[CommandOutcome] = self.loop.create_future()

        def report(state: Any, detail: str) -> None:
            if state.value != "pending" and not done.done():
                done.set_result(CommandOutcome(state.value, detail))

        watch_commands(applied.commands, report)
        return await done

    async def _floor(self, c: FloorCommand) -> Any:
        desk = self.floor
        if desk.commands is None:
            desk.commands = self.parts.commands()
        op, who, rid = c.op, self.actor, c.request_id  # the signed-in person, whatever name the window wrote
        if op is FloorOp.PUBLISH:
            return desk.publish()
        if op is FloorOp.ADD_REQUEST:
            kwargs: dict[str, Any] = {
                "actor": who,
                "source": c.source,
                "delegate": c.delegate,
                "topic": c.topic,
                "stranger": c.stranger,
            }
            if c.priority is not None:
                kwargs["priority"] = c.priority
            return desk.add_request(c.site, **kwargs)
        if op is FloorOp.GRANT_NEXT:
            return await desk.grant_next(who)
        if op is FloorOp.LOWER_ALL_HANDS:
            return await desk.lower_all_hands(who)
        assert rid is not None, f"{op} needs a request id"
        if op is FloorOp.MOVE_TO_TURN:
            assert c.turn is not None
            return desk.move_to_turn(rid, c.turn, who)
        if op is FloorOp.DENY:
            return desk.deny(rid, who)
        action: Callable[[int, Actor], Awaitable[ActionReport]] = {
            FloorOp.GRANT: desk.grant,
            FloorOp.RELEASE: desk.release,
            FloorOp.LOWER_HAND: desk.lower_hand,
        }[op]
        return await action(rid, who)

    def _camera_presets(self, key: str) -> SitePresets | None:
        book = self.parts.presets
        if book is None:
            return None
        control = camera_control_for(
            key, self.parts.camera_addresses, self.parts.commands(), roster_of(self.hub).first(key)
        )
        if control is None:
            return None
        return SitePresets(key, control, book, self.actor, guard=self.guard)

    def _incident(self, a: IncidentAction) -> bool:
        desk = self.incidents
        entry = desk.entry(a.key)
        if entry is None:
            return False
        if a.op is IncidentOp.ACKNOWLEDGE:
            assert a.at is not None
            changed = desk.acknowledge(a.key, self.actor, a.at)
        elif a.op is IncidentOp.ANNOTATE:
            desk.annotate(a.key, cause=a.cause, fix=a.fix, eta=a.eta, by=self.actor, clear_eta=a.clear_eta)
            changed = True
        elif a.op is IncidentOp.REOPEN:
            assert a.at is not None
            changed = desk.reopen(a.key, self.actor, a.at)
        else:
            assert a.at is not None
            changed = desk.resolve(a.key, self.actor, a.at, cause=a.cause, fix=a.fix)
        if changed and self.shared is not None:
            self.shared.incident_changed((a.key, *entry.children), a.op.value, self.actor.name)
        return changed


async def _outcome(command: Command) -> CommandOutcome:
    done: asyncio.Future[CommandOutcome] = asyncio.get_running_loop().create_future()

    def finished(c: Command) -> None:
        if c.state.value != "pending" and not done.done():
            done.set_result(CommandOutcome(c.state.value, c.detail))

    command.add_listener(finished)
    return await done


class HubSiteSource:
    """The site detail's source on the hub's own thread (tests, tools): frames are made and delivered at once."""

    def __init__(
        self,
        hub: Hub,
        incidents: IncidentDesk | None = None,
        attendance: AttendanceReader | None = None,
        registry: RegistryStore | None = None,
        actor: Actor | None = None,
    ) -> None:
        self.hub = hub
        desk = incidents if incidents is not None else IncidentDesk(hub)
        self.incidents = desk.acting_as(
            actor if actor is not None else Actor("", frozenset())
        )  # who acts on it
        self.reader = attendance  # None: no log, only what is seen from now on
        self.registry = registry  # None: no history kept

    def history(
        self,
        request: SiteHistoryRequest,
        deliver: Callable[[tuple[SiteChange, ...]], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        if self.registry is None:
            deliver(())
            return
        try:
            found = tuple(self.registry.history(request.site))
        except Exception as exc:  # the log unreadable: said where the history would be
            failed(exc)
            return
        deliver(found)

    @property
    def thresholds(self) -> Thresholds:
        return self.hub.grader.thresholds

    def site(self, key: str) -> Site | None:
        return self.hub.directory.site(key)

    def frame(self, request: SiteFrameRequest, deliver: Callable[[SiteFrame], None]) -> None:
        deliver(site_frame(self.hub, request))

    def attendance(
        self,
        request: SiteAttendanceRequest,
        deliver: Callable[[SiteAttendance], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        since = local_day_start(request.now)
        if self.reader is None:
            deliver(SiteAttendance((), None, since))
            return
        try:
            found = self.reader(request.site, roster_of(self.hub).conference, since)
        except Exception as exc:  # the log unreadable: said where the spans would be
            failed(exc)
            return
        deliver(found)

    def watch_attendance(
        self, listener: Callable[[AttendanceJoined | AttendanceLeft], None]
    ) -> Callable[[], None]:
        def on_hub(news: HubNews) -> None:
            if isinstance(news, AttendanceJoined | AttendanceLeft):
                listener(news)

        listeners = self.hub.listeners
        listeners.append(on_hub)
        return lambda: listeners.remove(on_hub) if on_hub in listeners else None
