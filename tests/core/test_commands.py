"""The command dispatcher against the real simulator (real sockets, the real Pexip driver) and a real SQLite log."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from collections.abc import AsyncIterator, Coroutine, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy.engine import Engine

from console.commands.dispatcher import Action, Command, CommandDispatcher, one_line, result_of
from console.domain import Axis, Capability, CommandResult, McuError, McuEvent
from console.mcu.dialects import driver_from_url
from console.mcu.driver import McuDriver
from console.runtime import export
from console.sim import FaultKind, SimServer
from console.sim.world import WorldEvent
from db.engine import open_database, session_factory
from db.records import list_commands
from db.writer import Store

PASSWORD = "s3cret-test"
CONFERENCE = "giaoban"
COMMANDS = "/api/admin/command/"
FINAL = (CommandResult.OK, CommandResult.ERROR, CommandResult.TIMEOUT, CommandResult.UNREACHABLE)


def run(coro: Coroutine[Any, Any, None]) -> None:
    asyncio.run(coro)


@pytest.fixture
def sim() -> Iterator[SimServer]:
    """20 sites, the clock paused so only the tests move the world."""
    with SimServer(sites=20, scenario="normal", seed=7, password=PASSWORD, paused=True) as server:
        yield server


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/log.sqlite3"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = open_database(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def store(engine: Engine) -> Iterator[Store]:
    s = Store(engine, interval=0.02)
    yield s
    assert s.close()


@contextlib.asynccontextmanager
async def connected(url: str, *, timeout: float = 5.0) -> AsyncIterator[McuDriver]:
    drv = driver_from_url(f"pexip+{url}", "admin", password=PASSWORD, poll_interval=30.0, timeout=timeout)
    await drv.connect()
    try:
        yield drv
    finally:
        await drv.close()


def site(sim: SimServer, n: int = 0) -> tuple[int, str, str]:
    """The n-th connected site: (index, participant uuid, display name)."""
    i = sim.world.connected_indices()[n]
    return i, sim.world.uuids[i], sim.world.sites[i].name


def audited(store: Store, engine: Engine) -> list[Any]:
    assert store.flush()
    with session_factory(engine)() as session:
        return list_commands(session)


class Gate:
    """A driver call of our own that holds its lane until the test opens the gate."""

    def __init__(self) -> None:
        self.entered = asyncio.Event()
        self.opened = asyncio.Event()

    async def __call__(self) -> None:
        self.entered.set()
        await self.opened.wait()


# --- against the simulator ------------------------------------------------------------------------


def test_mute_reaches_the_mcu_ends_ok_and_is_audited(
    sim: SimServer, store: Store, engine: Engine, db_url: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    i, uuid, name = site(sim)
    assert not sim.world.muted[i]
    seen: list[tuple[CommandResult, bool]] = []

    async def main() -> Command:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1")
            dispatcher.listeners.append(lambda c: seen.append((c.state, c.started)))
            command = dispatcher.mute_audio(CONFERENCE, uuid, name, True)
            assert command.state is CommandResult.PENDING and not command.finished
            assert seen == [(CommandResult.PENDING, False)]  # heard at once, before anything is sent
            assert await command.wait() is command
            await dispatcher.close()
            return command

    command = asyncio.run(main())
    assert command.state is CommandResult.OK and command.ok and command.detail == ""
    assert command.rtt_ms is not None and command.rtt_ms > 0
    assert bool(sim.world.muted[i])
    assert seen[0] == (CommandResult.PENDING, False)
    assert seen[-1] == (CommandResult.OK, True)
    assert [s for s, _ in seen].count(CommandResult.OK) == 1

    rows = audited(store, engine)
    assert len(rows) == 1  # the PENDING row was finished in place, not logged twice
    row = rows[0]
    assert row.id == command.audit_id
    assert (row.actor, row.action, row.target) == ("operator1", "mute_audio", name)
    assert row.sent_at == command.sent_at
    assert row.result is CommandResult.OK
    assert row.rtt_ms == pytest.approx(command.rtt_ms)
    assert row.args == {"conference": CONFERENCE, "uuid": uuid, "muted": True}

    assert (
        export.main(argparse.Namespace(db=db_url, what="commands", format="json", since=None, until=None))
        == 0
    )
    shown = orjson.loads(capsysbinary.readouterr().out)
    assert [(r["actor"], r["action"], r["target"], r["result"]) for r in shown] == [
        ("operator1", "mute_audio", name, "ok")
    ]
    assert shown[0]["rtt_ms"] == pytest.approx(command.rtt_ms)


def test_pending_row_is_written_at_submit_and_finished_in_place(
    sim: SimServer, store: Store, engine: Engine
) -> None:
    async def main() -> None:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1")
            gate = Gate()
            command = dispatcher.submit("custom", "Site X", gate, {"n": 1})
            await gate.entered.wait()
            rows = audited(store, engine)
            assert [(r.action, r.target, r.result, r.rtt_ms) for r in rows] == [
                ("custom", "Site X", CommandResult.PENDING, None)
            ]
            assert command.audit_id == rows[0].id
            gate.opened.set()
            await command.wait()
            rows = audited(store, engine)
            assert [(r.id, r.result) for r in rows] == [(command.audit_id, CommandResult.OK)]
            assert rows[0].rtt_ms is not None and rows[0].args == {"n": 1}

    run(main())


def test_commands_to_one_target_keep_their_order(sim: SimServer) -> None:
    i, uuid, name = site(sim)
    states: list[str] = []

    def watch(ev: WorldEvent) -> None:
        if ev.name == "participant_update" and ev.data.get("uuid") == uuid:
            states.append(ev.data["is_muted"])

    _, unsubscribe = sim.world.subscribe(watch)
    # the first command is held at the MCU: sent concurrently, the others would overtake it
    sim.faults.add(FaultKind.LATENCY, count=1, path_prefix=COMMANDS, delay_ms=300)
    finished: list[int] = []

    async def main() -> list[Command]:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1")
            commands = [dispatcher.mute_audio(CONFERENCE, uuid, name, m) for m in (True, False, True, False)]
            for c in commands:
                c.add_listener(lambda c: finished.append(c.id) if c.finished else None)
            await dispatcher.drain()
            return commands

    try:
        commands = asyncio.run(main())
    finally:
        unsubscribe()
    assert [c.state for c in commands] == [CommandResult.OK] * 4
    assert [c.action for c in commands] == ["mute_audio", "unmute_audio", "mute_audio", "unmute_audio"]
    assert finished == [c.id for c in commands]
    assert states == ["YES", "NO", "YES", "NO"]
    assert not sim.world.muted[i]


def test_mute_unmute_mute_back_to_back_ends_muted(sim: SimServer) -> None:
    i, uuid, name = site(sim, 1)
    states: list[str] = []
    _, unsubscribe = sim.world.subscribe(
        lambda ev: (
            states.append(ev.data["is_muted"])
            if ev.name == "participant_update" and ev.data.get("uuid") == uuid
            else None
        )
    )

    async def main() -> None:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1")
            for m in (True, False, True):
                dispatcher.mute_audio(CONFERENCE, uuid, name, m)
            await dispatcher.close()

    try:
        run(main())
    finally:
        unsubscribe()
    assert states == ["YES", "NO", "YES"]
    assert bool(sim.world.muted[i])


def test_different_targets_run_concurrently(sim: SimServer) -> None:
    i, uuid, name = site(sim)

    async def main() -> None:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1")
            gate = Gate()
            held = dispatcher.submit("custom", "Other site", gate)
            await gate.entered.wait()
            mute = dispatcher.mute_audio(CONFERENCE, uuid, name, True)
            await mute.wait()  # done while the other target's command is still on the wire
            assert mute.state is CommandResult.OK
            assert held.state is CommandResult.PENDING and held.started
            gate.opened.set()
            ended = await held.wait()
            assert ended.state is CommandResult.OK

    run(main())
    assert bool(sim.world.muted[i])


def test_server_error_is_an_error_with_the_mcu_message(sim: SimServer, store: Store, engine: Engine) -> None:
    i, uuid, name = site(sim)
    sim.faults.add(FaultKind.HTTP_5XX, count=1, path_prefix=COMMANDS, status=502)

    async def main() -> tuple[Command, Command]:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1")
            failed = await dispatcher.mute_audio(CONFERENCE, uuid, name, True).wait()
            again = await dispatcher.mute_audio(CONFERENCE, uuid, name, True).wait()
            return failed, again

    failed, again = asyncio.run(main())
    assert failed.state is CommandResult.ERROR
    assert "502" in failed.detail and "server error" in failed.detail
    assert "\n" not in failed.detail and PASSWORD not in failed.detail
    assert failed.rtt_ms is not None
    assert again.state is CommandResult.OK  # the fault was spent; the lane goes on
    assert bool(sim.world.muted[i])
    rows = audited(store, engine)
    assert [(r.result, r.detail) for r in rows] == [
        (CommandResult.ERROR, failed.detail),
        (CommandResult.OK, ""),
    ]


def test_refused_command_is_an_error(sim: SimServer) -> None:
    async def main() -> Command:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1")
            return await dispatcher.disconnect(CONFERENCE, "no-such-participant", "Nowhere").wait()

    command = asyncio.run(main())
    assert command.state is CommandResult.ERROR
    assert "refused" in command.detail


def test_dead_mcu_is_unreachable_not_hung(store: Store, engine: Engine) -> None:
    with SimServer(sites=5, scenario="normal", seed=1, password=PASSWORD, paused=True) as dead:
        url = dead.url  # a port that was just closed: nothing listens on it any more

    async def main() -> Command:
        async with connected(url, timeout=30.0) as drv:
            # a limit far beyond the test's: only a prompt failure ends this as UNREACHABLE
            dispatcher = CommandDispatcher(drv, store, "operator1", timeout=40.0)
            return await dispatcher.mute_audio(CONFERENCE, "u1", "Site 1", True).wait()

    command = asyncio.run(main())
    assert command.state is CommandResult.UNREACHABLE
    assert "cannot connect" in command.detail
    rows = audited(store, engine)
    assert [r.result for r in rows] == [CommandResult.UNREACHABLE]


def test_mcu_stopped_after_working_is_unreachable(sim: SimServer) -> None:
    _, uuid, name = site(sim)

    async def main() -> tuple[Command, Command]:
        async with connected(sim.url, timeout=30.0) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1", timeout=40.0)
            first = await dispatcher.mute_audio(CONFERENCE, uuid, name, True).wait()
            await asyncio.to_thread(sim.stop)
            second = await dispatcher.mute_audio(CONFERENCE, uuid, name, False).wait()
            return first, second

    first, second = asyncio.run(main())
    assert first.state is CommandResult.OK
    assert second.state is CommandResult.UNREACHABLE, second.detail


def test_slow_mcu_times_out(sim: SimServer, store: Store, engine: Engine) -> None:
    _, uuid, name = site(sim)
    sim.faults.add(FaultKind.LATENCY, count=1, path_prefix=COMMANDS, delay_ms=2000)

    async def main() -> Command:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1", timeout=0.2)
            return await dispatcher.mute_audio(CONFERENCE, uuid, name, True).wait()

    command = asyncio.run(main())
    assert command.state is CommandResult.TIMEOUT
    assert "no answer from the MCU within 0.2 s" in command.detail
    assert command.rtt_ms is not None
    rows = audited(store, engine)
    assert [(r.result, r.detail) for r in rows] == [(CommandResult.TIMEOUT, command.detail)]


def test_typed_helpers_reach_the_mcu(sim: SimServer) -> None:
    i, uuid, name = site(sim)
    j, other, other_name = site(sim, 2)
    sim.world.raise_hand(i)
    sim.world.raise_hand(j)

    async def main() -> list[Command]:
        async with connected(sim.url) as drv:
            d = CommandDispatcher(drv, None, "operator1")
            commands = [
                d.lock(CONFERENCE, True),
                d.transform_layout(CONFERENCE, "1:0"),
                d.mute_video(CONFERENCE, uuid, name, True),
                d.spotlight(CONFERENCE, uuid, name, True),
                d.lower_hand(CONFERENCE, uuid, name),
            ]
            await d.drain()
            commands.append(await d.lower_all_hands(CONFERENCE).wait())
            commands.append(await d.disconnect(CONFERENCE, other, other_name).wait())
            await d.close()
            return commands

    commands = asyncio.run(main())
    assert [(c.action, c.state, c.detail) for c in commands] == [
        (a, CommandResult.OK, "")
        for a in (
            Action.LOCK,
            Action.TRANSFORM_LAYOUT,
            Action.MUTE_VIDEO,
            Action.SPOTLIGHT_ON,
            Action.LOWER_HAND,
            Action.LOWER_ALL_HANDS,
            Action.DISCONNECT,
        )
    ]
    w = sim.world
    assert w.is_locked and w.layout == "1:0"
    assert bool(w.video_muted[i]) and w.spotlight[i] > 0
    assert w.buzz[i] == 0 and w.buzz[j] == 0
    assert not w.connected[j]
    assert commands[0].target == CONFERENCE and commands[2].target == name


def test_camera_move_refused_by_the_driver_is_an_error(sim: SimServer) -> None:
    _, uuid, name = site(sim)

    async def main() -> Command:
        async with connected(sim.url) as drv:
            d = CommandDispatcher(drv, None, "operator1")
            return await d.camera_move(CONFERENCE, uuid, name, Axis.PAN, "up", 500).wait()

    command = asyncio.run(main())
    assert command.state is CommandResult.ERROR
    assert "pan moves left or right" in command.detail
    assert command.args == {
        "conference": CONFERENCE,
        "uuid": uuid,
        "axis": "pan",
        "direction": "up",
        "timeout_ms": 500,
    }


# --- waiting, closing, listeners (a held lane of our own; the MCU is not what is tested) -----------


def test_command_waiting_too_long_behind_others_times_out_unsent(
    sim: SimServer, store: Store, engine: Engine
) -> None:
    i, uuid, name = site(sim)
    sent: list[str] = []

    async def never_called() -> None:
        sent.append("late")

    async def main() -> tuple[Command, Command, Command]:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1")
            gate = Gate()
            held = dispatcher.submit("custom", name, gate)
            await gate.entered.wait()
            stuck = dispatcher.submit("custom", name, never_called, timeout=0.05)
            await stuck.wait()  # ends while `held` still holds the lane
            assert held.state is CommandResult.PENDING
            gate.opened.set()
            after = dispatcher.mute_audio(CONFERENCE, uuid, name, True)
            await dispatcher.drain()
            return held, stuck, after

    held, stuck, after = asyncio.run(main())
    assert stuck.state is CommandResult.TIMEOUT and not stuck.started
    assert stuck.rtt_ms is None
    assert "not sent" in stuck.detail and "0.05 s" in stuck.detail and name in stuck.detail
    assert sent == []
    assert held.state is CommandResult.OK and after.state is CommandResult.OK
    assert bool(sim.world.muted[i])
    rows = audited(store, engine)
    assert [(r.result, r.rtt_ms is None) for r in rows] == [
        (CommandResult.OK, False),
        (CommandResult.TIMEOUT, True),
        (CommandResult.OK, False),
    ]


def test_slots_bound_concurrency_and_waiting_for_one_times_out(sim: SimServer) -> None:
    async def main() -> None:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1", concurrency=1)
            gate = Gate()
            held = dispatcher.submit("custom", "A", gate)
            await gate.entered.wait()
            other = dispatcher.submit("custom", "B", gate, timeout=0.05)
            await other.wait()
            assert other.state is CommandResult.TIMEOUT and not other.started
            assert "not sent" in other.detail and "all 1 command slots" in other.detail
            gate.opened.set()
            await held.wait()
            assert held.state is CommandResult.OK

    run(main())


def test_listeners_see_pending_then_the_final_state(sim: SimServer) -> None:
    _, uuid, name = site(sim)
    per_command: list[CommandResult] = []
    late: list[CommandResult] = []

    def broken(_c: Command) -> None:
        raise RuntimeError("a broken listener")

    async def main() -> None:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, None, "operator1")
            dispatcher.listeners.append(broken)  # logged, does not disturb the command or the others
            command = dispatcher.mute_audio(CONFERENCE, uuid, name, True)
            remove = command.add_listener(lambda c: per_command.append(c.state))
            assert per_command == [CommandResult.PENDING]  # the current state, at once
            await command.wait()
            remove()
            command.add_listener(lambda c: late.append(c.state))

    run(main())
    assert per_command[0] is CommandResult.PENDING
    assert per_command[-1] is CommandResult.OK
    assert set(per_command[1:-1]) <= {CommandResult.PENDING}
    assert late == [CommandResult.OK]


def test_close_waits_for_in_flight_then_refuses_new_commands(
    sim: SimServer, store: Store, engine: Engine
) -> None:
    i, uuid, name = site(sim)

    async def main() -> tuple[list[Command], Command]:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1")
            commands = [dispatcher.mute_audio(CONFERENCE, uuid, name, m) for m in (True, False, True)]
            await dispatcher.close()
            assert dispatcher.closed and dispatcher.in_flight() == []
            late = dispatcher.mute_audio(CONFERENCE, uuid, name, False)
            assert late.finished
            return commands, late

    commands, late = asyncio.run(main())
    assert [c.state for c in commands] == [CommandResult.OK] * 3
    assert late.state is CommandResult.ERROR and "closed" in late.detail
    assert bool(sim.world.muted[i])  # the refused unmute was not sent
    rows = audited(store, engine)
    assert [r.result for r in rows] == [CommandResult.OK] * 3 + [CommandResult.ERROR]


def test_close_with_cancel_ends_everything_at_once(sim: SimServer, store: Store, engine: Engine) -> None:
    async def main() -> list[Command]:
        async with connected(sim.url) as drv:
            dispatcher = CommandDispatcher(drv, store, "operator1")
            gate = Gate()
            held = dispatcher.submit("custom", "A", gate)
            queued = dispatcher.submit("custom", "A", gate)
            await gate.entered.wait()
            await dispatcher.close(cancel=True)
            return [held, queued]

    commands = asyncio.run(main())
    assert [c.state for c in commands] == [CommandResult.ERROR] * 2
    assert all("cancelled" in c.detail for c in commands)
    assert [r.result for r in audited(store, engine)] == [CommandResult.ERROR] * 2


# --- units ----------------------------------------------------------------------------------------


def test_results_of_driver_failures() -> None:
    assert result_of(McuError("unreachable", "x: cannot connect")) == (
        CommandResult.UNREACHABLE,
        "x: cannot connect",
    )
    assert result_of(McuError("timeout", "x: timed out")) == (CommandResult.TIMEOUT, "x: timed out")
    assert result_of(McuError("server", "x: server error (HTTP 503)"))[0] is CommandResult.ERROR
    assert result_of(McuError("refused", "x: no"))[0] is CommandResult.ERROR
    assert result_of(TimeoutError())[0] is CommandResult.TIMEOUT
    assert result_of(ValueError("bad"))[1] == "ValueError: bad"
    assert all(result_of(McuError(code, "m"))[0] in FINAL for code in ("auth", "malformed", "unsupported"))


@pytest.mark.parametrize(
    ("raw", "hidden"),
    [
        ("GET http://admin:hunter2@mcu/api failed", "hunter2"),
        ("events?token=abc.def-123&x=1 refused", "abc.def-123"),
        ("Authorization: Basic YWRtaW46aHVudGVyMg== rejected", "YWRtaW46aHVudGVyMg=="),
        ("password=hunter2", "hunter2"),
    ],
)
def test_detail_is_one_line_without_credentials(raw: str, hidden: str) -> None:
    shown = one_line(f"{raw}\n  second line")
    assert hidden not in shown and "\n" not in shown and "second line" in shown
    assert len(one_line("x" * 1000)) <= 300


def test_bad_arguments_are_refused() -> None:
    async def main() -> None:
        async with connected("http://127.0.0.1:9") as drv:
            with pytest.raises(ValueError):
                CommandDispatcher(drv, None, "op", timeout=0)
            with pytest.raises(ValueError):
                CommandDispatcher(drv, None, "op", concurrency=0)
            d = CommandDispatcher(drv, None, "op")
            with pytest.raises(ValueError):
                d.submit("custom", "A", Gate(), timeout=-1)

    run(main())


# --- a dialect that declares less ---------------------------------------------------------------------------


class LiteDriver(McuDriver):
    """A dialect that can mute audio and nothing else; it writes mute_video anyway, to show it is never called."""

    dialect = "lite"
    capabilities = frozenset({Capability.MUTE_AUDIO})

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, bool]] = []

    async def connect(self) -> None:
        return None

    async def close(self) -> None:
        return None

    async def _nothing(self) -> AsyncIterator[McuEvent]:
        return
        yield

    def events(self) -> AsyncIterator[McuEvent]:
        return self._nothing()

    async def conferences(self) -> list[str]:
        return [CONFERENCE]

    async def mute_audio(self, conference: str, uuid: str, muted: bool) -> None:
        self.calls.append(("mute_audio", uuid, muted))

    async def mute_video(self, conference: str, uuid: str, muted: bool) -> None:
        self.calls.append(("mute_video", uuid, muted))


def test_a_command_the_dialect_does_not_declare_is_refused_unsent_and_audited(
    store: Store, engine: Engine
) -> None:
    driver = LiteDriver()
    heard: list[tuple[str, CommandResult, bool]] = []

    async def main() -> list[Command]:
        dispatcher = CommandDispatcher(driver, store, "operator1")
        dispatcher.listeners.append(lambda c: heard.append((c.action, c.state, c.started)))
        assert dispatcher.capabilities == {Capability.MUTE_AUDIO} and not dispatcher.can(Capability.FECC)
        video = dispatcher.mute_video(CONFERENCE, "u1", "UBND Tuần Giáo", True)
        assert video.finished and video.refused  # at once: nothing waits for an answer that cannot come
        spotlight = dispatcher.spotlight(CONFERENCE, "u1", "UBND Tuần Giáo", True)
        camera = dispatcher.camera_move(CONFERENCE, "u1", "UBND Tuần Giáo", Axis.PAN, "left")
        custom = dispatcher.submit(Action.LOCK, CONFERENCE, Gate())  # by action code, through submit
        audio = dispatcher.mute_audio(CONFERENCE, "u1", "UBND Tuần Giáo", True)
        await audio.wait()
        await dispatcher.close()
        return [video, spotlight, camera, custom, audio]

    video, spotlight, camera, custom, audio = asyncio.run(main())
    assert driver.calls == [("mute_audio", "u1", True)]  # only what the dialect declares reached it
    assert audio.state is CommandResult.OK and not audio.refused
    for command, what in (
        (video, "mute or unmute a site's video"),
        (spotlight, "spotlight a site"),
        (camera, "move a site's camera (far-end camera control)"),
        (custom, "lock or unlock a conference"),
    ):
        assert command.state is CommandResult.ERROR and command.refused and not command.started
        assert command.detail == f"not sent: this MCU's dialect (lite) cannot {what}"
        assert command.rtt_ms is None
    assert heard[:2] == [
        ("mute_video", CommandResult.PENDING, False),
        ("mute_video", CommandResult.ERROR, False),
    ]
    rows = {r.action: r for r in audited(store, engine)}
    assert set(rows) == {"mute_video", "spotlight_on", "camera_move", "lock", "mute_audio"}
    assert rows["mute_video"].result is CommandResult.ERROR and rows["mute_video"].actor == "operator1"
    assert "cannot mute or unmute a site's video" in rows["mute_video"].detail
    assert rows["mute_video"].target == "UBND Tuần Giáo" and rows["mute_video"].args["muted"] is True
    assert rows["mute_audio"].result is CommandResult.OK


def test_the_base_driver_answers_unsupported_for_what_a_dialect_leaves_out() -> None:
    driver = LiteDriver()
    with pytest.raises(McuError) as refused:
        asyncio.run(driver.spotlight(CONFERENCE, "u1", True))
    assert refused.value.code == "unsupported" and "(lite) cannot spotlight a site" in str(refused.value)
