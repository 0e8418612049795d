"""The control center chooses what the wall groups its sites by; the choice is kept between runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.domain import GroupField
from console.runtime.options import SessionOptions
from console.sim.server import SimServer
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

PASSWORD = "group-test"
WAIT_MS = 20_000


def test_the_panel_offers_every_grouping_in_vietnamese_and_keeps_the_choice(
    vi_app: QApplication, qtbot: QtBot
) -> None:
    panel = WallPanel()
    qtbot.addWidget(panel)
    labels = [panel.group.itemText(i) for i in range(panel.group.count())]
    assert labels == [
        "Nhóm theo cụm",
        "Nhóm theo huyện cũ",
        "Nhóm theo cơ quan",
        "Nhóm theo cấp",
        "Nhóm theo tỉnh",
        "Không nhóm",
    ]
    assert panel.group_by is GroupField.CLUSTER  # nothing kept yet: the clusters
    chosen: list[GroupField | None] = []
    panel.groupByChanged.connect(chosen.append)
    panel.set_group_by(GroupField.TIER)
    assert chosen == [GroupField.TIER]

    again = WallPanel()  # the next run starts with the control center's choice
    qtbot.addWidget(again)
    assert again.group_by is GroupField.TIER
    again.set_group_by(None)
    assert WallPanel().group_by is None


@pytest.fixture
def sim() -> Iterator[SimServer]:
    with SimServer(sites=12, scenario="normal", seed=3, password=PASSWORD) as server:
        yield server


@pytest.fixture
def live(
    qtbot: QtBot, vi_app: QApplication, sim: SimServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LiveConsole]:
    monkeypatch.setenv("MCU_PASSWORD", PASSWORD)
    options = SessionOptions(
        db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}", mcu_url=f"pexip+{sim.url}", operator="op1", demo=True
    )
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    console = LiveConsole(window, panel, options)
    console.start()
    window.show()
    try:
        qtbot.waitUntil(lambda: len(panel.wall.visible_rows()) == 12, timeout=WAIT_MS)
        yield console
    finally:
        console.session.close()


def test_the_wall_regroups_by_tier_and_province_with_translated_titles(
    live: LiveConsole, sim: SimServer, qtbot: QtBot
) -> None:
    wall = live.panel.wall
    tiers = {site.tier.value for site in sim.world.sites if site.code in live.sites}
    live.panel.set_group_by(GroupField.TIER)
    names = {
        "central": "Trung ương",
        "province": "Cấp tỉnh",
        "district": "Cấp huyện (cũ)",
        "commune": "Cấp xã",
    }
    qtbot.waitUntil(lambda: set(wall.group_titles()) == {names[t] for t in tiers}, timeout=WAIT_MS)
    assert not {"commune", "province"} & set(wall.group_titles())  # never the raw tier codes

    live.panel.set_group_by(GroupField.PROVINCE)
    qtbot.waitUntil(lambda: "Điện Biên" in wall.group_titles(), timeout=WAIT_MS)
    assert len(wall.visible_rows()) == 12  # every site still on the wall

    live.panel.set_group_by(None)
    assert wall.group_titles() == [] and len(wall.visible_rows()) == 12
