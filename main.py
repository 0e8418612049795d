"""Bridgewall: the control-room console for a video-conference network.

python main.py [gui]        the console window (default)
python main.py sim          the bundled Pexip-dialect MCU simulator
python main.py monitor      watch an MCU headless and keep the log
python main.py export       print incidents, attendance, commands or floor requests
python main.py camera       VISCA-over-IP camera maintenance
python main.py report       the 6-month and yearly reports
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

# Each subcommand's handler lives in the module that holds its work: "module:function", taking the parsed args.
HANDLERS: dict[str, str] = {
    "gui": "widgets.shell.app:main",
    "sim": "console.sim.server:main",
    "monitor": "console.runtime.monitor:main",
    "export": "console.reports.export:main",
    "camera": "console.camera.cli:main",
    "report": "console.report:main",
}
NOT_BUILT = 2


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: a SQLite file in the per-user data directory)",
    )


def _add_mcu_user(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--mcu-user", metavar="USER", default="admin", help="MCU user; the password comes from MCU_PASSWORD"
    )
    p.add_argument("--ca-bundle", metavar="FILE", help="CA bundle to verify the MCU's TLS certificate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bridgewall", description=__doc__.splitlines()[0] if __doc__ else None
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="the console window (default)")
    _add_db(gui)
    _add_mcu_user(gui)
    gui.add_argument(
        "--mcu", metavar="URL", help="attach to this MCU (pexip+http[s]://HOST:PORT) instead of the demo"
    )
    gui.add_argument("--sites", type=int, default=150, help="demo network size (default 150)")
    gui.add_argument("--scenario", default="flaky", help="demo simulator scenario (default flaky)")
    gui.add_argument("--seed", type=int, default=1, help="demo simulator seed")
    gui.add_argument("--lang", choices=("vi", "en"), help="interface language (default: from the locale)")
    gui.add_argument("--screenshot", metavar="PNG", help="render offscreen, save this PNG and exit")
    gui.add_argument("--after", type=float, default=2.0, metavar="SECONDS", help="wait before the screenshot")

    sim = sub.add_parser("sim", help="the bundled Pexip-dialect MCU simulator")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=int, default=8443)
    sim.add_argument("--sites", type=int, default=150)
    sim.add_argument("--scenario", default="normal", help="normal | flaky | storm | national")
    sim.add_argument("--seed", type=int, default=1)

    mon = sub.add_parser("monitor", help="watch an MCU headless and keep the log")
    mon.add_argument("--mcu", metavar="URL", required=True, help="pexip+http[s]://HOST:PORT")
    mon.add_argument("--conference", metavar="ALIAS", help="only this conference (default: every active one)")
    _add_mcu_user(mon)
    _add_db(mon)
    mon.add_argument(
        "--duration", type=float, metavar="SECONDS", help="stop after this long (default: until a signal)"
    )

    exp = sub.add_parser("export", help="print records from the log")
    _add_db(exp)
    exp.add_argument("--what", required=True, choices=("incidents", "attendance", "commands", "floor"))
    exp.add_argument("--format", default="json", choices=("json", "csv"))
    exp.add_argument("--since", metavar="ISO", help="from this time (ISO 8601)")
    exp.add_argument("--until", metavar="ISO", help="up to this time (ISO 8601)")

    cam = sub.add_parser("camera", help="VISCA-over-IP camera maintenance")
    cam.add_argument("url", metavar="visca://HOST[:PORT]")
    cam.add_argument("action", choices=("recall", "store", "position", "reset-seq"))
    cam.add_argument("slot", nargs="?", type=int, help="preset slot for recall / store")
    cam.add_argument("--timeout", type=float, default=1.0, help="seconds to wait for each reply")

    rep = sub.add_parser("report", help="the 6-month and yearly reports")
    _add_db(rep)
    rep.add_argument("--period", default="half-year", choices=("half-year", "year"))
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int] | None:
    module_name, func = HANDLERS[command].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    handler: Callable[[argparse.Namespace], int] = getattr(module, func)
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not any(a in HANDLERS for a in argv) and not {"-h", "--help"} & set(argv):
        argv = (
            [a for a in argv if a in ("-v", "--verbose")]
            + ["gui"]
            + [a for a in argv if a not in ("-v", "--verbose")]
        )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    handler = _handler(args.command)
    if handler is None:
        print(f"bridgewall: '{args.command}' is not built yet.", file=sys.stderr)
        return NOT_BUILT
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
