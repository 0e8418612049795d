"""The sign-in at start, through the real session and its log: a wrong password is said and opens nothing; the
right one opens the window with the person's name in the status bar; a first run asks for the administrator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.access import Actor, ActorKind, AuditResult, Role
from console.runtime.build import open_access
from console.runtime.options import SessionOptions
from widgets.access.signin import SignInDialog
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

WAIT_MS = 20_000
RIGHT = "ca-trực-sáng-2026"


def log_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'log.sqlite3'}"


def with_accounts(tmp_path: Path) -> None:
    """A log with an administrator and the operator Lan, made the way `user add` makes them."""
    options = SessionOptions(db_url=log_url(tmp_path))
    access = open_access(options.to_config(), create=True)
    try:
        access.accounts.add_first_administrator("quantri", "quản-trị-viên-2026")
        admin = Actor("quantri", frozenset({Role.ADMINISTRATOR}), ActorKind.NAMED)
        access.accounts.add(admin, "lan", "operator", RIGHT)
    finally:
        access.engine.dispose()


@pytest.fixture
def console(qtbot: QtBot, vi_app: QApplication, tmp_path: Path) -> Iterator[LiveConsole]:
    window = MainWindow("log", remember_layout=False)
    qtbot.addWidget(window)
    live = LiveConsole(window, WallPanel(), SessionOptions(db_url=log_url(tmp_path)), sign_in="ask")
    yield live
    if live.sign_in_dialog is not None:
        live.sign_in_dialog.close()
    live.session.close()


def dialog_of(qtbot: QtBot, live: LiveConsole) -> SignInDialog:
    live.start()
    qtbot.waitUntil(
        lambda: live.sign_in_dialog is not None and live.sign_in_dialog.isVisible(), timeout=WAIT_MS
    )
    dialog = live.sign_in_dialog
    assert dialog is not None
    return dialog


def submit(qtbot: QtBot, dialog: SignInDialog, name: str, password: str, again: str | None = None) -> None:
    dialog.name.setText(name)
    dialog.password.setText(password)
    if again is not None:
        dialog.confirm.setText(again)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_is_said_and_opens_nothing_the_right_one_opens_the_window(
    qtbot: QtBot, console: LiveConsole, tmp_path: Path
) -> None:
    with_accounts(tmp_path)
    live, window = console, console.window
    dialog = dialog_of(qtbot, live)
    assert not dialog.first_run and not window.isVisible()
    assert dialog.ok_button.text() == "Đăng nhập"  # the dialog's buttons are Vietnamese too

    submit(qtbot, dialog, "lan", "sai-mật-khẩu")
    qtbot.waitUntil(lambda: dialog.message.text() == "Sai tên hoặc mật khẩu.", timeout=WAIT_MS)
    assert not window.isVisible() and live.actor is None and dialog.isVisible()
    assert dialog.password.text() == ""  # cleared for the next try

    submit(qtbot, dialog, "lan", RIGHT)
    qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
    assert not dialog.isVisible()
    assert live.actor is not None and live.actor.name == "lan" and live.actor.roles == {Role.OPERATOR}
    assert "lan" in window.user_label.text() and "điều hành viên" in window.user_label.text()

    session_runtime = live.session.runtime
    assert session_runtime is not None and session_runtime.access is not None
    sign_ins = [
        (r.entry.actor, r.entry.result)
        for r in session_runtime.access.trail.records()
        if r.entry.action == "sign-in"
    ]
    assert sign_ins == [("lan", AuditResult.REFUSED), ("lan", AuditResult.OK)]


def test_the_first_run_asks_for_the_first_administrator(
    qtbot: QtBot, console: LiveConsole, tmp_path: Path
) -> None:
    live, window = console, console.window
    dialog = dialog_of(qtbot, live)
    assert dialog.first_run and dialog.windowTitle() == "Tạo quản trị viên đầu tiên"

    submit(qtbot, dialog, "quantri", "quản-trị-viên-2026", again="khác-hẳn")
    qtbot.waitUntil(lambda: dialog.message.text() == "Hai mật khẩu không khớp.", timeout=WAIT_MS)
    assert not window.isVisible()

    submit(qtbot, dialog, "quantri", "quản-trị-viên-2026", again="quản-trị-viên-2026")
    qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
    assert live.actor is not None and live.actor.roles == {Role.ADMINISTRATOR}
    assert "quantri" in window.user_label.text()
    assert not window.floor_dock.isVisible()  # an administrator runs no floor: the window hides it
