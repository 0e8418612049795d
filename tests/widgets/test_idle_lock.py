"""The idle lock through the real session and its log: a supervisor's window locks after the (here very short)
idle time, asks the same person's password, refuses a wrong one and unlocks with the right one, all audited;
an operator's window never arms the lock."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.access import Actor, ActorKind, AuditResult, Role
from console.access.screenlock import ScreenLock, locks_when_idle
from console.runtime.build import open_access
from console.runtime.config import Config
from console.runtime.options import SessionOptions
from console.runtime.session import ConsoleSession
from widgets.access.signin import Credentials
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

WAIT_MS = 20_000
SUPERVISOR_PW = "giam-sat-vien-2026"  # typed with QTest: ASCII
OPERATOR_PW = "ca-trực-sáng-2026"


def options(tmp_path: Path, idle_min: float) -> SessionOptions:
    base = Config()
    base = dataclasses.replace(base, access=dataclasses.replace(base.access, idle_lock_min=idle_min))
    return SessionOptions(db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}", base=base)


def with_accounts(opts: SessionOptions) -> None:
    access = open_access(opts.to_config(), create=True)
    try:
        access.accounts.add_first_administrator("quantri", "quản-trị-viên-2026")
        admin = Actor("quantri", frozenset({Role.ADMINISTRATOR}), ActorKind.NAMED)
        access.accounts.add(admin, "minh", "supervisor", SUPERVISOR_PW)
        access.accounts.add(admin, "lan", "operator,supervisor", OPERATOR_PW)
    finally:
        access.engine.dispose()


@pytest.fixture
def make(qtbot: QtBot, vi_app: QApplication, tmp_path: Path) -> Iterator[object]:
    made: list[LiveConsole] = []

    def start(name: str, password: str, idle_min: float) -> LiveConsole:
        opts = options(tmp_path, idle_min)
        with_accounts(opts)
        window = MainWindow("log", remember_layout=False)
        qtbot.addWidget(window)
        live = LiveConsole(window, WallPanel(), opts, sign_in=Credentials(name, password))
        made.append(live)
        live.start()
        qtbot.waitUntil(lambda: live.actor is not None, timeout=WAIT_MS)
        return live

    yield start
    for live in made:
        if live.lock_dialog is not None:
            live.lock_dialog.done(0)
        live.session.close()


def audit_of(live: LiveConsole) -> list[tuple[str, str, str]]:
    assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
    runtime = live.session.runtime
    assert runtime is not None and runtime.access is not None
    runtime.guard.flush()
    return [(r.entry.action, r.entry.actor, r.entry.result) for r in runtime.access.trail.records()]


def test_a_supervisor_window_locks_when_idle_and_unlocks_with_the_same_password(
    qtbot: QtBot, make: object
) -> None:
    live = make("minh", SUPERVISOR_PW, 0.002)  # type: ignore[operator]
    assert live.idle.armed
    qtbot.waitUntil(lambda: live.lock_dialog is not None and live.lock_dialog.isVisible(), timeout=WAIT_MS)
    dialog = live.lock_dialog
    assert dialog is not None and "minh" in dialog.heading.text()
    assert live.actor is None  # nobody acts while locked: the window shows no rights
    assert not live.idle.armed

    qtbot.keyClicks(dialog.password, "sai-mat-khau-roi")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() == "Sai tên hoặc mật khẩu.", timeout=WAIT_MS)
    assert live.actor is None and dialog.isVisible()

    qtbot.keyClicks(dialog.password, SUPERVISOR_PW)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live.actor is not None, timeout=WAIT_MS)
    assert live.actor is not None and live.actor.name == "minh"
    assert live.lock_dialog is None and not dialog.isVisible()
    assert live.idle.armed  # counting again

    trail = [a for a in audit_of(live) if a[1] == "minh"]
    assert trail[:5] == [
        ("sign-in", "minh", AuditResult.OK),
        ("lock", "minh", AuditResult.OK),
        ("sign-in", "minh", AuditResult.REFUSED),
        ("sign-in", "minh", AuditResult.OK),
        ("unlock", "minh", AuditResult.OK),
    ]


def test_switch_user_from_the_lock_signs_the_supervisor_out(qtbot: QtBot, make: object) -> None:
    live = make("minh", SUPERVISOR_PW, 0.002)  # type: ignore[operator]
    qtbot.waitUntil(lambda: live.lock_dialog is not None and live.lock_dialog.isVisible(), timeout=WAIT_MS)
    dialog = live.lock_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: live.sign_in_dialog is not None and live.sign_in_dialog.isVisible(), timeout=WAIT_MS
    )
    assert live.actor is None and not dialog.isVisible()
    assert ("sign-out", "minh", AuditResult.OK) in audit_of(live)
    assert live.sign_in_dialog is not None
    live.sign_in_dialog.close()


def test_an_operator_window_never_locks(qtbot: QtBot, make: object) -> None:
    live = make("lan", OPERATOR_PW, 0.002)  # type: ignore[operator]
    assert live.actor is not None and Role.SUPERVISOR in live.actor.roles
    assert not live.idle.armed and not live.idle.timer.isActive()
    live.lock_window()  # even asked directly, the window stays open for the operator
    assert live.lock_dialog is None


def test_whom_the_lock_is_for_and_the_core_refusing_an_operator_lock() -> None:
    sup = Actor("minh", frozenset({Role.SUPERVISOR}), ActorKind.SIGNED_IN)
    admin = Actor("quantri", frozenset({Role.ADMINISTRATOR}), ActorKind.SIGNED_IN)
    op = Actor("lan", frozenset({Role.OPERATOR, Role.ADMINISTRATOR}), ActorKind.SIGNED_IN)
    tech = Actor("tu", frozenset({Role.TECHNICIAN}), ActorKind.SIGNED_IN)
    assert [locks_when_idle(a) for a in (sup, admin, op, tech, None)] == [True, True, False, False, False]
    from console.access import Guard, Refused

    lock = ScreenLock(Guard(None))
    with pytest.raises(Refused):
        lock.lock(op, 10)
    assert not lock.locked
    lock.lock(sup, 10)
    assert lock.locked and lock.hand_over() == sup and not lock.locked


def lose_a_site(live: LiveConsole) -> None:
    """The session's hub sees a site drop (on the session's loop, as the MCU's news would come)."""
    from tests.core.media_rig import joined, left

    assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
    hub, loop = live.session.hub, live.session.loop
    assert hub is not None and loop is not None

    def drop() -> None:
        hub.feed(joined(0, "u1", "Xã A0"))
        hub.feed(left(30, "u1", "Xã A0"))

    loop.call_soon_threadsafe(drop)


def test_the_incident_buttons_follow_the_person_and_a_refusal_names_the_missing_role(
    qtbot: QtBot, make: object
) -> None:
    live = make("minh", SUPERVISOR_PW, 0)  # type: ignore[operator]
    panel, book = live.incidents, live.book
    assert panel is not None and book is not None
    assert not live.idle.armed  # idle_lock_min 0: never
    assert not panel.acknowledge_button.isVisibleTo(panel)  # a supervisor does not acknowledge
    assert not panel.resolve_button.isVisibleTo(panel) and not panel.edit_button.isVisibleTo(panel)

    lose_a_site(live)
    qtbot.waitUntil(lambda: bool(book.roots()), timeout=WAIT_MS)
    [entry] = book.roots()
    book.acknowledge(entry.key, "minh", entry.incident.opened_at)  # the core refuses anyway
    status = live.window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("✗"), timeout=WAIT_MS)
    assert "điều hành viên" in status.currentMessage()  # the missing role: operator
    assert ("incident.acknowledge", "minh", AuditResult.REFUSED) in audit_of(live)
    seen = book.entry(entry.key)
    assert seen is not None and not seen.acknowledged

    live.switch_user()
    qtbot.waitUntil(
        lambda: live.sign_in_dialog is not None and live.sign_in_dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = live.sign_in_dialog
    assert dialog is not None
    dialog.name.setText("lan")
    dialog.password.setText(OPERATOR_PW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: live.actor is not None and live.actor.name == "lan", timeout=WAIT_MS)
    assert panel.acknowledge_button.isVisibleTo(panel) and panel.resolve_button.isVisibleTo(panel)
