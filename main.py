"""Bridgewall: the control-room console for a video-conference network.

python main.py [gui]        the console window (default)
python main.py sim          the bundled Pexip-dialect MCU simulator
python main.py monitor      watch an MCU headless and keep the log
python main.py export       print incidents, attendance, commands or floor requests
python main.py camera       VISCA-over-IP camera maintenance
python main.py report       the 6-month and yearly reports
python main.py sites        the site registry: import, export, list, history
python main.py meeting      the meeting register: add, list, show, move, cancel, notify
python main.py readiness    a meeting's readiness: checklist, test runs, per-site checks
python main.py user         accounts and roles
python main.py audit        verify or export the audit trail
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from console.domain.log import IncidentKind
from console.runtime.args import (
    EXIT_USAGE,
    UsageError,
    count,
    listen_port,
    non_negative_seconds,
    preset_slot,
    scenario,
    seconds,
    sites,
    text,
    whole,
)
from console.sim.__main__ import late_arrival

# Each subcommand's handler lives in the module that holds its work: "module:function", taking the parsed args.
HANDLERS: dict[str, str] = {
    "gui": "widgets.shell.start:main",
    "sim": "console.sim.server:main",
    "monitor": "console.runtime.monitor:main",
    "export": "console.runtime.export:main",
    "camera": "console.camera.cli:main",
    "report": "console.runtime.report_cli:main",
    "sites": "console.runtime.sites_cli:main",
    "meeting": "console.runtime.meeting_cli:main",
    "readiness": "console.runtime.readiness_cli:main",
    "user": "console.runtime.access_cli:user_main",
    "audit": "console.runtime.access_cli:audit_main",
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


def _add_actor(p: argparse.ArgumentParser) -> None:
    _add_config(p)
    _add_db(p)
    p.add_argument(
        "--as",
        dest="as_name",
        metavar="NAME",
        type=text("the account name"),
        help="act as this account, with its roles (recorded as named, not signed in; default: the OS user, "
        "recorded as such, with every role's rights)",
    )


def _add_as(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--as",
        dest="as_name",
        metavar="NAME",
        type=text("the account name"),
        help="act as this account, with its roles: the change is checked against them and audited "
        "(default: the OS user, recorded as such)",
    )


def _add_access(sub: argparse._SubParsersAction[Parser]) -> None:
    user = sub.add_parser(
        "user",
        help="accounts: add, list, disable, set a password or roles",
        description="Accounts and roles (operator, supervisor, technician, administrator). Exit 0 done, 1 refused "
        "with the reason, 2 a usage mistake. Every change and refusal is audited.",
    )
    users = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = users.add_parser(
        "add",
        help="add an account (password from standard input)",
        description="Add an account. The password is read from standard input: typed twice at a terminal, "
        "the first line from a pipe; never an argument.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role",
        required=True,
        metavar="ROLE[,ROLE…]",
        help="operator, supervisor, technician, administrator",
    )
    _add_actor(add)
    listing = users.add_parser("list", help="list the accounts (no password hashes)")
    listing.add_argument("--format", default="text", choices=("json", "text"))
    _add_actor(listing)
    disable = users.add_parser("disable", help="disable an account (never deleted: its history stays)")
    disable.add_argument("name", metavar="NAME")
    _add_actor(disable)
    passwd = users.add_parser(
        "passwd", help="set an account's password (from standard input; lifts a lock-out)"
    )
    passwd.add_argument("name", metavar="NAME")
    _add_actor(passwd)
    roles = users.add_parser("roles", help="set an account's roles")
    roles.add_argument("name", metavar="NAME")
    roles.add_argument("--set", required=True, metavar="ROLE[,ROLE…]", help="the account's roles from now on")
    _add_actor(roles)

    audit = sub.add_parser(
        "audit",
        help="verify or export the audit trail",
        description="The audit trail: who did what, chained by keyed hashes (key: [audit] key_file or "
        "BRIDGEWALL_AUDIT_KEY_FILE). Exit 0 done, 1 a broken chain or a refusal, 2 a usage mistake.",
    )
    audits = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audits.add_parser(
        "verify", help='recompute the chain: "chain intact: N entries", or the first broken entry (exit 1)'
    )
    _add_actor(verify)
    export = audits.add_parser("export", help="print the audit trail")
    export.add_argument("--format", default="json", choices=("json", "csv"))
    _add_actor(export)


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
    sim.add_argument(
        "--absent",
        action="append",
        default=[],
        metavar="CODE[,CODE…]",
        help="sites (codes or names) not in the meeting, that never join by themselves (repeatable)",
    )
    sim.add_argument(
        "--late",
        action="append",
        default=[],
        type=late_arrival,
        metavar="CODE=SECONDS",
        help="a site that joins this many seconds after the simulator starts (repeatable)",
    )

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
    exp.add_argument(
        "--what", required=True, choices=("meetings", "incidents", "attendance", "commands", "floor")
    )
    exp.add_argument("--format", default="json", choices=("json", "csv"))
    exp.add_argument(
        "--site",
        action="append",
        metavar="CODE|NAME",
        help="only this site's records (a meeting: hosted by it or expecting it); repeat for more",
    )
    exp.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in IncidentKind],
        help="incidents of this kind only; repeat for more",
    )
    exp.add_argument("--since", metavar="ISO", help=f"from this time (ISO 8601; {LOCAL_TIMES})")
    exp.add_argument(
        "--until", metavar="ISO", help=f"up to this time, not included (ISO 8601; {LOCAL_TIMES})"
    )

    cam = sub.add_parser("camera", help="VISCA-over-IP camera maintenance")
    cam.add_argument("url", metavar="visca://HOST[:PORT]")
    cam.add_argument("action", choices=("recall", "store", "position", "reset-seq"))
    cam.add_argument("slot", nargs="?", type=preset_slot, help="preset slot for recall / store (0–254)")
    cam.add_argument("--timeout", type=float, default=1.0, help="seconds to wait for each reply")

    rep = sub.add_parser(
        "report",
        help="the 6-month and yearly reports",
        description='The 6-month and yearly reports from the log: every figure as JSON (README, "Reports"), '
        "the tables and their rows as an Excel workbook, or the administrative document (Nghị định 30/2020) as docx, "
        "or the same document as pdf for reading on screen. Exit 0 written; 1 the log cannot be read or the file "
        "written; 2 a usage mistake.",
    )
    _add_config(rep)
    _add_db(rep)
    rep.add_argument("--demo", action="store_true", help="read the demo's log (the one --demo writes)")
    rep.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help="YYYY-H1, YYYY-H2, YYYY, or FROM..TO (local dates, both included)",
    )
    rep.add_argument("--format", default="json", choices=("json", "xlsx", "docx", "pdf"))
    rep.add_argument(
        "--out",
        metavar="FILE",
        help="write to FILE (required for xlsx, docx and pdf; json goes to the standard output without)",
    )
    doc = "docx and pdf: %s (default: a marked placeholder to fill in before signing)"
    rep.add_argument("--agency", metavar="NAME", type=text("the agency"), help=doc % "the reporting agency")
    rep.add_argument(
        "--parent-agency", metavar="NAME", type=text("the parent agency"), help=doc % "the agency above it"
    )
    rep.add_argument(
        "--number",
        metavar="SỐ/KÝ-HIỆU",
        type=text("the number"),
        help=doc % "number and symbol, e.g. 12/BC-SKHCN",
    )
    rep.add_argument(
        "--place", metavar="NAME", type=text("the place"), help=doc % "the place of the date line"
    )
    rep.add_argument("--signer", metavar="NAME", type=text("the signer"), help=doc % "the signer's name")
    rep.add_argument(
        "--signer-title",
        metavar="TITLE",
        type=text("the signer's title"),
        help=doc % "the signer's authority and title",
    )

    _add_sites(sub)
    _add_meeting(sub)
    _add_readiness(sub)
    _add_access(sub)
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
    _add_as(imp)
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


READINESS_CHECKS = ("connected", "sound", "picture", "link", "camera")  # console.domain.readiness.Check
READINESS_ITEMS = ("notify_provider", "notify_power")  # console.domain.readiness.MARKABLE


def _add_readiness(sub: argparse._SubParsersAction[Parser]) -> None:
    p = sub.add_parser(
        "readiness",
        help="a registered meeting's readiness: checklist, test runs, per-site checks",
        description="A registered meeting's readiness: the checklist with its deadlines and, per expected site, "
        "each check of its test runs (pass or fail, the measured value, the time, manual or not). With an "
        "action, record it instead (one at a time). Exit status: 0 done; 2 a mistake in the arguments; 1 a "
        f"refusal (no such meeting, a missing role, a test run already open or none open). {LOCAL_TIMES}.",
    )
    p.add_argument("id", type=count, metavar="ID", help="the meeting's id (meeting list shows them)")
    _add_config(p)
    _add_db(p)
    p.add_argument("--demo", action="store_true", help="the demo's log and network (the one --demo writes)")
    _add_as(p)
    p.add_argument("--format", default="text", choices=("text", "json"), help="how to print the readiness")
    p.add_argument(
        "--test-run",
        choices=("start", "stop"),
        help="open or close a test run (a running monitor or window records the checks while it is open)",
    )
    p.add_argument(
        "--pass", dest="pass_site", metavar="SITE", help="pass a check of this site by hand (technician)"
    )
    p.add_argument("--check", choices=READINESS_CHECKS, help="the check passed by hand (with --pass)")
    p.add_argument(
        "--note", type=text("the note"), help="why it passes (with --pass; required), or a note (--done)"
    )
    p.add_argument(
        "--done", choices=READINESS_ITEMS, help="mark a checklist item done (the contact was told)"
    )
    p.add_argument("--estimate", metavar="ISO", help="record an estimated real start (with --reason)")
    p.add_argument(
        "--reason", type=text("the reason"), help="why the start is estimated later (with --estimate)"
    )
    p.add_argument(
        "--close", action="store_true", help="the closing check: who closed it, and the sites still connected"
    )


ANNOUNCED = ("phone", "fax", "email")  # console.domain.register.Announcement (a test keeps them equal)
EVERY = ("week", "month")  # console.domain.register.Recurrence
MEETING_EXITS = (
    "Exit status: 0 done; 2 a mistake in the arguments (nothing stored); 3 refused by the lead-time rule; "
    "4 a room or the MCU's capacity is taken by another meeting (stderr names the rule, the other meeting's id "
    "and title, and the sites); 1 any other refusal. Times are ISO 8601: "
)


def _add_meeting(sub: argparse._SubParsersAction[Parser]) -> None:
    meeting = sub.add_parser(
        "meeting",
        help="the meeting register: add, list, show, move, cancel, notify",
        description="The meeting register. " + MEETING_EXITS + LOCAL_TIMES + ".",
    )
    actions = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        p = actions.add_parser(
            name, help=help_text, description=f"{help_text}. {MEETING_EXITS}{LOCAL_TIMES}."
        )
        _add_config(p)
        _add_db(p)
        p.add_argument(
            "--demo", action="store_true", help="the demo's log and network (the one --demo writes)"
        )
        return p

    def meeting_id(p: argparse.ArgumentParser) -> None:
        p.add_argument("id", type=count, metavar="ID", help="the meeting's id (meeting list shows them)")

    def by(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--by", metavar="NAME", type=text("the name"), help="who does it (default: the login name)"
        )
        _add_as(p)

    when = f"ISO 8601; {LOCAL_TIMES}"
    add = action("add", "register a meeting, or a weekly or monthly series")
    add.add_argument("--title", required=True, type=text("the title"))
    add.add_argument("--host-agency", required=True, metavar="AGENCY", type=text("the host agency"))
    add.add_argument(
        "--host-site", required=True, metavar="CODE", help="the host site's code in the registry"
    )
    add.add_argument("--start", required=True, metavar="ISO", help=f"when it starts ({when})")
    add.add_argument("--end", required=True, metavar="ISO", help=f"when it ends ({when})")
    add.add_argument(
        "--sites",
        dest="expected",  # not `sites`: that is the demo's --sites N
        action="append",
        metavar="CODE,CODE…",
        help="the expected sites: codes, or tier:commune, cluster:CODE (a former district), province:CODE "
        "(everything below it); comma-separated, may be repeated",
    )
    add.add_argument(
        "--conference",
        dest="alias",  # not `conference`: that is monitor's --conference, [mcu] conference
        metavar="ALIAS",
        type=text("the conference alias"),
        help="the MCU conference it will run on",
    )
    add.add_argument(
        "--emergency", action="store_true", help="an emergency meeting: exempt from the lead time"
    )
    add.add_argument("--announced-by", choices=ANNOUNCED, help="how the emergency was announced")
    add.add_argument("--every", choices=EVERY, help="repeat every week or month")
    add.add_argument("--until", metavar="DATE", help="the series' last day, included (a local date)")
    add.add_argument(
        "--except",
        dest="skip",
        action="append",
        default=[],
        metavar="DATE,DATE…",
        help="days of the series without the meeting (local dates)",
    )
    add.add_argument(
        "--force",
        metavar="REASON",
        type=text("the reason"),
        help="a supervisor's booking against the rules, with the reason (kept and shown)",
    )
    by(add)
    add.add_argument(
        "--format", default="text", choices=("text", "json"), help="text: the id; json: {id, warnings, …}"
    )

    lst = action("list", "the meetings in the register, registered or recorded from the MCU")
    lst.add_argument("--since", metavar="ISO", help=f"starting at or after this time ({when})")
    lst.add_argument("--until", metavar="ISO", help=f"starting before this time ({when})")
    lst.add_argument(
        "--format",
        default="json",
        choices=("json", "csv", "ics"),
        help="ics: a series is one event with its rule",
    )

    show = action("show", "one meeting: its plan, and once held its times, attendance per site and incidents")
    meeting_id(show)
    show.add_argument("--format", default="text", choices=("text", "json"))

    move = action("move", "give a registered meeting a new time (the change is recorded with its reason)")
    meeting_id(move)
    move.add_argument("--start", required=True, metavar="ISO", help=f"the new start ({when})")
    move.add_argument("--end", required=True, metavar="ISO", help=f"the new end ({when})")
    move.add_argument("--reason", required=True, type=text("the reason"))
    move.add_argument(
        "--force", metavar="REASON", type=text("the reason"), help="a supervisor's move against the rules"
    )
    by(move)
    move.add_argument("--format", default="text", choices=("text", "json"))

    cancel = action("cancel", "cancel a registered meeting (recorded with its reason)")
    meeting_id(cancel)
    cancel.add_argument("--reason", required=True, type=text("the reason"))
    by(cancel)
    cancel.add_argument("--format", default="text", choices=("text", "json"))

    notify = action(
        "notify", "whom to tell of the meeting and its changes: technicians, provider, power company"
    )
    meeting_id(notify)
    notify.add_argument(
        "--format", default="csv", choices=("csv", "ics", "json"), help="ics: the update for calendars"
    )


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
