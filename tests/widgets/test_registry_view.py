"""The site registry view in the running console: find a site, replace a technician, save; the change is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem
from pytestqt.qtbot import QtBot

from console.runtime.options import SessionOptions
from console.runtime.session import ConsoleSession
from console.sim.server import SimServer
from db.engine import open_database, session_factory
from db.sites import load_sites, site_history
from widgets.registry.view import RegistryView
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

PASSWORD = "registry-test"
WAIT_MS = 20_000
SITE = "X.MUONGNHE"


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=12, scenario="normal", seed=3, password=PASSWORD) as server:
        yield server


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "log.sqlite3"


@pytest.fixture
def live(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LiveConsole]:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    options = SessionOptions(
        db_url=f"sqlite:///{log_path}", mcu_url=f"pexip+{sim.url}", operator="op1", demo=True
    )
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    console = LiveConsole(window, panel, options, sign_in="demo")  # the demo's operator (a technician too)
    console.start()
    window.show()
    try:
        qtbot.waitUntil(lambda: window.registry_action.isEnabled(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: console.actor is not None, timeout=WAIT_MS)  # signed in: the menu is theirs
        yield console
    finally:
        console.session.close()


def open_view(live: LiveConsole, qtbot: QtBot) -> RegistryView:
    qtbot.keyClick(
        live.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: live.registry is not None and live.registry.isVisible(), timeout=WAIT_MS)
    view = live.registry
    assert isinstance(view, RegistryView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 50, timeout=WAIT_MS)
    return view


def history_rows(view: RegistryView) -> list[list[str]]:
    def cell(r: int, c: int) -> str:
        item = view.history.item(r, c)
        return item.text() if item is not None else ""

    return [[cell(r, c) for c in range(5)] for r in range(view.history.rowCount())]


def test_a_replaced_technician_is_saved_with_who_replaced_him(
    live: LiveConsole, qtbot: QtBot, log_path: Path
) -> None:
    view = open_view(live, qtbot)
    qtbot.keyClicks(view.search, "muong nhe")  # no marks typed: Mường Nhé is found
    names = [view.search_model.index(r, 1).data() for r in range(view.search_model.rowCount())]
    clusters = [view.search_model.index(r, 4).data() for r in range(view.search_model.rowCount())]
    assert "Xã Mường Nhé" in names and len(names) < view.model.rowCount()
    assert all("Mường Nhé" in f"{n} {c}" for n, c in zip(names, clusters, strict=True))  # by name or cluster
    assert view.select(SITE)
    assert view.fields["code"].isReadOnly() and view.fields["camera"].text() == "10.215.112.121:52381"
    old = view.technicians.item(0, 0)
    assert old is not None and old.text() == "Hoàng Văn Thanh"

    # a camera that is not host:port is refused in words, and nothing is sent
    view.fields["camera"].setText("10.215.112.121")
    view.save()
    assert "máy:cổng" in view.error.text() and view.fields["camera"].property("invalid") is True
    view.fields["camera"].setText("10.215.112.121:52381")

    view.technicians.setItem(0, 0, QTableWidgetItem("Giàng A Páo"))
    view.technicians.setItem(0, 4, QTableWidgetItem("0912 111 222"))
    view.save()
    qtbot.waitUntil(lambda: "Đã lưu" in view.status.text(), timeout=WAIT_MS)
    assert view.error.text() == ""
    qtbot.waitUntil(lambda: any(row[2] == "Cán bộ kỹ thuật 1" for row in history_rows(view)), timeout=WAIT_MS)
    newest = history_rows(view)[0]
    assert newest[1] == "demo" and newest[2] == "Cán bộ kỹ thuật 1"
    assert "Hoàng Văn Thanh" in newest[3] and "Giàng A Páo" in newest[4] and "0912 111 222" in newest[4]
    assert live.sites[SITE].technicians[0].name == "Giàng A Páo"  # the window's copy is the stored one

    # the log holds it: the stored site and its history
    engine = open_database(f"sqlite:///{log_path}")
    try:
        with session_factory(engine)() as session:
            stored = next(s for s in load_sites(session) if s.code == SITE)
            changes = site_history(session, SITE)
    finally:
        engine.dispose()
    assert stored.technicians[0].name == "Giàng A Páo" and stored.technicians[0].phone == "0912 111 222"
    assert [(c.field, c.actor) for c in changes if c.field.startswith("technician")] == [
        ("technician 1", "demo")  # the signed-in person (the demo's operator)
    ]
    assert stored.camera == "10.215.112.121:52381"  # the refused camera was never written


def test_a_new_site_under_an_unknown_parent_is_refused(live: LiveConsole, qtbot: QtBot) -> None:
    view = open_view(live, qtbot)
    view.edit(None)
    view.fields["code"].setText("X.THUNGHIEM")
    view.fields["name"].setText("Xã Thử Nghiệm")
    view.parent_site.setEditText("T.KHONGCO")
    view.save()
    assert "T.KHONGCO" in view.error.text() and "không có trong danh mục" in view.error.text()
    view.parent_site.setCurrentIndex(view.parent_site.findData("T.UBND"))
    view.save()
    qtbot.waitUntil(lambda: "Đã lưu" in view.status.text(), timeout=WAIT_MS)
    assert "X.THUNGHIEM" in live.sites
    qtbot.waitUntil(lambda: any(row[2] == "Thêm điểm cầu" for row in history_rows(view)), timeout=WAIT_MS)


def test_a_save_takes_effect_on_the_wall_at_once(live: LiveConsole, qtbot: QtBot) -> None:
    """Renamed and moved to another cluster in the editor: the wall's tile and group follow without a restart,
    and so do the floor form's sites and the incident list's names."""
    wall = live.panel.wall
    qtbot.waitUntil(lambda: len(wall.visible_rows()) == 12, timeout=WAIT_MS)
    assert wall.data is not None
    code = next(k for k in wall.data.index.keys if k in live.sites and live.sites[k].tier.value == "province")
    old_name = live.sites[code].name
    assert "Cụm Hội Trường Tỉnh" not in wall.group_titles()

    view = open_view(live, qtbot)
    assert view.select(code)
    view.fields["name"].setText("Hội trường tầng 3 (đổi tên)")
    view.fields["cluster"].setText("Cụm Hội Trường Tỉnh")
    view.save()
    qtbot.waitUntil(lambda: "Đã lưu" in view.status.text(), timeout=WAIT_MS)

    def tile_name() -> str:
        data = wall.data
        assert data is not None
        return data.index.names[list(data.index.keys).index(code)]

    qtbot.waitUntil(lambda: tile_name() == "Hội trường tầng 3 (đổi tên)", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Cụm Hội Trường Tỉnh" in wall.group_titles(), timeout=WAIT_MS)
    assert wall.data is not None and old_name not in wall.data.index.names
    assert len(wall.visible_rows()) == 12  # the same tiles, none lost or added
    assert live.sites[code].name == "Hội trường tầng 3 (đổi tên)"  # the floor form offers this name
    assert live.book is not None and live.book.site(code) == live.sites[code]
    assert isinstance(live.session, ConsoleSession)  # on a thread here: its objects can be read
    hub = live.session.hub
    assert hub is not None and hub.directory.site(code) is not None
    assert hub.directory("Hội trường tầng 3 (đổi tên)") == code  # a participant so named now is this site
