"""The live meeting bound to the register: which registered meeting a conference on the MCU is, and what the
register says of a meeting once its time has passed.

- A conference seen on the MCU at `at` is the registered meeting (registered, moved or already held) that runs on
  that conference alias and whose time, widened by the attach window (30 minutes either side by default,
  `[register] attach_window_min`), holds `at`; of several, the one whose own time holds `at`, else the nearest.
  `bound_booking` is that rule; `console.runtime.meeting_live` applies it to the log and the wall.
- A conference that is no registered meeting is recorded as an unregistered meeting (`Booking.registered` False).
- A registered meeting whose window passed with no conference bound to it is "not held": derived when read
  (`effective_state`), so it is true whether or not a console was running.
- The expected sites of a meeting that have not joined are its absent sites (`absent_sites`): host site first.

Pure: bookings in, answers out.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

from console.domain.register import Booking, MeetingState

ATTACH_WINDOW = timedelta(minutes=30)
BINDABLE = (MeetingState.REGISTERED, MeetingState.MOVED, MeetingState.HELD)


def same_conference(a: str, b: str) -> bool:
    """Whether two conference aliases name the same conference (case and outer spaces aside)."""
    a, b = a.strip().casefold(), b.strip().casefold()
    return bool(a) and a == b


def window_of(booking: Booking, window: timedelta = ATTACH_WINDOW) -> tuple[datetime, datetime]:
    """[start − window, end + window]: when the meeting's conference attaches to it."""
    return booking.start - window, (booking.end or booking.start) + window


def _distance(booking: Booking, at: datetime) -> timedelta:
    end = booking.end or booking.start
    if at < booking.start:
        return booking.start - at
    if at > end:
        return at - end
    return timedelta(0)


def bound_booking(
    bookings: Iterable[Booking], conference: str, at: datetime, window: timedelta = ATTACH_WINDOW
) -> Booking | None:
    """The registered meeting the MCU's `conference`, seen at `at`, is; None when it is none (unregistered)."""
    candidates = []
    for b in bookings:
        if not b.registered or b.state not in BINDABLE or not same_conference(b.conference, conference):
            continue
        lo, hi = window_of(b, window)
        if lo <= at <= hi:
            candidates.append(b)
    if not candidates:
        return None
    return min(candidates, key=lambda b: (_distance(b, at), b.start, b.id or 0))


def effective_state(
    booking: Booking, held: bool, now: datetime, window: timedelta = ATTACH_WINDOW
) -> MeetingState:
    """The meeting's state as the register shows it at `now`: `held` says whether a conference was bound to it.

    A registered (or moved) meeting with a conference bound is held; one whose window has passed without is not
    held. Cancelled, held and unregistered meetings are as stored.
    """
    if not booking.registered or not booking.state.changeable:
        return booking.state
    if held:
        return MeetingState.HELD
    if now > window_of(booking, window)[1]:
        return MeetingState.NOT_HELD
    return booking.state


def absent_sites(booking: Booking, present: Collection[str]) -> tuple[str, ...]:
    """The meeting's sites (host site first, then the expected ones) that are not among `present`."""
    return tuple(code for code in booking.rooms if code not in present)


def current_bookings(
    bookings: Iterable[Booking], live: Iterable[str], now: datetime, window: timedelta = ATTACH_WINDOW
) -> list[Booking]:
    """The meetings whose sites are expected now: the one each live conference is bound to, and any registered
    meeting whose own time holds `now` (its conference not seen yet: every site is absent)."""
    pool = list(bookings)
    chosen: dict[int, Booking] = {}
    for conference in dict.fromkeys(live):
        b = bound_booking(pool, conference, now, window)
        if b is not None and b.id is not None:
            chosen[b.id] = b
    for b in pool:
        if (
            b.id is not None
            and b.registered
            and b.state in BINDABLE
            and b.start <= now <= (b.end or b.start)
            and b.id not in chosen
        ):
            chosen[b.id] = b
    return sorted(chosen.values(), key=lambda b: (b.start, b.id or 0))
