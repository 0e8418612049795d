"""The register as iCalendar (RFC 5545), for people's calendars: the list of meetings, and a meeting's update.

One VEVENT per meeting, its times in Asia/Ho_Chi_Minh (with the VTIMEZONE). A series is one VEVENT with its
RRULE, an EXDATE for each exception and each cancelled occurrence, and a VEVENT of the same UID with a
RECURRENCE-ID for each occurrence moved. A meeting's UID never changes and its SEQUENCE counts its recorded
changes, so a calendar that imported it takes the update in place. Pure: records in, bytes out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from console.domain.clock import LOCAL_TZ
from console.domain.register import Booking, MeetingState, Recurrence, Series
from console.register.notify import Recipient
from console.register.series import until_instant

if TYPE_CHECKING:
    from icalendar import Calendar, Event

PRODID = "-//Bridgewall//Meeting register//VI"
UID_DOMAIN = "bridgewall"


def meeting_uid(booking: Booking) -> str:
    if booking.series_id is not None:
        return f"series-{booking.series_id}@{UID_DOMAIN}"
    return f"meeting-{booking.id}@{UID_DOMAIN}"


def _calendar() -> Calendar:
    from icalendar import Calendar  # loaded when a calendar is written, not at every start (50 ms)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    return cal


def _local(at: datetime) -> datetime:
    return at.astimezone(LOCAL_TZ)


def _describe(b: Booking, names: Mapping[str, str]) -> str:
    lines = [f"Host agency: {b.host_agency}"] if b.host_agency else []
    if b.host_site is not None:
        lines.append(f"Host site: {names.get(b.host_site, b.host_site)}")
    if b.sites:
        lines.append("Sites: " + ", ".join(names.get(c, c) for c in b.sites))
    if b.conference:
        lines.append(f"Conference: {b.conference}")
    if b.emergency:
        how = f" (announced by {b.announced_by.value})" if b.announced_by is not None else ""
        lines.append(f"Emergency{how}")
    if b.forced:
        lines.append(f"Forced: {b.forced}")
    if not b.registered:
        lines.append("Unregistered: recorded from the MCU")
    return "\n".join(lines)


def _event(b: Booking, names: Mapping[str, str], sequence: int, stamp: datetime) -> Event:
    from icalendar import Event

    event = Event()
    event.add("uid", meeting_uid(b))
    event.add("dtstamp", stamp)
    event.add("dtstart", _local(b.start))
    if b.end is not None:
        event.add("dtend", _local(b.end))
    event.add("summary", b.title)
    if b.host_site is not None:
        event.add("location", names.get(b.host_site, b.host_site))
    description = _describe(b, names)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if b.state is MeetingState.CANCELLED else "CONFIRMED")
    event.add("sequence", sequence)
    if b.emergency:
        event.add("categories", ["EMERGENCY"])
    event.add("x-bridgewall-state", b.state.value)
    if b.id is not None:
        event.add("x-bridgewall-meeting", str(b.id))
    if b.series_id is not None:
        event.add("x-bridgewall-series", str(b.series_id))
    return event


def _series_events(
    series: Series,
    occurrences: Sequence[Booking],
    names: Mapping[str, str],
    changes: Mapping[int, int],
    stamp: datetime,
) -> list[Event]:
    """The series' VEVENT with its rule, then one VEVENT per moved occurrence."""
    ordered = sorted(occurrences, key=lambda b: b.recurrence_id or b.start)
    template = next((b for b in ordered if b.recurrence_id == series.first_start), ordered[0])
    first = replace(
        template, start=series.first_start, end=series.first_end, state=MeetingState.REGISTERED, id=None
    )
    cancelled = [b for b in ordered if b.state is MeetingState.CANCELLED]
    master = _event(first, names, len(cancelled), stamp)
    freq = "weekly" if series.every is Recurrence.WEEKLY else "monthly"
    master.add("rrule", {"freq": freq, "until": until_instant(series.until)})
    time_of_day = _local(series.first_start).timetz()
    skipped = sorted(
        {datetime.combine(d, time_of_day) for d in series.exceptions}
        | {_local(b.recurrence_id) for b in cancelled if b.recurrence_id is not None}
    )
    if skipped:
        master.add("exdate", skipped)
    events = [master]
    for b in ordered:
        if b.state is MeetingState.CANCELLED or b.recurrence_id is None:
            continue
        if b.start == b.recurrence_id and b.end == b.start + (series.first_end - series.first_start):
            continue  # where the rule puts it
        moved = _event(b, names, changes.get(b.id or 0, 0), stamp)
        moved.add("recurrence-id", _local(b.recurrence_id))
        events.append(moved)
    return events


def _render(cal: Calendar) -> bytes:
    cal.add_missing_timezones()
    data: bytes = cal.to_ical()
    return data


def meetings_ics(
    bookings: Iterable[Booking],
    series: Mapping[int, Series],
    names: Mapping[str, str],
    changes: Mapping[int, int],
    stamp: datetime,
) -> bytes:
    """The meetings as one calendar: each on its own, a series' occurrences as the series (`series` by id).
    `changes` counts each meeting's recorded changes (its SEQUENCE); `stamp` is the DTSTAMP."""
    order: list[Booking | int] = []  # a meeting on its own, or a series (by id) where its first occurrence is
    grouped: dict[int, list[Booking]] = {}
    for b in bookings:
        if b.series_id is not None and b.series_id in series:
            if b.series_id not in grouped:
                order.append(b.series_id)
            grouped.setdefault(b.series_id, []).append(b)
        else:
            order.append(b)
    cal = _calendar()
    for item in order:
        if isinstance(item, Booking):
            cal.add_component(_event(item, names, changes.get(item.id or 0, 0), stamp))
        else:
            for event in _series_events(series[item], grouped[item], names, changes, stamp):
                cal.add_component(event)
    return _render(cal)


def update_ics(
    booking: Booking,
    recipients: Sequence[Recipient],
    names: Mapping[str, str],
    sequence: int,
    stamp: datetime,
) -> bytes:
    """The meeting as it now stands, to send to `recipients` (those with an e-mail are its attendees): a moved
    meeting at its new time, a cancelled one CANCELLED; an occurrence of a series by its RECURRENCE-ID."""
    from icalendar import vCalAddress

    cal = _calendar()
    event = _event(booking, names, sequence, stamp)
    if booking.series_id is not None and booking.recurrence_id is not None:
        event.add("recurrence-id", _local(booking.recurrence_id))
    seen: set[str] = set()
    for r in recipients:
        email = r.email.strip()
        if not email or email.lower() in seen:
            continue
        seen.add(email.lower())
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["CN"] = r.name or r.organisation
        event.add("attendee", attendee, encode=False)
    cal.add_component(event)
    return _render(cal)
