"""Readiness in a running console: the follower that records a test run's checks (monitor and the window), and
the board's requests from the window, each a frozen picklable dataclass answered with plain frozen values.

    follower = follower_for(runtime)                 # monitor and the session, once the hub exists
    runtime.hub.listeners.append(follower.listen)
    task = asyncio.create_task(follower.run(stop))

    board = ReadinessBoardPort(sessions, rules, guard)  # the session's end of the board's requests
    await board.handle(BoardRequest(now), actor)        # -> BoardData
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from console.access import Actor, Guard, Permission, PermissionDenied
from console.camera.control import PresetError
from console.domain import Side, Site, utcnow
from console.domain.readiness import CheckResult, EstimatedStart, MeetingPlan, TestRun
from console.domain.register import Booking
from console.live.hub import Hub
from console.presets.camera import SitePresets, camera_control_for
from console.readiness.follow import CameraProbe, ReadinessFollower
from console.readiness.model import (
    ReadinessRules,
    checklist,
    checks_of,
    failing_first,
    site_readiness,
)
from console.register.binding import bound_booking
from console.register.notify import Role, host_side, on_duty, whom_to_tell
from console.runtime.bridge import (
    BoardData,
    BoardRequest,
    BoardSite,
    Contact,
    EstimateStart,
    ManualPass,
    ReadinessRequest,
    TestRunRequest,
)
from db.engine import session_factory
from db.presets import PresetBook
from db.readiness import (
    ReadinessStore,
    RunState,
    add_estimate,
    add_results,
    estimate,
    items_done,
    list_runs,
    plan,
    results,
    start_run,
    stop_run,
    upcoming,
)
from db.register import get_booking
from db.sites import load_sites

log = logging.getLogger("bridgewall.readiness")


def follower(
    hub: Hub,
    sessions: sessionmaker[Session],
    rules: ReadinessRules,
    guard: Guard,
    actor: Callable[[], Actor],
    clock: Callable[[], datetime] = utcnow,
    poll_s: float = 3.0,
    camera_probe: CameraProbe | None = None,
) -> ReadinessFollower:
    """A follower over the log that records as `actor()` (checked for `readiness.record`, audited once a run)."""

    def may_record(run: TestRun) -> bool:
        who = actor()
        target = f"meeting {run.meeting_id} test run {run.id}"
        try:
            guard.require(who, Permission.READINESS_RECORD, target)
        except PermissionDenied as exc:
            log.warning("readiness: not recording %s: %s", target, exc)
            return False
        guard.record(who, Permission.READINESS_RECORD.value, target)
        return True

    refused: set[tuple[str, str]] = set()

    def act(action: str, target: str) -> str | None:
        """Who records a scheduled test run or a closing check (the console's account); None (refusal audited
        and logged once) when that account may not record readiness."""
        who = actor()
        if (who.name, target) in refused:
            return None
        try:
            guard.require(who, Permission.READINESS_RECORD, target)
        except PermissionDenied as exc:
            refused.add((who.name, target))
            log.warning("readiness: not recording %s for %s: %s", action, target, exc)
            return None
        return who.name

    def audit(action: str, target: str, detail: str) -> None:
        guard.record(actor(), action, target, detail=detail)

    def opened(p: MeetingPlan, site: str, detail: str, at: datetime) -> None:
        hub.open_readiness(site, at, detail, p.meeting_id)

    def resolved(_p: MeetingPlan, site: str, at: datetime) -> None:
        hub.resolve_readiness(site, at)

    return ReadinessFollower(
        hub,
        ReadinessStore(sessions),
        rules,
        may_record=may_record,
        opened=opened,
        resolved=resolved,
        clock=clock,
        poll_s=poll_s,
        camera_probe=camera_probe,
        act=act,
        who=lambda: actor().name,
        bound=bound_booking,
        audit=audit,
    )


def camera_probe(
    addresses: Mapping[str, str], book: PresetBook, guard: Guard, actor: Callable[[], Actor]
) -> CameraProbe:
    """Recall the site's first stored camera preset over VISCA and read the position back (the acting person
    needs the right to move a camera: the monitor's service account has none, and the check says so)."""

    async def probe(site: str) -> tuple[bool, str]:
        control = camera_control_for(site, addresses)
        if control is None:
            return False, "no camera address in the registry"
        try:
            presets = SitePresets(site, control, book, actor(), guard=guard)
            stored = await presets.load()
            if not stored:
                return False, "no preset stored"
            recalled = await presets.recall(stored[0].slot)
        except (PermissionDenied, PresetError, OSError) as exc:
            return False, f"camera: {exc}"
        finally:
            await control.close()
        p = recalled.position
        where = f"preset {recalled.slot} read back at pan {p.pan}, tilt {p.tilt}, zoom {p.zoom}"
        return recalled.drift is None, where if recalled.drift is None else f"{where}: off the stored framing"

    return probe


def follower_for(runtime: Any) -> ReadinessFollower:
    """The follower of a built `console.runtime.build.Runtime` (monitor, the window's session)."""
    actor: Callable[[], Actor] = lambda: runtime.actor  # noqa: E731 - who acts now (a sign-in changes it)
    return follower(
        runtime.hub,
        session_factory(runtime.engine),
        runtime.config.readiness.rules(),
        runtime.guard,
        actor,
        camera_probe=camera_probe(runtime.camera_addresses, PresetBook(runtime.engine), runtime.guard, actor),
    )


def _contacts(site: Site | None, meeting: Booking, side: Side) -> tuple[Contact, ...]:
    """The site's technicians on duty for the meeting's side (first), then its telecom provider."""
    if site is None:
        return ()
    out = []
    for r in whom_to_tell(meeting, {site.code: site}, on_duty(side)):
        if r.role in (Role.TECHNICIAN, Role.PROVIDER):
            out.append(Contact(r.role.value, r.name, r.organisation, r.phone, r.email))
    return tuple(out)


class ReadinessBoardPort:
    """The session's end of the board's requests: reads and writes the log off the loop, guarded and audited."""

    def __init__(self, sessions: sessionmaker[Session], rules: ReadinessRules, guard: Guard) -> None:
        self.sessions = sessions
        self.rules = rules
        self.guard = guard

    async def handle(self, request: ReadinessRequest, actor: Actor) -> Any:
        if isinstance(request, BoardRequest):
            return await asyncio.to_thread(self.board, request)
        target = f"meeting {request.meeting_id}"
        if isinstance(request, TestRunRequest):
            self.guard.require(actor, Permission.READINESS_TEST_RUN, target)
            run = await asyncio.to_thread(self._test_run, request, actor.name)
            self.guard.record(actor, Permission.READINESS_TEST_RUN.value, target, detail=f"test run {run.id}")
            return run
        if isinstance(request, ManualPass):
            self.guard.require(actor, Permission.READINESS_MANUAL_PASS, target)
            result = await asyncio.to_thread(self._manual, request, actor.name)
            detail = f"{request.site} {request.check.value}: {request.note}"
            self.guard.record(actor, Permission.READINESS_MANUAL_PASS.value, target, detail=detail)
            return result
        self.guard.require(actor, Permission.READINESS_ESTIMATE, target)
        est = await asyncio.to_thread(self._estimate, request, actor.name)
        self.guard.record(actor, Permission.READINESS_ESTIMATE.value, target, detail=request.reason)
        return est

    def board(self, request: BoardRequest) -> BoardData | None:
        now = request.now
        with self.sessions() as session:
            plans = upcoming(session, now - timedelta(hours=1), now + timedelta(hours=request.horizon_h))
            if not plans:
                return None
            p = plans[0]
            sites = site_readiness(p.sites, results(session, p.meeting_id), p.cameras)
            runs = list_runs(session, p.meeting_id)
            entries = checklist(
                p.start, self.rules, runs=runs, done=items_done(session, p.meeting_id), sites=sites, now=now
            )
            registry = {s.code: s for s in load_sites(session)}
            meeting = get_booking(session, p.meeting_id)
            est = estimate(session, p.meeting_id)
        side = host_side(meeting, registry)  # the Party committee's technicians, or the People's Committee's
        board_sites = tuple(
            BoardSite(s, () if s.ready else _contacts(registry.get(s.code), meeting, side))
            for s in failing_first(sites)
        )
        current = next((r for r in runs if r.open), None)
        open_run = current.id if current is not None else None
        run_opened = (
            None
            if current is None
            else (current.started_at, current.started_by, current.scheduled is not None)
        )
        return BoardData(
            p.meeting_id,
            p.title,
            p.start,
            p.start - self.rules.checks_before,
            tuple(entries),
            board_sites,
            open_run,
            est,
            now,
            self.rules.link_sustain_s,
            side.value,
            run_opened,
        )

    def _test_run(self, request: TestRunRequest, by: str) -> TestRun:
        with self.sessions() as session, session.begin():
            work = start_run if request.start else stop_run
            return work(session, request.meeting_id, by, utcnow())

    def _manual(self, request: ManualPass, by: str) -> CheckResult:
        note = request.note.strip()
        if not note:
            raise ValueError("a manual pass needs a note saying why")
        with self.sessions() as session, session.begin():
            p = plan(session, request.meeting_id)
            if request.site not in [c for c, _ in p.sites]:
                raise ValueError(f"{request.site} is not an expected site of meeting {request.meeting_id}")
            if request.check not in checks_of(request.site in p.cameras):
                raise ValueError(f"{request.site} has no camera preset")
            result = CheckResult(
                request.meeting_id, request.site, request.check, True, note, utcnow(), manual=True, by=by
            )
            add_results(session, [result])
            return result

    def _estimate(self, request: EstimateStart, by: str) -> EstimatedStart:
        reason = request.reason.strip()
        if not reason:
            raise ValueError("an estimated start needs its reason")
        est = EstimatedStart(request.meeting_id, request.start, reason, by, utcnow())
        with self.sessions() as session, session.begin():
            add_estimate(session, est)
        return est


def board_port(engine: Any, config: Any, guard: Guard) -> ReadinessBoardPort:
    return ReadinessBoardPort(session_factory(engine), config.readiness.rules(), guard)


__all__ = [
    "BoardData",
    "BoardRequest",
    "BoardSite",
    "Contact",
    "EstimateStart",
    "ManualPass",
    "ReadinessBoardPort",
    "ReadinessRequest",
    "RunState",
    "TestRunRequest",
    "board_port",
    "follower",
    "follower_for",
]
