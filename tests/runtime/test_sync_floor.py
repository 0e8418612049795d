"""Several consoles on one PostgreSQL log, the floor: a phone request filed, accepted, moved, denied or withdrawn
at one console appears in the other's queue, pushed by LISTEN/NOTIFY; the log keeps one row for a phone request,
and the other console sends no MCU command of its own."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.commands.dispatcher import CommandDispatcher
from console.domain import FloorRequest, FloorState, HandRaised, RequestSource
from console.floor.desk import SHARED_WAIT_S, FloorChanged, FloorDesk
from console.incidents.desk import IncidentDesk
from console.live.hub import Hub
from console.mcu.dialects import driver_from_url
from console.runtime.sync import LogSync
from console.sim import SimServer
from db import records
from db.engine import open_database
from db.writer import Store
from tests.actors import operator
from tests.core.media_rig import CONF, at, joined, registry

from .test_sync import pg_url  # noqa: F401  (the fixture)

T = TypeVar("T")
WAIT_S = 10.0
Lan = operator("Lan")
Minh = operator("Minh")
SITES = (("uA0", "Xã A0"), ("uA1", "Xã A1"), ("uA2", "Xã A2"))


@dataclass
class Console:
    engine: Engine
    store: Store
    hub: Hub
    floor: FloorDesk
    thread: concurrent.futures.ThreadPoolExecutor
    sync: LogSync | None = None

    def on_desk(self, work: Callable[[], T]) -> T:
        return self.thread.submit(work).result(WAIT_S)

    def when(self, holds: Callable[[FloorDesk], bool]) -> threading.Event:
        """An event set once the floor, after a change, is as `holds` says."""
        seen = threading.Event()
        self.floor.subscribe(
            lambda n: seen.set() if isinstance(n, FloorChanged) and holds(self.floor) else None
        )
        return seen

    def waiting(self) -> list[tuple[str, FloorState]]:
        return [(r.request.site, r.request.state) for r in self.floor.view().waiting()]


def console(url: str) -> Console:
    engine = open_database(url)
    store = Store(engine, interval=0.02)
    hub = Hub(registry(), store=store)
    floor = FloorDesk(hub, store=store)  # no MCU commands: the other console must not need any
    hub.floor = floor
    desk = IncidentDesk(hub, store)
    thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="test-desk")
    c = Console(engine, store, hub, floor, thread)
    c.sync = LogSync.on(engine, store, desk, lambda f: thread.submit(f))
    for n, (uuid, name) in enumerate(SITES):
        c.on_desk(lambda uuid=uuid, name=name, n=n: hub.feed(joined(n, uuid, name)))  # type: ignore[misc]
    return c


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Console, Console]]:  # noqa: F811
    consoles = (console(pg_url), console(pg_url))
    for c in consoles:
        assert c.sync is not None and c.sync.floor is c.floor
        assert c.sync.listener is not None and c.sync.listener.ready.wait(WAIT_S)
    yield consoles
    for c in consoles:
        if c.sync is not None:
            c.sync.close()
        c.thread.shutdown()
        assert c.store.close()
        c.engine.dispose()


def logged(engine: Engine) -> list[FloorRequest]:
    with Session(engine) as session:
        return records.list_floor_requests(session)


def test_phone_requests_and_the_operators_decisions_at_one_console_appear_in_the_others_queue(
    two: tuple[Console, Console],
) -> None:
    a, b = two
    filed = b.when(lambda f: len(f.view().waiting()) == 2)
    for site in ("X.A.0", "X.A.1"):
        report = a.on_desk(lambda site=site: a.floor.add_request(site, actor=Lan, source=RequestSource.PHONE))  # type: ignore[misc]
        assert report.ok
    assert filed.wait(WAIT_S)
    assert b.waiting() == [("X.A.0", FloorState.PENDING), ("X.A.1", FloorState.PENDING)]
    seen = b.floor.active_for("X.A.0")
    assert seen is not None and seen.request.source is RequestSource.PHONE

    first, second = (a.floor.active_for(s) for s in ("X.A.0", "X.A.1"))
    assert first is not None and second is not None
    accepted = b.when(lambda f: [r.request.state for r in f.view().waiting()] == [FloorState.ACCEPTED] * 2)
    a.on_desk(lambda: a.floor.accept(first.id, Lan))
    a.on_desk(lambda: a.floor.accept(second.id, Lan))
    assert accepted.wait(WAIT_S)

    moved = b.when(lambda f: [r.request.site for r in f.view().waiting()] == ["X.A.1", "X.A.0"])
    assert a.on_desk(lambda: a.floor.move_to_turn(second.id, 1, Lan)).ok
    assert moved.wait(WAIT_S)

    denied = b.when(lambda f: [r.request.site for r in f.view().waiting()] == ["X.A.1"])
    assert a.on_desk(lambda: a.floor.deny(first.id, Lan)).ok
    assert denied.wait(WAIT_S)

    # the other console acts on a request it got from the first: the same row moves, and the first sees it
    withdrawn = a.when(lambda f: not f.view().waiting())
    theirs = b.floor.active_for("X.A.1")
    assert theirs is not None
    assert b.on_desk(lambda: asyncio.run(b.floor.lower_hand(theirs.id, Lan))).ok  # no hand: withdrawn at once
    assert withdrawn.wait(WAIT_S)
    assert not b.waiting()

    assert a.store.flush() and b.store.flush()
    rows = logged(a.engine)
    assert [(r.site, r.source, r.state) for r in rows] == [  # one row per request, whoever acted on it
        ("X.A.0", RequestSource.PHONE, FloorState.DENIED),
        ("X.A.1", RequestSource.PHONE, FloorState.CANCELLED),
    ]


def test_a_raised_hand_each_console_filed_follows_the_others_decision_on_its_own_row(
    two: tuple[Console, Console],
) -> None:
    a, b = two
    for c in two:  # both follow the same MCU: the hand goes up at both
        c.on_desk(lambda c=c: c.hub.feed(HandRaised(at(5), CONF, "uA2", "Xã A2", at(5).timestamp())))  # type: ignore[misc]
        c.on_desk(c.floor.flush)
    assert a.waiting() == b.waiting() == [("X.A.2", FloorState.PENDING)]
    hand = a.floor.active_for("X.A.2")
    assert hand is not None
    accepted = b.when(lambda f: [(r.request.state) for r in f.view().waiting()] == [FloorState.ACCEPTED])
    assert a.on_desk(lambda: a.floor.accept(hand.id, Lan)).ok
    assert accepted.wait(WAIT_S)
    assert a.store.flush() and b.store.flush()
    assert [(r.site, r.state) for r in logged(a.engine)] == [("X.A.2", FloorState.ACCEPTED)] * 2


# --- a grant and a release at one console, both following the real simulator ------------------------------------

PASSWORD = "sync-floor-secret"


@dataclass
class Following:
    """A console following the simulator: its own driver, hub, dispatcher (acting as `who`) and floor desk."""

    engine: Engine
    store: Store
    hub: Hub
    floor: FloorDesk
    commands: CommandDispatcher
    task: asyncio.Task[None]
    sync: LogSync | None


async def until(condition: Callable[[], object], what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT_S
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


def state(c: Following, site: str) -> FloorState | None:
    entry = c.floor.active_for(site)
    return entry.request.state if entry is not None else None


def test_a_grant_and_release_at_one_console_reach_the_other_without_commands_of_its_own(pg_url: str) -> None:  # noqa: F811
    with SimServer(sites=20, scenario="normal", seed=11, password=PASSWORD, paused=True) as sim:
        n, uuid, code = 3, sim.world.uuids[3], sim.world.sites[3].code
        sim.world.set_muted(uuid, True)
        sim.world.raise_hand(n, at=sim.world.now() - 30.0)

        async def main() -> None:
            loop = asyncio.get_running_loop()
            stop = asyncio.Event()
            made: list[Following] = []
            for who in (Lan, Minh):
                engine = open_database(pg_url)
                store = Store(engine, interval=0.02)
                hub = Hub(sim.world.sites, store=store)
                driver = driver_from_url(
                    f"pexip+{sim.url}", "admin", password=PASSWORD, poll_interval=0.2, timeout=5.0
                )
                commands = CommandDispatcher(driver, store, who)
                floor = FloorDesk(hub, commands, store)
                hub.floor = floor
                sync = LogSync.on(engine, store, IncidentDesk(hub, store), loop.call_soon_threadsafe)
                task = asyncio.create_task(hub.run(driver, stop, tick_interval=0.5))
                made.append(Following(engine, store, hub, floor, commands, task, sync))
            a, b = made
            try:
                for c in made:
                    assert c.sync is not None and c.sync.listener is not None
                    await until(c.sync.listener.ready.is_set, "the console to listen")
                    await until(lambda c=c: state(c, code) is FloorState.PENDING, "the hand at both")  # type: ignore[misc]
                entry = a.floor.active_for(code)
                assert entry is not None
                report = await a.floor.grant(entry.id, Lan)
                assert report.ok and not sim.world.muted[n]
                await until(lambda: state(b, code) is FloorState.GRANTED, "the grant at the other console")
                assert b.floor.holders() == [code]

                report = await a.floor.release(entry.id, Lan)
                assert report.ok and sim.world.muted[n]
                await until(lambda: state(b, code) is None, "the release at the other console")
                await asyncio.sleep(SHARED_WAIT_S + 0.5)  # past the wait an unexplained unmute would end
                assert b.floor.holders() == []
            finally:
                stop.set()
                for c in made:
                    await c.floor.close()
                    await c.commands.close()
                    await c.task
                    if c.sync is not None:
                        c.sync.close()
                    assert c.store.close()
            with Session(a.engine) as session:
                sent = records.list_commands(session)
                moves = records.list_floor_transitions(session)
            for c in made:
                c.engine.dispose()
            assert sent and {c.actor for c in sent} == {"Lan"}  # the other console sent nothing of its own
            granted = [t for t in moves if t.to_state is FloorState.GRANTED]
            assert len(granted) == 2 and {t.actor for t in granted} == {"Lan"}  # each console's own row

        asyncio.run(main())
