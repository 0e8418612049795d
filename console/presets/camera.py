"""Presets: the operator's display layouts and the technician's camera framings (khung hình), with no Qt.

Layout presets
    The MCU offers a list of layout keys (`available_layouts`); the control center adds named presets: a layout,
    the sites to put in the main positions (spotlighted on Pexip, which keeps spotlighted participants in the
    large positions in the order they were spotlighted) and an overlay text. `layout_cells` describes a layout's
    composition for the preview drawn on the operator's buttons; `apply_layout_preset` turns a preset into
    dispatcher commands, and `watch_commands` folds their results into one "pending → ok / error" for the bar.

Camera presets
    A camera preset is a slot on one site's camera with a name ("Chủ tọa", "Toàn cảnh"…), the seat-chart position
    it frames, and the pan/tilt/zoom the camera itself reported after storing it — a position the camera did not
    confirm is never stored. `SitePresets` runs the technician's work for one site: jog, store, recall, rename,
    compare with the current position, and the periodic review (`verify`). Cameras are reached through
    `CameraControl`: VISCA over IP (`ViscaControl`), or far-end camera control through the MCU (`FeccControl`),
    which can only jog — FECC has no presets and no position readback.

Everything async runs on one asyncio loop (the session's); the preset book (`console.records.CameraPresetBook`,
kept by `db.presets.PresetBook` on the log's database) is blocking and runs in the loop's executor.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from console.camera.control import CameraControl, ControlKind, Move, PresetError, ViscaControl
from console.camera.drift import Drift, Tolerance, compare, verify_presets
from console.commands.dispatcher import CommandDispatcher
from console.domain import Axis, CameraPreset, Capability, Participant, Position, utcnow
from console.records import CameraPresetBook

log = logging.getLogger("bridgewall.presets")
T = TypeVar("T")


DEFAULT_TOLERANCE = Tolerance(pan=8, tilt=8, zoom=32)


DEFAULT_NAMES = ("Chủ tọa", "Đại biểu hàng 1", "Đại biểu hàng 2", "Toàn cảnh")


@dataclass(frozen=True, slots=True)
class Difference:
    """A stored preset against where the camera points now (current minus stored, per axis)."""

    preset: CameraPreset
    current: Position

    @property
    def pan(self) -> int:
        return self.current.pan - self.preset.pan

    @property
    def tilt(self) -> int:
        return self.current.tilt - self.preset.tilt

    @property
    def zoom(self) -> int:
        return self.current.zoom - self.preset.zoom

    def within(self, tolerance: Tolerance) -> bool:
        return (
            abs(self.pan) <= tolerance.pan
            and abs(self.tilt) <= tolerance.tilt
            and abs(self.zoom) <= tolerance.zoom
        )


@dataclass(frozen=True, slots=True)
class Recalled:
    """A recall that completed: where the camera landed, and the drift when it landed off the stored framing."""

    slot: int
    position: Position
    drift: Drift | None = None


_FECC_MOVES = {
    Move.LEFT: (Axis.PAN, "left"),
    Move.RIGHT: (Axis.PAN, "right"),
    Move.UP: (Axis.TILT, "up"),
    Move.DOWN: (Axis.TILT, "down"),
    Move.ZOOM_IN: (Axis.ZOOM, "in"),
    Move.ZOOM_OUT: (Axis.ZOOM, "out"),
}


class FeccControl:
    """Far-end camera control through the MCU (`dispatcher.camera_move`): jog only.

    Each start is a pulse of `pulse_ms` (the far end stops by itself when it ends); FECC has no presets and
    does not report the camera's position, so those raise PresetError("unsupported"). Use it for a site whose
    camera is not reachable over IP. Call on the dispatcher's loop.
    """

    kind = ControlKind.FECC
    supports_presets = False

    def __init__(
        self, dispatcher: CommandDispatcher, conference: str, uuid: str, site: str, pulse_ms: int = 500
    ) -> None:
        self.dispatcher = dispatcher
        self.conference = conference
        self.uuid = uuid
        self.site = site
        self.pulse_ms = pulse_ms

    @property
    def label(self) -> str:
        return f"FECC {self.site}"

    async def start(self, move: Move, speed: int) -> None:
        axis, direction = _FECC_MOVES[move]
        command = self.dispatcher.camera_move(
            self.conference, self.uuid, self.site, axis, direction, self.pulse_ms
        )
        await command.wait()
        if not command.ok:
            raise PresetError(
                f"fecc_{command.state.value}", command.detail or f"far-end camera move {command.state.value}"
            )

    async def stop(self) -> None:
        """Nothing to send: each FECC move is a pulse that ends on its own."""

    def _unsupported(self) -> PresetError:
        return PresetError("unsupported", "far-end camera control through the MCU has no presets or position")

    async def position(self) -> Position:
        raise self._unsupported()

    async def store_preset(self, slot: int) -> None:
        raise self._unsupported()

    async def recall_preset(self, slot: int) -> None:
        raise self._unsupported()

    async def close(self) -> None:
        return None


def camera_control_for(
    site: str,
    addresses: Mapping[str, str],
    dispatcher: CommandDispatcher | None = None,
    participant: Participant | None = None,
    *,
    timeout: float = 1.0,
    retries: int = 2,
) -> CameraControl | None:
    """The way to reach a site's camera: VISCA when it has an address, else FECC when the site is in the
    meeting through an MCU whose dialect declares far-end camera control, else None."""
    url = addresses.get(site)
    if url:
        return ViscaControl.from_url(url, timeout=timeout, retries=retries)
    if dispatcher is not None and participant is not None and dispatcher.can(Capability.FECC):
        return FeccControl(dispatcher, participant.conference, participant.uuid, site)
    return None


class SitePresets:
    """The technician's calibration of one site's camera: every method runs on the camera's asyncio loop.

    `store` stops any jog, waits until two position readings agree, stores the slot on the camera, reads the
    position back and only then writes the preset — with that read-back position, the technician and the time —
    to the book. A camera that does not answer raises its ViscaError and nothing is written.
    """

    def __init__(
        self,
        site: str,
        control: CameraControl,
        book: CameraPresetBook,
        technician: str,
        *,
        tolerance: Tolerance = DEFAULT_TOLERANCE,
        clock: Callable[[], datetime] = utcnow,
        settle_interval: float = 0.05,
        settle_timeout: float = 5.0,
        max_slot: int = 127,
    ) -> None:
        self.site = site
        self.control = control
        self.book = book
        self.technician = technician
        self.tolerance = tolerance
        self.clock = clock
        self.settle_interval = settle_interval
        self.settle_timeout = settle_timeout
        self.max_slot = max_slot
        self._presets: dict[int, CameraPreset] = {}

    @property
    def supports_presets(self) -> bool:
        return self.control.supports_presets

    @property
    def presets(self) -> list[CameraPreset]:
        """The presets as last loaded or changed, by slot."""
        return [self._presets[s] for s in sorted(self._presets)]

    async def _blocking(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(None, call)

    def _require_presets(self) -> None:
        if not self.control.supports_presets:
            raise PresetError(
                "unsupported", f"the camera of {self.site} is reached through the MCU: jog only, no presets"
            )

    def _check_slot(self, slot: int) -> None:
        if not 0 <= slot <= self.max_slot:
            raise PresetError("bad_slot", f"preset slot {slot} is outside 0..{self.max_slot}")

    def _known(self, slot: int) -> CameraPreset:
        preset = self._presets.get(slot)
        if preset is None:
            raise PresetError("not_stored", f"no preset in slot {slot} for {self.site}")
        return preset

    async def load(self) -> list[CameraPreset]:
        presets = await self._blocking(lambda: self.book.camera_presets(self.site))
        self._presets = {p.slot: p for p in presets}
        return self.presets

    # -- the camera --

    async def start(self, move: Move, speed: int = 4) -> None:
        await self.control.start(move, speed)

    async def stop(self) -> None:
        await self.control.stop()

    async def position(self) -> Position:
        return await self.control.position()

    async def settled_position(self) -> Position:
        """Read the position until two readings agree (the camera holds still)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.settle_timeout
        previous = await self.control.position()
        while True:
            await asyncio.sleep(self.settle_interval)
            current = await self.control.position()
            if current == previous:
                return current
            if loop.time() >= deadline:
                raise PresetError("moving", f"the camera of {self.site} keeps moving: nothing stored")
            previous = current

    async def store(self, slot: int, name: str, seat: str = "") -> CameraPreset:
        """Store the camera's framing in `slot` and keep it with the position the camera reports afterwards."""
        self._require_presets()
        self._check_slot(slot)
        await self.control.stop()
        before = await self.settled_position()
        await self.control.store_preset(slot)
        after = await self.control.position()
        if after != before:
            raise PresetError("moving", f"the camera of {self.site} moved while storing: nothing stored")
        previous = self._presets.get(slot)
        preset = CameraPreset(
            site=self.site,
            slot=slot,
            name=name.strip(),
            pan=after.pan,
            tilt=after.tilt,
            zoom=after.zoom,
            seat=seat.strip(),
            calibrated_by=self.technician,
            calibrated_at=self.clock(),
            speaker=previous.speaker if previous is not None else False,
        )
        saved = await self._blocking(lambda: self.book.save_camera_preset(preset))
        self._presets[slot] = saved
        log.info("%s: preset %d (%s) stored at %s by %s", self.site, slot, saved.name, after, self.technician)
        return saved

    async def recall(self, slot: int) -> Recalled:
        """Recall a slot, wait for the completion and read where the camera landed."""
        self._require_presets()
        self._check_slot(slot)
        await self.control.recall_preset(slot)
        landed = await self.control.position()
        stored = self._presets.get(slot)
        drift = compare(stored.stored(), landed, self.tolerance) if stored is not None else None
        return Recalled(slot, landed, drift)

    async def recall_speaker(self) -> Recalled | None:
        """Recall the site's speaker preset (the floor control's grant); None when it has none."""
        speaker = next((p for p in self._presets.values() if p.speaker), None)
        return None if speaker is None else await self.recall(speaker.slot)

    async def compare(self) -> tuple[Position, list[Difference]]:
        """Where the camera points now, against every stored preset (nothing moves)."""
        self._require_presets()
        current = await self.control.position()
        return current, [Difference(p, current) for p in self.presets]

    async def verify(self, tolerance: Tolerance | int | None = None) -> list[Drift]:
        """The periodic review: recall every stored preset, read the position back, list those that drifted."""
        self._require_presets()
        tol = self.tolerance if tolerance is None else tolerance
        return await verify_presets(self.control, [p.stored() for p in self.presets], tol)

    # -- the book only --

    async def rename(self, slot: int, name: str, seat: str | None = None) -> CameraPreset:
        self._known(slot)
        renamed = await self._blocking(
            lambda: self.book.rename_camera_preset(self.site, slot, name.strip(), seat)
        )
        self._presets[slot] = renamed
        return renamed

    async def set_speaker(self, slot: int | None) -> list[CameraPreset]:
        """Make `slot` the site's speaker preset (None: the site has none)."""
        if slot is not None:
            self._known(slot)
        await self._blocking(lambda: self.book.set_speaker_preset(self.site, slot))
        self._presets = {s: replace(p, speaker=s == slot) for s, p in self._presets.items()}
        return self.presets

    async def delete(self, slot: int) -> None:
        """Forget a preset (the camera's slot keeps its framing until stored again)."""
        self._known(slot)
        await self._blocking(lambda: self.book.delete_camera_preset(self.site, slot))
        self._presets.pop(slot, None)

    async def close(self) -> None:
        await self.control.close()
