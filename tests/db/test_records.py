"""The log: meetings, cumulative attendance, the incident lifecycle, floor transitions, commands, batches."""

from __future__ import annotations

import functools

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.domain import (
    CommandRecord,
    CommandResult,
    FloorRequest,
    FloorState,
    Incident,
    IncidentKind,
    Meeting,
    RequestSource,
    Severity,
)
from db.records import (
    RecordNotFound,
    acknowledge_incident,
    add_floor_request,
    end_meeting,
    finish_command,
    get_command,
    get_floor_request,
    get_incident,
    get_meeting,
    latest_meeting_id,
    list_attendance,
    list_commands,
    list_floor_requests,
    list_floor_transitions,
    list_incidents,
    list_meetings,
    log_command,
    open_incident,
    record_floor_transition,
    record_join,
    record_leave,
    resolve_incident,
    site_attendance,
    start_meeting,
    update_incident,
    write_batch,
)
from db.sites import save_network

from .conftest import at, small_network

SITE = "DB.X.QUAIGIANG"


def _meeting(session: Session) -> int:
    save_network(session, small_network())
    return start_meeting(
        session,
        Meeting("Giao ban tháng 3", "UBND tỉnh", "DB.T.UBND", at(0), conference="giaoban", emergency=False),
    )


def test_meeting_start_and_end(engine: Engine) -> None:
    with Session(engine) as s:
        meeting_id = _meeting(s)
        s.commit()
    with Session(engine) as s:
        end_meeting(s, meeting_id, at(90))
        s.commit()
    with Session(engine) as s:
        meeting = get_meeting(s, meeting_id)
        assert (meeting.host_site, meeting.start, meeting.end) == ("DB.T.UBND", at(0), at(90))
        assert [m.id for m in list_meetings(s, since=at(0), until=at(1))] == [meeting_id]
        assert list_meetings(s, since=at(1)) == []
        with pytest.raises(RecordNotFound):
            start_meeting(s, Meeting("x", "y", "NO.SUCH.SITE", at(0)))


def test_attendance_is_cumulative(engine: Engine) -> None:
    with Session(engine) as s:
        meeting_id = _meeting(s)
        record_join(s, SITE, at(1), meeting_id=meeting_id, participant_uuid="p-1")
        s.commit()
    with Session(engine) as s:
        assert record_leave(s, at(10), participant_uuid="p-1") is not None
        s.commit()
    with Session(engine) as s:
        record_join(s, SITE, at(12), meeting_id=meeting_id, participant_uuid="p-2")
        assert record_leave(s, at(30), site=SITE, meeting_id=meeting_id, by_operator=True) is not None
        s.commit()
    with Session(engine) as s:
        spans = list_attendance(s, meeting_id=meeting_id)
        assert [(a.site, a.joined_at, a.left_at, a.left_by_operator) for a in spans] == [
            (SITE, at(1), at(10), False),
            (SITE, at(12), at(30), True),
        ]
        assert spans[0].id != spans[1].id
        # nothing is open any more: a stray leave changes nothing
        assert record_leave(s, at(40), site=SITE) is None
        assert list_attendance(s, open_only=True) == []
        assert [a.joined_at for a in list_attendance(s, since=at(5))] == [at(12)]
        assert [a.joined_at for a in list_attendance(s, until=at(12))] == [at(1)]


def test_a_sites_detail_reads_this_meeting_and_earlier_ones_today(engine: Engine) -> None:
    """The joins/leaves tab: every span of the current meeting (one begun before midnight too), other meetings'
    only from `since` (midnight) on, no other site's; the current meeting is the conference's last recorded."""
    since = at(60)
    with Session(engine) as s:
        save_network(s, small_network())
        yesterday = start_meeting(s, Meeting("Hôm qua", "", None, at(0), conference="giaoban"))
        morning = start_meeting(s, Meeting("Sáng nay", "", None, at(62), conference="giaoban"))
        urgent = start_meeting(s, Meeting("Khẩn", "", None, at(75), conference="khancap"))
        current = start_meeting(
            s, Meeting("Giao ban", "", None, at(50), conference="giaoban")
        )  # over midnight
        record_join(s, SITE, at(1), meeting_id=yesterday, participant_uuid="y")
        record_join(s, SITE, at(55), meeting_id=current, participant_uuid="c0")
        record_join(s, SITE, at(63), meeting_id=morning, participant_uuid="m")
        record_leave(s, at(64), participant_uuid="m")
        record_join(s, SITE, at(76), meeting_id=urgent, participant_uuid="u")
        record_join(s, "DB.T.UBND", at(80), meeting_id=current, participant_uuid="t")
        record_join(s, SITE, at(90), meeting_id=current, participant_uuid="c1")
        s.commit()
    with Session(engine) as s:
        assert latest_meeting_id(s, "giaoban") == current
        assert latest_meeting_id(s, "khancap") == urgent and latest_meeting_id(s, "other") is None
        spans = site_attendance(s, SITE, since=since, meeting_id=current)
        assert [(a.participant_uuid, a.meeting_id, a.joined_at, a.left_at) for a in spans] == [
            ("c0", current, at(55), None),
            ("m", morning, at(63), at(64)),
            ("u", urgent, at(76), None),
            ("c1", current, at(90), None),
        ]
        assert [a.participant_uuid for a in site_attendance(s, SITE, since=since)] == ["m", "u", "c1"]


def test_leave_closes_the_newest_open_span_of_that_participant(session: Session) -> None:
    record_join(session, "A", at(0), participant_uuid="a")
    record_join(session, "B", at(1), participant_uuid="b")
    left = record_leave(session, at(2), participant_uuid="b")
    session.commit()
    spans = {a.site: a for a in list_attendance(session)}
    assert spans["B"].id == left and spans["B"].left_at == at(2)
    assert spans["A"].left_at is None
    with pytest.raises(ValueError):
        record_leave(session, at(3))


def test_incident_lifecycle(engine: Engine) -> None:
    with Session(engine) as s:
        meeting_id = _meeting(s)
        parent = open_incident(
            s,
            Incident(
                "DB.H.TUANGIAO.UBND", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(5), meeting_id=meeting_id
            ),
        )
        child = open_incident(
            s, Incident(SITE, IncidentKind.NO_VIDEO, Severity.WARNING, at(6), detail="0 fps")
        )
        s.commit()
    with Session(engine) as s:
        assert update_incident(s, child, parent_id=parent, severity=Severity.CRITICAL, eta=at(30)) == child
        assert acknowledge_incident(s, parent, "operator1", at(7)) == parent
        acknowledge_incident(s, parent, "operator2", at(8))  # the first acknowledgement stands
        assert update_incident(s, parent, cause="cáp quang đứt", eta=at(40)) == parent
        s.commit()
    with Session(engine) as s:
        assert [i.id for i in list_incidents(s, open_only=True)] == [parent, child]
        assert resolve_incident(s, parent, at(35), fix="VNPT hàn cáp") == parent
        resolve_incident(s, child, at(36))
        update_incident(s, child, eta=None)
        s.commit()
    with Session(engine) as s:
        p, c = get_incident(s, parent), get_incident(s, child)
        assert (p.acknowledged_by, p.acknowledged_at) == ("operator1", at(7))
        assert (p.cause, p.fix, p.eta, p.resolved_at, p.meeting_id) == (
            "cáp quang đứt",
            "VNPT hàn cáp",
            at(40),
            at(35),
            meeting_id,
        )
        assert (c.parent_id, c.severity, c.eta, c.resolved_at, c.detail) == (
            parent,
            Severity.CRITICAL,
            None,
            at(36),
            "0 fps",
        )
        assert list_incidents(s, open_only=True) == []
        assert [i.id for i in list_incidents(s, since=at(6))] == [child]
        assert [i.id for i in list_incidents(s, site=SITE)] == [child]
        with pytest.raises(RecordNotFound):
            resolve_incident(s, 999_999, at(1))


def test_floor_transitions_are_recorded(engine: Engine) -> None:
    with Session(engine) as s:
        first = add_floor_request(
            s,
            FloorRequest(
                SITE, FloorState.PENDING, 2, at(1), source=RequestSource.PHONE, delegate="Ông A", seq=1
            ),
            actor="host-tech",
        )
        second = add_floor_request(s, FloorRequest("DB.X.CHIENGDONG", FloorState.PENDING, 0, at(2), seq=2))
        s.commit()
    with Session(engine) as s:
        record_floor_transition(s, first, FloorState.ACCEPTED, at(3), actor="chair")
        record_floor_transition(s, first, FloorState.GRANTED, at(4), actor="chair")
        record_floor_transition(s, first, FloorState.RELEASED, at(9), actor="operator", reason="hết giờ")
        record_floor_transition(s, second, FloorState.CANCELLED, at(5), actor="site")
        s.commit()
    with Session(engine) as s:
        req = get_floor_request(s, first)
        assert (req.state, req.granted_at, req.ended_at, req.reason, req.delegate) == (
            FloorState.RELEASED,
            at(4),
            at(9),
            "hết giờ",
            "Ông A",
        )
        steps = [(t.from_state, t.to_state, t.actor, t.at) for t in list_floor_transitions(s, first)]
        assert steps == [
            (None, FloorState.PENDING, "host-tech", at(1)),
            (FloorState.PENDING, FloorState.ACCEPTED, "chair", at(3)),
            (FloorState.ACCEPTED, FloorState.GRANTED, "chair", at(4)),
            (FloorState.GRANTED, FloorState.RELEASED, "operator", at(9)),
        ]
        assert len(list_floor_transitions(s)) == 6
        other = get_floor_request(s, second)
        assert (other.state, other.granted_at, other.ended_at) == (FloorState.CANCELLED, None, at(5))
        assert [r.id for r in list_floor_requests(s)] == [first, second]
        assert list_floor_requests(s, active_only=True) == []


def test_floor_requests_list_in_server_order(session: Session) -> None:
    late_clock = add_floor_request(session, FloorRequest("A", FloorState.PENDING, 0, at(50), seq=1))
    early_clock = add_floor_request(session, FloorRequest("B", FloorState.PENDING, 4, at(10), seq=2))
    session.commit()
    assert [r.id for r in list_floor_requests(session)] == [late_clock, early_clock]


def test_commands_are_logged_and_finished(engine: Engine) -> None:
    with Session(engine) as s:
        ok = log_command(s, CommandRecord("op1", "mute", SITE, at(1), args={"mute": True}))
        lost = log_command(s, CommandRecord("op1", "layout", "giaoban", at(2)))
        s.commit()
        assert get_command(s, ok).result is CommandResult.PENDING
    with Session(engine) as s:
        finish_command(s, ok, CommandResult.OK, rtt_ms=42.5)
        finish_command(s, lost, CommandResult.TIMEOUT, detail="no answer in 5 s")
        s.commit()
    with Session(engine) as s:
        records = list_commands(s)
        assert [(c.id, c.result, c.rtt_ms, c.detail) for c in records] == [
            (ok, CommandResult.OK, 42.5, ""),
            (lost, CommandResult.TIMEOUT, None, "no answer in 5 s"),
        ]
        assert records[0].args == {"mute": True}
        assert [c.id for c in list_commands(s, since=at(2))] == [lost]
        assert [c.id for c in list_commands(s, target=SITE)] == [ok]


def test_write_batch_commits_all_or_nothing(engine: Engine) -> None:
    with Session(engine) as s:
        ids = write_batch(
            s,
            [
                functools.partial(record_join, site="A", joined_at=at(0)),
                functools.partial(record_join, site="B", joined_at=at(0)),
                functools.partial(
                    open_incident, incident=Incident("A", IncidentKind.JITTER, Severity.INFO, at(1))
                ),
            ],
        )
    assert all(isinstance(i, int) for i in ids)
    with Session(engine) as s, pytest.raises(RecordNotFound):
        write_batch(
            s,
            [
                functools.partial(record_join, site="C", joined_at=at(2)),
                functools.partial(resolve_incident, incident_id=999_999, at=at(3)),
            ],
        )
    with Session(engine) as s:
        assert [a.site for a in list_attendance(s)] == ["A", "B"]
        assert len(list_incidents(s)) == 1
