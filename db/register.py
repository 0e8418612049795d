"""The meeting register's storage: registered meetings with their expected sites, series and recorded changes.

Plain functions taking a `Session` (nothing here commits), and `RegisterStore`, the `console.records.RegisterBook`
the console uses: one transaction per action, the register locked for it, so that the rules checked against the
meetings read are still true when the new ones are written (two consoles registering at once are serialised).

A meeting recorded from the MCU is a row of the same table: state "held", `registered_at` NULL. Reads return the
frozen dataclasses of `console.domain.register`, never rows. Time filters are half-open on the start time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, or_, select, text
from sqlalchemy.orm import Session, selectinload, sessionmaker

from console.domain import Attendance, Incident
from console.domain.register import Booking, BookingChange, ChangeKind, MeetingState, Series
from db.models import (
    AttendanceRow,
    IncidentRow,
    MeetingChangeRow,
    MeetingRow,
    MeetingSeriesRow,
    MeetingSiteRow,
    SiteRow,
)
from db.records import RecordNotFound, _to_incident
from db.sites import site_ids

REGISTER_LOCK_KEY = 0x7265676973746572  # PostgreSQL advisory lock held while the register is written


def lock_register(session: Session) -> None:
    """Serialise writers of the register until the transaction ends; call first in the transaction.

    SQLite takes its write lock now (BEGIN IMMEDIATE) rather than at the first write, so that what the rules
    read is what the write lands on; PostgreSQL takes an advisory lock.
    """
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REGISTER_LOCK_KEY})


# --- reading ------------------------------------------------------------------------------------------------
def _query() -> Select[MeetingRow]:
    return select(MeetingRow).options(
        selectinload(MeetingRow.host_site),
        selectinload(MeetingRow.expected).selectinload(MeetingSiteRow.site),
    )


def _to_booking(row: MeetingRow) -> Booking:
    return Booking(
        title=row.title,
        host_agency=row.host_agency,
        host_site=row.host_site.code if row.host_site is not None else None,
        start=row.start_at,
        end=row.end_at,
        sites=tuple(e.site.code for e in row.expected),
        conference=row.conference,
        emergency=row.emergency,
        announced_by=row.announced_by,
        registered_by=row.registered_by,
        registered_at=row.registered_at,
        state=row.state,
        forced=row.forced,
        forced_over=tuple(line for line in row.forced_over.split("\n") if line),
        series_id=row.series_id,
        recurrence_id=row.recurrence_id,
        held_as=row.held_as_id,
        id=row.id,
        closed_by=row.closed_by,
    )


_BOOKING_COLUMNS = (
    MeetingRow.id,
    MeetingRow.title,
    MeetingRow.host_agency,
    MeetingRow.host_site_id,
    MeetingRow.start_at,
    MeetingRow.end_at,
    MeetingRow.conference,
    MeetingRow.emergency,
    MeetingRow.announced_by,
    MeetingRow.registered_by,
    MeetingRow.registered_at,
    MeetingRow.state,
    MeetingRow.forced,
    MeetingRow.forced_over,
    MeetingRow.series_id,
    MeetingRow.recurrence_id,
    MeetingRow.held_as_id,
    MeetingRow.closed_by,
)


def bookings_where(session: Session, *conditions: ColumnElement[bool]) -> list[Booking]:
    """The meetings matching `conditions`, by start time: what `_query` + `_to_booking` give, read as plain rows
    (one SELECT of the meetings' columns, one of their expected sites' codes) for the reports' long periods."""
    core = session.connection()  # Core rows: no ORM loading step for plain columns
    rows = core.execute(
        select(*_BOOKING_COLUMNS).where(*conditions).order_by(MeetingRow.start_at, MeetingRow.id)
    ).all()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    host_ids = {r[3] for r in rows if r[3] is not None}
    codes: dict[int, str] = {}
    if host_ids:
        found = core.execute(select(SiteRow.id, SiteRow.code).where(SiteRow.id.in_(host_ids)))
        codes = {site_id: code for site_id, code in found}
    expected: dict[int, list[str]] = {i: [] for i in ids}
    for chunk in _chunks(ids):
        stmt = (
            select(MeetingSiteRow.meeting_id, SiteRow.code)
            .join(SiteRow, SiteRow.id == MeetingSiteRow.site_id)
            .where(MeetingSiteRow.meeting_id.in_(chunk))
            .order_by(MeetingSiteRow.meeting_id, MeetingSiteRow.ordinal, MeetingSiteRow.id)
        )
        for meeting_id, code in core.execute(stmt):
            expected[meeting_id].append(code)
    return [
        Booking(
            title=r[1],
            host_agency=r[2],
            host_site=codes.get(r[3]) if r[3] is not None else None,
            start=r[4],
            end=r[5],
            sites=tuple(expected[r[0]]),
            conference=r[6],
            emergency=r[7],
            announced_by=r[8],
            registered_by=r[9],
            registered_at=r[10],
            state=r[11],
            forced=r[12],
            forced_over=tuple(line for line in r[13].split("\n") if line),
            series_id=r[14],
            recurrence_id=r[15],
            held_as=r[16],
            id=r[0],
            closed_by=r[17],
        )
        for r in rows
    ]


_CHUNK = 900  # ids per IN (...): under SQLite's older 999-variable limit


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def get_booking(session: Session, meeting_id: int) -> Booking:
    row = session.scalars(_query().where(MeetingRow.id == meeting_id)).first()
    if row is None:
        raise RecordNotFound(f"no meeting with id {meeting_id}")
    return _to_booking(row)


def list_bookings(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> list[Booking]:
    """Meetings starting in [since, until), registered or not, by start time."""
    stmt = _query()
    if since is not None:
        stmt = stmt.where(MeetingRow.start_at >= since)
    if until is not None:
        stmt = stmt.where(MeetingRow.start_at < until)
    return [_to_booking(r) for r in session.scalars(stmt.order_by(MeetingRow.start_at, MeetingRow.id))]


def bookings_overlapping(session: Session, start: datetime, end: datetime) -> list[Booking]:
    """Meetings holding their rooms (registered, moved, held) whose time overlaps [start, end)."""
    holding = [s for s in MeetingState if s.books_rooms]
    stmt = _query().where(
        MeetingRow.state.in_(holding),
        MeetingRow.start_at < end,
        MeetingRow.end_at.is_not(None),
        MeetingRow.end_at > start,
    )
    return [_to_booking(r) for r in session.scalars(stmt.order_by(MeetingRow.start_at, MeetingRow.id))]


def held_as(session: Session, meeting_id: int) -> list[Booking]:
    """The meetings recorded from the MCU as held for the registered meeting `meeting_id`."""
    stmt = _query().where(MeetingRow.held_as_id == meeting_id).order_by(MeetingRow.start_at, MeetingRow.id)
    return [_to_booking(r) for r in session.scalars(stmt)]


def _to_series(row: MeetingSeriesRow) -> Series:
    return Series(
        every=row.every,
        until=row.until,
        first_start=row.first_start,
        first_end=row.first_end,
        exceptions=tuple(date.fromisoformat(d) for d in row.exceptions),
        id=row.id,
    )


def get_series(session: Session, series_ids: Iterable[int]) -> dict[int, Series]:
    ids = set(series_ids)
    if not ids:
        return {}
    rows = session.scalars(select(MeetingSeriesRow).where(MeetingSeriesRow.id.in_(ids)))
    return {row.id: _to_series(row) for row in rows}


def _to_change(row: MeetingChangeRow) -> BookingChange:
    return BookingChange(
        meeting_id=row.meeting_id,
        kind=row.kind,
        reason=row.reason,
        by=row.changed_by,
        at=row.changed_at,
        old_start=row.old_start,
        old_end=row.old_end,
        new_start=row.new_start,
        new_end=row.new_end,
        id=row.id,
    )


def list_changes(session: Session, meeting_ids: Iterable[int]) -> list[BookingChange]:
    """The recorded moves and cancellations of these meetings, in the order they were made."""
    ids = set(meeting_ids)
    if not ids:
        return []
    stmt = select(MeetingChangeRow).where(MeetingChangeRow.meeting_id.in_(ids)).order_by(MeetingChangeRow.id)
    return [_to_change(r) for r in session.scalars(stmt)]


def attendance_of(session: Session, meeting_ids: Iterable[int]) -> list[Attendance]:
    """The attendance spans recorded against any of these meetings, by join time."""
    ids = set(meeting_ids)
    if not ids:
        return []
    a = AttendanceRow
    columns = (
        a.meeting_id,
        a.site,
        a.joined_at,
        a.left_at,
        a.left_by_operator,
        a.participant_uuid,
        a.id,
        a.closed_by,
    )
    found: list[Attendance] = []
    core = session.connection()  # Core rows: no ORM loading step for plain columns
    for chunk in _chunks(sorted(ids)):
        stmt = select(*columns).where(a.meeting_id.in_(chunk))
        found.extend(Attendance(*r) for r in core.execute(stmt))
    found.sort(key=lambda s: (s.joined_at, s.id or 0))
    return found


def incidents_of(
    session: Session,
    meeting_ids: Iterable[int],
    sites: Iterable[str] = (),
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Incident]:
    """Incidents recorded against these meetings, and — with a window — those of `sites` (codes or names) that
    were open at some time in [start, end) and recorded against no meeting; by opening time."""
    ids = set(meeting_ids)
    conditions: list[ColumnElement[bool]] = [IncidentRow.meeting_id.in_(ids)] if ids else []
    names = set(sites)
    if names and start is not None and end is not None:
        conditions.append(
            IncidentRow.meeting_id.is_(None)
            & IncidentRow.site.in_(names)
            & (IncidentRow.opened_at < end)
            & (IncidentRow.resolved_at.is_(None) | (IncidentRow.resolved_at > start))
        )
    if not conditions:
        return []
    stmt = select(IncidentRow).where(or_(*conditions)).order_by(IncidentRow.opened_at, IncidentRow.id)
    return [_to_incident(r) for r in session.scalars(stmt)]


# --- writing ------------------------------------------------------------------------------------------------
def _site_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    wanted = set(codes)
    found = site_ids(session, wanted) if wanted else {}
    missing = sorted(wanted - found.keys())
    if missing:
        raise RecordNotFound(f"no site with code {', '.join(missing)}")
    return found


def add_series(session: Session, series: Series) -> int:
    row = MeetingSeriesRow(
        every=series.every,
        until=series.until,
        first_start=series.first_start,
        first_end=series.first_end,
        exceptions=[d.isoformat() for d in series.exceptions],
    )
    session.add(row)
    session.flush()
    return row.id


def add_bookings(session: Session, bookings: Sequence[Booking], series: Series | None = None) -> list[int]:
    """Store new meetings (their `id` is ignored), a series' occurrences with the series; returns the ids.

    Every site code must be in the registry (else RecordNotFound).
    """
    ids = _site_ids(session, {c for b in bookings for c in b.rooms})
    series_id = add_series(session, series) if series is not None else None
    rows = []
    for b in bookings:
        row = MeetingRow(
            title=b.title,
            host_agency=b.host_agency,
            host_site_id=ids[b.host_site] if b.host_site is not None else None,
            start_at=b.start,
            end_at=b.end,
            emergency=b.emergency,
            conference=b.conference,
            state=b.state,
            announced_by=b.announced_by,
            registered_by=b.registered_by,
            registered_at=b.registered_at,
            forced=b.forced,
            forced_over="\n".join(b.forced_over),
            series_id=series_id if series_id is not None else b.series_id,
            recurrence_id=b.recurrence_id,
            held_as_id=b.held_as,
        )
        row.expected = [
            MeetingSiteRow(site_id=ids[c], ordinal=i) for i, c in enumerate(dict.fromkeys(b.sites))
        ]
        session.add(row)
        rows.append(row)
    session.flush()
    return [r.id for r in rows]


def _row(session: Session, meeting_id: int) -> MeetingRow:
    row = session.get(MeetingRow, meeting_id)
    if row is None:
        raise RecordNotFound(f"no meeting with id {meeting_id}")
    return row


def move_booking(
    session: Session,
    meeting_id: int,
    start: datetime,
    end: datetime,
    *,
    reason: str,
    by: str,
    at: datetime,
    forced: str = "",
    forced_over: Sequence[str] = (),
) -> BookingChange:
    """Give the meeting its new time (state "moved") and record the change; a forcing reason is added to the
    meeting's own."""
    row = _row(session, meeting_id)
    change = MeetingChangeRow(
        meeting_id=meeting_id,
        kind=ChangeKind.MOVED,
        reason=reason,
        changed_by=by,
        changed_at=at,
        old_start=row.start_at,
        old_end=row.end_at,
        new_start=start,
        new_end=end,
    )
    row.start_at, row.end_at, row.state = start, end, MeetingState.MOVED
    if forced:
        row.forced = "\n".join(filter(None, [row.forced, forced]))
        row.forced_over = "\n".join(filter(None, [row.forced_over, *forced_over]))
    session.add(change)
    session.flush()
    return _to_change(change)


def cancel_booking(session: Session, meeting_id: int, *, reason: str, by: str, at: datetime) -> BookingChange:
    row = _row(session, meeting_id)
    change = MeetingChangeRow(
        meeting_id=meeting_id,
        kind=ChangeKind.CANCELLED,
        reason=reason,
        changed_by=by,
        changed_at=at,
        old_start=row.start_at,
        old_end=row.end_at,
    )
    row.state = MeetingState.CANCELLED
    session.add(change)
    session.flush()
    return _to_change(change)


# --- the live meeting bound to the register ------------------------------------------------------------------
def bookings_near(session: Session, at: datetime, window: timedelta) -> list[Booking]:
    """Registered meetings (registered, moved or held) whose time widened by `window` holds `at`."""
    stmt = _query().where(
        MeetingRow.registered_at.is_not(None),
        MeetingRow.state.in_([MeetingState.REGISTERED, MeetingState.MOVED, MeetingState.HELD]),
        MeetingRow.start_at <= at + window,
        or_(
            MeetingRow.end_at >= at - window,
            MeetingRow.end_at.is_(None) & (MeetingRow.start_at >= at - window),
        ),
    )
    return [_to_booking(r) for r in session.scalars(stmt.order_by(MeetingRow.start_at, MeetingRow.id))]


def open_conference_meeting(session: Session, conference: str, run_id: int | None) -> Booking | None:
    """The meeting recorded from the MCU for `conference` that is still open (by run `run_id`), newest first."""
    stmt = _query().where(
        MeetingRow.conference == conference,
        MeetingRow.registered_at.is_(None),
        MeetingRow.end_at.is_(None),
    )
    if run_id is not None:
        stmt = stmt.where(MeetingRow.run_id == run_id)
    row = session.scalars(stmt.order_by(MeetingRow.id.desc()).limit(1)).first()
    return _to_booking(row) if row is not None else None


def bind_meeting(session: Session, meeting_id: int, booking_id: int) -> None:
    """Record the MCU's meeting `meeting_id` as held for the registered meeting `booking_id`, which is held."""
    row = _row(session, meeting_id)
    booking = _row(session, booking_id)
    row.held_as_id = booking_id
    if booking.state in (MeetingState.REGISTERED, MeetingState.MOVED):
        booking.state = MeetingState.HELD
    session.flush()


def held_ids(session: Session, meeting_ids: Iterable[int]) -> set[int]:
    """Which of these registered meetings have a meeting from the MCU held as them."""
    ids = set(meeting_ids)
    if not ids:
        return set()
    stmt = select(MeetingRow.held_as_id).where(MeetingRow.held_as_id.in_(ids)).distinct()
    return {i for i in session.scalars(stmt) if i is not None}


# --- the book -----------------------------------------------------------------------------------------------
CheckNew = Callable[[Sequence[Booking]], Sequence[Booking]]
CheckMove = Callable[[Booking, Sequence[Booking]], Sequence[str]]
CheckCancel = Callable[[Booking], object]


class RegisterStore:
    """`console.records.RegisterBook` on a database: each call one locked transaction, committed or rolled back.

    The `check` callbacks run inside the transaction with what the rules need; one that raises refuses the
    change (nothing is written) and its exception reaches the caller.
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def booking(self, meeting_id: int) -> Booking:
        with self._sessions() as session:
            return get_booking(session, meeting_id)

    def bookings(self, since: datetime | None = None, until: datetime | None = None) -> list[Booking]:
        with self._sessions() as session:
            return list_bookings(session, since, until)

    def changes(self, meeting_id: int) -> list[BookingChange]:
        with self._sessions() as session:
            return list_changes(session, [meeting_id])

    def register(self, new: Sequence[Booking], series: Series | None, check: CheckNew) -> list[int]:
        """Store `new` (with its series) if `check`, given the meetings overlapping them, lets it: `check`
        returns what to store (e.g. marked as forced) or raises to refuse."""
        if not new:
            return []
        with self._sessions() as session, session.begin():
            lock_register(session)
            start = min(b.start for b in new)
            end = max(b.end or b.start for b in new)
            approved = check(bookings_overlapping(session, start, end))
            return add_bookings(session, approved, series)

    def move(
        self,
        meeting_id: int,
        start: datetime,
        end: datetime,
        *,
        reason: str,
        by: str,
        at: datetime,
        check: CheckMove,
        forced: str = "",
    ) -> BookingChange:
        """Move the meeting if `check`, given it and the meetings overlapping its new time, lets it: `check`
        returns the rules the move breaks under `forced` (kept with the meeting), or raises to refuse."""
        with self._sessions() as session, session.begin():
            lock_register(session)
            current = get_booking(session, meeting_id)
            broken = check(current, bookings_overlapping(session, start, end))
            return move_booking(
                session,
                meeting_id,
                start,
                end,
                reason=reason,
                by=by,
                at=at,
                forced=forced if broken else "",
                forced_over=broken,
            )

    def cancel(
        self, meeting_id: int, reason: str, by: str, at: datetime, check: CheckCancel
    ) -> BookingChange:
        with self._sessions() as session, session.begin():
            lock_register(session)
            check(get_booking(session, meeting_id))
            return cancel_booking(session, meeting_id, reason=reason, by=by, at=at)
