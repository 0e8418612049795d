"""`python main.py gui`: the Qt application around the core."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import signal
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSize,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from console.registry import RESOURCES
from console.runtime.config import Config
from console.sim.process import SimulatorProcess
from widgets.access.signin import SignInMode
from widgets.shell.i18n import choose_language, install_translators
from widgets.shell.main_window import MainWindow
from widgets.theme import style_sheet
from widgets.wall.panel import WallPanel

log = logging.getLogger("bridgewall.ui")
qt_log = logging.getLogger("bridgewall.qt")
SCREENSHOT_SIZE = QSize(1600, 1000)
GUI_SWITCH_INTERVAL_S = 0.0002

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _route_qt_messages(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


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


def main(args: argparse.Namespace) -> int:
    from console.runtime.build import check_log, log_in_use, start_simulator
    from console.runtime.cli import config_from_args

    config = config_from_args(args)  # a bad option or configuration: one line, exit 2, nothing opened
    check_log(config)
    in_use = log_in_use(config)  # a SQLite log has one writer: another process writing it is refused here
    if in_use is not None:
        print(f"bridgewall gui: {in_use}", file=sys.stderr)
        return 1
    # The demo's simulator starts first: it loads its modules while the console loads its own.
    simulator = start_simulator(config)
    try:
        return _run(args, config, simulator)
    finally:
        if simulator is not None:
            simulator.stop()


def _run(args: argparse.Namespace, config: Config, simulator: SimulatorProcess | None) -> int:
    import qasync

    # The session's thread keeps the interpreter busy at a national scale, and every call from Qt into Python
    # on the window's thread waits for it to let go: hand over every 0.2 ms instead of every 5, so each such
    # wait is a fraction of a millisecond (gui_stall_* in `make bench` measure the effect).
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)

    from console.runtime.session import SessionOptions, shown_url
    from widgets.shell.live import LiveConsole

    qInstallMessageHandler(_route_qt_messages)
    app = create_application(config.ui.language)
    panel = WallPanel()
    window = MainWindow(database=shown_url(config), wall=panel, remember_layout=not args.screenshot)
    if args.screenshot:
        window.resize(SCREENSHOT_SIZE)
    # Who acts: the demo signs its operator in by itself; an unattended screenshot of a real log signs nobody in
    # (every action refused); otherwise the sign-in dialog comes first and the window after it.
    sign_in: SignInMode = "demo" if config.demo.enabled else "none" if args.screenshot else "ask"
    if sign_in != "ask":
        window.show()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    live = LiveConsole(
        window, panel, SessionOptions.of(config, operator=getpass.getuser()), simulator, sign_in=sign_in
    )
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, window.close))  # close cleanly
    exit_code = 0
    if args.screenshot:

        def shoot() -> None:
            nonlocal exit_code
            exit_code = 0 if save_screenshot(window, args.screenshot) else 1
            window.close()

        QTimer.singleShot(int(args.after * 1000), shoot)
    with loop:
        loop.run_until_complete(live.run(app))
    return exit_code
