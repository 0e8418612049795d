"""`python main.py gui`: the Qt application around the core (`widgets.shell.start` starts it: the session's
process first, then this module's window).

A log the console cannot open (a directory, a file that is not a SQLite database, an unreadable file, a
PostgreSQL server that refuses) is said in a dialog that offers another SQLite file or quitting; started with
`--screenshot` (unattended: no one to ask) it is one line on stderr and a non-zero exit instead.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QSize,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from console.registry import RESOURCES
from console.runtime.address import log_file, shown_log, with_log_file
from console.runtime.config import Config
from console.sim.process import SimulatorProcess
from widgets.access.signin import SignInMode
from widgets.shell.i18n import choose_language, install_translators
from widgets.shell.main_window import MainWindow
from widgets.shell.start import door_problem
from widgets.theme import style_sheet
from widgets.wall.panel import WallPanel

if TYPE_CHECKING:
    from console.runtime.child import SessionProcess
    from widgets.shell.live import LiveConsole

log = logging.getLogger("bridgewall.ui")
qt_log = logging.getLogger("bridgewall.qt")
SCREENSHOT_SIZE = QSize(1600, 1000)
EXIT_OK = 0
EXIT_LOG = 1  # the log could not be opened and no other was chosen (or the screenshot could not be written)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# What the offscreen platform (`--screenshot`, tests) says of every window it cannot size to its hints or raise:
# harmless, and only there; kept at DEBUG so that an unattended run's stderr holds only what matters.
_OFFSCREEN_NOTES = ("This plugin does not support propagateSizeHints", "This plugin does not support raise")


def _route_qt_messages(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if message.startswith(_OFFSCREEN_NOTES):
        level = logging.DEBUG
    qt_log.log(level, "%s", message)


_translators: list[QTranslator] = []  # the catalogues in use, kept alive while installed


def create_application(language: str | None = None) -> QApplication:
    """The QApplication with our organisation name, fonts, theme and translations (idempotent for tests).

    `language` is "vi" or "en" as `--lang` or the configuration gave it; None is Vietnamese, whatever the
    system locale. A second call replaces the catalogues of the first.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("Bridgewall")
    QCoreApplication.setApplicationName("console")
    for font_file in sorted((RESOURCES / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = QFont("DejaVu Sans")
    font.setPointSize(10)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    for old in _translators:
        app.removeTranslator(old)
    _translators[:] = install_translators(app, choose_language(language))
    return app


def save_screenshot(window: MainWindow, path: str) -> bool:
    ok = window.grab().save(path)
    if ok:
        log.info("screenshot saved to %s", path)
    else:
        log.error("could not write the screenshot to %s", path)
    return ok


class LogDialog(QMessageBox):
    """The log cannot be opened: what is wrong with it, and the choice of another SQLite file or quitting."""

    def __init__(self, log: str, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The log cannot be opened"))
        self.setText(self.tr("The console cannot open its log %1.").replace("%1", log))
        self.setInformativeText(
            self.tr("%1\n\nChoose another SQLite file to keep the log in, or quit.").replace("%1", problem)
        )
        self.choose = self.addButton(self.tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
        self.choose.setObjectName("chooseLog")
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit.setObjectName("quit")
        self.setDefaultButton(self.choose)
        self.setEscapeButton(self.quit)


def log_file_dialog(parent: QWidget | None, directory: Path) -> QFileDialog:
    """Qt's own file dialog (translated with the console) for an existing log or the name of a new one."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("LogDialog", "Choose the log (a SQLite file)"),
        str(directory),
        QCoreApplication.translate("LogDialog", "SQLite logs (*.sqlite3 *.sqlite *.db);;All files (*)"),
    )
    dialog.setObjectName("logFileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # a new file is a new, empty log
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return dialog


class ConsoleRun(QObject):
    """The window's live console, run on the configured log — or, when that log cannot be opened, on another
    SQLite file the operator chooses in a dialog (or not at all: they quit).

    `finished(status)` is emitted once: when the window closes (0), when the operator quits the dialog
    (EXIT_LOG), or with `screenshot` when the PNG is written (0) or the log cannot be opened (EXIT_LOG, with one
    line on stderr and no dialog). `close()` then stops the session (blocking; run it off the GUI thread).
    `session`: the session's process, started already on the configured log (used by the first attempt).
    """

    finished = Signal(int)

    def __init__(
        self,
        window: MainWindow,
        panel: WallPanel,
        config: Config,
        *,
        operator: str,
        simulator: SimulatorProcess | None = None,
        screenshot: str | None = None,
        after: float = 0.0,
        err: Callable[[str], None] | None = None,
        sign_in: SignInMode = "ask",
        session: SessionProcess | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.panel = panel
        self.config = config
        self.operator = operator
        self.simulator = simulator
        self.screenshot = screenshot
        self.after = after
        self.sign_in = sign_in
        self.err = err or (lambda line: print(line, file=sys.stderr, flush=True))
        self.live: LiveConsole | None = None
        self.dialog: LogDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.problem: str | None = None  # why the log could not be opened, while that is so
        self.ready = False
        self._after_elapsed = False
        self._done = False
        window.closed.connect(self._window_closed)

    # --- life -------------------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.screenshot is not None:
            QTimer.singleShot(int(self.after * 1000), self._elapsed)
        self._attempt()

    def stop(self) -> None:
        """Stop taking the session's messages (on the GUI thread, before `close()`)."""
        if self.live is not None:
            self.live.bridge.stop()

    def close(self) -> None:
        """Stop the current session and wait for it, the log committed (blocking: any thread)."""
        if self.live is not None:
            self.live.session.close()

    def _finish(self, status: int) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(status)

    def _window_closed(self) -> None:
        for dialog in (self.file_dialog, self.dialog):
            if dialog is not None:
                dialog.done(0)
        self._finish(EXIT_OK if self.problem is None else EXIT_LOG)

    # --- one attempt on one log ---------------------------------------------------------------------------------
    def _attempt(self) -> None:
        from console.runtime.options import SessionOptions
        from widgets.shell.live import LiveConsole

        self.problem = None
        self.panel.wall.set_waiting(True)
        self.window.database = shown_log(self.config)
        self.window.show_log_error(None)
        problem = door_problem(self.config)
        if problem is not None:
            self._cannot_open(problem)
            return
        live = LiveConsole(
            self.window,
            self.panel,
            SessionOptions.of(self.config, self.operator),
            self.simulator,
            sign_in=self.sign_in,
            child=True,  # the session in its own process: the window's thread never waits for its work
            session=self.session,
        )
        self.simulator = self.session = None  # the session owns it now (and stops it when it ends)
        live.bridge.ready.connect(self._ready)
        live.bridge.logProblem.connect(self._log_problem)
        self.live = live
        live.start()

    def _ready(self, _ready: object) -> None:
        self.ready = True
        self._maybe_shoot()

    def _log_problem(self, message: str | None) -> None:
        if message is not None and not self.ready and self.problem is None:  # before Ready: it never opened
            self._cannot_open(message)

    def _cannot_open(self, problem: str) -> None:
        self.problem = problem
        self.window.show_log_error(problem)
        self.panel.wall.set_waiting(False)
        if self.screenshot is not None:
            self.err(f"bridgewall gui: {problem}")
            self._finish(EXIT_LOG)
            return
        self.window.show()  # hidden until a sign-in otherwise: the question needs its window
        self._ask()

    # --- the dialogs ------------------------------------------------------------------------------------------
    def _ask(self) -> None:
        assert self.problem is not None
        dialog = LogDialog(self.window.database, self.problem, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._answered(dialog))
        dialog.open()

    def _answered(self, dialog: LogDialog) -> None:
        self.dialog = None
        dialog.deleteLater()
        if self._done:
            return
        if dialog.clickedButton() is not dialog.choose:
            self._finish(EXIT_LOG)
            return
        files = log_file_dialog(self.window, self._directory())
        self.file_dialog = files
        files.finished.connect(lambda result: self._chosen(files, result))
        files.open()

    def _chosen(self, files: QFileDialog, result: int) -> None:
        self.file_dialog = None
        files.deleteLater()
        if self._done:
            return
        chosen = files.selectedFiles()
        if result != QFileDialog.DialogCode.Accepted or not chosen:
            self._ask()  # back to the question: another file, or quit
            return
        self._drop_live()
        self.config = with_log_file(self.config, Path(chosen[0]))
        log.info("the log chosen instead: %s", chosen[0])
        self._attempt()

    def _directory(self) -> Path:
        path = log_file(self.config)
        if path is not None and path.parent.is_dir():
            return path.parent
        return Path.cwd()

    def _drop_live(self) -> None:
        """The session that could not open its log has ended: let its console go."""
        live, self.live = self.live, None
        if live is not None:
            live.bridge.stop()
            live.session.close()
            live.deleteLater()

    # --- --screenshot -----------------------------------------------------------------------------------------
    def _elapsed(self) -> None:
        self._after_elapsed = True
        self._maybe_shoot()

    def _maybe_shoot(self) -> None:
        if self.screenshot is None or not (self.ready and self._after_elapsed) or self._done:
            return
        self._finish(EXIT_OK if save_screenshot(self.window, self.screenshot) else EXIT_LOG)


def warn_of_clear_text(window: MainWindow, config: Config) -> QLabel | None:
    """A lasting warning in the status bar when the MCU's credentials travel unencrypted (`pexip+http://` with
    a password); the label, or None when there is nothing to warn of."""
    from console.runtime.config import credentials_in_clear

    if not credentials_in_clear(config):
        return None
    label = QLabel(
        "⚠ "
        + QCoreApplication.translate(
            "MainWindow", "The MCU's password travels unencrypted (pexip+http): use pexip+https"
        )
    )
    label.setObjectName("clearTextWarning")
    label.setProperty("state", "degraded")
    window.statusBar().addPermanentWidget(label)
    return label


async def on_screen(window: MainWindow, timeout: float = 2.0) -> None:
    """Until the window has painted once (or `timeout` seconds: a window the platform never shows)."""
    if window.on_screen:
        return
    painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done() -> None:
        if not painted.done():
            painted.set_result(None)

    window.painted.connect(done)
    try:
        await asyncio.wait_for(painted, timeout)
        log.info("window: first painted")
    except TimeoutError:
        log.warning("window: not painted after %.0f s", timeout)
    finally:
        window.painted.disconnect(done)


def run_window(args: argparse.Namespace, config: Config, session: SessionProcess | None) -> int:
    """The window on `config`'s log, with the session's process `session` started already (None: the log cannot
    be opened as configured, and the window asks for another first)."""
    import qasync

    qInstallMessageHandler(_route_qt_messages)
    app = create_application(config.ui.language)
    app.setQuitOnLastWindowClosed(False)  # the session closes first, then the loop ends
    panel = WallPanel()
    panel.wall.set_waiting(True)  # the window paints before the session has sent a wall
    window = MainWindow(database=shown_log(config), wall=panel, remember_layout=not args.screenshot)
    if args.screenshot:
        window.resize(SCREENSHOT_SIZE)
    warn_of_clear_text(window, config)
    # Who acts: the demo signs its operator in by itself; an unattended screenshot of a real log signs nobody in
    # (every action refused); otherwise the sign-in dialog comes first and the window after it.
    sign_in: SignInMode = "demo" if config.demo.enabled else "none" if args.screenshot else "ask"
    if sign_in != "ask":
        window.show()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    run = ConsoleRun(
        window,
        panel,
        config,
        operator=getpass.getuser(),
        screenshot=args.screenshot,
        after=args.after,
        sign_in=sign_in,
        session=session,
    )
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, window.close))  # close cleanly

    async def until_finished() -> int:
        done: asyncio.Future[int] = loop.create_future()

        def end(status: int) -> None:
            if not done.done():
                done.set_result(status)

        run.finished.connect(end)
        app.aboutToQuit.connect(lambda: end(EXIT_OK))
        if window.isVisible() and not args.screenshot:  # someone watches: the console is seen at once,
            await on_screen(window)  # painted before the live console's modules load
        run.start()
        try:
            return await done
        finally:
            run.stop()
            await loop.run_in_executor(None, run.close)
            if window.isVisible():
                window.close()

    with loop:
        status: int = loop.run_until_complete(until_finished())
    return status
