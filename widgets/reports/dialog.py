"""The report dialog (Reports → Make a report…): period, format, the heading's agency, number and signer, and where
to write it. The session makes the report off the window's thread (`MakeReport` through the bridge); a busy
progress bar runs meanwhile and nothing in the window waits.

    dialog = ReportDialog(bridge.call, ("2026", "2026-H2"), parent=window)
    dialog.produced.connect(lambda period: ...)      # the report of `period` was written (and audited)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.access import PermissionDenied
from console.runtime.bridge import MakeReport, ReportMade

Call = Callable[..., None]  # bridge.call(request, on_done, on_error)
EXTENSIONS = {"docx": ".docx", "pdf": ".pdf", "xlsx": ".xlsx", "json": ".json"}


class ReportDialog(QDialog):
    produced = Signal(str)  # the period whose report was written

    def __init__(self, call: Call, periods: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call = call
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Make a report"))
        self.running = False

        self.period = QComboBox()
        self.period.setObjectName("reportPeriod")
        self.period.setEditable(True)
        self.period.addItems(list(periods))
        self.period.setToolTip(self.tr("YYYY-H1, YYYY-H2, YYYY, or FROM..TO (local dates, both included)"))
        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        for label, fmt in (
            (self.tr("Document to sign (.docx)"), "docx"),
            (self.tr("Document to read (.pdf)"), "pdf"),
            (self.tr("Workbook of the tables (.xlsx)"), "xlsx"),
            (self.tr("Figures for other tools (.json)"), "json"),
        ):
            self.format.addItem(label, fmt)
        empty = self.tr("empty: a marked placeholder to fill in before signing")
        self.agency, self.parent_agency, self.number = QLineEdit(), QLineEdit(), QLineEdit()
        self.place, self.signer, self.signer_title = QLineEdit(), QLineEdit(), QLineEdit()
        for name, edit in (
            ("reportAgency", self.agency),
            ("reportParentAgency", self.parent_agency),
            ("reportNumber", self.number),
            ("reportPlace", self.place),
            ("reportSigner", self.signer),
            ("reportSignerTitle", self.signer_title),
        ):
            edit.setObjectName(name)
            edit.setPlaceholderText(empty)
        self.number.setToolTip(self.tr("Number and symbol, e.g. 12/BC-SKHCN"))
        self.out = QLineEdit()
        self.out.setObjectName("reportOut")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.out, 1)
        where.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Parent agency:"), self.parent_agency)
        form.addRow(self.tr("Agency:"), self.agency)
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Signer's title:"), self.signer_title)
        form.addRow(self.tr("Signer:"), self.signer)
        form.addRow(self.tr("Save as:"), where)

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setObjectName("reportMake")
        self.make_button.setText(self.tr("Make the report"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.period.currentTextChanged.connect(lambda _text: self._suggest_file())
        self.format.currentIndexChanged.connect(lambda _i: self._suggest_file())
        self._suggest_file()
        self.resize(560, self.sizeHint().height())

    # --- the file -------------------------------------------------------------------------------------------
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _suggest_file(self) -> None:
        """bao-cao-<period>.<ext> in the folder chosen last (the home folder at first)."""
        current = Path(self.out.text()) if self.out.text() else Path.home() / "x"
        stem = "bao-cao-" + self.period.currentText().strip().replace("..", "_")
        self.out.setText(str(current.parent / (stem + EXTENSIONS[self.chosen_format()])))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.out.text())
        if path:
            self.out.setText(path)

    # --- making it --------------------------------------------------------------------------------------------
    def request(self) -> MakeReport:
        return MakeReport(
            period=self.period.currentText().strip(),
            format=self.chosen_format(),
            out=self.out.text().strip(),
            agency=self.agency.text().strip(),
            parent_agency=self.parent_agency.text().strip(),
            number=self.number.text().strip(),
            place=self.place.text().strip(),
            signer=self.signer.text().strip(),
            signer_title=self.signer_title.text().strip(),
        )

    def make(self) -> None:
        request = self.request()
        if not request.period or not request.out:
            self.message.setText(self.tr("Give the period and where to save the report."))
            return
        self._busy(True)
        self.message.setText(self.tr("Making the report of %1…").replace("%1", request.period))
        self.call(request, self._made, self._failed)

    def _busy(self, running: bool) -> None:
        self.running = running
        self.make_button.setEnabled(not running)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0 if running else 1)  # busy while the session works
        if not running:
            self.progress.setValue(1)

    def _made(self, made: Any) -> None:
        self._busy(False)
        if isinstance(made, ReportMade):
            self.message.setText(
                self.tr("Written: %1 (%2 meetings held, %3 incidents).")
                .replace("%1", made.out)
                .replace("%2", str(made.held))
                .replace("%3", str(made.incidents))
            )
            self.produced.emit(made.period)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.progress.hide()
        if isinstance(error, PermissionDenied):
            text = self.tr("Only a supervisor may make the reports.")
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written: %1").replace("%1", error.strerror or str(error))
        else:
            text = self.tr("The report was not made: %1").replace("%1", str(error))
        self.message.setText("✗ " + text)
