"""What the wall shows, computed from the hub once per grading tick: no Qt, so it is tested headless.

The wall has one tile per site seen in the meeting (every telemetry slot). Health per part:
link = worst of loss and jitter both ways; audio = red while the site is connected, unmuted and silent;
video = the bitrate grade, or red while connected, not video-muted and without picture.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from console.hub import Hub
from console.model import Health, IncidentKind, Tier
from console.telemetry import GRADED, HealthReport, Metric
from console.tiles import UNREGISTERED, SiteIndex, TileFlag, WallData

STALE_AFTER_S = 3.0
_LINK = [GRADED.index(m) for m in (Metric.RX_LOSS, Metric.TX_LOSS, Metric.RX_JITTER, Metric.TX_JITTER)]
_BITRATE = GRADED.index(Metric.RX_BITRATE)


class WallFeed:
    """Keeps a `WallData` in step with a hub; call `update()` after each grading tick."""

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.data = self._build()

    def _build(self) -> WallData:
        hub = self.hub
        keys = hub.telemetry.keys
        sites = [hub.directory.site(k) for k in keys]
        titles = {s.code: s.name for s in hub.sites if s.tier is Tier.DISTRICT}
        index = SiteIndex.build(
            names=[s.name if s else k for s, k in zip(sites, keys, strict=True)],
            tiers=[s.tier if s else Tier.COMMUNE for s in sites],
            districts=[(s.district if s else UNREGISTERED) for s in sites],
            district_titles=titles,
            codes=list(keys),
        )
        self._keys = keys
        return WallData(index, self.read_series)

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
        rebuilt = hub.telemetry.keys != self._keys
        if rebuilt:
            self.data = self._build()
        if report is None:
            return rebuilt
        d = self.data
        n = min(len(d.index), len(report.keys))
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
        d.flags[:n] = flags
        d.version += 1
        return rebuilt

    def _set(self, flags: npt.NDArray[np.int32], key: str | None, flag: TileFlag) -> None:
        slot = None if key is None else self.hub.telemetry.slot(key)
        if slot is not None and slot < len(flags):
            flags[slot] |= flag
