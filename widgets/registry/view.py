"""The site registry view: find a site (Vietnamese marks ignored), edit it, its technicians and its standby
contacts, or add one; save through the bridge, each change kept in the site's history with who made it.

The form is checked with the registry file's own checks (`console.runtime.bridge.check_site`: text, tier,
camera host:port, parent known and not of a lower tier, no loop) before anything is sent; the session checks
again before it writes. The view holds only frozen `Site`s and sends typed requests:

    view = RegistryView(call=bridge.call, actor=getpass.getuser())
    view.load()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain import Contact, Side, Site, SiteChange, Technician, Tier
from console.live.wall import fold
from console.registry import RegistryFileError, check_camera
from console.runtime.bridge import ListSites, Request, SaveSites, SiteHistoryRequest, SitesSaved, check_site
from widgets.registry.words import change_field_text, side_text, tier_text
from widgets.text import local_date_time
from widgets.theme import GREEN, RED, colour_rule

Index = QModelIndex | QPersistentModelIndex
Call = Callable[[Request, Callable[[Any], None], Callable[[BaseException], None]], None]
TECHNICIAN_COLUMNS = ("name", "side", "unit", "position", "phone", "email")
CONTACT_FIELDS = ("organisation", "name", "phone", "email")


class SiteTable(QAbstractTableModel):
    """The registry's sites: code, name, tier, parent, cluster, camera."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sites: list[Site] = []
        self._haystack: list[str] = []

    def set_sites(self, sites: list[Site]) -> None:
        self.beginResetModel()
        self.sites = list(sites)
        self._haystack = [fold(f"{s.code} {s.name} {s.cluster} {s.agency} {s.province}") for s in self.sites]
        self.endResetModel()

    def matches(self, row: int, words: list[str]) -> bool:
        return all(w in self._haystack[row] for w in words)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sites)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Tier"),
                self.tr("Parent"),
                self.tr("Cluster"),
                self.tr("Camera"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self.sites[index.row()]
        return (
            s.code,
            s.name,
            tier_text(s.tier),
            s.parent or "",
            s.cluster,
            s.camera or self.tr("through the MCU"),
        )[index.column()]


class _Search(QSortFilterProxyModel):
    """Keeps the sites whose code, name, cluster, agency or province hold every word typed, marks ignored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        return not self.words or (isinstance(model, SiteTable) and model.matches(source_row, self.words))


class RegistryView(QDialog):
    """Add and edit the registry's sites; `sitesChanged(tuple[Site, ...])` after each save, with every site."""

    sitesChanged = Signal(object)

    def __init__(self, call: Call, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registryView")
        self.setWindowTitle(self.tr("Site registry"))
        self.call = call
        self.actor = actor
        self.current: Site | None = None  # the site being edited as stored (None: a new site)

        self.model = SiteTable(self)
        self.search_model = _Search(self)
        self.search_model.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("registrySearch")
        self.search.setPlaceholderText(self.tr("Find a site by name, code, cluster… (marks optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_model.set_text)
        self.table = QTableView()
        self.table.setObjectName("registrySites")
        self.table.setModel(self.search_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda now, _: self._picked(now))
        add = QPushButton(self.tr("New site"))
        add.setObjectName("registryNew")
        add.clicked.connect(lambda: self.edit(None))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(add)

        # the form
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in (
            ("code", self.tr("Code")),
            ("name", self.tr("Name")),
        ):
            form.addRow(label, self._line(name))
        self.tier = QComboBox()
        self.tier.setObjectName("registry_tier")
        for tier in Tier:
            self.tier.addItem(tier_text(tier), tier.value)
        form.addRow(self.tr("Tier"), self.tier)
        self.parent_site = QComboBox()
        self.parent_site.setObjectName("registry_parent")
        self.parent_site.setEditable(True)
        form.addRow(self.tr("Parent"), self.parent_site)
        for name, label in (
            ("cluster", self.tr("Cluster")),
            ("district", self.tr("Former district")),
            ("province", self.tr("Province")),
            ("agency", self.tr("Agency")),
            ("room", self.tr("Room")),
            ("address", self.tr("Network address")),
            ("camera", self.tr("Camera (VISCA over IP)")),
        ):
            form.addRow(label, self._line(name))
        self.fields["camera"].setPlaceholderText(
            self.tr("host:port, e.g. 10.215.1.21:52381 — empty: far-end camera control through the MCU")
        )

        self.technicians = QTableWidget(0, len(TECHNICIAN_COLUMNS))
        self.technicians.setObjectName("registryTechnicians")
        self.technicians.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Side"),
                self.tr("Unit"),
                self.tr("Position"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ]
        )
        self.technicians.verticalHeader().hide()
        self.technicians.horizontalHeader().setStretchLastSection(True)
        add_tech = QPushButton(self.tr("Add technician"))
        add_tech.clicked.connect(lambda: self._add_technician(None))
        remove_tech = QPushButton(self.tr("Remove technician"))
        remove_tech.clicked.connect(self._remove_technician)
        tech_buttons = QHBoxLayout()
        tech_buttons.addWidget(add_tech)
        tech_buttons.addWidget(remove_tech)
        tech_buttons.addStretch(1)
        tech_box = QGroupBox(self.tr("Technicians"))
        tech_layout = QVBoxLayout(tech_box)
        tech_layout.addWidget(self.technicians)
        tech_layout.addLayout(tech_buttons)

        contacts = QHBoxLayout()
        for role, title in (("provider", self.tr("Telecom provider")), ("power", self.tr("Power company"))):
            box = QGroupBox(title)
            box_form = QFormLayout(box)
            for key, label in zip(
                CONTACT_FIELDS,
                (self.tr("Organisation"), self.tr("Name"), self.tr("Phone"), self.tr("E-mail")),
                strict=True,
            ):
                box_form.addRow(label, self._line(f"{role}.{key}"))
            contacts.addWidget(box)

        self.error = QLabel()
        self.error.setObjectName("registryError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(colour_rule(RED))
        self.status = QLabel()
        self.status.setObjectName("registryStatus")
        self.status.setStyleSheet(colour_rule(GREEN))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("registrySave")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        revert = QPushButton(self.tr("Undo edits"))
        revert.clicked.connect(lambda: self.edit(self.current))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("registryHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(tech_box)
        right_layout.addLayout(contacts)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)
        right_layout.addWidget(QLabel(self.tr("Changes kept (Hà Nội time, newest first)")))
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([460, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.technicians.setMinimumHeight(130)
        self.history.setMinimumHeight(150)
        self.resize(1400, 980)
        self.edit(None)

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(f"registry_{name}")
        self.fields[name] = line
        return line

    # --- reading ----------------------------------------------------------------------------------------
    def load(self) -> None:
        self.call(ListSites(), self.show_sites, self._failed)

    def show_sites(self, sites: tuple[Site, ...]) -> None:
        keep = self.current.code if self.current is not None else None
        self.model.set_sites(list(sites))
        self.table.resizeColumnsToContents()
        self.parent_site.clear()
        self.parent_site.addItem("", "")
        for s in sites:
            self.parent_site.addItem(f"{s.code} — {s.name}", s.code)
        if keep is not None:
            self.select(keep)

    def select(self, code: str) -> bool:
        """Select and edit the site `code`; False when the registry has none."""
        for row, site in enumerate(self.model.sites):
            if site.code == code:
                index = self.search_model.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    self.search.clear()
                    index = self.search_model.mapFromSource(self.model.index(row, 0))
                self.table.setCurrentIndex(index)
                self.edit(site)
                return True
        return False

    def _picked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit(self.model.sites[self.search_model.mapToSource(index).row()])

    def edit(self, site: Site | None) -> None:
        """Fill the form with `site` as stored (None: an empty form for a new site)."""
        self.current = site
        self.error.clear()
        self.status.clear()
        blank = Site("", "", Tier.COMMUNE, None, "", "", "")
        s = site or blank
        values = {
            "code": s.code,
            "name": s.name,
            "cluster": s.cluster,
            "district": s.district or "",
            "province": s.province,
            "agency": s.agency,
            "room": s.room,
            "address": s.address,
            "camera": s.camera,
        }
        for role in ("provider", "power"):
            contact: Contact | None = getattr(s, role)
            for key in CONTACT_FIELDS:
                values[f"{role}.{key}"] = getattr(contact, key) if contact is not None else ""
        for name, line in self.fields.items():
            line.setText(values[name])
            line.setProperty("invalid", False)
        self.fields["code"].setReadOnly(site is not None)  # a site's code is its identity in the log
        self.tier.setCurrentIndex(self.tier.findData(s.tier.value))
        found = self.parent_site.findData(s.parent or "")
        if found >= 0:
            self.parent_site.setCurrentIndex(found)
        else:
            self.parent_site.setEditText(s.parent or "")
        self.technicians.setRowCount(0)
        for t in s.technicians:
            self._add_technician(t)
        self.technicians.resizeColumnsToContents()
        self.history.setRowCount(0)
        if site is not None:
            self.call(SiteHistoryRequest(site.code), self.show_history, self._failed)

    def show_history(self, changes: tuple[SiteChange, ...]) -> None:
        if self.current is None or (changes and changes[0].site != self.current.code):
            return
        rows = [
            (local_date_time(c.at), c.actor, change_field_text(c.field), c.old, c.new)
            for c in reversed(changes)
        ]
        self.history.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.history.setItem(r, c, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    def _add_technician(self, t: Technician | None) -> None:
        row = self.technicians.rowCount()
        self.technicians.insertRow(row)
        t = t or Technician("", "", "", "")
        for column, value in enumerate((t.name, "", t.unit, t.position, t.phone, t.email)):
            if TECHNICIAN_COLUMNS[column] != "side":
                self.technicians.setItem(row, column, QTableWidgetItem(value))
        side = QComboBox()
        for s in Side:
            side.addItem(side_text(s), s.value)
        side.setCurrentIndex(side.findData(t.side.value))
        self.technicians.setCellWidget(row, TECHNICIAN_COLUMNS.index("side"), side)

    def _remove_technician(self) -> None:
        row = self.technicians.currentRow()
        if row >= 0:
            self.technicians.removeRow(row)

    # --- the form as a site -----------------------------------------------------------------------------
    def form_site(self) -> Site:
        def text(name: str) -> str:
            return self.fields[name].text().strip()

        technicians: list[Technician] = []
        for row in range(self.technicians.rowCount()):
            cells = {}
            for column, key in enumerate(TECHNICIAN_COLUMNS):
                item = self.technicians.item(row, column)
                cells[key] = item.text().strip() if item is not None else ""
            side = self.technicians.cellWidget(row, TECHNICIAN_COLUMNS.index("side"))
            side_value = Side(side.currentData()) if isinstance(side, QComboBox) else Side.GOVERNMENT
            if any(cells[k] for k in TECHNICIAN_COLUMNS if k != "side"):
                technicians.append(
                    Technician(
                        cells["name"],
                        cells["unit"],
                        cells["position"],
                        cells["phone"],
                        cells["email"],
                        side_value,
                    )
                )

        def contact(role: str) -> Contact | None:
            values = [text(f"{role}.{k}") for k in CONTACT_FIELDS]
            return Contact(*values) if any(values) else None

        parent = self.parent_site.currentData() if self.parent_site.currentText() else ""
        if self.parent_site.currentText() and self.parent_site.findText(self.parent_site.currentText()) < 0:
            parent = self.parent_site.currentText().split(" — ")[0].strip()  # typed by hand
        base = self.current or Site("", "", Tier.COMMUNE, None, "", "", "")
        return Site(
            code=text("code"),
            name=text("name"),
            tier=Tier(self.tier.currentData()),
            parent=parent or None,
            agency=text("agency"),
            room=text("room"),
            address=text("address"),
            district=text("district") or None,
            technicians=tuple(technicians),
            provider=contact("provider"),
            power=contact("power"),
            cluster=text("cluster"),
            province=text("province"),
            camera=text("camera"),
            id=base.id,
        )

    def problem(self, site: Site) -> tuple[str, str] | None:
        """What is wrong with `site` going into the registry: (the field, the message in words), or None."""
        if self.current is None and any(s.code == site.code for s in self.model.sites):
            return "code", self.tr("Code %1 is already in the registry.").replace("%1", site.code)
        refused = check_site(site, self.model.sites)
        if refused is None:
            return None
        return refusal_field(refused), self.refusal_text(refused, site)

    def refusal_text(self, refused: RegistryFileError, site: Site) -> str:
        column = refused.column or ""
        if column == "camera":
            why = check_camera(site.camera) or refused.message
            return self.tr(
                "Camera: not host:port (e.g. 10.215.1.21:52381); leave it empty for far-end camera control through the MCU — %1"
            ).replace("%1", why)
        if column == "parent":
            if "neither in the file nor in the registry" in refused.message:
                return self.tr("Parent site %1 is not in the registry.").replace("%1", site.parent or "")
            if "loop" in refused.message:
                return self.tr("The parent sites make a loop: %1").replace(
                    "%1", refused.message.split(": ", 1)[-1]
                )
            return (
                self.tr("A %1 site cannot hang from the %2 site %3.")
                .replace("%1", tier_text(site.tier))
                .replace("%3", site.parent or "")
                .replace(
                    "%2", next((tier_text(s.tier) for s in self.model.sites if s.code == site.parent), "")
                )
            )
        if column == "code":
            return self.tr("Code: %1").replace("%1", refused.message)
        if column == "name":
            return self.tr("Every site needs a name.")
        return self.tr("%1: %2").replace("%1", column).replace("%2", refused.message)

    # --- saving -----------------------------------------------------------------------------------------
    def save(self) -> None:
        site = self.form_site()
        for line in self.fields.values():
            line.setProperty("invalid", False)
        found = self.problem(site)
        if found is not None:
            field, message = found
            self.error.setText("✖ " + message)
            wrong = self.fields.get(field)
            if wrong is not None:
                wrong.setProperty("invalid", True)
                wrong.setFocus()
            elif field == "parent":
                self.parent_site.setFocus()
            return
        if self.current is not None and site == self.current:
            self.status.setText(self.tr("Nothing changed."))
            return
        self.error.clear()
        self.status.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        self.call(SaveSites((site,), self.actor), self._saved, self._save_failed)

    def _saved(self, saved: SitesSaved) -> None:
        self.save_button.setEnabled(True)
        code = (saved.added or saved.updated or ("",))[0]
        self.current = next((s for s in saved.sites if s.code == code), self.current)
        self.show_sites(saved.sites)
        if self.current is not None:
            self.select(self.current.code)
        self.status.setText(
            self.tr("Saved: the change is kept in the site's history.")
            if saved.added or saved.updated
            else self.tr("Nothing changed.")
        )
        self.sitesChanged.emit(saved.sites)

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.status.clear()
        self.error.setText("✖ " + self.tr("Not saved: %1").replace("%1", str(error)))

    def _failed(self, error: BaseException) -> None:
        self.error.setText("✖ " + self.tr("The registry could not be read: %1").replace("%1", str(error)))


def refusal_field(refused: RegistryFileError) -> str:
    """The form field a refusal names: 'technicians[1].phone' → 'technicians', 'provider.phone' → 'provider.phone'."""
    column = refused.column or ""
    return "technicians" if column.startswith("technicians") else column
