"""`python main.py meeting add|list|show|move|cancel|notify`: the meeting register on the command line.

Exit status: 0 done; 2 a mistake in the arguments (start after end, a time in the past, an unknown site code or
host site, a series without an end …); 3 the lead-time rule refuses the meeting; 4 a room or the MCU's capacity
is taken by another meeting; 1 any other refusal (no such meeting, a meeting that can no longer change, a log
that cannot be opened). A refusal is one line on stderr naming the rule, the numbers, the other meeting's id and
title and the sites; nothing is stored then.

Times on the command line are ISO 8601; without an offset they are Asia/Ho_Chi_Minh time. Times printed by
`meeting show` / `list` carry the +07:00 offset; the incidents keep the shape (and UTC times) of
`export --what incidents`. CSV is UTF-8 with a byte-order mark, so spreadsheet programs read the Vietnamese.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import logging
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from console.access import Actor, AuditTrail, ChainBroken, KeyFileError, Permission
from console.access import Refused as AccessRefused
from console.domain import LOCAL_TZ, Site, utcnow
from console.domain.register import (
    Announcement,
    Booking,
    BookingChange,
    MeetingState,
    Recurrence,
    Series,
)
from console.register import (
    Rule,
    SelectionError,
    SeriesError,
    Verdict,
    actual_times,
    check,
    figures,
    forced,
    occurrences,
    select_sites,
    whom_to_tell,
)
from console.register.attendance import SiteFigures
from console.register.binding import ATTACH_WINDOW, effective_state
from console.register.calendar import meetings_ics, update_ics
from console.register.notify import Recipient, estimate_notice
from console.register.rules import RegisterRules, local
from console.reports.export import INCIDENT_FIELDS, incident_row, name_sites, parse_time
from console.runtime.access_cli import cli_actor
from console.runtime.address import check_log
from console.runtime.args import UsageError
from console.runtime.build import access_over, connect_url, open_log
from console.runtime.cli import config_from_args
from console.runtime.config import Config
from console.runtime.export import time_bounds
from console.runtime.output import error_line, write_stdout
from db.engine import open_database, session_factory
from db.files import DatabaseOpenError
from db.readiness import estimate
from db.records import RecordNotFound
from db.register import (
    RegisterStore,
    attendance_of,
    get_booking,
    get_series,
    held_as,
    incidents_of,
    list_bookings,
    list_changes,
)
from db.sites import load_sites

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_LEAD_TIME = 3
EXIT_CONFLICT = 4

BOM = "\ufeff"


class Refused(Exception):
    """The command is refused: one line on stderr, exit status `code`, nothing stored."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class RulesRefused(Refused):
    """The register's rules refuse the change (exit 3 for the lead time, 4 for a room or capacity)."""

    def __init__(self, verdict: Verdict) -> None:
        first = verdict.first
        assert first is not None
        more = [v for v in verdict.violations if v is not first]
        tail = f" (and {len(more)} more: {', '.join(sorted({v.rule.value for v in more}))})" if more else ""
        code = EXIT_LEAD_TIME if first.rule is Rule.LEAD_TIME else EXIT_CONFLICT
        super().__init__(code, f"{first}; --force REASON books it anyway{tail}")
        self.verdict = verdict


# --- arguments ----------------------------------------------------------------------------------------------
def _time(option: str, text: str) -> datetime:
    try:
        return parse_time(text)
    except ValueError:
        raise UsageError(
            f"{option}: not an ISO 8601 time: {text!r} (e.g. 2025-03-03T08:00, read as Asia/Ho_Chi_Minh time)"
        ) from None


def _date(option: str, text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_time(text).astimezone(LOCAL_TZ).date()
    except ValueError:
        raise UsageError(f"{option}: not a date: {text!r} (e.g. 2025-06-30)") from None


def _window(args: argparse.Namespace, now: datetime) -> tuple[datetime, datetime]:
    start, end = _time("--start", args.start), _time("--end", args.end)
    if start >= end:
        raise UsageError(f"--start ({local(start)}) is not before --end ({local(end)})")
    if start < now:
        raise UsageError(f"--start ({local(start)}) is in the past (it is now {local(now)})")
    return start, end


def _acting(
    args: argparse.Namespace, log: _Log, config: Config, rights: Sequence[Permission], target: str
) -> tuple[Actor, AuditTrail]:
    """Who acts (`--as NAME`, else the OS user) and the audit trail, once `rights` are checked (a refusal is
    audited and raised as `PermissionDenied`, naming the missing role)."""
    try:
        access = access_over(config, log.engine)
    except KeyFileError as exc:
        raise Refused(EXIT_REFUSED, str(exc)) from None
    who = cli_actor(args, access, rights[0].value, target)
    for right in rights:
        access.trail.require(who, right, target)
    return who, access.trail


# --- the log ------------------------------------------------------------------------------------------------
@dataclass
class _Log:
    engine: Engine
    sessions: sessionmaker[Session]
    sites: list[Site]

    @property
    def names(self) -> dict[str, str]:
        return {s.code: s.name for s in self.sites}

    @property
    def by_code(self) -> dict[str, Site]:
        return {s.code: s for s in self.sites}


def _open(config: Config) -> _Log:
    """The log, read as it is; with --demo created (with the demo network) when missing."""
    check_log(config)
    try:
        if config.demo.enabled:
            engine, sites = open_log(config)
        else:
            engine = open_database(connect_url(config, create=False), create=False)
            try:
                with session_factory(engine)() as session:
                    sites = load_sites(session)
            except BaseException:
                engine.dispose()
                raise
    except DatabaseOpenError as exc:
        raise Refused(EXIT_REFUSED, str(exc)) from None
    return _Log(engine, session_factory(engine), sites)


def _site(log: _Log, code: str, what: str) -> str:
    if code not in log.by_code:
        known = "the log's registry has no sites" if not log.sites else "not in the log's registry"
        raise UsageError(f"unknown {what} {code!r}: {known}")
    return code


# --- shapes -------------------------------------------------------------------------------------------------
def _iso(at: datetime | None) -> str | None:
    return None if at is None else at.astimezone(LOCAL_TZ).isoformat()


def _utc(value: Any) -> Any:
    return value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value


def _figure(f: SiteFigures) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "attended": f.attended,
        "late": f.late,
        "left_early": f.left_early,
        "connected_s": f.connected_s,
        "first_join": _iso(f.first_join),
        "last_leave": _iso(f.last_leave),
    }


def _change(c: BookingChange) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "reason": c.reason,
        "by": c.by,
        "at": _iso(c.at),
        "old_start": _iso(c.old_start),
        "old_end": _iso(c.old_end),
        "new_start": _iso(c.new_start),
        "new_end": _iso(c.new_end),
    }


def _series(s: Series | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {
        "id": s.id,
        "every": s.every.value,
        "until": s.until.isoformat(),
        "exceptions": [d.isoformat() for d in s.exceptions],
    }


def shape(
    session: Session, b: Booking, names: Mapping[str, str], now: datetime, window: timedelta = ATTACH_WINDOW
) -> dict[str, Any]:
    """A meeting as `meeting show --format json` prints it; `window` is the attach window (`[register]
    attach_window_min`): a registered meeting with no conference bound once it has passed is "not_held"."""
    assert b.id is not None
    held = held_as(session, b.id)
    ids = [b.id, *(h.id for h in held if h.id is not None)]
    spans = attendance_of(session, ids)
    actual_start, actual_end = actual_times(b, held, spans)
    end = b.end or actual_end or now
    if b.registered:
        codes: Sequence[str] = b.sites
    else:  # no one was expected: the sites that came, in the order they came
        by_name = {name: code for code, name in names.items()}
        codes = list(dict.fromkeys(by_name.get(s.site, s.site) for s in spans))
    sites = figures(codes, names, spans, b.start, end, now)
    host = figures([b.host_site], names, spans, b.start, end, now)[0] if b.host_site is not None else None
    around = {*b.rooms, *codes}
    watched = around | {names.get(c, c) for c in around}
    incidents = name_sites(
        dict(names), [incident_row(i) for i in incidents_of(session, ids, watched, b.start, end)]
    )
    series = get_series(session, [b.series_id]).get(b.series_id) if b.series_id is not None else None
    return {
        "id": b.id,
        "title": b.title,
        "state": effective_state(b, bool(held), now, window).value,
        "registered": b.registered,
        "unregistered": not b.registered and b.held_as is None,  # seen on the MCU, no registered meeting
        "held_by": [h.id for h in held],  # the meetings recorded from the MCU as this one
        "conference": b.conference,
        "start": _iso(b.start),
        "end": _iso(b.end),
        "actual_start": _iso(actual_start),
        "actual_end": _iso(actual_end),
        "host_agency": b.host_agency,
        "host_site": None if host is None else _figure(host),
        "emergency": b.emergency,
        "announced_by": b.announced_by.value if b.announced_by is not None else None,
        "registered_by": b.registered_by or None,
        "registered_at": _iso(b.registered_at),
        "forced": b.forced or None,
        "forced_over": list(b.forced_over),
        "series": _series(series),
        "held_as": b.held_as,
        "sites": [_figure(f) for f in sites],
        "incidents": [{k: _utc(row[k]) for k in INCIDENT_FIELDS} for row in incidents],
        "changes": [_change(c) for c in list_changes(session, [b.id])],
    }


def _json(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)


def _csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            ["" if v is None else ("true" if v is True else "false" if v is False else v) for v in row]
        )
    return (BOM + buffer.getvalue()).encode("utf-8")


def _warn(command: str, warnings: Sequence[str]) -> None:
    for w in warnings:
        print(f"bridgewall meeting {command}: warning: {w}", file=sys.stderr)


# --- add ----------------------------------------------------------------------------------------------------
def _series_of(
    args: argparse.Namespace, start: datetime, end: datetime
) -> tuple[Series | None, list[tuple[datetime, datetime]]]:
    every = Recurrence(args.every) if args.every else None
    if every is None:
        if args.until is not None:
            raise UsageError("--until needs --every week|month")
        if args.skip:
            raise UsageError("--except needs --every week|month")
        return None, [(start, end)]
    if args.until is None:
        raise UsageError(f"a series (--every {every.value}) needs its end: --until DATE")
    until = _date("--until", args.until)
    skip = tuple(sorted({_date("--except", d) for part in args.skip for d in part.split(",") if d.strip()}))
    try:
        every_one = occurrences(start, end, every, until)
        kept = occurrences(start, end, every, until, skip)
    except SeriesError as exc:
        raise UsageError(str(exc)) from None
    days = {s.astimezone(LOCAL_TZ).date() for s, _e in every_one}
    stray = [d.isoformat() for d in skip if d not in days]
    if stray:
        raise UsageError(f"--except {', '.join(stray)}: not a day of the series")
    if not kept:
        raise UsageError("the series has no meeting left once its exceptions are taken out")
    return Series(every, until, start, end, skip), kept


def _add(args: argparse.Namespace, config: Config) -> int:
    now = utcnow()
    start, end = _window(args, now)
    announced = Announcement(args.announced_by) if args.announced_by else None
    if announced is not None and not args.emergency:
        raise UsageError("--announced-by is for an emergency meeting: give --emergency too")
    series, times = _series_of(args, start, end)
    terms = [t for part in args.expected or () for t in part.split(",")]
    log = _open(config)
    try:
        rights = [Permission.MEETING_BOOK, *([Permission.MEETING_FORCE] if args.force else [])]
        who, trail = _acting(args, log, config, rights, f"meeting {args.title.strip()!r}")
        host = _site(log, args.host_site, "host site")
        try:
            sites = select_sites(terms, log.sites)
        except SelectionError as exc:
            raise UsageError(f"--sites: {exc}") from None
        new = [
            Booking(
                title=args.title.strip(),
                host_agency=args.host_agency.strip(),
                host_site=host,
                start=s,
                end=e,
                sites=sites,
                conference=(args.alias or "").strip(),
                emergency=args.emergency,
                announced_by=announced,
                registered_by=args.by or who.name,
                registered_at=now,
                state=MeetingState.REGISTERED,
                recurrence_id=s if series is not None else None,
            )
            for s, e in times
        ]
        warnings: list[str] = []
        if args.emergency and announced is None:
            warnings.append("an emergency meeting: how it was announced is not recorded (--announced-by)")
        rules = config.register.rules()
        names = log.names

        def approve(existing: Sequence[Booking]) -> Sequence[Booking]:
            verdict = check(new, existing, rules, now=now, names=names)
            if verdict.ok:
                warnings.extend(str(w) for w in verdict.warnings)
                return new
            if not args.force:
                raise RulesRefused(verdict)
            warnings.extend(str(w) for w in forced(verdict, args.force).warnings)
            broken = tuple(str(v) for v in verdict.violations)
            return [replace(b, forced=args.force.strip(), forced_over=broken) for b in new]

        ids = _store(log).register(new, series, approve)
        series_id = _series_id(log, ids[0]) if series is not None else None
        forced_why = f"; forced: {args.force.strip()}" if args.force and new[0].forced else ""
        detail = f"{len(ids)} meeting(s) {', '.join(map(str, ids))}: {args.title.strip()}{forced_why}"
        trail.record(who, Permission.MEETING_BOOK.value, f"meeting {ids[0]}", detail=detail)
    finally:
        log.engine.dispose()
    if args.format == "json":
        write_stdout(_json({"id": ids[0], "ids": ids, "series_id": series_id, "warnings": warnings}))
    else:
        _warn("add", warnings)
        print(ids[0])
    return EXIT_OK


def _series_id(log: _Log, meeting_id: int) -> int | None:
    with log.sessions() as session:
        return get_booking(session, meeting_id).series_id


def _store(log: _Log) -> RegisterStore:
    return RegisterStore(log.sessions)


# --- move, cancel -------------------------------------------------------------------------------------------
def _changeable(b: Booking, doing: str) -> None:
    if not b.registered:
        raise Refused(
            EXIT_REFUSED,
            f'meeting {b.id} "{b.title}" was recorded from the MCU, not registered: it cannot be {doing}',
        )
    if not b.state.changeable:
        raise Refused(
            EXIT_REFUSED,
            f'meeting {b.id} "{b.title}" is {b.state.value.replace("_", " ")}: only a registered or moved meeting can be {doing}',
        )


def _move(args: argparse.Namespace, config: Config) -> int:
    now = utcnow()
    start, end = _window(args, now)
    log = _open(config)
    try:
        rights = [Permission.MEETING_MOVE, *([Permission.MEETING_FORCE] if args.force else [])]
        who, trail = _acting(args, log, config, rights, f"meeting {args.id}")
    except BaseException:
        log.engine.dispose()
        raise
    warnings: list[str] = []
    rules: RegisterRules = config.register.rules()
    names = log.names

    def approve(current: Booking, existing: Sequence[Booking]) -> Sequence[str]:
        _changeable(current, "moved")
        moved = replace(current, start=start, end=end, state=MeetingState.MOVED)
        verdict = check([moved], existing, rules, now=now, names=names, lead=False)
        if start - now < rules.lead_time:
            warnings.append(
                f"the new time is less than {rules.lead_time.days} days away: tell every site now "
                f"(meeting notify {current.id})"
            )
        if verdict.ok:
            return ()
        if not args.force:
            raise RulesRefused(verdict)
        warnings.extend(str(w) for w in forced(verdict, args.force).warnings)
        return tuple(str(v) for v in verdict.violations)

    try:
        change = _store(log).move(
            args.id,
            start,
            end,
            reason=args.reason.strip(),
            by=args.by or who.name,
            at=now,
            check=approve,
            forced=args.force or "",
        )
        trail.record(who, Permission.MEETING_MOVE.value, f"meeting {args.id}", detail=args.reason.strip())
    except RecordNotFound:
        raise Refused(EXIT_REFUSED, f"no meeting with id {args.id}") from None
    finally:
        log.engine.dispose()
    return _done("move", args, change, warnings)


def _cancel(args: argparse.Namespace, config: Config) -> int:
    now = utcnow()
    log = _open(config)
    try:
        who, trail = _acting(args, log, config, [Permission.MEETING_CANCEL], f"meeting {args.id}")
        change = _store(log).cancel(
            args.id, args.reason.strip(), args.by or who.name, now, lambda b: _changeable(b, "cancelled")
        )
        trail.record(who, Permission.MEETING_CANCEL.value, f"meeting {args.id}", detail=args.reason.strip())
    except RecordNotFound:
        raise Refused(EXIT_REFUSED, f"no meeting with id {args.id}") from None
    finally:
        log.engine.dispose()
    return _done("cancel", args, change, [])


def _done(command: str, args: argparse.Namespace, change: BookingChange, warnings: list[str]) -> int:
    if args.format == "json":
        write_stdout(_json({"id": change.meeting_id, "change": _change(change), "warnings": warnings}))
    else:
        _warn(command, warnings)
        print(change.meeting_id)
    return EXIT_OK


# --- reading ------------------------------------------------------------------------------------------------
def _read(config: Config, work: Callable[[Session, _Log], bytes]) -> int:
    log = _open(config)
    try:
        with log.sessions() as session:
            data = work(session, log)
    except RecordNotFound as exc:
        raise Refused(EXIT_REFUSED, str(exc)) from None
    except SQLAlchemyError as exc:
        detail = error_line(exc)
        raise Refused(EXIT_REFUSED, f"cannot read the log: {detail}") from None
    finally:
        log.engine.dispose()
    with contextlib.suppress(BrokenPipeError):  # the reader (e.g. `head`) stopped early: not an error
        write_stdout(data)
    return EXIT_OK


LIST_FIELDS = (
    "id",
    "title",
    "state",
    "registered",
    "host_agency",
    "host_site",
    "host_site_name",
    "start",
    "end",
    "actual_start",
    "actual_end",
    "conference",
    "emergency",
    "announced_by",
    "sites",
    "registered_by",
    "registered_at",
    "forced",
    "series_id",
    "unregistered",
    "held_as",
)


def _list(args: argparse.Namespace, config: Config) -> int:
    since, until = time_bounds(args)
    now = utcnow()

    def work(session: Session, log: _Log) -> bytes:
        bookings = list_bookings(session, since, until)
        names = log.names
        if args.format == "ics":
            series = get_series(session, {b.series_id for b in bookings if b.series_id is not None})
            counts: dict[int, int] = {}
            for c in list_changes(session, [b.id for b in bookings if b.id is not None]):
                counts[c.meeting_id] = counts.get(c.meeting_id, 0) + 1
            return meetings_ics(bookings, series, names, counts, now)
        window = config.register.attach_window
        shapes = [shape(session, b, names, now, window) for b in bookings]
        if args.format == "json":
            return _json(shapes)
        rows = [
            [
                s["id"],
                s["title"],
                s["state"],
                s["registered"],
                s["host_agency"],
                s["host_site"]["code"] if s["host_site"] else None,
                s["host_site"]["name"] if s["host_site"] else None,
                s["start"],
                s["end"],
                s["actual_start"],
                s["actual_end"],
                s["conference"],
                s["emergency"],
                s["announced_by"],
                " ".join(site["code"] for site in s["sites"]),
                s["registered_by"],
                s["registered_at"],
                s["forced"],
                s["series"]["id"] if s["series"] else None,
                s["unregistered"],
                s["held_as"],
            ]
            for s in shapes
        ]
        return _csv(LIST_FIELDS, rows)

    return _read(config, work)


def _show(args: argparse.Namespace, config: Config) -> int:
    now = utcnow()

    def work(session: Session, log: _Log) -> bytes:
        data = shape(session, get_booking(session, args.id), log.names, now, config.register.attach_window)
        return _json(data) if args.format == "json" else show_text(data).encode("utf-8")

    return _read(config, work)


def _hms(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


def _short(iso: str | None) -> str:
    return "?" if iso is None else local(datetime.fromisoformat(iso))


def show_text(s: Mapping[str, Any]) -> str:
    """`meeting show --format text`: the same facts for people."""
    state = s["state"].replace("_", " ")
    if s["unregistered"]:
        state += ", unregistered (recorded from the MCU)"
    elif not s["registered"]:
        state += f", recorded from the MCU as meeting {s['held_as']}"
    lines = [f"Meeting {s['id']}: {s['title']} — {state}"]
    host = s["host_site"]
    where = f" at {host['name']} ({host['code']})" if host else ""
    if s["host_agency"] or host:
        lines.append(f"  Host: {s['host_agency'] or '?'}{where}")
    lines.append(f"  Planned: {_short(s['start'])} – {_short(s['end'])}")
    if s["actual_start"] is not None:
        lines.append(f"  Held:    {_short(s['actual_start'])} – {_short(s['actual_end'])}")
    if s["conference"]:
        lines.append(f"  Conference: {s['conference']}")
    if s["emergency"]:
        how = f", announced by {s['announced_by']}" if s["announced_by"] else ""
        lines.append(f"  Emergency{how}")
    if s["series"]:
        series = s["series"]
        skip = f", except {', '.join(series['exceptions'])}" if series["exceptions"] else ""
        lines.append(f"  Series {series['id']}: every {series['every']} until {series['until']}{skip}")
    if s["registered_at"]:
        lines.append(f"  Registered by {s['registered_by'] or '?'} at {_short(s['registered_at'])}")
    if s["forced"]:
        lines.append(f"  Forced by a supervisor: {s['forced']}")
        lines.extend(f"    over: {line}" for line in s["forced_over"])
    sites = s["sites"]
    came = sum(1 for x in sites if x["attended"])
    label = "expected" if s["registered"] else "seen"
    lines.append(f"  Sites: {len(sites)} {label}, {came} attended, {len(sites) - came} absent")
    rows = [(host, " (host)")] if host and host["code"] not in {x["code"] for x in sites} else []
    for x, role in rows + [(x, "") for x in sites]:
        if not x["attended"]:
            lines.append(f"    ✗ {x['name']} ({x['code']}){role}: absent")
            continue
        marks = [m for m, on in (("late", x["late"]), ("left early", x["left_early"])) if on]
        extra = f", {', '.join(marks)}" if marks else ""
        lines.append(f"    ✓ {x['name']} ({x['code']}){role}: connected {_hms(x['connected_s'])}{extra}")
    if s["incidents"]:
        lines.append(f"  Incidents: {len(s['incidents'])}")
        for i in s["incidents"]:
            until = f" – {_short(i['resolved_at'])}" if i["resolved_at"] else ", still open"
            cause = f": {i['cause']}" if i["cause"] else ""
            lines.append(
                f"    #{i['id']} {i['site']} {i['kind']} ({i['severity']}) {_short(i['opened_at'])}{until}{cause}"
            )
    for c in s["changes"]:
        to = f" to {_short(c['new_start'])} – {_short(c['new_end'])}" if c["kind"] == "moved" else ""
        lines.append(f"  {c['kind'].capitalize()}{to} by {c['by']} at {_short(c['at'])}: {c['reason']}")
    return "\n".join(lines) + "\n"


NOTIFY_FIELDS = ("role", "site_code", "site", "organisation", "name", "position", "phone", "email")


def _recipient(r: Recipient) -> dict[str, Any]:
    return {
        "role": r.role.value,
        "site_code": "; ".join(r.sites),
        "site": "; ".join(r.site_names),
        "organisation": r.organisation,
        "name": r.name,
        "position": r.position,
        "phone": r.phone,
        "email": r.email,
    }


def _notify(args: argparse.Namespace, config: Config) -> int:
    now = utcnow()

    def work(session: Session, log: _Log) -> bytes:
        b = get_booking(session, args.id)
        told = whom_to_tell(b, log.by_code)
        if args.format == "ics":
            sequence = len(list_changes(session, [args.id]))
            return update_ics(b, told, log.names, sequence, now)
        rows = [_recipient(r) for r in told]
        late = estimate(session, args.id)  # an estimated real start recorded by `readiness ID --estimate`
        if args.format == "json":
            shown = (
                None if late is None else {"start": _iso(late.start), "reason": late.reason, "by": late.by}
            )
            return _json(
                {
                    "id": b.id,
                    "title": b.title,
                    "state": b.state.value,
                    "estimated_start": shown,
                    "recipients": rows,
                }
            )
        notice = "" if late is None else estimate_notice(late.start, late.reason)
        return _csv((*NOTIFY_FIELDS, "notice"), [[*(row[f] for f in NOTIFY_FIELDS), notice] for row in rows])

    return _read(config, work)


COMMANDS: dict[str, Callable[[argparse.Namespace, Config], int]] = {
    "add": _add,
    "list": _list,
    "show": _show,
    "move": _move,
    "cancel": _cancel,
    "notify": _notify,
}


QUIET = ("alembic", "bridgewall.db")
"""Loggers whose news (a schema upgrade) would come between a refusal and its one line on stderr."""


@contextlib.contextmanager
def _quiet(verbose: bool) -> Iterator[None]:
    loggers = [] if verbose else [logging.getLogger(name) for name in QUIET]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def main(args: argparse.Namespace) -> int:
    command = args.meeting_command
    config = config_from_args(args)
    try:
        with _quiet(getattr(args, "verbose", False)):
            return COMMANDS[command](args, config)
    except Refused as refused:
        print(f"bridgewall meeting {command}: {refused.message}", file=sys.stderr)
        return refused.code
    except (AccessRefused, ChainBroken) as exc:  # a missing role, an account that cannot act: audited
        print(f"bridgewall meeting {command}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as exc:
        detail = error_line(exc)
        print(f"bridgewall meeting {command}: cannot write the log: {detail}", file=sys.stderr)
        return EXIT_REFUSED
