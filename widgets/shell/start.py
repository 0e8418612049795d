"""`python main.py gui`, started in the order that brings the window's first paint soonest.

The wall's first tiles wait for the session's process (its modules, the log, the MCU): it is started here, before
the window's own modules (Qt, the widgets) are loaded, so the two load side by side instead of one after the
other; the demo's simulator, needed only when the session attaches, starts after the window's first paint.
Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from console.runtime.config import Config


def door_problem(config: Config) -> str | None:
    """What keeps the log from being opened that can be seen before opening it (console.runtime.address.check_log)."""
    from console.runtime.address import check_log
    from console.runtime.args import UsageError

    try:
        check_log(config)
    except UsageError as exc:
        return str(exc)
    return None


def main(args: argparse.Namespace) -> int:
    from console.runtime.child import SessionProcess
    from console.runtime.cli import config_from_args
    from console.runtime.options import SessionOptions, start_simulator

    config = config_from_args(args)  # a bad option or configuration: one line, exit 2, nothing opened
    # The session's process starts first: it loads its modules and opens the log while this one checks the log
    # at the door and loads the window's. A session started on a log the door then refuses writes nothing (its
    # own start runs the door's check before it locks or opens the log): it is stopped. The demo's simulator
    # is needed only when the session attaches, a second later: it starts with the live console, after the
    # window's first paint, so that it does not take a core from the two that paint.
    simulator = start_simulator(config, start=False)
    session = SessionProcess(SessionOptions.of(config, getpass.getuser()), simulator)
    session.launch()
    try:
        from console.runtime.address import check_log, log_in_use

        if args.screenshot:
            check_log(config)  # unattended, no one to ask: a bad log is one line and exit 2
        in_use = log_in_use(config)  # a SQLite log has one writer: another process writing it is refused here
        if in_use is not None:
            print(f"bridgewall gui: {in_use}", file=sys.stderr)
            return 1
        refused = door_problem(config) is not None  # the window asks for another log, then starts a session
        if refused:
            session.close()
        from widgets.shell.app import run_window  # Qt and the widgets, while the others load

        return run_window(args, config, None if refused else session)
    finally:
        session.close()  # once more is harmless: the window closed it in order (and it stops the simulator)
