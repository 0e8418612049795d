"""`python main.py export`: print meetings, incidents, attendance, commands or floor requests from the log (see
`console.reports.export` for the rows and their format), optionally of some sites (`--site`, a code or a name,
repeatable) and, for incidents, of some kinds (`--kind`, repeatable).

Exits 0 with the rows on stdout; 2 on a bad argument, including a SQLite log that does not exist (nothing is
opened, and nothing created: not the file, not its directory); 1 when the log cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.reports.export import (
    ATTENDANCE_FIELDS,
    COMMAND_FIELDS,
    FLOOR_FIELDS,
    INCIDENT_FIELDS,
    MEETING_FIELDS,
    Row,
    add_local,
    attendance_row,
    command_row,
    floor_row,
    incident_row,
    meeting_row,
    name_sites,
    parse_time,
    render_csv,
    render_json,
    select,
    with_local,
)
from console.runtime.address import check_log, log_file
from console.runtime.args import UsageError
from console.runtime.build import connect_url
from console.runtime.cli import config_from_args
from console.runtime.output import write_stdout
from db.engine import open_database
from db.files import DatabaseOpenError
from db.records import list_attendance, list_commands, list_floor_requests, list_incidents
from db.register import list_bookings
from db.sites import load_sites

EXIT_OK = 0
EXIT_DB = 1

Fetch = Callable[[Session, datetime | None, datetime | None], list[Row]]

WHAT: dict[str, tuple[tuple[str, ...], Fetch]] = {
    "meetings": (MEETING_FIELDS, lambda s, a, b: [meeting_row(x) for x in list_bookings(s, a, b)]),
    "incidents": (INCIDENT_FIELDS, lambda s, a, b: [incident_row(x) for x in list_incidents(s, a, b)]),
    "attendance": (ATTENDANCE_FIELDS, lambda s, a, b: [attendance_row(x) for x in list_attendance(s, a, b)]),
    "commands": (COMMAND_FIELDS, lambda s, a, b: [command_row(x) for x in list_commands(s, a, b)]),
    "floor": (FLOOR_FIELDS, lambda s, a, b: [floor_row(x) for x in list_floor_requests(s, a, b)]),
}


def _fail(code: int, message: str) -> int:
    print(f"bridgewall export: {message}", file=sys.stderr)
    return code


def time_bounds(args: argparse.Namespace) -> tuple[datetime | None, datetime | None]:
    """`--since` and `--until` as UTC datetimes (None when not given); UsageError for a bad or reversed pair."""
    bounds: dict[str, datetime | None] = {"since": None, "until": None}
    for name in bounds:
        text = getattr(args, name, None)
        if text is None:
            continue
        try:
            bounds[name] = parse_time(text)
        except ValueError:
            raise UsageError(
                f"--{name}: not an ISO 8601 time: {text!r} (e.g. 2025-03-01T08:00:00+07:00)"
            ) from None
    since, until = bounds["since"], bounds["until"]
    if since is not None and until is not None and since > until:
        raise UsageError(f"--since ({since.isoformat()}) is after --until ({until.isoformat()})")
    return since, until


def main(args: argparse.Namespace) -> int:
    since, until = time_bounds(args)
    sites: list[str] = [x.strip() for x in getattr(args, "site", None) or []]
    kinds: list[str] = getattr(args, "kind", None) or []
    if kinds and args.what != "incidents":
        raise UsageError(f"--kind selects incidents: it does not apply to --what {args.what}")
    if args.what == "commands" and sites:
        raise UsageError("--site does not apply to --what commands (a command names no site)")
    config = config_from_args(args)
    check_log(config)
    path = log_file(config)
    if path is not None and not path.exists():
        raise UsageError(f"no database at {path}: nothing has been recorded there (name the log with --db)")
    fields, fetch = WHAT[args.what]
    try:
        engine = open_database(connect_url(config, create=False), create=False)
    except DatabaseOpenError as exc:
        return _fail(EXIT_DB, str(exc))
    try:
        with Session(engine) as session:
            names = {site.code: site.name for site in load_sites(session)}
            # a site given by its name is its code too
            wanted = [*sites, *(code for code, name in names.items() if name in sites)]
            rows = select(name_sites(names, fetch(session, since, until)), wanted, kinds)
    except SQLAlchemyError as exc:
        return _fail(
            EXIT_DB, f"cannot read the log: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}"
        )
    finally:
        engine.dispose()
    try:
        fields, rows = with_local(fields), add_local(rows)
        write_stdout(
            render_json(fields, rows) if args.format == "json" else render_csv(fields, rows, bom=True)
        )
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: not an error
        return EXIT_OK
    return EXIT_OK
