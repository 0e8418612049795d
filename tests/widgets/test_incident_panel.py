"""The incident dock as the operator uses it: a real hub fed with MCU events, a real log, the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from console.access import Role
from console.domain import Incident, IncidentKind, Severity
from console.incidents.desk import IncidentDesk
from console.live.hub import Hub
from console.live.rules import IncidentRules
from db import records
from db.engine import open_database
from db.writer import Store
from tests.actors import operator, with_roles
from tests.core.media_rig import at, joined, left, registry
from widgets.incidents.panel import (
    KEY_ROLE,
    MARK_S,
    ORDER_HOLD_S,
    REFRESH_MS,
    Column,
    IncidentPanel,
    IncidentRights,
)
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
    panel = IncidentPanel(
        IncidentDesk(hub, store).acting_as(LAN), operator="Lan", clock=clock, beep=lambda: beeps.append(1)
    )
    qtbot.addWidget(panel)
    panel.resize(1300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return Rig(panel, beeps)


LAN = operator("Lan")


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
    assert form.holds_note.isVisible() and "mất kết nối" in form.holds_note.text()  # the site is still lost
    form.cause.setText("Mất điện")
    form.buttons.accepted.emit()  # no fix: refused, and said so
    assert form.isVisible() and form.error.isVisible() and "khắc phục" in form.error.text()
    assert cells(panel, 0)[Column.STATE].startswith("●")
    form.fix.setText("Chạy máy phát")
    form.buttons.accepted.emit()
    assert not form.isVisible()
    state = cells(panel, 0)[Column.STATE]
    assert state.startswith("✔") and "08:01:00" in state and "Lan" in state
    assert not panel.resolve_action.isEnabled()
    hub.feed(joined(300, "again", "Xã A0"))  # the rules resolve it later: the manual time stays
    assert "08:01:00" in cells(panel, 0)[Column.STATE]
    [incident] = logged(store)
    assert (incident.resolved_at, incident.cause, incident.fix, incident.acknowledged_by) == (
        at(60),
        "Mất điện",
        "Chạy máy phát",
        "Lan",
    )

    panel.show_resolved.setChecked(False)
    assert panel.view.model().rowCount() == 0
    panel.show_resolved.setChecked(True)
    assert panel.view.model().rowCount() == 1


def test_a_long_day_keeps_the_panel_to_open_incidents_and_the_latest_resolved(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, store: Store, clock: Clock, qtmodeltester: ModelTester
) -> None:
    desk = IncidentDesk(hub, store, keep_resolved=1)
    panel = IncidentPanel(desk.acting_as(LAN), operator="Lan", clock=clock, beep=lambda: None)
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    lose(hub, 30, [0, 1, 2, 3])  # a shared fault over four communes
    lose(hub, 300, [0], "B")
    lose(hub, 600, [0], "C")
    model = panel.view.model()
    assert model.rowCount() == 3
    parent_key = model.index(2, 0).data(KEY_ROLE)
    why = {"cause": "Mất điện", "fix": "Chạy máy phát"}
    desk.resolve(parent_key, LAN, at(700), **why)
    assert model.rowCount() == 3  # the latest resolved stays in view
    desk.resolve(model.index(1, 0).data(KEY_ROLE), LAN, at(710), **why)
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


# --- the operator never acts on the wrong row -----------------------------------------------------------


def site_order(panel: IncidentPanel) -> list[str]:
    return [cells(panel, r)[Column.SITE] for r in range(panel.view.model().rowCount())]


def test_one_click_selects_and_enter_or_a_double_click_opens(rig: Rig, hub: Hub, qtbot: QtBot) -> None:
    lose(hub, 30, [0], "B")
    lose(hub, 40, [0], "C")
    panel = rig.panel
    view = panel.view
    aimed = hub.tracker.open_key("X.B.0", IncidentKind.LINK_DOWN)
    point = view.visualRect(view.model().index(1, Column.KIND)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.selected_keys() == [aimed]
    assert panel.form is None  # one click opens nothing
    qtbot.keyClick(view, Qt.Key.Key_Return)
    form = panel.form
    assert form is not None and form.isVisible() and not form.resolving and form.entry.key == aimed
    form.reject()
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # QTest thinks it still presses
    again = panel.form
    assert again is not None and again is not form and again.isVisible() and again.entry.key == aimed
    again.reject()


def test_a_click_lands_on_the_row_it_was_aimed_at_while_new_incidents_keep_arriving(
    rig: Rig, hub: Hub, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    panel = rig.panel
    qtmodeltester.check(panel.model)
    assert panel.hold_timer.interval() == int(ORDER_HOLD_S * 1000) and 2.0 <= ORDER_HOLD_S <= 5.0
    lose(hub, 30, [0], "B")
    lose(hub, 40, [0], "C")
    view = panel.view
    aimed = hub.tracker.open_key("X.B.0", IncidentKind.LINK_DOWN)
    point = view.visualRect(view.model().index(1, Column.KIND)).center()
    assert site_order(panel) == ["Xã C0", "Xã B0"]

    qtbot.mouseMove(view.viewport(), point)  # the pointer comes to rest over the row
    assert panel.holding
    for t, district in ((50, "A"), (60, "D"), (70, "E")):  # newer incidents: they would go on top
        hub.feed(joined(0, f"new{district}", f"Khách {district}"))
        hub.feed(left(t, f"new{district}", f"Khách {district}"))
    assert site_order(panel) == ["Xã C0", "Xã B0"]  # nothing moved under the pointer
    assert panel.waiting_label.isVisible() and "3" in panel.waiting_label.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.selected_keys() == [aimed]

    hub.feed(joined(0, "newF", "Khách F"))
    hub.feed(left(80, "newF", "Khách F"))  # one more right after the click
    qtbot.mouseMove(panel.acknowledge_button, QPoint(5, 5))  # the pointer leaves the list
    assert panel.holding and site_order(panel) == ["Xã C0", "Xã B0"]  # still: the click was just now
    qtbot.waitUntil(lambda: not panel.holding, timeout=int(ORDER_HOLD_S * 1000) + 3000)
    assert site_order(panel) == ["Khách F", "Khách E", "Khách D", "Khách A", "Xã C0", "Xã B0"]
    assert not panel.waiting_label.isVisible()
    assert panel.selected_keys() == [aimed]  # the selection went with its row
    new_rows = {hub.tracker.open_key(f"Khách {d}", IncidentKind.LINK_DOWN) for d in "ADEF"}
    assert panel.model.marked() == new_rows  # the rows that came are marked …
    marks = [view.model().index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(6)]
    assert [m is not None for m in marks] == [True] * 4 + [False] * 2
    qtbot.waitUntil(lambda: not panel.model.marked(), timeout=int(MARK_S * 1000) + 3000)  # … for a while
    assert view.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_shared_fault_found_under_the_pointer_gathers_its_sites_when_the_pointer_leaves(
    rig: Rig, hub: Hub, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    panel = rig.panel
    qtmodeltester.check(panel.model)
    lose(hub, 30, [0, 1])  # two communes of district A: not yet a shared fault
    view = panel.view
    qtbot.mouseMove(view.viewport(), view.visualRect(view.model().index(1, Column.KIND)).center())
    lose(hub, 33, [2, 3])  # two more: now a shared fault, its parent gathers all four
    assert site_order(panel) == ["Xã A1", "Xã A0"]  # held: nothing came, nothing went under the pointer
    qtbot.mouseMove(panel.acknowledge_button, QPoint(5, 5))  # no click: the order follows at once
    assert not panel.holding
    model = view.model()
    assert model.rowCount() == 1 and "Huyện A" in cells(panel, 0)[Column.SITE]
    parent = model.index(0, 0)
    assert sorted(cells(panel, r, parent)[Column.SITE] for r in range(model.rowCount(parent))) == [
        f"Xã A{i}" for i in range(4)
    ]
    assert view.isExpanded(parent)
    assert panel.model.marked() >= {parent.data(KEY_ROLE)}


def test_a_reopened_incident_says_where_it_comes_from(rig: Rig, hub: Hub, store: Store, qtbot: QtBot) -> None:
    lose(hub, 30, [0])
    panel = rig.panel
    [old] = hub.incidents
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_R)
    form = panel.form
    assert form is not None
    form.cause.setText("Đứt cáp quang")
    form.fix.setText("VNPT hàn nối")
    form.buttons.accepted.emit()
    hub.tick(at(60 + IncidentRules().reopen_s))  # the site is still lost after the rules' hold time
    # the new row waits until the list's own hold after the resolve has passed
    qtbot.waitUntil(lambda: panel.view.model().rowCount() == 2, timeout=int(ORDER_HOLD_S * 1000) + 3000)
    state = cells(panel, 0)[Column.STATE]
    assert state.startswith("●") and f"mở lại từ #{old}" in state
    tooltip = panel.view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert f"#{old}" in tooltip and "Lan" in tooltip
    first, second = logged(store)
    assert second.reopens_id == first.id


def test_a_supervisor_reopens_a_resolved_incident_an_operator_sees_no_reopen(
    vi_app: QApplication, qtbot: QtBot, hub: Hub, store: Store, clock: Clock
) -> None:
    desk = IncidentDesk(hub, store)
    minh = with_roles("Minh", Role.OPERATOR, Role.SUPERVISOR)
    panel = IncidentPanel(desk.acting_as(minh), operator="Minh", clock=clock, beep=lambda: None)
    qtbot.addWidget(panel)
    panel.resize(1300, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_rights(IncidentRights(reopen=False))  # an operator: no reopen
    assert not panel.reopen_button.isVisible() and not panel.reopen_action.isVisible()
    panel.set_rights(IncidentRights(reopen=True))
    assert panel.reopen_button.isVisible() and panel.reopen_button.text() == "Mở lại"

    lose(hub, 30, [0])
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.view.model().index(0, 0))
    assert not panel.reopen_action.isEnabled()  # open: nothing to reopen
    [entry] = desk.entries()
    desk.resolve(entry.key, minh, at(60), cause="Mất điện", fix="Chạy máy phát")
    qtbot.waitUntil(panel.reopen_action.isEnabled)  # the row shows it resolved: it may be reopened
    qtbot.keyClick(panel.view, Qt.Key.Key_O)
    state = cells(panel, 0)[Column.STATE]
    assert state == "✓ Minh đã tiếp nhận"  # open again (acknowledged when it was resolved), not "✔ Đã xử lý"
    assert not panel.reopen_action.isEnabled() and panel.resolve_action.isEnabled()
    [incident] = logged(store)
    assert incident.resolved_at is None and incident.cause == "Mất điện"
