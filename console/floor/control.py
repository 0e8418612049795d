"""The speaking queue of one conference: a BFCP floor (RFC 8855 vocabulary) run by the console.

The console is the floor control server; a branch site (or the operator filing on its behalf) is the floor
participant; the operator acting for the chairperson is the chair. One `FloorControl` holds one floor.

Requests move through the states of `console.domain.FloorState` by the events of `FloorEvent`, following exactly
the table `TRANSITIONS` (BFCP vocabulary, RFC 8855). Every other (state, event) pair is refused: nothing changes and the
returned `Outcome` carries a `Refusal` with a stable `RefusalCode`. Methods never raise for a refused event; a
refusal is an ordinary answer the caller shows (translated) or ignores.

Order of the queue
    Accepted requests are ordered by (priority desc, rank asc). A request's rank is its server sequence `seq`,
    a counter this object assigns on REQUEST, so the natural order is (priority desc, seq asc) — never a client
    clock. `requested_at` is kept as given (e.g. the MCU's buzz time) for display and records, but does not
    decide the order. When several requests arrive together (e.g. the raised hands listed after the MCU's
    participant sync), submit them in the server's buzz-time order: `request_batch` does that sorting.

    The chair places a request explicitly with ACCEPT(position) or REORDER(position, priority). The request
    then takes a rank between its new neighbours, and, when the position lies outside its priority band, the
    priority of the band it lands in (moving a site above higher-priority sites raises it to their priority;
    moving it below lower ones lowers it). Given together, a priority that does not fit the position is refused
    (`PRIORITY_CONFLICT`). REORDER with a priority only puts the request at its natural place in the new band.
    A placement holds against later arrivals of the same priority (they queue behind it); a later arrival of a
    higher priority still goes ahead. Queue positions are always exactly 1..n over the accepted requests, 0 for
    every other state.

Policies (`FloorPolicy`)
    Moderated floors keep a REQUEST pending until the chair accepts it; otherwise it enters the queue at once.
    Auto-advance grants the head of the queue when the holder leaves the floor by RELEASE, DISCONNECT, REVOKE or
    HOLD_TIMEOUT (not after a preemption: the floor went to someone else; not at SESSION_END). It does not grant
    a request that joins the queue while the floor is already free: the chair does that. A maximum speaking time
    makes `tick(now)` warn the holder `warn_before` ahead of the limit, then revoke it (HOLD_TIMEOUT).

Giving the floor now
    GRANT_NOW applies to a PENDING request (accept + revoke the holder + grant). For a request already in the
    queue the same gesture is REVOKE-by-preemption of the holder followed by GRANT (the chair's pick):
    `give_floor_now` does either, and so does `on_operator_unmute` (an operator unmute of a waiting site counts
    as a grant, so no stale hand remains). Granting consumes the hand: the glue lowers the hand at the MCU, and
    `on_hand_lowered` leaves a GRANTED request untouched.

Every state change is a `Transition` appended to `history` and passed to each listener, so the store can
persist it with its actor, time and reason. Reasons the floor fills in itself are `Reason` codes.
Times are injected (timezone-aware UTC datetimes); nothing here reads a clock or does I/O.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from types import MappingProxyType
from typing import Final

from console.domain import FloorRequest, FloorState, RequestSource

SYSTEM_ACTOR: Final = (
    "system"  # the actor of transitions the floor makes by itself (auto-advance, hold timeout)
)


class Priority(enum.IntEnum):
    """BFCP priorities."""

    LOWEST = 0
    LOW = 1
    NORMAL = 2
    HIGH = 3
    HIGHEST = 4


class FloorEvent(enum.StrEnum):
    REQUEST = "request"  # a site asks for the floor
    ACCEPT = "accept"  # the chair accepts a pending request into the queue, optionally at a position
    DENY = "deny"
    GRANT_NOW = "grant_now"  # the chair gives the floor now to a pending request (revoking the holder if any)
    GRANT = "grant"  # the floor is given to a queued request (the head, or the chair's pick) while free
    RELEASE = "release"  # withdrawn while waiting, or done speaking
    DISCONNECT = "disconnect"  # the site left the conference
    REORDER = "reorder"  # the chair moves a queued request and/or changes its priority
    REVOKE = "revoke"  # the chair takes the floor back
    HOLD_TIMEOUT = "hold_timeout"  # the maximum speaking time ran out
    SESSION_END = "session_end"
    PREEMPT = "preempt"  # the holder loses the floor because the chair gave it to another request


class Reason(enum.StrEnum):
    """Reasons the floor records by itself when the caller gives none."""

    AUTO_ACCEPT = "auto_accept"
    AUTO_ADVANCE = "auto_advance"
    HOLD_TIMEOUT = "hold_timeout"
    PREEMPTED = "preempted"
    OPERATOR_UNMUTE = "operator_unmute"
    HAND_LOWERED = "hand_lowered"
    SITE_LEFT = "site_left"
    SESSION_END = "session_end"


_S = FloorState
_E = FloorEvent

TRANSITIONS: Final[Mapping[tuple[FloorState, FloorEvent], FloorState]] = MappingProxyType(
    {
        (_S.PENDING, _E.ACCEPT): _S.ACCEPTED,
        (_S.PENDING, _E.DENY): _S.DENIED,
        (_S.PENDING, _E.SESSION_END): _S.DENIED,
        (_S.PENDING, _E.GRANT_NOW): _S.GRANTED,
        (_S.PENDING, _E.RELEASE): _S.CANCELLED,
        (_S.PENDING, _E.DISCONNECT): _S.CANCELLED,
        (_S.ACCEPTED, _E.REORDER): _S.ACCEPTED,
        (_S.ACCEPTED, _E.GRANT): _S.GRANTED,
        (_S.ACCEPTED, _E.DENY): _S.DENIED,
        (_S.ACCEPTED, _E.SESSION_END): _S.DENIED,
        (_S.ACCEPTED, _E.RELEASE): _S.CANCELLED,
        (_S.ACCEPTED, _E.DISCONNECT): _S.CANCELLED,
        (_S.GRANTED, _E.RELEASE): _S.RELEASED,
        (_S.GRANTED, _E.DISCONNECT): _S.RELEASED,
        (_S.GRANTED, _E.REVOKE): _S.REVOKED,
        (_S.GRANTED, _E.HOLD_TIMEOUT): _S.REVOKED,
        (_S.GRANTED, _E.SESSION_END): _S.REVOKED,
        (_S.GRANTED, _E.PREEMPT): _S.REVOKED,
    }
)
"""The legal (state, event) pairs and the state each leads to; REQUEST (from no state) is handled by `request`."""

_HOLDER_LEAVES: Final = frozenset(
    {_E.RELEASE, _E.DISCONNECT, _E.REVOKE, _E.HOLD_TIMEOUT}
)  # auto-advance after


class RefusalCode(enum.StrEnum):
    UNKNOWN_REQUEST = "unknown_request"
    ILLEGAL_TRANSITION = "illegal_transition"  # the (state, event) pair is not in TRANSITIONS
    DUPLICATE_REQUEST = "duplicate_request"  # the site already has an active request
    QUEUE_FULL = "queue_full"
    SESSION_ENDED = "session_ended"
    FLOOR_BUSY = "floor_busy"  # GRANT while another request holds the floor
    NOT_HEAD = "not_head"  # GRANT of a request that is not the head, without out_of_turn
    BAD_POSITION = "bad_position"
    BAD_PRIORITY = "bad_priority"
    PRIORITY_CONFLICT = "priority_conflict"  # an explicit priority that does not fit the explicit position
    BAD_ARGUMENT = "bad_argument"  # an argument the event does not take, or REORDER with nothing to change
    NO_ACTIVE_REQUEST = "no_active_request"  # a site helper found no active request for the site
    ALREADY_HOLDER = "already_holder"  # the site already holds the floor; nothing to do

    @property
    def bfcp_error(self) -> int | None:
        """The nearest BFCP error code (RFC 8855 §5.2.6), when there is one."""
        return _BFCP_ERRORS.get(self)


_BFCP_ERRORS: Final[Mapping[RefusalCode, int]] = MappingProxyType(
    {
        RefusalCode.UNKNOWN_REQUEST: 7,  # floor request ID does not exist
        RefusalCode.DUPLICATE_REQUEST: 8,  # maximum number of ongoing floor requests reached
        RefusalCode.QUEUE_FULL: 8,
    }
)


@dataclass(frozen=True, slots=True)
class FloorPolicy:
    moderated: bool = True  # False: REQUEST goes straight into the queue (auto-accept)
    auto_advance: bool = False  # grant the head of the queue when the holder leaves the floor
    max_queue: int | None = None  # most requests waiting at once (PENDING + ACCEPTED); None: no limit
    max_speaking: timedelta | None = None  # longest hold of the floor; None: no limit
    warn_before: timedelta = timedelta(seconds=30)  # warn the holder this long before max_speaking

    def __post_init__(self) -> None:
        if self.max_queue is not None and self.max_queue < 1:
            raise ValueError(f"max_queue must be at least 1, not {self.max_queue}")
        if self.max_speaking is not None and self.max_speaking <= timedelta(0):
            raise ValueError(f"max_speaking must be positive, not {self.max_speaking}")
        if self.warn_before < timedelta(0):
            raise ValueError(f"warn_before must not be negative, not {self.warn_before}")

    @property
    def auto_accept(self) -> bool:
        return not self.moderated


@dataclass(frozen=True, slots=True)
class Transition:
    """One state change of one request, as the store persists it."""

    request_id: int  # the request's server sequence (`FloorRequest.seq`)
    site: str
    from_state: FloorState | None  # None: the request was created by this transition
    to_state: FloorState
    event: FloorEvent
    actor: str
    at: datetime
    reason: str = ""
    priority: int = Priority.NORMAL  # the request's priority after the transition
    position: int = 0  # its queue position after the transition (0 unless ACCEPTED)


@dataclass(frozen=True, slots=True)
class Refusal:
    code: RefusalCode
    event: FloorEvent
    request_id: int | None = None
    state: FloorState | None = None  # the request's state when refused, if there was a request
    detail: str = ""  # for logs; the UI translates `code`


@dataclass(frozen=True, slots=True)
class Outcome:
    """The answer to one event: the transitions it made (in order), or why it was refused (no change at all)."""

    request_id: int | None = None  # the request acted on or created; for a duplicate, the site's active one
    transitions: tuple[Transition, ...] = ()
    refusal: Refusal | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


class Due(enum.StrEnum):
    WARN = "warn"  # the holder's speaking time ends soon
    HOLD_TIMEOUT = "hold_timeout"  # the holder's speaking time ran out: it was revoked


@dataclass(frozen=True, slots=True)
class DueAction:
    kind: Due
    request_id: int
    site: str
    at: datetime  # the `now` of the tick that found it due
    deadline: datetime  # when the holder's speaking time ends (or ended)
    transitions: tuple[Transition, ...] = ()  # HOLD_TIMEOUT: the revoke, then an auto-advance grant if any


@dataclass(frozen=True, slots=True)
class NewRequest:
    """One request of a batch (see `FloorControl.request_batch`)."""

    site: str
    requested_at: datetime  # the server's time of the request, e.g. the MCU's buzz time
    priority: int = Priority.NORMAL
    source: RequestSource = RequestSource.MCU
    delegate: str = ""
    topic: str = ""


@dataclass(frozen=True, slots=True)
class FloorSnapshot:
    """Everything the floor holds, at one instant; equal snapshots mean equal floors."""

    requests: tuple[FloorRequest, ...]  # every request, in seq order
    queue: tuple[int, ...]  # ACCEPTED request ids, position 1 first
    ranks: tuple[Fraction, ...]  # the rank of each queued request (its seq unless the chair placed it)
    pending: tuple[int, ...]  # PENDING request ids, (priority desc, seq asc)
    holder: int | None
    holder_warned: bool
    closed: bool
    next_seq: int
    history_length: int


@dataclass(slots=True)
class _Record:
    seq: int
    site: str
    state: FloorState
    priority: int
    requested_at: datetime
    source: RequestSource
    delegate: str
    topic: str
    rank: Fraction
    granted_at: datetime | None = None
    ended_at: datetime | None = None
    reason: str = ""
    warned: bool = False


Listener = Callable[[Transition], None]


class FloorControl:
    """One floor (one conference). See the module's documentation for the rules."""

    def __init__(
        self, policy: FloorPolicy | None = None, *, meeting_id: int | None = None, first_seq: int = 1
    ) -> None:
        self._policy = policy if policy is not None else FloorPolicy()
        self._meeting_id = meeting_id
        self._next_seq = first_seq
        self._records: dict[int, _Record] = {}
        self._active: dict[str, int] = {}  # site -> its one non-terminal request
        self._queue: list[int] = []  # ACCEPTED, sorted by _queue_key
        self._pending: list[int] = []  # PENDING, sorted by _pending_key
        self._holder: int | None = None
        self._closed = False
        self._history: list[Transition] = []
        self._listeners: list[Listener] = []

    # --- readers -----------------------------------------------------------------------------------

    @property
    def policy(self) -> FloorPolicy:
        return self._policy

    @property
    def closed(self) -> bool:
        """True after `end_session`: new requests are refused."""
        return self._closed

    @property
    def history(self) -> tuple[Transition, ...]:
        return tuple(self._history)

    def get(self, request_id: int) -> FloorRequest | None:
        rec = self._records.get(request_id)
        return None if rec is None else self._freeze(rec)

    def requests(self) -> tuple[FloorRequest, ...]:
        """Every request of this floor, terminal ones included, in seq order."""
        return tuple(self._freeze(self._records[seq]) for seq in sorted(self._records))

    def holder(self) -> FloorRequest | None:
        return None if self._holder is None else self._freeze(self._records[self._holder])

    def queue(self) -> tuple[FloorRequest, ...]:
        """The ACCEPTED requests, position 1 first."""
        return tuple(self._freeze(self._records[seq]) for seq in self._queue)

    def pending(self) -> tuple[FloorRequest, ...]:
        """The PENDING requests, (priority desc, seq asc)."""
        return tuple(self._freeze(self._records[seq]) for seq in self._pending)

    def active_for(self, site: str) -> FloorRequest | None:
        seq = self._active.get(site)
        return None if seq is None else self._freeze(self._records[seq])

    def next_up(self) -> FloorRequest | None:
        """The request GRANT (and auto-advance) would give the floor to: the head of the queue."""
        return self._freeze(self._records[self._queue[0]]) if self._queue else None

    def position(self, request_id: int) -> int:
        """The queue position, 1..n while ACCEPTED, 0 otherwise (and for an unknown id)."""
        try:
            return self._queue.index(request_id) + 1
        except ValueError:
            return 0

    def holder_deadline(self) -> datetime | None:
        """When the holder's speaking time ends, if there is a holder and a maximum speaking time."""
        if self._holder is None or self._policy.max_speaking is None:
            return None
        granted_at = self._records[self._holder].granted_at
        assert granted_at is not None
        return granted_at + self._policy.max_speaking

    def snapshot(self) -> FloorSnapshot:
        return FloorSnapshot(
            requests=self.requests(),
            queue=tuple(self._queue),
            ranks=tuple(self._records[seq].rank for seq in self._queue),
            pending=tuple(self._pending),
            holder=self._holder,
            holder_warned=self._holder is not None and self._records[self._holder].warned,
            closed=self._closed,
            next_seq=self._next_seq,
            history_length=len(self._history),
        )

    def add_listener(self, listener: Listener) -> None:
        """Call `listener` with every transition, in order, once the event that made it is complete."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    # --- REQUEST -----------------------------------------------------------------------------------

    def request(
        self,
        site: str,
        *,
        at: datetime,
        actor: str,
        priority: int = Priority.NORMAL,
        requested_at: datetime | None = None,
        source: RequestSource = RequestSource.MCU,
        delegate: str = "",
        topic: str = "",
        reason: str = "",
    ) -> Outcome:
        """File a request for `site` (PENDING, or ACCEPTED on an auto-accept floor).

        `at` is the console's time of the event; `requested_at` (default `at`) is kept as given and does not
        decide the order: the server sequence does. Several requests that arrive together go in by the server's
        request time: use `request_batch`.
        """
        event = FloorEvent.REQUEST
        if self._closed:
            return _refused(RefusalCode.SESSION_ENDED, event, detail="the session has ended")
        if not Priority.LOWEST <= priority <= Priority.HIGHEST:
            return _refused(RefusalCode.BAD_PRIORITY, event, detail=f"priority {priority} not in 0..4")
        if site in self._active:
            other = self._records[self._active[site]]
            return _refused(
                RefusalCode.DUPLICATE_REQUEST,
                event,
                request_id=other.seq,
                state=other.state,
                detail=f"{site} already has request {other.seq}",
            )
        limit = self._policy.max_queue
        if limit is not None and len(self._pending) + len(self._queue) >= limit:
            return _refused(RefusalCode.QUEUE_FULL, event, detail=f"{limit} requests already waiting")
        seq = self._next_seq
        self._next_seq += 1
        rec = _Record(
            seq=seq,
            site=site,
            state=FloorState.PENDING if self._policy.moderated else FloorState.ACCEPTED,
            priority=int(priority),
            requested_at=requested_at if requested_at is not None else at,
            source=source,
            delegate=delegate,
            topic=topic,
            rank=Fraction(seq),
            reason=reason if reason or self._policy.moderated else Reason.AUTO_ACCEPT,
        )
        self._records[seq] = rec
        self._active[site] = seq
        if rec.state is FloorState.PENDING:
            self._pending.append(seq)
            self._pending.sort(key=self._pending_key)
        else:
            self._queue.append(seq)
            self._queue.sort(key=self._queue_key)
        transition = self._transition(rec, None, event, at, actor, rec.reason)
        return self._commit(seq, [transition])

    def request_batch(self, items: Iterable[NewRequest], *, at: datetime, actor: str) -> tuple[Outcome, ...]:
        """File requests that arrived together, in the order of their server request time (stable for ties).

        The outcomes are in that order too; a refused item does not stop the others.
        """
        ordered = sorted(items, key=lambda item: item.requested_at)
        return tuple(
            self.request(
                item.site,
                at=at,
                actor=actor,
                priority=item.priority,
                requested_at=item.requested_at,
                source=item.source,
                delegate=item.delegate,
                topic=item.topic,
            )
            for item in ordered
        )

    # --- events on one request ---------------------------------------------------------------------

    def apply(
        self,
        request_id: int,
        event: FloorEvent,
        *,
        at: datetime,
        actor: str,
        position: int | None = None,
        priority: int | None = None,
        out_of_turn: bool = False,
        reason: str = "",
    ) -> Outcome:
        """Apply `event` to one request, following TRANSITIONS and its guards; refuse with no change otherwise.

        `position` is taken by ACCEPT and REORDER, `priority` by REORDER, `out_of_turn` by GRANT (the chair's
        pick of a request that is not the head of the queue).
        """
        rec = self._records.get(request_id)
        if rec is None:
            return _refused(RefusalCode.UNKNOWN_REQUEST, event, request_id=request_id)
        if event is FloorEvent.REQUEST or (rec.state, event) not in TRANSITIONS:
            return _refused(
                RefusalCode.ILLEGAL_TRANSITION,
                event,
                request_id=request_id,
                state=rec.state,
                detail=f"{event.value} is not legal in state {rec.state.name}",
            )
        if position is not None and event not in (FloorEvent.ACCEPT, FloorEvent.REORDER):
            return self._bad_argument(rec, event, "position")
        if priority is not None and event is not FloorEvent.REORDER:
            return self._bad_argument(rec, event, "priority")
        if out_of_turn and event is not FloorEvent.GRANT:
            return self._bad_argument(rec, event, "out_of_turn")

        out: list[Transition] = []
        if event is FloorEvent.ACCEPT:
            rec_priority, rank = rec.priority, Fraction(rec.seq)
            if position is not None:
                placed = self._placement(rec, event, position, None)
                if isinstance(placed, Refusal):
                    return Outcome(request_id=request_id, refusal=placed)
                rec_priority, rank = placed
            rec.priority, rec.rank = rec_priority, rank
            self._move(rec, event, at, actor, reason, out)
        elif event is FloorEvent.REORDER:
            refusal = self._reorder(rec, position, priority)
            if refusal is not None:
                return Outcome(request_id=request_id, refusal=refusal)
            self._move(rec, event, at, actor, reason, out)
        elif event is FloorEvent.GRANT:
            if self._holder is not None:
                return _refused(
                    RefusalCode.FLOOR_BUSY,
                    event,
                    request_id=request_id,
                    state=rec.state,
                    detail=f"request {self._holder} holds the floor",
                )
            if not out_of_turn and self._queue[0] != request_id:
                return _refused(
                    RefusalCode.NOT_HEAD,
                    event,
                    request_id=request_id,
                    state=rec.state,
                    detail=f"position {self.position(request_id)}; grant it out of turn to pick it",
                )
            self._move(rec, event, at, actor, reason, out)
        elif event is FloorEvent.GRANT_NOW:
            self._preempt_holder(at, actor, out)
            self._move(rec, event, at, actor, reason, out)
        else:
            self._move(rec, event, at, actor, reason, out)
            if event in _HOLDER_LEAVES and out[0].from_state is FloorState.GRANTED:
                self._advance(at, out)
        return self._commit(request_id, out)

    def accept(
        self, request_id: int, *, at: datetime, actor: str, position: int | None = None, reason: str = ""
    ) -> Outcome:
        return self.apply(request_id, FloorEvent.ACCEPT, at=at, actor=actor, position=position, reason=reason)

    def deny(self, request_id: int, *, at: datetime, actor: str, reason: str = "") -> Outcome:
        return self.apply(request_id, FloorEvent.DENY, at=at, actor=actor, reason=reason)

    def grant_now(self, request_id: int, *, at: datetime, actor: str, reason: str = "") -> Outcome:
        return self.apply(request_id, FloorEvent.GRANT_NOW, at=at, actor=actor, reason=reason)

    def grant(
        self, request_id: int, *, at: datetime, actor: str, out_of_turn: bool = False, reason: str = ""
    ) -> Outcome:
        return self.apply(
            request_id, FloorEvent.GRANT, at=at, actor=actor, out_of_turn=out_of_turn, reason=reason
        )

    def release(self, request_id: int, *, at: datetime, actor: str, reason: str = "") -> Outcome:
        return self.apply(request_id, FloorEvent.RELEASE, at=at, actor=actor, reason=reason)

    def disconnect(self, request_id: int, *, at: datetime, actor: str, reason: str = "") -> Outcome:
        return self.apply(request_id, FloorEvent.DISCONNECT, at=at, actor=actor, reason=reason)

    def reorder(
        self,
        request_id: int,
        *,
        at: datetime,
        actor: str,
        position: int | None = None,
        priority: int | None = None,
        reason: str = "",
    ) -> Outcome:
        return self.apply(
            request_id,
            FloorEvent.REORDER,
            at=at,
            actor=actor,
            position=position,
            priority=priority,
            reason=reason,
        )

    def revoke(self, request_id: int, *, at: datetime, actor: str, reason: str = "") -> Outcome:
        return self.apply(request_id, FloorEvent.REVOKE, at=at, actor=actor, reason=reason)

    def preempt(
        self, request_id: int, *, at: datetime, actor: str, reason: str = Reason.PREEMPTED
    ) -> Outcome:
        """Revoke the holder because the floor goes to someone else (no auto-advance)."""
        return self.apply(request_id, FloorEvent.PREEMPT, at=at, actor=actor, reason=reason)

    def give_floor_now(self, request_id: int, *, at: datetime, actor: str, reason: str = "") -> Outcome:
        """The chair's "give the floor now" for a waiting request, pending or queued, preempting the holder.

        PENDING: GRANT_NOW. ACCEPTED: PREEMPT of the holder (if any), then GRANT out of turn.
        """
        rec = self._records.get(request_id)
        if rec is None:
            return _refused(RefusalCode.UNKNOWN_REQUEST, FloorEvent.GRANT_NOW, request_id=request_id)
        if rec.state is FloorState.PENDING:
            return self.apply(request_id, FloorEvent.GRANT_NOW, at=at, actor=actor, reason=reason)
        if rec.state is FloorState.GRANTED:
            return _refused(RefusalCode.ALREADY_HOLDER, FloorEvent.GRANT_NOW, request_id, rec.state)
        if rec.state is not FloorState.ACCEPTED:
            return _refused(RefusalCode.ILLEGAL_TRANSITION, FloorEvent.GRANT_NOW, request_id, rec.state)
        out: list[Transition] = []
        self._preempt_holder(at, actor, out)
        self._move(rec, FloorEvent.GRANT, at, actor, reason, out)
        return self._commit(request_id, out)

    # --- events on the whole floor -----------------------------------------------------------------

    def end_session(self, *, at: datetime, actor: str, reason: str = Reason.SESSION_END) -> Outcome:
        """SESSION_END for every active request (holder, then the queue, then pending); closes the floor."""
        if self._closed:
            return _refused(RefusalCode.SESSION_ENDED, FloorEvent.SESSION_END, detail="already ended")
        self._closed = True
        out: list[Transition] = []
        for seq in [*([self._holder] if self._holder is not None else []), *self._queue, *self._pending]:
            self._move(self._records[seq], FloorEvent.SESSION_END, at, actor, reason, out)
        return self._commit(None, out)

    def tick(self, now: datetime) -> tuple[DueAction, ...]:
        """What the maximum speaking time makes due at `now`: a WARN once per grant, then the HOLD_TIMEOUT revoke.

        The revoke is applied here (actor SYSTEM_ACTOR), followed by auto-advance when the policy says so. A tick
        that arrives after the deadline revokes without warning first.
        """
        deadline = self.holder_deadline()
        if deadline is None or self._holder is None:
            return ()
        rec = self._records[self._holder]
        if now >= deadline:
            outcome = self.apply(
                rec.seq, FloorEvent.HOLD_TIMEOUT, at=now, actor=SYSTEM_ACTOR, reason=Reason.HOLD_TIMEOUT
            )
            return (DueAction(Due.HOLD_TIMEOUT, rec.seq, rec.site, now, deadline, outcome.transitions),)
        if not rec.warned and now >= deadline - self._policy.warn_before:
            rec.warned = True
            return (DueAction(Due.WARN, rec.seq, rec.site, now, deadline),)
        return ()

    # --- what the MCU glue reports -----------------------------------------------------------------

    def on_operator_unmute(self, site: str, *, at: datetime, actor: str) -> Outcome:
        """An operator unmuted `site`: if it was waiting (pending or queued) that is a grant, preempting the holder."""
        seq = self._active.get(site)
        if seq is None:
            return _refused(RefusalCode.NO_ACTIVE_REQUEST, FloorEvent.GRANT_NOW, detail=site)
        return self.give_floor_now(seq, at=at, actor=actor, reason=Reason.OPERATOR_UNMUTE)

    def on_hand_lowered(self, site: str, *, at: datetime, actor: str | None = None) -> Outcome:
        """The site's hand went down: a waiting request is withdrawn (CANCELLED); a GRANTED one is not touched.

        `actor` defaults to the site itself.
        """
        seq = self._active.get(site)
        if seq is None:
            return _refused(RefusalCode.NO_ACTIVE_REQUEST, FloorEvent.RELEASE, detail=site)
        if self._records[seq].state is FloorState.GRANTED:
            return _refused(RefusalCode.ALREADY_HOLDER, FloorEvent.RELEASE, seq, FloorState.GRANTED)
        return self.apply(
            seq,
            FloorEvent.RELEASE,
            at=at,
            actor=actor if actor is not None else site,
            reason=Reason.HAND_LOWERED,
        )

    def on_site_left(self, site: str, *, at: datetime, actor: str | None = None) -> Outcome:
        """The site left the conference: DISCONNECT its active request. `actor` defaults to the site itself."""
        seq = self._active.get(site)
        if seq is None:
            return _refused(RefusalCode.NO_ACTIVE_REQUEST, FloorEvent.DISCONNECT, detail=site)
        return self.apply(
            seq,
            FloorEvent.DISCONNECT,
            at=at,
            actor=actor if actor is not None else site,
            reason=Reason.SITE_LEFT,
        )

    # --- internals ---------------------------------------------------------------------------------

    def _queue_key(self, seq: int) -> tuple[int, Fraction, int]:
        rec = self._records[seq]
        return (-rec.priority, rec.rank, rec.seq)

    def _pending_key(self, seq: int) -> tuple[int, int]:
        return (-self._records[seq].priority, seq)

    def _freeze(self, rec: _Record) -> FloorRequest:
        return FloorRequest(
            site=rec.site,
            state=rec.state,
            priority=rec.priority,
            requested_at=rec.requested_at,
            source=rec.source,
            delegate=rec.delegate,
            topic=rec.topic,
            granted_at=rec.granted_at,
            ended_at=rec.ended_at,
            reason=rec.reason,
            seq=rec.seq,
            meeting_id=self._meeting_id,
        )

    def _bad_argument(self, rec: _Record, event: FloorEvent, name: str) -> Outcome:
        return _refused(
            RefusalCode.BAD_ARGUMENT, event, rec.seq, rec.state, detail=f"{event.value} takes no {name}"
        )

    def _placement(
        self, rec: _Record, event: FloorEvent, position: int, priority: int | None
    ) -> tuple[int, Fraction] | Refusal:
        """The (priority, rank) that puts `rec` at `position` of the queue, or why it cannot go there."""
        others = [self._records[seq] for seq in self._queue if seq != rec.seq]
        if not 1 <= position <= len(others) + 1:
            return Refusal(
                RefusalCode.BAD_POSITION,
                event,
                rec.seq,
                rec.state,
                f"position {position} not in 1..{len(others) + 1}",
            )
        before = others[position - 2] if position >= 2 else None
        after = others[position - 1] if position <= len(others) else None
        lowest = after.priority if after is not None else Priority.LOWEST
        highest = before.priority if before is not None else Priority.HIGHEST
        if priority is None:
            new_priority = min(max(rec.priority, lowest), highest)
        elif lowest <= priority <= highest:
            new_priority = priority
        else:
            return Refusal(
                RefusalCode.PRIORITY_CONFLICT,
                event,
                rec.seq,
                rec.state,
                f"priority {priority} cannot stand at position {position} (between {highest} and {lowest})",
            )
        before_rank = before.rank if before is not None and before.priority == new_priority else None
        after_rank = after.rank if after is not None and after.priority == new_priority else None
        if before_rank is not None and after_rank is not None:
            rank = _between(before_rank, after_rank)
        elif before_rank is not None:
            rank = _between(
                before_rank, Fraction(self._next_seq)
            )  # later arrivals (seq >= next_seq) go behind
        elif after_rank is not None:
            rank = _between(after_rank - 1, after_rank)
        else:
            rank = rec.rank  # alone in its band at that place
        return int(new_priority), rank

    def _reorder(self, rec: _Record, position: int | None, priority: int | None) -> Refusal | None:
        """Set the new priority and rank of a REORDER, or say why not (then nothing was changed)."""
        event = FloorEvent.REORDER
        if position is None and priority is None:
            return Refusal(
                RefusalCode.BAD_ARGUMENT, event, rec.seq, rec.state, "reorder needs a position or priority"
            )
        if priority is not None and not Priority.LOWEST <= priority <= Priority.HIGHEST:
            return Refusal(
                RefusalCode.BAD_PRIORITY, event, rec.seq, rec.state, f"priority {priority} not in 0..4"
            )
        if position is None:
            assert priority is not None
            rec.priority, rec.rank = priority, Fraction(rec.seq)
            return None
        placed = self._placement(rec, event, position, priority)
        if isinstance(placed, Refusal):
            return placed
        rec.priority, rec.rank = placed
        return None

    def _preempt_holder(self, at: datetime, actor: str, out: list[Transition]) -> None:
        if self._holder is not None:
            self._move(self._records[self._holder], FloorEvent.PREEMPT, at, actor, Reason.PREEMPTED, out)

    def _advance(self, at: datetime, out: list[Transition]) -> None:
        if self._policy.auto_advance and self._holder is None and self._queue:
            head = self._records[self._queue[0]]
            self._move(head, FloorEvent.GRANT, at, SYSTEM_ACTOR, Reason.AUTO_ADVANCE, out)

    def _move(
        self, rec: _Record, event: FloorEvent, at: datetime, actor: str, reason: str, out: list[Transition]
    ) -> None:
        """Apply a legal, guarded transition and record it in `out`."""
        from_state = rec.state
        to_state = TRANSITIONS[(from_state, event)]
        if from_state is FloorState.PENDING:
            self._pending.remove(rec.seq)
        elif from_state is FloorState.ACCEPTED and to_state is not FloorState.ACCEPTED:
            self._queue.remove(rec.seq)
        elif from_state is FloorState.GRANTED:
            self._holder = None
        rec.state = to_state
        rec.reason = reason
        if to_state is FloorState.ACCEPTED:
            if from_state is not FloorState.ACCEPTED:
                self._queue.append(rec.seq)
            self._queue.sort(key=self._queue_key)
        elif to_state is FloorState.GRANTED:
            assert self._holder is None
            self._holder = rec.seq
            rec.granted_at = at
            rec.warned = False
        if to_state.terminal:
            rec.ended_at = at
            del self._active[rec.site]
        out.append(self._transition(rec, from_state, event, at, actor, reason))

    def _transition(
        self,
        rec: _Record,
        from_state: FloorState | None,
        event: FloorEvent,
        at: datetime,
        actor: str,
        reason: str,
    ) -> Transition:
        return Transition(
            request_id=rec.seq,
            site=rec.site,
            from_state=from_state,
            to_state=rec.state,
            event=event,
            actor=actor,
            at=at,
            reason=reason,
            priority=rec.priority,
            position=self.position(rec.seq),
        )

    def _commit(self, request_id: int | None, transitions: list[Transition]) -> Outcome:
        self._history.extend(transitions)
        for transition in transitions:
            for listener in list(self._listeners):
                listener(transition)
        return Outcome(request_id=request_id, transitions=tuple(transitions))


def _refused(
    code: RefusalCode,
    event: FloorEvent,
    request_id: int | None = None,
    state: FloorState | None = None,
    *,
    detail: str = "",
) -> Outcome:
    return Outcome(request_id=request_id, refusal=Refusal(code, event, request_id, state, detail))


def _between(low: Fraction, high: Fraction) -> Fraction:
    """A rank strictly between `low` and `high` that is not a whole number.

    Ranks of requests the chair never placed are their (whole) sequence numbers, so a placed rank never ties
    with one, and ranks stay distinct within the queue.
    """
    rank = (low + high) / 2
    while rank.denominator == 1:
        rank = (low + rank) / 2
    return rank
