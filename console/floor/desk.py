"""The speaking queue as the console runs it: one `FloorControl` per conference, fed by the MCU, acted on by
the operator, followed by the MCU, and written to the log.

    desk = FloorDesk(hub, commands=dispatcher, store=store)     # hub.floor = desk: the hub feeds it
    report = await desk.grant(request_id, actor=an)            # an Actor with the operator role; unmute, camera, spotlight, lower the hand
    report.steps, report.failed_step, report.state

Where requests come from
    A raised hand at the MCU (`HandRaised`) files a request with source MCU whose `requested_at` is the
    server's buzz time. Hands that arrive together (the participant sync when the console connects) are filed
    as one batch, in the server's buzz-time order (`FloorControl.request_batch`): a hand is held for
    `batch_window` seconds after the latest one (at most `batch_limit` after the first) before the batch is
    filed; anything else that touches the floor files the held hands first. Without a running event loop
    held hands wait for `flush()` or the next `tick()`. A lowered hand (`HandLowered`) withdraws a waiting
    request (CANCELLED); a site that leaves (`ParticipantLeft`) loses its request (DISCONNECT). The operator
    files requests that came by phone, e-mail or Zalo with `add_request` (source, delegate and topic kept).

The floor follows the MCU
    A grant is one action of several MCU commands, run in order through the `CommandDispatcher`; each step's
    result is reported (`ActionReport.steps`). The floor's state changes only when the MCU did what it means:

    grant    [mute the holder → the holder is REVOKED (preempted); spotlight off the holder]
             unmute the site → GRANTED; then recall its speaker camera preset (when the recaller has one),
             spotlight it (or transform to `speaker_layout`), lower its hand (when raised). A failed unmute
             (or a failed mute of the holder) stops the grant with nothing changed past the last step that
             succeeded; a failed later step is reported and the site keeps the floor — its microphone is open.
    release / revoke
             mute the site → RELEASED / REVOKED; then spotlight off (or restore the layout that was shown
             before the first grant). A failed mute leaves the site GRANTED: its microphone is still open.

    An operator unmute of a waiting site seen at the MCU (its participant goes from muted to unmuted while no
    command of this desk is working on that site) counts as a grant: the holder, if any, is preempted and
    muted, and the new holder's hand is lowered and it is spotlit as for a grant. `lower_hand` /
    `lower_all_hands` lower hands at the MCU; the requests end when the MCU reports the hands down (a request
    with no hand at the MCU — a phone request — is withdrawn at once).

Several consoles on one log
    When the floor is shared (`decided` is set: `console.runtime.sync`), every transition this console's people
    make is told to the others, and `merge` brings this floor to another console's decision, the state alone: no
    command is sent again. An unmute or a lowered hand seen at the MCU (not asked for here) then waits
    `SHARED_WAIT_S` for another console's decision to explain it before it counts as an operator's unmute or a
    withdrawn hand.

Speaking time
    With `FloorPolicy.max_speaking`, `tick(now)` (the hub's 1 Hz tick) publishes a `SpeakingTimeWarning`
    `warn_before` the end, and at the end revokes the holder the MCU way (mute first; reason hold_timeout).
    `FloorPolicy.auto_advance` grants the head of the queue, the MCU way, when the holder leaves the floor.

The log
    Every transition is sent to the recorder (`console.records.Recorder`) with its actor, time and reason: the
    creation as a `FloorRequestFiled` (the log numbers it, unique across conferences, runs and consoles sharing
    one database, so the export lists requests in the order they were filed), every later one as a
    `FloorRequestMoved` under the same key; the recorder finds the request's row by that key.

Ids
    Desk request ids (`DeskRequest.id`, `ActionReport.request_id`) are unique across conferences; the floor's
    own `seq` is per conference.

Threads
    Everything runs on the hub's thread (the session loop). Listeners (`subscribe`) get `FloorChanged` (a
    frozen `FloorView` of every active request), `ActionReport` (as an action's steps complete, then its end)
    and `SpeakingTimeWarning` there; the GUI forwards them to its own thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Final

from console.access import Actor, AuditResult, Guard, Permission
from console.commands.dispatcher import Command, CommandDispatcher
from console.domain import (
    CommandResult,
    FloorRequest,
    FloorState,
    HandLowered,
    HandRaised,
    McuEvent,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
    RequestSource,
    utcnow,
)
from console.domain.logtext import loggable
from console.floor.control import (
    SYSTEM_ACTOR,
    FloorControl,
    FloorEvent,
    FloorPolicy,
    NewRequest,
    Outcome,
    Priority,
    Reason,
    RefusalCode,
    Transition,
)
from console.records import FloorRequestFiled, FloorRequestMoved, Recorder, new_key

if TYPE_CHECKING:
    from console.live.hub import Hub

log = logging.getLogger("bridgewall.floor")

_ACTING: ContextVar[Actor | None] = ContextVar("floor_acting", default=None)
"""Who the commands of the action under way go as (None: the dispatcher's own actor)."""
MCU_ACTOR: Final = "mcu"  # the actor of what was seen done at the MCU by someone else (an operator unmute)
SHARED_WAIT_S: Final = 1.5
"""On a floor other consoles share, how long an unmute or a lowered hand seen at the MCU (and not asked for here)
waits for another console's decision to explain it before it counts as an operator's unmute (its follow-up
commands sent) or a withdrawn hand."""
WAITING: Final = (FloorState.PENDING, FloorState.ACCEPTED)
ACTIVE: Final = (FloorState.PENDING, FloorState.ACCEPTED, FloorState.GRANTED)


class Skip(enum.StrEnum):
    """Why a step of a floor action was skipped; widgets translate it."""

    NO_CAMERA = "no_camera"  # no camera address is known for the site
    NO_PRESET = "no_preset"  # no speaker preset is stored for the site
    NO_HAND = "no_hand"  # the site's hand is not raised
    NOT_IN_MEETING = "not_in_meeting"
    LAYOUT_UNKNOWN = "layout_unknown"  # the layout shown before the speaker layout is not known


Recaller = Callable[[str], Awaitable[Skip | None]]
"""`await recall(site_key)`: recall the site's speaker camera preset. None once the preset was recalled; else the
`Skip` that says why nothing was recalled (no camera, no preset): the grant reports the camera step skipped."""


class Step(enum.StrEnum):
    """One MCU (or camera) step of a floor action; widgets translate it."""

    MUTE_HOLDER = "mute_holder"  # the site that held the floor is muted (preempted)
    SPOTLIGHT_OFF_HOLDER = "spotlight_off_holder"
    UNMUTE = "unmute"
    CAMERA = "camera"  # the speaker camera preset
    SPOTLIGHT = "spotlight"
    LAYOUT = "layout"  # the speaker layout
    LOWER_HAND = "lower_hand"
    MUTE = "mute"
    SPOTLIGHT_OFF = "spotlight_off"
    RESTORE_LAYOUT = "restore_layout"
    LOWER_ALL_HANDS = "lower_all_hands"


class StepState(enum.StrEnum):
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"  # nothing to do (no camera preset, no raised hand, the site is not in the meeting)


class FloorAction(enum.StrEnum):
    GRANT = "grant"
    RELEASE = "release"
    REVOKE = "revoke"
    HOLD_TIMEOUT = "hold_timeout"
    OPERATOR_UNMUTE = "operator_unmute"  # seen at the MCU: an unmute of a waiting site
    LOWER_HAND = "lower_hand"
    LOWER_ALL_HANDS = "lower_all_hands"
    DENY = "deny"
    ACCEPT = "accept"
    REORDER = "reorder"
    ADD = "add"  # the operator filed a request (phone, e-mail, Zalo)


class Problem(enum.StrEnum):
    """Why the desk did not start an action (besides a floor `RefusalCode`)."""

    NO_COMMANDS = "no_commands"  # this desk cannot send commands (the headless monitor)
    NOT_IN_MEETING = "not_in_meeting"  # the site has no participant in the conference
    BUSY = "busy"  # another action of this desk is working on the site
    UNKNOWN_CONFERENCE = "unknown_conference"
    NOT_IN_REGISTRY = "not_in_registry"  # a site the registry does not know, not asked to be filed as such


@dataclass(frozen=True, slots=True)
class StepOutcome:
    step: Step
    state: StepState
    site: str
    result: CommandResult | None = None  # the command's result; None when skipped or not a command
    detail: str = ""  # one line, for the log and a tooltip
    skip: Skip | None = None  # why, when SKIPPED


@dataclass(frozen=True, slots=True)
class ActionReport:
    """What one action did: its steps so far (all of them once `finished`) and where the request stands."""

    action: FloorAction
    request_id: int | None
    site: str
    actor: str
    steps: tuple[StepOutcome, ...] = ()
    state: FloorState | None = None  # the request's state now
    refusal: RefusalCode | None = None
    problem: Problem | None = None
    finished: bool = True
    detail: str = ""

    @property
    def failed_step(self) -> Step | None:
        return next((s.step for s in self.steps if s.state is StepState.FAILED), None)

    @property
    def ok(self) -> bool:
        return self.refusal is None and self.problem is None and self.failed_step is None


@dataclass(frozen=True, slots=True)
class DeskRequest:
    """One request as the queue panel shows it."""

    id: int
    conference: str
    request: FloorRequest
    position: int  # the BFCP queue position: 1..n while ACCEPTED, 0 otherwise
    turn: int  # the order the waiting requests would be served in: the queue, then the pending ones; 0 if not waiting
    name: str  # the site's name as shown
    in_meeting: bool
    hand_up: bool  # the site's hand is raised at the MCU


@dataclass(frozen=True, slots=True)
class FloorView:
    at: datetime
    requests: tuple[DeskRequest, ...]  # the active ones: holders first, then by turn
    deadlines: Mapping[int, datetime] = field(default_factory=dict)  # holder id → end of its speaking time

    def holders(self) -> tuple[DeskRequest, ...]:
        return tuple(r for r in self.requests if r.request.state is FloorState.GRANTED)

    def waiting(self) -> tuple[DeskRequest, ...]:
        return tuple(r for r in self.requests if r.request.state in WAITING)


@dataclass(frozen=True, slots=True)
class FloorChanged:
    view: FloorView


@dataclass(frozen=True, slots=True)
class SpeakingTimeWarning:
    request_id: int
    site: str
    deadline: datetime


FloorNews = FloorChanged | ActionReport | SpeakingTimeWarning
FloorListener = Callable[[FloorNews], None]


@dataclass(slots=True)
class _Floor:
    conference: str
    control: FloorControl
    layout_up: bool = False  # the speaker layout is shown (put up by this desk)
    saved_layout: str | None = None  # the layout before it, when known


def epoch_to_utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


class FloorDesk:
    def __init__(
        self,
        hub: Hub,
        commands: CommandDispatcher | None = None,
        store: Recorder | None = None,
        *,
        policy: FloorPolicy | None = None,
        recall: Recaller | None = None,
        speaker_layout: str | None = None,
        usual_layout: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        batch_window: float = 0.2,
        batch_limit: float = 1.0,
        guard: Guard | None = None,
    ) -> None:
        self.hub = hub
        self.guard = guard if guard is not None else Guard(None)  # the permission check and the audit trail
        self.commands = commands  # may be set later, once the MCU is attached
        self.store = store if store is not None else hub.store
        self.policy = policy if policy is not None else FloorPolicy()
        self.recall = recall
        self.speaker_layout = speaker_layout  # None: spotlight the speaker instead of changing the layout
        self.usual_layout = (
            usual_layout  # restored after the speaker layout when the MCU never said its layout
        )
        self.clock = clock
        self.batch_window = batch_window
        self.batch_limit = batch_limit
        self._floors: dict[str, _Floor] = {}
        self._ids: dict[tuple[str, int], int] = {}  # (conference, floor seq) → desk id
        self._where: dict[int, tuple[str, int]] = {}
        self._next_id = 1
        self._log_keys: dict[int, int] = {}  # desk id → the key its writes to the log go under
        self._people: dict[str, Participant] = {}  # uuid → the MCU's latest view
        self._seats: dict[str, dict[str, str]] = {}  # site → {uuid: conference}, in the order they joined
        self._held: dict[str, list[HandRaised]] = {}  # conference → hands not filed yet
        self._held_since: float | None = None
        self._flush_timer: asyncio.TimerHandle | None = None
        self._busy: set[tuple[str, str]] = set()  # (conference, site) with an action of this desk under way
        self._lowering: dict[str, str] = {}  # uuid → who asked the MCU to lower its hand
        self._timing_out: set[int] = set()
        self._listeners: list[FloorListener] = []
        self._tasks: set[asyncio.Task[object]] = set()
        self._holders: tuple[str, ...] = ()  # replaced whole on every transition: other threads read it
        # told of every transition this console's people (and its own timeouts) made, with the log key it is
        # written under: the other consoles on a shared log hear of it (`console.runtime.sync`)
        self.decided: Callable[[str, int, Transition], object] | None = None
        self._quiet = 0  # > 0: what happens now is seen by every console itself (the MCU) or came from one
        self._unwritten = False  # merging another console's decision on its own row: not written again
        self._shared_unmute_seen = False

    # --- reading -----------------------------------------------------------------------------------------
    def floor(self, conference: str) -> FloorControl:
        """The conference's floor, made on first use."""
        return self._floor(conference).control

    def conferences(self) -> list[str]:
        return list(self._floors)

    def get(self, request_id: int) -> DeskRequest | None:
        where = self._where.get(request_id)
        if where is None:
            return None
        conference, seq = where
        control = self._floors[conference].control
        req = control.get(seq)
        return None if req is None else self._entry(conference, control, req, self._turns(control))

    def holders(self) -> list[str]:
        """Site keys that hold the floor now, one per conference at most (safe to call from any thread)."""
        return list(self._holders)

    def view(self) -> FloorView:
        entries: list[DeskRequest] = []
        deadlines: dict[int, datetime] = {}
        for conference, f in self._floors.items():
            control = f.control
            turns = self._turns(control)
            holder = control.holder()
            if holder is not None:
                entry = self._entry(conference, control, holder, turns)
                entries.append(entry)
                deadline = control.holder_deadline()
                if deadline is not None:
                    deadlines[entry.id] = deadline
            waiting = [*control.queue(), *control.pending()]
            entries.extend(self._entry(conference, control, r, turns) for r in waiting)
        return FloorView(self.clock(), tuple(entries), deadlines)

    def request_id(self, conference: str, seq: int) -> int | None:
        return self._ids.get((conference, seq))

    def active_for(self, site: str, conference: str | None = None) -> DeskRequest | None:
        for conf, f in self._floors.items():
            if conference is not None and conf != conference:
                continue
            req = f.control.active_for(site)
            if req is not None:
                return self.get(self._ids[(conf, req.seq)])
        return None

    def participant(self, conference: str, site: str) -> Participant | None:
        """The site's participant in the conference (the latest to join when there are several)."""
        found = None
        for uuid, conf in self._seats.get(site, {}).items():
            if conf == conference:
                found = self._people[uuid]
        return found

    def publish(self) -> None:
        """Tell the listeners the whole floor now (a `FloorChanged`), e.g. for a view that just opened."""
        self._tell(FloorChanged(self.view()))

    def subscribe(self, listener: FloorListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    # --- fed by the hub ------------------------------------------------------------------------------------
    def feed(self, event: McuEvent) -> None:
        with self._quietly():  # every console follows the MCU itself: nothing to tell the others
            self._feed(event)

    def _feed(self, event: McuEvent) -> None:
        if isinstance(event, HandRaised):
            self._hold(event)
            return
        if isinstance(event, ParticipantJoined):
            self._seat(event.participant)
            self._changed()
        elif isinstance(event, ParticipantUpdated):
            old = self._people.get(event.participant.uuid)
            now = event.participant
            self._seat(now)
            if old is not None and old.is_muted and not now.is_muted:
                self._on_unmuted(now, event.at)
        elif isinstance(event, HandLowered):
            self.flush()
            known = self._people.get(event.uuid)
            if known is not None:
                self._people[event.uuid] = replace(known, buzz_time=None)
            actor = self._lowering.pop(event.uuid, None)
            site = self._site_of(event.uuid, event.display_name)
            if actor is None and self._later(self._hand_lowered, event.conference, site, event.at):
                self._changed()  # the hand is down now; the request waits for another console's word
                return
            self._hand_lowered(event.conference, site, event.at, actor)
        elif isinstance(event, ParticipantLeft):
            self.flush()
            gone = self._unseat(event.uuid)
            self._lowering.pop(event.uuid, None)
            site = self.hub.site_key(gone) if gone is not None else event.display_name
            floor = self._floors.get(event.conference)
            if floor is not None and self.participant(event.conference, site) is None:
                holder = floor.control.holder()
                outcome = floor.control.on_site_left(site, at=event.at)
                if outcome.ok and holder is not None and holder.site == site:
                    self._spawn(self._after_holder_left(floor))
            self._changed()

    def tick(self, now: datetime | None = None) -> None:
        """File held hands; warn the holder of the end of its speaking time, and revoke it at the end."""
        now = now if now is not None else self.clock()
        self.flush()
        for f in self._floors.values():
            control = f.control
            holder = control.holder()
            deadline = control.holder_deadline()
            if holder is None or deadline is None:
                continue
            rid = self._ids[(f.conference, holder.seq)]
            if now >= deadline:
                if rid not in self._timing_out and (f.conference, holder.site) not in self._busy:
                    self._timing_out.add(rid)
                    self._spawn(self._timeout(rid))
                continue
            for due in control.tick(now):
                self._tell(SpeakingTimeWarning(rid, due.site, due.deadline))

    def flush(self) -> None:
        """File the held raised hands now, each conference's as one batch in the server's order."""
        with self._quietly():
            self._flush()

    def _flush(self) -> None:
        if self._flush_timer is not None:
            self._flush_timer.cancel()
            self._flush_timer = None
        self._held_since = None
        held, self._held = self._held, {}
        for conference, hands in held.items():
            control = self._floor(conference).control
            latest = {hand.uuid: hand for hand in hands}  # a hand raised again: its latest time
            items = [
                NewRequest(self._site_of(hand.uuid, hand.display_name), epoch_to_utc(hand.buzz_time))
                for hand in latest.values()
            ]
            if items:
                control.request_batch(items, at=self.clock(), actor=MCU_ACTOR)
        if held:
            self._changed()

    def _hold(self, event: HandRaised) -> None:
        p = self._people.get(event.uuid)
        if p is None:
            p = Participant(event.uuid, event.display_name, event.conference)
        self._seat(replace(p, buzz_time=event.buzz_time))
        self._held.setdefault(event.conference, []).append(event)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # filed by flush() or the next tick
        now = loop.time()
        if self._held_since is None:
            self._held_since = now
        if self._flush_timer is not None:
            self._flush_timer.cancel()
        delay = min(self.batch_window, max(0.0, self._held_since + self.batch_limit - now))
        self._flush_timer = loop.call_later(delay, self.flush)

    def _on_unmuted(self, p: Participant, at: datetime) -> None:
        site = self.hub.site_key(p)
        floor = self._floors.get(p.conference)
        if floor is None or (p.conference, site) in self._busy:
            return
        if not self._shared_unmute_seen and self._later(self._unmuted_later, p, at):
            return  # perhaps another console's grant: mute, spotlight and lower hands at the MCU only once
        self.flush()
        req = floor.control.active_for(site)
        if req is None or req.state not in WAITING:
            return
        holder = floor.control.holder()
        outcome = floor.control.on_operator_unmute(site, at=at, actor=MCU_ACTOR)
        self._changed()
        if outcome.ok:
            rid = self._ids[(p.conference, req.seq)]
            self._spawn(self._after_operator_unmute(floor, rid, site, holder))

    def _later(self, work: Callable[..., None], *args: object) -> bool:
        """On a floor other consoles share, run `work(*args)` after `SHARED_WAIT_S` and say True: what the MCU
        shows may be another console's decision (a grant unmutes the site and lowers its hand), whose news
        follows within a moment and explains it. False (do it now) on a floor of its own or without a loop."""
        if self.decided is None:
            return False
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        loop.call_later(SHARED_WAIT_S, lambda: self._quietly_do(work, *args))
        return True

    def _quietly_do(self, work: Callable[..., None], *args: object) -> None:
        with self._quietly():
            work(*args)

    def _hand_lowered(self, conference: str, site: str, at: datetime, actor: str | None = None) -> None:
        self._floor(conference).control.on_hand_lowered(site, at=at, actor=actor)
        self._changed()

    def _unmuted_later(self, p: Participant, at: datetime) -> None:
        """An unmute seen a moment ago on a shared floor, still not explained by another console's grant."""
        now = self._people.get(p.uuid)
        if now is None or now.is_muted:
            return
        self._shared_unmute_seen = True
        try:
            self._on_unmuted(now, at)
        finally:
            self._shared_unmute_seen = False

    # --- the operator's actions ------------------------------------------------------------------------------
    def _add_request(
        self,
        site: str,
        *,
        actor: str,
        source: RequestSource,
        conference: str | None = None,
        delegate: str = "",
        topic: str = "",
        priority: int = Priority.NORMAL,
        requested_at: datetime | None = None,
        stranger: bool = False,
    ) -> ActionReport:
        """File a request that came by phone, e-mail or Zalo (or the operator's own).

        `site` is a registry code; a site the registry does not know (a name as the MCU shows it) is filed only
        with `stranger`, the operator's explicit word, else refused as NOT_IN_REGISTRY.
        """
        self.flush()
        if not stranger and self.hub.directory.site(site) is None:
            return self._publish(
                ActionReport(FloorAction.ADD, None, site, actor, problem=Problem.NOT_IN_REGISTRY)
            )
        conf = conference or self._conference_of(site)
        if conf is None:
            return self._publish(
                ActionReport(FloorAction.ADD, None, site, actor, problem=Problem.UNKNOWN_CONFERENCE)
            )
        control = self._floor(conf).control
        outcome = control.request(
            site,
            at=self.clock(),
            actor=actor,
            priority=priority,
            requested_at=requested_at,
            source=source,
            delegate=delegate,
            topic=topic,
        )
        return self._report_outcome(FloorAction.ADD, conf, site, actor, outcome)

    def _accept(self, request_id: int, actor: str, position: int | None = None) -> ActionReport:
        return self._simple(FloorAction.ACCEPT, request_id, actor, FloorEvent.ACCEPT, position=position)

    def _reorder(
        self, request_id: int, actor: str, *, position: int | None = None, priority: int | None = None
    ) -> ActionReport:
        """Move a waiting request: a pending one is accepted at the position, a queued one is moved."""
        entry = self.get(request_id)
        if entry is not None and entry.request.state is FloorState.PENDING and priority is None:
            return self._simple(FloorAction.REORDER, request_id, actor, FloorEvent.ACCEPT, position=position)
        return self._simple(
            FloorAction.REORDER, request_id, actor, FloorEvent.REORDER, position=position, priority=priority
        )

    def _move_to_turn(self, request_id: int, turn: int, actor: str) -> ActionReport:
        """Put a waiting request at `turn` of the list the panel shows (the queue, then the pending ones)."""
        entry = self.get(request_id)
        if entry is None:
            return ActionReport(
                FloorAction.REORDER, request_id, "", actor, refusal=RefusalCode.UNKNOWN_REQUEST
            )
        control = self._floors[entry.conference].control
        queued = [r for r in control.queue() if r.seq != entry.request.seq]
        position = max(1, min(turn, len(queued) + 1))
        return self._reorder(request_id, actor, position=position)

    def _deny(self, request_id: int, actor: str, reason: str = "") -> ActionReport:
        """Deny a waiting request, and lower the site's hand at the MCU so no stale hand remains."""
        report = self._simple(FloorAction.DENY, request_id, actor, FloorEvent.DENY, reason=reason)
        if report.refusal is None and self.commands is not None:
            entry = self._where.get(request_id)
            if entry is not None:
                p = self.participant(entry[0], report.site)
                if p is not None and p.buzz_time is not None:
                    self._lowering[p.uuid] = actor
                    self.commands.lower_hand(p.conference, p.uuid, report.site, actor=_ACTING.get())
        return report

    async def _grant(self, request_id: int, actor: str, reason: str = "") -> ActionReport:
        """Give the floor now to a waiting request, the MCU way (see the module's documentation)."""
        self.flush()
        opened = self._open_report(FloorAction.GRANT, request_id, actor)
        if isinstance(opened, ActionReport):
            return opened
        floor, req, report = opened
        conference, control, seq, site = floor.conference, floor.control, req.seq, req.site
        if req.state is FloorState.GRANTED:
            return self._publish(replace(report, refusal=RefusalCode.ALREADY_HOLDER, finished=True))
        if req.state not in WAITING:
            return self._publish(replace(report, refusal=RefusalCode.ILLEGAL_TRANSITION, finished=True))
        commands = self.commands
        if commands is None:
            return self._publish(replace(report, problem=Problem.NO_COMMANDS, finished=True))
        p = self.participant(conference, site)
        if p is None:
            return self._publish(replace(report, problem=Problem.NOT_IN_MEETING, finished=True))
        if (conference, site) in self._busy:
            return self._publish(replace(report, problem=Problem.BUSY, finished=True))
        holder = control.holder()
        busy = {(conference, site)} | ({(conference, holder.site)} if holder is not None else set())
        if busy & self._busy:
            return self._publish(replace(report, problem=Problem.BUSY, finished=True))
        self._busy |= busy
        try:
            if holder is not None:
                hp = self.participant(conference, holder.site)
                if hp is not None:
                    step = await self._command(
                        Step.MUTE_HOLDER,
                        holder.site,
                        commands.mute_audio(conference, hp.uuid, holder.site, True, actor=_ACTING.get()),
                    )
                    report = self._progress(report, step)
                    if step.state is StepState.FAILED:
                        return self._finish(report, control, seq)
                control.preempt(holder.seq, at=self.clock(), actor=actor)
                self._changed()
                if hp is not None and self.speaker_layout is None:
                    report = self._progress(
                        report,
                        await self._command(
                            Step.SPOTLIGHT_OFF_HOLDER,
                            holder.site,
                            commands.spotlight(conference, hp.uuid, holder.site, False, actor=_ACTING.get()),
                        ),
                    )
            step = await self._command(
                Step.UNMUTE, site, commands.mute_audio(conference, p.uuid, site, False, actor=_ACTING.get())
            )
            report = self._progress(report, step)
            if step.state is StepState.FAILED:
                return self._finish(report, control, seq)
            outcome = control.give_floor_now(seq, at=self.clock(), actor=actor, reason=reason)
            self._changed()
            if not outcome.ok:
                assert outcome.refusal is not None
                return self._finish(replace(report, refusal=outcome.refusal.code), control, seq)
            report = await self._speaker_steps(report, floor, site)
            return self._finish(report, control, seq)
        finally:
            self._busy -= busy

    async def _release(self, request_id: int, actor: str, reason: str = "") -> ActionReport:
        """The holder is done speaking: mute it, then RELEASED; spotlight off or the layout restored."""
        return await self._end(FloorAction.RELEASE, FloorEvent.RELEASE, request_id, actor, reason)

    async def _revoke(self, request_id: int, actor: str, reason: str = "") -> ActionReport:
        """Take the floor back: mute the holder, then REVOKED; spotlight off or the layout restored."""
        return await self._end(FloorAction.REVOKE, FloorEvent.REVOKE, request_id, actor, reason)

    async def _grant_next(self, actor: str, conference: str | None = None) -> ActionReport:
        """Release the holder (if any), then grant the next request: the head of the queue, else the first pending."""
        for conf, f in self._floors.items():
            if conference is not None and conf != conference:
                continue
            control = f.control
            nxt = control.next_up() or next(iter(control.pending()), None)
            if nxt is None:
                continue
            holder = control.holder()
            if holder is not None:
                ended = await self._release(self._ids[(conf, holder.seq)], actor)
                if control.holder() is not None:
                    return ended
            return await self._grant(self._ids[(conf, nxt.seq)], actor)
        return self._publish(
            ActionReport(FloorAction.GRANT, None, "", actor, refusal=RefusalCode.NO_ACTIVE_REQUEST)
        )

    async def _lower_hand(self, request_id: int, actor: str) -> ActionReport:
        """Lower the site's hand at the MCU (the request ends when the MCU reports it); without a hand at the
        MCU the waiting request is withdrawn at once."""
        opened = self._open_report(FloorAction.LOWER_HAND, request_id, actor)
        if isinstance(opened, ActionReport):
            return opened
        floor, req, report = opened
        conference, control, seq = floor.conference, floor.control, req.seq
        p = self.participant(conference, req.site)
        if p is None or p.buzz_time is None:
            outcome = control.release(seq, at=self.clock(), actor=actor, reason=Reason.HAND_LOWERED)
            self._changed()
            if not outcome.ok:
                assert outcome.refusal is not None
                report = replace(report, refusal=outcome.refusal.code)
            return self._finish(report, control, seq)
        if self.commands is None:
            return self._publish(replace(report, problem=Problem.NO_COMMANDS, finished=True))
        self._lowering[p.uuid] = actor
        step = await self._command(
            Step.LOWER_HAND,
            req.site,
            self.commands.lower_hand(conference, p.uuid, req.site, actor=_ACTING.get()),
        )
        if step.state is StepState.FAILED:
            self._lowering.pop(p.uuid, None)
        return self._finish(self._progress(report, step), control, seq)

    async def _lower_all_hands(self, actor: str, conference: str | None = None) -> ActionReport:
        """Lower every hand at the MCU (each waiting request ends as its hand comes down)."""
        self.flush()
        action = FloorAction.LOWER_ALL_HANDS
        confs = (
            [conference] if conference is not None else sorted({p.conference for p in self._people.values()})
        )
        report = ActionReport(action, None, "", actor, finished=False)
        if self.commands is None:
            return self._publish(replace(report, problem=Problem.NO_COMMANDS, finished=True))
        for conf in confs:
            for p in self._people.values():
                if p.conference == conf and p.buzz_time is not None:
                    self._lowering[p.uuid] = actor
            report = self._progress(
                report,
                await self._command(
                    Step.LOWER_ALL_HANDS, conf, self.commands.lower_all_hands(conf, actor=_ACTING.get())
                ),
            )
        return self._publish(replace(report, finished=True))

    # --- the operator's actions, checked and audited --------------------------------------------------------
    # Each takes the acting person: refused (PermissionDenied naming the missing role, audited) without the right;
    # done, it goes on the audit trail with its result. The desk's own moves (timeouts, auto-advance) are not
    # anybody's and are not checked.
    def _allow(self, actor: Actor, right: Permission, action: FloorAction, target: str) -> str:
        self.guard.require(actor, right, f"{action.value} {target}".strip())
        _ACTING.set(actor)  # the commands this action sends (and the follow-ups it starts) go as this person
        return actor.name

    def _audited(self, actor: Actor, report: ActionReport) -> ActionReport:
        result = AuditResult.OK if report.ok else AuditResult.FAILED
        why = report.refusal or report.problem or report.failed_step
        detail = f"request {report.request_id}" if report.request_id is not None else ""
        if why is not None:
            detail = f"{detail}; {why}".strip("; ")
        self.guard.record(actor, f"floor.{report.action.value}", report.site, result, detail)
        return report

    def _target(self, request_id: int) -> str:
        entry = self.get(request_id)
        return entry.request.site if entry is not None else f"request {request_id}"

    def add_request(
        self,
        site: str,
        *,
        actor: Actor,
        source: RequestSource,
        conference: str | None = None,
        delegate: str = "",
        topic: str = "",
        priority: int = Priority.NORMAL,
        requested_at: datetime | None = None,
        stranger: bool = False,
    ) -> ActionReport:
        """File a request that came by phone, e-mail or Zalo (see `_add_request`)."""
        who = self._allow(actor, Permission.FLOOR_QUEUE, FloorAction.ADD, site)
        report = self._add_request(
            site,
            actor=who,
            source=source,
            conference=conference,
            delegate=delegate,
            topic=topic,
            priority=priority,
            requested_at=requested_at,
            stranger=stranger,
        )
        return self._audited(actor, report)

    def accept(self, request_id: int, actor: Actor, position: int | None = None) -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_QUEUE, FloorAction.ACCEPT, self._target(request_id))
        return self._audited(actor, self._accept(request_id, who, position))

    def reorder(
        self, request_id: int, actor: Actor, *, position: int | None = None, priority: int | None = None
    ) -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_QUEUE, FloorAction.REORDER, self._target(request_id))
        return self._audited(actor, self._reorder(request_id, who, position=position, priority=priority))

    def move_to_turn(self, request_id: int, turn: int, actor: Actor) -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_QUEUE, FloorAction.REORDER, self._target(request_id))
        return self._audited(actor, self._move_to_turn(request_id, turn, who))

    def deny(self, request_id: int, actor: Actor, reason: str = "") -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_QUEUE, FloorAction.DENY, self._target(request_id))
        return self._audited(actor, self._deny(request_id, who, reason))

    async def grant(self, request_id: int, actor: Actor, reason: str = "") -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_GRANT, FloorAction.GRANT, self._target(request_id))
        return self._audited(actor, await self._grant(request_id, who, reason))

    async def release(self, request_id: int, actor: Actor, reason: str = "") -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_GRANT, FloorAction.RELEASE, self._target(request_id))
        return self._audited(actor, await self._release(request_id, who, reason))

    async def revoke(self, request_id: int, actor: Actor, reason: str = "") -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_GRANT, FloorAction.REVOKE, self._target(request_id))
        return self._audited(actor, await self._revoke(request_id, who, reason))

    async def grant_next(self, actor: Actor, conference: str | None = None) -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_GRANT, FloorAction.GRANT, conference or "")
        return self._audited(actor, await self._grant_next(who, conference))

    async def lower_hand(self, request_id: int, actor: Actor) -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_HANDS, FloorAction.LOWER_HAND, self._target(request_id))
        return self._audited(actor, await self._lower_hand(request_id, who))

    async def lower_all_hands(self, actor: Actor, conference: str | None = None) -> ActionReport:
        who = self._allow(actor, Permission.FLOOR_HANDS, FloorAction.LOWER_ALL_HANDS, conference or "")
        return self._audited(actor, await self._lower_all_hands(who, conference))

    async def close(self) -> None:
        """Wait for the actions this desk started by itself (timeouts, auto-advance, follow-ups)."""
        self.flush()
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- the MCU steps ------------------------------------------------------------------------------------
    async def _speaker_steps(self, report: ActionReport, floor: _Floor, site: str) -> ActionReport:
        """Camera preset, spotlight or speaker layout, lower the hand: for a site that now holds the floor."""
        commands = self.commands
        assert commands is not None
        conference = floor.conference
        p = self.participant(conference, site)
        if self.recall is not None:
            report = self._progress(report, await self._recall(site))
        if p is None:
            return report
        if self.speaker_layout is not None:
            if not floor.layout_up:
                floor.saved_layout = self.hub.layouts.get(conference) or self.usual_layout
            step = await self._command(
                Step.LAYOUT,
                conference,
                commands.transform_layout(conference, self.speaker_layout, actor=_ACTING.get()),
            )
            floor.layout_up = floor.layout_up or step.state is StepState.OK
            report = self._progress(report, step)
        else:
            report = self._progress(
                report,
                await self._command(
                    Step.SPOTLIGHT,
                    site,
                    commands.spotlight(conference, p.uuid, site, True, actor=_ACTING.get()),
                ),
            )
        if p.buzz_time is not None:
            self._lowering[p.uuid] = report.actor
            step = await self._command(
                Step.LOWER_HAND, site, commands.lower_hand(conference, p.uuid, site, actor=_ACTING.get())
            )
            if step.state is StepState.FAILED:
                self._lowering.pop(p.uuid, None)
        else:
            step = StepOutcome(
                Step.LOWER_HAND, StepState.SKIPPED, site, detail="no raised hand", skip=Skip.NO_HAND
            )
        return self._progress(report, step)

    async def _end(
        self, action: FloorAction, event: FloorEvent, request_id: int, actor: str, reason: str
    ) -> ActionReport:
        opened = self._open_report(action, request_id, actor)
        if isinstance(opened, ActionReport):
            return opened
        floor, req, report = opened
        conference, control, seq, site = floor.conference, floor.control, req.seq, req.site
        if req.state is not FloorState.GRANTED:
            return self._publish(replace(report, refusal=RefusalCode.ILLEGAL_TRANSITION, finished=True))
        commands = self.commands
        if commands is None:
            return self._publish(replace(report, problem=Problem.NO_COMMANDS, finished=True))
        if (conference, site) in self._busy:
            return self._publish(replace(report, problem=Problem.BUSY, finished=True))
        self._busy.add((conference, site))
        try:
            p = self.participant(conference, site)
            if p is not None:
                step = await self._command(
                    Step.MUTE, site, commands.mute_audio(conference, p.uuid, site, True, actor=_ACTING.get())
                )
            else:
                step = StepOutcome(
                    Step.MUTE, StepState.SKIPPED, site, detail="not in the meeting", skip=Skip.NOT_IN_MEETING
                )
            report = self._progress(report, step)
            if step.state is StepState.FAILED:
                return self._finish(report, control, seq)
            outcome = control.apply(seq, event, at=self.clock(), actor=actor, reason=reason)
            self._changed()
            if not outcome.ok:
                assert outcome.refusal is not None
                return self._finish(replace(report, refusal=outcome.refusal.code), control, seq)
            if p is not None and self.speaker_layout is None:
                report = self._progress(
                    report,
                    await self._command(
                        Step.SPOTLIGHT_OFF,
                        site,
                        commands.spotlight(conference, p.uuid, site, False, actor=_ACTING.get()),
                    ),
                )
            report = self._progress_all(report, await self._restore_layout(floor))
        finally:
            self._busy.discard((conference, site))
        finished = self._finish(report, control, seq)
        if self.policy.auto_advance and control.holder() is None and control.next_up() is not None:
            nxt = control.next_up()
            assert nxt is not None
            self._spawn(
                self._grant(self._ids[(conference, nxt.seq)], SYSTEM_ACTOR, reason=Reason.AUTO_ADVANCE)
            )
        return finished

    async def _restore_layout(self, floor: _Floor) -> list[StepOutcome]:
        if not floor.layout_up or floor.control.holder() is not None:
            return []
        commands = self.commands
        assert commands is not None
        layout = floor.saved_layout
        if layout is None:
            floor.layout_up = False
            return [
                StepOutcome(
                    Step.RESTORE_LAYOUT,
                    StepState.SKIPPED,
                    floor.conference,
                    detail="the earlier layout is unknown",
                    skip=Skip.LAYOUT_UNKNOWN,
                )
            ]
        step = await self._command(
            Step.RESTORE_LAYOUT,
            floor.conference,
            commands.transform_layout(floor.conference, layout, actor=_ACTING.get()),
        )
        if step.state is StepState.OK:
            floor.layout_up, floor.saved_layout = False, None
        return [step]

    async def _timeout(self, request_id: int) -> None:
        try:
            await self._end(
                FloorAction.HOLD_TIMEOUT,
                FloorEvent.HOLD_TIMEOUT,
                request_id,
                SYSTEM_ACTOR,
                Reason.HOLD_TIMEOUT,
            )
        finally:
            self._timing_out.discard(request_id)

    async def _after_holder_left(self, floor: _Floor) -> None:
        if self.commands is None:
            return
        steps = await self._restore_layout(floor)
        if steps:
            self._publish(ActionReport(FloorAction.RELEASE, None, "", SYSTEM_ACTOR, tuple(steps)))
        nxt = floor.control.next_up()
        if self.policy.auto_advance and floor.control.holder() is None and nxt is not None:
            await self._grant(
                self._ids[(floor.conference, nxt.seq)], SYSTEM_ACTOR, reason=Reason.AUTO_ADVANCE
            )

    async def _after_operator_unmute(
        self, floor: _Floor, request_id: int, site: str, holder: FloorRequest | None
    ) -> None:
        """An unmute at the MCU made `site` the holder: mute the one it preempted, consume its hand, spotlight."""
        conference = floor.conference
        report = ActionReport(
            FloorAction.OPERATOR_UNMUTE, request_id, site, MCU_ACTOR, state=FloorState.GRANTED, finished=False
        )
        commands = self.commands
        if commands is None:
            self._publish(replace(report, finished=True))
            return
        busy = {(conference, site)} | ({(conference, holder.site)} if holder is not None else set())
        self._busy |= busy
        try:
            if holder is not None:
                hp = self.participant(conference, holder.site)
                if hp is not None:
                    report = self._progress(
                        report,
                        await self._command(
                            Step.MUTE_HOLDER,
                            holder.site,
                            commands.mute_audio(conference, hp.uuid, holder.site, True, actor=_ACTING.get()),
                        ),
                    )
                    if self.speaker_layout is None:
                        report = self._progress(
                            report,
                            await self._command(
                                Step.SPOTLIGHT_OFF_HOLDER,
                                holder.site,
                                commands.spotlight(
                                    conference, hp.uuid, holder.site, False, actor=_ACTING.get()
                                ),
                            ),
                        )
            report = await self._speaker_steps(report, floor, site)
        finally:
            self._busy -= busy
        self._finish(report, floor.control, self._where[request_id][1])

    async def _recall(self, site: str) -> StepOutcome:
        assert self.recall is not None
        try:
            skipped = await self.recall(site)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a camera that does not answer must not stop the grant
            return StepOutcome(
                Step.CAMERA, StepState.FAILED, site, CommandResult.ERROR, f"{type(exc).__name__}: {exc}"
            )
        if skipped is not None:
            detail = {Skip.NO_CAMERA: "no camera address", Skip.NO_PRESET: "no speaker preset"}.get(
                skipped, skipped.value
            )
            return StepOutcome(Step.CAMERA, StepState.SKIPPED, site, detail=detail, skip=skipped)
        return StepOutcome(Step.CAMERA, StepState.OK, site, CommandResult.OK)

    @staticmethod
    async def _command(step: Step, site: str, command: Command) -> StepOutcome:
        done = await command.wait()
        state = StepState.OK if done.ok else StepState.FAILED
        return StepOutcome(step, state, site, done.state, done.detail)

    # --- internals ------------------------------------------------------------------------------------------
    def _floor(self, conference: str) -> _Floor:
        f = self._floors.get(conference)
        if f is None:
            # auto-advance is the desk's: it grants the MCU way (FloorControl's would grant the state alone)
            control = FloorControl(replace(self.policy, auto_advance=False))
            f = self._floors[conference] = _Floor(conference, control)
            control.add_listener(self._transition_listener(conference))
        return f

    def _seat(self, p: Participant) -> None:
        """Keep the MCU's view of `p`, findable by its site: a floor view looks every entry up by site."""
        old = self._people.get(p.uuid)
        site = self.hub.site_key(p)
        if old is None or old.conference != p.conference or self.hub.site_key(old) != site:
            self._unseat(p.uuid)
            self._seats.setdefault(site, {})[p.uuid] = p.conference
        self._people[p.uuid] = p

    def _unseat(self, uuid: str) -> Participant | None:
        gone = self._people.pop(uuid, None)
        if gone is not None:
            site = self.hub.site_key(gone)
            seats = self._seats.get(site, {})
            seats.pop(uuid, None)
            if not seats:
                self._seats.pop(site, None)
        return gone

    def _transition_listener(self, conference: str) -> Callable[[Transition], None]:
        return lambda t: self._on_transition(conference, t)

    def _site_of(self, uuid: str, display_name: str) -> str:
        p = self._people.get(uuid)
        return self.hub.site_key(p) if p is not None else self.hub.directory(display_name)

    def _conference_of(self, site: str) -> str | None:
        for conference in self._seats.get(site, {}).values():
            return conference
        return next(iter(self._floors), None) or next((p.conference for p in self._people.values()), None)

    def _turns(self, control: FloorControl) -> dict[int, int]:
        order = [*control.queue(), *control.pending()]
        return {r.seq: n for n, r in enumerate(order, start=1)}

    def _entry(
        self, conference: str, control: FloorControl, req: FloorRequest, turns: Mapping[int, int]
    ) -> DeskRequest:
        rid = self._ids[(conference, req.seq)]
        p = self.participant(conference, req.site)
        site = self.hub.directory.site(req.site)
        name = site.name if site is not None else (p.display_name if p is not None else req.site)
        return DeskRequest(
            id=rid,
            conference=conference,
            request=replace(req, id=rid),
            position=control.position(req.seq),
            turn=turns.get(req.seq, 0),
            name=name,
            in_meeting=p is not None,
            hand_up=p is not None and p.buzz_time is not None,
        )

    def _simple(
        self,
        action: FloorAction,
        request_id: int,
        actor: str,
        event: FloorEvent,
        *,
        position: int | None = None,
        priority: int | None = None,
        reason: str = "",
    ) -> ActionReport:
        self.flush()
        where = self._where.get(request_id)
        if where is None:
            return self._publish(
                ActionReport(action, request_id, "", actor, refusal=RefusalCode.UNKNOWN_REQUEST)
            )
        conference, seq = where
        control = self._floors[conference].control
        outcome = control.apply(
            seq, event, at=self.clock(), actor=actor, position=position, priority=priority, reason=reason
        )
        req = control.get(seq)
        assert req is not None
        return self._report_outcome(action, conference, req.site, actor, outcome)

    def _open_report(
        self, action: FloorAction, request_id: int, actor: str
    ) -> tuple[_Floor, FloorRequest, ActionReport] | ActionReport:
        """The request's floor, the request and the unfinished report of `action` on it; for a request this desk
        does not know, the refusal, published."""
        where = self._where.get(request_id)
        if where is None:
            return self._publish(
                ActionReport(action, request_id, "", actor, refusal=RefusalCode.UNKNOWN_REQUEST)
            )
        conference, seq = where
        floor = self._floors[conference]
        req = floor.control.get(seq)
        assert req is not None
        return floor, req, ActionReport(action, request_id, req.site, actor, state=req.state, finished=False)

    def _report_outcome(
        self, action: FloorAction, conference: str, site: str, actor: str, outcome: Outcome
    ) -> ActionReport:
        rid = self._ids.get((conference, outcome.request_id)) if outcome.request_id is not None else None
        control = self._floors[conference].control
        req = control.get(outcome.request_id) if outcome.request_id is not None else None
        report = ActionReport(
            action,
            rid,
            site,
            actor,
            state=req.state if req is not None else None,
            refusal=outcome.refusal.code if outcome.refusal is not None else None,
            detail=outcome.refusal.detail if outcome.refusal is not None else "",
        )
        self._changed()
        return self._publish(report)

    def _progress(self, report: ActionReport, step: StepOutcome) -> ActionReport:
        return self._progress_all(report, [step])

    def _progress_all(self, report: ActionReport, steps: list[StepOutcome]) -> ActionReport:
        if not steps:
            return report
        for step in steps:
            if step.state is StepState.FAILED:
                log.warning(
                    "floor %s of %s: %s failed: %s",
                    report.action,
                    loggable(report.site),
                    step.step,
                    loggable(step.detail),
                )
        return self._publish(replace(report, steps=(*report.steps, *steps)))

    def _finish(self, report: ActionReport, control: FloorControl, seq: int) -> ActionReport:
        req = control.get(seq)
        self._changed()
        return self._publish(replace(report, state=req.state if req is not None else None, finished=True))

    def _publish(self, report: ActionReport) -> ActionReport:
        self._tell(report)
        return report

    def _changed(self) -> None:
        if self._listeners:
            self._tell(FloorChanged(self.view()))

    def _tell(self, news: FloorNews) -> None:
        for listener in list(self._listeners):
            try:
                listener(news)
            except Exception:
                log.exception("a floor listener failed")

    def _spawn(self, coro: Awaitable[object]) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            if asyncio.iscoroutine(coro):
                coro.close()
            return
        task: asyncio.Task[object] = loop.create_task(coro)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a floor action failed", exc_info=task.exception())

    # --- another console's decisions ----------------------------------------------------------------------
    def log_key(self, request_id: int) -> int | None:
        """The key the request's writes to the log go under (None: not filed with a recorder)."""
        return self._log_keys.get(request_id)

    def merge(
        self,
        conference: str,
        other: FloorRequest,
        *,
        position: int = 0,
        actor: str = "",
        at: datetime | None = None,
        write: bool = True,
    ) -> int | None:
        """Another console's decision on a request, as the shared log holds it now (`other`): filed, accepted
        at `position`, moved, granted, released, revoked, denied or withdrawn. Only the floor's state follows:
        no MCU command is sent (that console sent them), nothing is audited (that console audited it), and the
        other consoles are not told again. `write` False: this console's request is that console's row (filed
        there, or adopted), so nothing is written; else the change goes to this console's own row. Returns the
        desk id of this console's request, None when there is none (an ended request this console never had)."""
        when = at if at is not None else self.clock()
        self.flush()
        control = self._floor(conference).control
        with self._quietly(unwritten=not write):
            req = control.active_for(other.site)
            if req is None:
                if other.state.terminal:
                    return None
                outcome = control.request(
                    other.site,
                    at=when,
                    actor=actor,
                    priority=other.priority,
                    requested_at=other.requested_at,
                    source=other.source,
                    delegate=other.delegate,
                    topic=other.topic,
                )
                req = control.get(outcome.request_id) if outcome.ok and outcome.request_id else None
                if req is None:
                    return None
            _follow(control, req, other, position, actor, when)
        self._holders = tuple(h.site for f in self._floors.values() if (h := f.control.holder()) is not None)
        self._changed()
        return self._ids.get((conference, req.seq))

    @contextlib.contextmanager
    def _quietly(self, *, unwritten: bool = False) -> Iterator[None]:
        self._quiet += 1
        before, self._unwritten = self._unwritten, self._unwritten or unwritten
        try:
            yield
        finally:
            self._quiet -= 1
            self._unwritten = before

    # --- the log --------------------------------------------------------------------------------------------
    def _on_transition(self, conference: str, t: Transition) -> None:
        key = (conference, t.request_id)
        rid = self._ids.get(key)
        if rid is None:
            rid = self._ids[key] = self._next_id
            self._next_id += 1
            self._where[rid] = key
        self._holders = tuple(h.site for f in self._floors.values() if (h := f.control.holder()) is not None)
        level = logging.INFO if t.from_state is None or t.to_state is FloorState.GRANTED else logging.DEBUG
        log.log(
            level,
            "floor %s: %s %s → %s by %s%s",
            loggable(conference),
            loggable(t.site),
            t.from_state.name if t.from_state is not None else "new",
            t.to_state.name,
            t.actor,
            f" ({loggable(t.reason)})" if t.reason else "",
        )
        if self.store is None:
            return
        if self._unwritten:  # another console's decision, on the row that console writes
            self._log_keys.setdefault(rid, new_key())
            return
        if t.from_state is None:
            req = self._floors[conference].control.get(t.request_id)
            assert req is not None
            log_key = self._log_keys[rid] = new_key()
            filed = replace(
                req,
                state=t.to_state,
                priority=t.priority,
                reason=t.reason,
                granted_at=None,
                ended_at=None,
                id=None,
            )
            self.store.put(FloorRequestFiled(log_key, conference, filed, t.actor))
        else:
            log_key = self._log_keys.setdefault(rid, new_key())  # filed with no recorder: it is lost
            self.store.put(
                FloorRequestMoved(log_key, t.to_state, t.at, t.actor, t.reason, priority=t.priority)
            )
        if not self._quiet and self.decided is not None:
            self.decided(conference, log_key, t)


def _follow(
    control: FloorControl, req: FloorRequest, other: FloorRequest, position: int, actor: str, at: datetime
) -> None:
    """Bring this console's request `req` to the state another console's `other` is in (state only)."""
    seq, want, reason = req.seq, other.state, other.reason
    if req.state is want:
        moved = bool(position) and control.position(seq) != position
        if want is FloorState.ACCEPTED and (moved or req.priority != other.priority):
            where = _clamp(control, seq, position) if position else None
            outcome = control.reorder(seq, at=at, actor=actor, position=where, priority=other.priority)
            if not outcome.ok and where is not None:
                control.reorder(seq, at=at, actor=actor, position=where)
        return
    if req.state in WAITING:
        if want is FloorState.ACCEPTED and req.state is FloorState.PENDING:
            where = _clamp(control, seq, position) if position else None
            control.accept(seq, at=at, actor=actor, position=where, reason=reason)
        elif want is FloorState.GRANTED:
            control.give_floor_now(seq, at=at, actor=actor, reason=reason)
        elif want is FloorState.DENIED:
            control.deny(seq, at=at, actor=actor, reason=reason)
        elif want in (FloorState.CANCELLED, FloorState.RELEASED, FloorState.REVOKED):
            control.release(seq, at=at, actor=actor, reason=reason)
    elif req.state is FloorState.GRANTED:
        if want is FloorState.REVOKED and reason == Reason.PREEMPTED:
            control.preempt(seq, at=at, actor=actor)
        elif want is FloorState.REVOKED:
            control.revoke(seq, at=at, actor=actor, reason=reason)
        elif want.terminal:
            control.release(seq, at=at, actor=actor, reason=reason)


def _clamp(control: FloorControl, seq: int, position: int) -> int:
    """`position` within the places this console's queue has for the request."""
    return max(1, min(position, len([r for r in control.queue() if r.seq != seq]) + 1))


__all__ = [
    "MCU_ACTOR",
    "ActionReport",
    "DeskRequest",
    "FloorAction",
    "FloorChanged",
    "FloorDesk",
    "FloorListener",
    "FloorNews",
    "FloorView",
    "Problem",
    "Recaller",
    "Skip",
    "SpeakingTimeWarning",
    "Step",
    "StepOutcome",
    "StepState",
]
