"""The figures of the 6-month and yearly reports, computed from the log's rows (`console.records.ReportLog`).

Pure: rows in, frozen figures out (no Qt, no database). The definitions (README, "Reports: definitions"):

- **A meeting is in the period** when its planned start is in [start, end). A meeting recorded from the MCU and
  bound to a registered one (`held_as`) is part of that one, not a meeting of its own.
- **Held**: a registered meeting whose state is held, or that an MCU meeting was bound to, or that has attendance
  recorded; a meeting recorded from the MCU without a registration (unregistered). **Not held**: a registered,
  uncancelled meeting that started before `now` with none of that. **Cancelled**: cancelled in the register.
  **Upcoming**: registered, starting after `now`.
- Of the held meetings: **emergency** (exempt from the lead time), **unregistered**, and the other registered ones
  **on time** (registered at least `lead_time` before the start) or **late**; these four add up to `held`.
- **Hours**: each held meeting from its real start to its real end (`console.register.actual_times`; the planned
  end where none is known), summed.
- **Host tier**: the registry's tier of the host site ("unknown" without one); **host agency** as registered.
- **Attendance**: over held registered meetings; a site expected is **attended** when connected at some time
  between the planned start and end (`console.register.figures`); the rate is attended / expected.
- **Incidents** count in the period they opened in. A shared-fault parent (an incident others are grouped under)
  is counted in `shared_faults`, not again in the totals: its sites' own incidents are. The **time to restore**
  of an incident is from its opening to its resolution, clipped to the end of the period (and to `now`) when it
  was still open then (`open_at_end` counts those). What the log holds after `now` is left out. **Downtime** is the total time to restore; **MTTR** the mean
  over the incidents resolved within the period.
- **Link health share**: the log keeps no health samples. A site's connected time (the union of its attendance
  spans in the period) is **red** while a critical incident of the site is open, **amber** while a warning one is
  (and no critical), **green** otherwise; info incidents leave it green.
- **Most trouble**: sites ranked by incidents, then downtime, then absences (those with any of them).
- **Readiness** (`console.readiness`): over the held registered meetings with expected sites. A meeting's **first**
  and **second test run** are the checklist's (the earliest run before the start; a later one started within twice
  the second run's lead); **on time** when started by its deadline (`ReadinessRules`). A site is **ready at T−30**
  when every one of its checks had passed by then (start − `checks_before`), from the results recorded by then;
  a meeting is **ready by T−30** when every expected site was. **Not ready most**: sites ranked by the meetings
  they were not ready at T−30 for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain import Attendance, Incident, IncidentKind, Severity, Site
from console.domain.readiness import CheckResult, Item, ItemState, TestRun
from console.domain.register import Booking, MeetingState
from console.readiness.model import ReadinessRules, checklist, site_readiness
from console.records import ReportLog
from console.register.attendance import actual_times, figures, union_seconds

UNKNOWN = "unknown"
TOP = 10


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """One meeting of the period, as the report's meeting table shows it."""

    id: int | None
    title: str
    host_agency: str
    host_site: str  # code ("" when none)
    host_tier: str  # Tier value or "unknown"
    start: datetime
    end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    status: str  # held | not_held | cancelled | upcoming
    registered: bool
    registered_at: datetime | None
    emergency: bool
    timeliness: str  # on_time | late | emergency | unregistered | "" (not held)
    hours: float
    expected: int
    attended: int


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    """One expected site of one held registered meeting."""

    meeting_id: int | None
    title: str
    start: datetime
    code: str
    name: str
    attended: bool
    late: bool
    left_early: bool
    connected_s: float


@dataclass(frozen=True, slots=True)
class IncidentLine:
    """One incident counted in the period (shared-fault parents excluded)."""

    id: int | None
    code: str
    name: str
    kind: IncidentKind
    severity: Severity
    opened_at: datetime
    resolved_at: datetime | None
    restore_s: float  # clipped to the period's end (and now) while open
    open_at_end: bool
    cause: str
    fix: str
    meeting_id: int | None


@dataclass(frozen=True, slots=True)
class MeetingFigures:
    held: int
    not_held: int
    cancelled: int
    upcoming: int
    emergency: int
    unregistered: int
    on_time: int
    late: int
    hours: float
    by_tier: tuple[tuple[str, int], ...]  # held meetings by host tier, most first
    by_agency: tuple[tuple[str, int], ...]  # held meetings by host agency, most first


@dataclass(frozen=True, slots=True)
class AttendanceFigures:
    expected: int
    attended: int
    rate: float | None  # None when no site was expected

    @property
    def absent(self) -> int:
        return self.expected - self.attended


@dataclass(frozen=True, slots=True)
class IncidentFigures:
    total: int
    open_at_end: int
    shared_faults: int
    by_kind: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]
    downtime_s: tuple[tuple[str, float], ...]  # per kind
    mttr_s: tuple[tuple[str, float], ...]  # per kind, over the resolved ones
    mttr_all_s: float | None


@dataclass(frozen=True, slots=True)
class SiteLine:
    code: str
    name: str
    tier: str
    cluster: str
    meetings_expected: int
    meetings_attended: int
    incidents: int
    downtime_s: float
    mttr_s: float | None
    connected_s: float
    green_s: float
    amber_s: float
    red_s: float

    @property
    def absences(self) -> int:
        return self.meetings_expected - self.meetings_attended

    def share(self, seconds: float) -> float | None:
        return round(seconds / self.connected_s, 4) if self.connected_s > 0 else None


@dataclass(frozen=True, slots=True)
class ReadinessLine:
    """One held registered meeting's preparation: its test runs and its sites ready at T−30."""

    meeting_id: int | None
    title: str
    start: datetime
    first_run_at: datetime | None
    first_run_on_time: bool
    second_run_at: datetime | None
    second_run_on_time: bool
    sites_expected: int
    sites_ready: int  # ready at T−30
    not_ready: tuple[str, ...]  # the codes of the sites not ready at T−30

    @property
    def ready(self) -> bool:
        return self.sites_expected > 0 and self.sites_ready == self.sites_expected


@dataclass(frozen=True, slots=True)
class NotReadyLine:
    code: str
    name: str
    times: int  # meetings it was not ready at T−30 for
    meetings_expected: int  # meetings of the readiness figures it was expected at


@dataclass(frozen=True, slots=True)
class ReadinessFigures:
    meetings: int
    first_run: int
    first_run_on_time: int
    second_run: int
    second_run_on_time: int
    ready_by_t30: int  # meetings whose every expected site was ready at T−30
    sites_expected: int
    sites_ready: int
    not_ready_most: tuple[NotReadyLine, ...]  # at most TOP, most first

    @property
    def ready_rate(self) -> float | None:
        return round(self.ready_by_t30 / self.meetings, 4) if self.meetings else None


@dataclass(frozen=True, slots=True)
class Figures:
    start: datetime
    end: datetime
    as_of: datetime
    meetings: MeetingFigures
    attendance: AttendanceFigures
    incidents: IncidentFigures
    sites: tuple[SiteLine, ...]  # every site of the registry, then unknown sites named in the log; by code
    absent_most: tuple[SiteLine, ...]  # at most TOP, absences > 0, most first
    most_trouble: tuple[SiteLine, ...]  # at most TOP
    meeting_lines: tuple[MeetingLine, ...]
    attendance_lines: tuple[AttendanceLine, ...]
    incident_lines: tuple[IncidentLine, ...]
    readiness: ReadinessFigures = ReadinessFigures(0, 0, 0, 0, 0, 0, 0, 0, ())
    readiness_lines: tuple[ReadinessLine, ...] = ()


def _ranked(counter: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _status(b: Booking, bound: Sequence[Booking], spans: Sequence[Attendance], now: datetime) -> str:
    if not b.registered:
        return "held"
    if b.state is MeetingState.CANCELLED:
        return "cancelled"
    if b.state is MeetingState.HELD or bound or spans:
        return "held"
    if b.state is MeetingState.NOT_HELD or b.start <= now:
        return "not_held"
    return "upcoming"


def _timeliness(b: Booking, lead_time: timedelta) -> str:
    if b.emergency:
        return "emergency"
    if b.registered_at is None:
        return "unregistered"
    return "on_time" if b.start - b.registered_at >= lead_time else "late"


def _resolver(sites: Sequence[Site]) -> Mapping[str, str]:
    """A site's code from its code or its name (the MCU's display name)."""
    by: dict[str, str] = {s.name: s.code for s in sites}
    by.update({s.code: s.code for s in sites})
    return by


def _covered(
    spans: Iterable[tuple[datetime, datetime]], lo: datetime, hi: datetime
) -> list[tuple[datetime, datetime]]:
    """The union of `spans` clipped to [lo, hi], as disjoint sorted intervals."""
    out: list[tuple[datetime, datetime]] = []
    for a, b in sorted((max(a, lo), min(b, hi)) for a, b in spans if min(b, hi) > max(a, lo)):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _intersect_seconds(
    xs: Sequence[tuple[datetime, datetime]], ys: Sequence[tuple[datetime, datetime]]
) -> float:
    total = 0.0
    for a, b in xs:
        for c, d in ys:
            lo, hi = max(a, c), min(b, d)
            if hi > lo:
                total += (hi - lo).total_seconds()
    return total


def _health(
    connected: Sequence[tuple[datetime, datetime]],
    incidents: Sequence[Incident],
    lo: datetime,
    hi: datetime,
) -> tuple[float, float, float]:
    """(green, amber, red) seconds of the connected intervals (see the module's doc)."""

    def spans(level: Severity) -> list[tuple[datetime, datetime]]:
        return _covered(
            ((i.opened_at, i.resolved_at or hi) for i in incidents if i.severity is level), lo, hi
        )

    red_spans = spans(Severity.CRITICAL)
    red = _intersect_seconds(connected, red_spans)
    amber_or_red = _intersect_seconds(connected, _covered([*red_spans, *spans(Severity.WARNING)], lo, hi))
    total = sum((b - a).total_seconds() for a, b in connected)
    return round(total - amber_or_red, 3), round(amber_or_red - red, 3), round(red, 3)


def _readiness(
    meetings: Sequence[Booking],
    runs: Sequence[TestRun],
    checks: Sequence[CheckResult],
    cameras: Sequence[str],
    names: Mapping[str, str],
    rules: ReadinessRules,
    now: datetime,
) -> tuple[ReadinessFigures, tuple[ReadinessLine, ...]]:
    """The readiness figures of the held registered meetings `meetings` (see the module's doc)."""
    runs_of: dict[int, list[TestRun]] = defaultdict(list)
    for r in runs:
        runs_of[r.meeting_id].append(r)
    checks_of: dict[int, list[CheckResult]] = defaultdict(list)
    for c in checks:
        checks_of[c.meeting_id].append(c)
    lines: list[ReadinessLine] = []
    missed: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    for m in meetings:
        if not m.sites:
            continue
        mid = m.id if m.id is not None else -1
        t30 = rules.due(Item.ALL_CHECKS, m.start)
        known = [c for c in checks_of.get(mid, []) if c.at <= t30]
        codes = tuple(dict.fromkeys(m.sites))
        if known:
            sites = site_readiness([(c, names.get(c, c)) for c in codes], known, cameras)
            not_ready = tuple(x.code for x in sites if not x.ready)
        else:  # nothing checked by T−30: no site was ready
            not_ready = codes
        entries = {e.item: e for e in checklist(m.start, rules, runs=runs_of.get(mid, []), now=now)}
        first, second = entries[Item.FIRST_TEST_RUN], entries[Item.SECOND_TEST_RUN]
        missed.update(not_ready)
        expected.update(codes)
        lines.append(
            ReadinessLine(
                m.id,
                m.title,
                m.start,
                first.done_at,
                first.state is ItemState.DONE,
                second.done_at,
                second.state is ItemState.DONE,
                len(codes),
                len(codes) - len(not_ready),
                not_ready,
            )
        )
    most = sorted(missed.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    figures = ReadinessFigures(
        meetings=len(lines),
        first_run=sum(1 for x in lines if x.first_run_at is not None),
        first_run_on_time=sum(1 for x in lines if x.first_run_on_time),
        second_run=sum(1 for x in lines if x.second_run_at is not None),
        second_run_on_time=sum(1 for x in lines if x.second_run_on_time),
        ready_by_t30=sum(1 for x in lines if x.ready),
        sites_expected=sum(x.sites_expected for x in lines),
        sites_ready=sum(x.sites_ready for x in lines),
        not_ready_most=tuple(NotReadyLine(c, names.get(c, c), n, expected[c]) for c, n in most),
    )
    return figures, tuple(lines)


def compute(
    log: ReportLog,
    *,
    now: datetime,
    lead_time: timedelta = timedelta(days=2),
    readiness: ReadinessRules | None = None,
) -> Figures:
    """The report's figures over [log.start, log.end) as known at `now` (see the module's doc)."""
    lo, hi = log.start, log.end
    cut = min(hi, max(now, lo))  # nothing is known after now
    code_of = _resolver(log.sites)
    registry = {s.code: s for s in log.sites}
    names = {s.code: s.name for s in log.sites}

    def code(site: str) -> str:
        return code_of.get(site, site)

    # --- meetings -----------------------------------------------------------------------------------------
    in_period = [m for m in log.meetings if lo <= m.start < hi]
    by_id = {m.id: m for m in log.meetings if m.id is not None}
    bound: dict[int, list[Booking]] = defaultdict(list)
    for m in log.meetings:
        if not m.registered and m.held_as is not None and m.held_as in by_id:
            bound[m.held_as].append(m)
    spans_of: dict[int | None, list[Attendance]] = defaultdict(list)
    for s in log.attendance:
        spans_of[s.meeting_id].append(s)

    meeting_lines: list[MeetingLine] = []
    attendance_lines: list[AttendanceLine] = []
    prepared: list[Booking] = []  # the held registered meetings, for the readiness figures
    expected_of: Counter[str] = Counter()
    attended_of: Counter[str] = Counter()
    for m in in_period:
        if not m.registered and m.held_as is not None and m.held_as in by_id:
            continue  # part of the registered meeting it was held as
        held = bound.get(m.id, []) if m.id is not None else []
        spans = [s for x in [m, *held] for s in spans_of.get(x.id, [])]
        status = _status(m, held, spans, now)
        actual_start, actual_end = actual_times(m, held, spans) if status == "held" else (None, None)
        hours = 0.0
        if status == "held":
            a, b = actual_start or m.start, actual_end or m.end
            if b is not None and b > a:
                hours = (b - a).total_seconds() / 3600
        expected = attended = 0
        if status == "held" and m.registered:
            prepared.append(m)
            window_end = m.end or actual_end or now
            for f in figures(m.sites, names, spans, m.start, window_end, now):
                expected += 1
                attended += f.attended
                expected_of[f.code] += 1
                attended_of[f.code] += f.attended
                attendance_lines.append(
                    AttendanceLine(
                        m.id,
                        m.title,
                        m.start,
                        f.code,
                        f.name,
                        f.attended,
                        f.late,
                        f.left_early,
                        f.connected_s,
                    )
                )
        host = registry.get(m.host_site) if m.host_site is not None else None
        meeting_lines.append(
            MeetingLine(
                id=m.id,
                title=m.title,
                host_agency=m.host_agency,
                host_site=m.host_site or "",
                host_tier=host.tier.value if host is not None else UNKNOWN,
                start=m.start,
                end=m.end,
                actual_start=actual_start,
                actual_end=actual_end,
                status=status,
                registered=m.registered,
                registered_at=m.registered_at,
                emergency=m.emergency,
                timeliness=_timeliness(m, lead_time) if status == "held" else "",
                hours=round(hours, 4),
                expected=expected,
                attended=attended,
            )
        )
    held_lines = [x for x in meeting_lines if x.status == "held"]
    statuses = Counter(x.status for x in meeting_lines)
    timeliness = Counter(x.timeliness for x in held_lines)
    meetings = MeetingFigures(
        held=statuses["held"],
        not_held=statuses["not_held"],
        cancelled=statuses["cancelled"],
        upcoming=statuses["upcoming"],
        emergency=timeliness["emergency"],
        unregistered=timeliness["unregistered"],
        on_time=timeliness["on_time"],
        late=timeliness["late"],
        hours=round(sum(x.hours for x in held_lines), 2),
        by_tier=_ranked(Counter(x.host_tier for x in held_lines)),
        by_agency=_ranked(Counter(x.host_agency or UNKNOWN for x in held_lines)),
    )
    expected_total, attended_total = sum(expected_of.values()), sum(attended_of.values())
    attendance = AttendanceFigures(
        expected=expected_total,
        attended=attended_total,
        rate=round(attended_total / expected_total, 4) if expected_total else None,
    )

    # --- incidents ----------------------------------------------------------------------------------------
    parents = {i.parent_id for i in log.incidents if i.parent_id is not None}
    own = [i for i in log.incidents if i.id not in parents]
    incident_lines: list[IncidentLine] = []
    for i in own:
        if not lo <= i.opened_at < hi or i.opened_at > now:
            continue
        closed = i.resolved_at is not None and i.resolved_at <= cut
        until = i.resolved_at if closed and i.resolved_at is not None else max(cut, i.opened_at)
        c = code(i.site)
        incident_lines.append(
            IncidentLine(
                id=i.id,
                code=c,
                name=names.get(c, i.site),
                kind=i.kind,
                severity=i.severity,
                opened_at=i.opened_at,
                resolved_at=i.resolved_at,
                restore_s=round((until - i.opened_at).total_seconds(), 3),
                open_at_end=not closed,
                cause=i.cause,
                fix=i.fix,
                meeting_id=i.meeting_id,
            )
        )
    shared = sum(1 for i in log.incidents if i.id in parents and lo <= i.opened_at < hi)
    downtime: dict[str, float] = defaultdict(float)
    restored: dict[str, list[float]] = defaultdict(list)
    for line in incident_lines:
        downtime[line.kind.value] += line.restore_s
        if not line.open_at_end:
            restored[line.kind.value].append(line.restore_s)
    all_restored = [x for xs in restored.values() for x in xs]
    incidents = IncidentFigures(
        total=len(incident_lines),
        open_at_end=sum(1 for x in incident_lines if x.open_at_end),
        shared_faults=shared,
        by_kind=_ranked(Counter(x.kind.value for x in incident_lines)),
        by_severity=_ranked(Counter(x.severity.value for x in incident_lines)),
        downtime_s=tuple(sorted((k, round(v, 3)) for k, v in downtime.items())),
        mttr_s=tuple(sorted((k, round(sum(v) / len(v), 3)) for k, v in restored.items())),
        mttr_all_s=round(sum(all_restored) / len(all_restored), 3) if all_restored else None,
    )

    # --- sites --------------------------------------------------------------------------------------------
    site_incidents: dict[str, list[IncidentLine]] = defaultdict(list)
    for line in incident_lines:
        site_incidents[line.code].append(line)
    site_spans: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for s in log.attendance:
        site_spans[code(s.site)].append((s.joined_at, s.left_at or cut))
    open_of: dict[str, list[Incident]] = defaultdict(list)
    for i in own:
        open_of[code(i.site)].append(i)
    codes = [s.code for s in sorted(log.sites, key=lambda s: s.code)]
    extra = sorted((set(site_incidents) | set(expected_of)) - set(registry))
    lines: list[SiteLine] = []
    for c in [*codes, *extra]:
        site = registry.get(c)
        connected = _covered(site_spans.get(c, []), lo, cut)
        green, amber, red = _health(connected, open_of.get(c, []), lo, cut)
        mine = site_incidents.get(c, [])
        fixed = [x.restore_s for x in mine if not x.open_at_end]
        lines.append(
            SiteLine(
                code=c,
                name=site.name if site is not None else (mine[0].name if mine else c),
                tier=site.tier.value if site is not None else UNKNOWN,
                cluster=site.cluster if site is not None else "",
                meetings_expected=expected_of[c],
                meetings_attended=attended_of[c],
                incidents=len(mine),
                downtime_s=round(sum(x.restore_s for x in mine), 3),
                mttr_s=round(sum(fixed) / len(fixed), 3) if fixed else None,
                connected_s=round(union_seconds([(a, b) for a, b in connected], lo, cut), 3),
                green_s=green,
                amber_s=amber,
                red_s=red,
            )
        )
    absent_most = tuple(
        sorted((x for x in lines if x.absences > 0), key=lambda x: (-x.absences, x.code))[:TOP]
    )
    trouble = tuple(
        sorted(
            (x for x in lines if x.incidents or x.absences),
            key=lambda x: (-x.incidents, -x.downtime_s, -x.absences, x.code),
        )[:TOP]
    )
    ready, ready_lines = _readiness(
        prepared, log.test_runs, log.checks, log.cameras, names, readiness or ReadinessRules(), now
    )
    return Figures(
        start=lo,
        end=hi,
        as_of=now,
        meetings=meetings,
        attendance=attendance,
        incidents=incidents,
        sites=tuple(lines),
        absent_most=absent_most,
        most_trouble=trouble,
        meeting_lines=tuple(meeting_lines),
        attendance_lines=tuple(attendance_lines),
        incident_lines=tuple(incident_lines),
        readiness=ready,
        readiness_lines=ready_lines,
    )
