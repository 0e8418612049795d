"""Bridgewall: the control-room console for a video-conference network.

python main.py [gui]        the console window (default)
python main.py sim          the bundled Pexip-dialect MCU simulator
python main.py monitor      watch an MCU headless and keep the log
python main.py export       print incidents, attendance, commands or floor requests
python main.py camera       VISCA-over-IP camera maintenance
python main.py report       the 6-month and yearly reports
python main.py sites        the site registry: import, export, list, history
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from console.runtime.args import (
    EXIT_USAGE,
    UsageError,
    listen_port,
    non_negative_seconds,
    preset_slot,
    scenario,
    seconds,
    sites,
    text,
    whole,
)

# Each subcommand's handler lives in the module that holds its work: "module:function", taking the parsed args.
HANDLERS: dict[str, str] = {
    "gui": "widgets.shell.app:main",
    "sim": "console.sim.server:main",
    "monitor": "console.runtime.monitor:main",
    "export": "console.runtime.export:main",
    "camera": "console.camera.cli:main",
    "report": "console.report:main",
    "sites": "console.runtime.sites_cli:main",
}
NOT_BUILT = 2
LOCAL_TIMES = "a time without an offset is Asia/Ho_Chi_Minh time (UTC+7); a date alone is its local midnight"


class Parser(argparse.ArgumentParser):
    """A mistake on the command line is one line on stderr and exit status 2, never the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _add_config(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (TOML; default: config.toml in the per-user config directory, if present)",
    )


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        metavar="URL",
        help="the log: sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (default: [log] url of the "
        "configuration, else a SQLite file in the per-user data directory)",
    )


def _add_mcu(p: argparse.ArgumentParser) -> None:
    p.add_argument("--mcu", metavar="URL", help="the MCU: pexip+http[s]://HOST:PORT (default: [mcu] url)")
    p.add_argument(
        "--mcu-user",
        metavar="USER",
        type=text("the MCU user"),
        help="MCU user (default: [mcu] user, else admin); the password comes from MCU_PASSWORD",
    )
    p.add_argument("--ca-bundle", metavar="FILE", help="CA bundle to verify the MCU's TLS certificate")


def _add_demo(p: argparse.ArgumentParser, scenario_default: str = "flaky") -> None:
    p.add_argument(
        "--demo",
        action="store_true",
        help="the demo: the bundled simulator (unless --mcu), the demo network, its own log (unless --db)",
    )
    p.add_argument(
        "--sites", type=sites, metavar="N", help="demo network size, 1–20000 (default: [demo] sites, 150)"
    )
    p.add_argument(
        "--scenario",
        type=scenario,
        metavar="NAME",
        help=f"demo simulator scenario: normal | flaky | storm | national (default: [demo] scenario, {scenario_default})",
    )
    p.add_argument("--seed", type=whole, metavar="N", help="demo simulator seed (default: [demo] seed, 1)")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="bridgewall", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="the console window (default)")
    _add_config(gui)
    _add_db(gui)
    _add_mcu(gui)
    _add_demo(gui)
    gui.add_argument("--lang", choices=("vi", "en"), help="interface language (default: [ui] language, vi)")
    gui.add_argument("--screenshot", metavar="PNG", help="render offscreen, save this PNG and exit")
    gui.add_argument(
        "--after",
        type=non_negative_seconds,
        default=2.0,
        metavar="SECONDS",
        help="wait before the screenshot",
    )

    sim = sub.add_parser(
        "sim", help="the bundled Pexip-dialect MCU simulator (user admin, password MCU_PASSWORD)"
    )
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=listen_port, default=8443, help="port (default 8443; 0: any free port)")
    sim.add_argument("--sites", type=sites, default=150, metavar="N", help="sites, 1–20000 (default 150)")
    sim.add_argument("--scenario", type=scenario, default="normal", help="normal | flaky | storm | national")
    sim.add_argument("--seed", type=whole, default=1)

    mon = sub.add_parser("monitor", help="watch an MCU headless and keep the log")
    _add_config(mon)
    _add_mcu(mon)
    mon.add_argument(
        "--conference",
        metavar="ALIAS",
        type=text("the conference alias"),
        help="only this conference (default: every active one)",
    )
    _add_db(mon)
    _add_demo(mon)
    mon.add_argument(
        "--duration", type=seconds, metavar="SECONDS", help="stop after this long (default: until a signal)"
    )

    exp = sub.add_parser("export", help="print records from the log")
    _add_config(exp)
    _add_db(exp)
    exp.add_argument("--demo", action="store_true", help="read the demo's log (the one --demo writes)")
    exp.add_argument("--what", required=True, choices=("incidents", "attendance", "commands", "floor"))
    exp.add_argument("--format", default="json", choices=("json", "csv"))
    exp.add_argument("--since", metavar="ISO", help=f"from this time (ISO 8601; {LOCAL_TIMES})")
    exp.add_argument(
        "--until", metavar="ISO", help=f"up to this time, not included (ISO 8601; {LOCAL_TIMES})"
    )

    cam = sub.add_parser("camera", help="VISCA-over-IP camera maintenance")
    cam.add_argument("url", metavar="visca://HOST[:PORT]")
    cam.add_argument("action", choices=("recall", "store", "position", "reset-seq"))
    cam.add_argument("slot", nargs="?", type=preset_slot, help="preset slot for recall / store (0–254)")
    cam.add_argument("--timeout", type=float, default=1.0, help="seconds to wait for each reply")

    rep = sub.add_parser("report", help="the 6-month and yearly reports")
    _add_config(rep)
    _add_db(rep)
    rep.add_argument("--period", default="half-year", choices=("half-year", "year"))

    _add_sites(sub)
    return parser


def _add_sites(sub: argparse._SubParsersAction[Parser]) -> None:
    sites = sub.add_parser(
        "sites",
        help="the site registry: import, export, list, history",
        description="The site registry in the log: import a JSON or CSV file (all or nothing), export it, list "
        "it, or show the changes kept for a site. Exit status: 0 done, 1 refused (one line), 2 a usage mistake.",
    )
    actions = sites.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_text, description=help_text)
        _add_config(p)
        _add_db(p)
        p.add_argument("--demo", action="store_true", help="the demo's log (the one --demo writes)")
        return p

    imp = action(
        "import",
        "add and update sites from a JSON or CSV file: all or nothing; a changed site keeps its history",
    )
    imp.add_argument("file", metavar="FILE", help="the registry file (UTF-8; CSV with or without a BOM)")
    imp.add_argument(
        "--format", choices=("json", "csv"), help="the file's format (default: by its extension or content)"
    )
    imp.add_argument(
        "--by",
        metavar="NAME",
        type=text("the name given to --by"),
        help="who makes the change, kept in the history (default: the operating system's user)",
    )
    exp = action("export", "write the registry as JSON or CSV (what import reads back unchanged)")
    exp.add_argument("--format", default="json", choices=("json", "csv"))
    exp.add_argument("--out", metavar="FILE", help="write to FILE instead of the standard output")
    lst = action("list", "list the registry's sites, grouped")
    lst.add_argument("--format", default="text", choices=("text", "json"))
    lst.add_argument(
        "--group-by",
        default="cluster",
        choices=("cluster", "district", "agency", "tier", "province"),
        help="group by this field (default: cluster)",
    )
    his = action(
        "history", "the changes kept for a site (technicians replaced, contacts, camera …), oldest first"
    )
    his.add_argument("code", metavar="CODE", help="the site's code")
    his.add_argument("--format", default="text", choices=("text", "json"))


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
    try:
        return handler(args)
    except UsageError as exc:  # a bad argument or configuration, found before anything was opened
        print(f"bridgewall {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
