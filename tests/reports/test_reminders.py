"""When the window reminds of the reports (console.reports.reminders, README "Reports: reminders")."""

from __future__ import annotations

from datetime import date

from console.reports.reminders import due


def periods(today: date, produced: tuple[str, ...] = ()) -> list[str]:
    return [d.period for d in due(today, produced)]


def test_the_yearly_report_from_1_november_until_produced() -> None:
    assert periods(date(2026, 10, 31)) == []
    assert periods(date(2026, 11, 1)) == ["2026"]
    yearly = due(date(2026, 12, 6))[0]
    assert (yearly.yearly, yearly.deadline) == (True, date(2026, 12, 10))
    assert periods(date(2026, 12, 6), ("2026",)) == []  # produced: no more reminder
    assert periods(date(2026, 12, 6), ("2025",)) == ["2026"]  # last year's does not count


def test_the_6_month_reports_at_the_end_of_june_and_december() -> None:
    assert periods(date(2026, 6, 19)) == []
    assert periods(date(2026, 6, 20)) == ["2026-H1"]
    assert periods(date(2026, 7, 31)) == ["2026-H1"]
    assert periods(date(2026, 8, 1)) == []
    # late December: the yearly one first, then the second half
    assert periods(date(2026, 12, 20)) == ["2026", "2026-H2"]
    assert periods(date(2026, 12, 20), ("2026",)) == ["2026-H2"]
    # into January, the second half of the year before is still asked for
    assert periods(date(2027, 1, 15)) == ["2026-H2"]
    assert periods(date(2027, 1, 15), ("2026-H2",)) == []
    assert periods(date(2027, 2, 1)) == []
