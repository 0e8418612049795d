"""The wall with its controls: filter, sort mode, grouping, zoom, and a one-line count of what is wrong."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import GroupField, Health, Tier
from console.live.wall import SortMode, TileFlag, WallData
from widgets.theme import ATTENTION, colour_rule
from widgets.wall.view import HOLD_AFTER_ACTION_S, WallView

SUMMARY_MS = 500  # text at 2 Hz
GROUP_SETTING = "wall/groupBy"  # the control center's choice of grouping, kept between runs
NO_GROUPING = "none"


def chosen_grouping() -> GroupField | None:
    """The grouping kept in the settings: a field, None for no grouping; the clusters when nothing is kept."""
    value = QSettings().value(GROUP_SETTING, GroupField.CLUSTER.value)
    if value == NO_GROUPING:
        return None
    try:
        return GroupField(str(value))
    except ValueError:
        return GroupField.CLUSTER


class WallPanel(QWidget):
    groupByChanged = Signal(object)  # GroupField | None (no grouping): the control center chose a grouping

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

        self.group = QComboBox(self)
        self.group.setObjectName("wallGroup")
        self.group.setToolTip(self.tr("Group the wall's sites by"))
        for value, label in (
            (GroupField.CLUSTER.value, self.tr("Group by cluster")),
            (GroupField.DISTRICT.value, self.tr("Group by former district")),
            (GroupField.AGENCY.value, self.tr("Group by agency")),
            (GroupField.TIER.value, self.tr("Group by tier")),
            (GroupField.PROVINCE.value, self.tr("Group by province")),
            (NO_GROUPING, self.tr("No grouping")),
        ):
            self.group.addItem(label, value)
        self.shown_group_by: GroupField = GroupField.CLUSTER  # what the groups of the data shown are made of
        initial = chosen_grouping()
        self.group.setCurrentIndex(self.group.findData(initial.value if initial else NO_GROUPING))
        self._apply_grouping(initial)
        self.group.currentIndexChanged.connect(self._grouping_chosen)

        zoom_in = self._button("+", self.tr("Larger tiles (Ctrl++)"), self.wall.zoom_in)
        zoom_out = self._button("−", self.tr("Smaller tiles (Ctrl+-)"), self.wall.zoom_out)
        fit = self._button("⤢", self.tr("Fit every site (Ctrl+0)"), self.wall.zoom_to_fit)

        self.held = QLabel("⇅ " + self.tr("Order held"), self)
        self.held.setObjectName("wallHeld")
        self.held.setToolTip(
            self.tr(
                "A new order is waiting: the wall keeps its order while the pointer is on it and for %1 s after "
                "a click or key, then the tiles that moved are marked in their corner."
            ).replace("%1", f"{HOLD_AFTER_ACTION_S:g}")
        )
        self.held.setStyleSheet(colour_rule(ATTENTION))
        self.held.hide()
        self.wall.orderWaiting.connect(self.held.setVisible)

        self.summary = QLabel(self)
        self.summary.setObjectName("wallSummary")
        self.summary.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # never widens the window
        self.filter.setMinimumWidth(160)

        self.meeting = QLabel(self)
        self.meeting.setObjectName("wallMeeting")  # the meeting on now: title, host, time left
        self.meeting.setStyleSheet("font-weight: bold; padding: 2px 6px")
        self.meeting.hide()

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.sort)
        bar.addWidget(self.group)
        for button in (zoom_in, zoom_out, fit):
            bar.addWidget(button)
        bar.addWidget(self.held)
        bar.addSpacing(8)
        bar.addWidget(self.summary, 3)
        self.notice = QLabel(self)  # the readiness line in the last hour before a meeting (widgets.readiness)
        self.notice.setObjectName("wallNotice")
        self.notice.setStyleSheet(colour_rule(ATTENTION))
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meeting)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
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

    def set_meeting(self, text: str) -> None:
        """The wall's header: the meeting on now ("" hides it)."""
        self.meeting.setText(text)
        self.meeting.setVisible(bool(text))

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    @property
    def group_by(self) -> GroupField | None:
        """The grouping chosen: a field, or None for no grouping."""
        value = self.group.currentData()
        return None if value == NO_GROUPING else GroupField(value)

    def set_notice(self, text: str) -> None:
        """A line under the header (the readiness of the next meeting in its last hour); "" hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_group_by(self, field: GroupField | None) -> None:
        self.group.setCurrentIndex(self.group.findData(field.value if field else NO_GROUPING))

    def _grouping_chosen(self, _index: int) -> None:
        field = self.group_by
        settings = QSettings()
        settings.setValue(GROUP_SETTING, field.value if field else NO_GROUPING)
        settings.sync()
        self._apply_grouping(field)
        self.groupByChanged.emit(field)

    def _apply_grouping(self, field: GroupField | None) -> None:
        self.wall.grouped = field is not None
        self.wall.set_group_titles(self.group_titles(self.shown_group_by))
        self.wall.rearrange()

    def group_titles(self, field: GroupField) -> dict[str, str]:
        """The titles the wall shows for group keys that are codes, and for sites without a value."""
        if field is GroupField.TIER:
            return {
                Tier.CENTRAL.value: self.tr("Central"),
                Tier.PROVINCE.value: self.tr("Province level"),
                Tier.DISTRICT.value: self.tr("District level (former)"),
                Tier.COMMUNE.value: self.tr("Commune level"),
            }
        if field is GroupField.AGENCY:
            return {"": self.tr("No agency given")}
        if field is GroupField.PROVINCE:
            return {"": self.tr("Central")}
        return {}

    def set_data(self, data: WallData | None, group_by: GroupField | None = None) -> None:
        """New tiles; `group_by`: what their groups are made of (None: as before)."""
        regrouped = group_by is not None and group_by is not self.shown_group_by
        if group_by is not None:
            self.shown_group_by = group_by
            self.wall.set_group_titles(self.group_titles(group_by))
        self.wall.set_data(data)
        if regrouped:
            self.wall.rearrange()  # a grouping the operator asked for applies at once, held or not
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
        absent = int(np.count_nonzero((data.flags & TileFlag.ABSENT) != 0))
        if absent:
            text += " · " + self.tr("◌ %1 absent").replace("%1", str(absent))
        self.summary.setText(text)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
