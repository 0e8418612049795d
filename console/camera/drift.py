"""The periodic equipment review of camera presets: recall each stored preset and check where the camera lands.

A camera that was knocked, re-mounted, replaced or re-homed still answers "preset recalled", but the picture is
wrong. Reading the position back after the completion and comparing it with what the technician stored catches it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from console.domain import Position, StoredPreset

log = logging.getLogger(__name__)


class PresetCamera(Protocol):
    """What the review needs from a camera (VISCA today; ONVIF or Cisco xAPI later)."""

    async def recall_preset(self, slot: int) -> None: ...

    async def position(self) -> Position: ...


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far (in the camera's position units) each axis may land from the stored value."""

    pan: int = 0
    tilt: int = 0
    zoom: int = 0


@dataclass(frozen=True, slots=True)
class Drift:
    """A preset whose recall landed beyond the tolerance: where it landed, and where it should have."""

    slot: int
    name: str
    pan: int
    tilt: int
    zoom: int
    expected: StoredPreset

    @property
    def pan_error(self) -> int:
        return self.pan - self.expected.pan

    @property
    def tilt_error(self) -> int:
        return self.tilt - self.expected.tilt

    @property
    def zoom_error(self) -> int:
        return self.zoom - self.expected.zoom

    @property
    def axes(self) -> tuple[str, ...]:
        """The axes that are off, for display ("pan", "tilt", "zoom")."""
        errors = {"pan": self.pan_error, "tilt": self.tilt_error, "zoom": self.zoom_error}
        return tuple(name for name, error in errors.items() if error)


def _tolerance(tolerance: Tolerance | int) -> Tolerance:
    if isinstance(tolerance, Tolerance):
        return tolerance
    return Tolerance(tolerance, tolerance, tolerance)


def compare(preset: StoredPreset, actual: Position, tolerance: Tolerance | int = 0) -> Drift | None:
    """A Drift when `actual` differs from `preset` by more than the tolerance on any axis, else None."""
    tol = _tolerance(tolerance)
    if (
        abs(actual.pan - preset.pan) > tol.pan
        or abs(actual.tilt - preset.tilt) > tol.tilt
        or abs(actual.zoom - preset.zoom) > tol.zoom
    ):
        return Drift(preset.slot, preset.name, actual.pan, actual.tilt, actual.zoom, preset)
    return None


async def verify_presets(
    camera: PresetCamera, presets: Iterable[StoredPreset], tolerance: Tolerance | int = 0
) -> list[Drift]:
    """Recall each preset in turn (waiting for completion), read the position back, and list those that drifted.

    A camera error (silent, not executable...) stops the review and propagates as a ViscaError: a camera that
    cannot be reviewed is a finding of its own, not a clean bill of health.
    """
    drifts: list[Drift] = []
    for preset in presets:
        await camera.recall_preset(preset.slot)
        actual = await camera.position()
        drift = compare(preset, actual, tolerance)
        if drift is not None:
            log.warning(
                "preset %d (%s) drifted: landed at %s, stored %s",
                preset.slot,
                preset.name,
                actual,
                Position(preset.pan, preset.tilt, preset.zoom),
            )
            drifts.append(drift)
    return drifts
