"""Readiness: the checklist of a registered meeting and the per-site checks of its test runs [domain.md,
Preparation; 002 §9.6, §11.2; 000 §8.4].

Pure frozen types and functions (no Qt, no database, no MCU). The deadlines come from `ReadinessRules` (the
config's `[readiness]`); the state of an item is read from what the log holds: test runs, check results, items
marked done, an estimated real start, the closing check. Times are timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.readiness import MARKABLE, Check, CheckResult, Item, ItemDone, ItemState, TestRun


@dataclass(frozen=True, slots=True)
class ReadinessRules:
    """The deadlines before a meeting's start, and what the automatic checks ask for."""

    notify_before: timedelta = timedelta(days=1)  # the telecom provider and the power company told
    first_run_before: timedelta = timedelta(days=1)  # half a day when the config says so [000 §7.1b]
    second_run_before: timedelta = timedelta(hours=1)
    checks_before: timedelta = timedelta(minutes=30)  # every site checked, at the latest
    link_sustain_s: float = 30.0  # loss and jitter green this long without a break
    min_video_kbps: float = 64.0  # "picture received": the video bitrate above this …
    min_fps: float = 5.0  # … and the frame rate above this
    min_audio_kbps: float = 1.0  # "sound received": an audio bitrate above this, or speaking seen once
    scheduled_run: timedelta = timedelta(minutes=30)  # a scheduled test run stays open this long

    def due(self, item: Item, start: datetime) -> datetime:
        before = {
            Item.NOTIFY_PROVIDER: self.notify_before,
            Item.NOTIFY_POWER: self.notify_before,
            Item.FIRST_TEST_RUN: self.first_run_before,
            Item.SECOND_TEST_RUN: self.second_run_before,
            Item.ALL_CHECKS: self.checks_before,
        }[item]
        return start - before


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    item: Item
    due: datetime
    state: ItemState
    done_at: datetime | None = None
    by: str = ""


@dataclass(frozen=True, slots=True)
class SiteCheck:
    check: Check
    passed: bool
    value: str | None  # None: not checked yet
    at: datetime | None
    manual: bool = False
    by: str = ""


@dataclass(frozen=True, slots=True)
class SiteReadiness:
    code: str
    name: str
    checks: tuple[SiteCheck, ...]

    @property
    def ready(self) -> bool:
        return all(c.passed for c in self.checks)

    @property
    def failing(self) -> tuple[Check, ...]:
        return tuple(c.check for c in self.checks if not c.passed)

    @property
    def ready_at(self) -> datetime | None:
        """When the last of its checks passed (None when not ready)."""
        if not self.ready:
            return None
        times = [c.at for c in self.checks if c.at is not None]
        return max(times) if times else None


def checks_of(has_camera: bool) -> tuple[Check, ...]:
    return tuple(c for c in Check if has_camera or c is not Check.CAMERA)


def site_readiness(
    sites: Sequence[tuple[str, str]], results: Iterable[CheckResult], cameras: Iterable[str] = ()
) -> list[SiteReadiness]:
    """Each expected site (code, name) with each of its checks: a manual pass stands (kept, shown as manual);
    otherwise the latest automatic result; a check with none is failed, not checked yet (value None)."""
    with_camera = set(cameras)
    latest: dict[tuple[str, Check], CheckResult] = {}
    manual: dict[tuple[str, Check], CheckResult] = {}
    for r in sorted(results, key=lambda r: (r.at, r.id or 0)):
        key = (r.site, r.check)
        if r.manual and r.passed:
            manual[key] = r
        else:
            latest[key] = r
    out: list[SiteReadiness] = []
    for code, name in sites:
        checks = []
        for check in checks_of(code in with_camera):
            found = manual.get((code, check)) or latest.get((code, check))
            if found is None:
                checks.append(SiteCheck(check, False, None, None))
            else:
                checks.append(SiteCheck(check, found.passed, found.value, found.at, found.manual, found.by))
        out.append(SiteReadiness(code, name, tuple(checks)))
    return out


def failing_first(sites: Iterable[SiteReadiness]) -> list[SiteReadiness]:
    """The board's order: sites not ready first (most failing checks first), then by code."""
    return sorted(sites, key=lambda s: (s.ready, -len(s.failing), s.code))


def _state(due: datetime, done_at: datetime | None, now: datetime, missed: ItemState) -> ItemState:
    if done_at is None:
        return ItemState.DUE if now <= due else missed
    return ItemState.DONE if done_at <= due else ItemState.LATE


def _test_runs(
    runs: Sequence[TestRun], start: datetime, rules: ReadinessRules
) -> tuple[TestRun | None, TestRun | None]:
    """The first test run (the earliest one) and the second (a later one, started within twice the second
    run's lead before the start)."""
    ordered = sorted((r for r in runs if r.started_at < start), key=lambda r: r.started_at)
    if not ordered:
        return None, None
    first = ordered[0]
    window = start - 2 * rules.second_run_before
    second = next((r for r in ordered[1:] if r.started_at >= window), None)
    if second is None and len(ordered) == 1 and first.started_at >= window:
        # a single run close to the start is the second one; the first is missing
        return None, first
    return first, second


def checklist(
    start: datetime,
    rules: ReadinessRules,
    *,
    runs: Sequence[TestRun] = (),
    done: Sequence[ItemDone] = (),
    sites: Sequence[SiteReadiness] = (),
    now: datetime,
) -> list[ChecklistEntry]:
    """The meeting's checklist at `now`: each item with its deadline, state, when and by whom it was done."""
    marked: dict[Item, ItemDone] = {}
    for d in sorted(done, key=lambda d: d.at):
        marked.setdefault(d.item, d)
    first, second = _test_runs(runs, start, rules)
    entries: list[ChecklistEntry] = []
    for item in Item:
        due = rules.due(item, start)
        done_at: datetime | None = None
        by = ""
        missed = ItemState.LATE
        if item in MARKABLE:
            mark = marked.get(item)
            if mark is not None:
                done_at, by = mark.at, mark.by
        elif item is Item.FIRST_TEST_RUN and first is not None:
            done_at, by = first.started_at, first.started_by
        elif item is Item.SECOND_TEST_RUN and second is not None:
            done_at, by = second.started_at, second.started_by
        elif item is Item.ALL_CHECKS:
            missed = ItemState.FAILED
            if sites and all(s.ready for s in sites):
                times = [t for s in sites if (t := s.ready_at) is not None]
                done_at = max(times) if times else now
        entries.append(ChecklistEntry(item, due, _state(due, done_at, now, missed), done_at, by))
    return entries


def not_ready(sites: Iterable[SiteReadiness]) -> list[SiteReadiness]:
    return [s for s in sites if not s.ready]


def names(sites: Mapping[str, str], codes: Iterable[str]) -> list[tuple[str, str]]:
    """(code, name) of each code, the code standing for a name the registry does not have."""
    return [(c, sites.get(c, c)) for c in codes]
