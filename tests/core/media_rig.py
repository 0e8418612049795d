"""Builders shared by the core tests: event times, participants, stats rows and a telemetry+grading+incident rig."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

import numpy as np

from console.domain import (
    STAT_FIELDS,
    Change,
    Contact,
    LinkChanged,
    LinkState,
    McuEvent,
    MediaStats,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
    Site,
    Tier,
)
from console.live.incident_rules import IncidentTracker
from console.live.rules import IncidentRules, Thresholds
from console.live.telemetry import HealthGrader, HealthReport, SiteDirectory, Telemetry

T0 = datetime(2025, 3, 1, 1, 0, 0, tzinfo=UTC)
CONF = "giao-ban"

HEALTHY: dict[str, float] = {
    "rx_loss": 0.0,
    "tx_loss": 0.0,
    "rx_jitter": 10.0,
    "tx_jitter": 10.0,
    "rx_bitrate": 1500.0,
    "tx_bitrate": 1500.0,
    "rx_fps": 30.0,
    "audio_bitrate": 64.0,
    "video_bitrate": 1400.0,
}


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def row(**overrides: float) -> list[float]:
    values = {**HEALTHY, **overrides}
    return [values[f] for f in STAT_FIELDS]


def stats(t: float, rows: Mapping[str, Sequence[float]], conference: str = CONF) -> MediaStats:
    uuids = list(rows)
    values = np.array([rows[u] for u in uuids], dtype=np.float64).reshape(len(uuids), len(STAT_FIELDS))
    return MediaStats(at(t), conference, uuids, values)


def participant(
    uuid: str, name: str, address: str = "", *, muted: bool = False, video_muted: bool = False
) -> Participant:
    return Participant(uuid, name, CONF, remote_address=address, is_muted=muted, is_video_muted=video_muted)


def joined(t: float, uuid: str, name: str, address: str = "", **kw: bool) -> ParticipantJoined:
    return ParticipantJoined(at(t), participant(uuid, name, address, **kw))


def updated(t: float, uuid: str, name: str, address: str = "", **kw: bool) -> ParticipantUpdated:
    return ParticipantUpdated(at(t), participant(uuid, name, address, **kw))


def left(t: float, uuid: str, name: str, *, by_operator: bool = False) -> ParticipantLeft:
    return ParticipantLeft(at(t), CONF, uuid, name, by_operator)


def link(t: float, state: LinkState) -> LinkChanged:
    return LinkChanged(at(t), state)


def site(code: str, name: str, address: str, district: str | None, provider: str = "VNPT") -> Site:
    return Site(
        code=code,
        name=name,
        tier=Tier.COMMUNE if district and district != code else Tier.DISTRICT,
        parent=district,
        agency="UBND",
        room="Phòng họp",
        address=address,
        district=district,
        provider=Contact(provider, "Trực ban", "0215 000 000"),
    )


def registry() -> list[Site]:
    """Two districts of five communes each; district A on provider VNPT, district B on Viettel, plus C on VNPT."""
    sites = [
        site("H.A", "Huyện A", "10.0.1.10", "H.A"),
        site("H.B", "Huyện B", "10.0.2.10", "H.B", "Viettel"),
    ]
    for i in range(5):
        sites.append(site(f"X.A.{i}", f"Xã A{i}", f"10.0.1.{20 + i}", "H.A"))
        sites.append(site(f"X.B.{i}", f"Xã B{i}", f"10.0.2.{20 + i}", "H.B", "Viettel"))
        sites.append(site(f"X.C.{i}", f"Xã C{i}", f"10.0.3.{20 + i}", "H.C"))
    return sites


class Rig:
    """Telemetry, grading and the incident tracker wired as the hub wires them, driven second by second."""

    def __init__(
        self,
        sites: Sequence[Site] | None = None,
        thresholds: Thresholds | None = None,
        rules: IncidentRules | None = None,
    ) -> None:
        self.sites = list(registry() if sites is None else sites)
        directory = SiteDirectory(self.sites)
        self.telemetry = Telemetry(directory, capacity=120, sites=64)
        self.grader = HealthGrader(self.telemetry, thresholds or Thresholds())
        self.tracker = IncidentTracker(self.sites, directory, rules=rules or IncidentRules())
        self.changes: list[Change] = []
        self.report: HealthReport | None = None

    def event(self, ev: McuEvent) -> list[Change]:
        self.telemetry.feed(ev)
        out = self.tracker.feed(ev)
        self.changes += out
        return out

    def tick(self, t: float, rows: Mapping[str, Sequence[float]] | None = None) -> list[Change]:
        """One second: an optional stats poll at `t`, then a grade and the health rules at `t`."""
        out: list[Change] = []
        if rows:
            out += self.event(stats(t, rows))
        self.report = self.grader.grade(at(t))
        health = self.tracker.feed_health(self.report)
        self.changes += health
        return out + health

    def run(
        self, start: int, stop: int, rows: Mapping[str, Sequence[float]] | None
    ) -> dict[int, list[Change]]:
        """Ticks `start..stop-1`; returns the changes of each tick that produced any."""
        produced: dict[int, list[Change]] = {}
        for t in range(start, stop):
            out = self.tick(t, rows)
            if out:
                produced[t] = out
        return produced
