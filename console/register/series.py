"""A series' occurrences: every week, or every month on the same day, in Asia/Ho_Chi_Minh wall time.

The same occurrences as the iCalendar rule written for it (`FREQ=WEEKLY` or `FREQ=MONTHLY` from the first start,
`UNTIL` the end of the last local day, `EXDATE` for the exceptions): a monthly series started on the 31st skips
the months that have no 31st, as RFC 5545 does.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from console.domain.clock import LOCAL_TZ
from console.domain.register import Recurrence

MAX_OCCURRENCES = 520  # ten years of weeks: a longer series is a mistake, not a plan
PERIOD = {Recurrence.WEEKLY: timedelta(days=7), Recurrence.MONTHLY: timedelta(days=28)}
"""The shortest gap between two occurrences: a meeting must be shorter, or it would overlap its next one."""


class SeriesError(ValueError):
    """A series that cannot be: ends before it starts, too long, meetings longer than the gap between them."""


def _add_months(d: date, months: int) -> date | None:
    year, month = divmod(d.month - 1 + months, 12)
    year += d.year
    if d.day > calendar.monthrange(year, month + 1)[1]:
        return None
    return date(year, month + 1, d.day)


def until_instant(until: date) -> datetime:
    """The last moment of the local day `until`, in UTC (iCalendar's UNTIL for a rule whose start has a zone)."""
    return datetime.combine(until, time(23, 59, 59), LOCAL_TZ).astimezone(UTC)


def occurrences(
    first_start: datetime,
    first_end: datetime,
    every: Recurrence,
    until: date,
    exceptions: Iterable[date] = (),
) -> list[tuple[datetime, datetime]]:
    """(start, end) of each occurrence in UTC, in order, from the first up to the local day `until` included,
    leaving out the local dates in `exceptions`. Raises SeriesError for a series that cannot be."""
    length = first_end - first_start
    if length >= PERIOD[every]:
        raise SeriesError(
            f"a meeting repeated every {every.value} must be shorter than {PERIOD[every].days} days"
        )
    local_start = first_start.astimezone(LOCAL_TZ)
    if until < local_start.date():
        raise SeriesError(
            f"the series ends ({until.isoformat()}) before it starts ({local_start.date().isoformat()})"
        )
    skip = set(exceptions)
    wall = local_start.replace(tzinfo=None)
    found: list[tuple[datetime, datetime]] = []
    k = 0
    while True:
        if every is Recurrence.WEEKLY:
            day: date | None = wall.date() + timedelta(weeks=k)
        else:
            day = _add_months(wall.date(), k)
        k += 1
        if day is None:
            continue
        if day > until:
            return found
        if day in skip:
            continue
        start = datetime.combine(day, wall.time(), LOCAL_TZ).astimezone(UTC)
        found.append((start, start + length))
        if len(found) > MAX_OCCURRENCES:
            raise SeriesError(f"a series of more than {MAX_OCCURRENCES} meetings: give an earlier --until")
