"""What a held meeting's attendance says, per expected site: attended or absent, late, left early, time connected.

From the attendance spans recorded against the meeting (and against the MCU meetings held as it), and the
meeting's window [start, end]:
- **connected_s**: the union of the site's spans clipped to the window, in seconds (an open span runs to `now`);
- **attended**: connected for some time within the window;
- **late**: attended, and not connected at the start (it joined after the start);
- **left_early**: attended, and not connected at the end: its last span closed before the end by a leave. A
  span the console closed itself (`closed_by` stop or recovery: it stopped watching, the site may well have
  stayed) never makes a site "left early".
A span belongs to a site by its code, or by the site's name (the MCU's display name of a site it did not know).
Pure: records in, figures out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from console.domain import Attendance
from console.domain.register import Booking


@dataclass(frozen=True, slots=True)
class SiteFigures:
    code: str
    name: str
    attended: bool
    late: bool
    left_early: bool
    connected_s: float
    first_join: datetime | None = None
    last_leave: datetime | None = None  # None while still connected (or never joined)


def union_seconds(spans: Iterable[tuple[datetime, datetime]], lo: datetime, hi: datetime) -> float:
    """Seconds covered by the union of `spans`, each clipped to [lo, hi]."""
    clipped = sorted((max(a, lo), min(b, hi)) for a, b in spans if min(b, hi) > max(a, lo))
    total = 0.0
    current: tuple[datetime, datetime] | None = None
    for a, b in clipped:
        if current is not None and a <= current[1]:
            current = (current[0], max(current[1], b))
            continue
        if current is not None:
            total += (current[1] - current[0]).total_seconds()
        current = (a, b)
    if current is not None:
        total += (current[1] - current[0]).total_seconds()
    return total


def _covers(span: Attendance, t: datetime) -> bool:
    return span.joined_at <= t and (span.left_at is None or span.left_at >= t)


def site_figures(
    code: str, name: str, spans: Sequence[Attendance], start: datetime, end: datetime, now: datetime
) -> SiteFigures:
    """One site's figures from its own spans (see the module's doc for the definitions)."""
    hi = min(end, now)
    if len(spans) == 1:  # the common case, worked out without the union's sorting (the same answers)
        return _one_span(code, name, spans[0], start, end, hi, now)
    closed = [(s.joined_at, s.left_at if s.left_at is not None else max(now, s.joined_at)) for s in spans]
    connected = union_seconds(closed, start, hi) if hi > start else 0.0
    attended = connected > 0
    late = attended and not any(_covers(s, start) for s in spans)
    last = max(spans, key=lambda s: (s.left_at is None, s.left_at or s.joined_at), default=None)
    unwatched = last is not None and last.left_at is not None and last.closed_by is not None
    left_early = attended and not unwatched and not any(_covers(s, end) for s in spans)
    leaves = [s.left_at for s in spans if s.left_at is not None]
    still = any(s.left_at is None for s in spans)
    return SiteFigures(
        code=code,
        name=name,
        attended=attended,
        late=late,
        left_early=left_early,
        connected_s=round(connected, 3),
        first_join=min((s.joined_at for s in spans), default=None),
        last_leave=None if still or not leaves else max(leaves),
    )


def _one_span(
    code: str, name: str, span: Attendance, start: datetime, end: datetime, hi: datetime, now: datetime
) -> SiteFigures:
    left = span.left_at if span.left_at is not None else max(now, span.joined_at)
    a, b = max(span.joined_at, start), min(left, hi)
    connected = (b - a).total_seconds() if hi > start and b > a else 0.0
    attended = connected > 0
    unwatched = span.left_at is not None and span.closed_by is not None
    return SiteFigures(
        code=code,
        name=name,
        attended=attended,
        late=attended and not _covers(span, start),
        left_early=attended and not unwatched and not _covers(span, end),
        connected_s=round(connected, 3),
        first_join=span.joined_at,
        last_leave=span.left_at,
    )


def figures(
    codes: Sequence[str],
    names: Mapping[str, str],
    spans: Sequence[Attendance],
    start: datetime,
    end: datetime,
    now: datetime,
) -> list[SiteFigures]:
    """Each site of `codes`, in order, with the spans that are its own (by code, or by its name)."""
    by_site: dict[str, list[int]] = defaultdict(list)  # a span's `site` -> the indexes of its spans, in order
    for i, s in enumerate(spans):
        by_site[s.site].append(i)
    result = []
    for code in codes:
        name = names.get(code, code)
        indexes = by_site.get(code, [])
        if name != code and name in by_site:
            indexes = sorted({*indexes, *by_site[name]})
        own = [spans[i] for i in indexes]
        result.append(site_figures(code, name, own, start, end, now))
    return result


def actual_times(
    booking: Booking, held_as: Sequence[Booking], spans: Sequence[Attendance]
) -> tuple[datetime | None, datetime | None]:
    """When the meeting really ran, by the MCU: (start, end), None where unknown.

    A meeting recorded from the MCU is its own record. A registered one ran from the first of the MCU meetings
    held as it (or its first join) to the last of their ends — or, while any of them has none, to the last leave
    once every span is closed. An end that is the console's stop or a crash recovery (`closed_by`) is not the
    conference's: the end is then unknown (None) unless every span was closed by a real leave.
    """
    if not booking.registered:
        return booking.start, (booking.end if booking.closed_by is None else _last_leave(spans))
    starts = [b.start for b in held_as] + [s.joined_at for s in spans]
    start = min(starts, default=None)
    if held_as and all(b.end is not None and b.closed_by is None for b in held_as):
        return start, max(b.end for b in held_as if b.end is not None)
    return start, _last_leave(spans)


def _last_leave(spans: Sequence[Attendance]) -> datetime | None:
    """The last leave when every span was closed by a real leave; None otherwise."""
    if spans and all(s.left_at is not None and s.closed_by is None for s in spans):
        return max(s.left_at for s in spans if s.left_at is not None)
    return None
