"""The floor dock: the speaking queue, the current speaker, and the operator's actions on them.

The list is a model over the `FloorView`s a `console.floor.desk.FloorDesk` publishes: rows in the order the
waiting requests would be served (the queue, then the pending ones), with the live waiting time counted on a
named 2 Hz timer. Dragging a row to another place reorders the queue (REORDER). Every action is a typed
`FloorCommand` handed to a runner that sends it to the session; its steps come back as `ActionReport`s and are shown under the list,
each with a glyph and a word (✓ done, ✗ failed, – skipped), never colour alone.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain import FloorState, RequestSource, utcnow
from console.floor.desk import (
    ActionReport,
    DeskRequest,
    FloorChanged,
    FloorView,
    SpeakingTimeWarning,
)
from console.live.wall import fold
from console.runtime.bridge import FloorCommand, FloorOp
from widgets.text import (
    SOURCE_GLYPHS,
    floor_report_text,
    floor_state_text,
    local_clock,
    priority_text,
    source_text,
    span_text,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the desk's request id of the row
REFRESH_MS = 500  # waiting and speaking times at 2 Hz
MIME = "application/x-bridgewall-floor-request"

FloorRunner = Callable[[FloorCommand], None]
"""Sends a floor action to the session (`console.runtime.bridge.FloorCommand`)."""
"""Runs an operation on the desk, on the session's loop (an awaitable result is awaited there)."""
SiteList = Callable[[], Sequence[tuple[str, str]]]
"""The sites the registry knows, as (site code, name): the only ones the request form offers."""
MAX_OFFERED = 50  # completions shown at once; the operator types on to narrow them


class Column(enum.IntEnum):
    TURN = 0
    SITE = 1
    DELEGATE = 2
    SOURCE = 3
    WAITING = 4
    PRIORITY = 5
    STATE = 6


def header_text(column: Column) -> str:
    return {
        Column.TURN: QCoreApplication.translate("FloorText", "#"),
        Column.SITE: QCoreApplication.translate("FloorText", "Site"),
        Column.DELEGATE: QCoreApplication.translate("FloorText", "Delegate"),
        Column.SOURCE: QCoreApplication.translate("FloorText", "Source"),
        Column.WAITING: QCoreApplication.translate("FloorText", "Waiting"),
        Column.PRIORITY: QCoreApplication.translate("FloorText", "Priority"),
        Column.STATE: QCoreApplication.translate("FloorText", "State"),
    }[column]


class FloorModel(QStandardItemModel):
    """The waiting requests, in turn order; rows can be dragged to another turn.

    Cells are items Qt holds itself, updated as views and ticks arrive: painting the queue never calls into
    Python, which matters while the session's thread keeps the interpreter busy.
    """

    reorderRequested = Signal(int, int)  # request id, new turn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(Column), parent)
        self._rows: list[DeskRequest] = []
        self._now: datetime = utcnow()
        self.setHorizontalHeaderLabels([header_text(c) for c in Column])
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)

    # --- feeding -----------------------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[DeskRequest], now: datetime) -> None:
        """Show `rows`, rebuilding the rows only when the queue itself changed (rows came, went or moved)."""
        rows = list(rows)
        self._now = now
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self._rows = rows
            self.setRowCount(0)
            for entry in rows:
                self.appendRow([self._item(entry, column) for column in Column])
            return
        for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[i] = new
                for column in Column:
                    self._show(i, column)

    def tick(self, now: datetime) -> None:
        self._now = now
        for row in range(len(self._rows)):
            self._show(row, Column.WAITING)

    def request_at(self, row: int) -> DeskRequest | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == request_id), -1)

    # --- the cells -----------------------------------------------------------------------------------------
    def _item(self, entry: DeskRequest, column: Column) -> QStandardItem:
        item = QStandardItem(self._text(entry, column))
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        item.setData(entry.id, ID_ROLE)
        if column in (Column.TURN, Column.WAITING):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column is Column.WAITING:
            item.setToolTip(
                QCoreApplication.translate("FloorText", "Requested at %1").replace(
                    "%1", local_clock(entry.request.requested_at)
                )
            )
        return item

    def _show(self, row: int, column: Column) -> None:
        item = self.item(row, column)
        text = self._text(self._rows[row], column)
        if item.text() != text:
            item.setText(text)

    def _text(self, entry: DeskRequest, column: Column) -> str:
        req = entry.request
        if column is Column.TURN:
            return str(entry.turn)
        if column is Column.SITE:
            if entry.in_meeting:
                return entry.name
            return f"{entry.name} ({QCoreApplication.translate('FloorText', 'not connected')})"
        if column is Column.DELEGATE:
            return " — ".join(x for x in (req.delegate, req.topic) if x)
        if column is Column.SOURCE:
            return f"{SOURCE_GLYPHS[req.source]} {source_text(req.source)}"
        if column is Column.WAITING:
            return span_text((self._now - req.requested_at).total_seconds())
        if column is Column.PRIORITY:
            return priority_text(req.priority)
        glyph = "●" if req.state is FloorState.ACCEPTED else "○"
        return f"{glyph} {floor_state_text(req.state)}"

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self._rows[rows[0]].id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        request_id = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        source = self.row_of(request_id)
        if source < 0:
            return False
        turn = target if target > source else target + 1  # the dragged row leaves its place first
        if turn != source + 1:
            self.reorderRequested.emit(request_id, turn)
        return False  # the desk moves it; the next view shows it in its new place


class FloorPanel(QWidget):
    """The queue dock. `on_news` takes the desk's news on the GUI thread; actions go to `runner`."""

    def __init__(
        self, runner: FloorRunner, sites: SiteList, operator: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("floorPanel")
        self._run = runner
        self._sites = sites
        self.operator = operator
        self.floor_view: FloorView | None = None
        self.last_report: ActionReport | None = None

        self.speaker = QLabel(self)
        self.speaker.setObjectName("floorSpeaker")
        self.speaker.setWordWrap(True)
        font = self.speaker.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.speaker.setFont(font)

        self.model = FloorModel(self)
        self.model.reorderRequested.connect(self.move_request)
        self.view = QTableView(self)
        self.view.setObjectName("floorQueue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setDropIndicatorShown(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.grant())

        self.grant_action = self._action("grant", self.tr("Give the floor"), ("Return", "Enter"), self.grant)
        self.deny_action = self._action("deny", self.tr("Deny"), ("Delete",), self.deny)
        self.revoke_action = self._action("revoke", self.tr("End speaking"), ("Ctrl+E",), self.release)
        self.next_action = self._action("next", self.tr("Next speaker"), ("Ctrl+G",), self.grant_next)
        self.lower_action = self._action("lower", self.tr("Lower hand"), ("Ctrl+L",), self.lower_hand)
        self.lower_all_action = self._action(
            "lowerAll", self.tr("Lower all hands"), ("Ctrl+Shift+L",), self.lower_all_hands
        )
        buttons = QGridLayout()  # two rows of three: the dock stays narrow beside the wall
        for i, action in enumerate(
            (
                self.grant_action,
                self.deny_action,
                self.revoke_action,
                self.next_action,
                self.lower_action,
                self.lower_all_action,
            )
        ):
            button = QPushButton(action.text(), self)
            button.setObjectName(f"{action.objectName().removesuffix('Action')}Button")
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            buttons.addWidget(button, i // 3, i % 3)

        self.status = QLabel(self)
        self.status.setObjectName("floorStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form_box = QGroupBox(self.tr("Request by phone, e-mail or Zalo"), self)
        form = QFormLayout(form_box)
        self.site_edit = QLineEdit(form_box)
        self.site_edit.setObjectName("floorSite")
        self.site_edit.setPlaceholderText(self.tr("A site's name or code, e.g. na son"))
        self.site_edit.setClearButtonEnabled(True)
        self.site_offers = QStandardItemModel(self)
        self.completer = QCompleter(self.site_offers, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.site_edit)
        self.completer.activated.connect(self.site_edit.setText)
        self.site_edit.textEdited.connect(self._offer_sites)
        self.site_edit.textChanged.connect(self._show_site)
        self.site_hint = QLabel(form_box)
        self.site_hint.setObjectName("floorSiteHint")
        self.site_hint.setWordWrap(True)
        self.stranger_box = QCheckBox(self.tr("File as a site not in the registry"), form_box)
        self.stranger_box.setObjectName("floorStranger")
        self.stranger_box.setToolTip(
            self.tr("Only for a site the registry does not know: the name is filed as typed.")
        )
        self.stranger_box.toggled.connect(lambda _on: self._show_site())
        self.delegate_edit = QLineEdit(form_box)
        self.delegate_edit.setObjectName("floorDelegate")
        self.topic_edit = QLineEdit(form_box)
        self.topic_edit.setObjectName("floorTopic")
        self.source_box = QComboBox(form_box)
        self.source_box.setObjectName("floorSource")
        for source in (RequestSource.PHONE, RequestSource.EMAIL, RequestSource.ZALO):
            self.source_box.addItem(f"{SOURCE_GLYPHS[source]} {source_text(source)}", source.value)
        self.add_button = QPushButton(self.tr("Add to the queue"), form_box)
        self.add_button.setObjectName("floorAdd")
        self.add_button.clicked.connect(self.add_request)
        form.addRow(self.tr("Site"), self.site_edit)
        form.addRow("", self.site_hint)
        form.addRow("", self.stranger_box)
        form.addRow(self.tr("Delegate"), self.delegate_edit)
        form.addRow(self.tr("Topic"), self.topic_edit)
        form.addRow(self.tr("Came by"), self.source_box)
        form.addRow(self.add_button)
        self.add_shortcut = self._action("add", self.tr("Add a request"), ("Ctrl+Shift+A",), self.focus_form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.speaker)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(form_box)

        self.timer = QTimer(self)
        self.timer.setObjectName("floorTimer")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._known: list[tuple[str, str, str]] = []  # (code, name, folded "name code") of the registry
        self._fill_sites()
        self.refresh()
        self._update_actions()

    def _action(self, name: str, text: str, keys: Iterable[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        sequences = [QKeySequence(key) for key in keys]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)
        action.setToolTip(f"{text} ({shown})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- news from the desk (GUI thread) ------------------------------------------------------------------
    def on_news(self, news: object) -> None:
        if isinstance(news, FloorChanged):
            self.show_view(news.view)
        elif isinstance(news, ActionReport):
            self.last_report = news
            self.status.setText(floor_report_text(news, self.site_name(news.site) if news.site else ""))
            self.status.setProperty("failed", not news.ok and news.finished)
        elif isinstance(news, SpeakingTimeWarning):
            self.status.setText(
                "⏰ "
                + self.tr("%1: speaking time ends at %2")
                .replace("%1", self.site_name(news.site))
                .replace("%2", local_clock(news.deadline))
            )

    def site_name(self, key: str) -> str:
        """A site's name as the queue shows it (the desk's news names sites by key)."""
        requests = self.floor_view.requests if self.floor_view is not None else ()
        named = next((r.name for r in requests if r.request.site == key), None)
        if named is None:
            named = next((name for site, name in self._sites() if site == key), key)
        return named

    def show_view(self, view: FloorView) -> None:
        selected = self.selected()
        self.floor_view = view
        self.model.set_rows(view.waiting(), utcnow())
        if selected is not None:
            row = self.model.row_of(selected.id)
            if row >= 0:
                self.view.selectRow(row)
        self.refresh()
        self._update_actions()

    def refresh(self) -> None:
        """The 2 Hz refresh: waiting times and the speaker's elapsed time."""
        now = utcnow()
        self.model.tick(now)
        holders = self.floor_view.holders() if self.floor_view is not None else ()
        if not holders:
            self.speaker.setText("⚑ " + self.tr("Nobody has the floor"))
            return
        lines = []
        for h in holders:
            start = h.request.granted_at or now
            text = f"⚑ {h.name} — {span_text((now - start).total_seconds())}"
            assert self.floor_view is not None
            deadline = self.floor_view.deadlines.get(h.id)
            if deadline is not None:
                text += " / " + span_text((deadline - start).total_seconds())
            if h.request.delegate:
                text += f" ({h.request.delegate})"
            lines.append(text)
        self.speaker.setText("\n".join(lines))

    # --- the operator's actions ----------------------------------------------------------------------------
    def selected(self) -> DeskRequest | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if rows:
            return self.model.request_at(rows[0].row())
        current = self.view.currentIndex()
        return self.model.request_at(current.row()) if current.isValid() else None

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        holders = self.floor_view.holders() if self.floor_view is not None else ()
        waiting = self.floor_view.waiting() if self.floor_view is not None else ()
        self.grant_action.setEnabled(chosen)
        self.deny_action.setEnabled(chosen)
        self.lower_action.setEnabled(chosen)
        self.revoke_action.setEnabled(bool(holders))
        self.next_action.setEnabled(bool(waiting))

    def grant(self) -> None:
        entry = self.selected()
        if entry is not None:
            rid, who = entry.id, self.operator
            self._run(FloorCommand(FloorOp.GRANT, who, rid))

    def deny(self) -> None:
        entry = self.selected()
        if entry is not None:
            rid, who = entry.id, self.operator
            self._run(FloorCommand(FloorOp.DENY, who, rid))

    def release(self) -> None:
        holders = self.floor_view.holders() if self.floor_view is not None else ()
        who = self.operator
        for h in holders:
            self._run(FloorCommand(FloorOp.RELEASE, who, h.id))

    def grant_next(self) -> None:
        who = self.operator
        self._run(FloorCommand(FloorOp.GRANT_NEXT, who))

    def lower_hand(self) -> None:
        entry = self.selected()
        if entry is not None:
            rid, who = entry.id, self.operator
            self._run(FloorCommand(FloorOp.LOWER_HAND, who, rid))

    def lower_all_hands(self) -> None:
        who = self.operator
        self._run(FloorCommand(FloorOp.LOWER_ALL_HANDS, who))

    def move_request(self, request_id: int, turn: int) -> None:
        who = self.operator
        self._run(FloorCommand(FloorOp.MOVE_TO_TURN, who, request_id, turn=turn))

    def focus_form(self) -> None:
        self._fill_sites()
        self.site_edit.setFocus()

    # --- the request form: registry sites only, strangers on the operator's word -------------------------
    def _fill_sites(self) -> None:
        known = sorted(self._sites(), key=lambda site: (fold(site[1]), site[0]))
        self._known = [(code, name, fold(f"{name} {code}")) for code, name in known]
        self._show_site()

    @staticmethod
    def _offer_text(code: str, name: str) -> str:
        return f"{name} ({code})" if name != code else code

    def matching_sites(self, text: str) -> list[tuple[str, str]]:
        """The registry's sites whose name or code holds every word typed, marks and case ignored
        ("na son" finds "Nà Sơn", "d" finds "đ"), those that begin with it first."""
        words = fold(text).split()
        if not words:
            return []
        start = fold(text).strip()
        found = [(code, name) for code, name, hay in self._known if all(w in hay for w in words)]
        found.sort(
            key=lambda site: not fold(site[1]).startswith(start) and not fold(site[0]).startswith(start)
        )
        return found

    def chosen_site(self) -> tuple[str, str] | None:
        """The registry site the form names: the completion picked, a name or code typed whole, or the one
        site that matches what is typed; None when there is none or several."""
        text = self.site_edit.text().strip()
        if not text:
            return None
        for code, name, _hay in self._known:
            if text == self._offer_text(code, name):
                return code, name
        whole = [(code, name) for code, name, _hay in self._known if fold(text) in (fold(name), fold(code))]
        if len(whole) == 1:
            return whole[0]
        found = self.matching_sites(text)
        return found[0] if len(found) == 1 else None

    def _offer_sites(self, text: str) -> None:
        """Fill the completion list from what is typed, and show it."""
        self.site_offers.clear()
        for code, name in self.matching_sites(text)[:MAX_OFFERED]:
            item = QStandardItem(self._offer_text(code, name))
            item.setData(code, ID_ROLE)
            self.site_offers.appendRow(item)
        if self.site_offers.rowCount():  # typed by the operator: the field has the keyboard
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()

    def _show_site(self) -> None:
        """Say under the field which site a request would be filed for, or why none."""
        text = self.site_edit.text().strip()
        chosen = self.chosen_site()
        if not text:
            hint = ""
        elif chosen is not None:
            hint = "✓ " + self._offer_text(*chosen)
        elif self.stranger_box.isChecked():
            hint = "⚠ " + self.tr("“%1” will be filed as a site not in the registry").replace("%1", text)
        else:
            n = len(self.matching_sites(text))
            if n > 1:
                hint = "… " + self.tr("%1 sites match: choose one from the list").replace("%1", str(n))
            else:
                hint = "✗ " + self.tr("“%1” is not in the registry").replace("%1", text)
        self.site_hint.setText(hint)
        self.add_button.setEnabled(chosen is not None or (bool(text) and self.stranger_box.isChecked()))

    def add_request(self) -> None:
        text = self.site_edit.text().strip()
        chosen = self.chosen_site()
        stranger = chosen is None and bool(text) and self.stranger_box.isChecked()
        if chosen is None and not stranger:
            if text:
                self.status.setText(
                    "✗ "
                    + self.tr("“%1” is not in the registry: choose a site from the list").replace("%1", text)
                )
            else:
                self.status.setText("✗ " + self.tr("Choose the site that asked to speak"))
            return
        key = chosen[0] if chosen is not None else text
        source = RequestSource(self.source_box.currentData())
        delegate, topic, who = (
            self.delegate_edit.text().strip(),
            self.topic_edit.text().strip(),
            self.operator,
        )
        self._run(
            FloorCommand(
                FloorOp.ADD_REQUEST,
                who,
                site=key,
                source=source,
                delegate=delegate,
                topic=topic,
                stranger=stranger,
            )
        )
        self.delegate_edit.clear()
        self.topic_edit.clear()
        self.stranger_box.setChecked(False)  # each stranger is the operator's word, once

    def showEvent(self, event: Any) -> None:
        self._fill_sites()
        super().showEvent(event)
