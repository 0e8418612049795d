"""The scheduled test runs and the closing check a running console does by itself (pure: bookings in, answers out).

- **Scheduled test runs**: the first at `start − first_run_before` (one day, or half a day with
  `first_run_half_day`), the second at `start − second_run_before` (one hour). Each stays open
  `scheduled_run` (30 minutes by default: the second closes at T−30, when the checks are due). A running console
  opens one when its time has come and the meeting's conference is up on the MCU — the live conference is the
  meeting by the register's binding rule (`console.register.binding.bound_booking`, handed in as `bound` by
  `console.runtime.readiness_port`; its window widened to the run's lead) — unless a run
  of the meeting is open already or one was started within the slot. A conference that comes up late opens the
  run for what is left of the slot; one that comes up after the slot has ended opens none (a person can).
- **The closing check**: a held meeting (bound to its conference) ends when its conference, once seen, has been
  gone for `grace`, or — its conference not up — when its planned end has passed. A meeting whose conference
  still runs past its planned end is closed when the conference ends.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.readiness import Item, TestRun
from console.domain.register import Booking, MeetingState
from console.readiness.model import ReadinessRules

Binding = Callable[[Iterable[Booking], str, datetime, timedelta], Booking | None]
"""The register's binding rule: the registered meeting a live conference seen at a time is, within a window."""

SCHEDULED = (Item.FIRST_TEST_RUN, Item.SECOND_TEST_RUN)
CLOSE_GRACE = timedelta(minutes=2)  # a conference gone this long has ended (not a dropped link)
CLOSE_LOOKBACK = timedelta(hours=1)  # a meeting that ended longer ago than this is not closed by a console


@dataclass(frozen=True, slots=True)
class Slot:
    """When a scheduled test run of a meeting is open."""

    item: Item
    opens: datetime
    closes: datetime
    lead: timedelta  # how long before the meeting's start it opens


def slots(start: datetime, rules: ReadinessRules) -> tuple[Slot, ...]:
    out = []
    for item in SCHEDULED:
        lead = rules.first_run_before if item is Item.FIRST_TEST_RUN else rules.second_run_before
        opens = start - lead
        out.append(Slot(item, opens, min(opens + rules.scheduled_run, start), lead))
    return tuple(out)


def conference_up(
    booking: Booking,
    pool: Iterable[Booking],
    live: Collection[str],
    at: datetime,
    lead: timedelta,
    bound: Binding,
) -> bool:
    """Whether a live conference is this meeting, by the register's binding rule widened to the run's lead."""
    candidates = list(pool)
    return any(
        (b := bound(candidates, conference, at, lead)) is not None and b.id == booking.id
        for conference in live
    )


def due_runs(
    booking: Booking,
    pool: Sequence[Booking],
    live: Collection[str],
    runs: Sequence[TestRun],
    now: datetime,
    rules: ReadinessRules,
    bound: Binding,
) -> list[Item]:
    """The scheduled runs of `booking` to open at `now` (at most one)."""
    if (
        booking.id is None
        or not booking.registered
        or booking.state not in (MeetingState.REGISTERED, MeetingState.MOVED)
    ):
        return []
    if any(r.open for r in runs):
        return []
    for slot in slots(booking.start, rules):
        if not slot.opens <= now < slot.closes:
            continue
        if any(r.scheduled is slot.item or slot.opens <= r.started_at < slot.closes for r in runs):
            continue
        if conference_up(booking, pool, live, now, slot.lead + rules.scheduled_run, bound):
            return [slot.item]
    return []


def runs_to_close(
    runs: Iterable[TestRun], start: datetime, now: datetime, rules: ReadinessRules
) -> list[TestRun]:
    """The open scheduled runs whose slot has ended."""
    ends = {s.item: s.closes for s in slots(start, rules)}
    return [r for r in runs if r.open and r.scheduled is not None and now >= ends[r.scheduled]]


def closing_due(
    booking: Booking, live: bool, gone_since: datetime | None, now: datetime, grace: timedelta = CLOSE_GRACE
) -> bool:
    """Whether the held meeting has ended at `now`: `live` its conference up now, `gone_since` when this console
    saw it go (None: not seen going)."""
    if booking.state is not MeetingState.HELD or live or now < booking.start:
        return False
    if gone_since is not None and now - gone_since >= grace:
        return True
    end = booking.end or booking.start
    return end <= now <= end + CLOSE_LOOKBACK
