"""`gui` on a log it cannot open: the window says what is wrong in a dialog (in Vietnamese, its buttons too) and
offers another SQLite file or quitting; started with `--screenshot` (unattended) it exits non-zero with one line
and shows no dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from console.runtime.config import Config, override
from widgets.incidents.panel import IncidentPanel
from widgets.shell.app import EXIT_LOG, EXIT_OK, ConsoleRun, LogDialog, create_application
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 30_000
REFUSED = "postgresql+psycopg://bridgewall:s3cret-log-pw@127.0.0.1:1/bridgewall"  # nothing listens on port 1


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def vi(qapp: QApplication) -> Iterator[QApplication]:
    """The application in Vietnamese for one test; English (the source strings) again after it, as the other
    tests of the suite expect."""
    yield create_application("vi")
    create_application("en")


def bad_logs(tmp_path: Path) -> dict[str, tuple[str, str]]:
    """A log the console cannot open → (its URL, what the dialog says of it)."""
    directory = tmp_path / "logdir"
    directory.mkdir()
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("meeting notes, not a log\n", encoding="utf-8")
    return {
        "directory": (f"sqlite:///{directory}", f"the log {directory} is a directory, not a database file"),
        "not a database": (f"sqlite:///{notes}", f"the log {notes} is not a SQLite database"),
        "no such directory": (
            f"sqlite:///{tmp_path / 'gone' / 'log.sqlite3'}",
            f"the directory {tmp_path / 'gone'} does not exist",
        ),
        "PostgreSQL refused": (REFUSED, "Connection refused"),
    }


def console_on(qtbot: QtBot, url: str) -> tuple[ConsoleRun, MainWindow, list[int]]:
    config = override(Config(), "log.url", url, "--db")
    panel = WallPanel()
    window = MainWindow("?", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    run = ConsoleRun(window, panel, config, operator="op1")
    statuses: list[int] = []
    run.finished.connect(statuses.append)
    run.start()
    return run, window, statuses


def the_dialog(qtbot: QtBot, run: ConsoleRun) -> LogDialog:
    qtbot.waitUntil(lambda: run.dialog is not None and run.dialog.isVisible(), timeout=WAIT_MS)
    assert run.dialog is not None
    return run.dialog


def closed(run: ConsoleRun) -> None:
    run.stop()
    run.close()


@pytest.mark.parametrize("case", ["directory", "not a database", "no such directory", "PostgreSQL refused"])
def test_a_log_that_cannot_be_opened_is_said_in_a_dialog_and_quit_is_non_zero(
    qtbot: QtBot, vi: QApplication, tmp_path: Path, case: str
) -> None:
    url, says = bad_logs(tmp_path)[case]
    run, window, statuses = console_on(qtbot, url)
    try:
        dialog = the_dialog(qtbot, run)
        assert dialog.windowTitle() == "Không mở được nhật ký"
        assert dialog.text().startswith("Bàn điều khiển không mở được nhật ký ")
        assert says in dialog.informativeText()
        assert "Chọn một tệp SQLite khác để ghi nhật ký, hoặc thoát." in dialog.informativeText()
        assert [b.text() for b in dialog.buttons()] == ["Chọn tệp khác…", "Thoát"]
        shown = " ".join((dialog.text(), dialog.informativeText(), window.statusBar().currentMessage()))
        assert "s3cret-log-pw" not in shown + window.db_label.text()  # the password is never shown
        assert not run.panel.wall.waiting  # the wall no longer says a log is being opened
        assert not statuses
        dialog.quit.click()
        qtbot.waitUntil(lambda: statuses == [EXIT_LOG], timeout=WAIT_MS)
        assert EXIT_LOG != 0
    finally:
        closed(run)


def test_another_file_chosen_in_the_dialog_opens_the_console_on_it(
    qtbot: QtBot, vi: QApplication, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage, not a log" * 50)
    chosen = tmp_path / "elsewhere" / "log.sqlite3"
    chosen.parent.mkdir()
    run, window, statuses = console_on(qtbot, f"sqlite:///{bad}")
    try:
        dialog = the_dialog(qtbot, run)
        dialog.choose.click()
        qtbot.waitUntil(lambda: run.file_dialog is not None and run.file_dialog.isVisible(), timeout=WAIT_MS)
        files = run.file_dialog
        assert files is not None
        assert files.windowTitle() == "Chọn nhật ký (một tệp SQLite)"
        assert files.directory().absolutePath() == str(tmp_path)  # where the failed log is
        box = files.findChild(QDialogButtonBox)
        assert box is not None
        assert {b.text() for b in box.findChildren(QPushButton)} >= {"&Mở", "Hủy"}
        # Cancel goes back to the question; the second time a file is chosen
        files.reject()
        dialog = the_dialog(qtbot, run)
        dialog.choose.click()
        qtbot.waitUntil(lambda: run.file_dialog is not None and run.file_dialog.isVisible(), timeout=WAIT_MS)
        files = run.file_dialog
        assert files is not None
        files.selectFile(str(chosen))
        files.accept()
        # the console opens on the chosen file: created, migrated, named in the status bar, the docks filled
        qtbot.waitUntil(lambda: isinstance(window.incident_dock.widget(), IncidentPanel), timeout=WAIT_MS)
        assert run.ready and run.problem is None and run.dialog is None
        assert window.db_label.text() == f"Sổ theo dõi: sqlite:///{chosen}"
        assert chosen.read_bytes()[:16] == b"SQLite format 3\x00"
        assert bad.read_bytes() == b"\x00garbage, not a log" * 50  # the bad file is left as it was
        assert not statuses
        window.close()
        qtbot.waitUntil(lambda: statuses == [EXIT_OK], timeout=WAIT_MS)
    finally:
        closed(run)


def test_a_chosen_file_that_cannot_be_opened_either_asks_again(
    qtbot: QtBot, vi: QApplication, tmp_path: Path
) -> None:
    directory = tmp_path / "logdir"
    directory.mkdir()
    run, _window, statuses = console_on(qtbot, REFUSED)
    try:
        dialog = the_dialog(qtbot, run)
        dialog.choose.click()
        qtbot.waitUntil(lambda: run.file_dialog is not None and run.file_dialog.isVisible(), timeout=WAIT_MS)
        files = run.file_dialog
        assert files is not None and files.fileMode() is QFileDialog.FileMode.AnyFile
        files.selectFile(str(directory))
        files.done(QFileDialog.DialogCode.Accepted)  # as if the directory's name were typed and accepted
        qtbot.waitUntil(lambda: run.dialog is not None and run.dialog is not dialog, timeout=WAIT_MS)
        again = the_dialog(qtbot, run)
        assert f"the log {directory} is a directory" in again.informativeText()
        again.quit.click()
        qtbot.waitUntil(lambda: statuses == [EXIT_LOG], timeout=WAIT_MS)
    finally:
        closed(run)


def gui(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "gui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.mark.parametrize(
    ("case", "status"),
    [("directory", 2), ("not a database", 2), ("no such directory", 1), ("PostgreSQL refused", 1)],
)
def test_screenshot_on_a_bad_log_is_one_line_and_non_zero_without_a_dialog(
    tmp_path: Path, case: str, status: int
) -> None:
    """2: refused at the door, before any window; 1: found when opening it (the window was up, no dialog)."""
    url, says = bad_logs(tmp_path)[case]
    png = tmp_path / "wall.png"
    done = gui("--db", url, "--screenshot", str(png), "--after", "0")
    assert done.returncode == status, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("bridgewall gui: ") and says in lines[0], done.stderr
    assert "Traceback" not in done.stderr and "s3cret-log-pw" not in done.stderr + done.stdout
    assert not png.exists()


def test_the_window_is_painted_before_the_live_console_loads(tmp_path: Path) -> None:
    """The operator sees the console at once: its window paints before the live console's modules load (and so
    before its first wall), whose paint would otherwise wait for them."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    command = [sys.executable, str(ROOT / "main.py"), "gui", "--demo", "--lang", "vi"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    assert process.stderr is not None
    said: list[str] = []
    try:
        for line in process.stderr:
            said.append(line)
            if "first tiles painted" in line:
                break
    finally:
        process.terminate()
        process.wait(timeout=60)
        process.stderr.close()
    assert process.returncode == 0, "".join(said)
    painted = [i for i, line in enumerate(said) if "window: first painted" in line]
    tiles = [i for i, line in enumerate(said) if "first tiles painted" in line]
    assert painted and tiles and painted[0] < tiles[0], "".join(said)
    assert not any("not painted" in line or "Traceback" in line for line in said), "".join(said)
