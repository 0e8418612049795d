"""How the console drives one site's camera: VISCA over IP, behind one `CameraControl` interface."""

from __future__ import annotations

import enum
from typing import Protocol

from console.camera.cli import UsageError, parse_url
from console.camera.visca import Direction, ViscaCamera, ZoomDirection
from console.domain import Position


class PresetError(Exception):
    """A preset action that cannot be done. `code` is stable (widgets translate it), `str()` is English.

    Codes: "unsupported" (the camera is reached through the MCU's far-end control: jog only), "moving" (the
    camera did not hold still long enough to store a framing), "not_stored" (no such preset for this site),
    "no_site" (the site is not in the registry), "fecc_timeout" / "fecc_unreachable" / "fecc_error" (the MCU
    refused or did not pass on a far-end camera move), "bad_slot".
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Move(enum.Enum):
    """A jog: the camera keeps moving until `stop` (VISCA) or for a short pulse (FECC)."""

    LEFT = "left"
    RIGHT = "right"
    UP = "up"
    DOWN = "down"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"


class ControlKind(enum.StrEnum):
    VISCA = "visca"
    FECC = "fecc"


class CameraControl(Protocol):
    """How the console drives one site's camera."""

    @property
    def kind(self) -> ControlKind: ...

    @property
    def supports_presets(self) -> bool: ...

    @property
    def label(self) -> str: ...

    async def start(self, move: Move, speed: int) -> None:
        """Start a jog; `speed` 1 (slow) … 8 (fast)."""

    async def stop(self) -> None: ...

    async def position(self) -> Position: ...

    async def store_preset(self, slot: int) -> None: ...

    async def recall_preset(self, slot: int) -> None: ...

    async def close(self) -> None: ...


JOG_SPEED_MAX = 8


_VISCA_DIRECTIONS = {
    Move.LEFT: Direction.LEFT,
    Move.RIGHT: Direction.RIGHT,
    Move.UP: Direction.UP,
    Move.DOWN: Direction.DOWN,
}


class ViscaControl:
    """A camera reached directly over VISCA-over-IP."""

    kind = ControlKind.VISCA
    supports_presets = True

    def __init__(self, camera: ViscaCamera) -> None:
        self.camera = camera

    @classmethod
    def from_url(cls, url: str, *, timeout: float = 1.0, retries: int = 2) -> ViscaControl:
        """`visca://HOST[:PORT]` with the reply `timeout` (seconds) and `retries` of `ViscaCamera`."""
        try:
            host, port = parse_url(url)
        except UsageError as exc:
            raise ValueError(str(exc)) from None
        return cls(ViscaCamera(host, port, timeout=timeout, retries=retries))

    @property
    def label(self) -> str:
        return self.camera.label

    async def start(self, move: Move, speed: int) -> None:
        speed = max(1, min(JOG_SPEED_MAX, speed))
        if move in (Move.ZOOM_IN, Move.ZOOM_OUT):
            direction = ZoomDirection.IN if move is Move.ZOOM_IN else ZoomDirection.OUT
            await self.camera.zoom_drive(direction, speed - 1)
        else:
            await self.camera.pan_tilt_drive(_VISCA_DIRECTIONS[move], speed * 3)

    async def stop(self) -> None:
        await self.camera.pan_tilt_stop()
        await self.camera.zoom_stop()

    async def position(self) -> Position:
        return await self.camera.position()

    async def store_preset(self, slot: int) -> None:
        await self.camera.store_preset(slot)

    async def recall_preset(self, slot: int) -> None:
        await self.camera.recall_preset(slot)

    async def close(self) -> None:
        await self.camera.close()
