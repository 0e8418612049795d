"""What a held meeting's attendance says, with known answers: attended, late, left early, seconds connected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.domain import Attendance
from console.domain.register import Booking
from console.register import actual_times, figures, site_figures, union_seconds

START = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)  # 08:00 +07:00
END = START + timedelta(hours=2)
AFTER = END + timedelta(days=1)


def t(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def span(site: str, joined: float, left: float | None) -> Attendance:
    return Attendance(meeting_id=1, site=site, joined_at=t(joined), left_at=None if left is None else t(left))


def test_union_of_overlapping_spans_clipped_to_the_window() -> None:
    spans = [(t(-10), t(30)), (t(20), t(50)), (t(60), t(70)), (t(65), t(200))]
    # [0, 50] + [60, 120] within the two-hour window
    assert union_seconds(spans, START, END) == (50 + 60) * 60
    assert union_seconds([], START, END) == 0
    assert union_seconds([(t(-30), t(-5))], START, END) == 0


def test_a_site_there_from_before_the_start_to_the_end() -> None:
    f = site_figures("A", "UBND tỉnh", [span("A", -15, 120)], START, END, AFTER)
    assert (f.attended, f.late, f.left_early, f.connected_s) == (True, False, False, 7200)
    assert (f.first_join, f.last_leave) == (t(-15), t(120))


def test_a_site_joining_after_the_start_is_late() -> None:
    f = site_figures("B", "B", [span("B", 12.5, 130)], START, END, AFTER)
    assert (f.attended, f.late, f.left_early, f.connected_s) == (True, True, False, 107.5 * 60)


def test_a_site_leaving_before_the_end_left_early_even_if_it_dropped_and_came_back_before() -> None:
    f = site_figures("C", "C", [span("C", -5, 40), span("C", 45, 90)], START, END, AFTER)
    assert (f.attended, f.late, f.left_early, f.connected_s) == (True, False, True, 85 * 60)


def test_a_drop_and_rejoin_in_the_middle_is_neither_late_nor_early() -> None:
    f = site_figures("D", "D", [span("D", 0, 30), span("D", 31, 125)], START, END, AFTER)
    assert (f.late, f.left_early, f.connected_s) == (False, False, 119 * 60)


def test_a_test_call_before_the_start_alone_is_absent() -> None:
    f = site_figures("E", "E", [span("E", -40, -10)], START, END, AFTER)
    assert (f.attended, f.late, f.left_early, f.connected_s) == (False, False, False, 0)


def test_a_site_still_connected_counts_up_to_now() -> None:
    now = t(30)
    f = site_figures("A", "A", [span("A", 10, None)], START, END, now)
    assert (f.attended, f.late, f.left_early, f.connected_s, f.last_leave) == (True, True, False, 1200, None)


def test_spans_are_matched_by_code_or_by_the_sites_name_and_absent_sites_are_listed() -> None:
    names = {"A": "UBND tỉnh", "B": "UBND huyện Tuần Giáo", "C": "UBND xã Quài Giang"}
    spans = [span("A", 0, 120), span("UBND huyện Tuần Giáo", 5, 120), span("Unknown Room", 0, 120)]
    got = figures(["A", "B", "C"], names, spans, START, END, AFTER)
    assert [(f.code, f.name, f.attended, f.late) for f in got] == [
        ("A", "UBND tỉnh", True, False),
        ("B", "UBND huyện Tuần Giáo", True, True),
        ("C", "UBND xã Quài Giang", False, False),
    ]


def test_a_sites_spans_under_its_code_and_under_its_name_count_together() -> None:
    """Dropped while known by code, back under the MCU's display name: one site, one union, neither late nor
    early; another site's spans never leak into it."""
    names = {"A": "UBND tỉnh", "B": "UBND huyện Tuần Giáo"}
    spans = [
        span("B", -5, 130),
        span("A", -5, 40),
        span("UBND tỉnh", 30, 90),
        span("A", 85, 125),
    ]
    got = figures(["A", "B"], names, spans, START, END, AFTER)
    a, b = got
    assert (a.attended, a.late, a.left_early, a.connected_s) == (True, False, False, 120 * 60)
    assert (a.first_join, a.last_leave) == (t(-5), t(125))
    assert (b.connected_s, b.first_join) == (120 * 60, t(-5))


def test_actual_times_of_a_registered_meeting_come_from_the_mcu() -> None:
    registered = Booking(
        "Giao ban", "UBND tỉnh", "A", START, END, registered_at=START - timedelta(days=3), id=1
    )
    spans = [span("A", -3, 118), span("B", 2, 121)]
    assert actual_times(registered, [], spans) == (t(-3), t(121))
    assert actual_times(registered, [], [*spans, span("C", 5, None)]) == (t(-3), None)
    assert actual_times(registered, [], []) == (None, None)
    mcu = Booking("giaoban", "", None, t(-4), t(122), registered_at=None, held_as=1, id=9)
    assert actual_times(registered, [mcu], spans) == (t(-4), t(122))
    unregistered = Booking("giaoban", "", None, t(-4), None, registered_at=None, id=9)
    assert actual_times(unregistered, [], spans) == (t(-4), None)
