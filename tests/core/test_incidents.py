"""Incident rules, MCU-unreachable suppression, shared-fault grouping and attendance."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    Change,
    GroupBy,
    IncidentGrouped,
    IncidentKind,
    IncidentOpened,
    IncidentResolved,
    LinkChanged,
    LinkState,
    ParentOpened,
    Severity,
)
from console.domain.mcu import LinkReason
from console.live.incident_rules import IncidentTracker
from console.live.rules import IncidentRules

from .media_rig import Rig, at, joined, left, link, registry, row, updated


def opened(changes: Sequence[Change], kind: IncidentKind | None = None) -> list[IncidentOpened]:
    return [c for c in changes if isinstance(c, IncidentOpened) and (kind is None or c.incident.kind is kind)]


def resolved(changes: Sequence[Change]) -> list[IncidentResolved]:
    return [c for c in changes if isinstance(c, IncidentResolved)]


def of(changes: Sequence[Change], cls: type) -> list[Change]:
    return [c for c in changes if isinstance(c, cls)]


# --- lost connection and attendance ---------------------------------------------------------------


def test_lost_connection_opens_and_resolves_on_rejoin() -> None:
    tracker = IncidentTracker(registry())
    tracker.feed(joined(0, "u1", "Xã A0", "10.0.1.20"))
    out = tracker.feed(left(30, "u1", "Xã A0"))
    [op] = opened(out)
    assert op.incident.site == "X.A.0"
    assert op.incident.kind is IncidentKind.LINK_DOWN
    assert op.incident.severity is Severity.CRITICAL
    assert op.incident.opened_at == at(30) and op.incident.resolved_at is None
    assert (op.incident.cause, op.incident.fix, op.incident.eta) == ("", "", None)
    assert tracker.open_key("X.A.0", IncidentKind.LINK_DOWN) == op.key
    out = tracker.feed(joined(95, "u2", "Xã A0", "10.0.1.20"))
    assert resolved(out) == [IncidentResolved(op.key, at(95))]
    assert tracker.open_incidents() == {}


def test_operator_disconnect_opens_nothing() -> None:
    tracker = IncidentTracker(registry())
    tracker.feed(joined(0, "u1", "Xã A0"))
    out = tracker.feed(left(30, "u1", "Xã A0", by_operator=True))
    assert opened(out) == []
    assert out == [AttendanceLeft("X.A.0", "u1", at(30), True, "giao-ban")]


def test_ended_conference_leaves_open_nothing_until_it_restarts() -> None:
    tracker = IncidentTracker(registry())
    tracker.feed(joined(0, "u1", "Xã A0"))
    tracker.feed(joined(0, "u2", "Xã A1"))
    tracker.conference_ended("giao-ban")
    assert opened(tracker.feed(left(30, "u1", "Xã A0"))) == []
    tracker.feed(joined(40, "u3", "Xã A2"))  # the conference is live again
    assert len(opened(tracker.feed(left(50, "u2", "Xã A1")))) == 1


def test_site_still_connected_by_a_second_call_is_not_down() -> None:
    tracker = IncidentTracker(registry())
    tracker.feed(joined(0, "u1", "Xã A0"))
    tracker.feed(joined(1, "u2", "Xã A0"))
    assert opened(tracker.feed(left(30, "u1", "Xã A0"))) == []
    assert tracker.connected("X.A.0")
    assert len(opened(tracker.feed(left(31, "u2", "Xã A0")))) == 1


def test_attendance_join_leave_rejoin_are_three_records() -> None:
    tracker = IncidentTracker(registry())
    changes = [
        *tracker.feed(joined(0, "u1", "Xã A0")),
        *tracker.feed(updated(5, "u1", "Xã A0", muted=True)),  # no record
        *tracker.feed(joined(6, "u1", "Xã A0")),  # duplicate join: no record
        *tracker.feed(left(10, "u1", "Xã A0")),
        *tracker.feed(joined(20, "u2", "Xã A0")),
    ]
    records = [c for c in changes if isinstance(c, AttendanceJoined | AttendanceLeft)]
    assert records == [
        AttendanceJoined("X.A.0", "u1", at(0), "giao-ban"),
        AttendanceLeft("X.A.0", "u1", at(10), False, "giao-ban"),
        AttendanceJoined("X.A.0", "u2", at(20), "giao-ban"),
    ]


def test_site_not_in_registry_is_named_by_its_display_name() -> None:
    tracker = IncidentTracker(registry())
    out = tracker.feed(joined(0, "g1", "Khách mời Bộ Nội vụ", "sip:guest@203.0.113.5"))
    assert out == [AttendanceJoined("Khách mời Bộ Nội vụ", "g1", at(0), "giao-ban")]
    [op] = opened(tracker.feed(left(9, "g1", "Khách mời Bộ Nội vụ")))
    assert op.incident.site == "Khách mời Bộ Nội vụ"


def test_registry_match_by_address_wins_over_display_name() -> None:
    tracker = IncidentTracker(registry())
    out = tracker.feed(joined(0, "u1", "Polycom RealPresence", "sip:10.0.2.23"))
    assert out == [AttendanceJoined("X.B.3", "u1", at(0), "giao-ban")]


def test_custom_site_key_is_used() -> None:
    tracker = IncidentTracker(registry(), lambda name, _addr: name.upper())
    assert tracker.feed(joined(0, "u1", "xa a0")) == [AttendanceJoined("XA A0", "u1", at(0), "giao-ban")]


def test_one_open_incident_per_site_and_kind() -> None:
    tracker = IncidentTracker(registry())
    tracker.feed(joined(0, "u1", "Xã A0"))
    first = opened(tracker.feed(left(10, "u1", "Xã A0")))
    again = opened(tracker.feed(left(11, "u-unknown", "Xã A0")))  # a stray second leave
    assert len(first) == 1 and again == []
    assert len(tracker.open_incidents()) == 1


# --- MCU reachability -----------------------------------------------------------------------------


def test_mcu_unreachable_opens_and_resolves() -> None:
    tracker = IncidentTracker(registry(), mcu="MCU-1")
    [op] = opened(tracker.feed(link(5, LinkState.UNREACHABLE)))
    assert (op.incident.site, op.incident.kind, op.incident.severity) == (
        "MCU-1",
        IncidentKind.MCU_UNREACHABLE,
        Severity.CRITICAL,
    )
    assert tracker.feed(link(6, LinkState.UNREACHABLE)) == []
    assert tracker.feed(link(7, LinkState.CONNECTING)) == []
    assert tracker.feed(link(9, LinkState.CONNECTED)) == [IncidentResolved(op.key, at(9))]


def fault(t: float, state: LinkState, reason: LinkReason, error: str) -> LinkChanged:
    return LinkChanged(at(t), state, error, reason)


HOLD = IncidentRules().mcu_fault_s


def test_an_mcu_answering_with_errors_opens_an_incident_once_the_hold_has_passed() -> None:
    rig = Rig()
    rig.event(link(0, LinkState.CONNECTED))
    # a blip shorter than the hold opens nothing
    assert rig.event(fault(10, LinkState.DEGRADED, LinkReason.SERVER, "conference status: HTTP 503")) == []
    assert rig.run(11, 10 + int(HOLD) - 1, None) == {}
    assert rig.event(link(10 + HOLD - 1, LinkState.CONNECTED)) == []
    # 503 for good: the 1 Hz grading finds the hold passed (no further LinkChanged needed)
    start = 100
    assert rig.event(fault(start, LinkState.DEGRADED, LinkReason.SERVER, "conference status: HTTP 503")) == []
    rig.event(fault(start + 3, LinkState.DEGRADED, LinkReason.MALFORMED, "participant status: invalid JSON"))
    produced = rig.run(start + 1, start + int(HOLD) + 5, None)
    assert list(produced) == [start + int(HOLD)]
    [op] = opened(produced[start + int(HOLD)])
    assert (op.incident.site, op.incident.kind, op.incident.severity) == (
        "MCU",
        IncidentKind.MCU_UNREACHABLE,
        Severity.CRITICAL,
    )
    assert op.incident.opened_at == at(start)  # the onset of the fault, not the moment the hold ran out
    assert op.incident.detail == "malformed: participant status: invalid JSON"  # the newest reason
    # turning UNREACHABLE and back to DEGRADED is still the same failure: nothing resolves, nothing new opens
    assert rig.event(fault(start + 40, LinkState.UNREACHABLE, LinkReason.TIMEOUT, "timed out")) == []
    assert rig.event(fault(start + 50, LinkState.DEGRADED, LinkReason.SERVER, "HTTP 502")) == []
    assert rig.run(start + 50, start + 90, None) == {}
    assert rig.tracker.open_key("MCU", IncidentKind.MCU_UNREACHABLE) == op.key
    # only a proper answer resolves it
    assert rig.event(link(start + 95, LinkState.CONNECTED)) == [IncidentResolved(op.key, at(start + 95))]
    assert rig.tracker.open_incidents() == {}


def test_a_refused_login_is_an_mcu_auth_incident() -> None:
    tracker = IncidentTracker(registry(), mcu="MCU-1")
    tracker.feed(link(0, LinkState.CONNECTING))
    # never logged in: the wrong password is an incident at once, waiting cannot mend it
    [op] = opened(tracker.feed(fault(1, LinkState.DEGRADED, LinkReason.AUTH, "not authorised (HTTP 401)")))
    assert (op.incident.site, op.incident.kind, op.incident.opened_at) == (
        "MCU-1",
        IncidentKind.MCU_AUTH,
        at(1),
    )
    assert op.incident.detail == "auth: not authorised (HTTP 401)"
    assert tracker.open_key("MCU-1", IncidentKind.MCU_AUTH) == op.key
    assert tracker.open_key("MCU-1", IncidentKind.MCU_UNREACHABLE) is None
    assert tracker.feed(link(30, LinkState.CONNECTED)) == [IncidentResolved(op.key, at(30))]
    # once logged in, a 403 must last the hold first (a session hiccup is not an incident)
    assert tracker.feed(fault(40, LinkState.DEGRADED, LinkReason.AUTH, "HTTP 403")) == []
    rig_report = Rig().grader.grade(at(40 + HOLD))
    [again] = opened(tracker.feed_health(rig_report))
    assert (again.incident.kind, again.incident.opened_at) == (IncidentKind.MCU_AUTH, at(40))


def test_an_untrusted_certificate_before_the_first_answer_opens_at_once() -> None:
    tracker = IncidentTracker(registry())
    error = "conference status: certificate not trusted (self-signed certificate)"
    [op] = opened(tracker.feed(fault(2, LinkState.DEGRADED, LinkReason.TLS, error)))
    assert op.incident.kind is IncidentKind.MCU_UNREACHABLE and op.incident.detail == f"tls: {error}"


def test_the_mcu_incident_follows_the_nature_of_the_fault() -> None:
    rig = Rig()
    rig.event(link(0, LinkState.CONNECTED))
    [down] = opened(rig.event(fault(10, LinkState.UNREACHABLE, LinkReason.UNREACHABLE, "cannot connect")))
    # the MCU is back but refuses the credentials: after the hold the unreachable incident gives way
    assert rig.event(fault(20, LinkState.DEGRADED, LinkReason.AUTH, "HTTP 401")) == []
    produced = rig.run(21, 21 + int(HOLD), None)
    [out] = produced.values()
    assert out[0] == IncidentResolved(down.key, at(20))
    [auth] = opened(out)
    assert (auth.incident.kind, auth.incident.opened_at) == (IncidentKind.MCU_AUTH, at(20))
    assert len(rig.tracker.open_incidents()) == 1


def test_a_failing_event_stream_does_not_blind_the_health_rules() -> None:
    rig = Rig()
    rig.event(link(0, LinkState.CONNECTED))
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 10, {"u1": row()})
    rig.event(fault(10, LinkState.DEGRADED, LinkReason.STALLED, "event stream: stalled"))
    # the polls still answer: their statistics are the truth, a silent site is still an incident
    produced = rig.run(10, 40, {"u1": row(audio_bitrate=0.0)})
    kinds = {c.incident.kind: t for t, cs in produced.items() for c in opened(cs)}
    assert kinds == {IncidentKind.NO_AUDIO: 24, IncidentKind.MCU_UNREACHABLE: 10 + int(HOLD)}


def test_mcu_unreachable_suppresses_per_site_incidents_from_missing_or_frozen_data() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 20, {"u1": row()})
    rig.event(link(20, LinkState.UNREACHABLE))
    # nothing arrives for a minute, then stale snapshots showing silence
    assert rig.run(20, 80, None) == {}
    assert rig.run(80, 120, {"u1": row(audio_bitrate=0.0)}) == {}
    out = rig.event(link(120, LinkState.CONNECTED))
    assert [type(c) for c in out] == [IncidentResolved]
    # once the link is back the rules run again, with their timers started afresh
    produced = rig.run(120, 160, {"u1": row(audio_bitrate=0.0)})
    [op] = [c for cs in produced.values() for c in opened(cs)]
    assert op.incident.kind is IncidentKind.NO_AUDIO
    assert op.incident.opened_at == at(120)


# --- media rules ----------------------------------------------------------------------------------


def test_no_audio_opens_after_sustained_silence_and_resolves_when_sound_returns() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    assert rig.run(1, 10, {"u1": row()}) == {}
    # silent from t=10: the window (t-5, t] is all silent from t=14; 10 s later the incident opens
    produced = rig.run(10, 40, {"u1": row(audio_bitrate=0.0)})
    assert list(produced) == [24]
    [op] = produced[24]
    assert isinstance(op, IncidentOpened)
    assert (op.incident.kind, op.incident.severity, op.incident.opened_at) == (
        IncidentKind.NO_AUDIO,
        Severity.CRITICAL,
        at(14),
    )
    # sound back at 40; resolved 5 s later, dated when it came back
    produced = rig.run(40, 60, {"u1": row()})
    assert produced == {45: [IncidentResolved(op.key, at(40))]}


def test_short_silence_opens_nothing() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 10, {"u1": row()})
    rig.run(10, 22, {"u1": row(audio_bitrate=0.0)})  # silent windows 14..21: 8 s < 10 s
    rig.run(22, 60, {"u1": row()})
    assert opened(rig.changes) == []


def test_muted_site_has_no_no_audio_incident() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0", muted=True))
    assert rig.run(1, 60, {"u1": row(audio_bitrate=0.0)}) == {}
    # unmuted but still silent: now it counts, from the first silent window after the unmute
    rig.event(updated(60, "u1", "Xã A0"))
    produced = rig.run(60, 80, {"u1": row(audio_bitrate=0.0)})
    assert list(produced) == [70]
    [op] = opened(produced[70])
    assert op.incident.opened_at == at(60)


def test_muting_resolves_an_open_no_audio() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    produced = rig.run(1, 30, {"u1": row(audio_bitrate=0.0)})
    [op] = opened(produced[11])
    rig.event(updated(30, "u1", "Xã A0", muted=True))
    assert rig.run(30, 40, {"u1": row(audio_bitrate=0.0)}) == {35: [IncidentResolved(op.key, at(30))]}


@pytest.mark.parametrize("field", ["video_bitrate", "rx_fps"])
def test_no_video_from_bitrate_or_frame_rate(field: str) -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 10, {"u1": row()})
    produced = rig.run(10, 30, {"u1": row(**{field: 0.0})})
    assert list(produced) == [24]
    [op] = opened(produced[24])
    assert op.incident.kind is IncidentKind.NO_VIDEO and op.incident.opened_at == at(14)
    # low_bitrate stays out of it: no picture is its own incident
    produced = rig.run(30, 60, {"u1": row()})
    assert produced == {35: [IncidentResolved(op.key, at(30))]}
    assert opened(rig.changes, IncidentKind.LOW_BITRATE) == []


def test_video_muted_site_has_no_no_video_incident() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0", video_muted=True))
    assert rig.run(1, 60, {"u1": row(video_bitrate=0.0, rx_fps=0.0, rx_bitrate=64.0)}) == {}


def test_sustained_red_loss_opens_packet_loss_warning_and_resolves_when_grade_leaves_red() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 10, {"u1": row()})
    # 8 % from t=10: window mean red from t=13 (6.4 %); open 10 s later
    produced = rig.run(10, 40, {"u1": row(tx_loss=8.0)})
    assert list(produced) == [23]
    [op] = opened(produced[23])
    assert (op.incident.kind, op.incident.severity, op.incident.opened_at) == (
        IncidentKind.PACKET_LOSS,
        Severity.WARNING,
        at(13),
    )
    assert op.incident.detail == "tx_loss=8.0"
    # clean from 40: last red window at 40, the grade is held red until 50
    produced = rig.run(40, 70, {"u1": row()})
    assert produced == {50: [IncidentResolved(op.key, at(50))]}


def test_amber_loss_opens_nothing() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    assert rig.run(1, 120, {"u1": row(rx_loss=4.0)}) == {}


def test_jitter_and_low_bitrate_rules() -> None:
    from console.live.rules import Thresholds

    rig = Rig(thresholds=Thresholds(nominal_kbps=1500.0))
    rig.event(joined(0, "u1", "Xã A0"))
    rig.event(joined(0, "u2", "Xã A1"))
    rig.run(1, 10, {"u1": row(), "u2": row()})
    produced = rig.run(10, 40, {"u1": row(rx_jitter=80.0), "u2": row(rx_bitrate=300.0)})
    kinds = {
        (c.incident.site, c.incident.kind, c.incident.severity)
        for cs in produced.values()
        for c in opened(cs)
    }
    assert kinds == {
        ("X.A.0", IncidentKind.JITTER, Severity.WARNING),
        ("X.A.1", IncidentKind.LOW_BITRATE, Severity.WARNING),
    }


def test_leaving_resolves_media_incidents_and_opens_link_down() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    produced = rig.run(1, 30, {"u1": row(audio_bitrate=0.0)})
    [op] = opened(produced[11])
    out = rig.event(left(30, "u1", "Xã A0"))
    assert out[1] == IncidentResolved(op.key, at(30))
    assert [c.incident.kind for c in opened(out)] == [IncidentKind.LINK_DOWN]
    assert rig.run(30, 60, None) == {}  # a gone site opens no media incident


def test_site_without_data_keeps_its_incidents() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    produced = rig.run(1, 30, {"u1": row(audio_bitrate=0.0)})
    assert len(opened(produced[11])) == 1
    assert rig.run(30, 90, None) == {}  # polls stop for this site: neither new nor resolved incidents


@settings(max_examples=40, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=80))
def test_at_most_one_open_incident_per_site_and_kind(silences: list[bool]) -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    for t, silent in enumerate(silences, start=1):
        rig.tick(t, {"u1": row(audio_bitrate=0.0 if silent else 64.0)})
        assert len(rig.tracker.open_incidents()) <= 1
    # opens and resolves alternate
    seq = [type(c) for c in rig.changes if isinstance(c, IncidentOpened | IncidentResolved)]
    assert seq == [IncidentOpened, IncidentResolved] * (len(seq) // 2) + [IncidentOpened] * (len(seq) % 2)


# --- shared faults --------------------------------------------------------------------------------


def drop(tracker: IncidentTracker, sites: Sequence[tuple[float, str]]) -> list[Change]:
    out: list[Change] = []
    for i, (_, name) in enumerate(sites):
        out += tracker.feed(joined(0, f"u{i}", name))
    for i, (t, name) in enumerate(sites):
        out += tracker.feed(left(t, f"u{i}", name))
    return out


def test_storm_in_one_district_groups_under_one_parent() -> None:
    tracker = IncidentTracker(registry())
    names = [(100 + 0.7 * i, f"Xã A{i}") for i in range(5)]  # five communes of district A within 3 s
    out = drop(tracker, names)
    parents = of(out, ParentOpened)
    assert len(parents) == 1
    [parent] = parents
    assert isinstance(parent, ParentOpened)
    assert parent.group_by is GroupBy.DISTRICT
    assert (parent.incident.site, parent.incident.kind) == ("H.A", IncidentKind.LINK_DOWN)
    assert parent.incident.severity is Severity.CRITICAL and parent.incident.opened_at == at(100)
    children = {c.key for c in opened(out)} - {parent.key}
    assert len(children) == 5
    assert {c.key for c in of(out, IncidentGrouped) if isinstance(c, IncidentGrouped)} == children
    assert all(tracker.parent_of(k) == parent.key for k in children)
    assert tracker.children(parent.key) == children
    # the parent resolves with the last child
    back: list[Change] = []
    for i, (_, name) in enumerate(names):
        back += tracker.feed(joined(200 + i, f"r{i}", name))
    assert [r.key for r in resolved(back)][-1] == parent.key
    assert resolved(back)[-1].at == at(204)
    assert [r.key for r in resolved(back)[:-1]] == sorted(children)
    assert tracker.open_incidents() == {}


def test_scattered_drops_make_no_parent() -> None:
    tracker = IncidentTracker(registry())
    out = drop(tracker, [(100 + 60 * i, f"Xã A{i}") for i in range(5)])
    assert of(out, ParentOpened) == [] and len(opened(out)) == 5


def test_two_drops_are_not_a_storm() -> None:
    tracker = IncidentTracker(registry())
    out = drop(tracker, [(100, "Xã A0"), (101, "Xã A1"), (102, "Khách mời")])
    assert of(out, ParentOpened) == []


def test_provider_storm_across_districts() -> None:
    tracker = IncidentTracker(registry())
    # A (VNPT) and C (VNPT) communes, never three of one district
    out = drop(tracker, [(100, "Xã A0"), (101, "Xã C0"), (102, "Xã A1"), (103, "Xã C1")])
    [parent] = of(out, ParentOpened)
    assert isinstance(parent, ParentOpened)
    assert parent.group_by is GroupBy.PROVIDER and parent.incident.site == "VNPT"
    assert len(of(out, IncidentGrouped)) == 4


def test_late_child_joins_the_open_parent() -> None:
    tracker = IncidentTracker(registry())
    out = drop(tracker, [(100, "Xã B0"), (101, "Xã B1"), (102, "Xã B2"), (400, "Xã B3")])
    [parent] = of(out, ParentOpened)
    assert isinstance(parent, ParentOpened)
    assert parent.incident.site == "H.B"
    assert len(tracker.children(parent.key)) == 4


def test_different_kinds_do_not_group_together() -> None:
    tracker = IncidentTracker(registry())
    drop(tracker, [(100, "Xã A0"), (101, "Xã A1")])
    rig_changes = tracker.feed(link(102, LinkState.UNREACHABLE))
    assert of(rig_changes, ParentOpened) == []


def test_parented_children_do_not_count_towards_another_group() -> None:
    tracker = IncidentTracker(registry())
    # three of district A (VNPT) make a district parent; a VNPT site of district C right after stays alone
    out = drop(tracker, [(100, "Xã A0"), (101, "Xã A1"), (102, "Xã A2"), (103, "Xã C0")])
    [parent] = of(out, ParentOpened)
    assert isinstance(parent, ParentOpened) and parent.group_by is GroupBy.DISTRICT
    c0 = tracker.open_key("X.C.0", IncidentKind.LINK_DOWN)
    assert c0 is not None and tracker.parent_of(c0) is None
    assert len(tracker.children(parent.key)) == 3


def test_brief_outage_restarts_the_timers_even_without_reports_in_between() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 8, {"u1": row(audio_bitrate=0.0)})
    rig.event(link(8, LinkState.UNREACHABLE))
    rig.event(link(8, LinkState.CONNECTED))
    produced = rig.run(8, 30, {"u1": row(audio_bitrate=0.0)})
    [op] = opened(produced[18])
    assert op.incident.kind is IncidentKind.NO_AUDIO and op.incident.opened_at == at(8)


# --- manual resolves: the rules keep watching, and reopen what is still broken --------------------------

REOPEN = int(IncidentRules().reopen_s)


def lost(rig: Rig, t: float, uuid: str, name: str) -> IncidentOpened:
    rig.event(joined(0, uuid, name))
    [op] = opened(rig.event(left(t, uuid, name)))
    return op


def test_a_site_still_lost_after_a_manual_resolve_opens_again_linked_to_it() -> None:
    rig = Rig()
    old = lost(rig, 30, "u1", "Xã A0")
    tracker = rig.tracker
    assert tracker.holds(old.key)
    tracker.resolved_by_hand(old.key, at(40))
    assert tracker.holds(old.key) and tracker.by_hand(old.key) == at(
        40
    )  # a person's word is not the site back
    produced = rig.run(41, 40 + REOPEN + 5, None)
    assert list(produced) == [40 + REOPEN]  # nothing before the hold has passed, once after it
    out = produced[40 + REOPEN]
    assert resolved(out) == [IncidentResolved(old.key, at(40))]
    [new] = opened(out)
    assert new.reopens == old.key
    assert (new.incident.site, new.incident.kind, new.incident.opened_at) == (
        "X.A.0",
        IncidentKind.LINK_DOWN,
        at(40),  # the log covers the whole outage: the new incident takes over where the old one was closed
    )
    assert tracker.open_key("X.A.0", IncidentKind.LINK_DOWN) == new.key and tracker.by_hand(new.key) is None
    assert resolved(rig.event(joined(200, "u2", "Xã A0"))) == [IncidentResolved(new.key, at(200))]


def test_a_site_back_before_the_hold_is_not_reopened() -> None:
    rig = Rig()
    old = lost(rig, 30, "u1", "Xã A0")
    rig.tracker.resolved_by_hand(old.key, at(40))
    rig.run(41, 50, None)
    assert resolved(rig.event(joined(50, "u2", "Xã A0"))) == [IncidentResolved(old.key, at(50))]
    assert not rig.tracker.holds(old.key)
    assert opened([c for cs in rig.run(51, 200, None).values() for c in cs]) == []
    assert rig.tracker.open_incidents() == {}


def test_a_site_still_silent_after_a_manual_resolve_opens_again() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 10, {"u1": row()})
    [old] = [c for cs in rig.run(10, 40, {"u1": row(audio_bitrate=0.0)}).values() for c in opened(cs)]
    rig.tracker.resolved_by_hand(old.key, at(40))
    produced = rig.run(40, 40 + REOPEN + 5, {"u1": row(audio_bitrate=0.0)})
    assert list(produced) == [40 + REOPEN]
    [new] = opened(produced[40 + REOPEN])
    assert (new.reopens, new.incident.kind, new.incident.opened_at) == (
        old.key,
        IncidentKind.NO_AUDIO,
        at(40),
    )


def test_sound_back_but_not_yet_settled_no_longer_holds_and_never_reopens() -> None:
    rig = Rig()
    rig.event(joined(0, "u1", "Xã A0"))
    rig.run(1, 10, {"u1": row()})
    [old] = [c for cs in rig.run(10, 40, {"u1": row(audio_bitrate=0.0)}).values() for c in opened(cs)]
    assert rig.tracker.holds(old.key) and rig.tracker.clearing() == frozenset()
    rig.run(40, 42, {"u1": row()})  # sound is back; the rules wait no_media_clear_s before resolving
    assert rig.tracker.clearing() == {old.key} and not rig.tracker.holds(old.key)
    rig.tracker.resolved_by_hand(old.key, at(42))
    produced = rig.run(42, 42 + REOPEN + 5, {"u1": row()})
    assert produced == {45: [IncidentResolved(old.key, at(40))]}
    assert rig.tracker.clearing() == frozenset()


def test_an_mcu_still_unreachable_after_a_manual_resolve_opens_again_and_one_back_does_not() -> None:
    rig = Rig()
    rig.tracker.mcu = "MCU-1"
    rig.event(link(0, LinkState.CONNECTED))
    [old] = opened(rig.event(fault(5, LinkState.UNREACHABLE, LinkReason.UNREACHABLE, "cannot connect")))
    assert rig.tracker.holds(old.key)
    rig.tracker.resolved_by_hand(old.key, at(10))
    produced = rig.run(6, 10 + REOPEN + 5, None)
    assert list(produced) == [10 + REOPEN]
    assert resolved(produced[10 + REOPEN]) == [IncidentResolved(old.key, at(10))]
    [new] = opened(produced[10 + REOPEN])
    assert (new.reopens, new.incident.site, new.incident.kind) == (
        old.key,
        "MCU-1",
        IncidentKind.MCU_UNREACHABLE,
    )
    assert "cannot connect" in new.incident.detail

    rig.tracker.resolved_by_hand(new.key, at(60))
    assert rig.event(link(70, LinkState.CONNECTED)) == [IncidentResolved(new.key, at(70))]
    assert opened([c for cs in rig.run(71, 200, None).values() for c in cs]) == []


def test_a_shared_fault_resolved_by_hand_takes_no_more_sites_and_reopens_as_a_linked_parent() -> None:
    rig = Rig()
    for i in range(4):
        rig.event(joined(0, f"u{i}", f"Xã A{i}"))
    out: list[Change] = []
    for i in range(4):
        out += rig.event(left(100 + i, f"u{i}", f"Xã A{i}"))
    [parent] = of(out, ParentOpened)
    assert isinstance(parent, ParentOpened)
    children = rig.tracker.children(parent.key)
    assert len(children) == 4 and rig.tracker.holds(parent.key)
    for key in (*sorted(children), parent.key):  # what the desk does for a parent
        rig.tracker.resolved_by_hand(key, at(110))
    # a fifth commune drops after the resolve: it does not join the parent a person has closed
    rig.event(joined(0, "u4", "Xã A4"))
    late = rig.event(left(112, "u4", "Xã A4"))
    assert of(late, IncidentGrouped) == []
    produced = rig.run(111, 110 + REOPEN + 5, None)
    assert list(produced) == [110 + REOPEN]
    out = produced[110 + REOPEN]
    assert {r.key for r in resolved(out)} == {*children, parent.key}
    reopened = opened(out)
    assert sorted(r.reopens for r in reopened if r.reopens is not None) == sorted(children)
    [again] = of(out, ParentOpened)
    assert isinstance(again, ParentOpened)
    assert again.reopens == parent.key and again.incident.site == "H.A"
    # the four reopened sites and the late one are the new shared fault
    assert len(rig.tracker.children(again.key)) == 5
