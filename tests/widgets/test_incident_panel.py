"""The incident dock as the operator uses it: a real hub fed with MCU events, a real log, the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from console.domain import Incident, IncidentKind, Severity
from console.incidents.desk import IncidentDesk
from console.live.hub import Hub
from db import records
from db.engine import open_database
from db.writer import Store
from tests.core.media_rig import at, joined, left, registry
from widgets.incidents.panel import KEY_ROLE, REFRESH_MS, Column, IncidentPanel
from widgets.text import SEVERITY_GLYPHS, kind_text, severity_text


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    store = Store(engine, interval=0.05)
    try:
        yield store
    finally:
        assert store.close()
        engine.dispose()


@pytest.fixture
def hub(store: Store) -> Hub:
    return Hub(registry(), store=store)


@pytest.fixture
def clock() -> Clock:
    return Clock(at(60))


class Rig:
    def __init__(self, panel: IncidentPanel, beeps: list[int]) -> None:
        self.panel = panel
        self.beeps = beeps


@pytest.fixture
def rig(vi_app: QApplication, qtbot: QtBot, hub: Hub, store: Store, clock: Clock) -> Rig:
    beeps: list[int] = []
    panel = IncidentPanel(IncidentDesk(hub, store), operator="Lan", clock=clock, beep=lambda: beeps.append(1))
    qtbot.addWidget(panel)
    panel.resize(1300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return Rig(panel, beeps)


def logged(store: Store) -> list[Incident]:
    assert store.flush()
    with Session(store.engine) as session:
        return records.list_incidents(session)


def cells(panel: IncidentPanel, row: int, parent: QModelIndex | None = None) -> list[str]:
    model = panel.view.model()
    p = parent or QModelIndex()
    return [str(model.index(row, c, p).data()) for c in range(model.columnCount(p))]


def lose(hub: Hub, t: float, sites: list[int], district: str = "A") -> None:
    for i in sites:
        hub.feed(joined(0, f"u{district}{i}", f"Xã {district}{i}"))
    for i in sites:
        hub.feed(left(t + i, f"u{district}{i}", f"Xã {district}{i}"))


def test_a_lost_site_rings_once_flashes_and_reads_plainly(
    rig: Rig, hub: Hub, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(rig.panel.model)
    lose(hub, 30, [0])
    panel = rig.panel
    row = cells(panel, 0)
    assert row[Column.OPENED] == "08:00:30"  # 01:00:30 UTC shown in Asia/Ho_Chi_Minh
    assert row[Column.SITE] == "Xã A0"  # the registry's name, not the code
    assert row[Column.KIND] == f"⊘ {kind_text(IncidentKind.LINK_DOWN)}"
    assert row[Column.SEVERITY] == f"✖ {severity_text(Severity.CRITICAL)}"
    assert row[Column.STATE].startswith("●")
    assert rig.beeps == [1]
    assert panel.banner.isVisible()
    assert "Xã A0" in panel.banner.text() and kind_text(IncidentKind.LINK_DOWN) in panel.banner.text()
    qtbot.waitUntil(lambda: panel.banner.property("lit") is True, timeout=2000)
    qtbot.waitUntil(lambda: panel.banner.property("lit") is False, timeout=2000)  # it blinks

    lose(hub, 40, [1])  # a second one straight after: one beep for the burst
    assert rig.beeps == [1]
    assert cells(panel, 0)[Column.SITE] == "Xã A1"  # newest first


def test_muted_alarm_stays_silent_but_visible(rig: Rig, hub: Hub, qtbot: QtBot) -> None:
    panel = rig.panel
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_M)
    assert panel.muted and panel.mute_button.isChecked()
    with qtbot.waitSignal(panel.alarmChanged) as alarm:
        lose(hub, 30, [0])
        panel.refresh()
    assert alarm.args == [1]
    assert rig.beeps == []
    assert panel.banner.isVisible() and panel.flash_timer.isActive()


def test_acknowledge_from_the_keyboard_stops_the_alarm_and_is_logged(
    rig: Rig, hub: Hub, store: Store, qtbot: QtBot
) -> None:
    lose(hub, 30, [0, 1], "B")
    panel = rig.panel
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_A)
    assert "Lan" in cells(panel, 0)[Column.STATE] and cells(panel, 0)[Column.STATE].startswith("✓")
    assert cells(panel, 1)[Column.STATE].startswith("●")
    assert panel.banner.isVisible()
    panel.view.setCurrentIndex(panel.view.model().index(1, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Space)
    assert cells(panel, 1)[Column.STATE].startswith("✓")
    panel.refresh()
    assert not panel.banner.isVisible() and not panel.flash_timer.isActive()
    assert not panel.acknowledge_action.isEnabled()
    assert {(i.site, i.acknowledged_by) for i in logged(store)} == {("X.B.0", "Lan"), ("X.B.1", "Lan")}


def test_the_form_refuses_a_past_or_unreadable_restore_time(
    rig: Rig, hub: Hub, store: Store, qtbot: QtBot, clock: Clock
) -> None:
    lose(hub, 30, [0])
    panel = rig.panel
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_E)
    form = panel.form
    assert form is not None and form.isVisible()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.cause.setText("Đứt cáp quang")
    form.fix.setText("VNPT đang hàn nối")

    form.eta_edit.setText("sắp xong")
    form.buttons.accepted.emit()
    assert form.isVisible() and form.error.isVisible() and "sắp xong" in form.error.text()

    form.eta_edit.setText("07:30")  # before 08:01 local
    form.buttons.accepted.emit()
    assert form.isVisible() and form.error.isVisible() and "07:30" in form.error.text()
    assert logged(store)[0].cause == ""  # nothing written yet

    form.eta_edit.setText("+30")
    assert "08:31" in form.eta_note.text()
    form.eta_edit.setFocus()
    qtbot.keyClick(form.eta_edit, Qt.Key.Key_Return)
    assert not form.isVisible()
    row = cells(panel, 0)
    assert row[Column.CAUSE] == "Đứt cáp quang"
    assert row[Column.ETA].startswith("08:31") and "30" in row[Column.ETA]
    clock.now += timedelta(minutes=40)
    panel.refresh()
    assert "10" in cells(panel, 0)[Column.ETA]  # now overdue by ten minutes
    [incident] = logged(store)
    assert (incident.cause, incident.fix, incident.eta) == (
        "Đứt cáp quang",
        "VNPT đang hàn nối",
        at(60 + 1800),
    )


def test_resolve_by_hand_is_logged_and_kept(rig: Rig, hub: Hub, store: Store, qtbot: QtBot) -> None:
    lose(hub, 30, [0])
    panel = rig.panel
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_R)
    form = panel.form
    assert form is not None and form.resolving and form.isVisible()
    form.cause.setText("Mất điện")
    form.buttons.accepted.emit()
    state = cells(panel, 0)[Column.STATE]
    assert state.startswith("✔") and "08:01:00" in state and "Lan" in state
    assert not panel.resolve_action.isEnabled()
    hub.feed(joined(300, "again", "Xã A0"))  # the rules resolve it later: the manual time stays
    assert "08:01:00" in cells(panel, 0)[Column.STATE]
    [incident] = logged(store)
    assert (incident.resolved_at, incident.cause, incident.acknowledged_by) == (at(60), "Mất điện", "Lan")

    panel.show_resolved.setChecked(False)
    assert panel.view.model().rowCount() == 0
    panel.show_resolved.setChecked(True)
    assert panel.view.model().rowCount() == 1


def test_a_long_day_keeps_the_panel_to_open_incidents_and_the_latest_resolved(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, store: Store, clock: Clock, qtmodeltester: ModelTester
) -> None:
    desk = IncidentDesk(hub, store, keep_resolved=1)
    panel = IncidentPanel(desk, operator="Lan", clock=clock, beep=lambda: None)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    lose(hub, 30, [0, 1, 2, 3])  # a shared fault over four communes
    lose(hub, 300, [0], "B")
    lose(hub, 600, [0], "C")
    model = panel.view.model()
    assert model.rowCount() == 3
    parent_key = model.index(2, 0).data(KEY_ROLE)
    desk.resolve(parent_key, "Lan", at(700))
    assert model.rowCount() == 3  # the latest resolved stays in view
    desk.resolve(model.index(1, 0).data(KEY_ROLE), "Lan", at(710))
    assert [cells(panel, r)[Column.SITE] for r in range(model.rowCount())] == ["Xã C0", "Xã B0"]
    assert cells(panel, 0)[Column.STATE].startswith("●") and cells(panel, 1)[Column.STATE].startswith("✔")
    assert len(logged(store)) == 7  # the log keeps every incident
    assert str(desk.keep_resolved) in panel.show_resolved.toolTip()


def test_a_shared_fault_is_a_parent_over_its_sites(
    rig: Rig, hub: Hub, store: Store, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(rig.panel.model)
    lose(hub, 30, [0, 1, 2, 3])
    panel = rig.panel
    view_model = panel.view.model()
    assert view_model.rowCount() == 1
    parent = view_model.index(0, 0)
    assert "Huyện A" in cells(panel, 0)[Column.SITE] and "4" in cells(panel, 0)[Column.SITE]
    assert view_model.rowCount(parent) == 4
    assert [cells(panel, r, parent)[Column.SITE] for r in range(4)] == ["Xã A3", "Xã A2", "Xã A1", "Xã A0"]
    assert panel.view.isExpanded(parent)

    panel.view.setFocus()
    panel.view.setCurrentIndex(parent)
    qtbot.keyClick(panel.view, Qt.Key.Key_A)  # one acknowledgement for the whole district
    assert all(cells(panel, r, parent)[Column.STATE].startswith("✓") for r in range(4))
    assert all(i.acknowledged_by == "Lan" for i in logged(store))


def test_durations_count_on_a_slow_timer_and_only_their_cells_change(
    rig: Rig, hub: Hub, qtbot: QtBot, clock: Clock
) -> None:
    panel = rig.panel
    assert panel.refresh_timer.objectName() == "incidentPanelRefresh"
    assert panel.refresh_timer.interval() == REFRESH_MS >= 500 and panel.refresh_timer.isActive()
    lose(hub, 30, [0])
    panel.refresh()
    assert cells(panel, 0)[Column.DURATION] == "0:30"
    changed: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda a, b, _roles=(): changed.append((a.column(), b.column())))
    clock.now += timedelta(seconds=75)
    panel.refresh()
    assert changed == [(Column.DURATION, Column.DURATION)]
    assert cells(panel, 0)[Column.DURATION] == "1:45"
    changed.clear()
    panel.refresh()
    assert changed == []


def test_severity_is_never_colour_alone(rig: Rig, hub: Hub) -> None:
    lose(hub, 30, [0])
    index = rig.panel.view.model().index(0, Column.SEVERITY)
    assert index.data().startswith(SEVERITY_GLYPHS[Severity.CRITICAL])
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.siblingAtColumn(Column.SITE).data(Qt.ItemDataRole.FontRole).bold()
