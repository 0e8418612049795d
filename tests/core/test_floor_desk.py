"""The floor desk against the real simulator: the real Pexip driver, the real command dispatcher, a real SQLite log.

Each test raises hands (or files requests) in the simulator, lets the hub follow it, acts on the desk, and checks
what the simulator received after every step, where the queue stands, and what the log kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from console.commands.dispatcher import CommandDispatcher
from console.domain import CameraPreset, FloorState, Position, RequestSource
from console.floor.control import FloorPolicy, Reason
from console.floor.desk import (
    MCU_ACTOR,
    ActionReport,
    DeskRequest,
    FloorAction,
    FloorDesk,
    FloorNews,
    Problem,
    Skip,
    Step,
    StepOutcome,
    StepState,
    epoch_to_utc,
)
from console.live.hub import Hub
from console.mcu.dialects import driver_from_url
from console.runtime.build import build
from console.runtime.config import Config, override
from console.sim import FaultKind, SimServer
from console.sim.cameras import CameraFleet
from db.engine import open_database, session_factory
from db.presets import PresetBook
from db.records import FloorTransition, list_floor_requests, list_floor_transitions
from db.writer import Store
from tests.actors import operator

PASSWORD = "floor-test-secret"
CONFERENCE = "giaoban"
OPERATOR = "operator1"
AN = operator(OPERATOR)  # the operator acting
WAIT_S = 15.0  # the longest a condition may take to appear; a bound, never a delay


def run(coro: Coroutine[Any, Any, None]) -> None:
    asyncio.run(coro)


@pytest.fixture
def sim() -> Iterator[SimServer]:
    """20 sites, the clock paused so only the tests move the world."""
    with SimServer(sites=20, scenario="normal", seed=11, password=PASSWORD, paused=True) as server:
        yield server


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = open_database(f"sqlite:///{tmp_path}/log.sqlite3")
    yield eng
    eng.dispose()


@dataclass
class Rig:
    sim: SimServer
    hub: Hub
    desk: FloorDesk
    store: Store
    engine: Engine
    news: list[FloorNews] = field(default_factory=list)

    def site(self, n: int) -> tuple[int, str, str]:
        """The n-th site: (index, participant uuid, site code)."""
        return n, self.sim.world.uuids[n], self.sim.world.sites[n].code

    def muted(self, n: int) -> bool:
        return bool(self.sim.world.muted[n])

    def spotlit(self, n: int) -> bool:
        return bool(self.sim.world.spotlight[n] > 0)

    def hand_up(self, n: int) -> bool:
        return bool(self.sim.world.buzz[n] > 0)

    def request(self, code: str) -> DeskRequest | None:
        return self.desk.active_for(code)

    def logged(self) -> tuple[list[Any], list[FloorTransition]]:
        assert self.store.flush()
        with session_factory(self.engine)() as session:
            return list_floor_requests(session), list_floor_transitions(session)


async def until(condition: Callable[[], object], what: str, timeout: float = WAIT_S) -> None:
    """Poll `condition` on the loop (bounded); fail with `what` if it does not hold in time."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@contextlib.asynccontextmanager
async def rig(
    sim: SimServer,
    engine: Engine,
    *,
    policy: FloorPolicy | None = None,
    speaker_layout: str | None = None,
    usual_layout: str | None = None,
) -> AsyncIterator[Rig]:
    store = Store(engine, interval=0.02)
    hub = Hub(sim.world.sites, store=store)
    driver = driver_from_url(f"pexip+{sim.url}", "admin", password=PASSWORD, poll_interval=0.2, timeout=5.0)
    commands = CommandDispatcher(driver, store, AN)
    desk = FloorDesk(
        hub, commands, store, policy=policy, speaker_layout=speaker_layout, usual_layout=usual_layout
    )
    hub.floor = desk
    r = Rig(sim, hub, desk, store, engine)
    desk.subscribe(r.news.append)
    stop = asyncio.Event()
    task = asyncio.create_task(hub.run(driver, stop, tick_interval=0.5))
    try:
        await until(lambda: len(hub.participants) == sim.world.n, "the hub to see every site")
        yield r
    finally:
        await desk.close()
        await commands.close()
        stop.set()
        await task
        assert store.close()


def steps(report: ActionReport) -> list[tuple[Step, StepState]]:
    return [(s.step, s.state) for s in report.steps]


# --- from raised hand to open microphone and back ---------------------------------------------------------------


def test_request_grant_release_step_by_step(sim: SimServer, engine: Engine) -> None:
    n, uuid, code = 3, sim.world.uuids[3], sim.world.sites[3].code
    sim.world.set_muted(uuid, True)  # a branch's microphone is closed until the chair asks it to speak
    buzz = sim.world.raise_hand(n, at=sim.world.now() - 30.0)

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: r.request(code) is not None, "the raised hand to become a request")
            entry = r.request(code)
            assert entry is not None
            assert entry.request.state is FloorState.PENDING
            assert entry.request.source is RequestSource.MCU
            assert entry.request.requested_at == epoch_to_utc(buzz)  # the server's time, not ours
            assert entry.turn == 1 and entry.hand_up and entry.in_meeting

            seen: dict[Step, tuple[bool, bool, bool]] = {}  # step → (muted, spotlit, hand up) right after it

            def watch(news: FloorNews) -> None:
                if isinstance(news, ActionReport) and news.steps:
                    seen.setdefault(news.steps[-1].step, (r.muted(n), r.spotlit(n), r.hand_up(n)))

            r.desk.subscribe(watch)
            report = await r.desk.grant(entry.id, AN)
            assert report.ok and report.finished, report
            assert steps(report) == [
                (Step.UNMUTE, StepState.OK),
                (Step.SPOTLIGHT, StepState.OK),
                (Step.LOWER_HAND, StepState.OK),
            ]
            assert seen[Step.UNMUTE] == (False, False, True)  # unmuted; not spotlit yet; the hand still up
            assert seen[Step.SPOTLIGHT] == (False, True, True)
            assert seen[Step.LOWER_HAND] == (False, True, False)
            assert report.state is FloorState.GRANTED
            assert r.hub.floor_holders() == [code]
            # the hand coming down at the MCU does not end the floor it was consumed by
            await until(lambda: not r.desk.participant(CONFERENCE, code).buzz_time, "the hand to come down")  # type: ignore[union-attr]
            assert r.request(code) is not None and r.request(code).request.state is FloorState.GRANTED  # type: ignore[union-attr]

            seen.clear()
            done = await r.desk.release(entry.id, AN)
            assert done.ok, done
            assert steps(done) == [(Step.MUTE, StepState.OK), (Step.SPOTLIGHT_OFF, StepState.OK)]
            assert seen[Step.MUTE] == (True, True, False)  # muted first, the spotlight still on
            assert seen[Step.SPOTLIGHT_OFF] == (True, False, False)
            assert done.state is FloorState.RELEASED
            assert r.hub.floor_holders() == []
            assert r.request(code) is None

            rows, transitions = r.logged()
            assert [(x.site, x.state, x.source) for x in rows] == [
                (code, FloorState.RELEASED, RequestSource.MCU)
            ]
            assert rows[0].requested_at == epoch_to_utc(buzz) and rows[0].granted_at is not None
            assert [(t.from_state, t.to_state, t.actor) for t in transitions] == [
                (None, FloorState.PENDING, MCU_ACTOR),
                (FloorState.PENDING, FloorState.GRANTED, OPERATOR),
                (FloorState.GRANTED, FloorState.RELEASED, OPERATOR),
            ]

    run(main())


def test_a_failed_unmute_leaves_the_request_waiting_and_names_the_step(
    sim: SimServer, engine: Engine
) -> None:
    n, uuid, code = 5, sim.world.uuids[5], sim.world.sites[5].code
    sim.world.set_muted(uuid, True)
    sim.world.raise_hand(n)

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: r.request(code) is not None, "the request")
            entry = r.request(code)
            assert entry is not None
            fault = sim.faults.add(FaultKind.HTTP_5XX, path_prefix="/api/admin/command/v1/participant/unmute")
            report = await r.desk.grant(entry.id, AN)
            assert not report.ok
            assert report.failed_step is Step.UNMUTE
            assert steps(report) == [(Step.UNMUTE, StepState.FAILED)]  # nothing after the failed step
            assert report.steps[0].detail  # the MCU's answer, for the operator
            assert report.state is FloorState.PENDING  # the microphone is closed: not granted
            assert fault.hits >= 1
            assert r.muted(n) and not r.spotlit(n) and r.hand_up(n)
            assert r.hub.floor_holders() == []
            assert r.request(code) is not None and r.request(code).request.state is FloorState.PENDING  # type: ignore[union-attr]

            sim.faults.clear()
            again = await r.desk.grant(entry.id, AN)
            assert again.ok, again
            assert not r.muted(n) and r.spotlit(n)
            _, transitions = r.logged()
            assert [t.to_state for t in transitions] == [FloorState.PENDING, FloorState.GRANTED]

    run(main())


def test_a_failed_mute_keeps_the_floor_granted(sim: SimServer, engine: Engine) -> None:
    n, uuid, code = 2, sim.world.uuids[2], sim.world.sites[2].code
    sim.world.set_muted(uuid, True)
    sim.world.raise_hand(n)

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: r.request(code) is not None, "the request")
            entry = r.request(code)
            assert entry is not None
            assert (await r.desk.grant(entry.id, AN)).ok
            sim.faults.add(FaultKind.HTTP_5XX, path_prefix="/api/admin/command/v1/participant/mute")
            report = await r.desk.revoke(entry.id, AN)
            assert report.failed_step is Step.MUTE
            assert report.state is FloorState.GRANTED  # its microphone is still open
            assert not r.muted(n) and r.spotlit(n)
            assert r.hub.floor_holders() == [code]
            sim.faults.clear()
            report = await r.desk.revoke(entry.id, AN)
            assert report.ok and report.state is FloorState.REVOKED
            assert r.muted(n) and not r.spotlit(n)

    run(main())


def test_an_operator_unmute_at_the_mcu_counts_as_a_grant(sim: SimServer, engine: Engine) -> None:
    n, uuid, code = 4, sim.world.uuids[4], sim.world.sites[4].code
    sim.world.set_muted(uuid, True)
    sim.world.raise_hand(n)

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: r.request(code) is not None, "the request")
            sim.world.set_muted(uuid, False)  # someone unmutes the site at the MCU itself
            await until(
                lambda: (e := r.request(code)) is not None and e.request.state is FloorState.GRANTED,
                "the unmute to count as a grant",
            )
            entry = r.request(code)
            assert entry is not None and entry.request.reason == Reason.OPERATOR_UNMUTE
            await until(lambda: not r.hand_up(n), "the hand to be lowered (no stale hand)")
            await until(lambda: r.spotlit(n), "the new speaker to be spotlit")
            assert r.hub.floor_holders() == [code]
            _, transitions = r.logged()
            assert [(t.to_state, t.actor, t.reason) for t in transitions][-1] == (
                FloorState.GRANTED,
                MCU_ACTOR,
                Reason.OPERATOR_UNMUTE,
            )

    run(main())


def test_an_unmute_of_a_site_without_a_request_is_not_a_grant(sim: SimServer, engine: Engine) -> None:
    uuid, code = sim.world.uuids[6], sim.world.sites[6].code
    sim.world.set_muted(uuid, True)

    async def main() -> None:
        async with rig(sim, engine) as r:
            sim.world.set_muted(uuid, False)
            await until(lambda: not r.desk.participant(CONFERENCE, code).is_muted, "the unmute")  # type: ignore[union-attr]
            assert r.desk.active_for(code) is None and r.hub.floor_holders() == []

    run(main())


def test_giving_the_floor_to_another_site_mutes_the_holder(sim: SimServer, engine: Engine) -> None:
    (a, ua, ca), (b, ub, cb) = [(i, sim.world.uuids[i], sim.world.sites[i].code) for i in (7, 8)]
    for u in (ua, ub):
        sim.world.set_muted(u, True)
    sim.world.raise_hand(a, at=sim.world.now() - 20)
    sim.world.raise_hand(b, at=sim.world.now() - 10)

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: r.request(ca) and r.request(cb), "both requests")
            first, second = r.request(ca), r.request(cb)
            assert first is not None and second is not None and (first.turn, second.turn) == (1, 2)
            assert (await r.desk.grant(first.id, AN)).ok
            report = await r.desk.grant(second.id, AN)
            assert report.ok, report
            assert [s.step for s in report.steps][:3] == [
                Step.MUTE_HOLDER,
                Step.SPOTLIGHT_OFF_HOLDER,
                Step.UNMUTE,
            ]
            assert r.muted(a) and not r.spotlit(a)
            assert not r.muted(b) and r.spotlit(b)
            assert r.hub.floor_holders() == [cb]
            rows, _ = r.logged()
            assert {x.site: (x.state, x.reason) for x in rows}[ca] == (FloorState.REVOKED, Reason.PREEMPTED)

    run(main())


# --- requests from the MCU and from people -----------------------------------------------------------------------


def test_hands_raised_together_queue_in_the_servers_order(sim: SimServer, engine: Engine) -> None:
    now = sim.world.now()
    order = {9: now - 5.0, 2: now - 40.0, 14: now - 20.0}  # site index → buzz time; index order differs
    for n, at in order.items():
        sim.world.raise_hand(n, at=at)

    async def main() -> None:
        async with rig(sim, engine) as r:
            codes = [sim.world.sites[n].code for n in sorted(order, key=lambda n: order[n])]
            await until(lambda: all(r.request(c) for c in codes), "all three requests")
            entries = [r.request(c) for c in codes]
            assert [e.turn for e in entries if e] == [1, 2, 3]
            assert [e.request.requested_at for e in entries if e] == [
                epoch_to_utc(order[n]) for n in sorted(order, key=lambda n: order[n])
            ]
            rows, _ = r.logged()
            assert [x.site for x in rows] == codes  # the log keeps the server's order too

    run(main())


def test_lowered_hands_cancel_and_lower_all_hands(sim: SimServer, engine: Engine) -> None:
    for n in (1, 10, 11):
        sim.world.raise_hand(n)
    c1, c10, c11 = (sim.world.sites[n].code for n in (1, 10, 11))

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: all(r.request(c) for c in (c1, c10, c11)), "three requests")
            sim.world.lower_hand(1)  # the site withdraws
            await until(lambda: r.request(c1) is None, "the withdrawn request to end")
            one = r.request(c10)
            assert one is not None
            report = await r.desk.lower_hand(one.id, AN)
            assert steps(report) == [(Step.LOWER_HAND, StepState.OK)]
            await until(lambda: r.request(c10) is None, "the lowered hand to end its request")
            everyone = await r.desk.lower_all_hands(AN)
            assert everyone.ok and steps(everyone) == [(Step.LOWER_ALL_HANDS, StepState.OK)]
            await until(lambda: r.request(c11) is None, "lower all hands to end the last request")
            assert not any(r.hand_up(n) for n in (1, 10, 11))
            rows, _ = r.logged()
            by_site = {x.site: x for x in rows}
            assert {c: by_site[c].state for c in (c1, c10, c11)} == dict.fromkeys(
                (c1, c10, c11), FloorState.CANCELLED
            )
            _, transitions = r.logged()
            actors = {t.request_id: t.actor for t in transitions if t.to_state is FloorState.CANCELLED}
            assert actors[by_site[c1].id] == c1  # withdrawn by the site itself
            assert actors[by_site[c10].id] == OPERATOR and actors[by_site[c11].id] == OPERATOR

    run(main())


def test_a_phone_request_is_filed_and_granted_with_its_delegate(sim: SimServer, engine: Engine) -> None:
    n, uuid, code = 12, sim.world.uuids[12], sim.world.sites[12].code
    sim.world.set_muted(uuid, True)

    async def main() -> None:
        async with rig(sim, engine) as r:
            added = r.desk.add_request(
                code, actor=AN, source=RequestSource.ZALO, delegate="Ông Lò Văn A", topic="Đê điều"
            )
            assert added.ok and added.state is FloorState.PENDING and added.request_id is not None
            duplicate = r.desk.add_request(code, actor=AN, source=RequestSource.PHONE)
            assert duplicate.refusal is not None  # one active request per site
            report = await r.desk.grant(added.request_id, AN)
            assert report.ok
            assert (Step.LOWER_HAND, StepState.SKIPPED) in steps(report)  # no hand at the MCU
            assert not r.muted(n)
            rows, transitions = r.logged()
            assert [(x.source, x.delegate, x.topic, x.state) for x in rows] == [
                (RequestSource.ZALO, "Ông Lò Văn A", "Đê điều", FloorState.GRANTED)
            ]
            assert transitions[0].actor == OPERATOR

    run(main())


def test_speaking_time_runs_out_the_mcu_way(sim: SimServer, engine: Engine) -> None:
    n, uuid, code = 13, sim.world.uuids[13], sim.world.sites[13].code
    sim.world.set_muted(uuid, True)
    sim.world.raise_hand(n)
    policy = FloorPolicy(max_speaking=timedelta(minutes=3), warn_before=timedelta(seconds=30))

    async def main() -> None:
        async with rig(sim, engine, policy=policy) as r:
            await until(lambda: r.request(code) is not None, "the request")
            entry = r.request(code)
            assert entry is not None
            assert (await r.desk.grant(entry.id, AN)).ok
            granted = r.request(code)
            assert granted is not None and granted.request.granted_at is not None
            start = granted.request.granted_at
            r.desk.tick(start + timedelta(minutes=2, seconds=40))
            assert any(type(x).__name__ == "SpeakingTimeWarning" for x in r.news)
            r.desk.tick(start + timedelta(minutes=3, seconds=1))
            await until(lambda: r.request(code) is None, "the holder to be revoked")

            def ended() -> list[ActionReport]:
                return [
                    x for x in r.news if isinstance(x, ActionReport) and x.action is FloorAction.HOLD_TIMEOUT
                ]

            # the request leaves the queue as the MCU mutes; the report says so once the last step is back
            await until(lambda: ended()[-1].finished, "the timeout's last report")
            assert r.muted(n)
            assert ended()[-1].state is FloorState.REVOKED

    run(main())


def test_without_a_dispatcher_the_desk_records_but_does_not_command(sim: SimServer, engine: Engine) -> None:
    sim.world.raise_hand(0)
    code = sim.world.sites[0].code

    async def main() -> None:
        async with rig(sim, engine) as r:
            await until(lambda: r.request(code) is not None, "the request")
            entry = r.request(code)
            assert entry is not None
            r.desk.commands = None
            report = await r.desk.grant(entry.id, AN)
            assert report.problem is Problem.NO_COMMANDS and report.state is FloorState.PENDING

    run(main())


def test_a_speaker_layout_is_put_up_and_taken_down(sim: SimServer, engine: Engine) -> None:
    n, uuid, code = 15, sim.world.uuids[15], sim.world.sites[15].code
    sim.world.set_muted(uuid, True)
    sim.world.raise_hand(n)
    before = sim.world.layout  # the MCU has not announced it: the configured usual layout is restored

    async def main() -> None:
        async with rig(sim, engine, speaker_layout="1:0", usual_layout=before) as r:
            await until(lambda: r.request(code) is not None, "the request")
            entry = r.request(code)
            assert entry is not None
            report = await r.desk.grant(entry.id, AN)
            assert (Step.LAYOUT, StepState.OK) in steps(report)
            assert sim.world.layout == "1:0" and not r.spotlit(n)
            done = await r.desk.release(entry.id, AN)
            assert (Step.RESTORE_LAYOUT, StepState.OK) in steps(done)
            assert sim.world.layout == before

    run(main())


# --- the camera step and strangers ----------------------------------------------------------------------------


def test_a_grant_recalls_the_speaker_preset_or_says_why_the_camera_was_skipped(
    sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The runtime's own recaller: a site without a speaker preset gets "camera skipped: no preset", never
    "camera framed"; one with a preset but no camera, "no camera"; one with both, its camera moves."""
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    config = override(Config(), "log.url", f"sqlite:///{tmp_path / 'log.sqlite3'}", "--db")
    config = override(config, "mcu.url", f"pexip+{sim.url}", "--mcu")
    config = dataclasses.replace(config, demo=dataclasses.replace(config.demo, enabled=True))
    bare, framed = (sim.world.sites[n].code for n in (2, 4))
    blind_n = next(n for n, site in enumerate(sim.world.sites) if n > 4 and not site.camera)
    blind = sim.world.sites[blind_n].code  # the registry has no camera address for it
    runtime = build(config, cameras=False)
    runtime.cameras = CameraFleet([bare, framed]).start_in_thread()  # stand in for their registry cameras
    book = PresetBook(runtime.engine)
    target = Position(200, 40, 900)
    for code in (framed, blind):
        book.save_camera_preset(CameraPreset(code, 3, "Chủ tọa", target.pan, target.tilt, target.zoom))
        book.set_speaker_preset(code, 3)
    runtime.cameras.call_in_thread(lambda: runtime.cameras.camera(framed).presets.__setitem__(3, target))  # type: ignore[union-attr]
    for n in (2, 4, blind_n):
        sim.world.set_muted(sim.world.uuids[n], True)
        sim.world.raise_hand(n)
    desk = runtime.floor

    async def main() -> None:
        driver = await runtime.attach()
        stop = asyncio.Event()
        task = asyncio.create_task(runtime.hub.run(driver, stop, tick_interval=0.5))
        try:
            await until(lambda: all(desk.active_for(c) is not None for c in (bare, framed, blind)), "hands")

            async def grant(code: str) -> ActionReport:
                entry = desk.active_for(code)
                assert entry is not None
                report = await desk.grant(entry.id, AN)
                assert report.ok and report.state is FloorState.GRANTED, report
                return report

            def camera(report: ActionReport) -> StepOutcome:
                return next(s for s in report.steps if s.step is Step.CAMERA)

            step = camera(await grant(bare))
            assert (step.state, step.skip) == (StepState.SKIPPED, Skip.NO_PRESET)
            step = camera(await grant(blind))
            assert (step.state, step.skip) == (StepState.SKIPPED, Skip.NO_CAMERA)
            assert runtime.cameras is not None and runtime.cameras.position(framed) != target
            step = camera(await grant(framed))
            assert (step.state, step.skip) == (StepState.OK, None)
            await until(lambda: runtime.cameras.position(framed) == target, "the camera to frame the speaker")  # type: ignore[union-attr]
        finally:
            await desk.close()
            if runtime.commands is not None:
                await runtime.commands.close()
            stop.set()
            await task

    try:
        run(main())
    finally:
        assert runtime.close()


def test_a_site_the_registry_does_not_know_is_filed_only_when_asked(sim: SimServer, engine: Engine) -> None:
    async def main() -> None:
        async with rig(sim, engine) as r:
            refused = r.desk.add_request("Na Son", actor=AN, source=RequestSource.PHONE)
            assert refused.problem is Problem.NOT_IN_REGISTRY and refused.request_id is None
            assert refused in r.news  # the panel hears why
            assert r.desk.view().requests == ()
            filed = r.desk.add_request("Na Son", actor=AN, source=RequestSource.PHONE, stranger=True)
            assert filed.ok and filed.state is FloorState.PENDING
            known = r.desk.add_request(sim.world.sites[1].code, actor=AN, source=RequestSource.PHONE)
            assert known.ok
            rows, _ = r.logged()
            assert sorted(x.site for x in rows) == sorted(["Na Son", sim.world.sites[1].code])

    run(main())
