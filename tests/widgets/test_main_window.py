from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import Health, LinkState
from widgets.shell.i18n import choose_language
from widgets.shell.main_window import MainWindow
from widgets.theme import HEALTH_COLOURS  # the wall's, too


def test_window_speaks_vietnamese(vi_app: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(database="sqlite:///x.sqlite3")
    qtbot.addWidget(window)
    assert "Trung tâm điều khiển" in window.windowTitle()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Tệp", "Cuộc họp", "Điểm cầu", "Báo cáo", "Hiển thị", "Trợ giúp"]
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
    """Vietnamese unless asked otherwise: `--lang` first, then the configuration; the locale has no say
    (tests/widgets/test_language.py starts the application under several locales)."""
    assert choose_language("en") == "en"
    assert choose_language(None) == "vi"
    assert choose_language(None, "en") == "en"  # the configuration's language
    assert choose_language("vi", "en") == "vi"  # --lang wins over the configuration


def test_a_command_reads_in_words_with_the_site_name(vi_app: QApplication, qtbot: QtBot) -> None:
    window = MainWindow(database="db", remember_layout=False)
    qtbot.addWidget(window)
    window.show_command("Nà Sơn", "mute_audio", "pending", "")
    assert window.statusBar().currentMessage() == "… Nà Sơn: tắt tiếng — đang gửi"
    window.show_command("Nà Sơn", "mute_audio", "ok", "")
    assert window.statusBar().currentMessage() == "✓ Nà Sơn: tắt tiếng — đã thực hiện"
    window.show_command("Nà Sơn", "unmute_video", "timeout", "HTTP 504")
    shown = window.statusBar().currentMessage()
    assert shown == "✖ Nà Sơn: bật hình — quá thời gian chờ (HTTP 504)"
    assert "unmute_video" not in shown and "timeout" not in shown


def test_the_link_state_wears_the_walls_colours(vi_app: QApplication, qtbot: QtBot) -> None:
    """The status bar's red is the wall's red (the style sheet once had reds and ambers of its own)."""
    window = MainWindow(database="db", remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    for state, health in (
        (LinkState.CONNECTED, Health.GREEN),
        (LinkState.DEGRADED, Health.AMBER),
        (LinkState.UNREACHABLE, Health.RED),
    ):
        window.set_link_state(state)
        colour = window.link_label.palette().color(QPalette.ColorRole.WindowText)
        assert colour == HEALTH_COLOURS[health], state
    window.show_log_error("disk full")
    assert window.db_label.palette().color(QPalette.ColorRole.WindowText) == HEALTH_COLOURS[Health.RED]
