"""The register's rules with known answers: lead time, rooms (host site included), MCU capacity."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from console.domain.register import Announcement, Booking, MeetingState
from console.register import (
    CapacityExceeded,
    EmergencyExempt,
    ForcedRule,
    LeadTimeViolation,
    RegisterRules,
    RoomConflict,
    Rule,
    WarningCode,
    check,
    forced,
)

NOW = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)  # Saturday 08:00 in Asia/Ho_Chi_Minh
NAMES = {"A": "UBND tỉnh", "B": "UBND huyện Tuần Giáo", "C": "UBND xã Quài Giang", "D": "UBND xã Chiềng Đông"}


def at(day: int, hour: float) -> datetime:
    """A time in March 2025, Asia/Ho_Chi_Minh wall clock (UTC+7)."""
    return datetime(2025, 3, day, tzinfo=UTC) + timedelta(hours=hour - 7)


def meeting(
    start: datetime,
    end: datetime,
    host: str = "A",
    sites: tuple[str, ...] = (),
    *,
    id: int | None = None,
    title: str = "Giao ban",
    **kw: object,
) -> Booking:
    return Booking(
        title=title,
        host_agency="UBND tỉnh",
        host_site=host,
        start=start,
        end=end,
        sites=sites,
        registered_at=NOW,
        id=id,
        **kw,  # type: ignore[arg-type]
    )


def test_a_meeting_two_days_ahead_passes_and_one_a_minute_short_is_refused_with_the_numbers() -> None:
    rules = RegisterRules()
    ok = check([meeting(NOW + timedelta(days=2), NOW + timedelta(days=2, hours=2))], [], rules, now=NOW)
    assert ok.ok and ok.warnings == ()
    short = check(
        [meeting(NOW + timedelta(days=2, minutes=-1), NOW + timedelta(days=2, hours=2))], [], rules, now=NOW
    )
    (v,) = short.violations
    assert isinstance(v, LeadTimeViolation)
    assert (v.rule, v.required, v.given) == (
        Rule.LEAD_TIME,
        timedelta(days=2),
        timedelta(days=1, hours=23, minutes=59),
    )
    assert str(v).startswith(
        "lead time: the meeting at 2025-03-03 07:59 +07:00 is registered 1 day 23 h 59 min ahead"
    )
    assert "the rule is 2 days" in str(v)


def test_the_lead_time_is_configurable() -> None:
    three = RegisterRules(lead_time=timedelta(days=3))
    verdict = check([meeting(at(3, 9), at(3, 11))], [], three, now=NOW)  # 2 days 1 hour ahead
    (v,) = verdict.violations
    assert isinstance(v, LeadTimeViolation) and v.required == timedelta(days=3)
    assert v.given == timedelta(days=2, hours=1)


def test_an_emergency_is_exempt_but_marked() -> None:
    urgent = meeting(
        NOW + timedelta(hours=3), NOW + timedelta(hours=4), emergency=True, announced_by=Announcement.FAX
    )
    verdict = check([urgent], [], RegisterRules(), now=NOW)
    assert verdict.ok
    (w,) = verdict.warnings  # typed, for the window to word; str() is the command line's line
    assert w == EmergencyExempt(timedelta(days=2), timedelta(hours=3), Announcement.FAX)
    assert w.code is WarningCode.EMERGENCY
    assert str(w) == "emergency, announced by fax: exempt from the 2 days lead time (registered 3 h ahead)"


def test_a_room_in_two_overlapping_meetings_is_refused_naming_the_other_meeting_and_the_sites() -> None:
    giao_ban = meeting(at(10, 8), at(10, 10), "A", ("B", "C"), id=7, title="Giao ban tuần")
    new = meeting(at(10, 9), at(10, 11), "D", ("C", "B"), title="Họp phòng chống thiên tai")
    verdict = check([new], [giao_ban], RegisterRules(), now=NOW, names=NAMES)
    (v,) = verdict.violations
    assert isinstance(v, RoomConflict)
    assert (v.other.id, v.other.title) == (7, "Giao ban tuần")
    assert [s.code for s in v.sites] == ["C", "B"]  # in the new meeting's order
    assert str(v) == (
        "room conflict: UBND xã Quài Giang (C), UBND huyện Tuần Giáo (B) already in meeting 7 "
        '"Giao ban tuần" (2025-03-10 08:00–10:00 +07:00), which overlaps 2025-03-10 09:00–11:00 +07:00'
    )


def test_the_host_site_counts_on_both_sides() -> None:
    hosted_at_b = meeting(at(10, 8), at(10, 10), "B", (), id=1)
    b_expected = meeting(at(10, 9), at(10, 10), "A", ("B",))
    (v,) = check([b_expected], [hosted_at_b], RegisterRules(), now=NOW).violations
    assert isinstance(v, RoomConflict) and [s.code for s in v.sites] == ["B"]
    b_hosts = meeting(at(10, 9), at(10, 10), "B", ("D",))
    b_was_expected = meeting(at(10, 8), at(10, 10), "A", ("B",), id=2)
    (v,) = check([b_hosts], [b_was_expected], RegisterRules(), now=NOW).violations
    assert isinstance(v, RoomConflict) and [s.code for s in v.sites] == ["B"]


def test_meetings_that_touch_or_hold_no_room_do_not_conflict() -> None:
    first = meeting(at(10, 8), at(10, 10), "A", ("B",), id=1)
    after = meeting(at(10, 10), at(10, 12), "A", ("B",))
    assert check([after], [first], RegisterRules(), now=NOW).ok
    overlapping = meeting(at(10, 9), at(10, 11), "A", ("B",))
    for state in (MeetingState.CANCELLED, MeetingState.NOT_HELD):
        assert check([overlapping], [replace(first, state=state)], RegisterRules(), now=NOW).ok
    assert not check([overlapping], [replace(first, state=MeetingState.MOVED)], RegisterRules(), now=NOW).ok


def test_a_moved_meeting_is_not_in_conflict_with_itself() -> None:
    booked = meeting(at(10, 8), at(10, 10), "A", ("B",), id=5)
    moved = replace(booked, start=at(10, 9), end=at(10, 11))
    assert check([moved], [booked], RegisterRules(), now=NOW).ok


def test_the_capacity_counts_the_busiest_moment_only() -> None:
    # ports: A 4 (8–10), B 5 (9–11); the new meeting takes 3
    a = meeting(at(10, 8), at(10, 10), "A", ("A1", "A2", "A3"), id=1, title="A")
    b = meeting(at(10, 9), at(10, 11), "B", ("B1", "B2", "B3", "B4"), id=2, title="B")
    rules = RegisterRules(capacity_ports=10)
    early = meeting(at(10, 8.5), at(10, 9.5), "C", ("C1", "C2"))
    (v,) = check([early], [a, b], rules, now=NOW).violations
    assert isinstance(v, CapacityExceeded)
    assert (v.capacity, v.needed, v.own, v.at) == (10, 12, 3, at(10, 9))
    assert [(o.id, o.title, n) for o, n in v.others] == [(1, "A", 4), (2, "B", 5)]
    assert "12 ports needed at 2025-03-10 09:00 +07:00 where the MCU has 10" in str(v)
    # from 10:00 only B runs: 5 + 3 fits in 10
    late = meeting(at(10, 10), at(10, 10.5), "C", ("C1", "C2"))
    assert check([late], [a, b], rules, now=NOW).ok
    # A and B never meet the new one at once before 9:00: 4 + 3 fits in 7, and 9:00 is where it breaks
    assert check(
        [meeting(at(10, 8), at(10, 9), "C", ("C1", "C2"))], [a, b], RegisterRules(capacity_ports=7), now=NOW
    ).ok
    assert not check([early], [a, b], RegisterRules(capacity_ports=11), now=NOW).ok
    assert check([early], [a, b], RegisterRules(capacity_ports=12), now=NOW).ok
    assert check([early], [a, b], RegisterRules(capacity_ports=None), now=NOW).ok


def test_a_meeting_bigger_than_the_mcu_is_refused_on_its_own() -> None:
    big = meeting(at(10, 8), at(10, 9), "A", ("B", "C", "D"))
    (v,) = check([big], [], RegisterRules(capacity_ports=3), now=NOW).violations
    assert isinstance(v, CapacityExceeded) and (v.needed, v.others) == (4, ())


def test_a_series_is_checked_occurrence_by_occurrence_and_the_lead_time_once() -> None:
    other = meeting(at(17, 8), at(17, 9), "B", (), id=3, title="Họp Sở")
    weeks = [meeting(at(d, 7.5), at(d, 9), "A", ("B",)) for d in (2, 9, 16, 17)]  # the 2nd is too soon
    verdict = check(weeks, [other], RegisterRules(), now=NOW)
    rules = [v.rule for v in verdict.violations]
    assert rules == [Rule.LEAD_TIME, Rule.ROOM]
    assert verdict.first is verdict.violations[0]
    room = verdict.violations[1]
    assert isinstance(room, RoomConflict) and room.other.id == 3 and room.start == at(17, 7.5)


def test_new_occurrences_conflict_with_each_other() -> None:
    twice = [meeting(at(10, 8), at(10, 10), "A"), meeting(at(10, 9), at(10, 11), "A")]
    (v,) = check(twice, [], RegisterRules(), now=NOW).violations
    assert isinstance(v, RoomConflict) and v.other.id is None
    assert "another new occurrence" in str(v)


def test_forcing_keeps_every_broken_rule_as_a_warning_with_the_reason() -> None:
    giao_ban = meeting(at(2, 8), at(2, 10), "A", ("B",), id=7, title="Giao ban tuần")
    verdict = check([meeting(at(2, 9), at(2, 10), "B")], [giao_ban], RegisterRules(), now=NOW)
    assert [v.rule for v in verdict.violations] == [Rule.LEAD_TIME, Rule.ROOM]
    kept = forced(verdict, "Chủ tịch triệu tập")
    assert kept.ok and len(kept.warnings) == 2
    assert [(w.code, w.reason, w.violation) for w in kept.warnings if isinstance(w, ForcedRule)] == [
        (WarningCode.FORCED, "Chủ tịch triệu tập", v) for v in verdict.violations
    ]
    assert all(str(w).startswith("forced (Chủ tịch triệu tập): ") for w in kept.warnings)
    assert "meeting 7" in str(kept.warnings[1])
