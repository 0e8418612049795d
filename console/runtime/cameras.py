"""The technician's camera calibration across the bridge: a frozen description out, typed requests in.

    info = await port.handle(CameraFor("DB.H.TUANGIAO.UBND"))   # CameraInfo | None: the session opens the camera
    state = await port.handle(CameraLoad(info.handle))          # CameraState(presets, position)
    changed = await port.handle(CameraStore(info.handle, 2, "Chủ tọa", "Bàn chủ tọa"))
    await port.handle(CameraClose(info.handle))                 # when the dialog closes

The session owns the `SitePresets` (the camera's control and the preset book) of every open calibration, in a
`CameraDesk`, by handle; it closes one on `CameraClose` and all of them when the session stops. The window holds
only the handle and frozen values. Requests, results and failures are frozen plain values and frozen domain types
(`CameraFailure` carries the error's code and its English line, never the camera's exception object), so the
session could run in a child process without the window changing.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from console.camera.control import ControlKind, Move, PresetError
from console.camera.drift import Drift, Tolerance
from console.camera.visca import ViscaError
from console.domain import CameraPreset, Position
from console.presets.camera import Difference, Recalled, SitePresets

log = logging.getLogger("bridgewall.cameras")

# --- out: what the window is given ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CameraInfo:
    """One open calibration of a site's camera, as the window sees it. `handle` names it in every request."""

    handle: int
    site: str
    label: str  # how the camera is reached, e.g. "VISCA 10.20.1.10:52381" or "FECC DB.H.TUANGIAO.UBND"
    kind: ControlKind
    supports_presets: bool  # False for far-end camera control through the MCU: jog only
    max_slot: int
    tolerance: Tolerance  # how far a recalled preset may land from its stored position, by default
    presets: tuple[CameraPreset, ...]  # as stored when it was opened, by slot


@dataclass(frozen=True, slots=True)
class CameraState:
    """The stored presets and where the camera points (None when the camera cannot tell)."""

    presets: tuple[CameraPreset, ...]
    position: Position | None


@dataclass(frozen=True, slots=True)
class PresetsChanged:
    """A preset stored, renamed or made the speaker preset: that preset, and all of the site's after it."""

    preset: CameraPreset | None  # None: the site has no speaker preset any more
    presets: tuple[CameraPreset, ...]


@dataclass(frozen=True, slots=True)
class Compared:
    """Where the camera points now, against every stored preset."""

    position: Position
    differences: tuple[Difference, ...]


class CameraFailure(Exception):
    """A camera request that failed. `source`: "camera" (a VISCA error code, see `console.camera.visca`),
    "preset" (a `PresetError` code; "no_site" too when the log does not know the site) or "error" (anything
    else; `code` is the exception's type name).
    `str()` is the English line for logs and tooltips. Made of plain values only, so it crosses processes."""

    def __init__(self, source: str, code: str, detail: str) -> None:
        super().__init__(source, code, detail)
        self.source = source
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return self.detail


# --- in: what the window asks -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CameraFor:
    """Open the technician's calibration of one site's camera: a `CameraInfo`, or None when it cannot be reached
    (no camera address, and the site is not in the meeting through an MCU that can move cameras)."""

    site: str


@dataclass(frozen=True, slots=True)
class CameraLoad:
    """Read the stored presets again, and the camera's position → CameraState."""

    handle: int


@dataclass(frozen=True, slots=True)
class CameraStart:
    """Start a jog (VISCA: until `CameraStop`; FECC: a pulse) → None."""

    handle: int
    move: Move
    speed: int = 4


@dataclass(frozen=True, slots=True)
class CameraStop:
    """Stop a jog → where the camera stopped (None when it cannot tell)."""

    handle: int


@dataclass(frozen=True, slots=True)
class CameraPosition:
    """Where the camera points → Position."""

    handle: int


@dataclass(frozen=True, slots=True)
class CameraStore:
    """Store the current framing in `slot` → PresetsChanged."""

    handle: int
    slot: int
    name: str
    seat: str = ""


@dataclass(frozen=True, slots=True)
class CameraRecall:
    """Recall a slot and read where the camera landed → Recalled."""

    handle: int
    slot: int


@dataclass(frozen=True, slots=True)
class CameraCompare:
    """The current position against every stored preset (nothing moves) → Compared."""

    handle: int


@dataclass(frozen=True, slots=True)
class CameraVerify:
    """The periodic review: recall every preset and read it back → the drifted ones (tuple of Drift)."""

    handle: int
    tolerance: Tolerance | None = None  # None: the calibration's own


@dataclass(frozen=True, slots=True)
class CameraRename:
    """Rename a stored preset (and its seat, unless None) → PresetsChanged."""

    handle: int
    slot: int
    name: str
    seat: str | None = None


@dataclass(frozen=True, slots=True)
class CameraSetSpeaker:
    """Make `slot` the site's speaker preset (None: none) → PresetsChanged."""

    handle: int
    slot: int | None


@dataclass(frozen=True, slots=True)
class CameraClose:
    """The calibration's dialog closed: the session closes the camera → True if it was open."""

    handle: int


CameraRequest = (
    CameraLoad
    | CameraStart
    | CameraStop
    | CameraPosition
    | CameraStore
    | CameraRecall
    | CameraCompare
    | CameraVerify
    | CameraRename
    | CameraSetSpeaker
    | CameraClose
)

CameraResult = CameraState | PresetsChanged | Compared | Recalled | Position | tuple[Drift, ...] | bool | None


# --- the session's side -----------------------------------------------------------------------------------


def failure(exc: Exception) -> CameraFailure:
    """The plain form of what a camera call raised."""
    if isinstance(exc, CameraFailure):
        return exc
    if isinstance(exc, ViscaError):
        return CameraFailure("camera", exc.code, str(exc))
    if isinstance(exc, PresetError):
        return CameraFailure("preset", exc.code, str(exc))
    if isinstance(exc, LookupError):  # the log has no such site
        return CameraFailure("preset", "no_site", str(exc))
    log.error("a camera request failed unexpectedly: %s: %s", type(exc).__name__, exc)
    return CameraFailure("error", type(exc).__name__, str(exc))


class CameraDesk:
    """The open calibrations of one session, each a `SitePresets` the desk owns; every method runs on the
    session's loop. `opener(site)` makes a site's SitePresets (None when its camera cannot be reached)."""

    def __init__(self, opener: Callable[[str], SitePresets | None]) -> None:
        self._opener = opener
        self._handles = itertools.count(1)
        self._open: dict[int, SitePresets] = {}
        self._closed = False

    @property
    def open_handles(self) -> list[int]:
        return sorted(self._open)

    async def open(self, site: str) -> CameraInfo | None:
        if self._closed:
            raise CameraFailure("camera", "closed", "the session is closing: no camera is opened")
        try:
            presets = self._opener(site)
        except Exception as exc:  # a camera address that cannot be used, say
            raise failure(exc) from None
        if presets is None:
            return None
        handle = next(self._handles)
        self._open[handle] = presets
        try:
            stored = await presets.load()
        except Exception as exc:
            await self.close(handle)
            raise failure(exc) from None
        control = presets.control
        return CameraInfo(
            handle=handle,
            site=presets.site,
            label=control.label,
            kind=ControlKind(control.kind),
            supports_presets=presets.supports_presets,
            max_slot=presets.max_slot,
            tolerance=presets.tolerance,
            presets=tuple(stored),
        )

    async def handle(self, request: CameraRequest) -> CameraResult:
        if isinstance(request, CameraClose):
            return await self.close(request.handle)
        presets = self._open.get(request.handle)
        if presets is None:
            raise CameraFailure("camera", "closed", "this camera's calibration is closed: open it again")
        try:
            return await self._run(presets, request)
        except Exception as exc:
            raise failure(exc) from None

    @staticmethod
    async def _run(p: SitePresets, r: CameraRequest) -> CameraResult:
        if isinstance(r, CameraLoad):
            stored = await p.load()
            return CameraState(tuple(stored), await p.position() if p.supports_presets else None)
        if isinstance(r, CameraStart):
            await p.start(r.move, r.speed)
            return None
        if isinstance(r, CameraStop):
            await p.stop()
            return await p.position() if p.supports_presets else None
        if isinstance(r, CameraPosition):
            return await p.position()
        if isinstance(r, CameraStore):
            return PresetsChanged(await p.store(r.slot, r.name, r.seat), tuple(p.presets))
        if isinstance(r, CameraRecall):
            return await p.recall(r.slot)
        if isinstance(r, CameraCompare):
            position, differences = await p.compare()
            return Compared(position, tuple(differences))
        if isinstance(r, CameraVerify):
            return tuple(await p.verify(r.tolerance))
        if isinstance(r, CameraRename):
            return PresetsChanged(await p.rename(r.slot, r.name, r.seat), tuple(p.presets))
        if isinstance(r, CameraSetSpeaker):
            after = tuple(await p.set_speaker(r.slot))
            return PresetsChanged(next((x for x in after if x.speaker), None), after)
        raise TypeError(f"not a camera request: {r!r}")

    async def close(self, handle: int) -> bool:
        """Close one calibration's camera; False when it was not open."""
        presets = self._open.pop(handle, None)
        if presets is None:
            return False
        try:
            await presets.close()
        except Exception as exc:
            log.warning("closing the camera of %s failed: %s", presets.site, exc)
        return True

    async def close_all(self) -> None:
        """The session stops: close every open camera, and open no more."""
        self._closed = True
        for handle in list(self._open):
            await self.close(handle)

    async def close_at_end(self) -> None:
        """Wait until cancelled (the session's loop ends), then close every open camera."""
        try:
            await asyncio.Event().wait()
        finally:
            await self.close_all()


__all__ = [
    "CameraClose",
    "CameraCompare",
    "CameraDesk",
    "CameraFailure",
    "CameraFor",
    "CameraInfo",
    "CameraLoad",
    "CameraPosition",
    "CameraRecall",
    "CameraRename",
    "CameraRequest",
    "CameraResult",
    "CameraSetSpeaker",
    "CameraStart",
    "CameraState",
    "CameraStop",
    "CameraStore",
    "CameraVerify",
    "Compared",
    "PresetsChanged",
]
