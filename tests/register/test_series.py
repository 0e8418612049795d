"""A series' occurrences with known dates, and the iCalendar rule written for it giving the very same ones."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from console.domain.clock import LOCAL_TZ
from console.domain.register import Booking, Recurrence, Series
from console.register import SeriesError, occurrences
from console.register.calendar import meetings_ics


def local(y: int, m: int, d: int, h: int = 7, mi: int = 30) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=LOCAL_TZ)


def starts(found: list[tuple[datetime, datetime]]) -> list[str]:
    return [s.astimezone(LOCAL_TZ).strftime("%Y-%m-%d %H:%M") for s, _e in found]


def test_every_monday_until_a_date_included_with_exceptions() -> None:
    found = occurrences(
        local(2025, 3, 3), local(2025, 3, 3, 9, 0), Recurrence.WEEKLY, date(2025, 3, 31), [date(2025, 3, 17)]
    )
    assert starts(found) == ["2025-03-03 07:30", "2025-03-10 07:30", "2025-03-24 07:30", "2025-03-31 07:30"]
    assert all(e - s == local(2025, 3, 3, 9, 0) - local(2025, 3, 3) for s, e in found)
    assert all(s.tzinfo is UTC for s, _e in found)


def test_monthly_on_the_31st_skips_the_months_without_one() -> None:
    found = occurrences(
        local(2025, 1, 31, 14, 0), local(2025, 1, 31, 16, 0), Recurrence.MONTHLY, date(2025, 8, 31)
    )
    assert starts(found) == [
        "2025-01-31 14:00",
        "2025-03-31 14:00",
        "2025-05-31 14:00",
        "2025-07-31 14:00",
        "2025-08-31 14:00",
    ]


@pytest.mark.parametrize(
    ("start", "end", "every", "until", "message"),
    [
        (local(2025, 3, 3), local(2025, 3, 3, 9), Recurrence.WEEKLY, date(2025, 3, 2), "ends"),
        (
            local(2025, 3, 3),
            local(2025, 3, 10, 9),
            Recurrence.WEEKLY,
            date(2025, 5, 1),
            "shorter than 7 days",
        ),
        (local(2025, 3, 3), local(2025, 3, 3, 9), Recurrence.WEEKLY, date(2040, 1, 1), "more than 520"),
    ],
)
def test_a_series_that_cannot_be_is_refused(
    start: datetime, end: datetime, every: Recurrence, until: date, message: str
) -> None:
    with pytest.raises(SeriesError, match=message):
        occurrences(start, end, every, until)


@pytest.mark.parametrize("every", list(Recurrence))
def test_the_ics_rule_expands_to_the_same_occurrences(every: Recurrence) -> None:
    first, end = local(2025, 1, 31, 7, 30), local(2025, 1, 31, 9, 0)
    until = date(2025, 12, 31)
    skip = (date(2025, 3, 31),) if every is Recurrence.MONTHLY else (date(2025, 2, 7),)
    expected = occurrences(first, end, every, until, skip)
    series = Series(every, until, first, end, skip, id=4)
    rows = [
        Booking("Giao ban", "UBND tỉnh", "A", s, e, series_id=4, recurrence_id=s, id=i)
        for i, (s, e) in enumerate(occurrences(first, end, every, until), start=1)
    ]
    cal = Calendar.from_ical(meetings_ics(rows, {4: series}, {"A": "UBND tỉnh"}, {}, first))
    (event,) = cal.events
    assert event.uid == "series-4@bridgewall"
    (recur,) = event.rrules
    rule = rrulestr(recur.to_ical().decode(), dtstart=event.start, forceset=True)
    assert [d.isoformat()[:10] for d in event.exdates] == [d.isoformat() for d in skip]
    for d in event.exdates:
        rule.exdate(d)
    assert [d.astimezone(UTC) for d in rule] == [s for s, _e in expected]
