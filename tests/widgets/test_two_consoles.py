"""Two consoles on one PostgreSQL log, each a real session and window: an operator's acknowledgement at one
shows in the other's incident panel, and a phone request filed or denied at one in the other's floor queue,
pushed by the log (LISTEN/NOTIFY); the audit keeps one chain."""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.access import Actor, ActorKind, Role
from console.domain import RequestSource
from console.runtime.bridge import FloorCommand, FloorOp
from console.runtime.build import open_access
from console.runtime.options import SessionOptions
from console.runtime.session import ConsoleSession
from tests.core.media_rig import joined
from tests.db.conftest import PG_ENV, _reset_postgres
from widgets.access.signin import Credentials
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

from .test_idle_lock import OPERATOR_PW, SUPERVISOR_PW, lose_a_site

WAIT_MS = 20_000


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_ENV} is not set")
    _reset_postgres(url)
    return url


def listening(live: LiveConsole) -> bool:
    """Signed in, the panel up, and the session listening to the other consoles."""
    assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
    sync = live.session.sync
    ready = sync is not None and sync.listener is not None and sync.listener.ready.is_set()
    return ready and live.actor is not None and live.book is not None


@pytest.fixture
def consoles(qtbot: QtBot, vi_app: QApplication, pg_url: str) -> Iterator[tuple[LiveConsole, LiveConsole]]:
    options = SessionOptions(db_url=pg_url)
    access = open_access(options.to_config(), create=True)
    try:
        access.accounts.add_first_administrator("quantri", "quản-trị-viên-2026")
        admin = Actor("quantri", frozenset({Role.ADMINISTRATOR}), ActorKind.NAMED)
        access.accounts.add(admin, "lan", "operator", OPERATOR_PW)
        access.accounts.add(admin, "minh", "operator,supervisor", SUPERVISOR_PW)
    finally:
        access.engine.dispose()
    made = []
    for name, password in (("lan", OPERATOR_PW), ("minh", SUPERVISOR_PW)):
        window = MainWindow("log", remember_layout=False)
        qtbot.addWidget(window)
        live = LiveConsole(window, WallPanel(), options, sign_in=Credentials(name, password))
        made.append(live)
        live.start()
    try:
        for live in made:
            qtbot.waitUntil(functools.partial(listening, live), timeout=WAIT_MS)
        yield made[0], made[1]
    finally:
        for live in made:
            live.session.close()


def test_an_acknowledgement_at_one_console_shows_in_the_other(
    qtbot: QtBot, consoles: tuple[LiveConsole, LiveConsole]
) -> None:
    a, b = consoles
    assert a.book is not None and b.book is not None
    for live in (a, b):  # both follow the same MCU: the same site drops at both
        lose_a_site(live)
    qtbot.waitUntil(lambda: bool(a.book.roots()) and bool(b.book.roots()), timeout=WAIT_MS)  # type: ignore[union-attr]
    [at_a], [at_b] = a.book.roots(), b.book.roots()
    assert not at_b.acknowledged

    a.book.acknowledge(at_a.key, "lan", at_a.incident.opened_at)
    qtbot.waitUntil(lambda: b.book.entry(at_b.key).acknowledged, timeout=WAIT_MS)  # type: ignore[union-attr]
    seen = b.book.entry(at_b.key)
    assert seen is not None and seen.incident.acknowledged_by == "lan"
    assert b.incidents is not None and not b.incidents.model.desk.alarming()

    assert isinstance(b.session, ConsoleSession)  # on a thread here: its objects can be read
    runtime = b.session.runtime
    assert runtime is not None and runtime.access is not None
    for live in (a, b):
        assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
        assert live.session.runtime is not None
        live.session.runtime.guard.flush()
    assert runtime.access.trail.verify().intact


def test_a_phone_request_filed_and_denied_at_one_console_shows_in_the_others_queue(
    qtbot: QtBot, consoles: tuple[LiveConsole, LiveConsole]
) -> None:
    a, b = consoles
    first = a.session
    assert isinstance(first, ConsoleSession)  # on a thread here: its objects can be read
    for live in (a, b):  # both follow the same MCU: the same site is in the meeting at both
        assert isinstance(live.session, ConsoleSession)
        hub, loop = live.session.hub, live.session.loop
        assert hub is not None and loop is not None
        loop.call_soon_threadsafe(hub.feed, joined(0, "u1", "Xã A0"))
    assert a.floor_panel is not None and b.floor_panel is not None
    qtbot.waitUntil(lambda: bool(first.hub and first.hub.participants), timeout=WAIT_MS)
    assert first.hub is not None
    site = first.hub.site_key(next(iter(first.hub.participants.values())))

    filed = FloorCommand(FloorOp.ADD_REQUEST, site=site, source=RequestSource.PHONE, stranger=True)
    a.run_floor(dataclasses.replace(filed, topic="Báo cáo tiến độ"))
    qtbot.waitUntil(lambda: b.floor_panel.model.rowCount() == 1, timeout=WAIT_MS)  # type: ignore[union-attr]
    seen = b.floor_panel.model.request_at(0)
    assert seen is not None and seen.request.source is RequestSource.PHONE
    assert seen.request.topic == "Báo cáo tiến độ"

    qtbot.waitUntil(lambda: a.floor_panel.model.rowCount() == 1, timeout=WAIT_MS)  # type: ignore[union-attr]
    mine = a.floor_panel.model.request_at(0)
    assert mine is not None
    a.run_floor(FloorCommand(FloorOp.DENY, request_id=mine.id))
    qtbot.waitUntil(lambda: b.floor_panel.model.rowCount() == 0, timeout=WAIT_MS)  # type: ignore[union-attr]
