"""Wall frames across a process boundary: the numbers through shared memory, a small message saying "ready".

The session's process writes each frame's arrays (flags, health, parts, age and the recent telemetry series of
every site) into one of two shared-memory slots and sends a `FrameReady` naming the slot, the arrays' places and
what changed besides numbers (the site index on a relayout, the roster when it changed). The window's process
copies the slot into arrays of its own and gives the slot back (`release`): a slot is never written while the
window reads it, and nothing of the wall is pickled per frame.

    writer = FrameWriter()                      # the session's process
    ready = writer.write(frame, last_roster)    # None: both slots are still being read; try again after a release
    reader = FrameReader()                      # the window's process
    frame = reader.read(ready)                  # a WallFrame the window owns; then send `release(ready.slot)`
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass
from multiprocessing import shared_memory

import numpy as np
import numpy.typing as npt

from console.domain import GroupField
from console.live.wall import SiteIndex, WallData
from console.runtime.bridge import Roster, WallFrame

SLOTS = 2
ALIGN = 64


@dataclass(frozen=True, slots=True)
class ArrayPlace:
    name: str  # "flags", "health", "parts", "age", or "series:<metric>"
    dtype: str
    shape: tuple[int, ...]
    offset: int


@dataclass(frozen=True, slots=True)
class FrameReady:
    """Frame `seq` is in slot `slot` (shared memory `block`)."""

    seq: int
    slot: int
    block: str
    places: tuple[ArrayPlace, ...]
    version: int
    relayout: bool
    group_by: GroupField
    span: int  # seconds of series held
    index: SiteIndex | None  # the site index when it changed (a relayout), else None: the previous one holds
    roster: Roster | None  # the roster when it changed, else None


def _arrays(data: WallData, span: int) -> dict[str, npt.NDArray[np.generic]]:
    rows = np.arange(len(data.index), dtype=np.int64)
    arrays: dict[str, npt.NDArray[np.generic]] = {
        "flags": data.flags,
        "health": data.health,
        "parts": data.parts,
        "age": data.age,
    }
    for metric, values in data.read_series(rows, span).items():
        arrays[f"series:{metric}"] = values
    return arrays


class FrameWriter:
    """The session's side: two slots of shared memory, grown when the wall grows; `close()` frees them."""

    def __init__(self) -> None:
        self.blocks: list[shared_memory.SharedMemory | None] = [None] * SLOTS
        self.free = set(range(SLOTS))
        self.seq = 0
        self._index: SiteIndex | None = None

    def write(self, frame: WallFrame, span: int, roster_changed: bool) -> FrameReady | None:
        if not self.free:
            return None
        slot = min(self.free)
        arrays = _arrays(frame.data, span)
        places: list[ArrayPlace] = []
        offset = 0
        for name, array in arrays.items():
            places.append(ArrayPlace(name, array.dtype.str, tuple(array.shape), offset))
            offset += -(-array.nbytes // ALIGN) * ALIGN
        block = self._block(slot, max(offset, ALIGN))
        for place, array in zip(places, arrays.values(), strict=True):
            view: npt.NDArray[np.generic] = np.ndarray(
                place.shape, dtype=place.dtype, buffer=block.buf, offset=place.offset
            )
            view[...] = array
            del view
        self.free.discard(slot)
        self.seq += 1
        held = [p.shape[1] for p in places if p.name.startswith("series:") and len(p.shape) == 2]
        index = frame.data.index
        relayout = frame.relayout or index is not self._index
        self._index = index
        return FrameReady(
            self.seq,
            slot,
            block.name,
            tuple(places),
            frame.data.version,
            relayout,
            frame.group_by,
            held[0] if held else 0,
            index if relayout else None,
            frame.roster if roster_changed else None,
        )

    def release(self, slot: int) -> None:
        self.free.add(slot)

    def _block(self, slot: int, size: int) -> shared_memory.SharedMemory:
        block = self.blocks[slot]
        if block is not None and block.size >= size:
            return block
        if block is not None:
            block.close()
            block.unlink()
        block = shared_memory.SharedMemory(f"bw-{secrets.token_hex(6)}", create=True, size=size + size // 4)
        self.blocks[slot] = block
        return block

    def names(self) -> list[str]:
        return [b.name for b in self.blocks if b is not None]

    def close(self) -> None:
        for i, block in enumerate(self.blocks):
            if block is not None:
                block.close()
                with contextlib.suppress(FileNotFoundError):
                    block.unlink()
                self.blocks[i] = None


class FrameReader:
    """The window's side: attaches the slots by name and copies each frame out into arrays of its own."""

    def __init__(self) -> None:
        self._blocks: dict[str, shared_memory.SharedMemory] = {}
        self._index: SiteIndex | None = None
        self._roster = Roster()

    def read(self, ready: FrameReady) -> WallFrame:
        block = self._attach(ready.block)
        copies: dict[str, npt.NDArray[np.generic]] = {}
        for place in ready.places:
            view: npt.NDArray[np.generic] = np.ndarray(
                place.shape, dtype=place.dtype, buffer=block.buf, offset=place.offset
            )
            copy = view.copy()
            del view
            copy.flags.writeable = False
            copies[place.name] = copy
        if ready.index is not None:
            self._index = ready.index
        if ready.roster is not None:
            self._roster = ready.roster
        assert self._index is not None, "a frame before any site index"
        series = {
            name.split(":", 1)[1]: values for name, values in copies.items() if name.startswith("series:")
        }
        span = ready.span

        def read_series(rows: npt.NDArray[np.int64], seconds: int) -> dict[str, npt.NDArray[np.float32]]:
            n = min(seconds, span)
            return {name: values[rows, span - n :] for name, values in series.items()}  # type: ignore[misc]

        data = WallData(self._index, read_series)
        data.flags, data.health = copies["flags"], copies["health"]  # type: ignore[assignment]
        data.parts, data.age = copies["parts"], copies["age"]  # type: ignore[assignment]
        data.version = ready.version
        return WallFrame(data, ready.relayout, self._roster, ready.group_by)

    def _attach(self, name: str) -> shared_memory.SharedMemory:
        block = self._blocks.get(name)
        if block is None:
            block = shared_memory.SharedMemory(name)  # the session's process made it and unlinks it
            while len(self._blocks) >= 2 * SLOTS:  # slots the session replaced when the wall grew
                with contextlib.suppress(BufferError):
                    self._blocks.pop(next(iter(self._blocks))).close()
            self._blocks[name] = block
        return block

    def close(self) -> None:
        for block in self._blocks.values():
            with contextlib.suppress(BufferError):
                block.close()
        self._blocks.clear()
