"""The report's figures from a real log with known answers (see conftest): meetings, attendance, incidents, time
to restore, link health share and the sites with the most trouble; the period's edges."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.reports.figures import Figures, SiteLine, compute
from console.reports.period import Period, PeriodError, parse_period
from db.report_reads import read_report_log
from tests.reports.conftest import AFTER, DISTRICT, HOST, X1, X2, fill, t

H2 = parse_period("2025-H2")


def figures_of(engine: Engine, period: Period = H2, now: object = AFTER) -> Figures:
    with Session(engine) as s:
        log = read_report_log(s, period.start, period.end)
    assert isinstance(now, type(AFTER))
    return compute(log, now=now)


def site(f: Figures, code: str) -> SiteLine:
    return next(x for x in f.sites if x.code == code)


def test_periods_are_local_half_years_years_and_spans() -> None:
    assert (H2.first, H2.last) == (date(2025, 7, 1), date(2025, 12, 31))
    assert H2.start == t(6, 30, 17) and H2.end == t(12, 31, 17)  # local midnights, in UTC
    assert (parse_period("2026-H1").first, parse_period("2026-H1").last) == (
        date(2026, 1, 1),
        date(2026, 6, 30),
    )
    assert parse_period("2026").yearly and not H2.yearly
    span = parse_period("2025-03-01..2025-03-31")
    assert (span.first, span.last) == (date(2025, 3, 1), date(2025, 3, 31))
    for bad in ("2026-H3", "26", "2026-07-01..2026-06-01", "last year", "2026-13-01..2026-12-01"):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_meetings_held_by_host_and_registration(engine: Engine) -> None:
    fill(engine)
    m = figures_of(engine).meetings
    assert (m.held, m.not_held, m.cancelled, m.upcoming) == (3, 1, 1, 0)
    assert (m.emergency, m.unregistered, m.on_time, m.late) == (1, 1, 1, 0)
    # 08:00–10:05 (the first join to the MCU's end), 14:00–15:30, and the MCU's own hour
    assert m.hours == round(2 + 5 / 60 + 1.5 + 1, 2)
    assert dict(m.by_tier) == {"province": 2, "unknown": 1}
    assert dict(m.by_agency) == {"UBND tỉnh": 1, "Văn phòng Tỉnh ủy": 1, "unknown": 1}


def test_attendance_and_absences(engine: Engine) -> None:
    fill(engine)
    f = figures_of(engine)
    assert (f.attendance.expected, f.attendance.attended, f.attendance.rate) == (5, 3, 0.6)
    assert [(x.code, x.absences) for x in f.absent_most] == [(X2, 2)]
    assert (site(f, X1).meetings_expected, site(f, X1).meetings_attended) == (2, 2)
    assert (site(f, DISTRICT).meetings_expected, site(f, DISTRICT).meetings_attended) == (1, 1)
    late = {(x.meeting_id, x.code): x.late for x in f.attendance_lines}
    assert [v for (_, c), v in late.items() if c == X1] == [True, False]


def test_incidents_and_restore_times(engine: Engine) -> None:
    fill(engine)
    i = figures_of(engine).incidents
    # X1 ×2, the district's (under a shared fault, counted once), X2's power cut; X2's June fault is not here
    assert i.total == 4 and i.shared_faults == 1 and i.open_at_end == 1
    assert dict(i.by_kind) == {"link_down": 2, "packet_loss": 1, "power": 1}
    assert dict(i.by_severity) == {"critical": 3, "warning": 1}
    # the power cut counts one hour: clipped at the period's end
    assert dict(i.downtime_s) == {"link_down": 900 + 600, "packet_loss": 1800, "power": 3600}
    assert dict(i.mttr_s) == {"link_down": 750, "packet_loss": 1800}
    assert i.mttr_all_s == (900 + 1800 + 600) / 3


def test_sites_health_share_and_most_trouble(engine: Engine) -> None:
    fill(engine)
    f = figures_of(engine)
    x1, district, x2, host = site(f, X1), site(f, DISTRICT), site(f, X2), site(f, HOST)
    assert (x1.incidents, x1.downtime_s, x1.mttr_s) == (2, 2700, 1350)
    assert (district.incidents, district.downtime_s) == (1, 600)  # found by the MCU's name for it
    assert (x2.incidents, x2.downtime_s, x2.mttr_s) == (1, 3600, None)
    # connected 1 h 30 twice; red while the link was down, amber under packet loss
    assert (x1.connected_s, x1.green_s, x1.amber_s, x1.red_s) == (10800, 8100, 1800, 900)
    assert (district.connected_s, district.green_s, district.red_s) == (7200, 6600, 600)
    assert (host.connected_s, host.green_s, host.share(host.green_s)) == (7500, 7500, 1.0)
    assert x2.connected_s == 0 and x2.share(x2.green_s) is None
    assert [x.code for x in f.most_trouble] == [X1, X2, DISTRICT]


def test_what_is_open_at_now_is_clipped_to_now(engine: Engine) -> None:
    """A quarter of an hour into X1's packet loss in the emergency: it counts 15 minutes and is open; the December
    meeting is upcoming."""
    fill(engine)
    f = figures_of(engine, now=t(11, 2, 7, 45))
    i = f.incidents
    assert (i.total, i.open_at_end) == (3, 1)
    assert (dict(i.downtime_s), dict(i.mttr_s)) == (
        {"link_down": 1500, "packet_loss": 900},
        {"link_down": 750},
    )
    assert (f.meetings.held, f.meetings.upcoming, f.meetings.not_held) == (3, 1, 0)


def test_a_span_of_days_counts_what_opened_in_it(engine: Engine) -> None:
    fill(engine)
    f = figures_of(engine, parse_period("2025-11-01..2025-12-31"))
    assert (f.meetings.held, f.meetings.not_held, f.meetings.emergency) == (1, 1, 1)
    assert dict(f.incidents.by_kind) == {"packet_loss": 1, "power": 1}
    assert (f.attendance.expected, f.attendance.attended) == (2, 1)
