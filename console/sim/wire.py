"""The Pexip Infinity wire format of the world's state: management status objects and client participants.

Units as documented: bitrates in kbps, loss in percent, jitter in milliseconds. Management times are ISO 8601
UTC without an offset ("2025-01-31T08:00:00.123456", as Pexip's status API gives them); client API times are
epoch seconds.

Media streams: `rx_packet_loss` is the loss over the whole call so far (from the packet counters), and
`rx_current_packet_loss` the loss of the last second; likewise for tx. Each stream carries `participant`
(the participant's resource_uri, as a Tastypie foreign key) and `participant_id` (its id).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
import orjson

if TYPE_CHECKING:
    from console.sim.world import World

STATUS = "/api/admin/status/v1"
NODE = "10.0.0.10"
LOCATION = "Trung tâm điều khiển"
DOMAIN = "hnth.gov.vn"


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def call_quality(loss: float) -> str:
    """Pexip's call quality grade from the worst current packet loss (%)."""
    if loss != loss:  # NaN
        return "0_unknown"
    if loss < 1.0:
        return "1_good"
    if loss < 3.0:
        return "2_ok"
    if loss < 10.0:
        return "3_bad"
    return "4_terrible"


def participant_uri(uuid: str) -> str:
    return f"{STATUS}/participant/{uuid}/"


def conference_status(world: World) -> dict[str, Any]:
    return {
        "id": world.conference_id,
        "name": world.conference_name,
        "service_type": "conference",
        "is_locked": world.is_locked,
        "is_started": True,
        "guests_muted": world.guests_muted,
        "start_time": iso(world.start_time),
        "tag": "",
        "resource_uri": f"{STATUS}/conference/{world.conference_id}/",
    }


def participant_status(
    world: World, i: int, v: list[float] | None = None, connect_iso: str | None = None
) -> dict[str, Any]:
    if v is None:
        v = world.values[i].tolist()
    uuid = world.uuids[i]
    h323 = world.protocols[i] == "h323"
    out = world.directions[i] == "out"
    alias = f"{world.conference_name}@{DOMAIN}"
    return {
        "id": uuid,
        "display_name": world.sites[i].name,
        "conference": world.conference_name,
        "role": world.roles[i],
        "protocol": world.protocols[i].upper(),
        "call_direction": world.directions[i],
        "call_quality": call_quality(max(v[0], v[1])),
        "connect_time": connect_iso or iso(float(world.connect_time[i])),
        "is_muted": bool(world.muted[i]),
        "is_presenting": bool(world.presenting[i]),
        "is_on_hold": False,
        "is_streaming": False,
        "has_media": True,
        "remote_address": world.sites[i].address,
        "remote_port": 1720 if h323 else 5060,
        "rx_bandwidth": int(v[4] + v[6]),
        "tx_bandwidth": int(v[5] + v[7]),
        "bandwidth": int(world.base_kbps[i] + 64),
        "media_node": NODE,
        "signalling_node": NODE,
        "system_location": LOCATION,
        "vendor": world.vendors[i],
        "call_uuid": world.call_uuids[i],
        "parent_id": uuid,
        "service_type": "conference",
        "service_tag": "",
        "source_alias": alias if out else world.uri(i),
        "destination_alias": world.uri(i) if out else alias,
        "encryption": "On",
        "license_count": 1,
        "license_type": "port",
        "is_disconnect_supported": True,
        "is_mute_supported": True,
        "is_transfer_supported": True,
        "resource_uri": participant_uri(uuid),
    }


def loss_percent(received: npt.NDArray[np.float64], lost: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Cumulative loss in % per stream, 0 before any packet."""
    total = received + lost
    pct: npt.NDArray[np.float64] = np.round(100.0 * lost / np.maximum(total, 1.0), 2)
    return pct


def media_streams(
    world: World,
    i: int,
    rows: tuple[list[float], list[float], list[float], list[float]] | None = None,
    start: str | None = None,
) -> list[dict[str, Any]]:
    """The audio and the video stream of participant `i` (`rows`: its values, packets, lost and loss %)."""
    if rows is None:
        pk0, lo0 = world.packets[i : i + 1], world.lost[i : i + 1]
        rows = (
            world.values[i].tolist(),
            pk0[0].tolist(),
            lo0[0].tolist(),
            loss_percent(pk0, lo0)[0].tolist(),
        )
    v, pk, lo, pct = rows
    uuid = world.uuids[i]
    start = start or iso(float(world.connect_time[i]))
    nominal = float(world.base_kbps[i])
    uri = participant_uri(uuid)
    out = []
    for k, kind in enumerate(("audio", "video")):
        video = kind == "video"
        rx_kbps = v[4] if video else v[6]
        tx_kbps = v[5] if video else v[7]
        out.append(
            {
                "id": f"{uuid}-{k + 1}",
                "stream_id": str(k + 1),
                "stream_type": kind,
                "node": NODE,
                "start_time": start,
                "end_time": None,
                "rx_bitrate": int(rx_kbps),
                "rx_codec": "H.264" if video else "opus",
                "rx_fps": v[8] if video else 0.0,
                "rx_resolution": _resolution(rx_kbps, nominal) if video else "",
                "rx_packet_loss": pct[k],
                "rx_current_packet_loss": v[0],
                "rx_jitter": v[2],
                "rx_packets_received": int(pk[k]),
                "rx_packets_lost": int(lo[k]),
                "tx_bitrate": int(tx_kbps),
                "tx_codec": "H.264" if video else "opus",
                "tx_fps": v[9] if video else 0.0,
                "tx_resolution": _resolution(tx_kbps, nominal) if video else "",
                "tx_packet_loss": pct[k + 2],
                "tx_current_packet_loss": v[1],
                "tx_jitter": v[3],
                "tx_packets_sent": int(pk[k + 2] + lo[k + 2]),
                "tx_packets_lost": int(lo[k + 2]),
                "participant": uri,
                "participant_id": uuid,
                "resource_uri": f"{STATUS}/participant_media_stream/{uuid}-{k + 1}/",
            }
        )
    return out


def _resolution(kbps: float, nominal: float) -> str:
    if kbps <= 0:
        return ""
    ratio = kbps / max(nominal, 1.0)
    if nominal >= 2048 and ratio > 0.6:
        return "1920x1080"
    if ratio > 0.5:
        return "1280x720"
    if ratio > 0.2:
        return "640x360"
    return "320x180"


def yes_no(flag: bool) -> str:
    return "YES" if flag else "NO"


def client_participant(world: World, i: int) -> dict[str, Any]:
    """A participant as the client REST API and its event stream describe it."""
    name = world.sites[i].name
    return {
        "uuid": world.uuids[i],
        "display_name": name,
        "overlay_text": name,
        "role": world.roles[i],
        "protocol": world.protocols[i],
        "call_direction": world.directions[i],
        "start_time": int(world.connect_time[i]),
        "buzz_time": float(world.buzz[i]),
        "is_muted": yes_no(bool(world.muted[i])),
        "is_video_muted": bool(world.video_muted[i]),
        "is_presenting": yes_no(bool(world.presenting[i])),
        "spotlight": float(world.spotlight[i]),
        "last_spoken_time": float(world.last_spoken[i]),
        "fecc_supported": yes_no(bool(world.fecc_ok[i])),
        "mute_supported": "YES",
        "disconnect_supported": "YES",
        "transfer_supported": "YES",
        "presentation_supported": "YES",
        "uri": world.uri(i),
        "vendor": world.vendors[i],
        "local_alias": f"{world.conference_name}@{DOMAIN}",
        "encryption": "On",
        "has_media": True,
        "is_audio_only_call": "NO",
        "is_video_call": "YES",
        "is_external": False,
        "is_streaming_conference": False,
        "is_video_silent": bool(world.values[i, 4] <= 0),
        "external_node_uuid": "",
        "rx_presentation_policy": "ALLOW",
        "service_type": "conference",
        "supports_direct_chat": False,
        "can_receive_personal_mix": False,
    }


class Rendered:
    """The world's status lists, built once per world version: objects and each object's JSON."""

    def __init__(self, world: World) -> None:
        self.world = world
        self._version = -1
        self.participants: list[dict[str, Any]] = []
        self.participant_json: list[bytes] = []
        self.streams: list[dict[str, Any]] = []
        self.stream_json: list[bytes] = []
        self._iso_cache: dict[float, str] = {}

    def _iso(self, ts: float) -> str:
        text = self._iso_cache.get(ts)
        if text is None:
            if len(self._iso_cache) > 100_000:
                self._iso_cache.clear()
            text = self._iso_cache[ts] = iso(ts)
        return text

    def refresh(self) -> None:
        w = self.world
        with w.lock:
            if self._version == w.version:
                return
            version = w.version
            idx = w.connected_indices()
            values = w.values[idx].tolist()
            packets = w.packets[idx].tolist()
            lost = w.lost[idx].tolist()
            pct = loss_percent(w.packets[idx], w.lost[idx]).tolist()
            starts = [self._iso(t) for t in w.connect_time[idx].tolist()]
            participants = [participant_status(w, i, values[k], starts[k]) for k, i in enumerate(idx)]
            streams = [
                s
                for k, i in enumerate(idx)
                for s in media_streams(w, i, (values[k], packets[k], lost[k], pct[k]), starts[k])
            ]
        self.participant_json = [orjson.dumps(o) for o in participants]
        self.stream_json = [orjson.dumps(o) for o in streams]
        self.participants = participants
        self.streams = streams
        self._version = version
