"""Layout and camera presets as stored and shown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Position:
    pan: int
    tilt: int
    zoom: int

    def __str__(self) -> str:
        return f"pan={self.pan} tilt={self.tilt} zoom={self.zoom}"


@dataclass(frozen=True, slots=True)
class StoredPreset:
    """A preset as the technician saved it for a seating chart."""

    slot: int
    name: str
    pan: int
    tilt: int
    zoom: int


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
