"""The console's one palette, and the application style sheet made from it.

A dark control-room theme: high contrast, large enough to read from a few metres. Health has three colours that
stay apart with colour-blindness (Okabe–Ito bluish green, amber and vermillion) and a grey for "not known";
everything that shows a health, a severity, a link state or a command's outcome takes them from here, and
always shows a glyph or a word with them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from console.domain import Health, Severity

# --- health: the wall's tiles and curves, the link state, severities, command outcomes -----------------------
GREEN = QColor("#1fb58f")
AMBER = QColor("#e69f00")
RED = QColor("#ff5a1f")
GREY = QColor("#7f8c99")  # health not known yet
HEALTH_COLOURS = {Health.UNKNOWN: GREY, Health.GREEN: GREEN, Health.AMBER: AMBER, Health.RED: RED}
SEVERITY_COLOURS = {Severity.INFO: GREY, Severity.WARNING: AMBER, Severity.CRITICAL: RED}

# --- text ---------------------------------------------------------------------------------------------------
TEXT = QColor("#e6e9ed")
DIM_TEXT = QColor("#9aa4ae")  # secondary text, "sending…", resolved rows
DISABLED_TEXT = QColor("#6c7682")
ON_ALARM = QColor("#000000")  # text on a red background
ATTENTION = QColor("#ffd75e")  # the floor and raised hands on a tile
SPEAKING = QColor("#7fd1ff")

# --- surfaces -----------------------------------------------------------------------------------------------
BACKGROUND = QColor("#14181d")
BAR = QColor("#1b2027")  # menu bar, menus, status bar
HEADER = QColor("#1f252d")  # dock titles, table headers, the wall's group headers
LINE = QColor("#2a3038")  # separators and grid lines
VIEW = QColor("#171c22")  # tables, trees and lists
VIEW_ALTERNATE = QColor("#1c222a")
FIELD = QColor("#0f1317")  # text fields, combo and spin boxes
BUTTON = QColor("#243041")
BUTTON_HOVER = QColor("#2d3d52")
EDGE = QColor("#34465d")  # the border of buttons and fields
SELECTION = QColor("#2f6fb3")

# --- the wall and the graphs --------------------------------------------------------------------------------
GRAPH = QColor("#141a20")  # the background of sparklines and graphs
SECOND_CURVE = QColor("#8fb3d9")  # the second curve of a graph (dashed as well)
STALE_TILE = QColor("#2a2d31")
SELECTED_TILE = QColor("#f0f0f0")
MOVED_TILE = QColor("#c58cff")  # the corner mark of a tile that moved when the wall's held order was let go

# the bars of the history view's charts, one colour a series (the quality chart uses GREEN, AMBER, RED)
CHART_SERIES = tuple(
    QColor(c)
    for c in ("#4e9af1", "#f1a94e", "#e05d5d", "#6cc070", "#b07cd8", "#4ec9c9", "#d8c84e", "#9aa0a6")
)

# --- layout drawings ----------------------------------------------------------------------------------------
LAYOUT_SCREEN = QColor("#10161c")
LAYOUT_MAIN = QColor("#5b7fa6")  # a large picture
LAYOUT_SMALL = EDGE  # a small picture


def style_sheet() -> str:
    """The application's style sheet, every colour from the palette above."""
    c = {name: colour.name() for name, colour in globals().items() if isinstance(colour, QColor)}
    return f"""
QWidget {{ background: {c["BACKGROUND"]}; color: {c["TEXT"]}; font-size: 11pt; }}
QMainWindow::separator {{ background: {c["LINE"]}; width: 4px; height: 4px; }}
QMenuBar {{ background: {c["BAR"]}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {c["SELECTION"]}; }}
QMenu {{ background: {c["BAR"]}; border: 1px solid {c["LINE"]}; }}
QDockWidget {{ titlebar-close-icon: none; }}
QDockWidget::title {{ background: {c["HEADER"]}; padding: 4px 8px; font-weight: bold; }}
QStatusBar {{ background: {c["BAR"]}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QLabel#linkState[state="connected"] {{ color: {c["GREEN"]}; }}
QLabel#linkState[state="degraded"] {{ color: {c["AMBER"]}; font-weight: bold; }}
QLabel#linkState[state="unreachable"], QLabel#dbLabel[state="unreachable"] {{ color: {c["RED"]}; font-weight: bold; }}
QLabel#linkState[state="connecting"] {{ color: {c["DIM_TEXT"]}; }}
QTableView, QTreeView, QListView {{ background: {c["VIEW"]}; alternate-background-color: {c["VIEW_ALTERNATE"]}; gridline-color: {c["LINE"]}; }}
QHeaderView::section {{ background: {c["HEADER"]}; padding: 4px; border: 0; border-right: 1px solid {c["LINE"]}; }}
QPushButton {{ background: {c["BUTTON"]}; border: 1px solid {c["EDGE"]}; padding: 5px 12px; border-radius: 3px; }}
QPushButton:hover {{ background: {c["BUTTON_HOVER"]}; }}
QPushButton:disabled {{ color: {c["DISABLED_TEXT"]}; }}
QLineEdit, QComboBox, QSpinBox, QDateTimeEdit, QPlainTextEdit {{ background: {c["FIELD"]}; border: 1px solid {c["EDGE"]}; padding: 3px; }}
QCheckBox::indicator {{ width: 13px; height: 13px; background: {c["FIELD"]}; border: 1px solid {c["EDGE"]}; border-radius: 2px; }}
QCheckBox::indicator:checked {{ background: {c["SELECTION"]}; border: 1px solid {c["TEXT"]}; }}
QCheckBox::indicator:disabled {{ border-color: {c["DISABLED_TEXT"]}; }}
"""


def colour_rule(colour: QColor, extra: str = "") -> str:
    """A one-widget style sheet that sets its text colour (and `extra` declarations)."""
    return f"color: {colour.name()};{(' ' + extra) if extra else ''}"
