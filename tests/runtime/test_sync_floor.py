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

from console.domain import FloorRequest, FloorState, HandRaised, RequestSource
from console.floor.desk import FloorChanged, FloorDesk
from console.incidents.desk import IncidentDesk
from console.live.hub import Hub
from console.runtime.sync import LogSync
from db import records
from db.engine import open_database
from db.writer import Store
from tests.actors import operator
from tests.core.media_rig import CONF, at, joined, registry

from .test_sync import pg_url  # noqa: F401  (the fixture)

T = TypeVar("T")
WAIT_S = 10.0
Lan = operator("Lan")
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
