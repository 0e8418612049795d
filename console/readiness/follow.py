"""Following the log's open test runs from a running console (`monitor` or the window) and recording their checks.

    follower = ReadinessFollower(hub, log, rules, may_record=..., opened=..., resolved=...)
    hub.listeners.append(follower.listen)
    await follower.run(stop)

A test run is opened or closed by anyone (`python main.py readiness ID --test-run start`, the board) in the log;
every `poll_s` seconds the follower reads the open runs, starts a `SiteChecker` for a new one and drops the
checker of a closed one. The checks are measured on every graded tick (`listen`) and written in one batch per
poll. At T−30 minutes it flags every expected site of a meeting that is not ready as a readiness incident
(`opened`), once per log — the flag is written to the log first, and only the console whose write made it opens
the incident — and resolves its incident if the site passes later (`resolved`).

With `act` given (the console's account may record readiness) it also opens a meeting's scheduled test runs by
itself when their time has come and the meeting's conference is up, closes them at the end of their slot, and
records the closing check of a held meeting at its end (`console.readiness.schedule` is the rule), each once per
log. The log's calls run in a worker thread: the event loop never waits for the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Collection, Coroutine, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from console.domain import utcnow
from console.domain.readiness import CheckResult, Closing, Item, MeetingPlan, TestRun
from console.domain.register import Booking
from console.live.hub import Graded, Hub, HubNews
from console.readiness.checker import SiteChecker
from console.readiness.model import ReadinessRules, site_readiness
from console.readiness.schedule import CLOSE_LOOKBACK, Binding, closing_due, due_runs, runs_to_close

log = logging.getLogger("bridgewall.readiness")


class ReadinessLog(Protocol):
    def open_runs(self) -> list[TestRun]: ...

    def plan(self, meeting_id: int) -> MeetingPlan: ...

    def upcoming(self, since: datetime, until: datetime) -> list[MeetingPlan]: ...

    def results(self, meeting_id: int) -> list[CheckResult]: ...

    def record(self, results: Sequence[CheckResult]) -> None: ...

    def bookings(self, at: datetime, window: timedelta) -> list[Booking]: ...

    def runs(self, meeting_id: int) -> list[TestRun]: ...

    def open_scheduled(self, meeting_id: int, item: Item, by: str, at: datetime) -> TestRun | None: ...

    def close_run(self, run_id: int, by: str, at: datetime) -> bool: ...

    def flag(self, meeting_id: int, site: str, by: str, at: datetime, detail: str) -> bool: ...

    def close_meeting(self, meeting_id: int, by: str, at: datetime) -> Closing | None: ...


CameraProbe = Callable[[str], Coroutine[Any, Any, tuple[bool, str]]]
"""Recall a site's camera preset and read it back: (landed on the stored framing, what was measured)."""


class ReadinessFollower:
    def __init__(
        self,
        hub: Hub,
        readiness_log: ReadinessLog,
        rules: ReadinessRules,
        *,
        may_record: Callable[[TestRun], bool] = lambda _run: True,
        opened: Callable[[MeetingPlan, str, str, datetime], None] | None = None,
        resolved: Callable[[MeetingPlan, str, datetime], None] | None = None,
        clock: Callable[[], datetime] = utcnow,
        poll_s: float = 3.0,
        camera_probe: CameraProbe | None = None,
        act: Callable[[str, str], str | None] | None = None,
        live: Callable[[], Collection[str]] | None = None,
        who: Callable[[], str] = lambda: "console",
        bound: Binding | None = None,
        audit: Callable[[str, str, str], None] = lambda _action, _target, _detail: None,
    ) -> None:
        """`act(action, target)`: the name to record a scheduled run or closing check under when the console's
        account may, None when not (its refusal audited there); `audit(action, target, detail)` once written; `live()`: the conferences up on the MCU now; `who()`: the
        name a T−30 flag is written under; `bound`: the register's binding rule (scheduled runs open only with
        it)."""
        self.hub = hub
        self.log = readiness_log
        self.rules = rules
        self.may_record = may_record
        self.opened = opened
        self.resolved = resolved
        self.clock = clock
        self.poll_s = poll_s
        self.checkers: dict[int, SiteChecker] = {}  # test run id → its checker
        self.refused: set[int] = set()  # runs this console may not record
        self.pending: list[CheckResult] = []
        self.flagged: dict[int, set[str]] = {}  # meeting → sites flagged not ready at T−30
        self.camera_probe = camera_probe
        self._probes: set[asyncio.Task[None]] = set()
        self.act = act
        self.who = who
        self.bound = bound
        self.audit = audit
        self.live = live or self._live
        self.elsewhere: set[tuple[int, str]] = set()  # (meeting, site) flagged by another console (or before)
        self.seen_live: dict[int, datetime | None] = {}  # held meeting → when its conference went (None: up)
        self.closed: set[int] = set()  # meetings whose closing check is in the log

    def _live(self) -> list[str]:
        return list(dict.fromkeys(p.conference for p in self.hub.participants.values() if p.conference))

    def listen(self, news: HubNews) -> None:
        if not isinstance(news, Graded) or not self.checkers:
            return
        for checker in self.checkers.values():
            self.pending += checker.observe(news.report, self.hub.telemetry)

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.poll()
            except Exception:  # a lost log must not stop the console watching; the next poll tries again
                log.exception("readiness: could not follow the test runs")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.poll_s)
        with contextlib.suppress(Exception):
            await self.flush()

    async def poll(self) -> None:
        if self.act is not None:
            try:
                await self.schedule()
            except Exception:  # the schedule's trouble must not stop the checks of the open runs
                log.exception("readiness: could not open or close the scheduled test runs")
        runs = await asyncio.to_thread(self.log.open_runs)
        open_ids = {r.id for r in runs if r.id is not None}
        for run_id in [k for k in self.checkers if k not in open_ids]:
            del self.checkers[run_id]
        for run in runs:
            if run.id is None or run.id in self.checkers or run.id in self.refused:
                continue
            if not self.may_record(run):
                self.refused.add(run.id)
                continue
            plan = await asyncio.to_thread(self.log.plan, run.meeting_id)
            checker = SiteChecker(
                run.meeting_id, run.id, [code for code, _ in plan.sites], self.rules, plan.cameras
            )
            self.checkers[run.id] = checker
            for site in plan.cameras:  # each camera preset recalled and read back, once per run
                task = asyncio.create_task(self._probe(checker, site), name=f"readiness-camera-{site}")
                self._probes.add(task)
                task.add_done_callback(self._probes.discard)
            log.info("readiness: recording test run %s of meeting %s", run.id, run.meeting_id)
        await self.flush()
        await self.deadlines()

    async def _probe(self, checker: SiteChecker, site: str) -> None:
        if self.camera_probe is None:
            return
        try:
            passed, value = await self.camera_probe(site)
        except (
            Exception
        ) as exc:  # a camera that does not answer fails its check, it does not stop the follower
            passed, value = False, f"camera: {exc}"
        checker.camera(site, passed, value)

    async def flush(self) -> None:
        batch, self.pending = self.pending, []
        if batch:
            await asyncio.to_thread(self.log.record, batch)

    async def deadlines(self) -> None:
        """At T−30 and until the start: flag each expected site not ready; resolve a flagged site once ready."""
        if self.opened is None:
            return
        now = self.clock()
        before = self.rules.checks_before
        plans = await asyncio.to_thread(self.log.upcoming, now - timedelta(seconds=1), now + before)
        for plan in plans:
            if now < plan.start - before:
                continue
            results = await asyncio.to_thread(self.log.results, plan.meeting_id)
            flagged = self.flagged.setdefault(plan.meeting_id, set())
            for site in site_readiness(plan.sites, results, plan.cameras):
                key = (plan.meeting_id, site.code)
                if not site.ready and site.code not in flagged and key not in self.elsewhere:
                    detail = f"not ready at T−30 ({', '.join(site.failing)})"
                    mine = await asyncio.to_thread(
                        self.log.flag, plan.meeting_id, site.code, self.who(), now, detail
                    )
                    if not mine:  # flagged in the log already: that console has the incident
                        self.elsewhere.add(key)
                        continue
                    flagged.add(site.code)
                    self.opened(plan, site.code, detail, now)
                elif site.ready and site.code in flagged and self.resolved is not None:
                    flagged.discard(site.code)
                    self.resolved(plan, site.code, now)

    async def schedule(self) -> None:
        """Open the scheduled test runs whose time has come (the conference up), close those whose slot ended,
        and record the closing check of a held meeting that has ended."""
        assert self.act is not None
        now = self.clock()
        rules = self.rules
        reach = max(rules.first_run_before, rules.second_run_before) + rules.scheduled_run
        pool = await asyncio.to_thread(self.log.bookings, now, reach)
        live = set(self.live())
        for booking in pool:
            if booking.id is None:
                continue
            runs = await asyncio.to_thread(self.log.runs, booking.id)
            for run in runs_to_close(runs, booking.start, now, rules):
                assert run.id is not None and run.scheduled is not None
                by = self.act("readiness.test_run.close", f"meeting {booking.id} test run {run.id}")
                if by is not None and await asyncio.to_thread(self.log.close_run, run.id, by, now):
                    self.audit(
                        "readiness.test_run.close", f"meeting {booking.id} test run {run.id}", "automatic"
                    )
                    log.info("readiness: closed the scheduled test run %s of meeting %s", run.id, booking.id)
            due = [] if self.bound is None else due_runs(booking, pool, live, runs, now, rules, self.bound)
            for item in due:
                by = self.act("readiness.test_run.open", f"meeting {booking.id} {item.value}")
                if by is None:
                    continue
                made = await asyncio.to_thread(self.log.open_scheduled, booking.id, item, by, now)
                if made is not None:
                    target = f"meeting {booking.id} test run {made.id}"
                    self.audit("readiness.test_run.open", target, f"automatic, {item.value}")
                    log.info("readiness: opened the scheduled %s of meeting %s", item.value, booking.id)
            await self._closing(booking, live, now)

    async def _closing(self, booking: Booking, live: set[str], now: datetime) -> None:
        assert booking.id is not None and self.act is not None
        if booking.id in self.closed or now > (booking.end or booking.start) + CLOSE_LOOKBACK:
            return
        up = any(c.strip().casefold() == booking.conference.strip().casefold() for c in live if c.strip())
        if up:
            self.seen_live[booking.id] = None
        elif booking.id in self.seen_live and self.seen_live[booking.id] is None:
            self.seen_live[booking.id] = now
        if not closing_due(booking, up, self.seen_live.get(booking.id), now):
            return
        self.closed.add(booking.id)
        by = self.act("readiness.close", f"meeting {booking.id}")
        if by is None:
            return
        done = await asyncio.to_thread(self.log.close_meeting, booking.id, by, now)
        if done is not None:
            left = ", ".join(done.still_connected) or "every site disconnected"
            self.audit("readiness.close", f"meeting {booking.id}", f"automatic, closed: {left}")
            log.info("readiness: closing check of meeting %s recorded (%s)", booking.id, by)
