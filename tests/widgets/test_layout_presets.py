"""The control center's named layout presets defined in the window, stored in a real SQLite file with the demo
network's sites, and shown on the operator's layout bar."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from console.domain import LayoutPreset, Site
from console.registry import load_network
from db.engine import open_database, session_factory
from db.presets import PresetBook
from db.sites import ensure_network, load_sites
from tests.widgets.loop_thread import LoopThread
from widgets.layouts.bar import LayoutBar, Report
from widgets.layouts.editor import STANDARD_LAYOUTS, LayoutPresetEditor, folded

WAIT = 10_000
LAYOUTS = ["1:0", "1:7", "2:21", "4:0", "ac"]


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    eng = open_database(f"sqlite:///{tmp_path}/x.sqlite3")
    with session_factory(eng)() as session:
        ensure_network(session, load_network())
        session.commit()
    yield eng
    eng.dispose()


@pytest.fixture
def sites(engine: Engine) -> list[Site]:
    with session_factory(engine)() as session:
        return load_sites(session)


@pytest.fixture
def book(engine: Engine) -> PresetBook:
    return PresetBook(engine)


@pytest.fixture
def loop() -> Iterator[LoopThread]:
    thread = LoopThread()
    yield thread
    thread.close()


class Sent:
    """What the bar asked the console to apply."""

    def __init__(self) -> None:
        self.presets: list[LayoutPreset] = []

    def __call__(self, preset: LayoutPreset, report: Report) -> None:
        self.presets.append(preset)


def make_bar(qtbot: QtBot, book: PresetBook, sent: Sent | None = None) -> LayoutBar:
    bar = LayoutBar(sent)
    qtbot.addWidget(bar)
    bar.set_layouts(LAYOUTS)
    bar.set_presets(book.layout_presets())
    return bar


def make_editor(qtbot: QtBot, bar: LayoutBar, sites: list[Site], book: PresetBook) -> LayoutPresetEditor:
    """Saving and deleting straight through the book (the console runs the same on its loop)."""
    editor = LayoutPresetEditor.for_bar(bar, sites, book.save_layout_preset, book.delete_layout_preset)
    qtbot.addWidget(editor)
    editor.open_for()
    return editor


def pick(editor: LayoutPresetEditor, qtbot: QtBot, text: str) -> str:
    """Filter the registry by `text` and add the first site it shows; its code."""
    editor.picker.filter.setText(text)
    code = editor.picker.visible_codes()[0]
    row = next(
        r
        for r in range(editor.picker.registry.count())
        if editor.picker.registry.item(r).data(Qt.ItemDataRole.UserRole + 1) == code
    )
    editor.picker.registry.setCurrentRow(row)
    qtbot.mouseClick(editor.picker.add_button, Qt.MouseButton.LeftButton)
    return code


def fill(editor: LayoutPresetEditor, qtbot: QtBot, name: str, layout: str, *filters: str) -> list[str]:
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    assert editor.form.isEnabled() and not editor.list.isEnabled()
    editor.name_edit.setText(name)
    editor.layout_combo.setCurrentIndex(editor.layout_combo.findData(layout))
    return [pick(editor, qtbot, text) for text in filters]


def stored(book: PresetBook) -> list[tuple[str, int]]:
    return [(p.name, p.ordinal) for p in book.layout_presets()]


def test_a_new_preset_is_stored_and_comes_first_on_the_bar_with_key_1(
    qtbot: QtBot, book: PresetBook, sites: list[Site]
) -> None:
    sent = Sent()
    bar = make_bar(qtbot, book, sent)
    with qtbot.waitSignal(bar.editRequested) as asked:
        qtbot.mouseClick(bar.edit_button, Qt.MouseButton.LeftButton)
    assert asked.args == [None]
    editor = make_editor(qtbot, bar, sites, book)
    assert [editor.layout_combo.itemData(i) for i in range(editor.layout_combo.count())] == LAYOUTS

    codes = fill(editor, qtbot, "  Khai mạc  ", "2:21", "ubnd tinh", "tuan giao")  # no diacritics needed
    assert codes == ["T.UBND", "X.TUANGIAO"]
    editor.overlay_edit.setText("Giao ban tháng 3")
    assert editor.capacity.text().startswith("2 ") and "23" in editor.capacity.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    (preset,) = book.layout_presets()
    assert (preset.name, preset.layout, preset.sites, preset.overlay) == (
        "Khai mạc",
        "2:21",
        tuple(codes),
        "Giao ban tháng 3",
    )
    assert not editor.form.isEnabled() and editor.list.count() == 1 and editor.status.text().startswith("✓")
    assert bar.presets()[0] == preset and [p.layout for p in bar.presets()[1:]] == LAYOUTS
    assert bar.buttons["preset:Khai mạc"].text().startswith("1 · Khai mạc")

    bar.show()
    bar.activateWindow()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=WAIT)
    qtbot.keyClick(bar, Qt.Key.Key_1)
    assert sent.presets == [preset]

    # editing keeps its id and place; the bar follows the new name
    editor.edit(preset)
    assert editor.picker.sites() == tuple(codes)
    editor.name_edit.setText("Khai mạc hội nghị")
    editor.picker.chosen.setCurrentRow(0)
    editor.picker.move_site(1)
    assert editor.save_form()
    (edited,) = book.layout_presets()
    assert edited.id == preset.id and edited.sites == tuple(reversed(codes))
    assert "preset:Khai mạc" not in bar.buttons and bar.presets()[0] == edited


def test_the_editor_runs_through_futures_on_the_sessions_loop(
    qtbot: QtBot, book: PresetBook, sites: list[Site], loop: LoopThread
) -> None:
    bar = make_bar(qtbot, book)

    def save(preset: LayoutPreset) -> concurrent.futures.Future[Any]:
        return asyncio.run_coroutine_threadsafe(asyncio.to_thread(book.save_layout_preset, preset), loop.loop)

    def delete(preset_id: int) -> concurrent.futures.Future[Any]:
        return asyncio.run_coroutine_threadsafe(
            asyncio.to_thread(book.delete_layout_preset, preset_id), loop.loop
        )

    editor = LayoutPresetEditor.for_bar(bar, sites, save, delete)
    qtbot.addWidget(editor)
    editor.open_for()
    fill(editor, qtbot, "Thảo luận", "4:0", "dien bien phu")
    with qtbot.waitSignal(editor.presetsChanged, timeout=WAIT):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert not editor.save_button.isEnabled()  # one call at a time
    assert stored(book) == [("Thảo luận", 1)] and bar.named_presets()[0].id is not None

    editor.open_for(bar.named_presets()[0], delete=True)
    box = editor.confirm
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(editor.presetsChanged, timeout=WAIT):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert book.layout_presets() == [] and bar.named_presets() == []


def test_a_duplicate_name_is_refused_and_nothing_stored(
    qtbot: QtBot, book: PresetBook, sites: list[Site]
) -> None:
    book.save_layout_preset(LayoutPreset("1:7", "Khai mạc", ("T.UBND",), ordinal=1))
    bar = make_bar(qtbot, book)
    editor = make_editor(qtbot, bar, sites, book)
    changed: list[object] = []
    editor.presetsChanged.connect(changed.append)

    fill(editor, qtbot, "khai MẠC ", "1:0")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert (
        editor.error.isVisible() and "khai MẠC" in editor.error.text() and editor.error.text().startswith("✖")
    )
    assert editor.form.isEnabled()  # still open, to be corrected
    assert stored(book) == [("Khai mạc", 1)] and changed == []

    editor.name_edit.setText("")
    assert not editor.save_form() and editor.error.isVisible()
    assert stored(book) == [("Khai mạc", 1)]

    editor.name_edit.setText("Bế mạc")
    assert editor.save_form() and not editor.error.isVisible()
    assert stored(book) == [("Khai mạc", 1), ("Bế mạc", 2)]
    assert [p.name for p in bar.named_presets()] == ["Khai mạc", "Bế mạc"]


def test_more_sites_than_the_layout_shows_are_refused(
    qtbot: QtBot, book: PresetBook, sites: list[Site]
) -> None:
    bar = make_bar(qtbot, book)
    editor = make_editor(qtbot, bar, sites, book)
    fill(editor, qtbot, "Chủ tọa", "1:0", "T.UBND", "T.TU")
    assert editor.picker.sites() == ("T.UBND", "T.TU")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible() and "1:0" in editor.error.text() and "2" in editor.error.text()
    assert book.layout_presets() == [] and bar.named_presets() == []

    # a larger layout takes them; adaptive ones have no limit
    editor.layout_combo.setCurrentIndex(editor.layout_combo.findData("ac"))
    assert editor.form_error() == ""
    editor.layout_combo.setCurrentIndex(editor.layout_combo.findData("1:0"))
    editor.picker.chosen.setCurrentRow(1)
    qtbot.mouseClick(editor.picker.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [(p.name, p.sites) for p in book.layout_presets()] == [("Chủ tọa", ("T.UBND",))]


def test_delete_from_the_bars_menu_removes_it_from_the_database_and_the_bar(
    qtbot: QtBot, book: PresetBook, sites: list[Site]
) -> None:
    book.save_layout_preset(LayoutPreset("1:7", "Khai mạc", ordinal=1))
    book.save_layout_preset(LayoutPreset("4:0", "Thảo luận", ordinal=2))
    bar = make_bar(qtbot, book)
    editor = LayoutPresetEditor.for_bar(bar, sites, book.save_layout_preset, book.delete_layout_preset)
    qtbot.addWidget(editor)
    bar.editRequested.connect(editor.open_for)
    bar.deleteRequested.connect(lambda preset: editor.open_for(preset, delete=True))
    bar.show()

    bar.buttons["preset:Thảo luận"].customContextMenuRequested.emit(QPoint(4, 4))
    menu = bar.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible, timeout=WAIT)
    assert [a.objectName() for a in menu.actions()] == ["editLayoutPreset", "deleteLayoutPreset"]
    menu.actions()[1].trigger()
    menu.close()
    box = editor.confirm
    assert box is not None and editor.isVisible() and "Thảo luận" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert stored(book) == [("Khai mạc", 1), ("Thảo luận", 2)]

    bar.preset_menu(bar.named_presets()[1]).actions()[1].trigger()
    box = editor.confirm
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert stored(book) == [("Khai mạc", 1)]
    assert "preset:Thảo luận" not in bar.buttons and bar.buttons["preset:Khai mạc"].number == 1
    assert editor.list.count() == 1

    bar.preset_menu(bar.named_presets()[0]).actions()[0].trigger()  # Edit…
    assert editor.form.isEnabled() and editor.name_edit.text() == "Khai mạc"
    editor.reject()  # Escape: the form closes first, the editor stays
    assert not editor.form.isEnabled() and editor.isVisible()
    assert bar.buttons["layout:1:7"].contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu


def test_moving_a_preset_changes_the_ordinals(qtbot: QtBot, book: PresetBook, sites: list[Site]) -> None:
    for name in ("A · Khai mạc", "B · Thảo luận", "C · Bế mạc"):
        book.save_layout_preset(LayoutPreset("1:7", name))  # ordinal 0: ordered by name
    bar = make_bar(qtbot, book)
    editor = make_editor(qtbot, bar, sites, book)
    assert [editor.list.item(r).text() for r in range(3)] == [
        "1 · A · Khai mạc",
        "2 · B · Thảo luận",
        "3 · C · Bế mạc",
    ]
    assert not editor.up_button.isEnabled() and editor.down_button.isEnabled()

    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert stored(book) == [("A · Khai mạc", 1), ("C · Bế mạc", 2), ("B · Thảo luận", 3)]
    assert editor.list.currentRow() == 1 and editor.selected() == bar.named_presets()[1]
    assert [p.name for p in bar.presets()[:3]] == ["A · Khai mạc", "C · Bế mạc", "B · Thảo luận"]
    assert bar.buttons["preset:C · Bế mạc"].number == 2

    editor.list.setCurrentRow(0)
    editor.activateWindow()
    editor.list.setFocus()
    qtbot.waitUntil(editor.list.hasFocus, timeout=WAIT)
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored(book) == [("C · Bế mạc", 1), ("A · Khai mạc", 2), ("B · Thảo luận", 3)]
    assert [p.name for p in bar.named_presets()] == ["C · Bế mạc", "A · Khai mạc", "B · Thảo luận"]

    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    box = editor.confirm
    assert box is not None and "A · Khai mạc" in box.text()
    box.button(QMessageBox.StandardButton.No).click()

    # a new preset goes last
    fill(editor, qtbot, "D · Thêm", "1:0")
    assert editor.save_form()
    assert stored(book)[-1] == ("D · Thêm", 4)


def test_a_refused_save_is_shown_and_the_list_is_unchanged(
    qtbot: QtBot, book: PresetBook, sites: list[Site]
) -> None:
    bar = make_bar(qtbot, book)

    def save(preset: LayoutPreset) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_exception(RuntimeError("database is locked"))
        return future

    editor = LayoutPresetEditor.for_bar(bar, sites, save, book.delete_layout_preset)
    qtbot.addWidget(editor)
    editor.open_for()
    fill(editor, qtbot, "Khai mạc", "1:7")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.error.isVisible, timeout=WAIT)
    assert "database is locked" in editor.error.text() and editor.form.isEnabled()
    assert editor.list.count() == 0 and bar.named_presets() == [] and book.layout_presets() == []


def test_the_shortcut_and_the_defaults(qtbot: QtBot, book: PresetBook, sites: list[Site]) -> None:
    bar = LayoutBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.activateWindow()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=WAIT)
    with qtbot.waitSignal(bar.editRequested) as asked:
        qtbot.keyClick(
            bar, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    assert asked.args == [None]
    # the MCU's layouts not read yet: Pexip's standard ones are offered
    editor = LayoutPresetEditor.for_bar(bar, sites, book.save_layout_preset, book.delete_layout_preset)
    qtbot.addWidget(editor)
    combo = editor.layout_combo
    assert tuple(combo.itemData(i) for i in range(combo.count())) == STANDARD_LAYOUTS
    assert folded("Tuần Giáo Điện Biên") == "tuan giao dien bien"
