"""The meeting register for the window: the bridge's register requests handled on the session's side.

    desk = register_desk(engine, config)                      # None without a log
    handle_register(desk, CheckBooking(draft), actor, guard)  # -> BookingCheck (nothing stored)
    handle_register(desk, AddBooking(draft), actor, guard)    # -> BookingDone (ids, or none and the refusal)

The same rules as `meeting add|move|cancel` on the command line (`console.register.rules.check`), in the same
locked transactions (`db.register.RegisterStore`); every change is guarded (the supervisor's rights) and audited
as the signed-in person. Blocking: the port runs it off the session's loop. Requests and results are plain
frozen values (`console.runtime.bridge`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from console.access import Actor, Guard, Permission
from console.domain import LOCAL_TZ, Site, utcnow
from console.domain.register import Announcement, Booking, MeetingState, Recurrence, Series
from console.register import SeriesError, check, occurrences
from console.register.rules import RegisterRules
from console.runtime.bridge import (
    AddBooking,
    BookingCheck,
    BookingDone,
    CancelBooking,
    CheckBooking,
    DraftProblem,
    ListBookings,
    MeetingDraft,
    MoveBooking,
    RegisterRequest,
)
from console.runtime.config import Config
from db.engine import session_factory
from db.records import RecordNotFound
from db.register import RegisterStore, bookings_overlapping, get_booking
from db.sites import load_sites


@dataclass
class RegisterDesk:
    """The register in the session's log, with the configured rules and a clock (injected in tests)."""

    sessions: sessionmaker[Session]
    rules: RegisterRules
    clock: Callable[[], datetime] = field(default=utcnow)

    @property
    def store(self) -> RegisterStore:
        return RegisterStore(self.sessions)

    def sites(self) -> list[Site]:
        with self.sessions() as session:
            return load_sites(session)


def register_desk(engine: Engine | None, config: Config) -> RegisterDesk | None:
    return None if engine is None else RegisterDesk(session_factory(engine), config.register.rules())


class _Refused(Exception):
    def __init__(self, verdict: BookingCheck) -> None:
        super().__init__(verdict.problem or "rules")
        self.verdict = verdict


def _problem(problem: DraftProblem) -> BookingCheck:
    return BookingCheck(problem=problem)


def _new_bookings(
    draft: MeetingDraft, sites: Sequence[Site], actor: Actor, now: datetime
) -> tuple[list[Booking], Series | None]:
    """The draft's meetings (one, or a series' occurrences), or `_Refused` with the mistake in it."""
    codes = {s.code for s in sites}
    if not draft.title.strip():
        raise _Refused(_problem(DraftProblem.NO_TITLE))
    if not draft.host_site or draft.host_site not in codes:
        raise _Refused(_problem(DraftProblem.NO_HOST))
    if any(c not in codes for c in draft.sites):
        raise _Refused(_problem(DraftProblem.UNKNOWN_SITE))
    if draft.start >= draft.end:
        raise _Refused(_problem(DraftProblem.START_AFTER_END))
    if draft.start < now:
        raise _Refused(_problem(DraftProblem.IN_THE_PAST))
    series: Series | None = None
    times = [(draft.start, draft.end)]
    if draft.every:
        if draft.until is None:
            raise _Refused(_problem(DraftProblem.SERIES_WITHOUT_END))
        every = Recurrence(draft.every)
        try:
            every_one = occurrences(draft.start, draft.end, every, draft.until)
        except SeriesError:
            every_one = []
        days = {s.astimezone(LOCAL_TZ).date() for s, _e in every_one}
        skip = tuple(sorted(d for d in set(draft.exceptions) if d in days))  # the series' own days only
        times = [(s, e) for s, e in every_one if s.astimezone(LOCAL_TZ).date() not in skip]
        if not times:
            raise _Refused(_problem(DraftProblem.SERIES_EMPTY))
        series = Series(every, draft.until, draft.start, draft.end, skip)
    announced = Announcement(draft.announced_by) if draft.emergency and draft.announced_by else None
    new = [
        Booking(
            title=draft.title.strip(),
            host_agency=draft.host_agency.strip(),
            host_site=draft.host_site,
            start=s,
            end=e,
            sites=tuple(dict.fromkeys(draft.sites)),
            conference=draft.conference.strip(),
            emergency=draft.emergency,
            announced_by=announced,
            registered_by=actor.name,
            registered_at=now,
            state=MeetingState.REGISTERED,
            recurrence_id=s if series is not None else None,
        )
        for s, e in times
    ]
    return new, series


def _verdict(
    desk: RegisterDesk,
    new: Sequence[Booking],
    existing: Sequence[Booking],
    now: datetime,
    names: dict[str, str],
    lead: bool = True,
) -> BookingCheck:
    v = check(new, existing, desk.rules, now=now, names=names, lead=lead)
    return BookingCheck(v.violations, v.warnings, None, len(new))


def _names(sites: Sequence[Site]) -> dict[str, str]:
    return {s.code: s.name for s in sites}


def _check(desk: RegisterDesk, request: CheckBooking, actor: Actor, now: datetime) -> BookingCheck:
    sites = desk.sites()
    draft = request.draft
    if request.meeting_id is not None:
        return _check_move(desk, request.meeting_id, draft.start, draft.end, sites, now)
    new, _series = _new_bookings(draft, sites, actor, now)
    with desk.sessions() as session:
        existing = bookings_overlapping(
            session, min(b.start for b in new), max(b.end or b.start for b in new)
        )
    return _verdict(desk, new, existing, now, _names(sites))


def _moved(current: Booking, start: datetime, end: datetime, now: datetime) -> Booking:
    if not current.registered or not current.state.changeable:
        raise _Refused(_problem(DraftProblem.NOT_CHANGEABLE))
    if start >= end:
        raise _Refused(_problem(DraftProblem.START_AFTER_END))
    if start < now:
        raise _Refused(_problem(DraftProblem.IN_THE_PAST))
    return replace(current, start=start, end=end, state=MeetingState.MOVED)


def _check_move(
    desk: RegisterDesk, meeting_id: int, start: datetime, end: datetime, sites: Sequence[Site], now: datetime
) -> BookingCheck:
    with desk.sessions() as session:
        try:
            current = get_booking(session, meeting_id)
        except RecordNotFound:
            raise _Refused(_problem(DraftProblem.NOT_FOUND)) from None
        moved = _moved(current, start, end, now)
        existing = bookings_overlapping(session, start, end)
    return _verdict(desk, [moved], existing, now, _names(sites), lead=False)


def _add(desk: RegisterDesk, request: AddBooking, actor: Actor, guard: Guard, now: datetime) -> BookingDone:
    force = request.force.strip()
    target = f"meeting {request.draft.title.strip()!r}"
    guard.require(actor, Permission.MEETING_BOOK, target)
    if force:
        guard.require(actor, Permission.MEETING_FORCE, target)
    sites = desk.sites()
    new, series = _new_bookings(request.draft, sites, actor, now)
    names = _names(sites)
    decided: list[BookingCheck] = []

    def approve(existing: Sequence[Booking]) -> Sequence[Booking]:
        verdict = _verdict(desk, new, existing, now, names)
        decided.append(verdict)
        if verdict.ok:
            return new
        if not force:
            raise _Refused(verdict)
        broken = tuple(str(v) for v in verdict.violations)
        return [replace(b, forced=force, forced_over=broken) for b in new]

    ids = desk.store.register(new, series, approve)
    forced_why = f"; forced: {force}" if force and decided and decided[0].violations else ""
    detail = f"{len(ids)} meeting(s) {', '.join(map(str, ids))}: {new[0].title}{forced_why}"
    guard.record(actor, Permission.MEETING_BOOK.value, f"meeting {ids[0]}", detail=detail)
    return BookingDone(tuple(ids), decided[0] if decided else BookingCheck(occurrences=len(new)))


def _move(desk: RegisterDesk, request: MoveBooking, actor: Actor, guard: Guard, now: datetime) -> BookingDone:
    force, reason = request.force.strip(), request.reason.strip()
    target = f"meeting {request.meeting_id}"
    guard.require(actor, Permission.MEETING_MOVE, target)
    if force:
        guard.require(actor, Permission.MEETING_FORCE, target)
    if not reason:
        raise _Refused(_problem(DraftProblem.NO_REASON))
    names = _names(desk.sites())
    decided: list[BookingCheck] = []

    def approve(current: Booking, existing: Sequence[Booking]) -> Sequence[str]:
        moved = _moved(current, request.start, request.end, now)
        verdict = _verdict(desk, [moved], existing, now, names, lead=False)
        decided.append(verdict)
        if verdict.ok:
            return ()
        if not force:
            raise _Refused(verdict)
        return tuple(str(v) for v in verdict.violations)

    try:
        change = desk.store.move(
            request.meeting_id,
            request.start,
            request.end,
            reason=reason,
            by=actor.name,
            at=now,
            check=approve,
            forced=force,
        )
    except RecordNotFound:
        raise _Refused(_problem(DraftProblem.NOT_FOUND)) from None
    guard.record(actor, Permission.MEETING_MOVE.value, target, detail=reason)
    return BookingDone((change.meeting_id,), decided[0] if decided else BookingCheck(occurrences=1))


def _cancel(
    desk: RegisterDesk, request: CancelBooking, actor: Actor, guard: Guard, now: datetime
) -> BookingDone:
    reason = request.reason.strip()
    target = f"meeting {request.meeting_id}"
    guard.require(actor, Permission.MEETING_CANCEL, target)
    if not reason:
        raise _Refused(_problem(DraftProblem.NO_REASON))

    def changeable(b: Booking) -> None:
        if not b.registered or not b.state.changeable:
            raise _Refused(_problem(DraftProblem.NOT_CHANGEABLE))

    try:
        change = desk.store.cancel(request.meeting_id, reason, actor.name, now, changeable)
    except RecordNotFound:
        raise _Refused(_problem(DraftProblem.NOT_FOUND)) from None
    guard.record(actor, Permission.MEETING_CANCEL.value, target, detail=reason)
    return BookingDone((change.meeting_id,), BookingCheck(occurrences=1))


def handle_register(desk: RegisterDesk | None, request: RegisterRequest, actor: Actor, guard: Guard) -> Any:
    """One register request as `actor` (blocking). A refusal by the rules or a mistake in the draft is the
    result (a `BookingCheck`, or a `BookingDone` with no ids), not an exception; a missing right raises
    `PermissionDenied` (audited)."""
    if desk is None:
        raise RuntimeError("this session keeps no meeting register")
    now = desk.clock()
    if isinstance(request, ListBookings):
        return tuple(desk.store.bookings(request.since, request.until))
    try:
        if isinstance(request, CheckBooking):
            return _check(desk, request, actor, now)
        if isinstance(request, AddBooking):
            return _add(desk, request, actor, guard, now)
        if isinstance(request, MoveBooking):
            return _move(desk, request, actor, guard, now)
        return _cancel(desk, request, actor, guard, now)
    except _Refused as refused:
        if isinstance(request, CheckBooking):
            return refused.verdict
        return BookingDone((), refused.verdict)
