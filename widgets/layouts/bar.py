"""The operator's layout bar: one button per named preset of the control center and per layout the MCU offers,
each with a small drawing of its composition. A click or a number key (1–9) applies one; the button then shows
"… sending", "✓ done" or "✖ failed" with the MCU's answer, and the layout the MCU reports as active is marked
with a glyph, a frame and a colour.

The bar does not talk to the MCU itself. The console gives it:
- `apply(preset, report)`: a callback that sends the preset (transform_layout, spotlights) through the command
  dispatcher, and calls `report(state, detail)` — from any thread — as the commands progress;
- `load(future)`: the MCU's `available_layouts`, read on the session's loop (a concurrent future);
- `set_active(layout)`: on every LayoutChanged the hub publishes.

What the MCU's dialect cannot do is not offered: `set_capabilities` disables the buttons whose preset needs a
capability the dialect does not declare (every preset changes the layout; a named preset also spotlights).
With no MCU at all (`set_no_mcu`), or none attached (`set_unavailable`), the bar says so instead of waiting.

The named presets are edited elsewhere (`widgets.layouts.editor`): the bar's "Edit presets…" button and
Ctrl+Shift+P emit `editRequested(None)`; a right-click on a named preset's button offers "Edit…"
(`editRequested(preset)`) and "Delete" (`deleteRequested(preset)`). The editor hands the new list back through
`set_presets`.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QScrollArea, QToolButton, QVBoxLayout, QWidget

from console.domain import Capability, CommandResult, LayoutPreset
from console.presets.layouts import bar_presets, is_adaptive, layout_cells
from widgets.async_calls import AsyncCalls
from widgets.text import command_glyph, command_result_text, layout_name
from widgets.theme import (
    DIM_TEXT,
    EDGE,
    GREEN,
    LAYOUT_MAIN,
    LAYOUT_SCREEN,
    LAYOUT_SMALL,
    RED,
    TEXT,
    colour_rule,
)

Report = Callable[[str, str], None]
Apply = Callable[[LayoutPreset, Report], None]

PREVIEW = QSize(64, 36)  # 16:9
EDIT_SHORTCUT = "Ctrl+Shift+P"
NUMBER_KEYS = (
    Qt.Key.Key_1,
    Qt.Key.Key_2,
    Qt.Key.Key_3,
    Qt.Key.Key_4,
    Qt.Key.Key_5,
    Qt.Key.Key_6,
    Qt.Key.Key_7,
    Qt.Key.Key_8,
    Qt.Key.Key_9,
)
ACTIVE_GLYPH = "●"
ACTIVE_COLOUR = GREEN


def needs(preset: LayoutPreset) -> frozenset[Capability]:
    """What applying `preset` asks of the MCU: the layout, and for a named preset the spotlights."""
    if preset.plain:
        return frozenset({Capability.LAYOUT})
    return frozenset({Capability.LAYOUT, Capability.SPOTLIGHT})


def paint_layout(painter: QPainter, rect: QRectF, layout: str, active: bool = False) -> None:
    """Draw a layout's composition in `rect`: large pictures lighter, small ones darker; adaptive ones dashed
    with an "A"; a layout we cannot draw as its key in text."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, LAYOUT_SCREEN)
    frame = QPen(ACTIVE_COLOUR if active else DIM_TEXT, 2 if active else 1)
    cells = layout_cells(layout)
    adaptive = is_adaptive(layout)
    gap = 1.0
    for cell in cells:
        r = QRectF(
            rect.x() + cell.x * rect.width() + gap / 2,
            rect.y() + cell.y * rect.height() + gap / 2,
            max(1.0, cell.w * rect.width() - gap),
            max(1.0, cell.h * rect.height() - gap),
        )
        painter.fillRect(r, LAYOUT_MAIN if cell.main else LAYOUT_SMALL)
        if adaptive:
            pen = QPen(TEXT, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(r)
    if adaptive or not cells:
        painter.setPen(TEXT)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(8, int(rect.height() * (0.45 if adaptive else 0.3))))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "A" if adaptive else layout)
    painter.setPen(frame)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


def layout_pixmap(layout: str, active: bool = False, size: QSize = PREVIEW) -> QPixmap:
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_layout(painter, QRectF(QPointF(0, 0), size.toSizeF()), layout, active)
    finally:
        painter.end()
    return pixmap


class LayoutButton(QToolButton):
    """One preset: its drawing, its name, and its state (active; sending / done / failed)."""

    def __init__(self, preset: LayoutPreset, number: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preset = preset
        self.number = number
        self.active = False
        self.state = ""
        self.detail = ""
        self.refusal = ""  # why the MCU's dialect cannot apply it ("" when it can)
        self._look: tuple[bool, str] | None = None
        self.setObjectName(f"layoutButton:{preset.key}")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(PREVIEW)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRaise(False)
        self.refresh()

    def title(self) -> str:
        if self.preset.plain:
            return layout_name(self.preset.layout)
        return self.preset.name

    def refresh(self) -> None:
        prefix = f"{self.number} · " if self.number is not None else ""
        lines = [("" if not self.active else ACTIVE_GLYPH + " ") + prefix + self.title()]
        colour = ACTIVE_COLOUR if self.active else TEXT
        if self.state:
            # a failure of any kind is "failed" under the small picture; the bar's line says which
            shown = (
                self.state if self.state in (CommandResult.PENDING, CommandResult.OK) else CommandResult.ERROR
            )
            lines.append(f"{command_glyph(shown)} {command_result_text(shown)}")
            if shown == CommandResult.PENDING:
                colour = DIM_TEXT
            elif shown != CommandResult.OK:
                colour = RED
        self.setText("\n".join(lines))
        self.setChecked(self.active)
        self.setProperty("active", self.active)
        self.setProperty("state", str(self.state))
        look = (self.active, colour.name())
        if look != self._look:  # a new style sheet and icon cost the window a polish: only when they change
            self._look = look
            self.setIcon(QIcon(layout_pixmap(self.preset.layout, self.active)))
            border = f"2px solid {ACTIVE_COLOUR.name()}" if self.active else f"1px solid {EDGE.name()}"
            self.setStyleSheet(f"QToolButton {{ color: {colour.name()}; border: {border}; padding: 3px; }}")
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        p = self.preset
        parts = [self.tr("Layout %1").replace("%1", p.layout)]
        if not p.plain:
            parts.insert(0, p.name)
            if p.sites:
                parts.append(self.tr("Main positions: %1").replace("%1", ", ".join(p.sites)))
            if p.overlay:
                parts.append(self.tr("Overlay text: %1").replace("%1", p.overlay))
        if self.active:
            parts.append(self.tr("Active now"))
        if self.number is not None:
            parts.append(self.tr("Key %1").replace("%1", str(self.number)))
        if self.detail:
            parts.append(self.detail)
        if self.refusal:
            parts.append(self.refusal)
        return "\n".join(parts)


class LayoutBar(QWidget):
    """Buttons for the named presets, then for the MCU's layouts; number keys 1–9 follow that order."""

    applyRequested = Signal(object)  # the LayoutPreset a click or a key asked for
    editRequested = Signal(object)  # None: the presets' editor; a named LayoutPreset: edit that one
    deleteRequested = Signal(object)  # a named LayoutPreset the operator wants deleted
    _state = Signal(str, str, str)  # key, state, detail (from any thread)

    def __init__(
        self,
        apply: Apply | None = None,
        *,
        calls: AsyncCalls | None = None,
        shortcut_context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("layoutBar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # number keys reach it once clicked or tabbed to
        self._apply = apply
        self._calls = calls
        self._layouts: list[str] = []
        self._named: list[LayoutPreset] = []
        self._capabilities: frozenset[Capability] | None = None  # None: not told, everything is offered
        self._active = ""
        self.buttons: dict[str, LayoutButton] = {}
        self._order: list[LayoutButton] = []
        self._state.connect(self.show_state, Qt.ConnectionType.QueuedConnection)

        self.row = QWidget()
        self.row.setObjectName("layoutRow")
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.row)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.status = QLabel(self.tr("Reading the MCU's layouts…"))
        self.status.setObjectName("layoutStatus")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(180)
        self.status.setMaximumWidth(320)
        self.edit_action = QAction(self.tr("Edit presets…"), self)
        self.edit_action.setObjectName("editLayoutPresets")
        self.edit_action.setShortcut(QKeySequence(EDIT_SHORTCUT))
        self.edit_action.setShortcutContext(shortcut_context)
        self.edit_action.setToolTip(
            self.tr("Define the control center's named presets (%1)").replace("%1", EDIT_SHORTCUT)
        )
        self.edit_action.triggered.connect(lambda _checked=False: self.editRequested.emit(None))
        self.addAction(self.edit_action)
        self.edit_button = QToolButton()
        self.edit_button.setObjectName("editPresetsButton")
        self.edit_button.setDefaultAction(self.edit_action)
        self.edit_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.menu: QMenu | None = None  # the last right-click menu of a named preset
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.status, 1)
        side.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(scroll, 1)
        layout.addLayout(side)

        self.number_actions: list[QAction] = []
        for i, key in enumerate(NUMBER_KEYS):
            action = QAction(self.tr("Apply layout %1").replace("%1", str(i + 1)), self)
            action.setObjectName(f"applyLayout{i + 1}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(shortcut_context)
            action.triggered.connect(lambda _checked=False, n=i: self.apply_number(n))
            self.addAction(action)
            self.number_actions.append(action)

    # --- content ------------------------------------------------------------------------------------
    def set_layouts(self, layouts: Iterable[str]) -> None:
        """The layouts the MCU offers (its `available_layouts`), in its order."""
        self._layouts = list(layouts)
        self._rebuild()
        self._say(self.tr("%n layout(s) offered by the MCU", "", len(self._layouts)))

    def set_capabilities(self, capabilities: Iterable[Capability]) -> None:
        """What the connected MCU's dialect declares: presets needing anything else are shown, not offered."""
        self._capabilities = frozenset(capabilities)
        self._rebuild()
        if Capability.LAYOUT not in self._capabilities:
            self._say(self.tr("This MCU's dialect cannot change the layout."), DIM_TEXT)

    def offered(self, preset: LayoutPreset) -> bool:
        """Whether the MCU's dialect can apply `preset`."""
        return self._capabilities is None or needs(preset) <= self._capabilities

    def set_no_mcu(self) -> None:
        """No MCU is configured: there are no layouts to read, and nothing to apply them to."""
        self._say("○ " + self.tr("No MCU is configured: there are no layouts to apply."), DIM_TEXT)

    def set_unavailable(self, why: str) -> None:
        """The MCU could not be attached: its layouts will not come."""
        self._load_failed(RuntimeError(why))

    def set_presets(self, presets: Iterable[LayoutPreset]) -> None:
        """The control center's named presets (from `db.presets.layout_presets`)."""
        self._named = [p for p in presets if not p.plain]
        self._rebuild()

    def load(self, layouts: concurrent.futures.Future[Any]) -> None:
        """Take the layouts from a future (e.g. `session.submit(driver.available_layouts(conference))`)."""
        if self._calls is None:
            self._calls = AsyncCalls(None, self)
        self._say(self.tr("Reading the MCU's layouts…"))
        self._calls.watch(layouts, lambda result: self.set_layouts(result), self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self._say(
            "✖ "
            + self.tr("Cannot read the MCU's layouts: %1").replace("%1", str(error) or type(error).__name__),
            RED,
        )

    def presets(self) -> list[LayoutPreset]:
        """The buttons' presets in bar order."""
        return [b.preset for b in self._order]

    def named_presets(self) -> list[LayoutPreset]:
        """The control center's named presets, in bar order."""
        return [b.preset for b in self._order if not b.preset.plain]

    def layouts(self) -> list[str]:
        """The layouts the MCU offers, as last read ([] until then)."""
        return list(self._layouts)

    def _rebuild(self) -> None:
        states = {k: (b.state, b.detail) for k, b in self.buttons.items()}
        for button in self._order:
            self.row_layout.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        self._order = []
        for i, preset in enumerate(bar_presets(self._layouts, self._named)):
            button = LayoutButton(preset, i + 1 if i < len(NUMBER_KEYS) else None, self.row)
            button.active = preset.layout == self._active
            button.state, button.detail = states.get(preset.key, ("", ""))
            button.refusal = "" if self.offered(preset) else self._cannot(preset)
            button.setEnabled(not button.refusal)
            button.refresh()
            button.clicked.connect(lambda _checked=False, b=button: self.apply(b.preset))
            if not preset.plain:
                button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                button.customContextMenuRequested.connect(lambda pos, b=button: self._show_menu(b, pos))
            self.row_layout.addWidget(button)
            self.buttons[preset.key] = button
            self._order.append(button)
        for i, action in enumerate(self.number_actions):
            action.setEnabled(i < len(self._order) and self._order[i].isEnabled())

    def preset_menu(self, preset: LayoutPreset) -> QMenu:
        """The right-click menu of a named preset's button: "Edit…" and "Delete"."""
        menu = QMenu(self)
        menu.setObjectName("layoutPresetMenu")
        edit = menu.addAction(self.tr("Edit…"))
        edit.setObjectName("editLayoutPreset")
        edit.triggered.connect(lambda _checked=False: self.editRequested.emit(preset))
        delete = menu.addAction(self.tr("Delete"))
        delete.setObjectName("deleteLayoutPreset")
        delete.triggered.connect(lambda _checked=False: self.deleteRequested.emit(preset))
        return menu

    def _show_menu(self, button: LayoutButton, pos: QPoint) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.preset_menu(button.preset)
        self.menu.popup(button.mapToGlobal(pos))

    # --- the active layout --------------------------------------------------------------------------
    @property
    def active(self) -> str:
        return self._active

    def set_active(self, layout: str) -> None:
        """The MCU says this layout is on screen now (LayoutChanged): mark its buttons."""
        self._active = layout
        for button in self._order:
            active = button.preset.layout == layout
            if active != button.active:
                button.active = active
                button.refresh()
            else:
                button.setChecked(active)  # a click toggles the check; only the MCU decides

    # --- applying -----------------------------------------------------------------------------------
    def apply_number(self, index: int) -> None:
        if 0 <= index < len(self._order):
            self.apply(self._order[index].preset)

    def apply(self, preset: LayoutPreset) -> None:
        """Send a preset through the console's callback; its button follows the commands' progress."""
        button = self.buttons.get(preset.key)
        if button is not None:
            button.setChecked(button.active)
        if not self.offered(preset):
            self.show_state(preset.key, CommandResult.ERROR, self._cannot(preset))
            return
        self.applyRequested.emit(preset)
        if self._apply is None:
            self.show_state(preset.key, CommandResult.UNREACHABLE, self.tr("not connected to an MCU"))
            return
        self.show_state(preset.key, CommandResult.PENDING)
        self._apply(preset, self.reporter(preset))

    def _cannot(self, preset: LayoutPreset) -> str:
        missing = needs(preset) - (self._capabilities or frozenset())
        if Capability.LAYOUT in missing:
            return self.tr("This MCU's dialect cannot change the layout.")
        return self.tr("This MCU's dialect cannot spotlight sites: only plain layouts can be applied.")

    def reporter(self, preset: LayoutPreset) -> Report:
        """A `report(state, detail)` for `preset` that may be called from any thread."""
        key, signal = preset.key, self._state

        def report(state: str, detail: str = "") -> None:
            with contextlib.suppress(RuntimeError):  # the bar is gone
                signal.emit(key, str(state), detail)

        return report

    def show_state(self, key: str, state: str, detail: str = "") -> None:
        """Show a preset's command state on its button and in the status line."""
        button = self.buttons.get(key)
        if button is None:
            return
        state = str(state)
        button.state, button.detail = state, detail
        button.refresh()
        name = button.title()
        if state == CommandResult.PENDING:
            self._say("… " + self.tr("Applying %1").replace("%1", name), DIM_TEXT)
        elif state == CommandResult.OK:
            text = "✓ " + self.tr("%1 applied").replace("%1", name)
            self._say(text, GREEN)
        else:
            why = command_result_text(state)
            text = "✖ " + self.tr("%1: %2").replace("%1", name).replace("%2", why)
            if detail:
                text += f" — {detail}"
            self._say(text, RED)

    def _say(self, text: str, colour: QColor = TEXT) -> None:
        self.status.setText(text)
        self.status.setToolTip(text)
        self.status.setStyleSheet(colour_rule(colour))
