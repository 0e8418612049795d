"""The history view's table: one model for every tab (the rows of `console.runtime.history`), a proxy that sorts on
the raw values and searches ignoring Vietnamese marks.

Rows come in one answer but reach the view a page at a time (`canFetchMore`/`fetchMore`), so a year of a province's
incidents opens at once; sorting or searching takes every row in first.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from console.domain import CommandResult, FloorState, IncidentKind, Severity
from console.live.wall import fold
from console.runtime.history import COLUMNS, Cell, ColumnType, HistoryKind, HistoryRow
from widgets.text import (
    command_result_text,
    floor_state_text,
    kind_text,
    local_date_time,
    severity_text,
)

PAGE = 500
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, for sorting
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's words without marks, lower case (any column)
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the `HistoryRow`

Index = QModelIndex | QPersistentModelIndex


def column_title(key: str) -> str:
    return {
        "start": QCoreApplication.translate("HistoryText", "Start"),
        "end": QCoreApplication.translate("HistoryText", "End"),
        "title": QCoreApplication.translate("HistoryText", "Meeting"),
        "host_agency": QCoreApplication.translate("HistoryText", "Host agency"),
        "host_site": QCoreApplication.translate("HistoryText", "Host site"),
        "tier": QCoreApplication.translate("HistoryText", "Tier"),
        "status": QCoreApplication.translate("HistoryText", "Status"),
        "timeliness": QCoreApplication.translate("HistoryText", "Registration"),
        "expected": QCoreApplication.translate("HistoryText", "Sites expected"),
        "attended": QCoreApplication.translate("HistoryText", "Attended"),
        "duration": QCoreApplication.translate("HistoryText", "Duration"),
        "site": QCoreApplication.translate("HistoryText", "Site"),
        "cluster": QCoreApplication.translate("HistoryText", "Cluster"),
        "late": QCoreApplication.translate("HistoryText", "Late"),
        "left_early": QCoreApplication.translate("HistoryText", "Left early"),
        "opened": QCoreApplication.translate("HistoryText", "Opened"),
        "resolved": QCoreApplication.translate("HistoryText", "Resolved"),
        "kind": QCoreApplication.translate("HistoryText", "Kind"),
        "severity": QCoreApplication.translate("HistoryText", "Severity"),
        "cause": QCoreApplication.translate("HistoryText", "Cause"),
        "fix": QCoreApplication.translate("HistoryText", "Fix"),
        "sent": QCoreApplication.translate("HistoryText", "Sent"),
        "actor": QCoreApplication.translate("HistoryText", "Who"),
        "action": QCoreApplication.translate("HistoryText", "Action"),
        "target": QCoreApplication.translate("HistoryText", "Target"),
        "result": QCoreApplication.translate("HistoryText", "Result"),
        "detail": QCoreApplication.translate("HistoryText", "Detail"),
        "rtt_ms": QCoreApplication.translate("HistoryText", "Round trip (ms)"),
        "requested": QCoreApplication.translate("HistoryText", "Requested"),
        "delegate": QCoreApplication.translate("HistoryText", "Delegate"),
        "topic": QCoreApplication.translate("HistoryText", "Topic"),
        "state": QCoreApplication.translate("HistoryText", "State"),
        "granted": QCoreApplication.translate("HistoryText", "Given the floor"),
        "reason": QCoreApplication.translate("HistoryText", "Reason"),
        "at": QCoreApplication.translate("HistoryText", "Time"),
    }.get(key, key)


def code_text(key: str, value: str) -> str:
    """A code the core sends (kind, severity, status …) in words."""
    if not value:
        return ""
    if key == "kind" and value in IncidentKind._value2member_map_:
        return kind_text(IncidentKind(value))
    if key == "severity" and value in Severity._value2member_map_:
        return severity_text(Severity(value))
    if key == "state" and value.upper() in FloorState.__members__:
        return floor_state_text(FloorState[value.upper()])
    if key == "result" and value in CommandResult._value2member_map_:
        return command_result_text(value)
    words = {
        "held": QCoreApplication.translate("HistoryText", "held"),
        "not_held": QCoreApplication.translate("HistoryText", "not held"),
        "cancelled": QCoreApplication.translate("HistoryText", "cancelled"),
        "upcoming": QCoreApplication.translate("HistoryText", "upcoming"),
        "on_time": QCoreApplication.translate("HistoryText", "on time"),
        "late": QCoreApplication.translate("HistoryText", "late"),
        "emergency": QCoreApplication.translate("HistoryText", "emergency"),
        "unregistered": QCoreApplication.translate("HistoryText", "unregistered"),
        "central": QCoreApplication.translate("HistoryText", "central"),
        "province": QCoreApplication.translate("HistoryText", "province"),
        "district": QCoreApplication.translate("HistoryText", "district"),
        "commune": QCoreApplication.translate("HistoryText", "commune"),
        "unknown": QCoreApplication.translate("HistoryText", "unknown"),
        "ok": QCoreApplication.translate("HistoryText", "done"),
        "refused": QCoreApplication.translate("HistoryText", "refused"),
        "failed": QCoreApplication.translate("HistoryText", "failed"),
    }
    return words.get(value, value)


def duration_text(seconds: float) -> str:
    """Hours and minutes: "1 h 05 min", "12 min", "< 1 min"."""
    minutes = int(seconds // 60)
    if minutes < 1:
        return QCoreApplication.translate("HistoryText", "< 1 min")
    if minutes < 60:
        return QCoreApplication.translate("HistoryText", "%1 min").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("HistoryText", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", f"{minutes % 60:02d}")
    )


def cell_text(key: str, kind: ColumnType, value: Cell) -> str:
    if value is None:
        return ""
    if kind is ColumnType.TIME and isinstance(value, datetime):
        return local_date_time(value)
    if kind is ColumnType.DURATION and isinstance(value, int | float):
        return duration_text(float(value))
    if kind is ColumnType.FLAG:
        return (
            QCoreApplication.translate("HistoryText", "yes")
            if value
            else QCoreApplication.translate("HistoryText", "no")
        )
    if kind is ColumnType.CODE:
        return code_text(key, str(value))
    if isinstance(value, float):
        return f"{value:.0f}" if value >= 10 else f"{value:.1f}".replace(".", ",")
    return str(value)


def _sort_key(value: Cell) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return fold(value)
    return value


class HistoryModel(QAbstractTableModel):
    """One tab's rows, all of them kept, shown a page at a time (`fetchMore`). A cell's text is made when it is
    first shown; the words searched are made for every row at the first search; sorting reorders the rows
    themselves on their raw values (quick on a year of rows, where a proxy comparing cells is not)."""

    def __init__(self, kind: HistoryKind, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = COLUMNS[kind]
        self._rows: list[HistoryRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's shown texts, once shown
        self._search: list[str] | None = None  # each row's words without marks, once searched
        self._shown = 0

    # --- rows in --------------------------------------------------------------------------------------------
    def set_rows(self, rows: tuple[HistoryRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(rows)
        self._search = None
        self._shown = min(PAGE, len(rows))
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._rows)

    def row(self, n: int) -> HistoryRow:
        return self._rows[n]

    def all_rows(self) -> tuple[HistoryRow, ...]:
        return tuple(self._rows)

    def rows_total_seconds(self, column: int) -> float:
        """The sum of a duration column over every row."""
        return sum(float(v) for r in self._rows if isinstance(v := r.cells[column], int | float))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self._fetch(min(PAGE, len(self._rows) - self._shown))

    def fetch_all(self) -> None:
        self._fetch(len(self._rows) - self._shown)

    def _fetch(self, more: int) -> None:
        if more <= 0:
            return
        first = self._shown
        self.beginInsertRows(QModelIndex(), first, first + more - 1)
        self._shown += more
        self.endInsertRows()

    def texts(self, n: int) -> tuple[str, ...]:
        found = self._texts[n]
        if found is None:
            cells = self._rows[n].cells
            found = tuple(cell_text(k, t, v) for (k, t), v in zip(self.columns, cells, strict=True))
            self._texts[n] = found
        return found

    def search_words(self) -> list[str]:
        """Every row's words, marks and case folded (made once per set of rows)."""
        if self._search is None:
            seen: dict[tuple[int, Cell], str] = {}  # one cell value's folded words (values repeat a lot)
            out: list[str] = []
            for r in self._rows:
                words = []
                for c, value in enumerate(r.cells):
                    if value is None:
                        continue
                    found = seen.get((c, value))
                    if found is None:
                        key, kind = self.columns[c]
                        if kind is ColumnType.CODE:
                            found = fold(code_text(key, str(value)))
                        elif kind is ColumnType.TEXT:
                            found = fold(str(value))
                        elif kind is ColumnType.TIME and isinstance(value, datetime):
                            found = local_date_time(value)
                        else:
                            found = ""
                        seen[(c, value)] = found
                    words.append(found)
                out.append(" ".join(words))
            self._search = out
        return self._search

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = [i.row() for i in before]
        positions = sorted(
            range(len(self._rows)),
            key=lambda n: _rank(self._rows[n].cells[column]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        where = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[n] for n in positions]
        self._texts = [self._texts[n] for n in positions]
        if self._search is not None:
            self._search = [self._search[n] for n in positions]
        self._shown = len(self._rows)  # sorted over every row: all of them are shown
        self.changePersistentIndexList(
            before, [self.index(where[r], i.column()) for r, i in zip(old_rows, before, strict=True)]
        )
        self.layoutChanged.emit()

    # --- the model ------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown or index.column() >= len(self.columns):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(r)[c]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.texts(r)[c]
            return text if len(text) > 30 else None
        if role == SORT_ROLE:
            return _sort_key(self._rows[r].cells[c])
        if role == SEARCH_ROLE:
            return self.search_words()[r]
        if role == ROW_ROLE:
            return self._rows[r]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            kind = self.columns[c][1]
            if kind in (ColumnType.NUMBER, ColumnType.DURATION):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return column_title(self.columns[section][0])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._shown:
            return str(section + 1)
        return None


def _rank(value: Cell) -> tuple[int, Any]:
    """A sort key that orders values of one column, empty cells first."""
    if value is None:
        return (0, 0)
    key = _sort_key(value)
    return (1, key) if isinstance(key, int | float) else (2, key)


class HistoryFilter(QSortFilterProxyModel):
    """Keeps the rows holding every word of the search, marks or not; sorting is the source's own (on the raw
    values), so the proxy keeps the source's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words == self._words:
            return
        source = self.sourceModel()
        self.beginFilterChange()
        if words and isinstance(source, HistoryModel):
            source.fetch_all()  # the search is over every row, not the pages shown so far
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, HistoryModel):
            source.sort(column, order)
            if self._words:
                self.beginFilterChange()
                self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        source = self.sourceModel()
        if isinstance(source, HistoryModel):
            text = source.search_words()[source_row]
        else:
            text = source.index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return isinstance(text, str) and all(w in text for w in self._words)
