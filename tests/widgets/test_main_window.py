from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QPoint, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import LinkState
from widgets.shell.i18n import choose_language
from widgets.shell.main_window import MainWindow


def test_window_speaks_vietnamese(vi_app: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(database="sqlite:///x.sqlite3")
    qtbot.addWidget(window)
    assert "Trung tâm điều khiển" in window.windowTitle()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Tệp", "Cuộc họp", "Hiển thị", "Trợ giúp"]
    assert window.floor_dock.windowTitle() == "Đăng ký phát biểu"
    assert window.incident_dock.windowTitle() == "Sự cố"
    assert "sqlite:///x.sqlite3" in window.db_label.text()


def test_link_state_is_always_spelled_out(vi_app: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(database="db")
    qtbot.addWidget(window)
    assert "đang kết nối" in window.link_label.text()
    window.set_link_state(LinkState.DEGRADED, error="HTTP 503")
    assert "kết nối kém" in window.link_label.text() and "HTTP 503" in window.link_label.text()
    window.set_link_state(LinkState.UNREACHABLE, since=datetime(2026, 11, 22, 1, 2, 3, tzinfo=UTC))
    assert (
        "mất kết nối" in window.link_label.text() and "08:02:03" in window.link_label.text()
    )  # shown in UTC+7
    window.set_link_state(LinkState.CONNECTED, error="old error")
    assert window.link_label.text().endswith("đã kết nối")
    assert window.link_label.property("state") == "connected"


def test_geometry_and_docks_survive_a_restart(vi_app: QApplication, qtbot: QtBot) -> None:
    first = MainWindow(database="db")
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(700, 500))
    first.move(QPoint(20, 30))
    first.incident_dock.hide()
    first.close()

    second = MainWindow(database="db")
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(700, 500)
    assert second.incident_dock.isHidden()
    assert not second.floor_dock.isHidden()


def test_language_choice() -> None:
    assert choose_language("en") == "en"
    assert choose_language(None, QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)) == "vi"
    assert choose_language(None, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "en"
    assert choose_language(None, QLocale(QLocale.Language.French, QLocale.Country.France)) == "vi"
    assert choose_language(None, QLocale.c()) == "vi"
