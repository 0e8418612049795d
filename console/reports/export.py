"""What `bridgewall export` prints: meetings, incidents, attendance, commands or floor requests as JSON or CSV rows.

Pure: records in, bytes out (the command itself, which reads the log, is `console.runtime.export`). `site` is the
site's name (the registry's, or the MCU's display name for a site not in the registry), with the registry code in
`site_code`. Times are printed in ISO 8601 with their offset, in UTC, and each beside it again in Asia/Ho_Chi_Minh
time (`<name>_local`, e.g. 2026-12-06T09:00:00+07:00). CSV starts with a UTF-8 byte order mark, so that Excel
reads Vietnamese as UTF-8. `--since`/`--until` take ISO 8601 times (a
date alone means its midnight; a time without an offset is Asia/Ho_Chi_Minh time) and select records whose start
time (opened, joined, sent, requested) is at or after `--since` and before `--until`.

`closed_by` on incidents and attendance says who closed a record no event closed: empty when a leave, the
incident rules or a person closed it (or it is still open); `stop` when the console's normal stop did (at the stop
time; incidents get the fix "monitoring stopped"); `recovery` when the console died and its next start did (at
the last time the log knew the record to be true).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson

from console.domain import Attendance, CommandRecord, FloorRequest, Incident
from console.domain.clock import LOCAL_TZ
from console.domain.register import Booking

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
    "reopens_id",
    "acknowledged_at",
    "acknowledged_by",
    "meeting_id",
    "detail",
    "site_code",
    "closed_by",
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
    "closed_by",
)
MEETING_FIELDS = (
    "id",
    "title",
    "host_agency",
    "host_site",
    "start",
    "end",
    "state",
    "emergency",
    "registered_at",
    "registered_by",
    "sites",
    "conference",
    "held_as",
    "series_id",
    "forced",
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


# The time columns: each gets a `<name>_local` column right after it (Asia/Ho_Chi_Minh, with the offset).
TIME_FIELDS = frozenset(
    {
        "opened_at",
        "resolved_at",
        "acknowledged_at",
        "eta",
        "joined_at",
        "left_at",
        "sent_at",
        "requested_at",
        "granted_at",
        "ended_at",
        "start",
        "end",
        "registered_at",
    }
)


def with_local(fields: Sequence[str]) -> tuple[str, ...]:
    """`fields` with `<name>_local` after each time column."""
    return tuple(x for f in fields for x in ((f, f"{f}_local") if f in TIME_FIELDS else (f,)))


def add_local(rows: list[Row]) -> list[Row]:
    """Each row's times again in Asia/Ho_Chi_Minh time, as ISO 8601 with the offset (None stays None)."""
    for row in rows:
        for f in TIME_FIELDS.intersection(row):
            value = row[f]
            row[f"{f}_local"] = (
                value.astimezone(LOCAL_TZ).isoformat() if isinstance(value, datetime) else None
            )
    return rows


def meeting_row(b: Booking) -> Row:
    """A meeting of the register (or recorded from the MCU): `sites` are the expected sites' codes, ";"-joined."""
    return {
        "id": b.id,
        "title": b.title,
        "host_agency": b.host_agency,
        "host_site": b.host_site or "",
        "start": b.start,
        "end": b.end,
        "state": b.state.value,
        "emergency": b.emergency,
        "registered_at": b.registered_at,
        "registered_by": b.registered_by,
        "sites": ";".join(b.sites),
        "conference": b.conference,
        "held_as": b.held_as,
        "series_id": b.series_id,
        "forced": b.forced,
    }


def select(rows: list[Row], sites: Sequence[str] = (), kinds: Sequence[str] = ()) -> list[Row]:
    """The rows of any of `sites` (a code or a name: the row's site, or a meeting's host or expected sites) and of
    any of `kinds` (incidents); an empty filter keeps every row."""
    wanted = set(sites)

    def of_site(row: Row) -> bool:
        if "sites" in row:  # a meeting
            return bool(wanted & {row["host_site"], *str(row["sites"]).split(";")})
        return bool(wanted & {row.get("site"), row.get("site_code")})

    return [row for row in rows if (not wanted or of_site(row)) and (not kinds or row.get("kind") in kinds)]


def incident_row(i: Incident) -> Row:
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
        "reopens_id": i.reopens_id,
        "meeting_id": i.meeting_id,
        "detail": i.detail,
        "closed_by": i.closed_by.value if i.closed_by is not None else None,
    }


def attendance_row(a: Attendance) -> Row:
    return {
        "id": a.id,
        "meeting_id": a.meeting_id,
        "site": a.site,
        "participant_uuid": a.participant_uuid,
        "joined_at": a.joined_at,
        "left_at": a.left_at,
        "left_by_operator": a.left_by_operator,
        "closed_by": a.closed_by.value if a.closed_by is not None else None,
    }


def command_row(c: CommandRecord) -> Row:
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


def floor_row(f: FloorRequest) -> Row:
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


def name_sites(names: Mapping[str, str], rows: list[Row]) -> list[Row]:
    """`site` as people and the MCU know it: the registry's name for a registry site (its code moves to
    `site_code`), and the MCU's own display name, unchanged, for a site that is not in the registry.
    `names` maps the registry's codes to names."""
    if rows and "site" in rows[0]:
        for row in rows:
            code = row["site"]
            row["site_code"] = code if code in names else ""
            row["site"] = names.get(code, code)
    return rows


def parse_time(text: str) -> datetime:
    """An ISO 8601 time as an aware UTC datetime; without an offset it is Asia/Ho_Chi_Minh time (a date alone:
    its local midnight)."""
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=LOCAL_TZ)
    return value.astimezone(UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def render_json(fields: Sequence[str], rows: Sequence[Row]) -> bytes:
    return orjson.dumps(
        [{f: _iso(row[f]) if isinstance(row[f], datetime) else row[f] for f in fields} for row in rows],
        option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE,
    )


# A text cell a spreadsheet would read as a formula (or whose leading tab or CR it would swallow) starts with one
# of these: it gets a leading single quote, the OWASP way ("CSV injection"). Numbers, times and booleans are
# written as they are, so a negative number stays a number.
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
# A cell holding one of these is quoted (RFC 4180); inside quotes a CR or LF stays in its cell.
QUOTE_IF = frozenset(',"\r\n')


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_LEADS) else text


def _quoted(cell: str) -> str:
    if QUOTE_IF.isdisjoint(cell):
        return cell
    return '"' + cell.replace('"', '""') + '"'


def render_csv(fields: Sequence[str], rows: Sequence[Row], *, bom: bool = False) -> bytes:
    """RFC 4180 CSV, one record a line ("\n"): a cell with a comma, a quote, CR or LF is quoted (so a name with
    a line break stays in its cell), and a text cell a spreadsheet would take for a formula is neutralised.
    `bom`: start with the UTF-8 byte order mark (Excel then reads the file as UTF-8)."""
    lines = [",".join(_quoted(f) for f in fields)]
    lines.extend(",".join(_quoted(_cell(row[f])) for f in fields) for row in rows)
    return ("\ufeff" if bom else "").encode("utf-8") + ("\n".join(lines) + "\n").encode("utf-8")
