"""One site up close: graphs against the bands, people to call, incidents, attendance and commands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from console.domain import Contact, Health, McuEvent, ParticipantUpdated, Side, Site, Technician, Tier
from console.live.hub import Hub
from console.runtime.bridge import AttendanceReader, SiteAttendance, SiteAttendanceRequest
from console.runtime.port import HubSiteSource
from console.runtime.session import SiteRegistryStore, attendance_reader
from db.engine import open_database
from db.writer import Store
from tests.core.media_rig import at, joined, left, participant, registry, row, stats
from widgets.site.detail import REFRESH_MS, WINDOW_S, SiteDetail
from widgets.theme import DIM_TEXT


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def network() -> list[Site]:
    sites = registry()
    sites.append(
        Site(
            code="DB.H.TUANGIAO.UBND",
            name="UBND huyện Tuần Giáo",
            tier=Tier.DISTRICT,
            parent=None,
            agency="UBND huyện",
            room="Hội trường",
            address="10.20.1.10",
            technicians=(
                Technician(
                    "Quàng Văn Dũng", "Văn phòng Huyện ủy", "Chuyên viên", "0912 000 002", "dung@tg.example"
                ),
                Technician("Lường Thị Em", "Văn phòng UBND huyện", "Chuyên viên", "0912 000 003"),
            ),
            provider=Contact("VNPT Điện Biên", "Nguyễn Văn An", "0215 3825 111", "an@vnpt.example"),
            power=Contact("Điện lực Điện Biên", "Trần Thị Bình", "0215 3826 222"),
        )
    )
    return sites


TG = "DB.H.TUANGIAO.UBND"


@pytest.fixture
def hub() -> Hub:
    return Hub(network())


@pytest.fixture
def clock() -> Clock:
    return Clock(at(120))


def detail(qtbot: QtBot, hub: Hub, key: str, clock: Clock) -> SiteDetail:
    widget = SiteDetail(HubSiteSource(hub), key, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def connect(hub: Hub, seconds: int, **values: float) -> None:
    hub.feed(joined(0, "tg", "UBND huyện Tuần Giáo", "10.20.1.10"))
    for t in range(1, seconds + 1):
        hub.feed(stats(t, {"tg": row(**values)}))
        hub.tick(at(t))


def test_graphs_show_the_last_quarter_hour_against_the_bands(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock
) -> None:
    connect(hub, 120, rx_loss=7.0)
    widget = detail(qtbot, hub, TG, clock)
    assert widget.refresh_timer.objectName() == "siteDetailRefresh"
    assert widget.refresh_timer.interval() == REFRESH_MS >= 1000 and widget.refresh_timer.isActive()
    metrics = {m for g in widget.graphs for m in g.spec.metrics}
    assert len(metrics) == 9
    loss = widget.graphs[0]
    plot = loss.widget.getPlotItem()
    assert plot.viewRange()[0] == pytest.approx([-WINDOW_S / 60, 0])
    assert not plot.vb.autoRangeEnabled()[0]
    assert plot.ctrl.clipToViewCheck.isChecked() and plot.ctrl.autoDownsampleCheck.isChecked()
    assert [h for h, _ in loss.regions] == [Health.GREEN, Health.AMBER, Health.RED]
    assert [r.getRegion() for _, r in loss.regions][:2] == [(0, 1.0), (1.0, 5.0)]
    x, y = loss.curves[0].getData()
    assert len(x) == 120 and x[-1] == pytest.approx(0) and x[0] == pytest.approx(-119 / 60)
    assert y[-1] == pytest.approx(7.0)
    assert (
        "✖" in loss.caption.text() and "7.0" in loss.caption.text()
    )  # the grade in a glyph, not colour alone

    curves, regions = list(loss.curves), [r for _, r in widget.graphs[2].regions]
    items = len(plot.items)
    for step in range(1, 4):
        clock.now = at(120 + step)
        hub.feed(stats(120 + step, {"tg": row(rx_loss=0.0, rx_bitrate=300.0)}))
        hub.tick(clock.now)
        widget.refresh()
    assert loss.curves == curves and len(plot.items) == items  # same items, new data
    bitrate = widget.graphs[2]
    assert [r for _, r in bitrate.regions] == regions
    expected = widget.expected_kbps()
    assert expected is not None and expected == pytest.approx(1500.0, rel=0.01)
    assert bitrate.regions[0][1].getRegion()[1] == pytest.approx(expected * 0.3)


def text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def test_technicians_and_standby_contacts(vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock) -> None:
    widget = detail(qtbot, hub, TG, clock)
    assert "UBND huyện Tuần Giáo" in widget.title.text()
    table = widget.technicians
    assert table.rowCount() == 2
    assert [text(table, 0, c) for c in range(6)] == [
        "Quàng Văn Dũng",
        "Ủy ban nhân dân",  # the side: who is on duty depends on who hosts the meeting
        "Văn phòng Huyện ủy",
        "Chuyên viên",
        "0912 000 002",
        "dung@tg.example",
    ]
    contacts = widget.contacts
    assert [text(contacts, r, 1) for r in range(2)] == ["VNPT Điện Biên", "Điện lực Điện Biên"]
    assert text(contacts, 1, 3) == "0215 3826 222"
    assert widget.unregistered.isHidden()


def test_a_phone_number_is_copied_with_a_click_and_the_history_shows_who_changed_what(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock, tmp_path: Path
) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    registry = SiteRegistryStore(engine)
    before = next(s for s in network() if s.code == TG)
    registry.save((before,), "nguyenvana")
    party = Technician("Lò Văn Thanh", "Văn phòng Huyện ủy", "Chuyên viên", "0987 654 321", side=Side.PARTY)
    after = replace(before, technicians=(party, *before.technicians[1:]))
    registry.save((after,), "tranthib")
    source = HubSiteSource(Hub([after]), registry=registry)
    widget = SiteDetail(source, TG, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.tabs.setCurrentIndex(3)
    qtbot.waitExposed(widget)

    table = widget.technicians
    assert [text(table, 0, c) for c in (0, 1, 4)] == ["Lò Văn Thanh", "Cấp ủy Đảng", "0987 654 321"]
    phone = table.item(0, 4)
    assert phone is not None
    cell = table.visualItemRect(phone).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert QGuiApplication.clipboard().text() == "0987 654 321"
    assert widget.copied.text() == "✓ Đã chép 0987 654 321"
    contacts = widget.contacts
    provider_phone = contacts.item(0, 3)
    assert provider_phone is not None
    qtbot.mouseClick(
        contacts.viewport(), Qt.MouseButton.LeftButton, pos=contacts.visualItemRect(provider_phone).center()
    )
    assert QGuiApplication.clipboard().text() == "0215 3825 111"

    history = widget.history
    assert history.rowCount() == 2  # newest first: the replaced technician, then the site added
    assert [text(history, 0, c) for c in (1, 2)] == ["tranthib", "Cán bộ kỹ thuật 1"]
    assert "Quàng Văn Dũng" in text(history, 0, 3) and "Lò Văn Thanh" in text(history, 0, 4)
    assert [text(history, 1, c) for c in (1, 2)] == ["nguyenvana", "Thêm điểm cầu"]
    engine.dispose()


def test_a_site_not_in_the_registry_says_so(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock
) -> None:
    hub.feed(joined(0, "guest", "Khách mời Hà Nội"))
    widget = detail(qtbot, hub, "Khách mời Hà Nội", clock)
    widget.tabs.setCurrentIndex(3)
    assert widget.unregistered.isVisible() and "Khách mời Hà Nội" in widget.unregistered.text()
    assert widget.technicians.isHidden() and widget.contacts.isHidden()
    assert widget.connected and widget.audio_action.isEnabled()
    assert not widget.dial_action.isEnabled()


def test_open_incidents_and_attendance(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock, qtmodeltester: ModelTester
) -> None:
    widget = detail(qtbot, hub, TG, clock)
    qtmodeltester.check(widget.attendance)
    hub.feed(joined(10, "tg", "UBND huyện Tuần Giáo", "10.20.1.10"))
    hub.feed(left(40, "tg", "UBND huyện Tuần Giáo"))
    assert len(widget.open_incident_keys()) == 1  # the drop opened a lost connection
    hub.feed(joined(70, "tg2", "UBND huyện Tuần Giáo", "10.20.1.10"))
    assert widget.open_incident_keys() == []  # back again
    hub.feed(left(100, "tg2", "UBND huyện Tuần Giáo", by_operator=True))
    assert widget.open_incident_keys() == []  # the operator's disconnect opens none
    model = widget.attendance
    assert model.rowCount() == 2
    first = [model.index(0, c).data() for c in range(4)]
    assert first[:3] == ["08:00:10", "08:00:40", "0:30"] and "✖" in first[3]
    assert "✖" not in model.index(1, 3).data()
    hub.feed(joined(110, "tg3", "UBND huyện Tuần Giáo", "10.20.1.10"))
    assert model.rowCount() == 3 and model.index(2, 1).data().startswith("●")


def test_commands_follow_the_site_and_disconnect_asks_first(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock
) -> None:
    widget = detail(qtbot, hub, TG, clock)
    assert widget.dial_action.isEnabled() and not widget.audio_action.isEnabled()
    with qtbot.waitSignal(widget.commandRequested) as sent:
        qtbot.mouseClick(widget.buttons["dial"], Qt.MouseButton.LeftButton)
    assert sent.args == ["dial"]

    connect(hub, 2)
    widget.refresh()
    assert not widget.dial_action.isEnabled()
    widget.activateWindow()
    widget.tabs.setFocus()
    qtbot.waitUntil(widget.tabs.hasFocus)
    with qtbot.waitSignal(widget.commandRequested) as sent:
        qtbot.keyClick(widget.tabs, Qt.Key.Key_M)
    assert sent.args == ["mute_audio"]
    widget.show_command_state("mute_audio", "pending", "")
    assert "…" in widget.states["audio"].text()
    hub.feed(ParticipantUpdated(at(3), participant("tg", "UBND huyện Tuần Giáo", "10.20.1.10", muted=True)))
    widget.show_command_state("mute_audio", "ok", "")
    assert "✓" in widget.states["audio"].text()
    with qtbot.waitSignal(widget.commandRequested) as sent:
        qtbot.keyClick(widget.tabs, Qt.Key.Key_M)
    assert sent.args == ["unmute_audio"]
    widget.show_command_state("unmute_audio", "error", "HTTP 503")
    assert "✖" in widget.states["audio"].text() and "HTTP 503" in widget.states["audio"].text()
    with qtbot.waitSignal(widget.commandRequested) as sent:
        qtbot.keyClick(widget.tabs, Qt.Key.Key_V)
    assert sent.args == ["mute_video"]

    emitted: list[str] = []
    widget.commandRequested.connect(emitted.append)
    qtbot.keyClick(widget.tabs, Qt.Key.Key_X)
    box = widget.confirm
    assert (
        box is not None
        and box.isVisible()
        and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    )
    box.button(QMessageBox.StandardButton.No).click()
    assert emitted == []
    widget.ask_disconnect()
    box = widget.confirm
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    assert emitted == ["disconnect"]
    with pytest.raises(ValueError):
        widget.show_command_state("reboot", "ok", "")


def test_the_refresh_stops_while_hidden(vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock) -> None:
    widget = detail(qtbot, hub, TG, clock)
    widget.hide()
    assert not widget.refresh_timer.isActive()
    clock.now += timedelta(seconds=5)
    widget.show()
    assert widget.refresh_timer.isActive()


class LateLog(HubSiteSource):
    """The hub's own source, with the log's answer held back until `answer()`: as through the bridge, changes
    seen live may come before the log's answer that already holds them."""

    def __init__(self, hub: Hub, reader: AttendanceReader) -> None:
        super().__init__(hub, attendance=reader)
        self.pending: list[Callable[[], None]] = []

    def attendance(
        self,
        request: SiteAttendanceRequest,
        deliver: Callable[[SiteAttendance], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self.pending.append(lambda: HubSiteSource.attendance(self, request, deliver, failed))

    def answer(self) -> None:
        for call in self.pending:
            call()
        self.pending.clear()


def run_of_the_console(engine: Engine, *events: McuEvent) -> tuple[Hub, Store]:
    """A console run writing to the log: its own store (a meeting of its own), fed `events`."""
    store = Store(engine, interval=0.02)
    hub = Hub(network(), store=store)
    for event in events:
        hub.feed(event)
    return hub, store


def test_joins_and_leaves_come_from_the_log_then_live(
    vi_app: QApplication, qtbot: QtBot, clock: Clock, tmp_path: Path
) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    try:
        name = "UBND huyện Tuần Giáo"
        day = timedelta(days=1).total_seconds()
        for events in (
            (joined(-day, "y", name), left(-day + 50, "y", name)),  # yesterday's meeting: not shown
            (joined(0, "tg", name), left(30, "tg", name)),  # an earlier meeting today, dropped
        ):
            _, store = run_of_the_console(engine, *events)
            assert store.close()
        # this run: the site joined before its detail opened, and so did another site
        hub, store = run_of_the_console(engine, joined(60, "tg2", name), joined(61, "a0", "Xã A0"))
        source = LateLog(hub, attendance_reader(engine, store))
        widget = SiteDetail(source, TG, clock=clock)
        qtbot.addWidget(widget)
        widget.resize(1100, 700)
        widget.show()
        widget.tabs.setCurrentIndex(2)
        model = widget.attendance
        assert widget.attendance_note.text() == "Đang đọc nhật ký…"
        hub.feed(left(90, "tg2", name))  # seen live before the log answers (and written to it)
        hub.feed(joined(100, "tg3", name))
        assert model.rowCount() == 1  # the live join shows at once

        source.answer()
        rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
        assert rows == [
            ["08:00:00", "08:00:30", "0:30", "✖ rớt kết nối"],
            ["08:01:00", "08:01:30", "0:30", "✖ rớt kết nối"],
            ["08:01:40", "● đang kết nối", "0:20", ""],
        ]  # each change once, in Hà Nội time; yesterday's meeting and the other site left out
        earlier = model.index(0, 0)
        assert earlier.data(Qt.ItemDataRole.ToolTipRole) == "Một cuộc họp trước đó hôm nay"
        assert earlier.data(Qt.ItemDataRole.ForegroundRole) == DIM_TEXT
        assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None  # this meeting's
        assert widget.attendance_note.text().startswith("Cuộc họp này và các cuộc họp trước đó hôm nay")

        hub.feed(left(110, "tg3", name, by_operator=True))  # and live from then on
        assert model.index(2, 1).data() == "08:01:50" and model.index(2, 3).data() == "điều hành viên ngắt"
        assert model.rowCount() == 3
        assert store.close()
    finally:
        engine.dispose()


def test_a_log_that_cannot_be_read_is_said_where_the_spans_would_be(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, clock: Clock
) -> None:
    def broken(site: str, conference: str, since: datetime) -> SiteAttendance:
        raise OSError("disk I/O error")

    widget = SiteDetail(HubSiteSource(hub, attendance=broken), TG, clock=clock)
    qtbot.addWidget(widget)
    note = widget.attendance_note.text()
    assert note.startswith("✗ Không đọc được nhật ký") and "disk I/O error" in note
    hub.feed(joined(10, "tg", "UBND huyện Tuần Giáo", "10.20.1.10"))
    assert widget.attendance.rowCount() == 1  # what is seen live still shows
