"""The checklist's deadlines and states, and how a site's checks are read from the results kept."""

from __future__ import annotations

from datetime import timedelta

from console.domain.readiness import Check, CheckResult, Item, ItemDone, ItemState, TestRun
from console.readiness import ReadinessRules, checklist, failing_first, site_readiness
from console.runtime.config import ReadinessConfig
from tests.db.conftest import at

START = at(3 * 24 * 60)  # three days after T0
RULES = ReadinessRules()


def before(minutes: float) -> TestRun:
    return TestRun(1, START - timedelta(minutes=minutes), "an", START - timedelta(minutes=minutes - 20))


def states(entries: list) -> dict[str, str]:  # type: ignore[type-arg]
    return {e.item.value: e.state.value for e in entries}


def test_every_item_is_due_until_its_deadline_then_late_and_the_checks_failed() -> None:
    early = checklist(START, RULES, now=START - timedelta(days=2))
    assert states(early) == dict.fromkeys(
        ("notify_provider", "notify_power", "first_test_run", "second_test_run", "all_checks"), "due"
    )
    due = {e.item: e.due for e in early}
    assert due[Item.NOTIFY_PROVIDER] == START - timedelta(days=1) == due[Item.FIRST_TEST_RUN]
    assert due[Item.SECOND_TEST_RUN] == START - timedelta(hours=1)
    assert due[Item.ALL_CHECKS] == START - timedelta(minutes=30)

    late = checklist(START, RULES, now=START - timedelta(minutes=20))
    assert states(late) == {
        "notify_provider": "late",
        "notify_power": "late",
        "first_test_run": "late",
        "second_test_run": "late",
        "all_checks": "failed",
    }


def test_runs_and_marks_done_in_time_are_done_and_say_who_and_when() -> None:
    told = [
        ItemDone(1, Item.NOTIFY_PROVIDER, "binh", START - timedelta(days=2)),
        ItemDone(1, Item.NOTIFY_POWER, "binh", START - timedelta(hours=2)),  # after its T−1 day
    ]
    sites = site_readiness(
        [("A", "Site A")],
        [
            CheckResult(1, "A", c, True, "ok", START - timedelta(minutes=45))
            for c in Check
            if c is not Check.CAMERA
        ],
    )
    entries = checklist(
        START,
        RULES,
        runs=[before(25 * 60), before(61)],
        done=told,
        sites=sites,
        now=START - timedelta(minutes=10),
    )
    by_item = {e.item: e for e in entries}
    assert states(entries) == {
        "notify_provider": "done",
        "notify_power": "late",
        "first_test_run": "done",
        "second_test_run": "done",
        "all_checks": "done",
    }
    assert (by_item[Item.FIRST_TEST_RUN].by, by_item[Item.FIRST_TEST_RUN].done_at) == (
        "an",
        START - timedelta(minutes=25 * 60),
    )
    assert by_item[Item.ALL_CHECKS].done_at == START - timedelta(minutes=45)
    assert by_item[Item.NOTIFY_POWER].state is ItemState.LATE


def test_half_a_day_moves_the_first_test_run_deadline() -> None:
    rules = ReadinessConfig(first_run_half_day=True).rules()
    (first,) = [e for e in checklist(START, rules, now=START) if e.item is Item.FIRST_TEST_RUN]
    assert first.due == START - timedelta(hours=12)


def test_a_manual_pass_stands_and_a_site_with_a_camera_preset_has_a_camera_check() -> None:
    t = START - timedelta(hours=1)
    results = [
        CheckResult(1, "A", Check.SOUND, False, "audio 0.0 kbps", t, run_id=1),
        CheckResult(
            1, "A", Check.SOUND, True, "heard by phone", t + timedelta(minutes=1), manual=True, by="dung"
        ),
        CheckResult(1, "A", Check.SOUND, False, "audio 0.0 kbps", t + timedelta(minutes=2), run_id=1),
        CheckResult(1, "B", Check.CONNECTED, True, "connected", t, run_id=1),
    ]
    a, b = site_readiness([("A", "Site A"), ("B", "Site B")], results, cameras=["B"])
    sound = {c.check: c for c in a.checks}[Check.SOUND]
    assert (sound.passed, sound.manual, sound.value, sound.by) == (True, True, "heard by phone", "dung")
    assert [c.check for c in a.checks] == [Check.CONNECTED, Check.SOUND, Check.PICTURE, Check.LINK]
    assert [c.check for c in b.checks][-1] is Check.CAMERA
    camera = b.checks[-1]
    assert (camera.passed, camera.value, camera.at) == (False, None, None)  # not checked yet
    assert [s.code for s in failing_first([a, b])] == ["B", "A"]  # B fails four checks, A three
