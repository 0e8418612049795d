"""What the wall shows of each site and in which order: state flags, sorting, grouping and filtering.

Pure numpy over every site at once, so ordering 3,500 tiles stays cheap enough to do at the wall's refresh rate.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from console.domain import GroupField, Health, IncidentKind, Tier
from console.live.hub import Hub
from console.live.telemetry import GRADED, HealthReport, Metric
from console.registry import Grouping

IntArray = npt.NDArray[np.int64]
UNREGISTERED = "?"  # the group key of participants the site registry does not know


class TileFlag(enum.IntFlag):
    NONE = 0
    CONNECTED = 1
    LOST = 2  # left without the operator's disconnect
    AUDIO_MUTED = 4
    VIDEO_MUTED = 8
    SPEAKING = 16
    FLOOR = 32  # holds the floor
    HAND_RAISED = 64
    STALE = 128  # no fresh statistics: shown greyed with its age, never as live
    ABSENT = 256  # expected in a registered meeting under way and not joined (never set with LOST)


class SortMode(enum.StrEnum):
    PROBLEMS = "problems"  # lost and red first, then amber, then hands and the floor, then the rest
    TIER = "tier"  # by tier, then district, then name
    NAME = "name"


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of Vietnamese text: 'Điện Biên' → 'dien bien'."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True, slots=True)
class TileGroup:
    key: str  # the group's value (a cluster, a district code …), "" for sites without one, "*" when not grouping
    title: str
    members: IntArray  # site indexes, in display order
    worst: Health
    counts: tuple[int, int, int, int]  # lost-or-red, amber, green, unknown (absent ones aside)
    absent: int = 0  # expected in the meeting under way, not joined


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """The static part of every site on the wall, prepared once per meeting."""

    names: Sequence[str]
    tiers: npt.NDArray[np.int8]  # Tier.rank
    groups: Sequence[str]  # grouping key per site
    group_titles: dict[str, str]
    name_rank: IntArray  # position of each site in Vietnamese alphabetical order
    group_rank: IntArray  # position of each site's group in alphabetical order
    haystack: Sequence[str]  # folded text searched by the filter box
    keys: Sequence[str] = ()  # the site key of each row (the registry's code, or the MCU's name)
    group_order: Sequence[str] = ()  # the group keys in the order of their rank (`group_rank` → key)

    @classmethod
    def build(
        cls,
        names: Sequence[str],
        tiers: Sequence[Tier],
        districts: Sequence[str | None],
        district_titles: dict[str, str],
        codes: Sequence[str] | None = None,
    ) -> SiteIndex:
        folded = [fold(n) for n in names]
        order = sorted(range(len(names)), key=lambda i: (folded[i], names[i]))
        rank = np.empty(len(names), dtype=np.int64)
        rank[order] = np.arange(len(names))
        groups: list[str] = [d or "" for d in districts]
        titles: dict[str, str] = {"": "", **district_titles}

        def group_key(g: str) -> tuple[bool, str, str]:  # groups of one title in the order of their keys
            return (g != "", fold(titles.get(g, g)), g)

        ranked = sorted(set(groups), key=group_key)
        group_order = {g: r for r, g in enumerate(ranked)}
        codes = codes or [""] * len(names)
        haystack = [
            f"{folded[i]} {fold(titles.get(groups[i], ''))} {codes[i].casefold()}" for i in range(len(names))
        ]
        return cls(
            names=list(names),
            tiers=np.array([t.rank for t in tiers], dtype=np.int8),
            groups=groups,
            group_titles=titles,
            name_rank=rank,
            group_rank=np.array([group_order[g] for g in groups], dtype=np.int64),
            haystack=haystack,
            keys=list(codes),
            group_order=tuple(ranked),
        )

    def __len__(self) -> int:
        return len(self.names)

    def matching(self, text: str) -> npt.NDArray[np.bool_]:
        words = fold(text).split()
        if not words:
            return np.ones(len(self), dtype=bool)
        return np.fromiter((all(w in h for w in words) for h in self.haystack), dtype=bool, count=len(self))


def problem_rank(health: npt.NDArray[np.int8], flags: npt.NDArray[np.int32]) -> IntArray:
    """Smaller is more urgent: lost, red, absent (expected, not joined), amber, unknown, hand raised / floor,
    green."""
    rank = np.full(health.shape, 6, dtype=np.int64)
    rank[health == Health.UNKNOWN] = 4
    rank[(flags & (TileFlag.HAND_RAISED | TileFlag.FLOOR)) != 0] = 5
    rank[health == Health.AMBER] = 3
    rank[(flags & TileFlag.ABSENT) != 0] = 2
    rank[health == Health.RED] = 1
    rank[(flags & TileFlag.LOST) != 0] = 0
    return rank


def arrange(
    index: SiteIndex,
    health: npt.NDArray[np.int8],
    flags: npt.NDArray[np.int32],
    mode: SortMode = SortMode.PROBLEMS,
    grouped: bool = True,
    text: str = "",
) -> list[TileGroup]:
    """Order the wall: groups (by the index's grouping when `grouped`) and the sites within them."""
    visible = np.flatnonzero(index.matching(text))
    urgency = problem_rank(health, flags)
    if mode is SortMode.PROBLEMS:
        keys: tuple[IntArray, ...] = (index.name_rank[visible], urgency[visible])
    elif mode is SortMode.TIER:
        keys = (index.name_rank[visible], index.group_rank[visible], index.tiers[visible].astype(np.int64))
    else:
        keys = (index.name_rank[visible],)
    ordered = visible[np.lexsort(keys)] if len(visible) else visible
    if not grouped:
        one = _groups(ordered, np.zeros(len(ordered), np.int64), ("*",), {"*": ""}, health, flags, mode)
        return one or [TileGroup("*", "", ordered, Health.UNKNOWN, (0, 0, 0, 0))]
    # Grouped: a stable sort by group keeps each group's sites in the order above. A group's rank in the index
    # (by title) is its code, and the order of groups when nothing else tells them apart.
    codes = index.group_rank[ordered]
    return _groups(ordered, codes, index.group_order, index.group_titles, health, flags, mode)


_LOST, _ABSENT = int(TileFlag.LOST), int(TileFlag.ABSENT)
_RED, _AMBER, _GREEN = int(Health.RED), int(Health.AMBER), int(Health.GREEN)


def _groups(
    ordered: IntArray,
    codes: IntArray,
    keys: Sequence[str],
    titles: dict[str, str],
    health: npt.NDArray[np.int8],
    flags: npt.NDArray[np.int32],
    mode: SortMode,
) -> list[TileGroup]:
    """The groups of the sites `ordered` (each in group `keys[codes[i]]`), counted at once over every site; in
    problems mode the groups with the most lost-or-red, then absent, then amber sites come first, else by code."""
    if not len(ordered):
        return []
    by_group = np.argsort(codes, kind="stable")
    members = ordered[by_group]
    present, starts = np.unique(codes[by_group], return_index=True)
    h, f = health[members], flags[members]
    lost = (f & _LOST) != 0

    def count(mask: npt.NDArray[np.bool_]) -> IntArray:
        return np.add.reduceat(mask.astype(np.int64), starts)

    red = count(lost | (h == _RED))
    amber = count(~lost & (h == _AMBER))
    green = count(~lost & (h == _GREEN))
    absent = count(~lost & ((f & _ABSENT) != 0))
    sizes = np.diff(np.append(starts, len(members)))
    unknown = sizes - red - amber - green - absent
    if mode is SortMode.PROBLEMS:
        order = np.lexsort((present, -amber, -absent, -red))
    else:
        order = np.arange(len(present))
    parts = np.split(members, starts[1:])
    groups: list[TileGroup] = []
    for g in order.tolist():
        r, a, gr = int(red[g]), int(amber[g]), int(green[g])
        worst = Health.RED if r else Health.AMBER if a else Health.GREEN if gr else Health.UNKNOWN
        key = keys[int(present[g])]
        counts = (r, a, gr, int(unknown[g]))
        groups.append(TileGroup(key, titles.get(key, key), parts[g], worst, counts, int(absent[g])))
    return groups


# The wall's three small graphs per tile, and the curves in each: (part, ((series, full scale), ...)).
SPARKLINES: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = (
    ("link", (("loss", 10.0), ("jitter", 100.0))),  # % loss (worst direction), ms jitter
    ("audio", (("audio", 64.0),)),  # kbps of the site's audio: flat at zero = no sound
    ("video", (("video", 2048.0), ("fps", 30.0))),  # kbps of the site's video, frames per second
)
SERIES_NAMES: tuple[str, ...] = tuple(name for _, curves in SPARKLINES for name, _ in curves)


class SeriesReader(Protocol):
    def __call__(self, rows: IntArray, seconds: int) -> dict[str, npt.NDArray[np.float32]]:
        """Last `seconds` samples (oldest first, NaN where none) of each of SERIES_NAMES for these rows."""
        ...


@dataclass(slots=True)
class WallData:
    """Live state of every site on the wall, updated in place by the core, read by the wall at its own rate."""

    index: SiteIndex
    read_series: SeriesReader
    flags: npt.NDArray[np.int32] = field(init=False)
    health: npt.NDArray[np.int8] = field(init=False)  # overall (worst part)
    parts: npt.NDArray[np.int8] = field(init=False)  # per SPARKLINES part: link, audio, video
    age: npt.NDArray[np.float64] = field(init=False)  # seconds since the last statistics; inf when none
    version: int = 0  # bumped by the writer after each update, so readers repaint only on change

    def __post_init__(self) -> None:
        n = len(self.index)
        self.flags = np.zeros(n, dtype=np.int32)
        self.health = np.zeros(n, dtype=np.int8)
        self.parts = np.zeros((n, len(SPARKLINES)), dtype=np.int8)
        self.age = np.full(n, np.inf)


STALE_AFTER_S = 3.0
_LINK = [GRADED.index(m) for m in (Metric.RX_LOSS, Metric.TX_LOSS, Metric.RX_JITTER, Metric.TX_JITTER)]
_BITRATE = GRADED.index(Metric.RX_BITRATE)


class WallFeed:
    """Keeps a `WallData` in step with a hub; call `update()` after each grading tick.

    The wall groups sites by `group_by` (the control center's clusters by default; `set_group_by` changes it);
    a participant the registry does not know is in the group `UNREGISTERED`. The expected sites of the registered
    meetings under way that have not joined (`Hub.absent_sites`) are tiles too, flagged ABSENT: those the MCU
    never showed come after the hub's sites, as rows of their own.
    """

    def __init__(self, hub: Hub, group_by: GroupField = GroupField.CLUSTER) -> None:
        self.hub = hub
        self.group_by = group_by
        self._regroup = False
        self._absent: tuple[str, ...] = ()
        self._extra: tuple[str, ...] = ()
        self.data = self._build()

    def set_group_by(self, field: GroupField) -> None:
        """Group by `field` from the next `update()` on (which then reports the tiles changed)."""
        if field is not self.group_by:
            self.group_by = field
            self._regroup = True

    def registry_changed(self) -> None:
        """The hub's registry was edited: names, groups and titles are taken anew at the next `update()` (which
        then reports the tiles changed)."""
        self._regroup = True

    def _absent_now(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The absent site keys, and those of them the hub has no row for."""
        absent = tuple(code for code, _meeting in self.hub.absent_sites())
        return absent, tuple(code for code in absent if self.hub.telemetry.slot(code) is None)

    def _build(self) -> WallData:
        hub = self.hub
        self._tel_keys = hub.telemetry.keys
        self._absent, self._extra = self._absent_now()
        keys = self._tel_keys + self._extra
        sites = [hub.directory.site(k) for k in keys]
        grouping = Grouping(hub.sites, self.group_by)
        groups = [grouping.key(s) if s else UNREGISTERED for s in sites]
        index = SiteIndex.build(
            names=[s.name if s else k for s, k in zip(sites, keys, strict=True)],
            tiers=[s.tier if s else Tier.COMMUNE for s in sites],
            districts=groups,
            district_titles=grouping.titles(g for g in groups if g != UNREGISTERED),
            codes=list(keys),
        )
        self._keys = keys
        self._regroup = False
        data = WallData(index, self.read_series)
        data.flags[len(self._tel_keys) :] = TileFlag.ABSENT
        return data

    @property
    def keys(self) -> tuple[str, ...]:
        """The site key of each wall row."""
        return self._keys

    def read_series(self, rows: npt.NDArray[np.int64], seconds: int) -> dict[str, npt.NDArray[np.float32]]:
        t = self.hub.telemetry
        seconds = min(seconds, t.capacity)

        def recent(metric: Metric) -> npt.NDArray[np.float32]:
            return t.recent(metric, rows, seconds)

        return {
            "loss": np.fmax(recent(Metric.RX_LOSS), recent(Metric.TX_LOSS)),
            "jitter": np.fmax(recent(Metric.RX_JITTER), recent(Metric.TX_JITTER)),
            "audio": recent(Metric.AUDIO_BITRATE),
            "video": recent(Metric.VIDEO_BITRATE),
            "fps": recent(Metric.RX_FPS),
        }

    def update(self, report: HealthReport | None = None) -> bool:
        """Refresh every tile's state; True when the set of tiles changed (the wall must re-layout)."""
        hub = self.hub
        report = report or hub.report
        absent, extra = self._absent_now()
        rebuilt = hub.telemetry.keys != self._tel_keys or extra != self._extra or self._regroup
        if rebuilt:
            self.data = self._build()
        if report is None:
            return rebuilt
        self._absent = absent
        d = self.data
        n = min(len(self._tel_keys), len(report.keys))
        connected = report.connected[:n]
        link = report.grades[:n, _LINK].max(axis=1)
        silent = connected & ~report.audio_muted[:n] & report.silent[:n]
        audio = np.where(silent, Health.RED, np.where(report.audio_known[:n], Health.GREEN, Health.UNKNOWN))
        blank = connected & ~report.video_muted[:n] & report.blank[:n]
        video = np.where(blank, Health.RED, report.grades[:n, _BITRATE])
        d.parts[:n, 0] = link
        d.parts[:n, 1] = audio
        d.parts[:n, 2] = video
        d.health[:n] = d.parts[:n].max(axis=1)
        d.age[:n] = report.age[:n]

        flags = np.where(connected, TileFlag.CONNECTED, 0).astype(np.int32)
        flags |= np.where(connected & report.audio_muted[:n], TileFlag.AUDIO_MUTED, 0).astype(np.int32)
        flags |= np.where(connected & report.video_muted[:n], TileFlag.VIDEO_MUTED, 0).astype(np.int32)
        flags |= np.where(connected & (report.age[:n] > STALE_AFTER_S), TileFlag.STALE, 0).astype(np.int32)
        for incident in hub.tracker.open_incidents().values():
            if incident.kind is IncidentKind.LINK_DOWN:
                self._set(flags, incident.site, TileFlag.LOST)
        for uuid in hub.speakers:
            self._set(flags, hub.telemetry.key_of_uuid(uuid), TileFlag.SPEAKING)
        for p in hub.participants.values():
            if p.buzz_time:
                self._set(flags, hub.telemetry.key_of_uuid(p.uuid), TileFlag.HAND_RAISED)
        for key in hub.floor_holders():
            self._set(flags, key, TileFlag.FLOOR)
        for key in absent:
            self._set(flags, key, TileFlag.ABSENT)
        d.flags[:n] = flags
        d.version += 1
        return rebuilt

    def _set(self, flags: npt.NDArray[np.int32], key: str | None, flag: TileFlag) -> None:
        slot = None if key is None else self.hub.telemetry.slot(key)
        if slot is not None and slot < len(flags):
            flags[slot] |= flag
