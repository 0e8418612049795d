"""`report --format json`: every figure of `console.reports.figures` under stable keys (README, "Reports").

Pure: figures in, bytes out. Times are ISO 8601 in UTC; the period's `from` and `to` are its first and last local
dates (both included); seconds and hours are numbers; a rate or a mean with nothing to average is null.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson

from console.reports.figures import Figures, IncidentLine, MeetingLine, ReadinessLine, SiteLine
from console.reports.period import Period


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.astimezone(UTC).isoformat()


def _site(x: SiteLine) -> dict[str, Any]:
    return {
        "code": x.code,
        "name": x.name,
        "tier": x.tier,
        "cluster": x.cluster,
        "meetings_expected": x.meetings_expected,
        "meetings_attended": x.meetings_attended,
        "absences": x.absences,
        "incidents": x.incidents,
        "downtime_s": x.downtime_s,
        "mttr_s": x.mttr_s,
        "connected_s": x.connected_s,
        "health": {
            "green_s": x.green_s,
            "amber_s": x.amber_s,
            "red_s": x.red_s,
            "green": x.share(x.green_s),
            "amber": x.share(x.amber_s),
            "red": x.share(x.red_s),
        },
    }


def _meeting(x: MeetingLine) -> dict[str, Any]:
    return {
        "id": x.id,
        "title": x.title,
        "status": x.status,
        "host_agency": x.host_agency,
        "host_site": x.host_site or None,
        "host_tier": x.host_tier,
        "start": _iso(x.start),
        "end": _iso(x.end),
        "actual_start": _iso(x.actual_start),
        "actual_end": _iso(x.actual_end),
        "registered": x.registered,
        "registered_at": _iso(x.registered_at),
        "emergency": x.emergency,
        "timeliness": x.timeliness or None,
        "hours": x.hours,
        "expected": x.expected,
        "attended": x.attended,
    }


def _incident(x: IncidentLine) -> dict[str, Any]:
    return {
        "id": x.id,
        "site_code": x.code,
        "site": x.name,
        "kind": x.kind.value,
        "severity": x.severity.value,
        "opened_at": _iso(x.opened_at),
        "resolved_at": _iso(x.resolved_at),
        "restore_s": x.restore_s,
        "open_at_end": x.open_at_end,
        "cause": x.cause,
        "fix": x.fix,
        "meeting_id": x.meeting_id,
    }


def _readiness(x: ReadinessLine) -> dict[str, Any]:
    return {
        "meeting_id": x.meeting_id,
        "title": x.title,
        "start": _iso(x.start),
        "first_run_at": _iso(x.first_run_at),
        "first_run_on_time": x.first_run_on_time,
        "second_run_at": _iso(x.second_run_at),
        "second_run_on_time": x.second_run_on_time,
        "sites_expected": x.sites_expected,
        "sites_ready": x.sites_ready,
        "ready": x.ready,
        "not_ready": list(x.not_ready),
    }


def shape(f: Figures, period: Period) -> dict[str, Any]:
    """The report as a JSON-ready mapping (the documented keys)."""
    m, a, i, r = f.meetings, f.attendance, f.incidents, f.readiness
    by_site: dict[str, int] = {x.code: x.incidents for x in f.sites if x.incidents}
    return {
        "period": {
            "label": period.label,
            "from": period.first.isoformat(),
            "to": period.last.isoformat(),
            "start": _iso(f.start),
            "end": _iso(f.end),
            "timezone": "Asia/Ho_Chi_Minh",
        },
        "as_of": _iso(f.as_of),
        "meetings": {
            "held": m.held,
            "not_held": m.not_held,
            "cancelled": m.cancelled,
            "upcoming": m.upcoming,
            "emergency": m.emergency,
            "unregistered": m.unregistered,
            "on_time": m.on_time,
            "late": m.late,
            "hours": m.hours,
            "by_tier": dict(m.by_tier),
            "by_agency": dict(m.by_agency),
        },
        "attendance": {"expected": a.expected, "attended": a.attended, "absent": a.absent, "rate": a.rate},
        "incidents": {
            "total": i.total,
            "open_at_end": i.open_at_end,
            "shared_faults": i.shared_faults,
            "by_kind": dict(i.by_kind),
            "by_severity": dict(i.by_severity),
            "by_site": by_site,
            "downtime_s": dict(i.downtime_s),
            "mttr_s": dict(i.mttr_s),
            "mttr_all_s": i.mttr_all_s,
        },
        "sites": [_site(x) for x in f.sites],
        "absent_most": [{"code": x.code, "name": x.name, "absences": x.absences} for x in f.absent_most],
        "most_trouble": [
            {
                "code": x.code,
                "name": x.name,
                "incidents": x.incidents,
                "downtime_s": x.downtime_s,
                "absences": x.absences,
            }
            for x in f.most_trouble
        ],
        "readiness": {
            "meetings": r.meetings,
            "first_run": r.first_run,
            "first_run_on_time": r.first_run_on_time,
            "second_run": r.second_run,
            "second_run_on_time": r.second_run_on_time,
            "ready_by_t30": r.ready_by_t30,
            "ready_rate": r.ready_rate,
            "sites_expected": r.sites_expected,
            "sites_ready": r.sites_ready,
            "not_ready_most": [
                {"code": x.code, "name": x.name, "times": x.times, "meetings_expected": x.meetings_expected}
                for x in r.not_ready_most
            ],
        },
        "rows": {
            "meetings": [_meeting(x) for x in f.meeting_lines],
            "incidents": [_incident(x) for x in f.incident_lines],
            "readiness": [_readiness(x) for x in f.readiness_lines],
        },
    }


def render_json(f: Figures, period: Period) -> bytes:
    return orjson.dumps(shape(f, period), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
