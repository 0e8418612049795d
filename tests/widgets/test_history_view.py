"""The supervisor's history view: its models (qtmodeltester), the search that ignores Vietnamese marks, sorting,
pages loaded lazily, a meeting's details and a site's history on a double-click; in the running console (the log
alone, no MCU) opened with Ctrl+H by a supervisor, hidden from an operator and refused to them by the core.

The view's requests are answered by the real reader over the reports' known log (tests/reports/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import Actor, ActorKind, PermissionDenied, Role
from console.live.wall import fold
from console.runtime.bridge import (
    HistoryChartsQuery,
    HistoryQuery,
    ListSites,
    MeetingDetailQuery,
    Request,
)
from console.runtime.build import open_access
from console.runtime.history import COLUMNS, HistoryKind, HistoryReader, HistoryRow
from console.runtime.options import SessionOptions
from db.engine import open_database
from db.sites import load_sites
from tests.db.conftest import db_url, engine  # the same two databases as the storage tests
from tests.reports.conftest import AFTER, X1, X2, fill
from widgets.access.signin import Credentials
from widgets.history.model import PAGE, HistoryFilter, HistoryModel
from widgets.history.view import HistoryTable, HistoryView, MeetingDetailDialog, SiteHistoryDialog
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

__all__ = ["db_url", "engine"]

WAIT_MS = 20_000
H2_FIRST, H2_LAST = date(2025, 7, 1), date(2025, 12, 31)


def answering(
    engine: Engine,
) -> Callable[[Request, Callable[[Any], None], Callable[[BaseException], None]], None]:
    """The bridge's `call`, answered at once by the real reader over `engine`."""
    reader = HistoryReader(engine, now=lambda: AFTER)

    def call(request: Request, done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> None:
        try:
            if isinstance(request, HistoryQuery):
                result: Any = reader.rows(request)
            elif isinstance(request, HistoryChartsQuery):
                result = reader.charts(request)
            elif isinstance(request, MeetingDetailQuery):
                result = reader.meeting(request.meeting_id)
            elif isinstance(request, ListSites):
                with Session(engine) as s:
                    result = tuple(load_sites(s))
            else:
                raise TypeError(request)
        except Exception as exc:
            failed(exc)
            return
        done(result)

    return call


def set_period(view: HistoryView, first: date, last: date) -> None:
    view.since_edit.setDate(QDate(first.year, first.month, first.day))
    view.until_edit.setDate(QDate(last.year, last.month, last.day))
    view.reload()


@pytest.fixture
def view(qtbot: QtBot, vi_app: QApplication, engine: Engine) -> HistoryView:
    fill(engine)
    v = HistoryView(answering(engine), now=lambda: AFTER)
    qtbot.addWidget(v)
    v.start()
    set_period(v, H2_FIRST, H2_LAST)
    return v


def shown(table: HistoryTable, column: str) -> list[str]:
    c = [k for k, _ in table.source.columns].index(column)
    return [table.proxy.index(r, c).data() for r in range(table.proxy.rowCount())]


def cell_index(table: HistoryTable, row: int, column: str) -> QModelIndex:
    return table.proxy.index(row, [k for k, _ in table.source.columns].index(column))


def synthetic_rows(n: int) -> tuple[HistoryRow, ...]:
    return tuple(
        HistoryRow(
            i,
            f"S{i % 7}",
            None,
            (
                datetime(2025, 9, 1 + i % 28, i % 24, tzinfo=UTC),
                None if i % 3 else datetime(2025, 9, 1 + i % 28, 23, tzinfo=UTC),
                "Điện Biên" if i % 2 else "Mường Nhé",
                "",
                "link_down",
                "critical",
                "Đứt cáp",
                "",
                float(i * 60),
            ),
        )
        for i in range(n)
    )


def test_marks_are_ignored_when_folding() -> None:
    assert fold("UBND tỉnh Điện Biên") == "ubnd tinh dien bien"
    assert fold("ĐƯỜNG đứt") == "duong dut"


def test_the_models_pass_qtmodeltester(qtmodeltester: Any, qapp: QApplication) -> None:
    for kind in HistoryKind:
        model = HistoryModel(kind)
        model.set_rows(())
        qtmodeltester.check(model)
    model = HistoryModel(HistoryKind.INCIDENTS)
    model.set_rows(synthetic_rows(PAGE + 40))
    qtmodeltester.check(model)
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    proxy.sort(8, Qt.SortOrder.DescendingOrder)
    proxy.set_search("dien")
    qtmodeltester.check(proxy)


def test_pages_are_fetched_lazily(qapp: QApplication) -> None:
    model = HistoryModel(HistoryKind.INCIDENTS)
    model.set_rows(synthetic_rows(2 * PAGE + 10))
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    proxy.sort(8, Qt.SortOrder.DescendingOrder)  # sorted over every row, not the pages shown
    assert model.rowCount() == 2 * PAGE + 10 and not model.canFetchMore(QModelIndex())
    assert proxy.index(0, 8).data(Qt.ItemDataRole.UserRole + 1) == (2 * PAGE + 9) * 60


def test_search_ignores_marks_and_sorting_uses_the_values(view: HistoryView, qtbot: QtBot) -> None:
    view.tabs.setCurrentWidget(view.tables[HistoryKind.INCIDENTS])
    incidents = view.tables[HistoryKind.INCIDENTS]
    qtbot.waitUntil(lambda: incidents.source.total == 4, timeout=WAIT_MS)
    assert view.status.text() == "4 / 4 dòng"
    qtbot.keyClicks(view.search, "quai giang")
    assert shown(incidents, "site") == ["UBND xã Quài Giang"] * 2
    assert view.status.text() == "2 / 4 dòng"
    view.search.clear()
    qtbot.keyClicks(view.search, "dut cap  chieng dong")  # every word, anywhere in the line
    assert shown(incidents, "site") == ["UBND xã Chiềng Đông"]
    view.search.clear()
    incidents.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # duration: 1 h, 30 min, 15 min, 10 min
    assert shown(incidents, "duration") == ["1 giờ 00 phút", "30 phút", "15 phút", "10 phút"]
    incidents.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(incidents, "opened") == [
        "07/09/2025 09:00",
        "07/09/2025 09:30",
        "02/11/2025 14:30",
        "31/12/2025 23:00",
    ]
    # the meetings tab finds the host by its name without marks
    view.tabs.setCurrentWidget(view.tables[HistoryKind.MEETINGS])
    meetings = view.tables[HistoryKind.MEETINGS]
    qtbot.waitUntil(lambda: meetings.source.total == 5, timeout=WAIT_MS)
    view.search.setText("dien bien")
    assert sorted(shown(meetings, "title")) == sorted(
        ["Giao ban quý III", "=Họp khẩn phòng chống bão", "Tập huấn", "Hội nghị sơ kết"]
    )


def test_filters_read_again(view: HistoryView, qtbot: QtBot) -> None:
    view.tabs.setCurrentWidget(view.tables[HistoryKind.INCIDENTS])
    incidents = view.tables[HistoryKind.INCIDENTS]
    qtbot.waitUntil(lambda: incidents.source.total == 4, timeout=WAIT_MS)
    view.kind_box.setCurrentIndex(view.kind_box.findData("power"))
    qtbot.waitUntil(lambda: incidents.source.total == 1, timeout=WAIT_MS)
    assert shown(incidents, "kind") == ["Mất điện"]
    view.kind_box.setCurrentIndex(0)
    view.site_box.setCurrentIndex(view.site_box.findData(X1))
    qtbot.waitUntil(lambda: incidents.source.total == 2, timeout=WAIT_MS)


def test_double_click_opens_the_meeting_and_the_site(view: HistoryView, qtbot: QtBot) -> None:
    view.tabs.setCurrentWidget(view.tables[HistoryKind.MEETINGS])
    meetings = view.tables[HistoryKind.MEETINGS]
    qtbot.waitUntil(lambda: meetings.source.total == 5, timeout=WAIT_MS)
    row = shown(meetings, "title").index("Giao ban quý III")
    meetings.doubleClicked.emit(cell_index(meetings, row, "title"))
    dialog = view.findChild(MeetingDetailDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.absent_label.text() == "UBND xã Chiềng Đông"
    assert dialog.late_label.text() == "UBND xã Quài Giang"
    assert dialog.attended_label.text() == "2 / 3 điểm cầu"

    def cell(r: int, c: int) -> str:
        item = dialog.sites.item(r, c)
        return item.text() if item is not None else ""

    listed = [[cell(r, c) for c in range(3)] for r in range(dialog.sites.rowCount())]
    assert listed == [
        ["UBND xã Chiềng Đông (DB.X.CHIENGDONG)", "không", ""],
        ["UBND xã Quài Giang (DB.X.QUAIGIANG)", "có", "có"],
        ["UBND huyện Tuần Giáo (DB.H.TUANGIAO.UBND)", "có", ""],
    ]
    assert dialog.incidents.source.total == 2
    # a site's cell opens the site with its history over the view's period
    view.tabs.setCurrentWidget(view.tables[HistoryKind.INCIDENTS])
    incidents = view.tables[HistoryKind.INCIDENTS]
    qtbot.waitUntil(lambda: incidents.source.total == 4, timeout=WAIT_MS)
    row = shown(incidents, "site").index("UBND xã Chiềng Đông")
    incidents.doubleClicked.emit(cell_index(incidents, row, "site"))
    site = view.findChild(SiteHistoryDialog)
    assert site is not None and site.code == X2
    qtbot.waitUntil(lambda: site.attendance.source.total == 2, timeout=WAIT_MS)
    assert site.incidents.source.total == 1
    assert site.summary.text() == "1 sự cố, 1 giờ 00 phút gián đoạn; dự 0 / 2 cuộc họp"


def test_the_charts_show_the_period(view: HistoryView, qtbot: QtBot) -> None:
    view.tabs.setCurrentWidget(view.charts)
    qtbot.waitUntil(lambda: view.charts.series is not None, timeout=WAIT_MS)
    assert view.charts.series is not None and view.charts.series.meetings_per_month == (0, 1, 1, 0, 1, 0)


# --- in the running console ------------------------------------------------------------------------------------

SUPERVISOR_PW = "giám-sát-viên-2026"
OPERATOR_PW = "ca-trực-sáng-2026"


@pytest.fixture
def log(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    access = open_access(SessionOptions(db_url=url).to_config(), create=True)
    try:
        access.accounts.add_first_administrator("quantri", "quản-trị-viên-2026")
        admin = Actor("quantri", frozenset({Role.ADMINISTRATOR}), ActorKind.NAMED)
        access.accounts.add(admin, "lan", "supervisor", SUPERVISOR_PW)
        access.accounts.add(admin, "minh", "operator", OPERATOR_PW)
    finally:
        access.engine.dispose()
    engine = open_database(url)
    try:
        fill(engine)
    finally:
        engine.dispose()
    return url


def running(qtbot: QtBot, url: str, who: Credentials) -> LiveConsole:
    window = MainWindow("log", remember_layout=False)
    qtbot.addWidget(window)
    live = LiveConsole(window, WallPanel(), SessionOptions(db_url=url), sign_in=who)
    live.start()
    qtbot.waitUntil(lambda: live.actor is not None and live.incidents is not None, timeout=WAIT_MS)
    return live


def test_a_supervisor_opens_the_history_with_ctrl_h_offline(
    qtbot: QtBot, vi_app: QApplication, log: str
) -> None:
    live = running(qtbot, log, Credentials("lan", SUPERVISOR_PW))
    try:
        assert live.window.history_action.isVisible()
        qtbot.keyClick(live.window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: live.history is not None and live.history.isVisible(), timeout=WAIT_MS)
        view = live.history
        assert isinstance(view, HistoryView) and view.windowTitle() == "Lịch sử"
        set_period(view, H2_FIRST, H2_LAST)
        view.tabs.setCurrentWidget(view.tables[HistoryKind.INCIDENTS])
        incidents = view.tables[HistoryKind.INCIDENTS]
        qtbot.waitUntil(lambda: incidents.source.total == 4, timeout=WAIT_MS)
        view.close()
    finally:
        live.session.close()


def test_an_operator_has_no_history_menu_and_the_core_refuses_them(
    qtbot: QtBot, vi_app: QApplication, log: str
) -> None:
    live = running(qtbot, log, Credentials("minh", OPERATOR_PW))
    try:
        assert not live.window.history_action.isVisible()
        errors: list[BaseException] = []
        query = HistoryQuery(HistoryKind.INCIDENTS.value, datetime(2025, 6, 30, 17, tzinfo=UTC), AFTER)
        live.bridge.call(query, lambda _rows: None, errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
        assert isinstance(errors[0], PermissionDenied) and errors[0].missing == "supervisor"
    finally:
        live.session.close()


def test_columns_are_named_for_every_kind(qapp: QApplication) -> None:
    for kind, columns in COLUMNS.items():
        model = HistoryModel(kind)
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(columns))]
        assert all(isinstance(t, str) and t and t != key for t, (key, _) in zip(titles, columns, strict=True))
