"""Live media telemetry: preallocated ring buffers per site and metric, and health grading with hysteresis.

Storage
    One float32 array `(len(Metric), slots, capacity)`: `data[metric]` is the 2-D ring of that metric, one row per
    site slot. A float64 `(slots, capacity)` ring holds each sample's time (epoch seconds). Every slot has its own
    write head (`count % capacity`), because conferences are polled separately and sites join at different times.
    A slot belongs to a *site key* (the registry's site code, or the MCU display name for a participant not in the
    registry) for the life of the object: a site that leaves and rejoins writes on into the same slot, so its
    history continues. Slot arrays grow by doubling if more keys appear than were preallocated.

Ingest
    `Telemetry.feed()` takes every MCU event. Joined/Updated/Left maintain `uuid → slot`; `MediaStats` is written
    with one vectorised scatter per event. The `(rows, slots)` index arrays are cached per conference and reused
    while the participant set and the event's uuid list are unchanged.

Grading (thresholds: `Thresholds`)
    `HealthGrader.grade(now)` grades every slot at once. Each graded metric is reduced over a time window
    (`Thresholds.window_s`, the *mean* of the samples in it) and classified; then hysteresis applies: a worse grade
    shows at once, a better one only once the metric has stayed better for `Thresholds.hold_s` (the shown grade is
    the worst raw grade seen within the last `hold_s`). With no sample in the window the grade is UNKNOWN.

All times come from the caller (the driver's event times, or an explicit `now`); nothing here reads a clock.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import numpy.typing as npt

from console.domain import (
    STAT_FIELDS,
    ActiveSpeakers,
    Health,
    McuEvent,
    MediaStats,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
    Site,
)
from console.live.rules import Thresholds

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
IntP = npt.NDArray[np.intp]
U8 = npt.NDArray[np.uint8]
Bool = npt.NDArray[np.bool_]

SiteKey = Callable[[str, str], str]
"""`site_key(display_name, remote_address) -> key`: the registry's site code, else the display name."""


class Metric(enum.IntEnum):
    """The stored metrics; the first nine are `console.domain.STAT_FIELDS` in order."""

    RX_LOSS = 0  # %
    TX_LOSS = 1  # %
    RX_JITTER = 2  # ms
    TX_JITTER = 3  # ms
    RX_BITRATE = 4  # kbps
    TX_BITRATE = 5  # kbps
    RX_FPS = 6
    AUDIO_BITRATE = 7  # kbps
    VIDEO_BITRATE = 8  # kbps
    SPEAKING = 9  # 1.0 while the site is among the MCU's active speakers, else 0.0


N_STATS = len(STAT_FIELDS)
if tuple(m.name.lower() for m in Metric)[:N_STATS] != STAT_FIELDS:  # pragma: no cover - guards base.py edits
    raise ImportError("console.live.telemetry.Metric is out of step with console.domain.STAT_FIELDS")

GRADED: tuple[Metric, ...] = (
    Metric.RX_LOSS,
    Metric.TX_LOSS,
    Metric.RX_JITTER,
    Metric.TX_JITTER,
    Metric.RX_BITRATE,
)
"""The metrics a site's health is graded on, in the column order of `HealthReport.grades`."""

_GRADED_ARR: npt.NDArray[np.int8] = np.array([int(m) for m in GRADED], dtype=np.int8)
_PEAK_METRICS: tuple[Metric, ...] = (Metric.RX_FPS, Metric.AUDIO_BITRATE, Metric.VIDEO_BITRATE)
_WINDOW_METRICS: IntP = np.array([int(m) for m in GRADED + _PEAK_METRICS], dtype=np.intp)


def _epoch(at: datetime) -> float:
    return at.timestamp()


# --- site keys ------------------------------------------------------------------------------------

_SCHEMES = ("sips:", "sip:", "h323:", "h323s:", "tel:", "rtmps:", "rtmp:", "mssip:")


def _norm_name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _norm_address(text: str) -> tuple[str, str]:
    """`(user@host, host)` of an address, lower case, without scheme, port or parameters."""
    a = text.strip().lower()
    for scheme in _SCHEMES:
        if a.startswith(scheme):
            a = a[len(scheme) :]
            break
    a = re.split(r"[;?>]", a, maxsplit=1)[0].lstrip("<")
    user, _, host = a.rpartition("@")
    if host.startswith("["):  # [ipv6]:port
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    full = f"{user}@{host}" if user else host
    return full, host


KNOWN_LIMIT = 100_000  # participants remembered by SiteDirectory; more than any meeting has


class SiteDirectory:
    """Maps an MCU participant to a site key: registry address match, then name or code match, else the name.

    Matching is by the participant's remote address first (scheme, user part and port ignored), then by its
    display name against the registry's names (case, spacing and Unicode normalisation ignored; a name shared by
    several sites matches none of them) or codes. A participant that matches nothing is keyed by its display name.
    """

    def __init__(self, sites: Iterable[Site]) -> None:
        self.replace(sites)

    def replace(self, sites: Iterable[Site]) -> None:
        """Match against `sites` from now on (the registry was edited): participants seen later are matched anew;
        the keys already given out are not changed."""
        by_site: dict[str, Site] = {}
        by_address: dict[str, str] = {}
        by_name: dict[str, set[str]] = {}
        for site in sites:
            by_site[site.code] = site
            if site.address:
                full, host = _norm_address(site.address)
                by_address.setdefault(full, site.code)
                by_address.setdefault(host, site.code)
            by_name.setdefault(_norm_name(site.name), set()).add(site.code)
        self._sites = by_site
        self._by_address = by_address
        self._by_name = {name: next(iter(codes)) for name, codes in by_name.items() if len(codes) == 1}
        self._known: dict[tuple[str, str], str] = {}

    def __call__(self, display_name: str, remote_address: str = "") -> str:
        """Cached: the MCU repeats the same names and addresses every second, for thousands of sites."""
        key = (display_name, remote_address)
        found = self._known.get(key)
        if found is None:
            if len(self._known) > KNOWN_LIMIT:
                self._known.clear()
            found = self._known[key] = self._match(display_name, remote_address)
        return found

    def _match(self, display_name: str, remote_address: str) -> str:
        if remote_address:
            full, host = _norm_address(remote_address)
            code = self._by_address.get(full) or self._by_address.get(host)
            if code is not None:
                return code
        code = self._by_name.get(_norm_name(display_name))
        if code is not None:
            return code
        return display_name  # a registry code used as display name is its own key

    def site(self, key: str) -> Site | None:
        """The registry entry of a key, None for a participant that is not in the registry."""
        return self._sites.get(key)

    @property
    def sites(self) -> tuple[Site, ...]:
        return tuple(self._sites.values())


# --- ring buffers ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _StatsIndex:
    uuids: Sequence[str]
    uuid_tuple: tuple[str, ...]
    generation: int
    rows: IntP
    slots: IntP
    identity: bool  # rows == arange(len(uuids))


class Telemetry:
    """Ring buffers of every metric for every site slot, fed with MCU events.

    `capacity` samples per slot (900 = 15 minutes at 1 Hz); `sites` slots preallocated (more are added by doubling).
    Memory is `sites × capacity × (4 × len(Metric) + 8)` bytes, allocated zeroed (pages are committed as written).
    """

    def __init__(self, site_key: SiteKey | None = None, *, capacity: int = 900, sites: int = 4096) -> None:
        if capacity < 1 or sites < 1:
            raise ValueError("capacity and sites must be positive")
        self._site_key: SiteKey = site_key if site_key is not None else (lambda name, _address: name)
        self.capacity = capacity
        self._n_alloc = 0
        self._data: F32 = np.zeros((len(Metric), 0, capacity), dtype=np.float32)
        self._ts: F64 = np.zeros((0, capacity), dtype=np.float64)
        self._count: I64 = np.zeros(0, dtype=np.int64)
        self._last: F32 = np.zeros((len(Metric), 0), dtype=np.float32)
        self._last_at: F64 = np.zeros(0, dtype=np.float64)
        self._connections: I64 = np.zeros(0, dtype=np.int64)
        self._speaking: F32 = np.zeros(0, dtype=np.float32)
        self._audio_muted: Bool = np.zeros(0, dtype=np.bool_)
        self._video_muted: Bool = np.zeros(0, dtype=np.bool_)
        self._grow(sites)
        self._keys: list[str] = []
        self._slot_of: dict[str, int] = {}
        self._uuid_slot: dict[str, int] = {}
        self._speakers: dict[str, IntP] = {}
        self._generation = 0
        self._index: dict[str, _StatsIndex] = {}

    # -- slots --

    def _grow(self, n: int) -> None:
        old = self._n_alloc
        if n <= old:
            return
        cap = self.capacity
        data = np.zeros((len(Metric), n, cap), dtype=np.float32)
        data[:, :old] = self._data
        ts = np.zeros((n, cap), dtype=np.float64)
        ts[:old] = self._ts
        last = np.full((len(Metric), n), np.nan, dtype=np.float32)
        last[:, :old] = self._last
        last_at = np.full(n, np.nan, dtype=np.float64)
        last_at[:old] = self._last_at
        self._data, self._ts, self._last, self._last_at = data, ts, last, last_at
        self._count = np.concatenate([self._count, np.zeros(n - old, dtype=np.int64)])
        self._connections = np.concatenate([self._connections, np.zeros(n - old, dtype=np.int64)])
        self._speaking = np.concatenate([self._speaking, np.zeros(n - old, dtype=np.float32)])
        self._audio_muted = np.concatenate([self._audio_muted, np.zeros(n - old, dtype=np.bool_)])
        self._video_muted = np.concatenate([self._video_muted, np.zeros(n - old, dtype=np.bool_)])
        self._n_alloc = n

    def slot_for(self, key: str) -> int:
        """The slot of a site key, assigned on first use and kept for the life of this object."""
        slot = self._slot_of.get(key)
        if slot is None:
            slot = len(self._keys)
            if slot >= self._n_alloc:
                self._grow(max(2 * self._n_alloc, slot + 1))
            self._keys.append(key)
            self._slot_of[key] = slot
        return slot

    def slot(self, key: str) -> int | None:
        return self._slot_of.get(key)

    def slots(self, keys: Iterable[str]) -> IntP:
        """Slots of many keys; -1 for a key never seen."""
        get = self._slot_of.get
        return np.fromiter((get(k, -1) for k in keys), dtype=np.intp)

    @property
    def keys(self) -> tuple[str, ...]:
        """Site key of each slot, in slot order."""
        return tuple(self._keys)

    @property
    def n_sites(self) -> int:
        return len(self._keys)

    def key_of_uuid(self, uuid: str) -> str | None:
        slot = self._uuid_slot.get(uuid)
        return None if slot is None else self._keys[slot]

    # -- events --

    def feed(self, event: McuEvent) -> None:
        """Take any MCU event; the ones telemetry has no use for are ignored."""
        if isinstance(event, MediaStats):
            self.ingest(event)
        elif isinstance(event, ParticipantJoined | ParticipantUpdated):
            self._upsert(event.participant)
        elif isinstance(event, ParticipantLeft):
            self._leave(event.uuid)
        elif isinstance(event, ActiveSpeakers):
            self._set_speakers(event.conference, event.uuids)

    def _upsert(self, p: Participant) -> None:
        slot = self._uuid_slot.get(p.uuid)
        if slot is None:
            slot = self.slot_for(self._site_key(p.display_name, p.remote_address))
            self._uuid_slot[p.uuid] = slot
            self._connections[slot] += 1
            self._generation += 1
        self._audio_muted[slot] = p.is_muted
        self._video_muted[slot] = p.is_video_muted

    def _leave(self, uuid: str) -> None:
        slot = self._uuid_slot.pop(uuid, None)
        if slot is None:
            return
        self._generation += 1
        self._connections[slot] = max(0, int(self._connections[slot]) - 1)
        if self._connections[slot] == 0:
            self._speaking[slot] = 0.0
            self._audio_muted[slot] = False
            self._video_muted[slot] = False

    def _set_speakers(self, conference: str, uuids: Sequence[str]) -> None:
        before = self._speakers.get(conference)
        if before is not None:
            self._speaking[before] = 0.0
        get = self._uuid_slot.get
        now = np.fromiter((s for s in (get(u) for u in uuids) if s is not None), dtype=np.intp)
        self._speaking[now] = 1.0
        self._speakers[conference] = now

    def _stats_index(self, stats: MediaStats) -> _StatsIndex:
        cached = self._index.get(stats.conference)
        if cached is not None and cached.generation == self._generation:
            if cached.uuids is stats.uuids:
                return cached
            as_tuple = tuple(stats.uuids)
            if as_tuple == cached.uuid_tuple:
                cached.uuids = stats.uuids
                return cached
        uuid_tuple = tuple(stats.uuids)
        get = self._uuid_slot.get
        row_of_slot: dict[int, int] = {}  # a site connected twice: its last row wins
        for row, uuid in enumerate(uuid_tuple):
            slot = get(uuid)
            if slot is not None:
                row_of_slot[slot] = row
        slots = np.fromiter(row_of_slot.keys(), dtype=np.intp, count=len(row_of_slot))
        rows = np.fromiter(row_of_slot.values(), dtype=np.intp, count=len(row_of_slot))
        identity = len(rows) == len(uuid_tuple) and bool(np.all(rows == np.arange(len(rows))))
        index = _StatsIndex(stats.uuids, uuid_tuple, self._generation, rows, slots, identity)
        self._index[stats.conference] = index
        return index

    def ingest(self, stats: MediaStats) -> int:
        """Write one poll; returns how many site rows were written (uuids never joined are skipped)."""
        values = np.asarray(stats.values)
        if values.ndim != 2 or values.shape != (len(stats.uuids), N_STATS):
            raise ValueError(
                f"MediaStats.values has shape {values.shape}, expected ({len(stats.uuids)}, {N_STATS})"
            )
        index = self._stats_index(stats)
        slots = index.slots
        if len(slots) == 0:
            return 0
        cols = values.T if index.identity else values[index.rows].T  # (N_STATS, k)
        pos = self._count[slots] % self.capacity
        t = _epoch(stats.at)
        self._data[:N_STATS, slots, pos] = cols
        speaking = self._speaking[slots]
        self._data[Metric.SPEAKING, slots, pos] = speaking
        self._ts[slots, pos] = t
        self._count[slots] += 1
        self._last[:N_STATS, slots] = cols
        self._last[Metric.SPEAKING, slots] = speaking
        self._last_at[slots] = t
        return len(slots)

    # -- reads --

    def series(
        self, key: str, metric: Metric, seconds: float, now: datetime | None = None
    ) -> tuple[F64, F32]:
        """`(times, values)` of one site's metric in `(now - seconds, now]`, oldest first, contiguous copies.

        Times are epoch seconds. `now` defaults to the site's latest sample. Unknown key → two empty arrays.
        """
        slot = self._slot_of.get(key)
        if slot is None or self._count[slot] == 0:
            return np.zeros(0, dtype=np.float64), np.zeros(0, dtype=np.float32)
        c = int(self._count[slot])
        k = min(c, self.capacity)
        idx = np.arange(c - k, c) % self.capacity
        times = self._ts[slot, idx]
        t = float(self._last_at[slot]) if now is None else _epoch(now)
        keep = (times > t - seconds) & (times <= t)
        return np.ascontiguousarray(times[keep]), np.ascontiguousarray(self._data[metric, slot, idx][keep])

    def recent(
        self, metric: Metric, slots: npt.ArrayLike, n: int, since: datetime | None = None
    ) -> npt.NDArray[np.float32]:
        """The last `n` samples of a metric for many slots at once: shape `(len(slots), n)`, oldest first.

        Rows are right-aligned (the newest sample is the last column); a slot with fewer samples is NaN on the
        left, a slot of -1 is all NaN, and with `since` every sample taken at or before it is NaN too.
        """
        if not 0 < n <= self.capacity:
            raise ValueError(f"n must be in 1..{self.capacity}")
        s = np.asarray(slots, dtype=np.intp).reshape(-1)
        missing = (s < 0) | (s >= len(self._keys))
        s_safe = np.where(missing, 0, s)
        c = self._count[s_safe][:, None]
        pos = c + (np.arange(n) - n)[None, :]
        idx = pos % self.capacity
        rows = s_safe[:, None]
        out: F32 = self._data[metric][rows, idx]
        invalid = (pos < 0) | (pos < c - self.capacity) | missing[:, None]
        if since is not None:
            invalid |= self._ts[rows, idx] <= _epoch(since)
        out[invalid] = np.nan
        return out

    def latest(self, metric: Metric) -> F32:
        """The latest value of a metric per slot (NaN for a slot with no sample yet); a copy."""
        return self._last[metric, : len(self._keys)].copy()

    def latest_values(self, key: str) -> F32:
        """The latest value of every metric for one site, indexed by `Metric`; all NaN when unknown."""
        slot = self._slot_of.get(key)
        if slot is None:
            return np.full(len(Metric), np.nan, dtype=np.float32)
        return self._last[:, slot].copy()

    def ages(self, now: datetime) -> F64:
        """Seconds since each slot's latest sample (inf for a slot never sampled)."""
        age = _epoch(now) - self._last_at[: len(self._keys)]
        return np.where(np.isnan(age), np.inf, age)

    def age(self, key: str, now: datetime) -> float:
        """Seconds since one site's latest sample; inf when it has none (or the key is unknown)."""
        slot = self._slot_of.get(key)
        if slot is None or math.isnan(self._last_at[slot]):
            return math.inf
        return _epoch(now) - float(self._last_at[slot])

    def stale(self, now: datetime, max_age_s: float = 3.0) -> Bool:
        """Per slot: no sample within `max_age_s` (never-sampled slots are stale)."""
        return self.ages(now) > max_age_s

    def connected(self) -> Bool:
        """Per slot: at least one participant of the site is joined."""
        return self._connections[: len(self._keys)] > 0


# --- grading --------------------------------------------------------------------------------------


def _classify_upper(v: F64, amber_above: float, red_above: float, green_below_amber: bool) -> U8:
    """Grades for "higher is worse" metrics. With `green_below_amber` the amber bound itself is amber."""
    green = v < amber_above if green_below_amber else v <= amber_above
    out = np.where(v > red_above, Health.RED, np.where(green, Health.GREEN, Health.AMBER))
    return np.where(np.isnan(v), Health.UNKNOWN, out).astype(np.uint8)


def grade_loss(loss: npt.ArrayLike, th: Thresholds = Thresholds()) -> U8:
    """Green < 1 %, amber 1–5 % (both bounds amber), red > 5 %; NaN → UNKNOWN."""
    return _classify_upper(np.asarray(loss, dtype=np.float64), th.loss_amber, th.loss_red, True)


def grade_jitter(jitter: npt.ArrayLike, th: Thresholds = Thresholds()) -> U8:
    """Green ≤ 30 ms, amber above 30 up to 50 ms inclusive, red > 50 ms; NaN → UNKNOWN."""
    return _classify_upper(np.asarray(jitter, dtype=np.float64), th.jitter_amber, th.jitter_red, False)


def grade_bitrate(kbps: npt.ArrayLike, expected: npt.ArrayLike, th: Thresholds = Thresholds()) -> U8:
    """Green ≥ 70 % of expected, amber 30–70 %, red < 30 % or ~0. No expected rate (NaN/0): green unless ~0."""
    v = np.asarray(kbps, dtype=np.float64)
    e = np.broadcast_to(np.asarray(expected, dtype=np.float64), v.shape)
    has_e = np.isfinite(e) & (e > 0)
    ratio = np.divide(v, e, out=np.ones_like(v), where=has_e)
    out = np.where(
        ratio >= th.bitrate_green_ratio,
        Health.GREEN,
        np.where(ratio >= th.bitrate_red_ratio, Health.AMBER, Health.RED),
    )
    out = np.where(v <= th.zero_kbps, Health.RED, out)
    return np.where(np.isnan(v), Health.UNKNOWN, out).astype(np.uint8)


@dataclass(frozen=True, slots=True, eq=False)
class HealthReport:
    """Health of every slot at one instant; arrays are indexed by slot, like `keys`."""

    at: datetime
    keys: tuple[str, ...]
    grades: U8  # (n, len(GRADED)) per graded metric, after hysteresis (Health values)
    overall: U8  # (n,) worst of `grades`
    worst: npt.NDArray[np.int8]  # (n,) the Metric that sets `overall`; -1 when UNKNOWN
    levels: F32  # (n, len(GRADED)) window means of the graded metrics
    expected_kbps: F32  # (n,) the expected rx bitrate used (NaN when none)
    silent: Bool  # (n,) audio known and every audio bitrate sample in the window ≤ zero_kbps
    blank: Bool  # (n,) video known and every video bitrate or every fps sample in the window ~0
    audio_known: Bool  # (n,) an audio bitrate sample in the window
    video_known: Bool  # (n,) a video bitrate or fps sample in the window
    age: F64  # (n,) seconds since the latest sample (inf: never)
    connected: Bool
    audio_muted: Bool
    video_muted: Bool
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def index(self, key: str) -> int | None:
        if not self._index:
            self._index.update((k, i) for i, k in enumerate(self.keys))
        return self._index.get(key)

    def health(self, key: str) -> tuple[Health, Metric | None]:
        """A site's overall health and the metric that sets it (None when UNKNOWN or the key is unknown)."""
        i = self.index(key)
        if i is None:
            return Health.UNKNOWN, None
        worst = int(self.worst[i])
        return Health(int(self.overall[i])), (Metric(worst) if worst >= 0 else None)

    def grade(self, key: str, metric: Metric) -> Health:
        i = self.index(key)
        if i is None or metric not in GRADED:
            return Health.UNKNOWN
        return Health(int(self.grades[i, GRADED.index(metric)]))


class HealthGrader:
    """Grades every slot of a `Telemetry` at once; keeps the hysteresis state between calls.

    Call `grade(now)` at a steady rate (the wall does at 1 Hz). `window_samples` is how many of each slot's newest
    samples are looked at for one window (default `ceil(window_s) + 1`, enough for polls at 1 Hz; at a faster poll
    rate pass more, or the window shrinks to the newest `window_samples` samples).
    """

    def __init__(
        self,
        telemetry: Telemetry,
        thresholds: Thresholds = Thresholds(),
        *,
        window_samples: int | None = None,
    ) -> None:
        self.telemetry = telemetry
        self.thresholds = thresholds
        k = window_samples if window_samples is not None else math.ceil(thresholds.window_s) + 1
        self._k = max(1, min(k, telemetry.capacity))
        self._n = 0
        self._seen: F64 = np.zeros((3, 0, len(GRADED)), dtype=np.float64)  # last time raw ≥ GREEN/AMBER/RED
        self._reference: F64 = np.zeros(0, dtype=np.float64)
        self._expected: F64 = np.zeros(0, dtype=np.float64)
        self._expected_by_key: dict[str, float] = {}
        self._last_t: float | None = None

    def set_expected(self, key: str, kbps: float | None) -> None:
        """Fix a site's expected rx bitrate (e.g. its negotiated bandwidth); None returns to the default."""
        if kbps is None:
            self._expected_by_key.pop(key, None)
        else:
            self._expected_by_key[key] = float(kbps)
        slot = self.telemetry.slot(key)
        if slot is not None and slot < self._n:
            self._expected[slot] = np.nan if kbps is None else kbps

    def _resize(self, n: int) -> None:
        old = self._n
        if n <= old:
            return
        seen = np.full((3, n, len(GRADED)), -np.inf, dtype=np.float64)
        seen[:, :old] = self._seen
        self._seen = seen
        self._reference = np.concatenate([self._reference, np.full(n - old, np.nan)])
        expected = np.full(n - old, np.nan)
        for i, key in enumerate(self.telemetry.keys[old:n]):
            expected[i] = self._expected_by_key.get(key, np.nan)
        self._expected = np.concatenate([self._expected, expected])
        self._n = n

    def grade(self, now: datetime) -> HealthReport:
        tel, th = self.telemetry, self.thresholds
        keys = tel.keys
        n = len(keys)
        self._resize(n)
        t = _epoch(now)
        cap, k = tel.capacity, self._k

        # Gather each slot's last k samples (oldest first) and mask those outside the window.
        c = tel._count[:n][:, None]
        pos = c + (np.arange(k) - k)[None, :]
        idx = pos % cap
        rows = np.arange(n)[:, None]
        ts = tel._ts[rows, idx]
        in_window = (pos >= 0) & (pos >= c - cap) & (ts > t - th.window_s) & (ts <= t)
        win = tel._data[_WINDOW_METRICS[:, None, None], rows[None], idx[None]]  # (len(_WINDOW_METRICS), n, k)
        ok = in_window[None] & ~np.isnan(win)
        cnt = ok.sum(axis=-1)
        has_rows = cnt > 0
        g = len(GRADED)
        sums = np.where(ok[:g], win[:g], 0.0).sum(axis=-1, dtype=np.float64)
        means = np.where(has_rows[:g], sums / np.maximum(cnt[:g], 1), np.nan)
        peaks = np.where(has_rows[g:], np.where(ok[g:], win[g:], -np.inf).max(axis=-1), np.nan)
        mean = dict(zip(GRADED, means, strict=True))
        peak = dict(zip(_PEAK_METRICS, peaks, strict=True))
        has = dict(zip(GRADED + _PEAK_METRICS, has_rows, strict=True))

        video_muted = tel._video_muted[:n].copy()
        # Expected rx bitrate: per-site value, else nominal, else the decaying running peak.
        rx_mean = mean[Metric.RX_BITRATE]
        decay = 1.0
        if self._last_t is not None and t > self._last_t and th.reference_half_life_s > 0:
            decay = 0.5 ** ((t - self._last_t) / th.reference_half_life_s)
        decayed = self._reference * decay
        update = np.isfinite(rx_mean) & ~video_muted
        self._reference = np.where(update, np.fmax(rx_mean, decayed), decayed)
        self._last_t = t if self._last_t is None else max(t, self._last_t)
        fallback = np.nan if th.nominal_kbps is None else th.nominal_kbps
        expected = np.where(np.isnan(self._expected), fallback, self._expected)
        expected = np.where(np.isnan(expected), self._reference, expected)

        raw = np.empty((n, len(GRADED)), dtype=np.uint8)
        raw[:, 0] = grade_loss(mean[Metric.RX_LOSS], th)
        raw[:, 1] = grade_loss(mean[Metric.TX_LOSS], th)
        raw[:, 2] = grade_jitter(mean[Metric.RX_JITTER], th)
        raw[:, 3] = grade_jitter(mean[Metric.TX_JITTER], th)
        raw[:, 4] = np.where(video_muted, Health.UNKNOWN, grade_bitrate(rx_mean, expected, th))

        # Hysteresis: remember when each level was last reached; show the worst level reached within hold_s.
        known = raw > Health.UNKNOWN
        seen = self._seen[:, :n]
        for level in (Health.GREEN, Health.AMBER, Health.RED):
            seen[level - 1] = np.where(known & (raw >= level), t, seen[level - 1])
        held = (t - seen < th.hold_s).sum(axis=0).astype(np.uint8)
        grades = np.where(known, np.maximum(held, raw), Health.UNKNOWN).astype(np.uint8)

        overall = grades.max(axis=1)
        worst = np.where(overall > Health.UNKNOWN, _GRADED_ARR[grades.argmax(axis=1)], -1).astype(np.int8)

        audio_known = has[Metric.AUDIO_BITRATE]
        silent = audio_known & (peak[Metric.AUDIO_BITRATE] <= th.zero_kbps)
        vb_known, fps_known = has[Metric.VIDEO_BITRATE], has[Metric.RX_FPS]
        video_known = vb_known | fps_known
        blank = (vb_known & (peak[Metric.VIDEO_BITRATE] <= th.zero_kbps)) | (
            fps_known & (peak[Metric.RX_FPS] <= th.zero_fps)
        )
        levels = np.stack([mean[m] for m in GRADED], axis=1).astype(np.float32)
        return HealthReport(
            at=now,
            keys=keys,
            grades=grades,
            overall=overall,
            worst=worst,
            levels=levels,
            expected_kbps=expected.astype(np.float32),
            silent=silent,
            blank=blank,
            audio_known=audio_known,
            video_known=video_known,
            age=tel.ages(now),
            connected=tel.connected(),
            audio_muted=tel._audio_muted[:n].copy(),
            video_muted=video_muted,
        )
