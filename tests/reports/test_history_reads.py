"""The history view's reads on the known log of the reports (see conftest): every tab's rows, the filters, the
charts' series with known answers, a meeting's details, and the supervisor's right checked (a refusal audited)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import AuditTrail, Guard, PermissionDenied
from console.domain import CommandRecord, CommandResult, FloorRequest, FloorState, RequestSource
from console.domain.access import Actor, ActorKind, Role
from console.reports.period import parse_period
from console.reports.series import months_between
from console.runtime.bridge import HistoryChartsQuery, HistoryFilters, HistoryQuery, MeetingDetailQuery
from console.runtime.history import COLUMNS, HistoryKind, HistoryReader, HistoryRows, answer
from db.audit import AuditBook
from db.records import add_floor_request, finish_command, log_command
from tests.reports.conftest import AFTER, DISTRICT, HOST, X1, X2, fill, t

H2 = parse_period("2025-H2")
SUPERVISOR = Actor("lan", frozenset({Role.SUPERVISOR}), ActorKind.NAMED)
OPERATOR = Actor("minh", frozenset({Role.OPERATOR}), ActorKind.NAMED)


def reader(engine: Engine) -> HistoryReader:
    return HistoryReader(engine, now=lambda: AFTER)


def rows(engine: Engine, tab: HistoryKind, **filters: str) -> HistoryRows:
    return reader(engine).rows(HistoryQuery(tab.value, H2.start, H2.end, HistoryFilters(**filters)))


def column(r: HistoryRows, key: str) -> list[object]:
    at = [k for k, _ in COLUMNS[r.kind]].index(key)
    return [row.cells[at] for row in r.rows]


def test_the_incidents_tab_has_cause_fix_and_duration(engine: Engine) -> None:
    fill(engine)
    r = rows(engine, HistoryKind.INCIDENTS)
    # the shared fault's parent is not a line of its own; the June fault is in the first half
    assert [row.site for row in r.rows] == [X1, DISTRICT, X1, X2]
    assert column(r, "duration") == [900, 600, 1800, 3600]  # the power cut clipped at the period's end
    assert set(column(r, "cause")) == {"Đứt cáp quang"} and set(column(r, "fix")) == {"Nhà mạng hàn lại cáp"}
    assert column(r, "kind") == ["link_down", "link_down", "packet_loss", "power"]


def test_filters_keep_to_a_site_a_kind_a_severity_a_tier(engine: Engine) -> None:
    fill(engine)
    assert [row.site for row in rows(engine, HistoryKind.INCIDENTS, site=X1).rows] == [X1, X1]
    assert column(rows(engine, HistoryKind.INCIDENTS, kind="power"), "duration") == [3600]
    assert [row.site for row in rows(engine, HistoryKind.INCIDENTS, severity="warning").rows] == [X1]
    assert [row.site for row in rows(engine, HistoryKind.INCIDENTS, tier="district").rows] == [DISTRICT]
    assert rows(engine, HistoryKind.INCIDENTS, cluster="no such cluster").rows == ()
    # attendance of X2: expected twice, absent twice
    assert column(rows(engine, HistoryKind.ATTENDANCE, site=X2), "attended") == [False, False]
    # meetings by host agency
    assert column(rows(engine, HistoryKind.MEETINGS, agency="Văn phòng Tỉnh ủy"), "title") == [
        "=Họp khẩn phòng chống bão"
    ]


def test_the_meetings_tab_counts_as_the_report(engine: Engine) -> None:
    fill(engine)
    r = rows(engine, HistoryKind.MEETINGS)
    status = dict(zip(column(r, "title"), column(r, "status"), strict=True))
    assert status == {
        "adhoc": "held",
        "Giao ban quý III": "held",
        "Hội nghị sơ kết": "cancelled",
        "=Họp khẩn phòng chống bão": "held",
        "Tập huấn": "not_held",
    }
    first = r.rows[column(r, "title").index("Giao ban quý III")]
    assert first.cells[8:10] == (3, 2)  # three sites expected, two attended


def test_commands_floor_requests_and_the_audit_trail(engine: Engine) -> None:
    fill(engine)
    with Session(engine) as s:
        c = log_command(s, CommandRecord("lan", "mute_audio", X1, t(9, 7, 2, 1)))
        finish_command(s, c, CommandResult.OK, rtt_ms=42.0)
        log_command(s, CommandRecord("lan", "dial", X2, t(5, 1, 1)))  # before the period
        add_floor_request(
            s,
            FloorRequest(
                X1,
                FloorState.RELEASED,
                2,
                t(9, 7, 2, 5),
                RequestSource.PHONE,
                delegate="Ông Lò Văn Pó",
                topic="Đường vào bản",
                granted_at=t(9, 7, 2, 10),
                ended_at=t(9, 7, 2, 14),
            ),
        )
        s.commit()
    trail = AuditTrail(AuditBook(engine), bytes(32), lambda: t(10, 3, 4))
    trail.record(SUPERVISOR, "meeting.book", "Giao ban quý IV")
    commands = rows(engine, HistoryKind.COMMANDS)
    assert column(commands, "action") == ["mute_audio"] and column(commands, "result") == ["ok"]
    assert [row.site for row in commands.rows] == [X1]
    assert column(commands, "target") == ["UBND xã Quài Giang"]  # named as the registry names it
    floor = rows(engine, HistoryKind.FLOOR)
    assert column(floor, "state") == ["released"] and column(floor, "duration") == [240]
    assert rows(engine, HistoryKind.FLOOR, site=X2).rows == ()
    audit = rows(engine, HistoryKind.AUDIT)
    assert column(audit, "actor") == ["lan"] and column(audit, "target") == ["Giao ban quý IV"]


def test_a_meetings_details_are_what_meeting_show_gives(engine: Engine) -> None:
    ids = fill(engine)
    d = reader(engine).meeting(ids["m1"])
    assert (d.title, d.host_site) == ("Giao ban quý III", "UBND tỉnh Điện Biên")
    assert [s.code for s in d.attended] == [DISTRICT, X1]
    assert [s.code for s in d.absent] == [X2]
    assert [s.code for s in d.late] == [X1]
    assert sorted(i.site for i in d.incidents) == [DISTRICT, X1]
    assert d.actual_end is not None and d.actual_end.astimezone(UTC) == t(9, 7, 3, 5)
    with pytest.raises(LookupError):
        reader(engine).meeting(9999)


def test_chart_series_with_known_answers(engine: Engine) -> None:
    fill(engine)
    s = reader(engine).charts(HistoryChartsQuery(H2.start, H2.end))
    assert s.months == ("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12")
    assert s.meetings_per_month == (0, 1, 1, 0, 1, 0)  # adhoc in August, the two held in September, November
    assert dict(zip(s.kinds, s.incidents_per_month, strict=True)) == {
        "link_down": (0, 0, 2, 0, 0, 0),
        "packet_loss": (0, 0, 0, 0, 1, 0),
        "power": (0, 0, 0, 0, 0, 1),
    }
    assert dict(s.mttr_s) == {"link_down": 750, "packet_loss": 1800}
    assert [(w.code, w.incidents) for w in s.worst_sites] == [(X1, 2), (X2, 1), (DISTRICT, 1)]
    # the small network has no clusters: one group; X1 10800 s (900 red, 1800 amber), the district 7200 s
    # (600 red), the host 7500 s all green
    (q,) = s.quality
    assert q.connected_s == 25500
    assert (q.red, q.amber) == (round(1500 / 25500, 4), round(1800 / 25500, 4))
    only = reader(engine).charts(HistoryChartsQuery(H2.start, H2.end, HistoryFilters(kind="power")))
    assert only.kinds == ("power",) and only.incidents_per_month == ((0, 0, 0, 0, 0, 1),)
    assert HOST not in {w.code for w in s.worst_sites}


def test_months_are_local_months() -> None:
    # 17:00Z on 31 July is 00:00 on 1 August in Hà Nội
    assert months_between(datetime(2025, 7, 31, 17, tzinfo=UTC), datetime(2025, 9, 30, 17, tzinfo=UTC)) == (
        "2025-08",
        "2025-09",
    )


@dataclass
class _Parts:
    history: HistoryReader | None


@dataclass
class _Port:
    """What `answer` reads of the session's port: its parts, its guard and who is signed in."""

    parts: _Parts
    guard: Guard
    actor: Actor = field(default=SUPERVISOR)


def test_only_a_supervisor_reads_the_history_and_a_refusal_is_audited(engine: Engine) -> None:
    fill(engine)
    book = AuditBook(engine)
    guard = Guard(AuditTrail(book, bytes(32), lambda: AFTER))
    port = _Port(_Parts(reader(engine)), guard, OPERATOR)
    query = HistoryQuery(HistoryKind.INCIDENTS.value, H2.start, H2.end)
    with pytest.raises(PermissionDenied, match="supervisor"):
        asyncio.run(answer(port, query))  # type: ignore[arg-type]
    guard.flush()
    (refusal,) = book.records()
    assert (refusal.entry.actor, refusal.entry.action, str(refusal.entry.result)) == (
        "minh",
        "history.read",
        "refused",
    )
    port.actor = SUPERVISOR
    found = asyncio.run(answer(port, query))  # type: ignore[arg-type]
    assert isinstance(found, HistoryRows) and len(found.rows) == 4
    detail = asyncio.run(answer(port, MeetingDetailQuery(1)))  # type: ignore[arg-type]
    assert detail.title == "Giao ban quý III"
    guard.close()
