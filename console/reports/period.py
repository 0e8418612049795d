"""A report's period: a half year, a year, or a span of local dates, as the UTC window [start, end).

`2026-H1` is 1 January – 30 June 2026, `2026-H2` 1 July – 31 December, `2026` the whole year, and
`2026-03-01..2026-05-31` the local dates from the first to the last, both included. Days are Asia/Ho_Chi_Minh
days: a period starts at its first day's local midnight and ends at the local midnight after its last day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from console.domain.clock import LOCAL_TZ

_HALF = re.compile(r"(\d{4})-H([12])")
_YEAR = re.compile(r"\d{4}")


class PeriodError(ValueError):
    """Not a period: the message says what one looks like."""


@dataclass(frozen=True, slots=True)
class Period:
    first: date  # local date, included
    last: date  # local date, included
    label: str  # as given: "2026-H2", "2026", "2026-03-01..2026-05-31"

    @property
    def start(self) -> datetime:
        """The first day's local midnight, in UTC."""
        return datetime.combine(self.first, time(), LOCAL_TZ).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """The local midnight after the last day, in UTC (not included)."""
        return datetime.combine(self.last + timedelta(days=1), time(), LOCAL_TZ).astimezone(UTC)

    @property
    def yearly(self) -> bool:
        return self.first == date(self.first.year, 1, 1) and self.last == date(self.first.year, 12, 31)


def parse_period(text: str) -> Period:
    """`YYYY-H1`, `YYYY-H2`, `YYYY` or `FROM..TO` (ISO local dates, both included); PeriodError otherwise."""
    given = text.strip()
    shape = "a period is YYYY-H1, YYYY-H2, YYYY or FROM..TO (local dates, e.g. 2026-07-01..2026-12-31)"
    if m := _HALF.fullmatch(given):
        year, half = int(m.group(1)), int(m.group(2))
        if year < 1:
            raise PeriodError(f"not a period: {text!r}; {shape}")
        first, last = (
            (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))
        )
        return Period(first, last, given)
    if _YEAR.fullmatch(given):
        year = int(given)
        if year < 1:
            raise PeriodError(f"not a period: {text!r}; {shape}")
        return Period(date(year, 1, 1), date(year, 12, 31), given)
    if ".." in given:
        a, _, b = given.partition("..")
        try:
            first, last = date.fromisoformat(a.strip()), date.fromisoformat(b.strip())
        except ValueError:
            raise PeriodError(f"not a period: {text!r}; {shape}") from None
        if last < first:
            raise PeriodError(f"the period ends ({last}) before it starts ({first})")
        return Period(first, last, given)
    raise PeriodError(f"not a period: {text!r}; {shape}")
