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

Everything async runs on one asyncio loop (the session's); the preset book (`PresetBook`, see `db.presets`) is
blocking and runs in the loop's executor.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol, TypeVar

from console.camera.cli import UsageError, parse_url
from console.camera.presets import Drift, StoredPreset, Tolerance, compare, verify_presets
from console.camera.visca import Direction, Position, ViscaCamera, ZoomDirection
from console.commands import Command, CommandDispatcher
from console.mcu.base import Axis, Participant
from console.model import CommandResult, utcnow

log = logging.getLogger("bridgewall.presets")

T = TypeVar("T")

ADAPTIVE_PREFIX = "ac"
SMALL_ROW = 7  # small thumbnails per row in the "M:N" layouts, up to 21 of them
DEFAULT_TOLERANCE = Tolerance(pan=8, tilt=8, zoom=32)
DEFAULT_NAMES = ("Chủ tọa", "Đại biểu hàng 1", "Đại biểu hàng 2", "Toàn cảnh")


# --- layout presets -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LayoutPreset:
    """A layout to apply; with a name, one the control center defined (sites in the main positions, overlay).

    `sites` are site codes in the order they take the main positions. A preset without a name is a plain
    layout of the MCU's list: applying it changes the layout and nothing else.
    """

    layout: str
    name: str = ""
    sites: tuple[str, ...] = ()
    overlay: str = ""
    ordinal: int = 0  # place on the bar among the named presets
    id: int | None = None

    @property
    def plain(self) -> bool:
        return not self.name

    @property
    def key(self) -> str:
        """A stable key for the bar's button: "layout:1:7" or "preset:<name>"."""
        return f"layout:{self.layout}" if self.plain else f"preset:{self.name}"


@dataclass(frozen=True, slots=True)
class Cell:
    """One picture of a layout in unit coordinates (0..1 across a 16:9 screen); `main` for a large position."""

    x: float
    y: float
    w: float
    h: float
    main: bool = False


def is_adaptive(layout: str) -> bool:
    """Adaptive composition ("ac", "ac_presentation_in_mix"…): the MCU picks the arrangement as people speak."""
    return layout == ADAPTIVE_PREFIX or layout.startswith(ADAPTIVE_PREFIX + "_")


def _parse(layout: str) -> tuple[int, int] | None:
    main, sep, small = layout.partition(":")
    if not sep or not main.isdigit() or not small.isdigit():
        return None
    m, n = int(main), int(small)
    if m < 1 or m > 25 or n > 64:
        return None
    return m, n


def _grid(columns: int, rows: int, count: int, main: bool = False) -> list[Cell]:
    w, h = 1.0 / columns, 1.0 / rows
    return [Cell((i % columns) * w, (i // columns) * h, w, h, main) for i in range(count)]


def layout_cells(layout: str) -> tuple[Cell, ...]:
    """The composition of a layout key, for a preview; () when the key is not one we can draw.

    `K:0` is an equal grid (1:0 one picture, 4:0 2×2, 9:0 3×3, 16:0, 25:0); `M:N` puts M large pictures across
    the top and N small ones in rows below (1:7 one large and a row of 7, 2:21 two large and three rows of 7,
    1:33 one large and three rows of 11); adaptive layouts are shown as an uneven "auto" grid.
    """
    if is_adaptive(layout):
        return (
            Cell(0.0, 0.0, 0.5, 0.5, True),
            Cell(0.5, 0.0, 0.5, 0.5, True),
            Cell(0.0, 0.5, 1 / 3, 0.5),
            Cell(1 / 3, 0.5, 1 / 3, 0.5),
            Cell(2 / 3, 0.5, 1 / 3, 0.5),
        )
    parsed = _parse(layout)
    if parsed is None:
        return ()
    m, n = parsed
    if n == 0:
        side = math.ceil(math.sqrt(m))
        rows = math.ceil(m / side)
        return tuple(_grid(side, rows, m, main=m == 1))
    columns = SMALL_ROW if n <= 3 * SMALL_ROW else math.ceil(n / 3)
    rows = math.ceil(n / columns)
    small_h = min(0.25, 0.5 / rows)
    top_h = 1.0 - small_h * rows
    main_w = min(top_h, 1.0 / m)  # keep the large pictures 16:9 where they fit
    left = (1.0 - main_w * m) / 2
    cells = [Cell(left + i * main_w, 0.0, main_w, top_h, True) for i in range(m)]
    small_w = 1.0 / columns
    for i in range(n):
        row, col = divmod(i, columns)
        in_row = min(columns, n - row * columns)
        offset = (1.0 - in_row * small_w) / 2  # a short last row is centred
        cells.append(Cell(offset + col * small_w, top_h + row * small_h, small_w, small_h))
    return tuple(cells)


def layout_capacity(layout: str) -> int | None:
    """How many sites a layout shows at once; None for adaptive or unknown layouts."""
    parsed = _parse(layout)
    return None if parsed is None else parsed[0] + parsed[1]


def bar_presets(layouts: Iterable[str], named: Iterable[LayoutPreset]) -> list[LayoutPreset]:
    """The bar's buttons in order: named presets (by ordinal, then name), then the MCU's layouts as offered."""
    ordered = sorted(named, key=lambda p: (p.ordinal, p.name))
    seen: set[str] = set()
    plain: list[LayoutPreset] = []
    for key in layouts:
        if key and key not in seen:
            seen.add(key)
            plain.append(LayoutPreset(key))
    return ordered + plain


@dataclass(frozen=True, slots=True)
class LayoutApplication:
    """The commands one preset became, and the preset's sites that are not in the meeting (not sent)."""

    commands: tuple[Command, ...]
    missing: tuple[str, ...] = ()


def apply_layout_preset(
    dispatcher: CommandDispatcher,
    conference: str,
    preset: LayoutPreset,
    participants: Iterable[Participant] = (),
    site_key: Callable[[Participant], str] = lambda p: p.display_name,
) -> LayoutApplication:
    """Send a preset: the layout, then (named presets only) exactly its sites spotlighted, in order.

    Call on the dispatcher's loop. Participants already spotlighted that the preset does not name are released
    first; the preset's sites not yet spotlighted are spotlighted in the preset's order.
    """
    commands = [dispatcher.transform_layout(conference, preset.layout)]
    missing: list[str] = []
    if not preset.plain:
        present = [p for p in participants if p.conference == conference]
        by_site: dict[str, Participant] = {}
        for p in present:
            by_site.setdefault(site_key(p), p)
        wanted = {by_site[s].uuid for s in preset.sites if s in by_site}
        for p in present:
            if p.spotlight and p.uuid not in wanted:
                commands.append(dispatcher.spotlight(conference, p.uuid, site_key(p), False))
        for site in preset.sites:
            found = by_site.get(site)
            if found is None:
                missing.append(site)
            elif not found.spotlight:
                commands.append(dispatcher.spotlight(conference, found.uuid, site, True))
    return LayoutApplication(tuple(commands), tuple(missing))


def watch_commands(
    commands: Sequence[Command], report: Callable[[CommandResult, str], None]
) -> Callable[[], None]:
    """Report PENDING now, then once: OK when every command ended OK, else the first failure and its detail.

    Returns a function that stops watching.
    """
    removers: list[Callable[[], None]] = []
    finished = False
    report(CommandResult.PENDING, "")

    def changed(_command: Command) -> None:
        nonlocal finished
        if finished or not all(c.finished for c in commands):
            return
        finished = True
        failed = next((c for c in commands if not c.ok), None)
        if failed is None:
            report(CommandResult.OK, "")
        else:
            report(failed.state, failed.detail)

    for command in commands:
        removers.append(command.add_listener(changed))
    if not commands:
        finished = True
        report(CommandResult.OK, "")

    def stop() -> None:
        for remove in removers:
            remove()

    return stop


# --- camera presets -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CameraPreset:
    """A camera framing stored for one site, with the position the camera confirmed when it was stored."""

    site: str  # site code
    slot: int
    name: str
    pan: int
    tilt: int
    zoom: int
    seat: str = ""  # where on the seating chart it points, e.g. "Bàn chủ tọa, giữa"
    calibrated_by: str = ""
    calibrated_at: datetime | None = None
    speaker: bool = False  # recalled by the floor control when this site is given the floor
    id: int | None = None

    @property
    def position(self) -> Position:
        return Position(self.pan, self.tilt, self.zoom)

    def stored(self) -> StoredPreset:
        return StoredPreset(self.slot, self.name, self.pan, self.tilt, self.zoom)


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
    meeting through the MCU, else None."""
    url = addresses.get(site)
    if url:
        return ViscaControl.from_url(url, timeout=timeout, retries=retries)
    if dispatcher is not None and participant is not None:
        return FeccControl(dispatcher, participant.conference, participant.uuid, site)
    return None


class PresetBook(Protocol):
    """Where camera presets are kept (blocking; `db.presets.PresetBook` on the log's database)."""

    def camera_presets(self, site: str) -> list[CameraPreset]: ...

    def save_camera_preset(self, preset: CameraPreset) -> CameraPreset: ...

    def rename_camera_preset(self, site: str, slot: int, name: str, seat: str | None) -> CameraPreset: ...

    def delete_camera_preset(self, site: str, slot: int) -> bool: ...

    def set_speaker_preset(self, site: str, slot: int | None) -> None: ...


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
        book: PresetBook,
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


__all__ = [
    "DEFAULT_NAMES",
    "DEFAULT_TOLERANCE",
    "CameraControl",
    "CameraPreset",
    "Cell",
    "ControlKind",
    "Difference",
    "FeccControl",
    "LayoutApplication",
    "LayoutPreset",
    "Move",
    "PresetBook",
    "PresetError",
    "Recalled",
    "SitePresets",
    "ViscaControl",
    "apply_layout_preset",
    "bar_presets",
    "camera_control_for",
    "is_adaptive",
    "layout_capacity",
    "layout_cells",
    "watch_commands",
]
