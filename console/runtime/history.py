"""The history view's reads: `HistoryQuery`, `HistoryChartsQuery` and `MeetingDetailQuery` (console.runtime.bridge)
answered from the log, off the session's loop.

Meetings, attendance and incidents are the report's lines (`console.reports.figures.compute` over
`db.report_reads.read_report_log`), so the view and the documents count alike; commands, floor requests and the
audit trail are read by `db.history`. Every answer is a tuple of frozen rows of plain values (UTC datetimes), so the
session may live in another process. The period is [since, until).

Reading needs the supervisor's `history.read` right; the audit tab also `audit.read`. A refusal is audited.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine

from console.access import Permission
from console.domain import Site
from console.domain.clock import utcnow
from console.records import ReportLog
from console.reports.figures import Figures, MeetingLine, compute
from console.reports.series import ChartSeries, chart_series
from console.runtime.meeting_cli import shape
from db.engine import session_factory
from db.history import read_audit, read_commands, read_floor
from db.records import RecordNotFound
from db.register import get_booking
from db.report_reads import incidents_open_in, read_report_log
from db.sites import load_sites

if TYPE_CHECKING:
    from console.runtime.bridge import (
        HistoryChartsQuery,
        HistoryFilters,
        HistoryQuery,
        MeetingDetailQuery,
    )
    from console.runtime.port import SessionPort

Cell = str | int | float | bool | datetime | None


class HistoryKind(enum.StrEnum):
    MEETINGS = "meetings"
    ATTENDANCE = "attendance"
    INCIDENTS = "incidents"
    COMMANDS = "commands"
    FLOOR = "floor"
    AUDIT = "audit"


class ColumnType(enum.StrEnum):
    TIME = "time"  # a UTC datetime, shown in Asia/Ho_Chi_Minh
    DURATION = "duration"  # seconds
    TEXT = "text"
    NUMBER = "number"
    FLAG = "flag"  # yes / no
    CODE = "code"  # a value the window translates (kind, severity, status …)


COLUMNS: Mapping[HistoryKind, tuple[tuple[str, ColumnType], ...]] = {
    HistoryKind.MEETINGS: (
        ("start", ColumnType.TIME),
        ("end", ColumnType.TIME),
        ("title", ColumnType.TEXT),
        ("host_agency", ColumnType.TEXT),
        ("host_site", ColumnType.TEXT),
        ("tier", ColumnType.CODE),
        ("status", ColumnType.CODE),
        ("timeliness", ColumnType.CODE),
        ("expected", ColumnType.NUMBER),
        ("attended", ColumnType.NUMBER),
        ("duration", ColumnType.DURATION),
    ),
    HistoryKind.ATTENDANCE: (
        ("start", ColumnType.TIME),
        ("title", ColumnType.TEXT),
        ("site", ColumnType.TEXT),
        ("cluster", ColumnType.TEXT),
        ("attended", ColumnType.FLAG),
        ("late", ColumnType.FLAG),
        ("left_early", ColumnType.FLAG),
        ("duration", ColumnType.DURATION),
    ),
    HistoryKind.INCIDENTS: (
        ("opened", ColumnType.TIME),
        ("resolved", ColumnType.TIME),
        ("site", ColumnType.TEXT),
        ("cluster", ColumnType.TEXT),
        ("kind", ColumnType.CODE),
        ("severity", ColumnType.CODE),
        ("cause", ColumnType.TEXT),
        ("fix", ColumnType.TEXT),
        ("duration", ColumnType.DURATION),
    ),
    HistoryKind.COMMANDS: (
        ("sent", ColumnType.TIME),
        ("actor", ColumnType.TEXT),
        ("action", ColumnType.TEXT),
        ("target", ColumnType.TEXT),
        ("result", ColumnType.CODE),
        ("detail", ColumnType.TEXT),
        ("rtt_ms", ColumnType.NUMBER),
    ),
    HistoryKind.FLOOR: (
        ("requested", ColumnType.TIME),
        ("site", ColumnType.TEXT),
        ("delegate", ColumnType.TEXT),
        ("topic", ColumnType.TEXT),
        ("state", ColumnType.CODE),
        ("granted", ColumnType.TIME),
        ("duration", ColumnType.DURATION),
        ("reason", ColumnType.TEXT),
    ),
    HistoryKind.AUDIT: (
        ("at", ColumnType.TIME),
        ("actor", ColumnType.TEXT),
        ("action", ColumnType.TEXT),
        ("target", ColumnType.TEXT),
        ("result", ColumnType.CODE),
        ("detail", ColumnType.TEXT),
    ),
}
"""Each kind's columns, in order: (key, type). The window names them (translated) by key."""


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One line of a history tab: `cells` in the order of `COLUMNS[kind]`."""

    key: int | None  # the meeting's, incident's, request's id; the audit entry's sequence number
    site: str  # the site's code ("" when the line has none)
    meeting_id: int | None
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class HistoryRows:
    kind: HistoryKind
    since: datetime
    until: datetime
    rows: tuple[HistoryRow, ...]


@dataclass(frozen=True, slots=True)
class MeetingSiteLine:
    code: str
    name: str
    attended: bool
    late: bool
    left_early: bool
    connected_s: float


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    """What `meeting show` gives of one meeting."""

    id: int
    title: str
    state: str
    registered: bool
    start: datetime
    end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    host_agency: str
    host_site: str
    emergency: bool
    sites: tuple[MeetingSiteLine, ...]
    incidents: tuple[HistoryRow, ...]  # in the columns of the incidents tab

    @property
    def attended(self) -> tuple[MeetingSiteLine, ...]:
        return tuple(s for s in self.sites if s.attended)

    @property
    def absent(self) -> tuple[MeetingSiteLine, ...]:
        return tuple(s for s in self.sites if not s.attended)

    @property
    def late(self) -> tuple[MeetingSiteLine, ...]:
        return tuple(s for s in self.sites if s.attended and s.late)


# --- filters ------------------------------------------------------------------------------------------------


def _site_matches(site: Site | None, f: HistoryFilters, code: str) -> bool:
    if f.site and code != f.site:
        return False
    if not (f.cluster or f.province or f.tier or f.agency):
        return True
    if site is None:
        return False
    return (
        (not f.cluster or site.cluster == f.cluster)
        and (not f.province or site.province == f.province)
        and (not f.tier or site.tier.value == f.tier)
        and (not f.agency or site.agency == f.agency)
    )


def _seconds(a: datetime | None, b: datetime | None) -> float | None:
    return None if a is None or b is None else round((b - a).total_seconds(), 3)


# --- the reader -----------------------------------------------------------------------------------------------


class HistoryReader:
    """Reads the history from the log (blocking: run it off the session's loop)."""

    def __init__(
        self,
        engine: Engine,
        flush: Callable[[], object] | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
        lead_time: timedelta = timedelta(days=2),
    ) -> None:
        self._sessions = session_factory(engine)
        self._flush = flush
        self._now = now
        self._lead_time = lead_time

    def _figures(
        self, since: datetime, until: datetime, *, meetings: bool
    ) -> tuple[Figures, dict[str, Site]]:
        """The report's figures of the period, worked out only as far as a tab needs: the meetings and their
        attendance (`meetings`), or the incidents (neither bears on the other's lines)."""
        if self._flush is not None:
            self._flush()
        with self._sessions() as session:
            if meetings:
                log = read_report_log(session, since, until, incidents=False)
            else:
                sites = tuple(load_sites(session))
                log = ReportLog(since, until, sites, (), (), incidents_open_in(session, since, until))
        return compute(log, now=self._now(), lead_time=self._lead_time), {s.code: s for s in log.sites}

    def _charts_figures(self, since: datetime, until: datetime) -> tuple[Figures, dict[str, Site]]:
        if self._flush is not None:
            self._flush()
        with self._sessions() as session:
            log = read_report_log(session, since, until)
        return compute(log, now=self._now(), lead_time=self._lead_time), {s.code: s for s in log.sites}

    def rows(self, q: HistoryQuery) -> HistoryRows:
        kind, f = HistoryKind(q.kind), q.filters
        if kind in (HistoryKind.MEETINGS, HistoryKind.ATTENDANCE, HistoryKind.INCIDENTS):
            figures, sites = self._figures(q.since, q.until, meetings=kind is not HistoryKind.INCIDENTS)
            rows = _report_rows(kind, figures, sites, f)
        else:
            rows = self._log_rows(kind, q.since, q.until, f)
        return HistoryRows(kind, q.since, q.until, rows)

    def _log_rows(
        self, kind: HistoryKind, since: datetime, until: datetime, f: HistoryFilters
    ) -> tuple[HistoryRow, ...]:
        if self._flush is not None:
            self._flush()
        with self._sessions() as session:
            sites = {s.code: s for s in load_sites(session)}
            code_of = {s.name: s.code for s in sites.values()} | {c: c for c in sites}
            out: list[HistoryRow] = []
            if kind is HistoryKind.COMMANDS:
                for c in read_commands(session, since, until):
                    code = code_of.get(c.target, "")
                    if _site_matches(sites.get(code), f, code or c.target):
                        cells: tuple[Cell, ...] = (
                            c.sent_at,
                            c.actor,
                            c.action,
                            sites[code].name if code else c.target,
                            c.result,
                            c.detail,
                            c.rtt_ms,
                        )
                        out.append(HistoryRow(c.id, code, None, cells))
            elif kind is HistoryKind.FLOOR:
                for r in read_floor(session, since, until):
                    code = code_of.get(r.site, r.site)
                    if _site_matches(sites.get(code), f, code):
                        site = sites.get(code)
                        cells = (
                            r.requested_at,
                            site.name if site is not None else r.site,
                            r.delegate,
                            r.topic,
                            r.state,
                            r.granted_at,
                            _seconds(r.granted_at, r.ended_at),
                            r.reason,
                        )
                        out.append(HistoryRow(r.id, code, r.meeting_id, cells))
            else:
                for a in read_audit(session, since, until):
                    code = code_of.get(a.target, "")
                    if _site_matches(sites.get(code), f, code or a.target):
                        cells = (a.at, a.actor, a.action, a.target, a.result, a.detail)
                        out.append(HistoryRow(a.seq, code, None, cells))
        return tuple(out)

    def charts(self, q: HistoryChartsQuery) -> ChartSeries:
        figures, sites = self._charts_figures(q.since, q.until)
        f = q.filters
        if any((f.site, f.cluster, f.province, f.tier, f.agency, f.kind, f.severity)):
            figures = _filtered(figures, sites, f)
        return chart_series(figures)

    def meeting(self, meeting_id: int) -> MeetingDetail:
        if self._flush is not None:
            self._flush()
        with self._sessions() as session:
            names = {s.code: s.name for s in load_sites(session)}
            try:
                data = shape(session, get_booking(session, meeting_id), names, self._now())
            except RecordNotFound:
                raise LookupError(f"no meeting {meeting_id} in the log") from None
        return _detail(data, names)


def _report_rows(
    kind: HistoryKind, figures: Figures, sites: Mapping[str, Site], f: HistoryFilters
) -> tuple[HistoryRow, ...]:
    out: list[HistoryRow] = []
    if kind is HistoryKind.MEETINGS:
        for m in figures.meeting_lines:
            if not _meeting_matches(m, sites, f):
                continue
            host = sites.get(m.host_site)
            cells: tuple[Cell, ...] = (
                m.start,
                m.end,
                m.title,
                m.host_agency,
                host.name if host is not None else m.host_site,
                m.host_tier,
                m.status,
                m.timeliness,
                m.expected,
                m.attended,
                round(m.hours * 3600, 3),
            )
            out.append(HistoryRow(m.id, m.host_site, m.id, cells))
    elif kind is HistoryKind.ATTENDANCE:
        for a in figures.attendance_lines:
            site = sites.get(a.code)
            if not _site_matches(site, f, a.code):
                continue
            cells = (
                a.start,
                a.title,
                a.name,
                site.cluster if site is not None else "",
                a.attended,
                a.late,
                a.left_early,
                a.connected_s,
            )
            out.append(HistoryRow(a.meeting_id, a.code, a.meeting_id, cells))
    else:
        for i in figures.incident_lines:
            site = sites.get(i.code)
            if not _site_matches(site, f, i.code):
                continue
            if (f.kind and i.kind.value != f.kind) or (f.severity and i.severity.value != f.severity):
                continue
            cells = (
                i.opened_at,
                i.resolved_at,
                i.name,
                site.cluster if site is not None else "",
                i.kind.value,
                i.severity.value,
                i.cause,
                i.fix,
                i.restore_s,
            )
            out.append(HistoryRow(i.id, i.code, i.meeting_id, cells))
    return tuple(out)


def _meeting_matches(m: MeetingLine, sites: Mapping[str, Site], f: HistoryFilters) -> bool:
    """A meeting is kept by its host: the host site for the site filters, the host agency for the agency."""
    if (f.site or f.cluster or f.province or f.tier) and not _site_matches(
        sites.get(m.host_site), dataclasses.replace(f, agency=""), m.host_site
    ):
        return False
    return not f.agency or m.host_agency == f.agency


def _filtered(figures: Figures, sites: Mapping[str, Site], f: HistoryFilters) -> Figures:
    """The figures' lines kept to the filters' sites, kinds and severities (for the charts)."""
    meetings = tuple(m for m in figures.meeting_lines if _meeting_matches(m, sites, f))
    incidents = tuple(
        i
        for i in figures.incident_lines
        if _site_matches(sites.get(i.code), f, i.code)
        and (not f.kind or i.kind.value == f.kind)
        and (not f.severity or i.severity.value == f.severity)
    )
    kept = tuple(s for s in figures.sites if _site_matches(sites.get(s.code), f, s.code))
    trouble = tuple(s for s in figures.most_trouble if _site_matches(sites.get(s.code), f, s.code))

    restored: dict[str, list[float]] = defaultdict(list)
    for i in incidents:
        if not i.open_at_end:
            restored[i.kind.value].append(i.restore_s)
    by_kind = tuple(sorted(Counter(i.kind.value for i in incidents).items(), key=lambda kv: (-kv[1], kv[0])))
    mttr = tuple(sorted((k, round(sum(v) / len(v), 3)) for k, v in restored.items()))
    return dataclasses.replace(
        figures,
        meeting_lines=meetings,
        incident_lines=incidents,
        sites=kept,
        most_trouble=trouble,
        incidents=dataclasses.replace(figures.incidents, by_kind=by_kind, mttr_s=mttr, total=len(incidents)),
    )


def _parse(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


def _detail(data: Mapping[str, Any], names: Mapping[str, str]) -> MeetingDetail:
    sites = tuple(
        MeetingSiteLine(s["code"], s["name"], s["attended"], s["late"], s["left_early"], s["connected_s"])
        for s in data["sites"]
    )
    code_of = {name: code for code, name in names.items()}
    incidents = []
    for i in data["incidents"]:
        code = code_of.get(i["site"], i["site"])
        opened, resolved = _parse(i["opened_at"]), _parse(i["resolved_at"])
        cells: tuple[Cell, ...] = (
            opened,
            resolved,
            names.get(code, i["site"]),
            "",
            i["kind"],
            i["severity"],
            i["cause"],
            i["fix"],
            _seconds(opened, resolved),
        )
        incidents.append(HistoryRow(i["id"], code, data["id"], cells))
    host = data["host_site"]
    start = _parse(data["start"])
    assert start is not None
    return MeetingDetail(
        id=data["id"],
        title=data["title"],
        state=data["state"],
        registered=data["registered"],
        start=start,
        end=_parse(data["end"]),
        actual_start=_parse(data["actual_start"]),
        actual_end=_parse(data["actual_end"]),
        host_agency=data["host_agency"],
        host_site=host["name"] if host else "",
        emergency=data["emergency"],
        sites=sites,
        incidents=tuple(incidents),
    )


def history_reader(session: Any) -> HistoryReader | None:
    """The reader over a `ConsoleSession`'s log (None without one): the writes queued so far committed first, so
    what happened a moment ago is in the history too."""
    from console.runtime.session import READ_FLUSH_S

    engine, store = session.engine, session.store
    if engine is None:
        return None
    flush = (lambda: store.flush(timeout=READ_FLUSH_S)) if store is not None else None
    return HistoryReader(engine, flush)


async def answer(port: SessionPort, request: HistoryQuery | HistoryChartsQuery | MeetingDetailQuery) -> Any:
    """The port's branch: the right checked (a refusal audited), the read run off the session's loop."""
    from console.runtime.bridge import HistoryChartsQuery, HistoryQuery

    reader = port.parts.history
    port.guard.require(port.actor, Permission.HISTORY_READ, "history")
    if isinstance(request, HistoryQuery) and request.kind == HistoryKind.AUDIT:
        port.guard.require(port.actor, Permission.AUDIT_READ, "history")
    if reader is None:
        raise RuntimeError("this session keeps no log to read")
    if isinstance(request, HistoryQuery):
        return await asyncio.to_thread(reader.rows, request)
    if isinstance(request, HistoryChartsQuery):
        return await asyncio.to_thread(reader.charts, request)
    return await asyncio.to_thread(reader.meeting, request.meeting_id)


__all__ = [
    "COLUMNS",
    "Cell",
    "ColumnType",
    "HistoryKind",
    "HistoryReader",
    "HistoryRow",
    "HistoryRows",
    "MeetingDetail",
    "MeetingSiteLine",
    "answer",
    "history_reader",
]
