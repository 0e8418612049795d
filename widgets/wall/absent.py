"""The wall's absent tiles, and "call all absent": a confirmation first, then how many sites were dialled."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.live.wall import TileFlag, WallData
from console.runtime.bridge import CallAbsent, CallAbsentOutcome


def absent_count(data: WallData | None) -> int:
    """How many tiles of the wall are absent sites."""
    if data is None:
        return 0
    return int(np.count_nonzero(data.flags & TileFlag.ABSENT))


def confirm(parent: QWidget, count: int) -> bool:
    """Ask before dialling: the buttons say what they do, in the window's language."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("AbsentSites", "Call all absent sites"),
        "",
        parent=parent,
    )
    box.setObjectName("callAbsentConfirm")
    box.setText(
        QCoreApplication.translate(
            "AbsentSites", "Dial the %1 expected site(s) that have not joined the meeting?"
        ).replace("%1", str(count))
    )
    call = box.addButton(
        QCoreApplication.translate("AbsentSites", "Call them"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("AbsentSites", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(call)
    box.exec()
    return box.clickedButton() is call


def outcome_text(outcome: CallAbsentOutcome) -> str:
    text = QCoreApplication.translate("AbsentSites", "Called %1 site(s); %2 could not be called").replace(
        "%1", str(outcome.dialled)
    )
    text = text.replace("%2", str(outcome.failed))
    return text + (" — " + "; ".join(outcome.failures[:3]) if outcome.failures else "")


def call_all_absent(
    parent: QWidget,
    data: WallData | None,
    send: Callable[[CallAbsent, Callable[[CallAbsentOutcome], None], Callable[[BaseException], None]], None],
    report: Callable[[str], None],
) -> None:
    """Confirm, then ask the session to dial every absent site; `report` gets the outcome in words."""
    count = absent_count(data)
    if count == 0:
        report(QCoreApplication.translate("AbsentSites", "No expected site is absent"))
        return
    if not confirm(parent, count):
        return
    report(QCoreApplication.translate("AbsentSites", "Calling %1 absent site(s)…").replace("%1", str(count)))
    send(CallAbsent(), lambda outcome: report(outcome_text(outcome)), lambda error: report(str(error)))
