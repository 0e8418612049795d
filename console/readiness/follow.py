"""Following the log's open test runs from a running console (`monitor` or the window) and recording their checks.

    follower = ReadinessFollower(hub, log, rules, may_record=..., opened=..., resolved=...)
    hub.listeners.append(follower.listen)
    await follower.run(stop)

A test run is opened or closed by anyone (`python main.py readiness ID --test-run start`, the board) in the log;
every `poll_s` seconds the follower reads the open runs, starts a `SiteChecker` for a new one and drops the
checker of a closed one. The checks are measured on every graded tick (`listen`) and written in one batch per
poll. At T−30 minutes it flags every expected site of a meeting that is not ready as a readiness incident
(`opened`), and resolves it if the site passes later (`resolved`). The log's calls run in a worker thread:
the event loop never waits for the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from console.domain import utcnow
from console.domain.readiness import CheckResult, MeetingPlan, TestRun
from console.live.hub import Graded, Hub, HubNews
from console.readiness.checker import SiteChecker
from console.readiness.model import ReadinessRules, site_readiness

log = logging.getLogger("bridgewall.readiness")


class ReadinessLog(Protocol):
    def open_runs(self) -> list[TestRun]: ...

    def plan(self, meeting_id: int) -> MeetingPlan: ...

    def upcoming(self, since: datetime, until: datetime) -> list[MeetingPlan]: ...

    def results(self, meeting_id: int) -> list[CheckResult]: ...

    def record(self, results: Sequence[CheckResult]) -> None: ...


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
    ) -> None:
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
                if not site.ready and site.code not in flagged:
                    flagged.add(site.code)
                    failing = ", ".join(site.failing)
                    self.opened(plan, site.code, f"not ready at T−30 ({failing})", now)
                elif site.ready and site.code in flagged and self.resolved is not None:
                    flagged.discard(site.code)
                    self.resolved(plan, site.code, now)
