"""The MCU interface the rest of the console depends on: typed events in, commands out.

A driver (one module per dialect, e.g. `pexip.py`) turns its wire format into these events and implements
`McuDriver`. Nothing outside `console/mcu/` knows a dialect.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named in an annotation: the domain loads without numpy
    import numpy as np
    import numpy.typing as npt


class LinkState(enum.StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DEGRADED = "degraded"  # answering, but with errors (5xx, malformed replies, stalled events)
    UNREACHABLE = "unreachable"


class LinkReason(enum.StrEnum):
    """Why the link is not CONNECTED: the class of the last fault, stable for rules and tests (NONE when fine)."""

    NONE = ""
    AUTH = "auth"  # 401 / 403: the MCU refuses the credentials or the session
    TLS = "tls"  # the TLS handshake failed: a certificate not trusted, or no TLS at all on that port
    SERVER = "server"  # 5xx
    REFUSED = "refused"  # another 4xx
    MALFORMED = "malformed"  # not JSON, or JSON of shapes this console does not know
    TOO_LARGE = "too_large"  # a reply (or an event line) larger than the driver accepts
    SLOW = "slow"  # a reply that trickles: not complete within the driver's reply deadline
    STALLED = "stalled"  # the event stream sent nothing (not even a keep-alive) for too long
    TIMEOUT = "timeout"  # no answer within the request timeout
    UNREACHABLE = "unreachable"  # cannot connect, or the connection closed without a reply


class McuError(Exception):
    """A command or request the MCU refused or could not answer. `code` is stable, `str()` is for logs."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code  # "unreachable", "timeout", "auth", "server", "malformed", "refused", "unsupported",
        # "tls", "too_large", "slow", "stalled"


@dataclass(frozen=True, slots=True)
class Participant:
    uuid: str
    display_name: str
    conference: str
    role: str = "guest"  # chair / guest
    protocol: str = ""
    remote_address: str = ""
    is_muted: bool = False
    is_video_muted: bool = False
    spotlight: bool = False
    buzz_time: float | None = None  # server time (epoch seconds) of a raised hand; None when lowered
    connect_time: datetime | None = None


@dataclass(frozen=True, slots=True)
class ParticipantJoined:
    at: datetime
    participant: Participant


@dataclass(frozen=True, slots=True)
class ParticipantUpdated:
    at: datetime
    participant: Participant


@dataclass(frozen=True, slots=True)
class ParticipantLeft:
    at: datetime
    conference: str
    uuid: str
    display_name: str
    by_operator: bool = False  # True when this console sent the disconnect


# Column order of MediaStats.values; one row per participant.
STAT_FIELDS: tuple[str, ...] = (
    "rx_loss",  # % packet loss the MCU sees from the site (uplink), worst of audio/video
    "tx_loss",  # % packet loss the site reports for the MCU's stream (downlink)
    "rx_jitter",  # ms
    "tx_jitter",  # ms
    "rx_bitrate",  # kbps received from the site, audio + video
    "tx_bitrate",  # kbps sent to the site
    "rx_fps",  # video frames per second received from the site
    "audio_bitrate",  # kbps of the site's audio stream (0 when silent / no sound)
    "video_bitrate",  # kbps of the site's video stream (0 when no picture)
)


@dataclass(frozen=True, slots=True)
class MediaStats:
    """One poll of live media statistics for many participants at once (columnar, for speed).

    `values[i, j]` is STAT_FIELDS[j] for participant `uuids[i]`; NaN where the MCU did not say.
    """

    at: datetime
    conference: str
    uuids: Sequence[str]
    values: npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class HandRaised:
    at: datetime
    conference: str
    uuid: str
    display_name: str
    buzz_time: float  # the server's time of the request, epoch seconds


@dataclass(frozen=True, slots=True)
class HandLowered:
    at: datetime
    conference: str
    uuid: str
    display_name: str


@dataclass(frozen=True, slots=True)
class ActiveSpeakers:
    at: datetime
    conference: str
    uuids: tuple[str, ...]  # in stage order, the loudest first


@dataclass(frozen=True, slots=True)
class LayoutChanged:
    at: datetime
    conference: str
    layout: str  # e.g. "1:7"


@dataclass(frozen=True, slots=True)
class LinkChanged:
    at: datetime
    state: LinkState
    error: str = ""  # the last error, one line, no credentials
    reason: LinkReason = LinkReason.NONE  # the class of that error (NONE when CONNECTED / CONNECTING)


McuEvent = (
    ParticipantJoined
    | ParticipantUpdated
    | ParticipantLeft
    | MediaStats
    | HandRaised
    | HandLowered
    | ActiveSpeakers
    | LayoutChanged
    | LinkChanged
)


class Axis(enum.StrEnum):
    PAN = "pan"
    TILT = "tilt"
    ZOOM = "zoom"


class Capability(enum.StrEnum):
    """What an MCU dialect can be asked to do. Each dialect's driver declares its set (`McuDriver.capabilities`),
    readable without connecting; the command dispatcher refuses what the dialect does not declare, and the window
    offers only what it declares."""

    MUTE_AUDIO = "mute_audio"  # mute_audio, either way
    MUTE_VIDEO = "mute_video"  # mute_video, either way
    DISCONNECT = "disconnect"
    DIAL = "dial"
    LOCK = "lock"  # lock / unlock a conference
    LAYOUT = "layout"  # transform_layout and available_layouts
    LOWER_HAND = "lower_hand"  # lower_hand and lower_all_hands
    SPOTLIGHT = "spotlight"  # spotlight on / off
    FECC = "fecc"  # camera_move: far-end camera control through the MCU
