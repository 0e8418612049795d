"""One palette: widgets/theme.py holds every colour, and the application style sheet is made from it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from widgets import theme

WIDGETS = Path(theme.__file__).resolve().parent
COLOUR = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(|QColor\(\s*['\"]|Qt\.GlobalColor\.(?!transparent)"
)


def test_no_widget_brings_colours_of_its_own() -> None:
    found = [
        f"{path.relative_to(WIDGETS)}:{n}: {line.strip()}"
        for path in sorted(WIDGETS.rglob("*.py"))
        if path != WIDGETS / "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR.search(line)
    ]
    assert found == []


def test_the_style_sheet_uses_the_palette(vi_app: QApplication, qtbot: QtBot) -> None:
    used = {QColor(c).name() for c in re.findall(r"#[0-9a-fA-F]{6}", theme.style_sheet())}
    palette = {c.name() for c in vars(theme).values() if isinstance(c, QColor)}
    assert used and used <= palette
    field, button = QLineEdit(), QPushButton("OK")
    for widget in (field, button):
        qtbot.addWidget(widget)
        widget.show()
    assert field.palette().color(QPalette.ColorRole.Text) == theme.TEXT
    assert button.palette().color(QPalette.ColorRole.ButtonText) == theme.TEXT
