"""The one place MCU events fan out from: telemetry, incidents, the live participant table and the log.

The headless monitor and the GUI both run a Hub; the GUI listens to it, the monitor only lets it write.
Grading runs on a fixed 1 Hz tick, whatever the rate events arrive at.

A conference that has been empty for `empty_end` (10 minutes by default, `[register] empty_end_min`) has ended:
the hub writes `ConferenceEnded` (dated by its last leave), so the log's meeting row for it ends there and the
conference's next start is a new meeting (bound anew to the register), as a weekly "giao ban" is.

A run continues the history of the runs just before it: `inherit()` takes their incidents (closed by their stop or
on recovery, or resolved while they ran) so the incident list shows them; they are history, never fed to the
rules. What the hub's run leaves open when it stops is closed by the recorder (`Recorder.close`), not here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from console.domain import (
    ActiveSpeakers,
    AttendanceJoined,
    AttendanceLeft,
    Change,
    HandLowered,
    HandRaised,
    Incident,
    IncidentKind,
    IncidentOpened,
    IncidentResolved,
    LayoutChanged,
    LinkChanged,
    LinkState,
    McuEvent,
    MediaStats,
    ParentOpened,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
    Site,
    utcnow,
)
from console.domain.logtext import loggable
from console.domain.mcu import LinkReason
from console.live.incident_rules import IncidentTracker
from console.live.rules import IncidentRules, Thresholds
from console.live.telemetry import HealthGrader, HealthReport, SiteDirectory, Telemetry
from console.mcu.driver import McuDriver
from console.records import ConferenceEnded, Recorder

log = logging.getLogger("bridgewall.hub")


@dataclass(frozen=True, slots=True)
class Graded:
    """The 1 Hz tick's health report, for listeners that redraw."""

    report: HealthReport


HubNews = McuEvent | Change | Graded | ConferenceEnded
EMPTY_END = timedelta(minutes=10)
Listener = Callable[[HubNews], None]
Companion = Callable[[asyncio.Event], Awaitable[None]]
"""A task that runs beside the hub while it follows the MCU (`Hub.run`), until the event is set."""


@dataclass(frozen=True, slots=True)
class ExpectedMeeting:
    """A registered meeting whose sites are expected now (`console.register.binding.current_bookings`): the wall
    shows those that have not joined as absent, and "call all absent" dials them into `conference`."""

    meeting_id: int
    title: str
    conference: str
    sites: tuple[str, ...]  # site codes: the host site first, then the expected sites
    start: datetime
    end: datetime | None = None


class FloorHook(Protocol):
    """The speaking queue the hub feeds (`console.floor.desk.FloorDesk`)."""

    def feed(self, event: McuEvent) -> None: ...

    def tick(self, now: datetime | None = None) -> None: ...

    def holders(self) -> list[str]: ...


class Hub:
    def __init__(
        self,
        sites: Sequence[Site],
        *,
        store: Recorder | None = None,
        thresholds: Thresholds | None = None,
        rules: IncidentRules | None = None,
        clock: Callable[[], datetime] = utcnow,
        mcu_name: str = "MCU",
        empty_end: timedelta = EMPTY_END,
    ) -> None:
        self.sites = list(sites)
        self.directory = SiteDirectory(self.sites)
        self.telemetry = Telemetry(self.directory)
        self.grader = HealthGrader(self.telemetry, thresholds or Thresholds())
        self.tracker = IncidentTracker(
            self.sites, self.directory, rules=rules or IncidentRules(), mcu=mcu_name
        )
        self.store = store
        self.clock = clock
        self.participants: dict[str, Participant] = {}  # uuid → the MCU's latest view
        self.speakers: tuple[str, ...] = ()
        self.layouts: dict[str, str] = {}  # conference → layout
        self.link = LinkState.CONNECTING
        self.link_error = ""
        self.link_reason = LinkReason.NONE  # why the link is not CONNECTED (auth, tls, server, malformed, …)
        self.link_since = clock()
        self.report: HealthReport | None = None
        self.incidents: dict[int, Incident] = {}  # tracker key → incident, open and recently resolved
        # key (-1, -2 …) → an incident of the runs this one continues (`inherit`)
        self.inherited: dict[int, Incident] = {}
        self.listeners: list[Listener] = []
        self.floor: FloorHook | None = None  # fed every event and tick, before the listeners hear them
        self.companions: list[Companion] = []  # run beside the hub by `run` (the register's binding)
        # the registered meetings whose sites are expected now
        self.expected: tuple[ExpectedMeeting, ...] = ()
        # the log holds what earlier runs saw up to then: joins are never dated before it
        self.watched_until: datetime | None = None
        self._last_left: dict[str, datetime] = {}  # site → when its last span this run ended
        self.empty_end = empty_end
        # conference → since when it has had nobody in it (None: someone is in it); ended ones are dropped
        self.empty_since: dict[str, datetime | None] = {}

    def inherit(self, incidents: Sequence[Incident]) -> dict[int, Incident]:
        """Take the incidents of the runs this one continues (from the log, with their row ids), before anyone
        listens. They get keys -1, -2 … that no tracker key meets, so a person's edit finds its row; returns them."""
        self.inherited = {-n: incident for n, incident in enumerate(incidents, start=1)}
        return dict(self.inherited)

    def set_sites(self, sites: Sequence[Site]) -> None:
        """The registry was edited: names, grouping and shared faults follow `sites` from now on, and participants
        that join from now on are matched against them (those connected keep the site they were matched to)."""
        self.sites = list(sites)
        self.directory.replace(self.sites)
        self.tracker.set_sites(self.sites)

    # --- events --------------------------------------------------------------------------------------
    def feed(self, event: McuEvent) -> None:
        self.telemetry.feed(event)
        if isinstance(event, ParticipantJoined | ParticipantUpdated):
            self.participants[event.participant.uuid] = event.participant
            if event.participant.conference:
                self.empty_since[event.participant.conference] = None
        elif isinstance(event, ParticipantLeft):
            gone = self.participants.pop(event.uuid, None)
            if gone is not None and gone.conference and not self._anyone_in(gone.conference):
                self.empty_since[gone.conference] = event.at
        elif isinstance(event, HandRaised | HandLowered):
            self._set_hand(event)
        elif isinstance(event, ActiveSpeakers):
            self.speakers = event.uuids
        elif isinstance(event, LayoutChanged):
            self.layouts[event.conference] = event.layout
        elif isinstance(event, LinkChanged):
            if event.state is not self.link:
                self.link_since = event.at
                log.log(
                    logging.INFO if event.state is LinkState.CONNECTED else logging.WARNING,
                    "MCU %s%s",
                    event.state.value,
                    f": {loggable(event.error)}" if event.error else "",
                )
            self.link, self.link_error, self.link_reason = event.state, event.error, event.reason
        self._feed_floor(event)
        self._apply(self.tracker.feed(event))
        self._tell(event)
        if self.report is None and isinstance(event, MediaStats):
            self.tick(event.at)  # the first statistics are graded at once, not at the next tick

    def tick(self, now: datetime | None = None) -> HealthReport:
        """Grade every site and let the incident rules see the grades."""
        report = self.grader.grade(now or self.clock())
        self.report = report
        self._apply(self.tracker.feed_health(report))
        self._end_empty(report.at)
        if self.floor is not None:
            try:
                self.floor.tick(report.at)
            except Exception:  # a bug in the queue must not stop the console watching
                log.exception("the floor tick failed")
        self._tell(Graded(report))
        return report

    def _feed_floor(self, event: McuEvent) -> None:
        if self.floor is not None:
            try:
                self.floor.feed(event)
            except Exception:  # a bug in the queue must not stop the console watching
                log.exception("the floor could not follow %s", type(event).__name__)

    def _anyone_in(self, conference: str) -> bool:
        return any(p.conference == conference for p in self.participants.values())

    def _end_empty(self, now: datetime) -> None:
        """The conferences empty for `empty_end` have ended: their meetings end at their last leave."""
        for conference, since in list(self.empty_since.items()):
            if since is None or now - since < self.empty_end:
                continue
            del self.empty_since[conference]
            ended = ConferenceEnded(conference, since)
            log.info("conference %s has been empty since %s: its meeting ended", loggable(conference), since)
            if self.store is not None:
                self.store.put(ended)
            self._tell(ended)

    def _set_hand(self, event: HandRaised | HandLowered) -> None:
        p = self.participants.get(event.uuid)
        if p is None:
            return
        buzz = event.buzz_time if isinstance(event, HandRaised) else None
        self.participants[event.uuid] = Participant(
            uuid=p.uuid,
            display_name=p.display_name,
            conference=p.conference,
            role=p.role,
            protocol=p.protocol,
            remote_address=p.remote_address,
            is_muted=p.is_muted,
            is_video_muted=p.is_video_muted,
            spotlight=p.spotlight,
            buzz_time=buzz,
            connect_time=p.connect_time,
        )

    def _apply(self, changes: list[Change]) -> None:
        if not changes:
            return
        changes = [self._dated(c) for c in changes]
        for change in changes:
            if isinstance(change, IncidentOpened | ParentOpened):
                self.incidents[change.key] = change.incident
                i = change.incident
                log.warning(
                    "incident opened: %s %s at %s%s",
                    i.severity.value,
                    i.kind.value,
                    self._named(i.site),
                    f" ({loggable(i.detail)})" if i.detail else "",
                )
            elif isinstance(change, IncidentResolved):
                opened = self.incidents.get(change.key)
                if opened is not None:
                    log.info("incident resolved: %s at %s", opened.kind.value, self._named(opened.site))
        if self.store is not None:
            self.store.record(changes)
        for change in changes:
            self._tell(change)

    def _dated(self, change: Change) -> Change:
        """`change` with a join dated by `_mcu_time`; a leave remembered, in order, as the bound of a rejoin."""
        if isinstance(change, AttendanceLeft):
            self._last_left[change.site] = change.at
        elif isinstance(change, AttendanceJoined):
            return self._mcu_time(change)
        return change

    def _mcu_time(self, join: AttendanceJoined) -> AttendanceJoined:
        """A join dated by the MCU's connect time when the MCU says the site connected before it was seen (a
        console started during the meeting): attendance is the MCU's, not the moment the console looked. Never
        before `watched_until` (what an earlier run saw is in the log already, its spans are not doubled), nor before
        the site's last leave this run (the MCU's whole-second connect time must not overlap the span just ended)."""
        p = self.participants.get(join.uuid)
        connected = p.connect_time if p is not None else None
        if connected is None or connected >= join.at:
            return join
        for floor in (self.watched_until, self._last_left.get(join.site)):
            if floor is not None:
                connected = min(max(connected, floor), join.at)
        return replace(join, at=connected)

    def absent_sites(self) -> list[tuple[str, ExpectedMeeting]]:
        """The expected sites of the meetings expected now that are not in the meeting and not lost (a site whose
        link dropped is lost, never absent), each with its meeting; in the meetings' order, host site first."""
        if not self.expected:
            return []
        present = {self.site_key(p) for p in self.participants.values()}
        lost = {i.site for i in self.tracker.open_incidents().values() if i.kind is IncidentKind.LINK_DOWN}
        seen: set[str] = set()
        absent: list[tuple[str, ExpectedMeeting]] = []
        for meeting in self.expected:
            for code in meeting.sites:
                if code in present or code in lost or code in seen:
                    continue
                seen.add(code)
                absent.append((code, meeting))
        return absent

    def _tell(self, news: HubNews) -> None:
        for listener in self.listeners:
            listener(news)

    def _named(self, key: str) -> str:
        """A site key for a log line: the registry code with the site's name beside it (or the MCU's name, escaped)."""
        site = self.directory.site(key)
        return f"{key} ({loggable(site.name)})" if site is not None else loggable(key)

    def open_readiness(self, site: str, at: datetime, detail: str, meeting_id: int | None) -> None:
        """Open a readiness incident (an expected site not ready at T−30) through the incident path."""
        self._apply(self.tracker.open_readiness(site, at, detail, meeting_id))

    def resolve_readiness(self, site: str, at: datetime) -> None:
        self._apply(self.tracker.resolve_readiness(site, at))

    def floor_holders(self) -> list[str]:
        """Site keys that hold the floor now, one per conference at most."""
        return self.floor.holders() if self.floor is not None else []

    def site_key(self, participant: Participant) -> str:
        return self.directory(participant.display_name, participant.remote_address)

    # --- running against a driver ---------------------------------------------------------------------
    async def run(self, driver: McuDriver, stop: asyncio.Event, tick_interval: float = 1.0) -> None:
        """Follow `driver` until `stop` is set, grading every `tick_interval` seconds."""
        await driver.connect()
        ticker = asyncio.create_task(self._ticks(stop, tick_interval), name="hub-ticks")
        beside = [
            asyncio.create_task(self._companion(c, stop), name="hub-companion") for c in self.companions
        ]
        events = driver.events()

        async def follow() -> None:
            async for event in events:
                self.feed(event)
                if stop.is_set():
                    return

        # One waiter for the whole run, not one per event: a national roll-call is thousands of events at once.
        follower = asyncio.ensure_future(follow())
        stopped = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({follower, stopped}, return_when=asyncio.FIRST_COMPLETED)
            for task in (follower, stopped):
                task.cancel()
            for task in (follower, stopped):
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        finally:
            for task in (ticker, *beside):
                task.cancel()
            for task in (ticker, *beside):
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await driver.close()

    @staticmethod
    async def _companion(companion: Companion, stop: asyncio.Event) -> None:
        try:
            await companion(stop)
        except asyncio.CancelledError:
            raise
        except Exception:  # a companion's bug must not stop the console watching
            log.exception("a task beside the hub failed")

    async def _ticks(self, stop: asyncio.Event, interval: float) -> None:
        loop = asyncio.get_running_loop()
        next_at = loop.time()
        while not stop.is_set():
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - loop.time()))
            try:
                self.tick()
            except Exception:  # a bug in grading must not stop the console watching
                log.exception("grading failed")
