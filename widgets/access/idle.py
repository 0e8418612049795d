"""The idle lock in the window: `IdleWatch` notices input anywhere in the application and says `idle` after the
configured time without any; `LockDialog` asks the locked person's password again (or "switch user").

    watch = IdleWatch(minutes=10)            # 0: never
    watch.idle.connect(...)                  # the session locks (audited), then the dialog shows
    watch.arm(locks_when_idle(actor))        # only for a supervisor or administrator, never for an operator

Whom the window locks for is the core's rule (`console.access.screenlock.locks_when_idle`); the session decides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.access.signin import refusal_text

INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatch(QObject):
    idle = Signal()  # no input for the whole interval, while armed

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, round(minutes * 60_000)))
        self.timer.timeout.connect(self.idle)
        self.armed = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self.minutes > 0

    def arm(self, on: bool) -> None:
        """Count idle time from now (on) or not at all (off: an operator, nobody signed in, the lock shown)."""
        self.armed = on and self.enabled
        if self.armed:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() in INPUT:
            self.timer.start()  # from zero again
        return False


class LockDialog(QDialog):
    unlockRequested = Signal(str)  # the password: answered with refuse() or accept()
    switchRequested = Signal()

    def __init__(self, name: str, minutes: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Locked"))
        text = self.tr(
            "The window is locked for %1 after %2 minutes without use. Type %1's password to go on, "
            "or switch user."
        )
        self.heading = QLabel(text.replace("%1", name).replace("%2", f"{minutes:g}"))
        self.heading.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Switch user…"))
        self.switch_button.setObjectName("lockSwitchUser")
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button.clicked.connect(self.switchRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.password.returnPressed.connect(self._submit)
        self.password.setFocus()

    def reject(self) -> None:
        """Escape or the close button do not unlock: only the password or a switch of user."""

    def _submit(self) -> None:
        password = self.password.text()
        if not password:
            self.message.setText(self.tr("Type the password."))
            return
        self.message.setText(self.tr("Checking…"))
        self.unlock_button.setEnabled(False)
        self.unlockRequested.emit(password)

    def refuse(self, error: BaseException) -> None:
        self.message.setText(refusal_text(error))
        self.password.clear()
        self.unlock_button.setEnabled(True)
        self.password.setFocus()


__all__ = ["IdleWatch", "LockDialog"]
