"""Layout presets: a layout's composition, and applying a preset through the dispatcher."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from console.access import Actor, Guard, Permission
from console.commands.dispatcher import Command, CommandDispatcher
from console.domain import CommandResult, LayoutPreset, Participant

T = TypeVar("T")


ADAPTIVE_PREFIX = "ac"


SMALL_ROW = 7  # small thumbnails per row in the "M:N" layouts, up to 21 of them


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


class LayoutPresetBook(Protocol):
    """Where named layout presets are kept (`db.presets.PresetBook`); blocking."""

    def layout_presets(self) -> list[LayoutPreset]: ...

    def save_layout_preset(self, preset: LayoutPreset) -> LayoutPreset: ...

    def delete_layout_preset(self, preset_id: int) -> bool: ...


class LayoutPresetStore:
    """The operator's named layout presets, each change checked (`preset.layout.edit`) and audited.

    Blocking (the book is the log): call it off the event loop."""

    def __init__(self, book: LayoutPresetBook, guard: Guard | None = None) -> None:
        self.book = book
        self.guard = guard if guard is not None else Guard(None)

    def presets(self) -> list[LayoutPreset]:
        return self.book.layout_presets()

    def save(self, actor: Actor, preset: LayoutPreset) -> LayoutPreset:
        target = f"layout preset {preset.name!r}"
        self.guard.require(actor, Permission.LAYOUT_PRESET_EDIT, target)
        saved = self.book.save_layout_preset(preset)
        self.guard.record(actor, "preset.layout.save", target, detail=f"layout {saved.layout}")
        return saved

    def delete(self, actor: Actor, preset_id: int) -> bool:
        target = f"layout preset {preset_id}"
        self.guard.require(actor, Permission.LAYOUT_PRESET_EDIT, target)
        done = self.book.delete_layout_preset(preset_id)
        self.guard.record(actor, "preset.layout.delete", target, detail="" if done else "there was none")
        return done
