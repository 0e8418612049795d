"""A log with known answers for the reports, on a real SQLite file (and on PostgreSQL when BRIDGEWALL_TEST_PG is
set): the second half of 2025 holds two registered meetings that were held (one on time, one an emergency), one
registered and never held, one cancelled, one recorded from the MCU alone, known absences, and incidents with known
restore times — one shared fault, one crossing the period's end and one opened before its start.

The answers, worked out by hand, are in the tests; times are UTC (08:00 in Asia/Ho_Chi_Minh is 01:00Z).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.domain import Incident, IncidentKind, Severity
from console.domain.register import Announcement, Booking, MeetingState
from db.records import open_incident, record_join, record_leave, resolve_incident
from db.register import add_bookings
from db.sites import save_network
from tests.db.conftest import db_url, engine, session, small_network

__all__ = ["db_url", "engine", "fill", "session"]

HOST, DISTRICT, X1, X2 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG", "DB.X.CHIENGDONG"
DISTRICT_NAME = "UBND huyện Tuần Giáo"
AFTER = datetime(2026, 1, 10, tzinfo=UTC)  # "now" for the figures: the whole period is past


def t(month: int, day: int, hour: int, minute: int = 0, year: int = 2025) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def _span(s: Session, site: str, meeting: int, a: datetime, b: datetime) -> None:
    record_join(s, site, a, meeting_id=meeting)
    record_leave(s, b, site=site, meeting_id=meeting)


def _incident(
    s: Session,
    site: str,
    kind: IncidentKind,
    severity: Severity,
    a: datetime,
    b: datetime | None,
    parent: int | None = None,
) -> int:
    i = open_incident(s, Incident(site, kind, severity, a, meeting_id=None, parent_id=parent))
    if b is not None:
        resolve_incident(s, i, b, cause="Đứt cáp quang", fix="Nhà mạng hàn lại cáp")
    return i


def fill(engine: Engine) -> dict[str, int]:
    """Write the known log; returns the meetings' ids by name."""
    with Session(engine) as s:
        save_network(s, small_network())
        m1, m2, m3, m4, m6 = add_bookings(
            s,
            [
                # held, registered 5 days ahead (on time): 08:00–10:00 local on 7 September
                Booking(
                    "Giao ban quý III",
                    "UBND tỉnh",
                    HOST,
                    t(9, 7, 1),
                    t(9, 7, 3),
                    (DISTRICT, X1, X2),
                    conference="giaoban",
                    registered_at=t(9, 2, 1),
                    registered_by="ops",
                ),
                # held, an emergency announced by phone an hour ahead: 14:00–15:30 local on 2 November
                Booking(
                    "=Họp khẩn phòng chống bão",  # a title a spreadsheet could take for a formula
                    "Văn phòng Tỉnh ủy",
                    HOST,
                    t(11, 2, 7),
                    t(11, 2, 8, 30),
                    (X1, X2),
                    emergency=True,
                    announced_by=Announcement.PHONE,
                    registered_at=t(11, 2, 6),
                    registered_by="ops",
                    state=MeetingState.HELD,
                ),
                # registered a day ahead (late), never held
                Booking(
                    "Tập huấn",
                    "Sở Khoa học và Công nghệ",
                    HOST,
                    t(12, 1, 1),
                    t(12, 1, 3),
                    (X1,),
                    registered_at=t(11, 30, 1),
                ),
                # cancelled
                Booking(
                    "Hội nghị sơ kết",
                    "UBND tỉnh",
                    HOST,
                    t(10, 1, 1),
                    t(10, 1, 3),
                    (X1, X2),
                    registered_at=t(9, 1, 1),
                    state=MeetingState.CANCELLED,
                ),
                # before the period: not counted
                Booking(
                    "Giao ban quý II",
                    "UBND tỉnh",
                    HOST,
                    t(6, 15, 1),
                    t(6, 15, 3),
                    (X1, X2),
                    registered_at=t(6, 1, 1),
                ),
            ],
        )
        # the MCU's record of the first meeting (bound to it), and a meeting the MCU ran without a registration
        mcu1, m5 = add_bookings(
            s,
            [
                Booking(
                    "giaoban", "", None, t(9, 7, 1, 2), t(9, 7, 3, 5), state=MeetingState.HELD, held_as=m1
                ),
                Booking("adhoc", "", None, t(8, 10, 1), t(8, 10, 2), state=MeetingState.HELD),
            ],
        )
        # first meeting: the host and the district all along, X1 late, X2 absent
        _span(s, HOST, mcu1, t(9, 7, 1), t(9, 7, 3, 5))
        _span(s, DISTRICT, mcu1, t(9, 7, 1), t(9, 7, 3))
        _span(s, X1, mcu1, t(9, 7, 1, 30), t(9, 7, 3))
        # the emergency: X1 throughout, X2 absent
        _span(s, X1, m2, t(11, 2, 7), t(11, 2, 8, 30))
        # X1: 15 min critical while connected; 30 min warning in the emergency
        _incident(s, X1, IncidentKind.LINK_DOWN, Severity.CRITICAL, t(9, 7, 2), t(9, 7, 2, 15))
        _incident(s, X1, IncidentKind.PACKET_LOSS, Severity.WARNING, t(11, 2, 7, 30), t(11, 2, 8))
        # a shared fault of the district's cluster, with the district's own incident under it (named as the MCU
        # shows it): 10 minutes
        parent = _incident(
            s, "Tuần Giáo", IncidentKind.LINK_DOWN, Severity.CRITICAL, t(9, 7, 2, 30), t(9, 7, 2, 40)
        )
        _incident(
            s,
            DISTRICT_NAME,
            IncidentKind.LINK_DOWN,
            Severity.CRITICAL,
            t(9, 7, 2, 30),
            t(9, 7, 2, 40),
            parent=parent,
        )
        # X2: a power cut from 23:00 local on 31 December to 08:00 on 1 January (one hour inside the period)
        _incident(s, X2, IncidentKind.POWER, Severity.CRITICAL, t(12, 31, 16), t(1, 1, 1, year=2026))
        # X2: opened before the period, resolved inside it: counted in the first half, not here
        _incident(s, X2, IncidentKind.LINK_DOWN, Severity.CRITICAL, t(6, 30, 16), t(6, 30, 18))
        s.commit()
    return {"m1": m1, "m2": m2, "m3": m3, "m4": m4, "m5": m5, "m6": m6, "mcu1": mcu1}


def hours(*spans: tuple[datetime, datetime]) -> float:
    return sum((b - a for a, b in spans), timedelta()).total_seconds() / 3600
