"""`bridgewall export`: print incidents, attendance, commands or floor requests from the log as JSON or CSV.

`site` is the site's name (the registry's, or the MCU's display name for a site not in the registry), with
the registry code in `site_code`. Times are printed in ISO 8601 with their offset, in UTC. `--since`/`--until` take ISO 8601 times (a date alone
means its midnight; a time without an offset is UTC, as printed) and select records whose start time
(opened, joined, sent, requested) is at or after `--since` and before `--until`.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.domain import Attendance, CommandRecord, FloorRequest, Incident
from db.engine import DatabaseOpenError, open_database
from db.records import list_attendance, list_commands, list_floor_requests, list_incidents
from db.sites import load_sites

EXIT_OK = 0
EXIT_DB = 1
EXIT_USAGE = 2

Row = dict[str, Any]

# The documented columns first, in order; extra columns after them.
INCIDENT_FIELDS = (
    "id",
    "site",
    "kind",
    "severity",
    "opened_at",
    "resolved_at",
    "cause",
    "fix",
    "eta",
    "parent_id",
    "acknowledged_at",
    "acknowledged_by",
    "meeting_id",
    "detail",
    "site_code",
)
ATTENDANCE_FIELDS = (
    "id",
    "meeting_id",
    "site",
    "joined_at",
    "left_at",
    "left_by_operator",
    "participant_uuid",
    "site_code",
)
COMMAND_FIELDS = ("id", "actor", "action", "target", "sent_at", "result", "detail", "rtt_ms")
FLOOR_FIELDS = (
    "id",
    "site",
    "delegate",
    "source",
    "state",
    "priority",
    "requested_at",
    "granted_at",
    "ended_at",
    "reason",
    "topic",
    "seq",
    "meeting_id",
    "site_code",
)


def _incident(i: Incident) -> Row:
    return {
        "id": i.id,
        "site": i.site,
        "kind": i.kind.value,
        "severity": i.severity.value,
        "opened_at": i.opened_at,
        "resolved_at": i.resolved_at,
        "acknowledged_at": i.acknowledged_at,
        "acknowledged_by": i.acknowledged_by,
        "cause": i.cause,
        "fix": i.fix,
        "eta": i.eta,
        "parent_id": i.parent_id,
        "meeting_id": i.meeting_id,
        "detail": i.detail,
    }


def _attendance(a: Attendance) -> Row:
    return {
        "id": a.id,
        "meeting_id": a.meeting_id,
        "site": a.site,
        "participant_uuid": a.participant_uuid,
        "joined_at": a.joined_at,
        "left_at": a.left_at,
        "left_by_operator": a.left_by_operator,
    }


def _command(c: CommandRecord) -> Row:
    return {
        "id": c.id,
        "actor": c.actor,
        "action": c.action,
        "target": c.target,
        "sent_at": c.sent_at,
        "result": c.result.value,
        "detail": c.detail,
        "rtt_ms": c.rtt_ms,
    }


def _floor(f: FloorRequest) -> Row:
    return {
        "id": f.id,
        "seq": f.seq,
        "meeting_id": f.meeting_id,
        "site": f.site,
        "delegate": f.delegate,
        "topic": f.topic,
        "source": f.source.value,
        "state": f.state.name.lower(),
        "priority": f.priority,
        "requested_at": f.requested_at,
        "granted_at": f.granted_at,
        "ended_at": f.ended_at,
        "reason": f.reason,
    }


Fetch = Callable[[Session, datetime | None, datetime | None], list[Row]]

WHAT: dict[str, tuple[tuple[str, ...], Fetch]] = {
    "incidents": (INCIDENT_FIELDS, lambda s, a, b: [_incident(x) for x in list_incidents(s, a, b)]),
    "attendance": (ATTENDANCE_FIELDS, lambda s, a, b: [_attendance(x) for x in list_attendance(s, a, b)]),
    "commands": (COMMAND_FIELDS, lambda s, a, b: [_command(x) for x in list_commands(s, a, b)]),
    "floor": (FLOOR_FIELDS, lambda s, a, b: [_floor(x) for x in list_floor_requests(s, a, b)]),
}


def name_sites(session: Session, rows: list[Row]) -> list[Row]:
    """`site` as people and the MCU know it: the registry's name for a registry site (its code moves to
    `site_code`), and the MCU's own display name, unchanged, for a site that is not in the registry."""
    if rows and "site" in rows[0]:
        names = {site.code: site.name for site in load_sites(session)}
        for row in rows:
            code = row["site"]
            row["site_code"] = code if code in names else ""
            row["site"] = names.get(code, code)
    return rows


def parse_time(text: str) -> datetime:
    """An ISO 8601 time as an aware UTC datetime; without an offset it is taken as UTC."""
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def render_json(fields: Sequence[str], rows: Sequence[Row]) -> bytes:
    return orjson.dumps(
        [{f: _iso(row[f]) if isinstance(row[f], datetime) else row[f] for f in fields} for row in rows],
        option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE,
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render_csv(fields: Sequence[str], rows: Sequence[Row]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_cell(row[f]) for f in fields])
    return buffer.getvalue().encode("utf-8")


def _write(data: bytes) -> None:
    out = getattr(sys.stdout, "buffer", None)
    if out is not None:
        sys.stdout.flush()
        out.write(data)
        out.flush()
    else:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()


def _fail(code: int, message: str) -> int:
    print(f"bridgewall export: {message}", file=sys.stderr)
    return code


def main(args: argparse.Namespace) -> int:
    bounds: dict[str, datetime | None] = {"since": None, "until": None}
    for name in bounds:
        text = getattr(args, name, None)
        if text is None:
            continue
        try:
            bounds[name] = parse_time(text)
        except ValueError:
            return _fail(
                EXIT_USAGE, f"--{name}: not an ISO 8601 time: {text!r} (e.g. 2025-03-01T08:00:00+07:00)"
            )
    since, until = bounds["since"], bounds["until"]
    if since is not None and until is not None and since > until:
        return _fail(EXIT_USAGE, f"--since ({_iso(since)}) is after --until ({_iso(until)})")
    fields, fetch = WHAT[args.what]
    try:
        engine = open_database(args.db, create=False)
    except DatabaseOpenError as exc:
        return _fail(EXIT_DB, str(exc))
    try:
        with Session(engine) as session:
            rows = name_sites(session, fetch(session, since, until))
    except SQLAlchemyError as exc:
        return _fail(
            EXIT_DB, f"cannot read the log: {str(getattr(exc, 'orig', None) or exc).splitlines()[0]}"
        )
    finally:
        engine.dispose()
    try:
        _write(render_json(fields, rows) if args.format == "json" else render_csv(fields, rows))
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early: not an error
        return EXIT_OK
    return EXIT_OK
