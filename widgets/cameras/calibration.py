"""The technician's calibration of one site's camera: jog it, store framings to slots matched to the seating
chart, recall, rename, compare the stored framings with where the camera points, and review them (verify).

The view holds no camera and no preset book: it is given a frozen description of the site's camera
(`console.runtime.cameras.CameraInfo`, from the session's `CameraFor`) and a `send` that runs a typed camera
request in the session (`Bridge.send`) and returns a future; the outcome comes back on the GUI thread through
`AsyncCalls`, so the window never blocks. While one request runs, the other camera actions wait (disabled).
Failures (`CameraFailure`: camera and preset error codes) are shown in plain translated words, with the technical
line as a tooltip. Whoever opened the calibration sends `CameraClose(info.handle)` when its dialog closes.

Keys: arrows jog (held), + / − zoom (held), Ctrl+S store, Enter recall, F2 rename, C compare, V verify.
"""

from __future__ import annotations

import concurrent.futures
import enum
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.camera.control import ControlKind, Move
from console.camera.drift import Drift, Tolerance
from console.domain import CameraPreset, Position
from console.presets.camera import DEFAULT_NAMES, Difference, Recalled
from console.runtime.cameras import (
    CameraCompare,
    CameraFailure,
    CameraInfo,
    CameraLoad,
    CameraRecall,
    CameraRename,
    CameraRequest,
    CameraSetSpeaker,
    CameraStart,
    CameraState,
    CameraStop,
    CameraStore,
    CameraVerify,
    Compared,
    PresetsChanged,
)
from widgets.async_calls import AsyncCalls
from widgets.text import local_date_time
from widgets.theme import AMBER, DIM_TEXT, GREEN, RED, TEXT, colour_rule

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1
OK_COLOUR = GREEN
WARN_COLOUR = AMBER
BAD_COLOUR = RED

Send = Callable[[CameraRequest], concurrent.futures.Future[Any]]


def error_text(error: BaseException) -> str:
    """A camera or preset failure in plain translated words."""
    source = error.source if isinstance(error, CameraFailure) else ""
    code = error.code if isinstance(error, CameraFailure) else ""
    if source == "camera":
        texts = {
            "timeout": QCoreApplication.translate(
                "CameraErrors", "The camera does not answer: check its power and network cable."
            ),
            "not_executable": QCoreApplication.translate(
                "CameraErrors", "The camera cannot do that now (powered off, menu open, or busy)."
            ),
            "buffer_full": QCoreApplication.translate(
                "CameraErrors", "The camera is busy with other commands: try again."
            ),
            "cancelled": QCoreApplication.translate("CameraErrors", "The camera cancelled the command."),
            "syntax": QCoreApplication.translate(
                "CameraErrors", "The camera does not accept this command or value."
            ),
            "message_length": QCoreApplication.translate("CameraErrors", "The camera rejected the command."),
            "slot_out_of_range": QCoreApplication.translate(
                "CameraErrors", "This camera has no preset slot with that number."
            ),
            "sequence_error": QCoreApplication.translate(
                "CameraErrors", "The camera keeps refusing our messages: restart it."
            ),
            "bad_message": QCoreApplication.translate(
                "CameraErrors", "The camera rejected the message as malformed."
            ),
            "unreachable": QCoreApplication.translate("CameraErrors", "Cannot reach the camera's address."),
            "closed": QCoreApplication.translate("CameraErrors", "The connection to the camera is closed."),
            "bad_argument": QCoreApplication.translate("CameraErrors", "Value out of range for this camera."),
        }
        return texts.get(code, QCoreApplication.translate("CameraErrors", "The camera reported an error."))
    if source == "preset":
        texts = {
            "unsupported": QCoreApplication.translate(
                "CameraErrors",
                "This camera is controlled through the MCU (far-end camera control): it can only be moved; presets and positions are not available.",
            ),
            "moving": QCoreApplication.translate(
                "CameraErrors",
                "The camera kept moving: nothing was stored. Wait until it stops, then store again.",
            ),
            "not_stored": QCoreApplication.translate(
                "CameraErrors", "There is no stored preset in that slot."
            ),
            "bad_slot": QCoreApplication.translate(
                "CameraErrors", "This camera has no preset slot with that number."
            ),
            "fecc_timeout": QCoreApplication.translate(
                "CameraErrors", "The MCU did not pass the camera move on in time."
            ),
            "fecc_unreachable": QCoreApplication.translate(
                "CameraErrors", "The MCU is unreachable: the camera cannot be moved."
            ),
            "fecc_error": QCoreApplication.translate("CameraErrors", "The MCU refused the camera move."),
            "no_site": QCoreApplication.translate("CameraErrors", "The site is not in the registry."),
        }
        return texts.get(code, QCoreApplication.translate("CameraErrors", "The preset action failed."))
    if source == "error":
        return QCoreApplication.translate("CameraErrors", "Unexpected error: %1").replace(
            "%1", f"{code}: {error}"
        )
    if isinstance(error, RuntimeError):  # the bridge: the session is not running
        return QCoreApplication.translate("CameraErrors", "The console's session is not running.")
    return QCoreApplication.translate("CameraErrors", "Unexpected error: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


def position_text(position: Position | None) -> str:
    if position is None:
        return QCoreApplication.translate("Calibration", "Position unknown")
    return (
        QCoreApplication.translate("Calibration", "Pan %1 · Tilt %2 · Zoom %3")
        .replace("%1", str(position.pan))
        .replace("%2", str(position.tilt))
        .replace("%3", str(position.zoom))
    )


def signed(value: int) -> str:
    return f"{value:+d}" if value else "0"


class Column(enum.IntEnum):
    SLOT = 0
    NAME = 1
    SEAT = 2
    PAN = 3
    TILT = 4
    ZOOM = 5
    SPEAKER = 6
    CALIBRATED = 7
    DIFFERENCE = 8
    REVIEW = 9


class PresetModel(QAbstractTableModel):
    """A site's stored presets, with the last comparison and the last review beside them."""

    def __init__(self, tolerance: Tolerance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tolerance = tolerance
        self.rows: list[CameraPreset] = []
        self.differences: dict[int, Difference] = {}
        self.reviewed: dict[int, Drift | None] = {}  # slot → its drift, None when it landed in place

    def set_presets(self, presets: list[CameraPreset]) -> None:
        self.beginResetModel()
        self.rows = list(presets)
        slots = {p.slot for p in presets}
        self.differences = {s: d for s, d in self.differences.items() if s in slots}
        self.reviewed = {s: d for s, d in self.reviewed.items() if s in slots}
        self.endResetModel()

    def set_differences(self, differences: list[Difference]) -> None:
        self.differences = {d.preset.slot: d for d in differences}
        self._column_changed(Column.DIFFERENCE)

    def set_review(self, drifts: Iterable[Drift]) -> None:
        by_slot = {d.slot: d for d in drifts}
        self.reviewed = {p.slot: by_slot.get(p.slot) for p in self.rows}
        self._column_changed(Column.REVIEW)

    def _column_changed(self, column: Column) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def row_of(self, slot: int) -> int:
        return next((i for i, p in enumerate(self.rows) if p.slot == slot), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        t = QCoreApplication.translate
        return {
            Column.SLOT: t("Calibration", "Slot"),
            Column.NAME: t("Calibration", "Name"),
            Column.SEAT: t("Calibration", "Seating chart"),
            Column.PAN: t("Calibration", "Pan"),
            Column.TILT: t("Calibration", "Tilt"),
            Column.ZOOM: t("Calibration", "Zoom"),
            Column.SPEAKER: t("Calibration", "Speaker"),
            Column.CALIBRATED: t("Calibration", "Calibrated"),
            Column.DIFFERENCE: t("Calibration", "Now vs stored"),
            Column.REVIEW: t("Calibration", "Review"),
        }.get(Column(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p = self.rows[index.row()]
        column = Column(index.column())
        if role == SLOT_ROLE:
            return p.slot
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(p, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.SLOT,
            Column.PAN,
            Column.TILT,
            Column.ZOOM,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, p: CameraPreset, column: Column) -> str:
        t = QCoreApplication.translate
        if column is Column.SLOT:
            return str(p.slot)
        if column is Column.NAME:
            return p.name
        if column is Column.SEAT:
            return p.seat
        if column is Column.PAN:
            return str(p.pan)
        if column is Column.TILT:
            return str(p.tilt)
        if column is Column.ZOOM:
            return str(p.zoom)
        if column is Column.SPEAKER:
            return "★ " + t("Calibration", "speaker") if p.speaker else ""
        if column is Column.CALIBRATED:
            when = local_date_time(p.calibrated_at) if p.calibrated_at else ""
            return f"{p.calibrated_by} {when}".strip()
        if column is Column.DIFFERENCE:
            d = self.differences.get(p.slot)
            if d is None:
                return ""
            if d.pan == d.tilt == d.zoom == 0:
                return "✓ " + t("Calibration", "here")
            glyph = "≈" if d.within(self.tolerance) else "Δ"
            return f"{glyph} pan {signed(d.pan)}, tilt {signed(d.tilt)}, zoom {signed(d.zoom)}"
        if p.slot not in self.reviewed:
            return ""
        drift = self.reviewed[p.slot]
        if drift is None:
            return "✓ " + t("Calibration", "in place")
        return "▲ " + t("Calibration", "drifted: %1").replace(
            "%1",
            f"pan {signed(drift.pan_error)}, tilt {signed(drift.tilt_error)}, zoom {signed(drift.zoom_error)}",
        )

    def _colour(self, p: CameraPreset, column: Column) -> QColor | None:
        if column is Column.SPEAKER and p.speaker:
            return OK_COLOUR
        if column is Column.DIFFERENCE and p.slot in self.differences:
            d = self.differences[p.slot]
            return OK_COLOUR if d.within(self.tolerance) else WARN_COLOUR
        if column is Column.REVIEW and p.slot in self.reviewed:
            return OK_COLOUR if self.reviewed[p.slot] is None else BAD_COLOUR
        return None


JOG_KEYS = {
    Qt.Key.Key_Left: Move.LEFT,
    Qt.Key.Key_Right: Move.RIGHT,
    Qt.Key.Key_Up: Move.UP,
    Qt.Key.Key_Down: Move.DOWN,
    Qt.Key.Key_Plus: Move.ZOOM_IN,
    Qt.Key.Key_Equal: Move.ZOOM_IN,
    Qt.Key.Key_Minus: Move.ZOOM_OUT,
}


class CalibrationView(QWidget):
    """One site's camera for the technician: `info` describes it, `send` runs a camera request in the session."""

    busyChanged = Signal(bool)
    positionChanged = Signal(object)  # Position

    def __init__(
        self,
        info: CameraInfo,
        send: Send,
        *,
        site_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.info = info
        self.send = send
        self.calls = AsyncCalls(None, self)
        self.position: Position | None = None
        self.busy = False
        self._jogging: Move | None = None
        fecc = info.kind is ControlKind.FECC
        self.setWindowTitle(self.tr("Camera calibration — %1").replace("%1", site_name or info.site))

        title = QLabel(f"<b>{site_name or info.site}</b> — {info.label}")
        title.setObjectName("calibrationTitle")
        self.fecc_note = QLabel(
            "⚠ "
            + self.tr(
                "Far-end camera control through the MCU: jog only. Presets, positions and the review need the "
                "camera's own address (VISCA over IP)."
            )
        )
        self.fecc_note.setObjectName("feccNote")
        self.fecc_note.setWordWrap(True)
        self.fecc_note.setStyleSheet(colour_rule(WARN_COLOUR))
        self.fecc_note.setVisible(fecc)
        self.position_label = QLabel(position_text(None))
        self.position_label.setObjectName("positionLabel")

        # --- jog pad ---
        pad = QGroupBox(self.tr("Move the camera"))
        grid = QGridLayout(pad)
        self.jog_buttons: dict[Move, QPushButton] = {}
        for move, text, tip, row, col in (
            (Move.UP, "▲", self.tr("Tilt up (↑)"), 0, 1),
            (Move.LEFT, "◀", self.tr("Pan left (←)"), 1, 0),
            (Move.RIGHT, "▶", self.tr("Pan right (→)"), 1, 2),
            (Move.DOWN, "▼", self.tr("Tilt down (↓)"), 2, 1),
            (Move.ZOOM_IN, "＋", self.tr("Zoom in (+)"), 0, 3),
            (Move.ZOOM_OUT, "－", self.tr("Zoom out (−)"), 2, 3),
        ):
            button = QPushButton(text)
            button.setObjectName(f"jog_{move.value}")
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.pressed.connect(lambda m=move: self.start_jog(m))
            button.released.connect(self.stop_jog)
            grid.addWidget(button, row, col)
            self.jog_buttons[move] = button
        self.speed = QSpinBox()
        self.speed.setObjectName("jogSpeed")
        self.speed.setRange(1, 8)
        self.speed.setValue(4)
        self.speed.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        grid.addWidget(QLabel(self.tr("Speed")), 1, 3)
        grid.addWidget(self.speed, 1, 4)

        # --- store form ---
        store_box = QGroupBox(self.tr("Store the current framing"))
        form = QFormLayout(store_box)
        self.slot = QSpinBox()
        self.slot.setObjectName("slotSpin")
        self.slot.setRange(0, info.max_slot)
        self.slot.setValue(1)
        self.name = QComboBox()
        self.name.setObjectName("presetName")
        self.name.setEditable(True)
        self.name.addItems(list(DEFAULT_NAMES))
        self.name.setCurrentText("")
        self.seat = QLineEdit()
        self.seat.setObjectName("seatEdit")
        self.seat.setPlaceholderText(self.tr("e.g. chair's desk, centre"))
        form.addRow(self.tr("Slot"), self.slot)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Seating chart"), self.seat)

        # --- actions ---
        self.store_action = self._action(
            "store", self.tr("Store"), QKeySequence("Ctrl+S"), self.store_current
        )
        self.recall_action = self._action(
            "recall", self.tr("Recall"), QKeySequence(Qt.Key.Key_Return), self.recall_selected
        )
        self.rename_action = self._action(
            "rename", self.tr("Rename…"), QKeySequence(Qt.Key.Key_F2), self.rename_selected
        )
        self.speaker_action = self._action(
            "speaker", self.tr("Speaker preset"), QKeySequence("Ctrl+K"), self.speaker_selected
        )
        self.compare_action = self._action(
            "compare", self.tr("Compare with now"), QKeySequence(Qt.Key.Key_C), self.compare
        )
        self.verify_action = self._action(
            "verify", self.tr("Verify presets"), QKeySequence(Qt.Key.Key_V), self.verify
        )
        store_button = self._button(self.store_action)
        form.addRow(store_button)

        self.tolerance = QSpinBox()
        self.tolerance.setObjectName("toleranceSpin")
        self.tolerance.setRange(0, 4096)
        self.tolerance.setValue(info.tolerance.pan)
        self.tolerance.setToolTip(
            self.tr("How far a recalled preset may land from the stored position (camera units)")
        )

        self.model = PresetModel(info.tolerance, self)
        self.model.set_presets(list(info.presets))
        self.table = QTableView()
        self.table.setObjectName("presetTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.recall_selected())
        self.table.selectionModel().currentRowChanged.connect(self._selected)

        table_bar = QHBoxLayout()
        for action in (self.recall_action, self.rename_action, self.speaker_action, self.compare_action):
            table_bar.addWidget(self._button(action))
        table_bar.addStretch(1)
        table_bar.addWidget(QLabel(self.tr("Tolerance")))
        table_bar.addWidget(self.tolerance)
        table_bar.addWidget(self._button(self.verify_action))

        self.status = QLabel()
        self.status.setObjectName("calibrationStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(pad)
        top.addWidget(store_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.fecc_note)
        layout.addWidget(self.position_label)
        layout.addLayout(top)
        layout.addLayout(table_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_actions()

    def _action(self, name: str, text: str, key: QKeySequence, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setObjectName(action.objectName().removesuffix("Action") + "Button")
        button.setToolTip(action.toolTip())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    # --- running camera work --------------------------------------------------------------------------
    @property
    def supports_presets(self) -> bool:
        return self.info.supports_presets

    def load(self) -> None:
        """Read the site's stored presets and the camera's position."""
        self._run(CameraLoad(self.info.handle), self.tr("Reading the stored presets…"), self._loaded)

    def _loaded(self, state: CameraState) -> None:
        self.model.set_presets(list(state.presets))
        self._set_position(state.position)
        self._say("✓ " + self.tr("%n preset(s) stored for this site", "", len(state.presets)), OK_COLOUR)

    def _request(self, request: CameraRequest, on_done: Callable[[Any], None] | None) -> None:
        try:
            future = self.send(request)
        except RuntimeError as exc:  # nowhere to send it
            self._failed(exc)
            return
        self.calls.watch(future, on_done, self._failed)

    def _run(self, request: CameraRequest, doing: str, on_done: Callable[[Any], None]) -> None:
        if self.busy:
            return
        self._set_busy(True)
        self._say("… " + doing, DIM_TEXT)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        self._request(request, done)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._jogging = None
        self._say("✖ " + error_text(error), BAD_COLOUR, str(error))

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busyChanged.emit(busy)
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        presets_ok = self.info.supports_presets and not self.busy
        selected = self.selected_slot() is not None
        self.store_action.setEnabled(presets_ok)
        self.recall_action.setEnabled(presets_ok and selected)
        self.rename_action.setEnabled(not self.busy and selected)
        self.speaker_action.setEnabled(not self.busy and selected)
        self.compare_action.setEnabled(presets_ok and self.model.rowCount() > 0)
        self.verify_action.setEnabled(presets_ok and self.model.rowCount() > 0)
        for button in self.jog_buttons.values():
            button.setEnabled(not self.busy or self._jogging is not None)

    def _say(self, text: str, colour: QColor = TEXT, tip: str = "") -> None:
        self.status.setText(text)
        self.status.setToolTip(tip or text)
        self.status.setStyleSheet(colour_rule(colour))

    def _set_position(self, position: Position | None) -> None:
        self.position = position
        self.position_label.setText(position_text(position))
        if position is not None:
            self.positionChanged.emit(position)

    def _selected(self, *_args: object) -> None:
        slot = self.selected_slot()
        preset = next((p for p in self.model.rows if p.slot == slot), None)
        if preset is not None:
            self.slot.setValue(preset.slot)
            self.name.setCurrentText(preset.name)
            self.seat.setText(preset.seat)
        self._update_actions()

    def selected_slot(self) -> int | None:
        index = self.table.currentIndex()
        slot = index.data(SLOT_ROLE) if index.isValid() else None
        return slot if isinstance(slot, int) else None

    def select_slot(self, slot: int) -> None:
        row = self.model.row_of(slot)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    # --- jog ------------------------------------------------------------------------------------------
    def start_jog(self, move: Move) -> None:
        if self.busy or self._jogging is not None:
            return
        self._jogging = move
        self._set_busy(True)
        self._say("… " + self.tr("Moving the camera"), DIM_TEXT)
        self._request(CameraStart(self.info.handle, move, self.speed.value()), None)

    def stop_jog(self) -> None:
        if self._jogging is None:
            return
        self._jogging = None

        def stopped(position: Position | None) -> None:
            self._set_busy(False)
            self._set_position(position)
            self._say("✓ " + self.tr("Camera stopped"), OK_COLOUR)

        self._request(CameraStop(self.info.handle), stopped)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        move = JOG_KEYS.get(Qt.Key(event.key()))
        if move is not None:
            if not event.isAutoRepeat():
                self.start_jog(move)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if Qt.Key(event.key()) in JOG_KEYS:
            if not event.isAutoRepeat():
                self.stop_jog()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # --- presets --------------------------------------------------------------------------------------
    def store_current(self) -> None:
        slot, name, seat = self.slot.value(), self.name.currentText().strip(), self.seat.text().strip()
        if not name:
            self._say("✖ " + self.tr("Give the preset a name first."), BAD_COLOUR)
            self.name.setFocus()
            return

        def stored(changed: PresetsChanged) -> None:
            preset = changed.preset
            assert preset is not None
            self.model.set_presets(list(changed.presets))
            self.select_slot(preset.slot)
            self._set_position(preset.position)
            self._say(
                "✓ "
                + self.tr("Preset %1 “%2” stored at %3")
                .replace("%1", str(preset.slot))
                .replace("%2", preset.name)
                .replace("%3", position_text(preset.position)),
                OK_COLOUR,
            )

        self._run(
            CameraStore(self.info.handle, slot, name, seat),
            self.tr("Storing preset %1…").replace("%1", str(slot)),
            stored,
        )

    def recall_selected(self) -> None:
        slot = self.selected_slot()
        if slot is not None:
            self.recall(slot)

    def recall(self, slot: int) -> None:
        def recalled(result: Recalled) -> None:
            self._set_position(result.position)
            if result.drift is None:
                self._say("✓ " + self.tr("Preset %1 recalled").replace("%1", str(slot)), OK_COLOUR)
            else:
                d = result.drift
                self._say(
                    "▲ "
                    + self.tr("Preset %1 recalled, but the camera landed off: %2")
                    .replace("%1", str(slot))
                    .replace(
                        "%2",
                        f"pan {signed(d.pan_error)}, tilt {signed(d.tilt_error)}, zoom {signed(d.zoom_error)}",
                    ),
                    WARN_COLOUR,
                )

        self._run(
            CameraRecall(self.info.handle, slot),
            self.tr("Recalling preset %1…").replace("%1", str(slot)),
            recalled,
        )

    def rename_selected(self) -> None:
        slot = self.selected_slot()
        preset = next((p for p in self.model.rows if p.slot == slot), None)
        if preset is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename preset"), self.tr("Name"), text=preset.name)
        if ok and name.strip():
            self.rename(preset.slot, name, None)

    def rename(self, slot: int, name: str, seat: str | None = None) -> None:
        def renamed(changed: PresetsChanged) -> None:
            self.model.set_presets(list(changed.presets))
            self.select_slot(slot)
            self._say("✓ " + self.tr("Preset %1 renamed").replace("%1", str(slot)), OK_COLOUR)

        self._run(CameraRename(self.info.handle, slot, name, seat), self.tr("Renaming…"), renamed)

    def speaker_selected(self) -> None:
        slot = self.selected_slot()
        if slot is None:
            return

        def done(changed: PresetsChanged) -> None:
            self.model.set_presets(list(changed.presets))
            self.select_slot(slot)
            self._say(
                "★ " + self.tr("Preset %1 is now the speaker preset of this site").replace("%1", str(slot)),
                OK_COLOUR,
            )

        self._run(CameraSetSpeaker(self.info.handle, slot), self.tr("Saving…"), done)

    def compare(self) -> None:
        def compared(result: Compared) -> None:
            self._set_position(result.position)
            self.model.tolerance = self._tolerance()
            self.model.set_differences(list(result.differences))
            self._say("✓ " + self.tr("Compared with the current position"), OK_COLOUR)

        self._run(CameraCompare(self.info.handle), self.tr("Reading the camera's position…"), compared)

    def _tolerance(self) -> Tolerance:
        value = self.tolerance.value()
        base = self.info.tolerance
        zoom = max(value, round(value * base.zoom / base.pan)) if base.pan else value
        return Tolerance(value, value, zoom)

    def verify(self) -> None:
        tolerance = self._tolerance()

        def verified(drifts: tuple[Drift, ...]) -> None:
            self.model.tolerance = tolerance
            self.model.set_review(drifts)
            if drifts:
                names = ", ".join(f"{d.slot} {d.name}" for d in drifts)
                self._say(
                    "▲ " + self.tr("%n preset(s) drifted: ", "", len(drifts)) + names,
                    BAD_COLOUR,
                )
            else:
                self._say("✓ " + self.tr("Every preset lands where it was stored"), OK_COLOUR)

        self._run(
            CameraVerify(self.info.handle, tolerance),
            self.tr("Reviewing %n preset(s): each is recalled and read back…", "", self.model.rowCount()),
            verified,
        )

    def review_text(self) -> list[str]:
        """The review column as shown, row by row (for reports and tests)."""
        return [str(self.model.index(r, Column.REVIEW).data() or "") for r in range(self.model.rowCount())]
