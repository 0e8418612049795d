"""Several consoles on one PostgreSQL log: an acknowledgement, an edit and a manual resolve made at one console
appear at the other, pushed by LISTEN/NOTIFY (no polling), written to that console's own rows too; on SQLite
nothing is pushed."""

from __future__ import annotations

import concurrent.futures
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import Role
from console.domain import Incident
from console.incidents.desk import DeskNews, EntryChanged, IncidentDesk
from console.live.hub import Hub
from console.runtime.sync import LogSync
from db import records
from db.engine import open_database
from db.notify import LogListener, News, notify
from db.writer import Store
from tests.actors import operator, with_roles
from tests.core.media_rig import at, joined, left, registry
from tests.db.conftest import PG_ENV, _reset_postgres

T = TypeVar("T")
WAIT_S = 10.0
Lan = operator("Lan")
Hoa = with_roles("Hoa", Role.SUPERVISOR)


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_ENV} is not set")
    _reset_postgres(url)
    return url


@dataclass
class Console:
    """One console: its own connection pool, writer, hub (fed the same MCU events) and incident desk; the
    desk's thread is a one-thread executor, as the session's loop is for the real one."""

    engine: Engine
    store: Store
    hub: Hub
    desk: IncidentDesk
    thread: concurrent.futures.ThreadPoolExecutor
    sync: LogSync | None = None

    def on_desk(self, work: Callable[[], T]) -> T:
        return self.thread.submit(work).result(WAIT_S)

    def when(self, holds: Callable[[DeskNews], bool]) -> threading.Event:
        """An event set when the desk tells news for which `holds` is true."""
        seen = threading.Event()
        self.desk.subscribe(lambda news: seen.set() if holds(news) else None)
        return seen


def lose_site(hub: Hub) -> None:
    hub.feed(joined(0, "uA0", "Xã A0"))
    hub.feed(left(30, "uA0", "Xã A0"))


def console(url: str) -> Console:
    engine = open_database(url)
    store = Store(engine, interval=0.02)
    hub = Hub(registry(), store=store)
    desk = IncidentDesk(hub, store)
    thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="test-desk")
    c = Console(engine, store, hub, desk, thread)
    c.sync = LogSync.on(engine, store, desk, lambda f: thread.submit(f))
    return c


@pytest.fixture
def two(pg_url: str) -> Iterator[tuple[Console, Console]]:
    consoles = (console(pg_url), console(pg_url))
    yield consoles
    for c in consoles:
        if c.sync is not None:
            c.sync.close()
        c.thread.shutdown()
        assert c.store.close()
        c.engine.dispose()


def rows(engine: Engine) -> list[Incident]:
    with Session(engine) as session:
        return records.list_incidents(session)


def test_an_acknowledgement_edit_and_resolve_at_one_console_appear_at_the_other(
    two: tuple[Console, Console],
) -> None:
    a, b = two
    assert a.sync is not None and b.sync is not None
    for c in (a, b):
        sync = c.sync
        assert sync is not None and sync.listener is not None and sync.listener.ready.wait(WAIT_S)
        c.on_desk(lambda c=c: lose_site(c.hub))  # type: ignore[misc]
    [key_a] = [e.key for e in a.desk.entries()]
    [key_b] = [e.key for e in b.desk.entries()]
    assert a.store.flush() and b.store.flush()
    assert len(rows(a.engine)) == 2  # each console keeps its own row of the same fault

    acknowledged = b.when(lambda n: isinstance(n, EntryChanged) and n.after.acknowledged)
    assert a.on_desk(lambda: a.desk.acknowledge(key_a, Lan, at(31)))
    a.sync.incident_changed([key_a], "acknowledge", "Lan")
    assert acknowledged.wait(WAIT_S)
    entry = b.desk.entry(key_b)
    assert entry is not None and (entry.incident.acknowledged_by, entry.incident.acknowledged_at) == (
        "Lan",
        at(31),
    )
    assert not b.desk.alarming()

    edited = b.when(lambda n: isinstance(n, EntryChanged) and n.after.incident.cause == "Đứt cáp quang")
    a.on_desk(lambda: a.desk.annotate(key_a, cause="Đứt cáp quang", by=Lan))
    a.sync.incident_changed([key_a], "annotate", "Lan")
    assert edited.wait(WAIT_S)

    resolved = b.when(lambda n: isinstance(n, EntryChanged) and not n.after.is_open)
    assert a.on_desk(lambda: a.desk.resolve(key_a, Lan, at(60), fix="Chạy máy phát"))
    a.sync.incident_changed([key_a], "resolve", "Lan")
    assert resolved.wait(WAIT_S)
    entry = b.desk.entry(key_b)
    assert entry is not None and entry.resolved_by == "Lan" and entry.incident.resolved_at == at(60)
    assert entry.incident.fix == "Chạy máy phát"

    assert b.store.flush()  # the other console wrote it to its own row as well
    assert [(r.acknowledged_by, r.cause, r.fix, r.resolved_at) for r in rows(b.engine)] == [
        ("Lan", "Đứt cáp quang", "Chạy máy phát", at(60))
    ] * 2


def test_a_console_does_not_hear_itself_and_a_bad_notification_does_not_stop_the_listening(
    pg_url: str,
) -> None:
    engine = open_database(pg_url)
    heard: list[News] = []
    got = threading.Event()

    def take(news: News) -> None:
        heard.append(news)
        got.set()

    listener = LogListener(engine, take, origin="me").start()
    try:
        assert listener.ready.wait(WAIT_S)
        notify(engine, {"kind": "incident", "rows": [1]}, origin="me")  # its own: ignored
        with engine.begin() as conn:
            from sqlalchemy import text

            conn.execute(text("SELECT pg_notify('bridgewall_log', 'not json')"))
        notify(engine, {"kind": "incident", "rows": [2]}, origin="other")
        assert got.wait(WAIT_S)
        assert [n["rows"] for n in heard] == [[2]]
    finally:
        listener.close()
        engine.dispose()


def test_sqlite_pushes_nothing(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    store = Store(engine)
    try:
        desk = IncidentDesk(Hub(registry(), store=store), store)
        assert LogSync.on(engine, store, desk, lambda f: f()) is None
        assert notify(engine, {"kind": "incident"}) is False
        with pytest.raises(ValueError):
            LogListener(engine, lambda _n: None)
    finally:
        assert store.close()
        engine.dispose()


def test_a_supervisors_reopening_at_one_console_reopens_the_incident_at_the_other(
    two: tuple[Console, Console],
) -> None:
    a, b = two
    assert a.sync is not None and b.sync is not None
    for c in (a, b):
        sync = c.sync
        assert sync is not None and sync.listener is not None and sync.listener.ready.wait(WAIT_S)
        c.on_desk(lambda c=c: lose_site(c.hub))  # type: ignore[misc]
    [key_a] = [e.key for e in a.desk.entries()]
    [key_b] = [e.key for e in b.desk.entries()]
    resolved = b.when(lambda n: isinstance(n, EntryChanged) and not n.after.is_open)
    assert a.on_desk(lambda: a.desk.resolve(key_a, Lan, at(60), cause="Mất điện", fix="Chạy máy phát"))
    a.sync.incident_changed([key_a], "resolve", "Lan")
    assert resolved.wait(WAIT_S)

    reopened = b.when(lambda n: isinstance(n, EntryChanged) and n.after.is_open)
    assert a.on_desk(lambda: a.desk.reopen(key_a, Hoa, at(90)))
    a.sync.incident_changed([key_a], "reopen", "Hoa")
    assert reopened.wait(WAIT_S)
    entry = b.desk.entry(key_b)
    assert entry is not None and entry.is_open and entry.resolved_by == ""
    assert b.store.flush() and a.store.flush()
    assert [(r.resolved_at, r.cause) for r in rows(b.engine)] == [(None, "Mất điện")] * 2
