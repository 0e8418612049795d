"""The control center's named layout presets, defined in the window: a name, one of the MCU's layouts, the sites
to spotlight in order (they take the main positions) and an overlay text. The operator's layout bar shows them
first, numbered for the keys 1–9.

The editor does not touch the database. The console gives it:
- `save(preset)`: stores a preset (no id: a new one) and returns the preset as stored, or a concurrent future of
  it (e.g. `PresetBook.save_layout_preset` run on the session's loop); None keeps the preset as sent;
- `delete(preset_id)`: forgets a preset, again directly or as a future.

A failure (a future's exception, or one raised directly) is shown and nothing changes in the list. After every
change the editor emits `presetsChanged` with the whole list in bar order; `for_bar` hands it to the bar.

Keys: Ctrl+N new, Enter edit, Delete delete, Ctrl+Up / Ctrl+Down move; in the form Ctrl+S saves and Escape
cancels.
"""

from __future__ import annotations

import concurrent.futures
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import LayoutPreset, Site
from console.presets.layouts import layout_capacity
from widgets.async_calls import AsyncCalls
from widgets.layouts.bar import PREVIEW, LayoutBar, layout_pixmap
from widgets.text import layout_name
from widgets.theme import DIM_TEXT, GREEN, RED, colour_rule

Save = Callable[[LayoutPreset], Any]  # LayoutPreset | None, or a concurrent future of one
Delete = Callable[[int], Any]  # anything, or a concurrent future
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
# Pexip Infinity's layouts, offered while the MCU's own list has not been read
STANDARD_LAYOUTS = ("1:0", "1:7", "1:21", "2:21", "1:33", "4:0", "9:0", "16:0", "25:0", "ac")
LARGE_PREVIEW = QSize(160, 90)
OK_COLOUR = GREEN
BAD_COLOUR = RED


def folded(text: str) -> str:
    """Text for matching: no case, no Vietnamese diacritics ("Tuần Giáo" matches "tuan giao")."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _same(a: LayoutPreset | None, b: LayoutPreset | None) -> bool:
    """The same stored preset (by id; by name for one not stored yet)."""
    if a is None or b is None:
        return False
    return a.id == b.id if a.id is not None or b.id is not None else a.name == b.name


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__


class SitePicker(QWidget):
    """The registry's sites (filterable) on the left, the chosen ones in order on the right."""

    changed = Signal()

    def __init__(self, sites: Iterable[Site], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = {site.code: site.name for site in sites}
        self.filter = QLineEdit()
        self.filter.setObjectName("siteFilter")
        self.filter.setPlaceholderText(self.tr("Filter sites by name or code…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.set_filter)
        self.registry = QListWidget()
        self.registry.setObjectName("registrySites")
        self.registry.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.registry.setUniformItemSizes(True)
        for code, name in self._names.items():
            item = QListWidgetItem(f"{name} — {code}")
            item.setData(CODE_ROLE, code)
            item.setData(Qt.ItemDataRole.UserRole, folded(f"{name} {code}"))
            self.registry.addItem(item)
        self.registry.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.chosen = QListWidget()
        self.chosen.setObjectName("chosenSites")
        self.chosen.itemDoubleClicked.connect(lambda _item: self.remove_selected())

        self.add_button = self._button("addSite", self.tr("Add →"), self.add_selected)
        self.remove_button = self._button("removeSite", self.tr("← Remove"), self.remove_selected)
        self.up_button = self._button("siteUp", self.tr("Up"), lambda: self.move_site(-1))
        self.down_button = self._button("siteDown", self.tr("Down"), lambda: self.move_site(1))
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.filter, 0, 0)
        heading = QLabel(self.tr("Spotlighted, in order (main positions first):"))
        heading.setWordWrap(True)
        grid.addWidget(heading, 0, 2)
        grid.addWidget(self.registry, 1, 0)
        grid.addLayout(buttons, 1, 1)
        grid.addWidget(self.chosen, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def label(self, code: str) -> str:
        name = self._names.get(code)
        return f"{name} — {code}" if name else code

    def set_filter(self, text: str) -> None:
        words = folded(text).split()
        for row in range(self.registry.count()):
            item = self.registry.item(row)
            haystack = str(item.data(Qt.ItemDataRole.UserRole))
            item.setHidden(not all(w in haystack for w in words))

    def visible_codes(self) -> list[str]:
        """The registry's sites the filter lets through, in the registry's order."""
        return [
            str(self.registry.item(r).data(CODE_ROLE))
            for r in range(self.registry.count())
            if not self.registry.item(r).isHidden()
        ]

    def sites(self) -> tuple[str, ...]:
        return tuple(str(self.chosen.item(r).data(CODE_ROLE)) for r in range(self.chosen.count()))

    def set_sites(self, codes: Iterable[str]) -> None:
        self.chosen.clear()
        for code in codes:
            self._append(code)
        self.changed.emit()

    def _append(self, code: str) -> None:
        item = QListWidgetItem(self.label(code))
        item.setData(CODE_ROLE, code)
        if code not in self._names:
            item.setToolTip(self.tr("Not in the site registry"))
            item.setForeground(BAD_COLOUR)
        self.chosen.addItem(item)

    def add(self, code: str) -> bool:
        """Add a site at the end (a site already chosen stays where it is)."""
        if code in self.sites():
            return False
        self._append(code)
        self.chosen.setCurrentRow(self.chosen.count() - 1)
        self.changed.emit()
        return True

    def add_selected(self) -> None:
        for item in self.registry.selectedItems():
            if not item.isHidden():
                self.add(str(item.data(CODE_ROLE)))

    def remove_selected(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        self.chosen.takeItem(row)
        self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        self.changed.emit()

    def move_site(self, offset: int) -> None:
        row = self.chosen.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)
        self.changed.emit()


class LayoutPresetEditor(QDialog):
    """The named presets in bar order with New / Edit / Delete / Move up / Move down, and the form of one."""

    presetsChanged = Signal(list)  # every named preset, in bar order, after a change was stored

    def __init__(
        self,
        presets: Iterable[LayoutPreset],
        layouts: Sequence[str],
        sites: Iterable[Site],
        save: Save,
        delete: Delete,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("layoutPresetEditor")
        self.setWindowTitle(self.tr("Layout presets"))
        self._save = save
        self._delete = delete
        self._calls = AsyncCalls(None, self)
        self._presets: list[LayoutPreset] = []
        self._layouts: list[str] = []
        self._editing: LayoutPreset | None = None  # the preset in the form; None for a new one
        self._form_open = False
        self._busy = False
        self._bar: LayoutBar | None = None
        self.confirm: QMessageBox | None = None

        # the list
        self.list = QListWidget()
        self.list.setObjectName("presetList")
        self.list.setIconSize(PREVIEW)
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(320)
        self.list.currentRowChanged.connect(lambda _row: self._update_actions())
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.new_button = self._button("newPreset", self.tr("New"), "Ctrl+N", self.new_preset)
        self.edit_button = self._button("editPreset", self.tr("Edit…"), "Return", self.edit_selected)
        self.delete_button = self._button("deletePreset", self.tr("Delete"), "Delete", self.ask_delete)
        self.up_button = self._button("presetUp", self.tr("Move up"), "Ctrl+Up", lambda: self.move_preset(-1))
        self.down_button = self._button(
            "presetDown", self.tr("Move down"), "Ctrl+Down", lambda: self.move_preset(1)
        )
        list_buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("presetStatus")
        self.status.setWordWrap(True)

        # the form
        self.form = QGroupBox(self.tr("Preset"))
        self.form.setObjectName("presetForm")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("presetName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Khai mạc"))
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("presetLayout")
        self.layout_combo.setIconSize(PREVIEW)
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._update_layout())
        self.preview = QLabel()
        self.preview.setObjectName("presetPreview")
        self.capacity = QLabel()
        self.capacity.setObjectName("presetCapacity")
        self.picker = SitePicker(sites)
        self.picker.changed.connect(self._update_capacity)
        self.overlay_edit = QLineEdit()
        self.overlay_edit.setObjectName("presetOverlay")
        self.overlay_edit.setPlaceholderText(self.tr("Shown over the picture, e.g. Giao ban tháng 3"))
        self.error = QLabel()
        self.error.setObjectName("presetError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colour_rule(BAD_COLOUR))
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("savePreset")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.clicked.connect(lambda _checked=False: self.save_form())
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelPreset")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda _checked=False: self.close_form())
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.layout_combo, 1)
        layout_row.addWidget(self.preview)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.cancel_button)
        fields = QFormLayout(self.form)
        fields.addRow(self.tr("Name:"), self.name_edit)
        fields.addRow(self.tr("Layout:"), layout_row)
        fields.addRow("", self.capacity)
        fields.addRow(self.tr("Sites:"), self.picker)
        fields.addRow(self.tr("Overlay text:"), self.overlay_edit)
        fields.addRow(self.error)
        fields.addRow(form_buttons)
        self.form.setEnabled(False)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close_editor)
        self.close_buttons = close
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(list_buttons)
        left.addWidget(self.status)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.form, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(close)
        self.resize(1120, 640)

        self.set_layouts(layouts)
        self.set_presets(presets)

    @classmethod
    def for_bar(
        cls, bar: LayoutBar, sites: Iterable[Site], save: Save, delete: Delete, parent: QWidget | None = None
    ) -> LayoutPresetEditor:
        """An editor of the bar's named presets and layouts; the bar gets the list after every change."""
        editor = cls(bar.named_presets(), bar.layouts(), sites, save, delete, parent)
        editor._bar = bar
        editor.presetsChanged.connect(bar.set_presets)
        return editor

    def _button(self, name: str, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        action = QAction(self)
        action.setObjectName(name + "Key")
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: self._trigger(button, slot))
        self.list.addAction(action)
        button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
        return button

    @staticmethod
    def _trigger(button: QPushButton, slot: Callable[[], None]) -> None:
        if button.isEnabled():
            slot()

    # --- content ------------------------------------------------------------------------------------
    def presets(self) -> list[LayoutPreset]:
        """The named presets in bar order."""
        return list(self._presets)

    def set_presets(self, presets: Iterable[LayoutPreset]) -> None:
        self._presets = sorted((p for p in presets if not p.plain), key=lambda p: (p.ordinal, p.name))
        self._fill_list()

    def set_layouts(self, layouts: Iterable[str]) -> None:
        """The MCU's layouts for the form's choice (Pexip's standard ones while they are unknown)."""
        self._layouts = list(dict.fromkeys(layouts)) or list(STANDARD_LAYOUTS)
        if not self._form_open:
            self._fill_layouts("")

    def open_for(self, preset: LayoutPreset | None = None, *, delete: bool = False) -> None:
        """Show the editor (with the bar's current presets and layouts); edit or delete `preset` if given."""
        if self._bar is not None and not self._busy and not self._form_open:
            self.set_layouts(self._bar.layouts())
            self.set_presets(self._bar.named_presets())
        self.show()
        self.raise_()
        self.activateWindow()
        if preset is None or self._form_open:
            return
        known = self._find(preset)
        if known is None:
            return
        self.list.setCurrentRow(self._presets.index(known))
        if delete:
            self.ask_delete(known)
        else:
            self.edit(known)

    def _find(self, preset: LayoutPreset) -> LayoutPreset | None:
        return next((p for p in self._presets if _same(p, preset)), None)

    def _fill_list(self) -> None:
        current = self.selected()
        self.list.clear()
        for i, p in enumerate(self._presets):
            item = QListWidgetItem(QIcon(layout_pixmap(p.layout)), f"{i + 1} · {p.name}")
            details = [self.tr("Layout %1").replace("%1", p.layout)]
            if p.sites:
                details.append(self.tr("Main positions: %1").replace("%1", ", ".join(p.sites)))
            if p.overlay:
                details.append(self.tr("Overlay text: %1").replace("%1", p.overlay))
            item.setToolTip("\n".join(details))
            self.list.addItem(item)
        if current is not None and (found := self._find(current)) is not None:
            self.list.setCurrentRow(self._presets.index(found))
        elif self._presets:
            self.list.setCurrentRow(0)
        self._update_actions()

    def selected(self) -> LayoutPreset | None:
        row = self.list.currentRow()
        return self._presets[row] if 0 <= row < len(self._presets) else None

    def _update_actions(self) -> None:
        idle = not self._busy and not self._form_open
        row = self.list.currentRow()
        has = 0 <= row < len(self._presets)
        self.list.setEnabled(not self._form_open)  # kept while a call runs: the keyboard focus stays on it
        self.new_button.setEnabled(idle)
        self.edit_button.setEnabled(idle and has)
        self.delete_button.setEnabled(idle and has)
        self.up_button.setEnabled(idle and has and row > 0)
        self.down_button.setEnabled(idle and has and row < len(self._presets) - 1)
        self.form.setEnabled(self._form_open)
        self.save_button.setEnabled(self._form_open and not self._busy)

    def _say(self, text: str, ok: bool = True) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(colour_rule(OK_COLOUR if ok else BAD_COLOUR))

    # --- the form -----------------------------------------------------------------------------------
    def _fill_layouts(self, current: str) -> None:
        layouts = list(self._layouts)
        if current and current not in layouts:
            layouts.append(current)
        self.layout_combo.blockSignals(True)
        self.layout_combo.clear()
        for key in layouts:
            self.layout_combo.addItem(QIcon(layout_pixmap(key)), layout_name(key), key)
        self.layout_combo.setCurrentIndex(max(0, layouts.index(current)) if current else 0)
        self.layout_combo.blockSignals(False)
        self._update_layout()

    def chosen_layout(self) -> str:
        data = self.layout_combo.currentData()
        return str(data) if data is not None else ""

    def set_layout(self, key: str) -> None:
        index = self.layout_combo.findData(key)
        if index < 0:
            self._fill_layouts(key)
        else:
            self.layout_combo.setCurrentIndex(index)

    def _update_layout(self) -> None:
        key = self.chosen_layout()
        self.preview.setPixmap(
            layout_pixmap(key, size=LARGE_PREVIEW) if key else layout_pixmap("", size=PREVIEW)
        )
        self._update_capacity()

    def _update_capacity(self) -> None:
        key = self.chosen_layout()
        count = len(self.picker.sites())
        capacity = layout_capacity(key) if key else None
        colour: QColor | None
        if capacity is None:
            text = self.tr("%1 site(s) chosen; the MCU arranges this layout itself").replace("%1", str(count))
            colour = DIM_TEXT
        else:
            text = (
                self.tr("%1 of %2 sites this layout shows")
                .replace("%1", str(count))
                .replace("%2", str(capacity))
            )
            colour = BAD_COLOUR if count > capacity else None
        self.capacity.setText(text)
        self.capacity.setStyleSheet(colour_rule(colour) if colour is not None else "")

    def new_preset(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        preset = self.selected()
        if preset is not None:
            self.edit(preset)

    def edit(self, preset: LayoutPreset) -> None:
        self._open_form(preset)

    def _open_form(self, preset: LayoutPreset | None) -> None:
        if self._busy:
            return
        self._editing = preset
        self._form_open = True
        self.form.setTitle(
            self.tr("New preset") if preset is None else self.tr("Preset “%1”").replace("%1", preset.name)
        )
        self.name_edit.setText(preset.name if preset else "")
        self._fill_layouts(preset.layout if preset else "")
        self.picker.filter.clear()
        self.picker.set_sites(preset.sites if preset else ())
        self.overlay_edit.setText(preset.overlay if preset else "")
        self._show_error("")
        self._update_actions()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def close_form(self) -> None:
        self._editing = None
        self._form_open = False
        self._show_error("")
        self.form.setTitle(self.tr("Preset"))
        self._update_actions()
        self.list.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def form_error(self) -> str:
        """Why the form cannot be saved as it is ("" when it can)."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the preset a name.")
        others = [p for p in self._presets if not _same(p, self._editing)]
        if any(folded(p.name) == folded(name) for p in others):
            return self.tr("A preset named “%1” already exists: choose another name.").replace("%1", name)
        key = self.chosen_layout()
        if not key:
            return self.tr("Choose a layout.")
        count, capacity = len(self.picker.sites()), layout_capacity(key)
        if capacity is not None and count > capacity:
            return (
                self.tr("Layout %1 shows at most %2 site(s); %3 are chosen: remove some.")
                .replace("%1", key)
                .replace("%2", str(capacity))
                .replace("%3", str(count))
            )
        return ""

    def form_preset(self) -> LayoutPreset:
        """The form as a preset (a new one goes after the others)."""
        editing = self._editing
        ordinal = editing.ordinal if editing else max((p.ordinal for p in self._presets), default=0) + 1
        return LayoutPreset(
            layout=self.chosen_layout(),
            name=self.name_edit.text().strip(),
            sites=self.picker.sites(),
            overlay=self.overlay_edit.text().strip(),
            ordinal=ordinal,
            id=editing.id if editing else None,
        )

    def save_form(self) -> bool:
        """Store the form's preset; False (with the reason shown) when the form is not acceptable."""
        if not self._form_open or self._busy:
            return False
        error = self.form_error()
        if error:
            self._show_error("✖ " + error)
            if not self.name_edit.text().strip() or "“" in error:
                self.name_edit.setFocus()
            return False
        preset, editing = self.form_preset(), self._editing
        self._show_error("")
        self._set_busy(True)
        self._say("… " + self.tr("Saving “%1”").replace("%1", preset.name))

        def saved(result: Any) -> None:
            stored = result if isinstance(result, LayoutPreset) else preset
            self._set_busy(False)
            others = [p for p in self._presets if not _same(p, editing)]
            self._presets = sorted([*others, stored], key=lambda p: (p.ordinal, p.name))
            self.close_form()
            self._fill_list()
            self.list.setCurrentRow(self._presets.index(stored))
            self._say("✓ " + self.tr("“%1” saved").replace("%1", stored.name))
            self.presetsChanged.emit(self.presets())

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            text = self.tr("Not saved: %1").replace("%1", _first_line(error))
            self._show_error("✖ " + text)
            self._say("✖ " + text, ok=False)

        self._submit(lambda: self._save(preset), saved, failed)
        return True

    # --- delete and reorder -------------------------------------------------------------------------
    def ask_delete(self, preset: LayoutPreset | None = None) -> None:
        """Deleting a preset removes it from the bar: ask first (Keep is the default)."""
        preset = preset or self.selected()
        if preset is None or self._busy or self._form_open:
            return
        if self.confirm is not None and self.confirm.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete preset"),
            self.tr("Delete the preset “%1”? The bar will no longer offer it.").replace("%1", preset.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmDeletePreset")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.finished.connect(
            lambda result: self.delete(preset) if result == QMessageBox.StandardButton.Yes else None
        )
        self.confirm = box
        box.open()

    def delete(self, preset: LayoutPreset) -> None:
        """Delete without asking."""
        if self._busy:
            return
        self._set_busy(True)
        self._say("… " + self.tr("Deleting “%1”").replace("%1", preset.name))

        def deleted(_result: Any) -> None:
            self._set_busy(False)
            self._presets = [p for p in self._presets if not _same(p, preset)]
            self._fill_list()
            self._say("✓ " + self.tr("“%1” deleted").replace("%1", preset.name))
            self.presetsChanged.emit(self.presets())

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            self._say("✖ " + self.tr("Not deleted: %1").replace("%1", _first_line(error)), ok=False)

        if preset.id is None:
            deleted(None)
        else:
            preset_id = preset.id
            self._submit(lambda: self._delete(preset_id), deleted, failed)

    def move_preset(self, offset: int) -> None:
        """Move the selected preset up (-1) or down (+1): the presets are numbered again 1, 2, 3… and stored."""
        row = self.list.currentRow()
        target = row + offset
        if self._busy or self._form_open or row < 0 or not 0 <= target < len(self._presets):
            return
        order = list(self._presets)
        order.insert(target, order.pop(row))
        moved = order[target]
        changed = [(i, replace(p, ordinal=i + 1)) for i, p in enumerate(order) if p.ordinal != i + 1]
        self._set_busy(True)
        self._say("… " + self.tr("Moving “%1”").replace("%1", moved.name))

        def finish(error: BaseException | None) -> None:
            self._set_busy(False)
            self._presets = sorted(order, key=lambda p: (p.ordinal, p.name))
            self._fill_list()
            if (found := self._find(moved)) is not None:
                self.list.setCurrentRow(self._presets.index(found))
            if error is None:
                self._say("✓ " + self.tr("“%1” moved").replace("%1", moved.name))
            else:
                self._say("✖ " + self.tr("Not moved: %1").replace("%1", _first_line(error)), ok=False)
            self.presetsChanged.emit(self.presets())

        def next_save(index: int) -> None:  # one at a time: the list shows what was stored
            if index == len(changed):
                finish(None)
                return
            position, preset = changed[index]

            def saved(result: Any) -> None:
                order[position] = result if isinstance(result, LayoutPreset) else preset
                next_save(index + 1)

            self._submit(lambda: self._save(preset), saved, finish)

        next_save(0)

    # --- calls --------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_actions()

    def _submit(self, call: Callable[[], Any], on_done: Done, on_error: Failed) -> None:
        """Run a save or delete: its result now, or a future's later on this thread."""
        try:
            outcome = call()
        except Exception as error:  # shown to the operator, the list unchanged
            on_error(error)
            return
        if isinstance(outcome, concurrent.futures.Future):
            self._calls.watch(outcome, on_done, on_error)
        else:
            on_done(outcome)

    def close_editor(self) -> None:
        """Close the editor; an unsaved form is dropped."""
        if not self._busy:
            self.close_form()
        super().reject()

    def reject(self) -> None:
        """Escape cancels an open form first, then closes the editor."""
        if self._form_open and not self._busy:
            self.close_form()
            return
        super().reject()
