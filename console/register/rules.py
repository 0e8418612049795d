"""The register's rules: a meeting is registered ahead, no room is booked twice, the MCU's ports suffice.

    verdict = check(new, existing, RegisterRules(), now=now, names=names)
    verdict.violations   # what refuses the booking (a supervisor may force it with a written reason)
    verdict.warnings     # what is kept and shown but refuses nothing (an emergency's waived lead time, a forcing):
                         # typed (a code and its values); str() is the command line's English line

The rules [000 §6, 001 §6, 002 §8.1]:
- **Lead time.** A meeting is registered at least `lead_time` (2 days; Bắc Kạn's draft says 3) before it starts,
  counted from the registration to the start. An emergency is exempt, and marked: a warning names the rule and
  how it was announced.
- **Rooms.** A site's room is in one meeting at a time: two meetings that overlap share no site, the host site
  included. Meetings that touch (one ends when the other starts) do not overlap.
- **Capacity.** At no moment do the overlapping meetings take more MCU ports than `capacity_ports` (each site
  of a meeting, the host's included, takes one port). Without a capacity the rule is not checked.

Only meetings that hold their rooms count (registered, moved, held); cancelled and not-held ones free them, and
a meeting moved is never in conflict with itself. A violation names its rule, the numbers, the other meeting
(id and title) and the sites by name. Pure: the clock is a parameter.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.clock import LOCAL_TZ
from console.domain.register import Announcement, Booking


class Rule(enum.StrEnum):
    LEAD_TIME = "lead_time"
    ROOM = "room"
    CAPACITY = "capacity"


@dataclass(frozen=True, slots=True)
class RegisterRules:
    lead_time: timedelta = timedelta(days=2)
    capacity_ports: int | None = None  # None: the MCU's capacity is not checked


@dataclass(frozen=True, slots=True)
class SiteRef:
    code: str
    name: str

    def __str__(self) -> str:
        return self.name if self.name == self.code else f"{self.name} ({self.code})"


@dataclass(frozen=True, slots=True)
class OtherMeeting:
    """The meeting a new one collides with; `id` is None for another occurrence of the same new series."""

    id: int | None
    title: str
    start: datetime
    end: datetime

    def __str__(self) -> str:
        which = f"meeting {self.id}" if self.id is not None else "another new occurrence"
        return f'{which} "{self.title}" ({span(self.start, self.end)})'


@dataclass(frozen=True, slots=True)
class LeadTimeViolation:
    """Registered `given` before the start where `required` is the rule."""

    start: datetime
    registered_at: datetime
    required: timedelta
    given: timedelta
    rule: Rule = Rule.LEAD_TIME

    def __str__(self) -> str:
        return (
            f"lead time: the meeting at {local(self.start)} is registered {duration(self.given)} ahead; "
            f"the rule is {duration(self.required)} (an emergency is exempt)"
        )


@dataclass(frozen=True, slots=True)
class RoomConflict:
    """`sites` are in the new meeting (`start`–`end`) and in `other`, which overlaps it."""

    start: datetime
    end: datetime
    other: OtherMeeting
    sites: tuple[SiteRef, ...]
    rule: Rule = Rule.ROOM

    def __str__(self) -> str:
        names = ", ".join(str(s) for s in self.sites)
        return f"room conflict: {names} already in {self.other}, which overlaps {span(self.start, self.end)}"


@dataclass(frozen=True, slots=True)
class CapacityExceeded:
    """At `at` the meetings overlapping there would take `needed` ports of the MCU's `capacity`; the new meeting
    takes `own` of them (its `sites`), `others` the rest."""

    start: datetime
    end: datetime
    at: datetime
    capacity: int
    needed: int
    own: int
    sites: tuple[SiteRef, ...]
    others: tuple[tuple[OtherMeeting, int], ...]  # each with its ports
    rule: Rule = Rule.CAPACITY

    def __str__(self) -> str:
        taken = "; ".join(f"{o} with {n} ports" for o, n in self.others) or "no other meeting"
        return (
            f"MCU capacity: {self.needed} ports needed at {local(self.at)} where the MCU has {self.capacity} "
            f"({self.own} for this meeting's {len(self.sites)} sites, the rest for {taken})"
        )


Violation = LeadTimeViolation | RoomConflict | CapacityExceeded


class WarningCode(enum.StrEnum):
    EMERGENCY = "emergency"  # an emergency registered within the lead time: exempt, and marked
    FORCED = "forced"  # a broken rule a supervisor forced, with the written reason


@dataclass(frozen=True, slots=True)
class EmergencyExempt:
    """An emergency registered `given` before its start where the rule is `required`: exempt, and marked."""

    required: timedelta
    given: timedelta
    announced_by: Announcement | None = None
    code: WarningCode = WarningCode.EMERGENCY

    def __str__(self) -> str:
        how = f", announced by {self.announced_by.value}" if self.announced_by is not None else ""
        return (
            f"emergency{how}: exempt from the {duration(self.required)} lead time "
            f"(registered {duration(self.given)} ahead)"
        )


@dataclass(frozen=True, slots=True)
class ForcedRule:
    """`violation` was forced by a supervisor for `reason`."""

    reason: str
    violation: Violation
    code: WarningCode = WarningCode.FORCED

    def __str__(self) -> str:
        return f"forced ({self.reason}): {self.violation}"


RuleWarning = EmergencyExempt | ForcedRule
"""What the rules keep and show but refuse nothing: a code and its values (`str()` is the command line's
English line; the window words them itself)."""


@dataclass(frozen=True, slots=True)
class Verdict:
    violations: tuple[Violation, ...] = ()
    warnings: tuple[RuleWarning, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.violations

    @property
    def first(self) -> Violation | None:
        """The violation that decides the refusal: lead time first, then rooms, then capacity."""
        order = {Rule.LEAD_TIME: 0, Rule.ROOM: 1, Rule.CAPACITY: 2}
        return min(self.violations, key=lambda v: order[v.rule], default=None)


# --- text ---------------------------------------------------------------------------------------------------
def local(at: datetime) -> str:
    """`2025-03-03 08:00 +07:00`: a time as people at the control center read it."""
    return at.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M %z").replace("+0700", "+07:00")


def span(start: datetime, end: datetime) -> str:
    a, b = start.astimezone(LOCAL_TZ), end.astimezone(LOCAL_TZ)
    tail = b.strftime("%H:%M") if a.date() == b.date() else b.strftime("%Y-%m-%d %H:%M")
    return f"{a.strftime('%Y-%m-%d %H:%M')}–{tail} +07:00"


def duration(d: timedelta) -> str:
    """`2 days`, `1 day 4 h 30 min`, `45 min`, `0 min` (negative: `-1 day 2 h`, a start already past)."""
    sign = "-" if d < timedelta(0) else ""
    minutes = int(abs(d).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    if hours:
        parts.append(f"{hours} h")
    if mins or not parts:
        parts.append(f"{mins} min")
    return sign + " ".join(parts)


# --- the rules ----------------------------------------------------------------------------------------------
def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a meeting ending at 10:00 and one starting at 10:00 do not overlap."""
    return a_start < b_end and b_start < a_end


def _other(b: Booking) -> OtherMeeting:
    assert b.end is not None
    return OtherMeeting(b.id, b.title, b.start, b.end)


def _refs(codes: Sequence[str], names: Mapping[str, str]) -> tuple[SiteRef, ...]:
    return tuple(SiteRef(c, names.get(c, c)) for c in codes)


def lead_time(new: Booking, rules: RegisterRules, now: datetime) -> LeadTimeViolation | None:
    """The lead-time rule for one booking registered at `registered_at` (or `now`), emergencies included."""
    registered = new.registered_at or now
    given = new.start - registered
    if given >= rules.lead_time:
        return None
    return LeadTimeViolation(new.start, registered, rules.lead_time, given)


def room_conflicts(new: Booking, others: Sequence[Booking], names: Mapping[str, str]) -> list[RoomConflict]:
    if new.end is None:
        return []
    rooms = new.rooms
    found = []
    for other in others:
        if other.end is None or not overlaps(new.start, new.end, other.start, other.end):
            continue
        theirs = set(other.rooms)
        shared = [c for c in rooms if c in theirs]
        if shared:
            found.append(RoomConflict(new.start, new.end, _other(other), _refs(shared, names)))
    return found


def capacity_conflict(
    new: Booking, others: Sequence[Booking], capacity: int | None, names: Mapping[str, str]
) -> CapacityExceeded | None:
    """The busiest moment of `new`'s window, if the ports needed there exceed `capacity`.

    The load only rises when a meeting starts, so the moments to look at are `new`'s start and the starts of the
    others within its window.
    """
    if capacity is None or new.end is None:
        return None
    end = new.end
    own = len(new.rooms)
    during = [o for o in others if o.end is not None and overlaps(new.start, end, o.start, o.end)]
    moments = sorted({new.start, *(o.start for o in during if o.start > new.start)})
    worst: tuple[int, datetime, list[Booking]] | None = None
    for t in moments:
        present = [o for o in during if o.end is not None and o.start <= t < o.end]
        needed = own + sum(len(o.rooms) for o in present)
        if worst is None or needed > worst[0]:
            worst = (needed, t, present)
    assert worst is not None
    needed, at, present = worst
    if needed <= capacity:
        return None
    return CapacityExceeded(
        new.start,
        end,
        at,
        capacity,
        needed,
        own,
        _refs(new.rooms, names),
        tuple((_other(o), len(o.rooms)) for o in present),
    )


def check(
    new: Sequence[Booking],
    existing: Sequence[Booking],
    rules: RegisterRules,
    *,
    now: datetime,
    names: Mapping[str, str] | None = None,
    lead: bool = True,
) -> Verdict:
    """The rules for `new` (one meeting, or a series' occurrences) against the meetings already registered.

    `existing` may hold any meetings: those that free their rooms, and `new`'s own rows (a move), are left
    aside. A series' occurrences are also checked against each other. The lead time (unless `lead` is False: a
    move is announced, not registered again) is reported once, for the earliest occurrence that breaks it.
    """
    names = names or {}
    ids = {b.id for b in new if b.id is not None}
    holding = [b for b in existing if b.state.books_rooms and (b.id is None or b.id not in ids)]
    violations: list[Violation] = []
    warnings: list[RuleWarning] = []
    for b in new if lead else ():
        breach = lead_time(b, rules, now)
        if breach is None:
            continue
        if b.emergency:
            warnings.append(EmergencyExempt(rules.lead_time, breach.given, b.announced_by))
        else:
            violations.append(breach)
        break
    for i, b in enumerate(new):
        others = [*holding, *new[:i]]
        violations.extend(room_conflicts(b, others, names))
        over = capacity_conflict(b, others, rules.capacity_ports, names)
        if over is not None:
            violations.append(over)
    return Verdict(tuple(violations), tuple(warnings))


def forced(verdict: Verdict, reason: str) -> Verdict:
    """A supervisor's forcing: nothing refuses, and every broken rule becomes a warning naming the reason."""
    kept = tuple(ForcedRule(reason, v) for v in verdict.violations)
    return Verdict((), verdict.warnings + kept)
