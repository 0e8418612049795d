"""The floor (BFCP speaking queue): the transition table, the queue order, the policies and the invariants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from console.domain import FloorRequest, FloorState, RequestSource
from console.floor.control import (
    SYSTEM_ACTOR,
    TRANSITIONS,
    Due,
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

T0 = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)
CHAIR = "chair"

S = FloorState
E = FloorEvent


def t(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


# The transition table (BFCP states and events), written out here independently of the module under test.
EXPECTED: dict[tuple[FloorState, FloorEvent], FloorState] = {
    (S.PENDING, E.ACCEPT): S.ACCEPTED,
    (S.PENDING, E.DENY): S.DENIED,
    (S.PENDING, E.SESSION_END): S.DENIED,
    (S.PENDING, E.GRANT_NOW): S.GRANTED,
    (S.PENDING, E.RELEASE): S.CANCELLED,
    (S.PENDING, E.DISCONNECT): S.CANCELLED,
    (S.ACCEPTED, E.REORDER): S.ACCEPTED,
    (S.ACCEPTED, E.GRANT): S.GRANTED,
    (S.ACCEPTED, E.DENY): S.DENIED,
    (S.ACCEPTED, E.SESSION_END): S.DENIED,
    (S.ACCEPTED, E.RELEASE): S.CANCELLED,
    (S.ACCEPTED, E.DISCONNECT): S.CANCELLED,
    (S.GRANTED, E.RELEASE): S.RELEASED,
    (S.GRANTED, E.DISCONNECT): S.RELEASED,
    (S.GRANTED, E.REVOKE): S.REVOKED,
    (S.GRANTED, E.HOLD_TIMEOUT): S.REVOKED,
    (S.GRANTED, E.SESSION_END): S.REVOKED,
    (S.GRANTED, E.PREEMPT): S.REVOKED,
}
TERMINAL = {S.DENIED, S.CANCELLED, S.RELEASED, S.REVOKED}
EVENTS_ON_A_REQUEST = [e for e in FloorEvent if e is not FloorEvent.REQUEST]


def ok(outcome: Outcome) -> Outcome:
    assert outcome.ok, outcome.refusal
    return outcome


def new(fc: FloorControl, site: str, at: datetime = T0, priority: int = Priority.NORMAL) -> int:
    outcome = ok(fc.request(site, at=at, actor=site, priority=priority))
    assert outcome.request_id is not None
    return outcome.request_id


def queued(fc: FloorControl, site: str, at: datetime = T0, priority: int = Priority.NORMAL) -> int:
    rid = new(fc, site, at, priority)
    if fc.policy.moderated:
        ok(fc.accept(rid, at=at, actor=CHAIR))
    return rid


def sites(requests: tuple[FloorRequest, ...]) -> list[str]:
    return [r.site for r in requests]


def state_of(fc: FloorControl, rid: int) -> FloorState:
    request = fc.get(rid)
    assert request is not None
    return request.state


# --- the table, pair by pair -----------------------------------------------------------------------


def test_module_table_is_the_protocol_table() -> None:
    assert dict(TRANSITIONS) == EXPECTED


@dataclass
class Floor:
    fc: FloorControl
    target: int
    holder: int | None  # another request holding the floor, if any
    seen: list[Transition]


def build(state: FloorState, with_holder: bool) -> Floor:
    """A floor with a TARGET request in `state`, first in seq order, among other requests in every state."""
    fc = FloorControl(FloorPolicy())
    target = new(fc, "TARGET", t(0))
    if state is S.ACCEPTED:
        ok(fc.accept(target, at=t(1), actor=CHAIR))
    elif state is S.GRANTED:
        ok(fc.grant_now(target, at=t(1), actor=CHAIR))
    elif state is S.DENIED:
        ok(fc.deny(target, at=t(1), actor=CHAIR))
    elif state is S.CANCELLED:
        ok(fc.release(target, at=t(1), actor="TARGET"))
    elif state in (S.RELEASED, S.REVOKED):
        ok(fc.grant_now(target, at=t(1), actor=CHAIR))
        ok(
            fc.release(target, at=t(2), actor="TARGET")
            if state is S.RELEASED
            else fc.revoke(target, at=t(2), actor=CHAIR)
        )
    queued(fc, "QUEUED", t(3))  # same priority, later seq: behind TARGET
    new(fc, "PENDING", t(4))
    ok(fc.deny(new(fc, "DENIED", t(5)), at=t(6), actor=CHAIR))
    holder = None
    if with_holder:
        holder = new(fc, "HOLDER", t(7))
        ok(fc.grant_now(holder, at=t(8), actor=CHAIR))
    assert state_of(fc, target) is state
    seen: list[Transition] = []
    fc.add_listener(seen.append)
    return Floor(fc, target, holder, seen)


def fire(floor: Floor, event: FloorEvent) -> Outcome:
    at, actor = t(100), CHAIR
    if event is E.REORDER:
        return floor.fc.apply(floor.target, event, at=at, actor=actor, position=2)  # behind QUEUED
    return floor.fc.apply(floor.target, event, at=at, actor=actor)


PAIRS = [
    (state, event, with_holder)
    for state in FloorState
    for event in EVENTS_ON_A_REQUEST
    for with_holder in (False, True)
    if not (with_holder and state is S.GRANTED)
]


@pytest.mark.parametrize(("state", "event", "with_holder"), PAIRS)
def test_every_state_event_pair(state: FloorState, event: FloorEvent, with_holder: bool) -> None:
    floor = build(state, with_holder)
    fc = floor.fc
    before = fc.snapshot()
    outcome = fire(floor, event)
    legal = (state, event) in EXPECTED
    busy = with_holder and (state, event) == (S.ACCEPTED, E.GRANT)
    if not legal or busy:
        assert outcome.refusal is not None
        assert outcome.refusal.code is (RefusalCode.FLOOR_BUSY if busy else RefusalCode.ILLEGAL_TRANSITION)
        assert outcome.refusal.state is state
        assert outcome.transitions == ()
        assert fc.snapshot() == before
        assert floor.seen == []
        return
    ok(outcome)
    after = fc.snapshot()
    expected = EXPECTED[(state, event)]
    assert state_of(fc, floor.target) is expected
    mine = [tr for tr in outcome.transitions if tr.request_id == floor.target]
    assert [(tr.from_state, tr.event, tr.to_state, tr.at) for tr in mine] == [
        (state, event, expected, t(100))
    ]
    changed = {floor.target}
    if event is E.GRANT_NOW and floor.holder is not None:  # the holder was preempted first
        changed.add(floor.holder)
        assert [(tr.request_id, tr.event) for tr in outcome.transitions] == [
            (floor.holder, E.PREEMPT),
            (floor.target, E.GRANT_NOW),
        ]
        assert state_of(fc, floor.holder) is S.REVOKED
    else:
        assert len(outcome.transitions) == 1  # no auto-advance with the default policy
    untouched_before = [r for r in before.requests if r.seq not in changed]
    untouched_after = [r for r in after.requests if r.seq not in changed]
    assert untouched_after == untouched_before
    assert list(after.requests[len(before.requests) :]) == []
    assert floor.seen == list(outcome.transitions)
    assert fc.history[before.history_length :] == outcome.transitions
    target = fc.get(floor.target)
    assert target is not None
    assert (target.ended_at == t(100)) is (expected in TERMINAL)
    if expected is S.GRANTED:
        assert target.granted_at == t(100)
        assert fc.holder() == target
    if expected is S.ACCEPTED:
        assert fc.position(floor.target) == (1 if event is E.ACCEPT else 2)
        assert sites(fc.queue()) == (["TARGET", "QUEUED"] if event is E.ACCEPT else ["QUEUED", "TARGET"])
    else:
        assert fc.position(floor.target) == 0


@pytest.mark.parametrize("state", list(FloorState))
def test_request_for_a_site_refused_while_it_has_an_active_request(state: FloorState) -> None:
    floor = build(state, with_holder=False)
    fc = floor.fc
    before = fc.snapshot()
    outcome = fc.request("TARGET", at=t(100), actor="TARGET")
    if state.terminal:
        ok(outcome)
        assert outcome.request_id == before.next_seq
        assert state_of(fc, floor.target) is state
        active = fc.active_for("TARGET")
        assert active is not None
        assert active.state is S.PENDING
        assert active.seq == outcome.request_id
    else:
        assert outcome.refusal is not None
        assert outcome.refusal.code is RefusalCode.DUPLICATE_REQUEST
        assert outcome.refusal.code.bfcp_error == 8
        assert outcome.refusal.request_id == floor.target
        assert fc.snapshot() == before
        assert floor.seen == []


def test_unknown_request_is_refused() -> None:
    fc = FloorControl()
    new(fc, "A")
    before = fc.snapshot()
    outcome = fc.accept(99, at=t(1), actor=CHAIR)
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.UNKNOWN_REQUEST
    assert outcome.refusal.code.bfcp_error == 7
    assert fc.snapshot() == before


def test_request_event_on_an_existing_request_is_illegal() -> None:
    fc = FloorControl()
    rid = new(fc, "A")
    before = fc.snapshot()
    outcome = fc.apply(rid, E.REQUEST, at=t(1), actor=CHAIR)
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.ILLEGAL_TRANSITION
    assert fc.snapshot() == before


@pytest.mark.parametrize(
    ("event", "kwargs"),
    [
        (E.DENY, {"position": 1}),
        (E.ACCEPT, {"priority": 3}),
        (E.ACCEPT, {"out_of_turn": True}),
        (E.RELEASE, {"position": 1}),
    ],
)
def test_arguments_an_event_does_not_take_are_refused(event: FloorEvent, kwargs: dict[str, object]) -> None:
    fc = FloorControl()
    rid = new(fc, "A")
    before = fc.snapshot()
    outcome = fc.apply(rid, event, at=t(1), actor=CHAIR, **kwargs)  # type: ignore[arg-type]
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.BAD_ARGUMENT
    assert fc.snapshot() == before


# --- order of the queue ----------------------------------------------------------------------------


def test_queue_orders_by_priority_then_server_sequence_not_request_time() -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    # requested_at runs backwards: the order must not follow it
    for i, (site, priority) in enumerate([("A", 2), ("B", 4), ("C", 2), ("D", 0), ("E", 4)]):
        ok(fc.request(site, at=t(i), actor=site, priority=priority, requested_at=t(-10 * i)))
    assert sites(fc.queue()) == ["B", "E", "A", "C", "D"]
    assert [fc.position(r.seq) for r in fc.queue()] == [1, 2, 3, 4, 5]
    assert [r.seq for r in fc.queue()] == [2, 5, 1, 3, 4]
    a = fc.active_for("A")
    assert a is not None
    assert a.requested_at == t(0)
    d = fc.active_for("D")
    assert d is not None
    assert d.requested_at == t(-30)  # kept as given
    next_up = fc.next_up()
    assert next_up is not None
    assert next_up.site == "B"


def test_pending_is_listed_by_priority_then_sequence_and_has_no_position() -> None:
    fc = FloorControl()
    a, b, c = new(fc, "A", priority=1), new(fc, "B", priority=3), new(fc, "C", priority=1)
    assert sites(fc.pending()) == ["B", "A", "C"]
    assert [fc.position(rid) for rid in (a, b, c)] == [0, 0, 0]
    assert fc.queue() == ()
    assert fc.next_up() is None


def test_batch_goes_in_by_server_request_time() -> None:
    fc = FloorControl()
    outcomes = fc.request_batch(
        [
            NewRequest("late", t(30)),
            NewRequest("first", t(10)),
            NewRequest("tie-1", t(20)),
            NewRequest("tie-2", t(20), priority=Priority.HIGH, source=RequestSource.PHONE, topic="roads"),
        ],
        at=t(40),
        actor="mcu",
    )
    assert all(o.ok for o in outcomes)
    by_seq = sorted(fc.requests(), key=lambda r: r.seq)
    assert [r.site for r in by_seq] == ["first", "tie-1", "tie-2", "late"]
    assert [r.requested_at for r in by_seq] == [t(10), t(20), t(20), t(30)]
    assert by_seq[2].source is RequestSource.PHONE
    assert by_seq[2].topic == "roads"


def test_accept_at_a_position_and_priority_band() -> None:
    fc = FloorControl()
    a = queued(fc, "A", priority=3)
    b = queued(fc, "B", priority=2)
    c = new(fc, "C", priority=2)
    ok(fc.accept(c, at=t(1), actor=CHAIR, position=2))  # before B (same band, earlier place)
    assert sites(fc.queue()) == ["A", "C", "B"]
    d = new(fc, "D", priority=0)
    ok(fc.accept(d, at=t(2), actor=CHAIR, position=1))  # to the head: takes the head's priority
    assert sites(fc.queue()) == ["D", "A", "C", "B"]
    moved = fc.get(d)
    assert moved is not None
    assert moved.priority == 3
    assert [fc.position(x) for x in (d, a, c, b)] == [1, 2, 3, 4]
    e = new(fc, "E")
    before = fc.snapshot()
    outcome = fc.accept(e, at=t(3), actor=CHAIR, position=6)
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.BAD_POSITION
    assert fc.snapshot() == before


def test_reorder_keeps_positions_contiguous_and_holds_against_later_arrivals() -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    a, b, c, d = (queued(fc, s, t(i)) for i, s in enumerate("ABCD"))
    outcome = ok(fc.reorder(d, at=t(10), actor=CHAIR, position=1))
    (tr,) = outcome.transitions
    assert (tr.from_state, tr.event, tr.to_state, tr.position, tr.actor) == (
        S.ACCEPTED,
        E.REORDER,
        S.ACCEPTED,
        1,
        CHAIR,
    )
    assert sites(fc.queue()) == ["D", "A", "B", "C"]
    ok(fc.reorder(a, at=t(11), actor=CHAIR, position=4))
    assert sites(fc.queue()) == ["D", "B", "C", "A"]
    ok(fc.reorder(c, at=t(12), actor=CHAIR, position=2))
    assert sites(fc.queue()) == ["D", "C", "B", "A"]
    assert [fc.position(x) for x in (d, c, b, a)] == [1, 2, 3, 4]
    queued(fc, "E", t(13))  # same priority: behind every placement
    assert sites(fc.queue()) == ["D", "C", "B", "A", "E"]
    queued(fc, "F", t(14), priority=Priority.HIGHEST)  # higher priority: ahead
    assert sites(fc.queue()) == ["F", "D", "C", "B", "A", "E"]
    ok(fc.grant(fc.queue()[0].seq, at=t(15), actor=CHAIR))
    assert sites(fc.queue()) == ["D", "C", "B", "A", "E"]
    assert [fc.position(r.seq) for r in fc.queue()] == [1, 2, 3, 4, 5]


def test_reorder_across_priority_bands() -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    hi = queued(fc, "HI", priority=4)
    mid = queued(fc, "MID", priority=2)
    lo = queued(fc, "LO", priority=0)
    ok(fc.reorder(lo, at=t(1), actor=CHAIR, position=2))  # between a 4 and a 2: raised to 2
    moved = fc.get(lo)
    assert moved is not None
    assert moved.priority == 2
    assert sites(fc.queue()) == ["HI", "LO", "MID"]
    ok(fc.reorder(hi, at=t(2), actor=CHAIR, position=3))  # to the tail: lowered to the tail's band
    lowered = fc.get(hi)
    assert lowered is not None
    assert lowered.priority == 2
    assert sites(fc.queue()) == ["LO", "MID", "HI"]
    ok(fc.reorder(mid, at=t(3), actor=CHAIR, priority=4))  # priority only: natural place in the new band
    assert sites(fc.queue()) == ["MID", "LO", "HI"]
    ok(fc.reorder(mid, at=t(4), actor=CHAIR, position=2, priority=2))
    assert sites(fc.queue()) == ["LO", "MID", "HI"]


def test_priority_only_reorder_returns_a_placed_request_to_its_natural_place() -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    queued(fc, "A")
    queued(fc, "B")
    c = queued(fc, "C")
    ok(fc.reorder(c, at=t(1), actor=CHAIR, position=1))
    assert sites(fc.queue()) == ["C", "A", "B"]
    ok(fc.reorder(c, at=t(2), actor=CHAIR, priority=Priority.NORMAL))
    assert sites(fc.queue()) == ["A", "B", "C"]


def test_placements_never_tie_with_requests_accepted_later() -> None:
    fc = FloorControl()
    a = queued(fc, "A")  # seq 1
    p = new(fc, "P")  # seq 2, accepted later: its rank will be 2
    queued(fc, "C")  # seq 3
    d = queued(fc, "D")  # seq 4
    ok(fc.reorder(d, at=t(1), actor=CHAIR, position=2))  # between ranks 1 and 3, but not at 2
    assert sites(fc.queue()) == ["A", "D", "C"]
    ok(fc.accept(p, at=t(2), actor=CHAIR))  # older than C: goes before it; the chair put D right after A
    assert sites(fc.queue()) == ["A", "D", "P", "C"]
    e = queued(fc, "E")  # seq 5
    ok(fc.reorder(e, at=t(3), actor=CHAIR, position=1))  # before A (rank 1), but not at rank 0
    f = new(fc, "F")  # seq 6
    ok(fc.reorder(a, at=t(4), actor=CHAIR, position=1))
    assert sites(fc.queue()) == ["A", "E", "D", "P", "C"]
    ok(fc.accept(f, at=t(5), actor=CHAIR))
    ok(fc.reorder(f, at=t(6), actor=CHAIR, position=2))  # between A and E, whatever their ranks
    assert sites(fc.queue()) == ["A", "F", "E", "D", "P", "C"]
    assert [fc.position(r.seq) for r in fc.queue()] == [1, 2, 3, 4, 5, 6]
    ranks = fc.snapshot().ranks
    assert len(set(ranks)) == len(ranks)


def test_a_placement_at_the_front_of_a_band_never_ties_either() -> None:
    fc = FloorControl()
    queued(fc, "A", priority=3)  # seq 1
    p = new(fc, "P")  # seq 2
    queued(fc, "C")  # seq 3
    d = queued(fc, "D")  # seq 4
    ok(fc.reorder(d, at=t(1), actor=CHAIR, position=2))  # first of the priority-2 band, before C (rank 3)
    ok(fc.accept(p, at=t(2), actor=CHAIR))
    assert sites(fc.queue()) == ["A", "P", "D", "C"]
    f = queued(fc, "F")  # seq 5
    ok(fc.reorder(f, at=t(3), actor=CHAIR, position=3))  # between P and D
    assert sites(fc.queue()) == ["A", "P", "F", "D", "C"]


@pytest.mark.parametrize(
    ("position", "priority", "code"),
    [
        (1, 0, RefusalCode.PRIORITY_CONFLICT),  # head is priority 4: a 0 cannot stand before it
        (0, None, RefusalCode.BAD_POSITION),
        (4, None, RefusalCode.BAD_POSITION),
        (None, 5, RefusalCode.BAD_PRIORITY),
        (None, -1, RefusalCode.BAD_PRIORITY),
        (None, None, RefusalCode.BAD_ARGUMENT),
    ],
)
def test_reorder_refusals_change_nothing(
    position: int | None, priority: int | None, code: RefusalCode
) -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    queued(fc, "HI", priority=4)
    queued(fc, "MID", priority=2)
    lo = queued(fc, "LO", priority=0)
    before = fc.snapshot()
    outcome = fc.reorder(lo, at=t(1), actor=CHAIR, position=position, priority=priority)
    assert outcome.refusal is not None
    assert outcome.refusal.code is code
    assert fc.snapshot() == before


def test_request_with_a_priority_out_of_range_is_refused() -> None:
    fc = FloorControl()
    outcome = fc.request("A", at=T0, actor="A", priority=5)
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.BAD_PRIORITY
    assert fc.requests() == ()


# --- REQUEST guards ------------------------------------------------------------------------------------


def test_duplicate_request_is_rejected_even_for_the_holder() -> None:
    fc = FloorControl()
    rid = new(fc, "A")
    for event in (E.ACCEPT, E.GRANT, None):  # while PENDING, ACCEPTED, then GRANTED
        before = fc.snapshot()
        outcome = fc.request("A", at=t(3), actor="A")
        assert outcome.refusal is not None
        assert outcome.refusal.code is RefusalCode.DUPLICATE_REQUEST
        assert fc.snapshot() == before
        if event is not None:
            ok(fc.apply(rid, event, at=t(2), actor=CHAIR))
    assert state_of(fc, rid) is S.GRANTED
    ok(fc.release(rid, at=t(5), actor="A"))
    ok(fc.request("A", at=t(6), actor="A"))  # a finished request does not block a new one


def test_queue_full_counts_waiting_requests_not_the_holder() -> None:
    fc = FloorControl(FloorPolicy(max_queue=2))
    a = new(fc, "A")
    queued(fc, "B")
    before = fc.snapshot()
    outcome = fc.request("C", at=t(1), actor="C")
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.QUEUE_FULL
    assert outcome.refusal.code.bfcp_error == 8
    assert fc.snapshot() == before
    ok(fc.grant_now(a, at=t(2), actor=CHAIR))  # the holder is not waiting
    c = new(fc, "C", t(3))
    assert fc.request("D", at=t(4), actor="D").refusal is not None
    ok(fc.deny(c, at=t(5), actor=CHAIR))
    new(fc, "D", t(6))


def test_auto_accept_puts_requests_straight_into_the_queue() -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    outcome = ok(fc.request("A", at=t(1), actor="A"))
    (tr,) = outcome.transitions
    assert (tr.from_state, tr.to_state, tr.event, tr.reason, tr.position) == (
        None,
        S.ACCEPTED,
        E.REQUEST,
        Reason.AUTO_ACCEPT,
        1,
    )
    assert fc.pending() == ()
    assert sites(fc.queue()) == ["A"]
    moderated = FloorControl()
    (tr,) = ok(moderated.request("A", at=t(1), actor="A")).transitions
    assert (tr.from_state, tr.to_state, tr.position) == (None, S.PENDING, 0)


# --- granting ------------------------------------------------------------------------------------------


def test_grant_takes_the_head_unless_the_chair_picks_out_of_turn() -> None:
    fc = FloorControl(FloorPolicy(moderated=False))
    a, b = queued(fc, "A"), queued(fc, "B")
    before = fc.snapshot()
    outcome = fc.grant(b, at=t(1), actor=CHAIR)
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.NOT_HEAD
    assert fc.snapshot() == before
    ok(fc.grant(b, at=t(2), actor=CHAIR, out_of_turn=True))
    assert fc.holder() == fc.get(b)
    outcome = fc.grant(a, at=t(3), actor=CHAIR)
    assert outcome.refusal is not None
    assert outcome.refusal.code is RefusalCode.FLOOR_BUSY


def test_grant_now_revokes_the_holder_first() -> None:
    fc = FloorControl()
    a, b = new(fc, "A"), new(fc, "B")
    ok(fc.grant_now(a, at=t(1), actor=CHAIR))
    outcome = ok(fc.grant_now(b, at=t(2), actor=CHAIR))
    assert [(tr.site, tr.from_state, tr.to_state, tr.event, tr.reason) for tr in outcome.transitions] == [
        ("A", S.GRANTED, S.REVOKED, E.PREEMPT, Reason.PREEMPTED),
        ("B", S.PENDING, S.GRANTED, E.GRANT_NOW, ""),
    ]
    old, holder = fc.get(a), fc.holder()
    assert old is not None
    assert holder is not None
    assert (old.state, old.ended_at) == (S.REVOKED, t(2))
    assert (holder.site, holder.granted_at) == ("B", t(2))


def test_give_floor_now_to_a_queued_request_preempts_then_grants() -> None:
    fc = FloorControl(FloorPolicy(moderated=False, auto_advance=True))
    a, b, c = queued(fc, "A"), queued(fc, "B"), queued(fc, "C")
    ok(fc.grant(a, at=t(1), actor=CHAIR))
    outcome = ok(fc.give_floor_now(c, at=t(2), actor=CHAIR))
    assert [(tr.site, tr.event, tr.to_state) for tr in outcome.transitions] == [
        ("A", E.PREEMPT, S.REVOKED),
        ("C", E.GRANT, S.GRANTED),
    ]  # preemption does not auto-advance B
    assert sites(fc.queue()) == ["B"]
    assert fc.position(b) == 1
    refused = fc.give_floor_now(c, at=t(3), actor=CHAIR)
    assert refused.refusal is not None
    assert refused.refusal.code is RefusalCode.ALREADY_HOLDER
    refused = fc.give_floor_now(a, at=t(3), actor=CHAIR)
    assert refused.refusal is not None
    assert refused.refusal.code is RefusalCode.ILLEGAL_TRANSITION


@pytest.mark.parametrize("leave", [E.RELEASE, E.DISCONNECT, E.REVOKE, E.HOLD_TIMEOUT])
def test_auto_advance_grants_the_head_when_the_holder_leaves(leave: FloorEvent) -> None:
    fc = FloorControl(FloorPolicy(auto_advance=True))
    a = new(fc, "A")
    ok(fc.grant_now(a, at=t(1), actor=CHAIR))
    queued(fc, "B", priority=1)
    c = queued(fc, "C", priority=3)
    outcome = ok(fc.apply(a, leave, at=t(5), actor=CHAIR))
    assert [(tr.site, tr.event, tr.to_state, tr.actor, tr.reason) for tr in outcome.transitions] == [
        ("A", leave, S.RELEASED if leave in (E.RELEASE, E.DISCONNECT) else S.REVOKED, CHAIR, ""),
        ("C", E.GRANT, S.GRANTED, SYSTEM_ACTOR, Reason.AUTO_ADVANCE),
    ]
    holder = fc.holder()
    assert holder is not None
    assert (holder.seq, holder.granted_at) == (c, t(5))
    assert sites(fc.queue()) == ["B"]


def test_no_auto_advance_without_the_policy_or_a_queue() -> None:
    fc = FloorControl()
    a = new(fc, "A")
    ok(fc.grant_now(a, at=t(1), actor=CHAIR))
    queued(fc, "B")
    assert len(ok(fc.release(a, at=t(2), actor="A")).transitions) == 1
    assert fc.holder() is None
    lone = FloorControl(FloorPolicy(auto_advance=True))
    x = new(lone, "X")
    ok(lone.grant_now(x, at=t(1), actor=CHAIR))
    assert len(ok(lone.release(x, at=t(2), actor="X")).transitions) == 1
    assert lone.holder() is None
    # joining the queue of a free floor does not grant by itself: the chair does
    queued(lone, "Y", t(3))
    assert lone.holder() is None


# --- maximum speaking time -----------------------------------------------------------------------------


def test_max_speaking_time_warns_once_then_revokes_and_advances() -> None:
    policy = FloorPolicy(
        auto_advance=True, max_speaking=timedelta(minutes=5), warn_before=timedelta(minutes=1)
    )
    fc = FloorControl(policy)
    a = new(fc, "A")
    ok(fc.grant_now(a, at=t(0), actor=CHAIR))
    b = queued(fc, "B", t(10))
    assert fc.holder_deadline() == t(300)
    assert fc.tick(t(239)) == ()
    (warn,) = fc.tick(t(240))
    assert (warn.kind, warn.request_id, warn.site, warn.at, warn.deadline, warn.transitions) == (
        Due.WARN,
        a,
        "A",
        t(240),
        t(300),
        (),
    )
    assert fc.tick(t(250)) == ()  # once per grant
    assert state_of(fc, a) is S.GRANTED
    (due,) = fc.tick(t(301))
    assert (due.kind, due.request_id, due.deadline) == (Due.HOLD_TIMEOUT, a, t(300))
    assert [(tr.site, tr.event, tr.to_state, tr.actor, tr.at) for tr in due.transitions] == [
        ("A", E.HOLD_TIMEOUT, S.REVOKED, SYSTEM_ACTOR, t(301)),
        ("B", E.GRANT, S.GRANTED, SYSTEM_ACTOR, t(301)),
    ]
    assert fc.history[-2:] == due.transitions
    revoked = fc.get(a)
    assert revoked is not None
    assert (revoked.ended_at, revoked.reason) == (t(301), Reason.HOLD_TIMEOUT)
    assert fc.holder_deadline() == t(601)  # the new holder's own time
    assert fc.tick(t(540)) == ()
    assert [d.kind for d in fc.tick(t(541))] == [Due.WARN]
    assert state_of(fc, b) is S.GRANTED


def test_a_late_tick_revokes_without_warning_first() -> None:
    fc = FloorControl(FloorPolicy(max_speaking=timedelta(minutes=2)))
    a = new(fc, "A")
    ok(fc.grant_now(a, at=t(0), actor=CHAIR))
    assert [d.kind for d in fc.tick(t(500))] == [Due.HOLD_TIMEOUT]
    assert state_of(fc, a) is S.REVOKED
    assert fc.tick(t(600)) == ()


def test_no_maximum_no_ticks() -> None:
    fc = FloorControl()
    a = new(fc, "A")
    ok(fc.grant_now(a, at=t(0), actor=CHAIR))
    assert fc.holder_deadline() is None
    assert fc.tick(t(10**6)) == ()
    assert state_of(fc, a) is S.GRANTED


@pytest.mark.parametrize(
    "kwargs",
    [{"max_queue": 0}, {"max_speaking": timedelta(0)}, {"warn_before": timedelta(seconds=-1)}],
)
def test_policy_rejects_nonsense(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        FloorPolicy(**kwargs)  # type: ignore[arg-type]


# --- what the MCU glue reports -------------------------------------------------------------------------


@pytest.mark.parametrize("moderated", [True, False])
def test_operator_unmute_of_a_waiting_site_is_a_grant(moderated: bool) -> None:
    fc = FloorControl(FloorPolicy(moderated=moderated))
    a, b = new(fc, "A"), new(fc, "B")
    ok(fc.give_floor_now(a, at=t(1), actor=CHAIR))
    outcome = ok(fc.on_operator_unmute("B", at=t(2), actor="op1"))
    assert [(tr.site, tr.event, tr.to_state, tr.actor) for tr in outcome.transitions] == [
        ("A", E.PREEMPT, S.REVOKED, "op1"),
        ("B", E.GRANT_NOW if moderated else E.GRANT, S.GRANTED, "op1"),
    ]
    holder = fc.holder()
    assert holder is not None
    assert (holder.seq, holder.reason) == (b, Reason.OPERATOR_UNMUTE)
    before = fc.snapshot()
    for site, code in (("B", RefusalCode.ALREADY_HOLDER), ("A", RefusalCode.NO_ACTIVE_REQUEST)):
        refused = fc.on_operator_unmute(site, at=t(3), actor="op1")
        assert refused.refusal is not None
        assert refused.refusal.code is code
    assert fc.snapshot() == before


def test_operator_unmute_on_a_free_floor_just_grants() -> None:
    fc = FloorControl()
    new(fc, "A")
    outcome = ok(fc.on_operator_unmute("A", at=t(1), actor="op1"))
    assert [(tr.site, tr.to_state) for tr in outcome.transitions] == [("A", S.GRANTED)]


def test_hand_lowered_withdraws_a_waiting_request_but_not_the_holder() -> None:
    fc = FloorControl()
    a, b, c = new(fc, "A"), queued(fc, "B"), queued(fc, "C")
    new(fc, "D")
    ok(fc.grant_now(a, at=t(1), actor=CHAIR))
    outcome = ok(fc.on_hand_lowered("B", at=t(2)))
    (tr,) = outcome.transitions
    assert (tr.site, tr.from_state, tr.to_state, tr.event, tr.actor, tr.reason) == (
        "B",
        S.ACCEPTED,
        S.CANCELLED,
        E.RELEASE,
        "B",
        Reason.HAND_LOWERED,
    )
    assert fc.position(c) == 1
    assert fc.position(b) == 0
    (tr,) = ok(fc.on_hand_lowered("D", at=t(3), actor="op1")).transitions
    assert (tr.from_state, tr.to_state, tr.actor) == (S.PENDING, S.CANCELLED, "op1")
    before = fc.snapshot()
    for site, code in (("A", RefusalCode.ALREADY_HOLDER), ("Z", RefusalCode.NO_ACTIVE_REQUEST)):
        refused = fc.on_hand_lowered(site, at=t(4))
        assert refused.refusal is not None
        assert refused.refusal.code is code
    assert fc.snapshot() == before
    assert state_of(fc, a) is S.GRANTED


def test_site_left_disconnects_its_request() -> None:
    fc = FloorControl(FloorPolicy(auto_advance=True))
    a, b = new(fc, "A"), queued(fc, "B")
    ok(fc.grant_now(a, at=t(1), actor=CHAIR))
    outcome = ok(fc.on_site_left("A", at=t(2)))
    assert [(tr.site, tr.event, tr.to_state) for tr in outcome.transitions] == [
        ("A", E.DISCONNECT, S.RELEASED),
        ("B", E.GRANT, S.GRANTED),
    ]
    assert state_of(fc, b) is S.GRANTED
    refused = fc.on_site_left("A", at=t(3))
    assert refused.refusal is not None
    assert refused.refusal.code is RefusalCode.NO_ACTIVE_REQUEST


# --- the end of the session ----------------------------------------------------------------------------


def test_session_end_ends_everything_and_closes_the_floor() -> None:
    fc = FloorControl(FloorPolicy(auto_advance=True))
    a, b, c = new(fc, "A"), queued(fc, "B"), new(fc, "C")
    done = new(fc, "DONE")
    ok(fc.deny(done, at=t(1), actor=CHAIR))
    ok(fc.grant_now(a, at=t(2), actor=CHAIR))
    outcome = ok(fc.end_session(at=t(9), actor=CHAIR))
    assert [(tr.request_id, tr.event, tr.to_state, tr.reason) for tr in outcome.transitions] == [
        (a, E.SESSION_END, S.REVOKED, Reason.SESSION_END),
        (b, E.SESSION_END, S.DENIED, Reason.SESSION_END),
        (c, E.SESSION_END, S.DENIED, Reason.SESSION_END),
    ]
    assert fc.closed
    assert all(r.state.terminal for r in fc.requests())
    assert [r.ended_at for r in fc.requests()] == [t(9), t(9), t(9), t(1)]
    assert fc.holder() is None
    assert fc.queue() == fc.pending() == ()
    before = fc.snapshot()
    refused = fc.request("E", at=t(10), actor="E")
    assert refused.refusal is not None
    assert refused.refusal.code is RefusalCode.SESSION_ENDED
    again = fc.end_session(at=t(11), actor=CHAIR)
    assert again.refusal is not None
    assert again.refusal.code is RefusalCode.SESSION_ENDED
    assert fc.snapshot() == before


# --- records for the store -----------------------------------------------------------------------------


def test_every_transition_reaches_history_and_listeners_in_order() -> None:
    fc = FloorControl(FloorPolicy(auto_advance=True), meeting_id=7, first_seq=100)
    seen: list[Transition] = []
    fc.add_listener(seen.append)
    a = new(fc, "A")
    assert a == 100
    ok(fc.accept(a, at=t(1), actor=CHAIR, reason="on the agenda"))
    ok(fc.grant(a, at=t(2), actor=CHAIR))
    b = new(fc, "B", t(3))
    ok(fc.accept(b, at=t(4), actor=CHAIR))
    ok(fc.release(a, at=t(5), actor="A"))
    assert list(fc.history) == seen
    assert [(tr.request_id, tr.from_state, tr.to_state, tr.actor, tr.at) for tr in seen] == [
        (100, None, S.PENDING, "A", t(0)),
        (100, S.PENDING, S.ACCEPTED, CHAIR, t(1)),
        (100, S.ACCEPTED, S.GRANTED, CHAIR, t(2)),
        (101, None, S.PENDING, "B", t(3)),
        (101, S.PENDING, S.ACCEPTED, CHAIR, t(4)),
        (100, S.GRANTED, S.RELEASED, "A", t(5)),
        (101, S.ACCEPTED, S.GRANTED, SYSTEM_ACTOR, t(5)),
    ]
    assert seen[1].reason == "on the agenda"
    assert {r.meeting_id for r in fc.requests()} == {7}
    fc.remove_listener(seen.append)
    ok(fc.release(b, at=t(6), actor="B"))
    assert len(seen) == 7
    assert len(fc.history) == 8


# --- invariants, by random event sequences -------------------------------------------------------------

SITES = ("A", "B", "C", "D", "E", "F", "G")
PRIORITIES = st.sampled_from([0, 1, 2, 3, 4, 2, 4, -1, 5])  # mostly valid
SIMPLE_EVENTS = [
    E.DENY,
    E.GRANT_NOW,
    E.RELEASE,
    E.DISCONNECT,
    E.REVOKE,
    E.HOLD_TIMEOUT,
    E.SESSION_END,
    E.PREEMPT,
]
GRANT_AT = {S.GRANTED, S.RELEASED, S.REVOKED}
LEAVES = {E.RELEASE, E.DISCONNECT, E.REVOKE, E.HOLD_TIMEOUT}


class FloorMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.fc = FloorControl()
        self.now = T0
        self.placed: set[int] = set()  # queued requests the chair placed explicitly
        self.finished: dict[int, FloorRequest] = {}
        self.seen: list[Transition] = []
        self.warned: set[tuple[int, datetime]] = set()

    @initialize(
        moderated=st.booleans(),
        auto_advance=st.booleans(),
        max_queue=st.none() | st.integers(1, 4),
        max_seconds=st.none() | st.sampled_from([90, 120, 180]),
    )
    def setup(
        self, moderated: bool, auto_advance: bool, max_queue: int | None, max_seconds: int | None
    ) -> None:
        policy = FloorPolicy(
            moderated=moderated,
            auto_advance=auto_advance,
            max_queue=max_queue,
            max_speaking=None if max_seconds is None else timedelta(seconds=max_seconds),
            warn_before=timedelta(minutes=1),
        )
        self.fc = FloorControl(policy)
        self.fc.add_listener(self.seen.append)

    # --- helpers

    def ids(self) -> list[int]:
        return sorted(r.seq for r in self.fc.requests())

    def pick(self, n: int, *states: FloorState) -> int:
        """Mostly a request in one of `states`; now and then any request (most likely refused)."""
        fitting = [r.seq for r in self.fc.requests() if r.state in states]
        ids = fitting if fitting and n % 7 else self.ids()
        return ids[n % len(ids)] if ids else 1

    def check(self, before_history: int, before: object, outcome: Outcome) -> None:
        history = self.fc.history
        if outcome.ok:
            assert history[before_history:] == outcome.transitions
        else:
            assert outcome.transitions == ()
            assert self.fc.snapshot() == before
        assert list(history) == self.seen
        self.after(outcome.transitions)

    def after(self, transitions: tuple[Transition, ...]) -> None:
        for tr in transitions:  # a request that leaves the queue is no longer a placement
            if tr.to_state is not S.ACCEPTED:
                self.placed.discard(tr.request_id)
        advanced = [tr for tr in transitions if tr.reason == Reason.AUTO_ADVANCE]
        left = [tr for tr in transitions if tr.from_state is S.GRANTED and tr.event in LEAVES]
        if not self.fc.policy.auto_advance or not left:
            assert advanced == []
        else:  # the floor was handed on to the head of the queue, if there was one
            assert len(advanced) <= 1
            assert (self.fc.holder() is None) is (advanced == [])
            assert self.fc.holder() is not None or self.fc.queue() == ()
            assert all(tr.event is E.GRANT and tr.actor == SYSTEM_ACTOR for tr in advanced)

    # --- rules

    @rule(site=st.sampled_from(SITES), priority=PRIORITIES)
    def request(self, site: str, priority: int) -> None:
        before = self.fc.snapshot()
        outcome = self.fc.request(site, at=self.now, actor=site, priority=priority)
        self.check(before.history_length, before, outcome)

    @precondition(lambda self: self.fc.requests() != ())
    @rule(n=st.integers(0, 50), position=st.none() | st.integers(0, 6))
    def accept(self, n: int, position: int | None) -> None:
        rid = self.pick(n, S.PENDING)
        before = self.fc.snapshot()
        outcome = self.fc.accept(rid, at=self.now, actor=CHAIR, position=position)
        self.check(before.history_length, before, outcome)
        if outcome.ok and position is not None:
            assert self.fc.position(rid) == position
            self.placed.add(rid)

    @precondition(lambda self: self.fc.requests() != ())
    @rule(n=st.integers(0, 50), position=st.none() | st.integers(0, 6), priority=st.none() | PRIORITIES)
    def reorder(self, n: int, position: int | None, priority: int | None) -> None:
        rid = self.pick(n, S.ACCEPTED)
        before = self.fc.snapshot()
        outcome = self.fc.reorder(rid, at=self.now, actor=CHAIR, position=position, priority=priority)
        self.check(before.history_length, before, outcome)
        if outcome.ok:
            request = self.fc.get(rid)
            assert request is not None
            if priority is not None:
                assert request.priority == priority
            if position is not None:
                assert self.fc.position(rid) == position
                self.placed.add(rid)
            else:
                self.placed.discard(rid)

    @precondition(lambda self: self.fc.requests() != ())
    @rule(n=st.integers(0, 50), out_of_turn=st.booleans())
    def grant(self, n: int, out_of_turn: bool) -> None:
        before = self.fc.snapshot()
        outcome = self.fc.grant(self.pick(n, S.ACCEPTED), at=self.now, actor=CHAIR, out_of_turn=out_of_turn)
        self.check(before.history_length, before, outcome)

    @precondition(lambda self: self.fc.requests() != ())
    @rule(n=st.integers(0, 50), event=st.sampled_from(SIMPLE_EVENTS))
    def simple(self, n: int, event: FloorEvent) -> None:
        before = self.fc.snapshot()
        outcome = self.fc.apply(
            self.pick(n, S.PENDING, S.ACCEPTED, S.GRANTED), event, at=self.now, actor=CHAIR
        )
        self.check(before.history_length, before, outcome)

    @precondition(lambda self: self.fc.requests() != ())
    @rule(n=st.integers(0, 50))
    def give_floor_now(self, n: int) -> None:
        before = self.fc.snapshot()
        outcome = self.fc.give_floor_now(self.pick(n, S.PENDING, S.ACCEPTED), at=self.now, actor=CHAIR)
        self.check(before.history_length, before, outcome)
        if outcome.ok:
            holder = self.fc.holder()
            assert holder is not None
            assert holder.seq == outcome.request_id

    @rule(site=st.sampled_from(SITES), what=st.sampled_from(["unmute", "lowered", "left"]))
    def site_report(self, site: str, what: str) -> None:
        before = self.fc.snapshot()
        was = self.fc.active_for(site)
        if what == "unmute":
            outcome = self.fc.on_operator_unmute(site, at=self.now, actor="op")
        elif what == "lowered":
            outcome = self.fc.on_hand_lowered(site, at=self.now)
        else:
            outcome = self.fc.on_site_left(site, at=self.now)
        self.check(before.history_length, before, outcome)
        if was is not None and was.state is S.GRANTED and what != "left":
            assert not outcome.ok  # the holder is not touched by its hand or an unmute
        if was is not None and was.state is not S.GRANTED and what == "unmute":
            holder = self.fc.holder()
            assert holder is not None
            assert holder.seq == was.seq

    @rule(seconds=st.sampled_from([0, 15, 30, 45, 400]))
    def tick(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)
        holder = self.fc.holder()
        deadline = self.fc.holder_deadline()
        before = self.fc.snapshot()
        due = self.fc.tick(self.now)
        if not due:
            assert self.fc.snapshot() == before
            if deadline is not None:
                assert self.now < deadline
            return
        (action,) = due
        assert holder is not None
        assert deadline is not None
        assert action.request_id == holder.seq
        if action.kind is Due.WARN:
            assert deadline - timedelta(minutes=1) <= self.now < deadline
            key = (holder.seq, deadline)
            assert key not in self.warned
            self.warned.add(key)
        else:
            assert self.now >= deadline
            assert action.transitions[0].event is E.HOLD_TIMEOUT
            assert self.fc.history[before.history_length :] == action.transitions
            self.after(action.transitions)
        assert list(self.fc.history) == self.seen

    @precondition(lambda self: len(self.fc.history) > 12)
    @rule()
    def end_session(self) -> None:
        before = self.fc.snapshot()
        outcome = self.fc.end_session(at=self.now, actor=CHAIR)
        self.check(before.history_length, before, outcome)
        assert all(r.state.terminal for r in self.fc.requests())

    # --- invariants

    @invariant()
    def at_most_one_granted(self) -> None:
        granted = [r for r in self.fc.requests() if r.state is S.GRANTED]
        assert len(granted) <= 1
        assert self.fc.holder() == (granted[0] if granted else None)

    @invariant()
    def one_active_request_per_site(self) -> None:
        for site in SITES:
            active = [r for r in self.fc.requests() if r.site == site and not r.state.terminal]
            assert len(active) <= 1
            assert self.fc.active_for(site) == (active[0] if active else None)
        if self.fc.closed:
            assert all(r.state.terminal for r in self.fc.requests())

    @invariant()
    def terminal_requests_never_change(self) -> None:
        for r in self.fc.requests():
            if r.seq in self.finished:
                assert r == self.finished[r.seq]
            elif r.state.terminal:
                self.finished[r.seq] = r

    @invariant()
    def positions_are_one_to_n_in_order(self) -> None:
        fc = self.fc
        queue = fc.queue()
        accepted = {r.seq for r in fc.requests() if r.state is S.ACCEPTED}
        assert {r.seq for r in queue} == accepted
        assert len(queue) == len(accepted)
        assert [fc.position(r.seq) for r in queue] == list(range(1, len(queue) + 1))
        assert all(fc.position(r.seq) == 0 for r in fc.requests() if r.state is not S.ACCEPTED)
        assert all(tr.position == 0 for tr in fc.history if tr.to_state is not S.ACCEPTED)
        snapshot = fc.snapshot()
        keys = [(-r.priority, rank) for r, rank in zip(queue, snapshot.ranks, strict=True)]
        assert keys == sorted(keys)
        assert len(set(keys)) == len(keys)
        for r, rank in zip(queue, snapshot.ranks, strict=True):
            if r.seq not in self.placed:
                assert rank == Fraction(r.seq)
        if not self.placed & accepted:
            assert [r.seq for r in queue] == sorted(accepted, key=lambda s: (-self.priority(s), s))
        pending = fc.pending()
        assert [r.seq for r in pending] == sorted(
            (r.seq for r in fc.requests() if r.state is S.PENDING), key=lambda s: (-self.priority(s), s)
        )
        limit = fc.policy.max_queue
        if limit is not None:
            assert len(queue) + len(pending) <= limit
        assert all(Priority.LOWEST <= r.priority <= Priority.HIGHEST for r in fc.requests())

    def priority(self, seq: int) -> int:
        request = self.fc.get(seq)
        assert request is not None
        return request.priority

    @invariant()
    def timestamps_and_history_agree(self) -> None:
        chains: dict[int, list[Transition]] = {}
        for tr in self.fc.history:
            chains.setdefault(tr.request_id, []).append(tr)
        for r in self.fc.requests():
            chain = chains[r.seq]
            first, rest = chain[0], chain[1:]
            assert (first.from_state, first.event) == (None, E.REQUEST)
            assert first.to_state is (S.PENDING if self.fc.policy.moderated else S.ACCEPTED)
            state: FloorState = first.to_state
            for tr in rest:
                assert tr.from_state is state
                assert EXPECTED[(state, tr.event)] is tr.to_state
                state = tr.to_state
            assert state is r.state
            grants = [tr.at for tr in chain if tr.to_state is S.GRANTED]
            ends = [tr.at for tr in chain if tr.to_state in TERMINAL]
            assert (r.granted_at is not None) is (r.state in GRANT_AT)
            assert r.granted_at == (grants[-1] if grants else None)
            assert len(grants) <= 1
            assert (r.ended_at is not None) is r.state.terminal
            assert r.ended_at == (ends[0] if ends else None)
            assert len(ends) <= 1


TestFloorInvariants = FloorMachine.TestCase
TestFloorInvariants.settings = settings(
    max_examples=300,
    stateful_step_count=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
