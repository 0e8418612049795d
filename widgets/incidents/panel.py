"""The incident dock: a live tree of incidents (shared-fault parents above their sites), the operator's actions
on them, and the alarm for a new critical one.

The tree is a model over an `IncidentSource` (the desk, or the window's book of its news): rows are inserted as incidents open, moved under
their parent when a shared fault is found, and only the cells that change are announced. Durations and the
expected restore time count on a named timer (2 Hz). Severity has a colour, and always a glyph and a word too.

The list never moves under the operator's hand: while the pointer is over it, for `ORDER_HOLD_S` after an action
(a click, a key, a form) and while a form is open, rows keep their places — new incidents, shared faults
gathering their sites and resolved rows leaving wait, and a note says how many changes wait; cells still update in
place. When the hold ends the waiting rows take their places and stay marked for `MARK_S`. One click selects,
Enter or a double click opens (the form; the site detail from the site column).

A manual resolve of an incident whose condition still holds asks for a cause and a fix (the desk refuses it
without them) and says what still holds; a row that reopens one resolved that way says so ("reopened from #N",
N the dock's number of the old incident, shown in each row's tooltip).
"""

from __future__ import annotations

import bisect
import enum
import html
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QCursor,
    QFont,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from console.domain import GroupBy, IncidentKind, Severity, utcnow
from console.incidents.book import IncidentSource
from console.incidents.desk import (
    DeskEntry,
    DeskNews,
    EntryAdded,
    EntryChanged,
    EntryRemoved,
    EtaError,
    EtaProblem,
    ResolveRefused,
    missing_for_resolve,
    newest_first,
    parse_eta,
)
from widgets.text import (
    KIND_GLYPHS,
    SEVERITY_GLYPHS,
    kind_text,
    local_clock,
    local_date_time,
    local_minutes,
    local_minutes_day,
    severity_text,
    span_text,
)
from widgets.theme import AMBER, DIM_TEXT, EDGE, ON_ALARM, RED, SEVERITY_COLOURS, colour_rule

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the tracker key of the row's incident
LISTED_ROLE = Qt.ItemDataRole.UserRole + 2  # "1" on rows listed while resolved incidents are hidden
OPEN_SITE_ROLE = Qt.ItemDataRole.UserRole + 3  # the site of an open single-site incident, else ""
REFRESH_MS = 500  # changing text (durations, time to restore) at 2 Hz
FLASH_MS = 500
FLASH_SECONDS = 6
BEEP_GAP_S = 2.0  # a burst of critical incidents beeps once
ORDER_HOLD_S = 3.0  # the list keeps its order this long after the operator's last action
MARK_S = 4.0  # rows that took their places when a hold ended stay marked this long
MOVED_MARK = EDGE  # the background of those rows


class Column(enum.IntEnum):
    OPENED = 0
    DURATION = 1
    SITE = 2
    KIND = 3
    SEVERITY = 4
    STATE = 5
    ETA = 6
    CAUSE = 7


TIMED = (Column.DURATION, Column.ETA)
PARENT_GLYPH = "⚠"
# The roles of one cell's look, in `IncidentModel._look` order.
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole,
    LISTED_ROLE,
    OPEN_SITE_ROLE,
)


class IncidentModel(QStandardItemModel):
    """The desk's entries as a tree: top-level incidents newest first, a shared-fault parent's sites below it.

    Every cell is an item Qt holds itself, kept up to date as the desk's news arrives, so views paint, filter and
    measure without calling into Python: while the session's thread is busy, each call from Qt into Python waits
    for the interpreter, and one repaint of the tree asks for hundreds of cells.
    """

    def __init__(
        self,
        desk: IncidentSource,
        clock: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(0, len(Column), parent)
        self.desk = desk
        self.clock = clock
        self._now = clock()
        self._bold = QFont()
        self._bold.setBold(True)
        self._rows: dict[int | None, list[int]] = {None: []}  # parent key (None: top) → child keys in order
        self._where: dict[int, int | None] = {}  # key → the parent key its row is under (None: top)
        self._held = False
        self._pending: dict[int, None] = {}  # keys whose row waits for the hold to end, in arrival order
        self._marked: set[int] = set()
        self._items: dict[int, list[QStandardItem]] = {}  # key → its row's items, one per column
        self._shown: dict[int, list[tuple[object, ...]]] = {}  # key → what each of its cells shows now
        self.setHorizontalHeaderLabels([self._header(c) for c in Column])
        for root in desk.roots():
            self._insert(root)
            for child in desk.children(root.key):
                self._insert(child)
        ref = weakref.ref(self)

        def listener(news: DeskNews) -> None:
            model = ref()
            if model is not None:
                model._on_desk(news)

        self._unsubscribe = desk.subscribe(listener)
        self.destroyed.connect(self._unsubscribe)

    def detach(self) -> None:
        """Stop following the desk."""
        self._unsubscribe()

    def _header(self, column: Column) -> str:
        return {
            Column.OPENED: self.tr("Opened"),
            Column.DURATION: self.tr("Duration"),
            Column.SITE: self.tr("Site"),
            Column.KIND: self.tr("Kind"),
            Column.SEVERITY: self.tr("Severity"),
            Column.STATE: self.tr("State"),
            Column.ETA: self.tr("Expected restore"),
            Column.CAUSE: self.tr("Cause"),
        }[column]

    # --- finding rows ---------------------------------------------------------------------------------
    def index_of_key(self, key: int, column: int = 0) -> QModelIndex:
        """The index of an incident's row, invalid when the model does not hold it."""
        items = self._items.get(key)
        return items[column].index() if items is not None else QModelIndex()

    def entry_at(self, index: Index) -> DeskEntry | None:
        key = index.data(KEY_ROLE) if index.isValid() else None
        return self.desk.entry(key) if isinstance(key, int) else None

    # --- cells -----------------------------------------------------------------------------------------
    def site_name(self, key: str) -> str:
        site = self.desk.site(key)
        return site.name if site is not None else key

    def text(self, entry: DeskEntry, column: Column, now: datetime | None = None) -> str:
        i = entry.incident
        if column is Column.OPENED:
            return local_clock(i.opened_at)
        if column is Column.DURATION:
            end = i.resolved_at or now or self._now
            return span_text((end - i.opened_at).total_seconds())
        if column is Column.SITE:
            if entry.is_parent:
                n = len(entry.children)
                if entry.group_by is GroupBy.PROVIDER:
                    what = self.tr("%n site(s) on provider %1", "", n).replace("%1", i.site)
                else:
                    what = self.tr("%n site(s) in %1", "", n).replace("%1", self.site_name(i.site))
                shared = self.tr("Shared fault")
                return f"{PARENT_GLYPH} {shared}: {what}"
            return self.site_name(i.site)
        if column is Column.KIND:
            return f"{KIND_GLYPHS[i.kind]} {kind_text(i.kind)}"
        if column is Column.SEVERITY:
            return f"{SEVERITY_GLYPHS[i.severity]} {severity_text(i.severity)}"
        if column is Column.STATE:
            if not entry.is_open:
                assert i.resolved_at is not None
                text = self.tr("✔ Resolved %1").replace("%1", local_clock(i.resolved_at))
                if entry.resolved_by:
                    text += " " + self.tr("by %1").replace("%1", entry.resolved_by)
                return text
            if entry.acknowledged:
                text = self.tr("✓ Acknowledged by %1").replace("%1", i.acknowledged_by or "?")
            else:
                text = self.tr("● Open")
            if entry.reopens is not None:
                text += " · " + self.tr("↻ reopened from #%1").replace("%1", str(entry.reopens))
            return text
        if column is Column.ETA:
            if i.eta is None:
                return ""
            shown = local_minutes(i.eta)
            if not entry.is_open:
                return shown
            left = (i.eta - (now or self._now)).total_seconds()
            if left >= 0:
                return self.tr("%1 (in %2 min)").replace("%1", shown).replace("%2", str(int(left // 60)))
            return self.tr("%1 (overdue %2 min)").replace("%1", shown).replace("%2", str(int(-left // 60)))
        return i.cause

    def _tooltip(self, entry: DeskEntry) -> str:
        i = entry.incident
        lines = [
            f"#{entry.key} {kind_text(i.kind)} — {html.escape(self.site_name(i.site))}",
            self.tr("Opened %1").replace("%1", local_date_time(i.opened_at, seconds=True)),
        ]
        if entry.reopens is not None:
            lines.append(self._reopened_note(entry.reopens))
        if i.detail and not entry.is_parent:
            lines.append(html.escape(i.detail))
        if i.acknowledged_at is not None:
            lines.append(
                self.tr("Acknowledged by %1 at %2")
                .replace("%1", html.escape(i.acknowledged_by))
                .replace("%2", local_clock(i.acknowledged_at))
            )
        if i.cause:
            lines.append(self.tr("Cause: %1").replace("%1", html.escape(i.cause)))
        if i.fix:
            lines.append(self.tr("Fix: %1").replace("%1", html.escape(i.fix)))
        if i.eta is not None:
            lines.append(self.tr("Expected restore: %1").replace("%1", local_minutes(i.eta)))
        return "<br>".join(lines)

    def _reopened_note(self, key: int) -> str:
        """What the tooltip says of the incident a row reopens."""
        old = self.desk.entry(key)
        if old is None or old.incident.resolved_at is None:
            return self.tr("Reopened from #%1: its condition was still there after it was resolved.").replace(
                "%1", str(key)
            )
        return (
            self.tr("Reopened from #%1, resolved by hand by %2 at %3: its condition was still there.")
            .replace("%1", str(key))
            .replace("%2", html.escape(old.resolved_by or "?"))
            .replace("%3", local_clock(old.incident.resolved_at))
        )

    def _look(
        self, entry: DeskEntry, column: Column, tooltip: str, now: datetime | None
    ) -> tuple[object, ...]:
        """What one cell shows: text, colour, bold, tooltip and, on the first column, the roles filters read."""
        i = entry.incident
        colour: QColor | None = None
        if not entry.is_open:
            colour = DIM_TEXT
        elif column is Column.SEVERITY:
            colour = SEVERITY_COLOURS[i.severity]
        elif column is Column.ETA and i.eta is not None and i.eta < (now or self._now):
            colour = AMBER
        font = self._bold if entry.alarming else None
        look: tuple[object, ...] = (self.text(entry, column, now), colour, font, tooltip)
        if column == 0:
            listed = entry.is_open or entry.parent is not None  # resolved top-level rows can be hidden
            own_site = entry.incident.site if entry.is_open and not entry.is_parent else ""
            look += ("1" if listed else "0", own_site)
        return look

    def _show(self, entry: DeskEntry, columns: Iterable[Column] = Column, now: datetime | None = None) -> int:
        """Bring the row's cells in `columns` up to date with `entry`; returns how many cells changed."""
        items = self._items[entry.key]
        shown = self._shown[entry.key]
        changed = 0
        tooltip = self._tooltip(entry)  # the whole row's
        for column in columns:
            look = self._look(entry, column, tooltip, now)
            before = shown[column]
            if self._held and column == 0 and before and look[4] != before[4]:
                look = (*look[:4], before[4], *look[5:])  # showing or hiding the row waits for the hold
                self._pending[entry.key] = None
            if look == before:
                continue
            shown[column] = look
            changed += 1
            item = items[column]
            for role, value, old in zip(_ROLES, look, before or (None,) * len(look), strict=False):
                if value != old:
                    item.setData(value, role)
        return changed

    # --- following the desk ----------------------------------------------------------------------------
    def _on_desk(self, news: DeskNews) -> None:
        if isinstance(news, EntryAdded | EntryRemoved):
            key = news.entry.key
            if self._held:
                self._pending[key] = None
            elif isinstance(news, EntryAdded):
                self._insert(news.entry)
            else:
                self._remove(key)
        else:
            self._change(news)

    # --- holding the order ------------------------------------------------------------------------------
    @property
    def held(self) -> bool:
        return self._held

    def hold(self) -> None:
        """Keep every row where it is: new, moved and leaving rows wait for `release` (cells still change)."""
        self._held = True

    def waiting(self) -> int:
        """How many incidents wait for the hold to end to take (or leave) their place."""
        return len(self._pending)

    def release(self) -> list[int]:
        """End the hold: waiting rows leave, come or move; returns the keys of the rows that came or moved."""
        self._held = False
        pending, self._pending = list(self._pending), {}
        for key in pending:
            if self.desk.entry(key) is None:
                self._remove(key)
        entries = [e for e in (self.desk.entry(k) for k in pending) if e is not None]
        placed: list[int] = []
        for entry in sorted(entries, key=lambda e: e.parent is not None):  # parents before their sites
            if self._place(entry):
                placed.append(entry.key)
            self._show(entry)
        return placed

    def mark(self, keys: Iterable[int]) -> None:
        """Mark the rows of `keys` (rows that just took their places) until `clear_marks`."""
        brush = QBrush(MOVED_MARK)
        for key in keys:
            for item in self._items.get(key, ()):
                item.setData(brush, Qt.ItemDataRole.BackgroundRole)
            self._marked.add(key)

    def marked(self) -> set[int]:
        return {k for k in self._marked if k in self._items}

    def clear_marks(self) -> None:
        for key in self._marked:
            for item in self._items.get(key, ()):
                item.setData(None, Qt.ItemDataRole.BackgroundRole)
        self._marked.clear()

    def _place(self, entry: DeskEntry) -> bool:
        """Put the entry's row where it belongs; True when it came or moved."""
        if entry.key not in self._items:
            self._insert(entry)
            return True
        want = entry.parent if entry.parent in self._items else None
        if self._where[entry.key] == want:
            return False
        self._move(entry.key, want, entry)
        return True

    def _slot(self, keys: list[int], entry: DeskEntry) -> int:
        order = [newest_first(e) for e in (self.desk.entry(k) for k in keys) if e is not None]
        return bisect.bisect_left(order, newest_first(entry))

    def _under(self, key: int | None) -> QStandardItem:
        return self.invisibleRootItem() if key is None else self._items[key][0]

    def _insert(self, entry: DeskEntry) -> None:
        if entry.key in self._items:
            return
        parent = entry.parent if entry.parent in self._items else None
        keys = self._rows[parent]
        row = self._slot(keys, entry)
        items = []
        for _ in Column:
            item = QStandardItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setData(entry.key, KEY_ROLE)
            items.append(item)
        self._items[entry.key] = items
        self._shown[entry.key] = [() for _ in Column]
        self._show(entry)
        keys.insert(row, entry.key)
        self._where[entry.key] = parent
        self._rows.setdefault(entry.key, [])
        self._under(parent).insertRow(row, items)

    def _remove(self, key: int) -> None:
        if key not in self._items:
            return
        parent = self._where[key]
        keys = self._rows[parent]
        row = keys.index(key)
        del keys[row]
        for gone in (*self._rows.pop(key, ()), key):
            self._items.pop(gone, None)
            self._shown.pop(gone, None)
            self._where.pop(gone, None)
            self._rows.pop(gone, None)
        self._under(parent).removeRow(row)

    def _change(self, news: EntryChanged) -> None:
        after = news.after
        if after.key not in self._items:
            if self._held:
                self._pending[after.key] = None
            else:
                self._insert(after)
            return
        if self._held:
            if after.parent != self._where[after.key]:  # its parent's row may itself be waiting
                self._pending[after.key] = None
        else:
            want = after.parent if after.parent in self._items else None
            if want != self._where[after.key]:
                self._move(after.key, want, after)
        self._show(after)

    def _move(self, key: int, parent: int | None, after: DeskEntry) -> None:
        """Move a row under `parent` (None: the top level), in its place there."""
        old_parent = self._where[key]
        source = self._rows[old_parent]
        items = self._under(old_parent).takeRow(source.index(key))
        source.remove(key)
        target = self._rows[parent]
        row = self._slot(target, after)
        target.insert(row, key)
        self._where[key] = parent
        self._under(parent).insertRow(row, items)

    def refresh(self, now: datetime | None = None) -> int:
        """Recount durations and times to restore of open incidents; returns how many cells changed.

        Only cells whose text changes are touched (each one a signal Qt handles by itself); a resolved
        incident's times no longer change.
        """
        self._now = now or self.clock()
        changed = 0
        for key in self._items:
            entry = self.desk.entry(key)
            if entry is not None and entry.is_open:
                changed += self._show(entry, TIMED, self._now)
        return changed


class ResolvedFilter(QSortFilterProxyModel):
    """Hides resolved top-level incidents when asked; children always follow their parent.

    Qt filters by itself, on the role the model keeps for it: no row asks Python whether it is shown.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(LISTED_ROLE)
        self.setFilterKeyColumn(0)

    def set_show_resolved(self, show: bool) -> None:
        self.setFilterRegularExpression("" if show else "^1$")


def still_text(kind: IncidentKind) -> str:
    """What still holds, for an incident of `kind` whose condition the rules still see."""
    return {
        IncidentKind.LINK_DOWN: QCoreApplication.translate("IncidentForm", "the site is still disconnected"),
        IncidentKind.NO_AUDIO: QCoreApplication.translate("IncidentForm", "the site still sends no sound"),
        IncidentKind.NO_VIDEO: QCoreApplication.translate("IncidentForm", "the site still sends no picture"),
        IncidentKind.PACKET_LOSS: QCoreApplication.translate("IncidentForm", "packets are still being lost"),
        IncidentKind.JITTER: QCoreApplication.translate("IncidentForm", "the jitter is still too high"),
        IncidentKind.LOW_BITRATE: QCoreApplication.translate("IncidentForm", "the bitrate is still too low"),
        IncidentKind.MCU_UNREACHABLE: QCoreApplication.translate(
            "IncidentForm", "the MCU still does not answer properly"
        ),
        IncidentKind.MCU_AUTH: QCoreApplication.translate(
            "IncidentForm", "the MCU still refuses the console's sign-in"
        ),
    }.get(kind) or QCoreApplication.translate("IncidentForm", "its condition is still there")


class IncidentForm(QDialog):
    """Cause, fix and expected restore time of one incident; with `resolving` the same form closes it."""

    def __init__(
        self,
        entry: DeskEntry,
        title: str,
        *,
        resolving: bool = False,
        clock: Callable[[], datetime] = utcnow,
        latest: Callable[[], DeskEntry | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentForm")
        self.setWindowTitle(self.tr("Resolve incident") if resolving else self.tr("Incident details"))
        self.entry = entry
        self.resolving = resolving
        self.clock = clock
        self._latest = latest or (lambda: self.entry)
        self.eta: datetime | None = entry.incident.eta
        i = entry.incident
        heading = QLabel(f"<b>{html.escape(title)}</b>")
        heading.setObjectName("formHeading")
        self.cause = QLineEdit(i.cause)
        self.cause.setObjectName("cause")
        self.cause.setPlaceholderText(self.tr("What failed, as reported by the site or the provider"))
        self.fix = QLineEdit(i.fix)
        self.fix.setObjectName("fix")
        self.fix.setPlaceholderText(self.tr("What is being done about it"))
        self.eta_edit = QLineEdit(local_minutes(i.eta) if i.eta is not None else "")
        self.eta_edit.setObjectName("eta")
        self.eta_edit.setPlaceholderText(self.tr("HH:MM, or +minutes"))
        self.eta_note = QLabel()
        self.eta_note.setObjectName("etaNote")
        self.eta_note.setWordWrap(True)
        self.holds_note = QLabel()
        self.holds_note.setObjectName("holdsNote")
        self.holds_note.setWordWrap(True)
        self.holds_note.setStyleSheet(colour_rule(AMBER, "font-weight: bold;"))
        self.holds_note.hide()
        self.error = QLabel()
        self.error.setObjectName("etaError")
        self.error.setStyleSheet(colour_rule(RED, "font-weight: bold;"))
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Cause:"), self.cause)
        form.addRow(self.tr("&Fix:"), self.fix)
        if not resolving:
            form.addRow(self.tr("Expected &restore time:"), self.eta_edit)
            form.addRow("", self.eta_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Resolve") if resolving else self.tr("Save"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if resolving:
            self.setMinimumWidth(480)  # room for the note on what still holds
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.holds_note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.eta_edit.textChanged.connect(self._preview)
        self._preview()
        if resolving:
            self._show_holds(entry)
        self.cause.setFocus()

    def _show_holds(self, entry: DeskEntry) -> None:
        """While the rules still see the condition, say so: a cause and a fix are then required."""
        if not entry.condition_holds:
            self.holds_note.hide()
            return
        still = still_text(entry.incident.kind)
        if entry.is_parent:
            still = self.tr("at some of its sites, %1").replace("%1", still)
        self.holds_note.setText(
            self.tr(
                "⚠ Still happening: %1. Resolving it now needs the cause and the fix, and if it is still "
                "happening a little later a new incident opens."
            ).replace("%1", still)
        )
        self.holds_note.show()
        self.adjustSize()  # wrapped text: make room for all of it

    def _missing_text(self, missing: tuple[str, ...]) -> str:
        if missing == ("cause",):
            return self.tr("✖ Give the cause: the incident is still happening.")
        if missing == ("fix",):
            return self.tr("✖ Give the fix: the incident is still happening.")
        return self.tr("✖ Give the cause and the fix: the incident is still happening.")

    def refuse(self, missing: tuple[str, ...]) -> None:
        """Say what a resolve lacks and put the cursor there."""
        self.error.setText(self._missing_text(missing))
        self.error.show()
        self.adjustSize()
        field = self.cause if "cause" in missing else self.fix
        field.setFocus()

    def _read_eta(self) -> datetime | None:
        """The typed time; None when the field is empty. Raises EtaError."""
        text = self.eta_edit.text().strip()
        if not text:
            return None
        kept = self.entry.incident.eta
        if kept is not None and text == local_minutes(kept) and kept > self.clock():
            return kept  # unchanged: keep its seconds
        return parse_eta(text, self.clock())

    def _problem_text(self, error: EtaError) -> str:
        if error.problem is EtaProblem.PAST:
            return self.tr("✖ The expected restore time %1 is already past: give a later time.").replace(
                "%1", error.text.strip()
            )
        return self.tr(
            "✖ Cannot read “%1” as a time: type HH:MM (e.g. 14:30) or +minutes (e.g. +20)."
        ).replace("%1", error.text.strip())

    def _preview(self) -> None:
        try:
            eta = self._read_eta()
        except EtaError:
            self.eta_note.setText("")
            return
        if eta is None:
            self.eta_note.setText(self.tr("No expected restore time"))
            return
        minutes = int((eta - self.clock()).total_seconds() // 60)
        when = local_minutes_day(eta)
        self.eta_note.setText(self.tr("→ %1, in %2 min").replace("%1", when).replace("%2", str(minutes)))

    def accept(self) -> None:
        if self.resolving:
            entry = self._latest() or self.entry
            self._show_holds(entry)
            missing = missing_for_resolve(entry, self.cause.text(), self.fix.text())
            if missing:
                self.refuse(missing)
                return
        else:
            try:
                self.eta = self._read_eta()
            except EtaError as error:
                self.error.setText(self._problem_text(error))
                self.error.show()
                self.eta_edit.setFocus()
                self.eta_edit.selectAll()
                return
        self.error.hide()
        super().accept()


@dataclass(frozen=True, slots=True)
class IncidentRights:
    """What the signed-in person may do with incidents (`console.access.allowed`)."""

    acknowledge: bool = True
    edit: bool = True
    resolve: bool = True
    reopen: bool = True


class IncidentPanel(QWidget):
    """The incident dock's content: the alarm banner, the actions and the tree."""

    alarmChanged = Signal(int)  # how many critical incidents wait for an acknowledgement
    siteRequested = Signal(str)  # the operator wants the detail of this site (double click)

    def __init__(
        self,
        desk: IncidentSource,
        *,
        operator: str = "",
        clock: Callable[[], datetime] = utcnow,
        beep: Callable[[], None] = QApplication.beep,
        order_hold_ms: int = int(ORDER_HOLD_S * 1000),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incidentPanel")
        self.desk = desk
        self.operator = operator
        self.clock = clock
        self._beep = beep
        self._pointer_over = False
        self.hold_timer = QTimer(self)  # the order holds this long after the operator's last action
        self.hold_timer.setObjectName("incidentOrderHold")
        self.hold_timer.setSingleShot(True)
        self.hold_timer.setInterval(order_hold_ms)
        self.hold_timer.timeout.connect(self._end_hold)
        self.mark_timer = QTimer(self)
        self.mark_timer.setObjectName("incidentMoveMarks")
        self.mark_timer.setSingleShot(True)
        self.mark_timer.setInterval(int(MARK_S * 1000))
        self._last_beep = -1e9
        self._flashes_left = 0
        self._alarm_count = 0
        self.form: IncidentForm | None = None
        self._expanded: set[int] = set()  # parents expanded once already
        # what the signed-in person may do (the core refuses the rest anyway): all, until told otherwise
        self.rights = IncidentRights()

        self.model = IncidentModel(desk, clock, self)
        self.mark_timer.timeout.connect(self.model.clear_marks)
        self.proxy = ResolvedFilter(self)
        self.proxy.setSourceModel(self.model)

        self.banner = QLabel()
        self.banner.setObjectName("alarmBanner")
        self.banner.setProperty("lit", False)
        red, on_red = RED.name(), ON_ALARM.name()
        self.banner.setStyleSheet(
            f"QLabel#alarmBanner {{ font-weight: bold; padding: 6px; border: 2px solid {red}; color: {red}; }}"
            f'QLabel#alarmBanner[lit="true"] {{ background: {red}; color: {on_red}; }}'
        )
        self.banner.hide()

        self.view = QTreeView()
        self.view.setObjectName("incidentTree")
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.OPENED, 90),
            (Column.DURATION, 80),
            (Column.SITE, 260),
            (Column.KIND, 150),
            (Column.SEVERITY, 110),
            (Column.STATE, 250),
            (Column.ETA, 170),
        ):
            header.resizeSection(column, width)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setMouseTracking(True)  # a pointer resting over the list holds its order
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)

        self.acknowledge_action = self._action(
            "acknowledge", self.tr("Acknowledge"), [Qt.Key.Key_A, Qt.Key.Key_Space], self.acknowledge_selected
        )
        self.edit_action = self._action(
            "edit",
            self.tr("Cause / fix / restore time…"),
            [Qt.Key.Key_E, Qt.Key.Key_Return, Qt.Key.Key_Enter],
            self.edit_current,
        )
        self.resolve_action = self._action(
            "resolve", self.tr("Resolve…"), [Qt.Key.Key_R], self.resolve_current
        )
        self.reopen_action = self._action("reopen", self.tr("Reopen"), [Qt.Key.Key_O], self.reopen_current)
        self.mute_action = self._action("mute", self.tr("Mute alarm"), [Qt.Key.Key_M], self._muted_changed)
        self.mute_action.setCheckable(True)

        self.acknowledge_button = self._button(self.acknowledge_action, "acknowledgeButton")
        self.edit_button = self._button(self.edit_action, "editButton")
        self.resolve_button = self._button(self.resolve_action, "resolveButton")
        self.reopen_button = self._button(self.reopen_action, "reopenButton")
        self.mute_button = self._button(self.mute_action, "muteButton")
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setObjectName("showResolved")
        self.show_resolved.setChecked(True)
        self.show_resolved.setToolTip(
            self.tr("The %1 most recently resolved incidents; the log keeps them all.").replace(
                "%1", str(desk.keep_resolved)
            )
        )
        self.show_resolved.toggled.connect(self._show_resolved_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("incidentCount")
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("incidentsWaiting")
        self.waiting_label.setStyleSheet(colour_rule(AMBER))
        self.waiting_label.hide()

        bar = QHBoxLayout()
        for widget in (
            self.acknowledge_button,
            self.edit_button,
            self.resolve_button,
            self.reopen_button,
            self.mute_button,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.show_resolved)
        bar.addStretch(1)
        bar.addWidget(self.waiting_label)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setObjectName("incidentPanelRefresh")
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self.flash_timer = QTimer(self)
        self.flash_timer.setObjectName("alarmFlash")
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)

        self._unsubscribe = desk.subscribe(self._on_desk)
        self.destroyed.connect(self._unsubscribe)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.proxy.rowsInserted.connect(self._expand_new)
        self.proxy.layoutChanged.connect(self._expand_parents)
        self._expand_parents()
        self.refresh()

    def _action(self, name: str, text: str, keys: Iterable[Qt.Key], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        sequences = [QKeySequence(key) for key in keys]
        action.setShortcuts(sequences)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({', '.join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)})"
        )
        action.triggered.connect(self._acted)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction, name: str) -> QPushButton:
        button = QPushButton(action.text())
        button.setObjectName(name)
        button.setToolTip(action.toolTip())
        button.setCheckable(action.isCheckable())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the tree
        if action.isCheckable():
            action.toggled.connect(button.setChecked)
            button.toggled.connect(action.setChecked)
        else:
            button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        action.changed.connect(lambda: button.setText(action.text()))
        return button

    # --- holding the order under the operator's hand -----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view.viewport():
            if kind in (QEvent.Type.Enter, QEvent.Type.MouseMove, QEvent.Type.HoverMove):
                if not self._pointer_over:
                    self._pointer_over = True
                    self._hold()
            elif kind == QEvent.Type.Leave:
                self._pointer_over = False
                self._end_hold()
            elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel):
                self._acted()
        elif watched is self.view and kind == QEvent.Type.KeyPress:
            self._acted()
        return super().eventFilter(watched, event)

    def _hold(self) -> None:
        self.model.hold()
        self._update_waiting()

    def _acted(self) -> None:
        """The operator did something: the order holds for `ORDER_HOLD_S` from now."""
        self._hold()
        self.hold_timer.start()

    @property
    def holding(self) -> bool:
        """Whether the list keeps its order now (pointer over it, a recent action, an open form)."""
        return self.model.held

    def _pointer_inside(self) -> bool:
        viewport = self.view.viewport()
        return viewport.isVisible() and viewport.rect().contains(viewport.mapFromGlobal(QCursor.pos()))

    def _end_hold(self) -> None:
        if (
            self._pointer_over and not self._pointer_inside()
        ):  # gone without a Leave (a window came over it …)
            self._pointer_over = False
        if (
            self._pointer_over
            or self.hold_timer.isActive()
            or (self.form is not None and self.form.isVisible())
        ):
            return
        self._release()

    def _release(self) -> None:
        if not self.model.held:
            return
        placed = self.model.release()
        if placed:
            self.model.mark(placed)
            self.mark_timer.start()
        self._update_waiting()

    def _update_waiting(self) -> None:
        waiting = self.model.waiting() if self.model.held else 0
        self.waiting_label.setVisible(waiting > 0)
        if waiting:
            self.waiting_label.setText(
                self.tr("‖ %n change(s) wait: the list keeps still under the pointer", "", waiting)
            )

    def _show_resolved_changed(self, show: bool) -> None:
        self._release()  # the operator asked for the list to change: it changes now
        self.proxy.set_show_resolved(show)

    # --- selection ---------------------------------------------------------------------------------------
    def selected_keys(self) -> list[int]:
        """Keys of the selected incidents (the current one when nothing is selected), in display order."""
        rows = self.view.selectionModel().selectedRows(0)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().siblingAtColumn(0)]
        keys: list[int] = []
        for index in rows:
            key = index.data(KEY_ROLE)
            if isinstance(key, int) and key not in keys:
                keys.append(key)
        return keys

    def current_entry(self) -> DeskEntry | None:
        keys = self.selected_keys()
        return self.desk.entry(keys[0]) if len(keys) == 1 else None

    def select_key(self, key: int) -> None:
        index = self.proxy.mapFromSource(self.model.index_of_key(key))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def set_rights(self, rights: IncidentRights) -> None:
        """Show only what the signed-in person may do (told again at every sign-in and switch of user)."""
        self.rights = rights
        for action, button, allowed in (
            (self.acknowledge_action, self.acknowledge_button, rights.acknowledge),
            (self.edit_action, self.edit_button, rights.edit),
            (self.resolve_action, self.resolve_button, rights.resolve),
            (self.reopen_action, self.reopen_button, rights.reopen),
        ):
            action.setVisible(allowed)
            button.setVisible(allowed)
        if self.form is not None and not (rights.edit or rights.resolve):
            self.form.close()
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        entries = [e for e in (self.desk.entry(k) for k in self.selected_keys()) if e is not None]
        rights = self.rights
        self.acknowledge_action.setEnabled(
            rights.acknowledge and any(e.is_open and not e.acknowledged for e in entries)
        )
        self.edit_action.setEnabled(rights.edit and len(entries) == 1)
        self.resolve_action.setEnabled(rights.resolve and len(entries) == 1 and entries[0].is_open)
        self.reopen_action.setEnabled(rights.reopen and len(entries) == 1 and not entries[0].is_open)

    def _expand_new(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid():
            self._expand(parent)

    def _expand_parents(self, *_args: object) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.hasChildren(index):
                self._expand(index)

    def _expand(self, parent: QModelIndex) -> None:
        """A shared fault shows its sites: expand each parent once (the operator may fold it again)."""
        key = parent.data(KEY_ROLE)
        if isinstance(key, int) and key not in self._expanded:
            self._expanded.add(key)
            self.view.expand(parent)

    def _double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(self.proxy.mapToSource(index))
        if entry is None:
            return
        if index.column() == Column.SITE and not entry.is_parent:
            self.siteRequested.emit(entry.incident.site)
        else:
            self.edit_current()

    # --- actions -----------------------------------------------------------------------------------------
    def acknowledge_selected(self) -> None:
        now = self.clock()
        for key in self.selected_keys():
            self.desk.acknowledge(key, self.operator, now)
        self._update_actions()
        self.refresh()

    def _title(self, entry: DeskEntry) -> str:
        return f"{kind_text(entry.incident.kind)} — {self.model.text(entry, Column.SITE)}"

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        self._open_form(IncidentForm(entry, self._title(entry), clock=self.clock, parent=self))

    def reopen_current(self) -> None:
        """Open the selected resolved incident again (a supervisor's right: the button shows only to them)."""
        entry = self.current_entry()
        if entry is None or entry.is_open:
            return
        self.desk.reopen(entry.key, self.operator, self.clock())
        self._update_actions()
        self.refresh()

    def resolve_current(self) -> None:
        entry = self.current_entry()
        if entry is None or not entry.is_open:
            return
        self._open_form(self._resolve_form(entry))

    def _resolve_form(self, entry: DeskEntry) -> IncidentForm:
        key = entry.key
        return IncidentForm(
            entry,
            self._title(entry),
            resolving=True,
            clock=self.clock,
            latest=lambda: self.desk.entry(key),
            parent=self,
        )

    def _open_form(self, form: IncidentForm) -> None:
        if self.form is not None:
            if self.form.isVisible():  # one form at a time: finish the open one first
                form.deleteLater()
                self.form.activateWindow()
                return
            self.form.deleteLater()
        self.form = form
        form.accepted.connect(lambda: self._apply_form(form))
        form.finished.connect(lambda _result: self.view.setFocus())
        form.finished.connect(lambda _result: self._acted())
        self._acted()
        form.open()

    def _apply_form(self, form: IncidentForm) -> None:
        key = form.entry.key
        before = self.desk.entry(key)
        if before is None:
            return
        cause = form.cause.text().strip()
        fix = form.fix.text().strip()
        new_cause = cause if cause != before.incident.cause else None
        new_fix = fix if fix != before.incident.fix else None
        if form.resolving:
            try:
                self.desk.resolve(key, self.operator, self.clock(), cause=new_cause, fix=new_fix)
            except ResolveRefused as refused:  # the condition came back meanwhile: ask again
                again = self._resolve_form(before)
                again.cause.setText(cause)
                again.fix.setText(fix)
                again.refuse(refused.missing)
                self._open_form(again)
        else:
            eta = form.eta if form.eta != before.incident.eta else None
            clear = form.eta is None and before.incident.eta is not None
            if new_cause is not None or new_fix is not None or eta is not None or clear:
                self.desk.annotate(key, cause=new_cause, fix=new_fix, eta=eta, clear_eta=clear)
        self._update_actions()

    def _muted_changed(self) -> None:
        muted = self.mute_action.isChecked()
        self.mute_action.setText(self.tr("Alarm muted") if muted else self.tr("Mute alarm"))

    @property
    def muted(self) -> bool:
        return self.mute_action.isChecked()

    # --- the alarm ---------------------------------------------------------------------------------------
    def _on_desk(self, news: DeskNews) -> None:
        if self.model.held:
            self._update_waiting()
        if isinstance(news, EntryAdded) and news.entry.alarming:
            self._alarm(news.entry)
        elif isinstance(news, EntryChanged) and news.before.alarming and not news.after.alarming:
            self._update_banner()

    def _alarm(self, entry: DeskEntry) -> None:
        now = time.monotonic()
        if not self.muted and now - self._last_beep >= BEEP_GAP_S:
            self._last_beep = now
            self._beep()
        self._flashes_left = FLASH_SECONDS * 1000 // FLASH_MS
        self._update_banner()
        if not self.flash_timer.isActive():
            self.flash_timer.start()

    def _update_banner(self) -> None:
        alarming = self.desk.alarming()
        count = len(alarming)
        if count != self._alarm_count:
            self._alarm_count = count
            self.alarmChanged.emit(count)
        if not alarming:
            self.banner.hide()
            self.flash_timer.stop()
            self._flashes_left = 0
            self._set_lit(False)
            return
        newest = alarming[0]
        text = f"{SEVERITY_GLYPHS[Severity.CRITICAL]} {self._title(newest)} — {local_clock(newest.incident.opened_at)}"
        if count > 1:
            text += "   " + self.tr("(%n critical incident(s) not acknowledged)", "", count)
        text += "   " + self.tr("[A] acknowledge")
        self.banner.setText(text)
        self.banner.show()

    def _flash(self) -> None:
        if self._flashes_left <= 0:
            self.flash_timer.stop()
            self._set_lit(True)  # steady while it waits for an acknowledgement
            return
        self._flashes_left -= 1
        self._set_lit(not self.banner.property("lit"))

    def _set_lit(self, lit: bool) -> None:
        if self.banner.property("lit") == lit:
            return
        self.banner.setProperty("lit", lit)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # --- the 2 Hz refresh ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.model.held and not self.hold_timer.isActive():
            self._end_hold()
        self.model.refresh(self.clock())
        open_count = self.desk.open_count()
        self.count_label.setText(self.tr("%n open", "", open_count))
        self._update_banner()
        self._update_actions()

    def pending_alarm(self) -> DeskEntry | None:
        """The newest critical incident nobody has acknowledged yet."""
        alarming = self.desk.alarming()
        return alarming[0] if alarming else None
