"""The simulated conference: one active VMR whose participants are the network's sites.

All per-site state lives in numpy arrays indexed by site (row `i` is `world.sites[i]`), so a tick of 3,500
sites is a handful of vector operations. Metrics evolve one tick at a time from a numpy Generator seeded with
`seed`; every tick draws the same number of random values whatever happens, so two worlds built with the same
arguments produce the same metrics tick for tick (operator actions change the state, not the random stream).
Participant uuids come from a second generator, so they are deterministic too.

Thread-safety: every public method takes `world.lock` (an RLock). Subscribers are called with the lock held and
must only hand the event over (e.g. `loop.call_soon_threadsafe`).

Scenarios:
- normal    healthy links: loss < 4 %, jitter < 30 ms, steady bitrate; a few speakers; now and then a raised hand
- flaky     as normal, plus links that drop and come back (new uuid), loss bursts, jitter storms, sites with
            no picture or no sound for a while
- storm     as normal, plus a shared upstream fault: from tick STORM_START every site of one cluster (or district)
            degrades together (loss 8–20 %, jitter 60–150 ms, bitrate down) for STORM_ON ticks, then recovers
            for STORM_OFF ticks, then the next cluster in a seeded order
- national  at least NATIONAL_SITES sites (the registry of the 34 provinces and their communes), normal-ish with a
            little flakiness
"""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid as uuidlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from console.domain import Site, Tier
from console.sim.sites import NATIONAL_SITES as NATIONAL_SITES
from console.sim.sites import district_of, scenario_sites

log = logging.getLogger("console.sim.world")

SCENARIOS: tuple[str, ...] = ("normal", "flaky", "storm", "national")
STORM_START = 5
STORM_ON = 60
STORM_OFF = 60
CONFERENCE_NAME = "giaoban"
LAYOUTS: tuple[str, ...] = (
    "1:0",
    "1:7",
    "1:21",
    "2:21",
    "1:33",
    "4:0",
    "9:0",
    "16:0",
    "25:0",
    "5:7",
    "ac",
    "ac_presentation_in_mix",
    "ac_presentation_in_mix_group",
)
FECC_ACTIONS = ("start", "stop", "continue")
FECC_AXES = {"pan": ("left", "right"), "tilt": ("up", "down"), "zoom": ("in", "out")}
VENDORS: tuple[str, ...] = (
    "Cisco Codec SX20",
    "Polycom RealPresence Group 500",
    "Yealink VC800",
    "Huawei TE30",
    "Cisco Webex Room Kit",
    "Polycom HDX 7000",
)
RESOLUTIONS: tuple[str, ...] = ("", "320x180", "640x360", "1280x720", "1920x1080")

# Columns of `World.metrics()`.
METRIC_FIELDS: tuple[str, ...] = (
    "rx_loss",
    "tx_loss",
    "rx_jitter",
    "tx_jitter",
    "rx_video_kbps",
    "tx_video_kbps",
    "rx_audio_kbps",
    "tx_audio_kbps",
    "rx_fps",
    "tx_fps",
)
# Names accepted by `set_metrics` (None clears an override) and the columns they pin.
OVERRIDES: dict[str, tuple[str, ...]] = {
    "loss": ("rx_loss", "tx_loss"),
    "jitter": ("rx_jitter", "tx_jitter"),
    "bitrate": ("rx_video_kbps",),
    **{name: (name,) for name in METRIC_FIELDS},
}


@dataclass(frozen=True, slots=True)
class Rates:
    """Per-site, per-tick probabilities of the scenario's episodes."""

    drop: float = 0.0
    burst: float = 0.0
    jitter: float = 0.0
    no_media: float = 0.0
    hand: float = 0.0004


RATES: dict[str, Rates] = {
    "normal": Rates(),
    "storm": Rates(),
    "flaky": Rates(drop=0.0008, burst=0.004, jitter=0.003, no_media=0.0008, hand=0.0004),
    "national": Rates(drop=0.0001, burst=0.0008, jitter=0.0006, no_media=0.0002, hand=0.00004),
}


class SimError(Exception):
    """A request the world refuses; `status` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class WorldEvent:
    """One client-API event (the SSE `event:` name and its JSON `data`)."""

    seq: int
    name: str
    data: Any
    at: float


Subscriber = Callable[[WorldEvent], None]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]
B = npt.NDArray[np.bool_]


class World:
    """One Pexip-like conference (`giaoban`) whose participants are `sites`."""

    def __init__(
        self,
        sites: int | Sequence[Site] = 150,
        scenario: str = "normal",
        seed: int = 1,
        *,
        clock: Callable[[], float] = time.time,
        absent: Iterable[str] = (),
        late: Mapping[str, float] | None = None,
    ) -> None:
        """`absent`: sites (codes or names) that are not in the meeting and never join by themselves; `late`:
        site → seconds after the start at which it joins (on the first tick from then on)."""
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}; known: {', '.join(SCENARIOS)}")
        site_list = scenario_sites(sites, scenario) if isinstance(sites, int) else list(sites)
        self.lock = threading.RLock()
        self.scenario = scenario
        self.seed = seed
        self.clock = clock
        self.rates = RATES[scenario]
        self.sites: list[Site] = site_list
        self.paused = False
        self.tick_count = 0
        self.version = 0  # bumped on every change; caches key on it
        self._seq = 0
        self._subscribers: list[Subscriber] = []
        self._rng = np.random.default_rng([seed, 0])
        self._id_rng = np.random.default_rng([seed, 1])
        n = len(site_list)
        start = self.clock()

        # conference
        self.conference_id = self._new_uuid()
        self.conference_name = CONFERENCE_NAME
        self.start_time = start - 600.0
        self.is_locked = False
        self.guests_muted = False
        self.layout = "1:7"
        self.speakers: list[int] = []

        # identity and call state
        init = np.random.default_rng([seed, 2])
        self.uuids: list[str] = [self._new_uuid() for _ in range(n)]
        self.call_uuids: list[str] = [self._new_uuid() for _ in range(n)]
        self.roles: list[str] = ["chair" if i == 0 else "guest" for i in range(n)]
        self.protocols: list[str] = ["h323" if i % 5 == 3 else "sip" for i in range(n)]
        self.directions: list[str] = ["in" if i % 9 == 4 else "out" for i in range(n)]
        self.vendors: list[str] = [VENDORS[i % len(VENDORS)] for i in range(n)]
        self.fecc_ok: B = np.array([i % 7 != 6 for i in range(n)], dtype=bool)
        self.connected: B = np.ones(n, dtype=bool)
        self.operator_down: B = np.zeros(n, dtype=bool)  # disconnected by a command or a hook: no auto return
        self.connect_time: F64 = start - 60.0 - init.random(n) * 300.0
        self.muted: B = np.zeros(n, dtype=bool)
        self.video_muted: B = np.zeros(n, dtype=bool)
        self.presenting: B = np.zeros(n, dtype=bool)
        self.spotlight: F64 = np.zeros(n)
        self.buzz: F64 = np.zeros(n)
        self.last_spoken: F64 = np.zeros(n)
        self.last_fecc: list[dict[str, Any] | None] = [None] * n
        self.silenced: set[int] = set()  # sites sending no sound (`silence`): never among the speakers

        # link character
        self.base_kbps: F64 = np.array([1024.0, 1536.0, 2048.0])[init.integers(0, 3, n)]
        self.base_loss: F64 = 0.02 + init.random(n) * 0.33
        self.base_jitter: F64 = 4.0 + init.random(n) * 10.0

        # episodes (tick numbers until which they last; -1 = none)
        self.down_until: I64 = np.full(n, -1, dtype=np.int64)
        self.burst_until: I64 = np.full(n, -1, dtype=np.int64)
        self.burst_level: F64 = np.zeros(n)
        self.jitter_until: I64 = np.full(n, -1, dtype=np.int64)
        self.jitter_level: F64 = np.zeros(n)
        self.novideo_until: I64 = np.full(n, -1, dtype=np.int64)
        self.noaudio_until: I64 = np.full(n, -1, dtype=np.int64)
        self.hand_until: I64 = np.full(n, -1, dtype=np.int64)

        # metrics: (n, len(METRIC_FIELDS)); overrides: NaN = none
        self.values: F64 = np.zeros((n, len(METRIC_FIELDS)))
        self.overrides: F64 = np.full((n, len(METRIC_FIELDS)), np.nan)
        # cumulative packets: columns rx_audio, rx_video, tx_audio, tx_video
        self.packets: F64 = np.zeros((n, 4))
        self.lost: F64 = np.zeros((n, 4))

        # districts, and the storm's order of districts
        self.district_codes: list[str | None] = [district_of(s) for s in site_list]
        groups: dict[str, list[int]] = {}
        for i, code in enumerate(self.district_codes):
            if code is not None:
                groups.setdefault(code, []).append(i)
        self.districts: dict[str, list[int]] = groups
        eligible = sorted(code for code, members in groups.items() if len(members) >= 2)
        order = init.permutation(len(eligible)) if eligible else np.zeros(0, dtype=np.int64)
        self.storm_order: list[str] = [eligible[int(k)] for k in order]

        self._compute_metrics(np.zeros((n, 6)), np.zeros((n, 12)) + 1.0)

        # the script: sites away from the start, some of them joining late
        self.join_at: dict[int, float] = {}
        late = dict(late or {})
        for ref in [*absent, *late]:
            i = self.resolve(ref)
            self.connected[i] = False
            self.operator_down[i] = True  # no automatic return
        for ref, delay in late.items():
            self.join_at[self.resolve(ref)] = start + float(delay)

    # --- helpers ------------------------------------------------------------------------------------

    @property
    def n(self) -> int:
        return len(self.sites)

    def now(self) -> float:
        return self.clock()

    def _new_uuid(self) -> str:
        return str(uuidlib.UUID(bytes=self._id_rng.bytes(16), version=4))

    def resolve(self, ref: int | str) -> int:
        """A site index from an index, a site code, a participant uuid (current) or a display name."""
        with self.lock:
            if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
                i = int(ref)
                if 0 <= i < self.n:
                    return i
                raise SimError(f"no site #{i}", 404)
            for i, s in enumerate(self.sites):
                if ref in (s.code, s.name):
                    return i
            found = self.index_of_uuid(ref)
            if found is not None:
                return found
            raise SimError(f"unknown site or participant {ref!r}", 404)

    def index_of_uuid(self, uuid: str) -> int | None:
        """The site index of a connected participant's uuid, or None."""
        with self.lock:
            try:
                i = self.uuids.index(uuid)
            except ValueError:
                return None
            return i if self.connected[i] else None

    def participant(self, uuid: str) -> int:
        """The site index of a connected participant, or SimError(404)."""
        i = self.index_of_uuid(uuid)
        if i is None:
            raise SimError(f"participant {uuid!r} not found", 404)
        return i

    def connected_indices(self) -> list[int]:
        with self.lock:
            return [int(i) for i in np.flatnonzero(self.connected)]

    def district_sites(self, code: str) -> list[int]:
        return list(self.districts.get(code, []))

    @property
    def storm_district(self) -> str | None:
        """The district whose links are degraded right now (storm scenario), else None."""
        return self._storm_at(self.tick_count)

    def _storm_at(self, t: int) -> str | None:
        if self.scenario != "storm" or not self.storm_order or t < STORM_START:
            return None
        k, phase = divmod(t - STORM_START, STORM_ON + STORM_OFF)
        return self.storm_order[k % len(self.storm_order)] if phase < STORM_ON else None

    def metrics(self) -> F64:
        """A copy of the current metrics, one row per site (columns METRIC_FIELDS); NaN rows when disconnected."""
        with self.lock:
            out = self.values.copy()
            out[~self.connected] = np.nan
            return out

    # --- events -------------------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> tuple[list[dict[str, Any]], Callable[[], None]]:
        """Register for live events; returns the participant snapshot (as of registration) and an unsubscriber."""
        from console.sim.wire import client_participant

        with self.lock:
            snapshot = [client_participant(self, i) for i in self.connected_indices()]
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self.lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return snapshot, unsubscribe

    def _emit(self, name: str, data: Any) -> None:
        self._seq += 1
        event = WorldEvent(self._seq, name, data, self.now())
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:  # a subscriber's failure must not break the world
                log.exception("event subscriber failed")

    def _changed(self) -> None:
        self.version += 1

    def _emit_participant(self, name: str, i: int) -> None:
        from console.sim.wire import client_participant

        self._emit(name, client_participant(self, i))

    def _conference_update(self) -> None:
        self._emit(
            "conference_update",
            {
                "locked": self.is_locked,
                "guests_muted": self.guests_muted,
                "started": True,
                "all_muted": bool(self.connected.any() and self.muted[self.connected].all()),
                "presentation_allowed": True,
                "guests_can_unmute": True,
                "direct_media": False,
                "live_captions_available": False,
                "breakout_rooms": False,
            },
        )

    # --- the clock ----------------------------------------------------------------------------------

    def tick(self) -> None:
        """Advance one second of simulated time (ignores `paused`)."""
        with self.lock:
            self._tick()

    def advance(self, n: int = 1) -> None:
        """Advance `n` ticks at once, deterministically, whatever the pause state."""
        if n < 0:
            raise SimError("n must be >= 0")
        with self.lock:
            for _ in range(n):
                self._tick()

    def _tick(self) -> None:
        n = self.n
        t = self.tick_count + 1
        self.tick_count = t
        now = self.now()
        rng = self._rng
        u = rng.random((n, 12))
        z = rng.standard_normal((n, 6))
        s = rng.random(4)
        picks = rng.integers(0, max(n, 1), size=2)
        r = self.rates
        conn = self.connected

        # the script's late joiners whose time has come
        for site, at in sorted(self.join_at.items()):
            if now >= at:
                del self.join_at[site]
                self._join(site)

        # links that drop by themselves, and come back
        back = ~conn & ~self.operator_down & (self.down_until >= 0) & (self.down_until <= t)
        drop = conn & (u[:, 0] < r.drop)
        if n:
            drop[0] = False  # the chair's room stays up: a meeting without its host is no demo
        for i in np.flatnonzero(drop):
            self.down_until[i] = t + 5 + int(u[i, 1] * 25)
            self._disconnect(int(i), by_operator=False)
        for i in np.flatnonzero(back):
            self._join(int(i))

        # episodes
        new_burst = (u[:, 2] < r.burst) & (self.burst_until < t)
        self.burst_until[new_burst] = t + 3 + (u[new_burst, 3] * 10).astype(np.int64)
        self.burst_level[new_burst] = 4.0 + u[new_burst, 4] * 21.0
        new_jit = (u[:, 5] < r.jitter) & (self.jitter_until < t)
        self.jitter_until[new_jit] = t + 5 + (u[new_jit, 6] * 15).astype(np.int64)
        self.jitter_level[new_jit] = 40.0 + u[new_jit, 6] * 140.0
        novid = (u[:, 7] < r.no_media) & (self.novideo_until < t)
        self.novideo_until[novid] = t + 5 + (u[novid, 8] * 15).astype(np.int64)
        noaud = (u[:, 7] >= r.no_media) & (u[:, 7] < 2 * r.no_media) & (self.noaudio_until < t)
        self.noaudio_until[noaud] = t + 5 + (u[noaud, 8] * 15).astype(np.int64)

        self._compute_metrics(z, u)

        # hands: raised now and then, given up after a while
        raise_ = self.connected & (self.buzz == 0) & (u[:, 9] < r.hand)
        for i in np.flatnonzero(raise_):
            self.hand_until[i] = t + 30 + int(u[i, 10] * 90)
            self.buzz[i] = now
            self._emit_participant("participant_update", int(i))
        give_up = self.connected & (self.buzz > 0) & (self.hand_until >= 0) & (self.hand_until <= t)
        for i in np.flatnonzero(give_up):
            self.buzz[i] = 0.0
            self.hand_until[i] = -1
            self._emit_participant("participant_update", int(i))

        # speakers: the chair often, one or two others; change every few seconds
        current_ok = all(self.connected[i] and not self.muted[i] for i in self.speakers)
        if s[0] < 0.15 or not current_ok or (not self.speakers and s[3] < 0.5):
            count = 1 if s[1] < 0.8 else 2
            chosen = [int(p) for p in picks[:count]]
            if s[2] < 0.3:
                chosen[0] = 0
            chosen = [
                i
                for i in dict.fromkeys(chosen)
                if i < n and self.connected[i] and not self.muted[i] and i not in self.silenced
            ]
            self._set_speakers(chosen)
        self._changed()

    def _compute_metrics(self, z: F64, u: F64) -> None:
        t = self.tick_count
        n = self.n
        normal_loss = np.minimum(self.base_loss[:, None] * np.exp(0.5 * z[:, :2]), 4.0)  # (n, 2)
        normal_loss = normal_loss + np.where(u[:, 11:12] < 0.005, 1.0, 0.0)
        normal_jit = np.minimum(self.base_jitter[:, None] + 3.0 * np.abs(z[:, 2:4]), 28.0)
        loss = np.minimum(normal_loss, 4.0)
        jit = normal_jit

        burst = self.burst_until >= t
        loss = np.where(burst[:, None], self.burst_level[:, None] * np.array([1.0, 0.7]), loss)
        jstorm = self.jitter_until >= t
        jit = np.where(
            jstorm[:, None], self.jitter_level[:, None] * np.array([1.0, 0.8]) + np.abs(z[:, 2:4]), jit
        )

        storm = np.zeros(n, dtype=bool)
        district = self._storm_at(t)
        if district is not None:
            storm[self.districts[district]] = True
            loss = np.where(storm[:, None], 8.0 + 12.0 * u[:, 4:5] * np.array([1.0, 0.9]), loss)
            jit = np.where(storm[:, None], 60.0 + 90.0 * u[:, 6:7] * np.array([1.0, 0.9]), jit)

        congestion = 1.0 - np.minimum(loss, 50.0) / 60.0
        wobble = np.clip(0.95 + 0.02 * z[:, 4:6], 0.85, 1.0)
        video = self.base_kbps[:, None] * wobble * congestion
        video = np.where(storm[:, None], video * 0.4, video)
        fps = np.round(30.0 * (1.0 - np.minimum(loss, 60.0) / 80.0), 1)
        audio = np.full((n, 2), 64.0)
        novid = self.novideo_until >= t
        video[novid, 0] = 0.0
        fps[novid, 0] = 0.0
        audio[self.noaudio_until >= t, 0] = 0.0

        v = self.values
        v[:, 0:2] = np.round(loss, 2)
        v[:, 2:4] = np.round(jit, 1)
        v[:, 4:6] = np.round(video)
        v[:, 6:8] = audio
        v[:, 8:10] = fps
        pinned = ~np.isnan(self.overrides)
        v[pinned] = self.overrides[pinned]
        # packets this second: audio 50/s, video ~1100-byte packets
        conn = self.connected[:, None]
        sent = np.stack(
            [
                np.where(v[:, 6] > 0, 50.0, 0.0),
                np.ceil(np.maximum(v[:, 4], 0.0) * 1000.0 / 8.0 / 1100.0),
                np.where(v[:, 7] > 0, 50.0, 0.0),
                np.ceil(np.maximum(v[:, 5], 0.0) * 1000.0 / 8.0 / 1100.0),
            ],
            axis=1,
        )
        pct = np.clip(np.nan_to_num(v[:, [0, 0, 1, 1]]), 0.0, 100.0)
        lost = np.round(sent * pct / 100.0)
        self.packets += np.where(conn, sent - lost, 0.0)
        self.lost += np.where(conn, lost, 0.0)

    # --- joins and leaves ---------------------------------------------------------------------------

    def _disconnect(self, i: int, by_operator: bool) -> None:
        if not self.connected[i]:
            return
        self.connected[i] = False
        self.operator_down[i] = by_operator
        old = self.uuids[i]
        self.buzz[i] = 0.0
        self.hand_until[i] = -1
        self.presenting[i] = False
        self.spotlight[i] = 0.0
        if i in self.speakers:
            self._set_speakers([k for k in self.speakers if k != i])
        self._emit("participant_delete", {"uuid": old})
        self._changed()

    def _join(self, i: int) -> None:
        if self.connected[i]:
            return
        self.connected[i] = True
        self.operator_down[i] = False
        self.down_until[i] = -1
        self.uuids[i] = self._new_uuid()
        self.call_uuids[i] = self._new_uuid()
        self.connect_time[i] = self.now()
        self.muted[i] = self.guests_muted and self.roles[i] == "guest"
        self.video_muted[i] = False
        self.packets[i] = 0.0
        self.lost[i] = 0.0
        self._emit_participant("participant_create", i)
        self._changed()

    def _set_speakers(self, speakers: list[int]) -> None:
        if speakers == self.speakers:
            return
        now = self.now()
        previous = self.speakers
        self.speakers = speakers
        for i in speakers:
            if i not in previous:
                self.last_spoken[i] = now
                self._emit_participant("participant_update", i)
        stage = [i for i in speakers] + [i for i in previous if i not in speakers and self.connected[i]]
        self._emit(
            "stage",
            [
                {"participant_uuid": self.uuids[i], "stage_index": k, "vad": 100 if i in speakers else 0}
                for k, i in enumerate(stage)
            ],
        )
        self._changed()

    # --- test hooks ---------------------------------------------------------------------------------

    def drop(self, ref: int | str) -> str:
        """The site's link goes down (participant_delete); it stays out until `restore`. Returns the old uuid."""
        with self.lock:
            i = self.resolve(ref)
            if not self.connected[i]:
                raise SimError(f"site {self.sites[i].code} is not connected", 409)
            old = self.uuids[i]
            self._disconnect(i, by_operator=True)
            return old

    def restore(self, ref: int | str) -> str:
        """The site rejoins with a new uuid (participant_create). Returns the new uuid."""
        with self.lock:
            i = self.resolve(ref)
            if self.connected[i]:
                raise SimError(f"site {self.sites[i].code} is already connected", 409)
            self._join(i)
            return self.uuids[i]

    def set_metrics(self, ref: int | str, **values: float | None) -> None:
        """Pin metrics of one site (names in OVERRIDES, e.g. loss=12.5, jitter=80, bitrate=0); None unpins."""
        with self.lock:
            i = self.resolve(ref)
            for name, value in values.items():
                if name not in OVERRIDES:
                    raise SimError(f"unknown metric {name!r}; known: {sorted(OVERRIDES)}")
                for column in OVERRIDES[name]:
                    j = METRIC_FIELDS.index(column)
                    self.overrides[i, j] = np.nan if value is None else float(value)
                    if value is not None:
                        self.values[i, j] = float(value)
            self._changed()

    def silence(self, ref: int | str, on: bool = True) -> None:
        """The site sends no sound (a readiness test run's scripted failure): the audio the MCU receives from it
        is pinned at 0 kbps and it is never picked as an active speaker; `on=False` gives its sound back."""
        with self.lock:
            i = self.resolve(ref)
            if on:
                self.silenced.add(i)
                if i in self.speakers:
                    self._set_speakers([k for k in self.speakers if k != i])
            else:
                self.silenced.discard(i)
            self.set_metrics(i, rx_audio_kbps=0.0 if on else None)

    def clear_metrics(self, ref: int | str | None = None) -> None:
        with self.lock:
            if ref is None:
                self.overrides[:] = np.nan
            else:
                self.overrides[self.resolve(ref)] = np.nan
            self._changed()

    def raise_hand(self, ref: int | str, at: float | None = None) -> float:
        """Raise the site's hand at server time `at` (default: now); returns the buzz_time."""
        with self.lock:
            i = self._connected_site(ref)
            self.buzz[i] = self.now() if at is None else float(at)
            self.hand_until[i] = -1  # a hand raised by a hook stays up until lowered
            self._emit_participant("participant_update", i)
            self._changed()
            return float(self.buzz[i])

    def lower_hand(self, ref: int | str) -> None:
        with self.lock:
            i = self._connected_site(ref)
            if self.buzz[i] != 0:
                self.buzz[i] = 0.0
                self.hand_until[i] = -1
                self._emit_participant("participant_update", i)
                self._changed()

    def set_speakers(self, refs: Iterable[int | str]) -> list[str]:
        """Make these sites the active speakers (stage order); returns their uuids."""
        with self.lock:
            chosen = [self._connected_site(r) for r in refs]
            self._set_speakers(list(dict.fromkeys(chosen)))
            return [self.uuids[i] for i in self.speakers]

    def _connected_site(self, ref: int | str) -> int:
        i = self.resolve(ref)
        if not self.connected[i]:
            raise SimError(f"site {self.sites[i].code} is not connected", 409)
        return i

    # --- commands (both APIs) -----------------------------------------------------------------------

    def set_muted(self, uuid: str, muted: bool) -> None:
        with self.lock:
            i = self.participant(uuid)
            if bool(self.muted[i]) != muted:
                self.muted[i] = muted
                if muted and i in self.speakers:
                    self._set_speakers([k for k in self.speakers if k != i])
                self._emit_participant("participant_update", i)
                self._changed()

    def set_video_muted(self, uuid: str, muted: bool) -> None:
        with self.lock:
            i = self.participant(uuid)
            if bool(self.video_muted[i]) != muted:
                self.video_muted[i] = muted
                self._emit_participant("participant_update", i)
                self._changed()

    def set_spotlight(self, uuid: str, on: bool) -> None:
        with self.lock:
            i = self.participant(uuid)
            value = self.now() if on else 0.0
            if (self.spotlight[i] > 0) != on:
                self.spotlight[i] = value
                self._emit_participant("participant_update", i)
                self._changed()

    def clear_buzz(self, uuid: str) -> None:
        with self.lock:
            self.lower_hand(self.participant(uuid))

    def buzz_participant(self, uuid: str) -> None:
        with self.lock:
            i = self.participant(uuid)
            if self.buzz[i] == 0:
                self.raise_hand(i)

    def clear_all_buzz(self) -> None:
        with self.lock:
            for i in np.flatnonzero(self.buzz > 0):
                self.lower_hand(int(i))

    def set_role(self, uuid: str, role: str) -> None:
        role = role.lower()
        role = {"host": "chair", "guest": "guest", "chair": "chair"}.get(role, "")
        if not role:
            raise SimError("role must be chair or guest")
        with self.lock:
            i = self.participant(uuid)
            if self.roles[i] != role:
                self.roles[i] = role
                self._emit_participant("participant_update", i)
                self._changed()

    def disconnect_participant(self, uuid: str) -> None:
        with self.lock:
            self._disconnect(self.participant(uuid), by_operator=True)

    def set_locked(self, locked: bool) -> None:
        with self.lock:
            if self.is_locked != locked:
                self.is_locked = locked
                self._conference_update()
                self._changed()

    def set_guests_muted(self, muted: bool) -> None:
        with self.lock:
            self.guests_muted = muted
            for i in self.connected_indices():
                if self.roles[i] == "guest" and bool(self.muted[i]) != muted:
                    self.muted[i] = muted
                    self._emit_participant("participant_update", i)
            if muted:
                self._set_speakers([i for i in self.speakers if self.roles[i] != "guest"])
            self._conference_update()
            self._changed()

    def disconnect_all(self, reason: str = "API initiated conference termination") -> None:
        with self.lock:
            for i in self.connected_indices():
                self._disconnect(i, by_operator=True)
            self._emit("disconnect", {"reason": reason})
            self._changed()

    def transform_layout(self, layout: str) -> None:
        with self.lock:
            if layout not in LAYOUTS:
                raise SimError(f"unknown layout {layout!r}")
            self.layout = layout
            self._emit(
                "layout",
                {
                    "view": layout,
                    "participants": [self.uuids[i] for i in self.speakers],
                    "requested_layout": {"primary_screen": {"chair_layout": layout, "guest_layout": layout}},
                    "overlay_text_enabled": True,
                },
            )
            self._changed()

    def fecc(self, uuid: str, body: dict[str, Any]) -> None:
        """Far-end camera control: validate the documented body and pass it on as a `fecc` event."""
        action = body.get("action")
        movement = body.get("movement")
        timeout = body.get("timeout", 1000)
        if action not in FECC_ACTIONS:
            raise SimError("action must be start, stop or continue")
        if not isinstance(movement, list) or not movement:
            raise SimError("movement must be a non-empty list")
        for m in movement:
            if not isinstance(m, dict) or m.get("direction") not in FECC_AXES.get(str(m.get("axis")), ()):
                raise SimError(f"bad movement {m!r}")
        if not isinstance(timeout, int | float) or isinstance(timeout, bool) or not math.isfinite(timeout):
            raise SimError("timeout must be a number of milliseconds")
        with self.lock:
            i = self.participant(uuid)
            if not self.fecc_ok[i]:
                raise SimError("FECC is not supported by this participant")
            event = {"action": action, "movement": movement, "timeout": timeout}
            self.last_fecc[i] = event
            self._emit("fecc", {**event, "target": uuid})
            self._changed()

    def dial(
        self, destination: str, display_name: str = "", role: str = "guest", protocol: str = "sip"
    ) -> str:
        """Call a site: a known, disconnected site rejoins; an unknown destination becomes a new participant."""
        if not destination:
            raise SimError("destination is required")
        with self.lock:
            for i, site in enumerate(self.sites):
                if destination in (site.address, site.code, site.name, self.uri(i)):
                    if self.connected[i]:
                        raise SimError(f"{destination} is already connected")
                    self.directions[i] = "out"
                    self._join(i)
                    return self.uuids[i]
            site = Site(
                code=f"DIAL.{len(self.sites) + 1}",
                name=display_name or destination,
                tier=Tier.COMMUNE,
                parent=None,
                agency="",
                room="",
                address=destination.split("@")[-1].removeprefix("sip:").removeprefix("h323:"),
            )
            self._grow(
                site, role="chair" if role.lower() in ("chair", "host") else "guest", protocol=protocol
            )
            i = self.n - 1
            self._join(i)
            return self.uuids[i]

    def _grow(self, site: Site, role: str, protocol: str) -> None:
        self.sites.append(site)
        self.uuids.append("")
        self.call_uuids.append("")
        self.roles.append(role)
        self.protocols.append(protocol if protocol in ("sip", "h323", "rtmp", "mssip") else "sip")
        self.directions.append("out")
        self.vendors.append("")
        self.last_fecc.append(None)
        self.district_codes.append(None)
        for name, fill in (
            ("fecc_ok", False),
            ("connected", False),
            ("operator_down", True),
            ("connect_time", 0.0),
            ("muted", False),
            ("video_muted", False),
            ("presenting", False),
            ("spotlight", 0.0),
            ("buzz", 0.0),
            ("last_spoken", 0.0),
            ("base_kbps", 1024.0),
            ("base_loss", 0.1),
            ("base_jitter", 8.0),
            ("down_until", -1),
            ("burst_until", -1),
            ("burst_level", 0.0),
            ("jitter_until", -1),
            ("jitter_level", 0.0),
            ("novideo_until", -1),
            ("noaudio_until", -1),
            ("hand_until", -1),
        ):
            arr = getattr(self, name)
            setattr(self, name, np.append(arr, np.array([fill], dtype=arr.dtype)))
        self.values = np.vstack([self.values, np.zeros((1, len(METRIC_FIELDS)))])
        self.overrides = np.vstack([self.overrides, np.full((1, len(METRIC_FIELDS)), np.nan)])
        self.packets = np.vstack([self.packets, np.zeros((1, 4))])
        self.lost = np.vstack([self.lost, np.zeros((1, 4))])

    def uri(self, i: int) -> str:
        address = self.sites[i].address
        return f"h323:{address}" if self.protocols[i] == "h323" else f"sip:{address}"

    def summary(self) -> dict[str, Any]:
        with self.lock:
            return {
                "scenario": self.scenario,
                "seed": self.seed,
                "tick": self.tick_count,
                "paused": self.paused,
                "sites": self.n,
                "connected": int(self.connected.sum()),
                "conference": self.conference_name,
                "conference_id": self.conference_id,
                "layout": self.layout,
                "locked": self.is_locked,
                "guests_muted": self.guests_muted,
                "storm_district": self.storm_district,
                "speakers": [self.uuids[i] for i in self.speakers],
            }

    def site_rows(self) -> list[dict[str, Any]]:
        with self.lock:
            return [
                {
                    "index": i,
                    "code": s.code,
                    "name": s.name,
                    "tier": s.tier.value,
                    "district": self.district_codes[i],
                    "address": s.address,
                    "connected": bool(self.connected[i]),
                    "uuid": self.uuids[i] if self.connected[i] else None,
                    "buzz_time": float(self.buzz[i]),
                }
                for i, s in enumerate(self.sites)
            ]
