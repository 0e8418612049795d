"""The sign-in dialog: the shift's operator signs in at start (or at "switch user"); on the first run it asks for
the first administrator instead. The dialog only collects and shows: the session decides (`console.access`).

    dialog = SignInDialog(first_run=False)
    dialog.submitted.connect(lambda name, password: ...)   # → dialog.refuse(message) or dialog.accept()
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.access import (
    AccountDisabled,
    AccountLocked,
    Refused,
    Role,
    UnknownUser,
    WeakPassword,
    WrongPassword,
)
from console.domain.access import ordered


class SignInDialog(QDialog):
    submitted = Signal(str, str)  # name, password: the caller answers with refuse() or accept()

    def __init__(self, first_run: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_run = first_run
        self.setObjectName("signInDialog")
        self.setModal(True)
        if first_run:
            self.setWindowTitle(self.tr("Create the first administrator"))
            intro = self.tr(
                "No administrator exists in this log yet. Create the first administrator account: "
                "they will add the operators, supervisors and technicians."
            )
        else:
            self.setWindowTitle(self.tr("Sign in"))
            intro = self.tr("Sign in to start your shift.")
        heading = QLabel(intro)
        heading.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("signInName")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("signInConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        if first_run:
            form.addRow(self.tr("Password again:"), self.confirm)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create and sign in") if first_run else self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def _submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password:
            self.message.setText(self.tr("Type a name and a password."))
            return
        if self.first_run and password != self.confirm.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.confirm.clear()
            return
        self.message.setText(self.tr("Checking…"))
        self.ok_button.setEnabled(False)
        self.submitted.emit(name, password)

    def refuse(self, error: BaseException) -> None:
        """The session refused: say why (in the window's language), clear the password, let them try again."""
        self.message.setText(self.reason(error))
        self.password.clear()
        self.confirm.clear()
        self.ok_button.setEnabled(True)
        self.password.setFocus()

    def reason(self, error: BaseException) -> str:
        return refusal_text(error)


def refusal_text(error: BaseException) -> str:
    """Why the session refused a sign-in (or an unlock), in the window's language."""
    translate = QCoreApplication.translate
    if isinstance(error, UnknownUser | WrongPassword):
        return translate("SignInDialog", "Wrong name or password.")
    if isinstance(error, AccountLocked):
        return translate(
            "SignInDialog", "This account is locked after repeated failed sign-ins. Try again later."
        )
    if isinstance(error, AccountDisabled):
        return translate("SignInDialog", "This account is disabled.")
    if isinstance(error, WeakPassword):
        return translate("SignInDialog", "The password is refused: %1").replace("%1", str(error))
    if isinstance(error, Refused):
        return translate("SignInDialog", "Refused: %1").replace("%1", str(error))
    return translate("SignInDialog", "Cannot sign in now: %1").replace("%1", str(error))


@dataclass(frozen=True, slots=True)
class Credentials:
    """An account to sign in without the dialog (tests, benches)."""

    name: str
    password: str = field(repr=False)


SignInMode = Literal["ask", "demo", "none"] | Credentials


def roles_text(roles: Iterable[Role]) -> str:
    """The roles as the status bar shows them, translated, in the table's order."""
    names = {
        Role.OPERATOR: QCoreApplication.translate("roles", "operator"),
        Role.SUPERVISOR: QCoreApplication.translate("roles", "supervisor"),
        Role.TECHNICIAN: QCoreApplication.translate("roles", "technician"),
        Role.ADMINISTRATOR: QCoreApplication.translate("roles", "administrator"),
    }
    return ", ".join(names[r] for r in ordered(roles))


__all__ = ["Credentials", "SignInDialog", "SignInMode", "refusal_text", "roles_text"]
