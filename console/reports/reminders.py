"""When the window offers and reminds of the 6-month and yearly reports (pure: a local date and the periods already
produced in, the reports due out).

- **Yearly** report of year Y (the evaluation due before 10 December [002 §15.8]): offered from 1 November Y,
  reminded until it is produced or the year ends.
- **6-month** reports: the first half of Y from 20 June Y until 31 July Y; the second half from 20 December Y until
  31 January Y+1 — so that it is ready as the half-year closes, and is still asked for in the month after.

A report is **produced** when the log's audit trail holds a report of that period made by a supervisor (any
format; `console.runtime.report_port`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Due:
    """A report the window should offer: its period (as `report --period` takes it) and its window."""

    period: str  # "2026", "2026-H1", "2026-H2"
    yearly: bool
    opens: date
    closes: date  # the last day it is reminded of
    deadline: date | None  # the day it is due before (the yearly evaluation: 10 December)


def windows(year: int) -> tuple[Due, ...]:
    """Every report window that opens in `year`."""
    return (
        Due(f"{year}-H1", False, date(year, 6, 20), date(year, 7, 31), None),
        Due(str(year), True, date(year, 11, 1), date(year, 12, 31), date(year, 12, 10)),
        Due(f"{year}-H2", False, date(year, 12, 20), date(year + 1, 1, 31), None),
    )


def due(today: date, produced: Collection[str] = ()) -> tuple[Due, ...]:
    """The reports whose window holds `today` and that are not produced yet, yearly first."""
    found = [
        d
        for year in (today.year - 1, today.year)
        for d in windows(year)
        if d.opens <= today <= d.closes and d.period not in produced
    ]
    return tuple(sorted(found, key=lambda d: (not d.yearly, d.opens)))
