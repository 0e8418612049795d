"""The interface language: Vietnamese whatever the machine's locale, English only when asked, and the strings Qt
draws itself (dialog buttons, the menus of text fields) in Vietnamese too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from widgets.shell.app import create_application
from widgets.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Starts the application as `gui` does (no --lang, no configuration) and reports what the operator would read.
PROBE = """
import json, sys
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from widgets.shell.app import create_application
from widgets.shell.main_window import MainWindow
app = create_application(None)
window = MainWindow(database="db", remember_layout=False)
box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
print(json.dumps({
    "locale": QLocale.system().name(),
    "title": window.windowTitle(),
    "yes": box.button(QMessageBox.StandardButton.Yes).text(),
}))
"""


def plain(text: str) -> str:
    """A button's or menu entry's text without its mnemonic marker."""
    return text.replace("&", "")


@pytest.mark.parametrize(
    ("locale", "seen_as"),
    [("C", "C"), ("C.UTF-8", "C"), ("POSIX", "C"), ("en_US.UTF-8", "en_US"), ("en_GB.UTF-8", "en_GB")],
)
def test_vietnamese_whatever_the_system_locale(locale: str, seen_as: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env.update(LANG=locale, LC_ALL=locale, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if seen_as != "C":
        env["LANGUAGE"] = seen_as
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown["locale"] == seen_as  # Qt did see the machine's locale…
    assert "Trung tâm điều khiển" in shown["title"]  # …and the console still speaks Vietnamese
    assert plain(shown["yes"]) == "Có"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    yield create_application("en")
    create_application("vi")  # the rest of the suite reads Vietnamese


def test_english_only_when_asked(english: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(database="db", remember_layout=False)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Bridgewall — Video-conference control center"
    box = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(box)
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Yes"


def test_a_question_box_answers_in_vietnamese(vi_app: QApplication, qtbot: QtBot) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Ngắt điểm cầu",
        "Ngắt Nà Sơn khỏi cuộc họp?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = {b: plain(box.button(b).text()) for b in (box.StandardButton.Yes, box.StandardButton.No)}
    assert texts == {QMessageBox.StandardButton.Yes: "Có", QMessageBox.StandardButton.No: "Không"}
    assert plain(box.button(QMessageBox.StandardButton.Cancel).text()) == "Hủy"


def test_dialog_buttons_are_vietnamese(vi_app: QApplication, qtbot: QtBot) -> None:
    shown = {
        QDialogButtonBox.StandardButton.Ok: "Đồng ý",
        QDialogButtonBox.StandardButton.Cancel: "Hủy",
        QDialogButtonBox.StandardButton.Close: "Đóng",
        QDialogButtonBox.StandardButton.Save: "Lưu",
        QDialogButtonBox.StandardButton.Discard: "Bỏ thay đổi",
        QDialogButtonBox.StandardButton.Apply: "Áp dụng",
        QDialogButtonBox.StandardButton.Reset: "Đặt lại",
        QDialogButtonBox.StandardButton.Help: "Trợ giúp",
        QDialogButtonBox.StandardButton.Open: "Mở",
        QDialogButtonBox.StandardButton.Retry: "Thử lại",
        QDialogButtonBox.StandardButton.Ignore: "Bỏ qua",
        QDialogButtonBox.StandardButton.Abort: "Hủy bỏ",
    }
    buttons = QDialogButtonBox()
    qtbot.addWidget(buttons)
    for which in shown:
        buttons.addButton(which)
    assert {which: plain(buttons.button(which).text()) for which in shown} == shown


def test_the_menu_of_a_text_field_is_vietnamese(vi_app: QApplication, qtbot: QtBot) -> None:
    field = QLineEdit("Nà Sơn")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    entries = [plain(a.text()).split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    for entry in ("Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"):
        assert entry in entries
    notes = QPlainTextEdit("ghi chú")
    qtbot.addWidget(notes)
    menu = notes.createStandardContextMenu()
    entries = [plain(a.text()).split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "Sao chép" in entries and "Chọn tất cả" in entries and "Copy" not in entries
