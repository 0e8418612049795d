"""The wall with its controls: filter, sort mode, grouping, zoom, and a one-line count of what is wrong."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import Health
from console.live.wall import SortMode, TileFlag, WallData
from widgets.wall.view import WallView

SUMMARY_MS = 500  # text at 2 Hz


class WallPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallPanel")
        self.wall = WallView(self)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("wallFilter")
        self.filter.setPlaceholderText(self.tr("Filter sites (Ctrl+F)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.wall.set_filter)

        self.sort = QComboBox(self)
        self.sort.setObjectName("wallSort")
        for mode, label in (
            (SortMode.PROBLEMS, self.tr("Problems first")),
            (SortMode.TIER, self.tr("By tier and cluster")),
            (SortMode.NAME, self.tr("By name")),
        ):
            self.sort.addItem(label, mode.value)
        self.sort.currentIndexChanged.connect(
            lambda _: self.wall.set_sort_mode(SortMode(self.sort.currentData()))
        )

        self.group = QCheckBox(self.tr("Group by cluster"), self)
        self.group.setChecked(True)
        self.group.toggled.connect(self.wall.set_grouped)

        zoom_in = self._button("+", self.tr("Larger tiles (Ctrl++)"), self.wall.zoom_in)
        zoom_out = self._button("−", self.tr("Smaller tiles (Ctrl+-)"), self.wall.zoom_out)
        fit = self._button("⤢", self.tr("Fit every site (Ctrl+0)"), self.wall.zoom_to_fit)

        self.summary = QLabel(self)
        self.summary.setObjectName("wallSummary")
        self.summary.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # never widens the window
        self.filter.setMinimumWidth(160)

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.sort)
        bar.addWidget(self.group)
        for button in (zoom_in, zoom_out, fit):
            bar.addWidget(button)
        bar.addWidget(self.summary, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.wall, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.filter.setFocus),
            (QKeySequence.StandardKey.ZoomIn, self.wall.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.wall.zoom_out),
            (QKeySequence("Ctrl+0"), self.wall.zoom_to_fit),
        ):
            QShortcut(keys, self, slot)

        self._timer = QTimer(self)
        self._timer.setObjectName("summaryTimer")
        self._timer.setInterval(SUMMARY_MS)
        self._timer.timeout.connect(self.update_summary)
        self._timer.start()
        self.update_summary()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def set_data(self, data: WallData | None) -> None:
        self.wall.set_data(data)
        self.update_summary()

    def show_frame(self, data: WallData) -> None:
        self.wall.show_frame(data)

    def update_summary(self) -> None:
        data = self.wall.data
        if data is None or not len(data.index):
            self.summary.setText(self.tr("No sites in the meeting yet"))
            return
        lost = (data.flags & TileFlag.LOST) != 0
        connected = (data.flags & TileFlag.CONNECTED) != 0
        red = int(np.count_nonzero(connected & (data.health == Health.RED)))
        amber = int(np.count_nonzero(connected & (data.health == Health.AMBER)))
        text = self.tr("%1 connected · ⊘ %2 lost · ✖ %3 red · ▲ %4 amber")
        for i, value in enumerate(
            (int(np.count_nonzero(connected)), int(np.count_nonzero(lost)), red, amber), 1
        ):
            text = text.replace(f"%{i}", str(value))
        self.summary.setText(text)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
