"""The live meeting bound to the register, for `gui` and `monitor` alike (`console.register.binding` is the rule).

- In the log: when the hub sees a conference's first join, the meeting the log records for it is bound to the
  registered meeting it is (`held_as`), which becomes held; attendance and incidents recorded against the MCU's
  meeting are then that meeting's (`meeting show`). A conference that is no registered meeting stays an
  unregistered meeting. The binding is asked again every refresh while the conference runs, so a meeting
  registered after its conference began (an emergency announced by phone) is bound too. The work runs on the
  log's writer thread, after the join that made the row. A conference that empties for `[register]
  empty_end_min` has ended (`Hub`): its next start is a new meeting row, bound anew (next week's "giao ban").
- On the wall: every `refresh_s` the register is read (off the event loop) and the hub told which registered
  meetings' sites are expected now (`Hub.expected`); the wall shows those not joined as absent tiles.
- "Call all absent": `call_absent` dials each absent site into its meeting's conference through the command
  dispatcher (the operator's `command.dial` right, checked and audited there).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from console.access import Actor
from console.commands.dispatcher import CommandDispatcher
from console.domain import AttendanceJoined, CommandResult, utcnow
from console.domain.register import Booking
from console.live.hub import ExpectedMeeting, Hub, HubNews
from console.records import ConferenceEnded
from console.register.binding import bound_booking, current_bookings
from console.runtime.bridge import CallAbsentOutcome
from db.engine import session_factory
from db.register import RegisterStore, bind_meeting, bookings_near, open_conference_meeting
from db.writer import Store

log = logging.getLogger("bridgewall.register")

REFRESH_S = 30.0
READ_BACK = timedelta(days=2)  # how far back a meeting may start and still be under way


def bind_conference(
    conference: str, seen_at: datetime, window: timedelta, run_id: int | None
) -> Callable[[Session], int | None]:
    """The writer's work: bind the open meeting the log records for `conference` to its registered meeting (by
    the MCU meeting's start, else by `seen_at`); returns the registered meeting's id, None when there is none."""

    def work(session: Session) -> int | None:
        row = open_conference_meeting(session, conference, run_id)
        if row is None or row.id is None or row.held_as is not None:
            return None
        near = {b.id: b for at in (row.start, seen_at) for b in bookings_near(session, at, window)}
        chosen = bound_booking(near.values(), conference, row.start, window) or bound_booking(
            near.values(), conference, seen_at, window
        )
        if chosen is None or chosen.id is None:
            return None
        bind_meeting(session, row.id, chosen.id)
        log.info("conference %s is the registered meeting %d (%s)", conference, chosen.id, chosen.title)
        return chosen.id

    return work


def expected_of(bookings: list[Booking]) -> tuple[ExpectedMeeting, ...]:
    return tuple(
        ExpectedMeeting(b.id, b.title, b.conference, b.rooms, b.start, b.end)
        for b in bookings
        if b.id is not None
    )


class MeetingBinder:
    """Follows the hub: binds its conferences to the register in the log, and keeps `hub.expected` current."""

    def __init__(
        self,
        hub: Hub,
        store: Store,
        engine: Engine,
        window: timedelta,
        *,
        refresh_s: float = REFRESH_S,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.hub = hub
        self.store = store
        self.book = RegisterStore(session_factory(engine))
        self.window = window
        self.refresh_s = refresh_s
        self.clock = clock
        self._asked: set[str] = set()
        self._wake: asyncio.Event | None = None  # a conference seen for the first time: read the register now
        hub.listeners.append(self._on_hub)
        hub.companions.append(self.follow)

    def _on_hub(self, news: HubNews) -> None:
        if isinstance(news, ConferenceEnded):  # its next start is a new meeting, to be bound anew
            self._asked.discard(news.conference)
            return
        if isinstance(news, AttendanceJoined) and news.conference and news.conference not in self._asked:
            self._asked.add(news.conference)
            self.store.call(bind_conference(news.conference, self.clock(), self.window, self.store.run))
            if self._wake is not None:
                self._wake.set()

    def live_conferences(self) -> list[str]:
        return list(dict.fromkeys(p.conference for p in self.hub.participants.values() if p.conference))

    async def refresh(self) -> None:
        """Read the register and tell the hub which meetings' sites are expected now; ask the binding again for
        the conferences under way."""
        now = self.clock()
        bookings = await asyncio.to_thread(self.book.bookings, now - READ_BACK, now + self.window)
        live = self.live_conferences()
        self.hub.expected = expected_of(current_bookings(bookings, live, now, self.window))
        for conference in live:
            self.store.call(bind_conference(conference, now, self.window, self.store.run))

    async def follow(self, stop: asyncio.Event) -> None:
        """Refresh every `refresh_s`, and at once when a conference is seen for the first time."""
        wake = self._wake = asyncio.Event()
        stopped = asyncio.ensure_future(stop.wait())
        try:
            while not stop.is_set():
                wake.clear()
                try:
                    await self.refresh()
                except Exception as exc:  # the register unreadable for now: the wall keeps what it had
                    log.warning("cannot read the meeting register: %s", exc)
                woken = asyncio.ensure_future(wake.wait())
                await asyncio.wait(
                    {stopped, woken}, timeout=self.refresh_s, return_when=asyncio.FIRST_COMPLETED
                )
                woken.cancel()
        finally:
            stopped.cancel()
            self._wake = None


async def call_absent_now(hub: Hub, commands: CommandDispatcher | None, actor: Actor) -> CallAbsentOutcome:
    """The window's "call all absent" (`bridge.CallAbsent`): with no MCU attached, every absent site failed."""
    if commands is None:
        absent = hub.absent_sites()
        return CallAbsentOutcome(
            0, len(absent), tuple(f"{code}: not connected to an MCU" for code, _ in absent)
        )
    return await call_absent(hub, commands, actor)


async def call_absent(hub: Hub, commands: CommandDispatcher, actor: Actor) -> CallAbsentOutcome:
    """Dial every absent site into its meeting's conference; raises PermissionDenied (audited) when `actor` may
    not dial, before anything is sent."""
    absent = hub.absent_sites()
    sent = []
    for code, meeting in absent:
        site = hub.directory.site(code)
        sent.append(
            (
                code,
                commands.dial(
                    meeting.conference,
                    site.address if site is not None and site.address else code,
                    site.name if site is not None else code,
                    actor=actor,
                ),
            )
        )
    failures: list[str] = []
    for code, command in sent:
        done = await command.wait()
        if done.state is not CommandResult.OK:
            failures.append(f"{code}: {done.detail or done.state.value}")
    return CallAbsentOutcome(len(sent) - len(failures), len(failures), tuple(failures))
