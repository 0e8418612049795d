"""The meeting register in the window: the rules as you type, Ctrl+N, the calendar, move and cancel, the meeting
on now in the title bar and on the wall.

The window's requests go to the register's real handler (`console.runtime.register_port.handle_register`) over
a real SQLite log, with an injected clock; each result crosses a pickle round trip, as it will between processes.
The last test runs the whole console (session thread, bridge, simulator).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import Actor, Guard, Permission, Role, allowed
from console.domain.clock import LOCAL_TZ
from console.domain.register import Booking, MeetingState
from console.register.rules import RegisterRules
from console.runtime.bridge import Request
from console.runtime.options import SessionOptions
from console.runtime.register_port import RegisterDesk as SessionRegister
from console.runtime.register_port import handle_register
from console.sim.server import SimServer
from db.engine import open_database, session_factory
from db.register import add_bookings, get_series, list_bookings
from db.sites import save_network
from tests.db.conftest import small_network
from widgets.register.desk import MeetingsDesk
from widgets.register.dialog import CancelDialog, MoveDialog, RegisterDialog
from widgets.shell.live import LiveConsole
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

HOST, DISTRICT, X1 = "DB.T.UBND", "DB.H.TUANGIAO.UBND", "DB.X.QUAIGIANG"
NOW = datetime(2030, 3, 4, 1, 0, tzinfo=UTC)  # Monday 04/03/2030 08:00 in Hà Nội
SUPERVISOR = Actor("giamsat", frozenset({Role.SUPERVISOR}))
OPERATOR = Actor("dieuhanh", frozenset({Role.OPERATOR}))
WAIT_MS = 5_000
LIVE_MS = 20_000
LIVE_PASSWORD = "register-test"


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """March `day`, 2030, at `hour`:`minute` in Hà Nội, in UTC."""
    return datetime(2030, 3, day, hour, minute, tzinfo=LOCAL_TZ).astimezone(UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    try:
        yield engine
    finally:
        engine.dispose()


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


def caller(engine: Engine, actor: Actor, clock: Clock) -> Callable[..., None]:
    """The window's `call`: the session's handler as `actor`, every result through pickle."""
    register = SessionRegister(session_factory(engine), RegisterRules(), clock)

    def call(
        request: Request,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        try:
            result = handle_register(register, pickle.loads(pickle.dumps(request)), actor, Guard(None))
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            return
        if on_done is not None:
            on_done(pickle.loads(pickle.dumps(result)))

    return call


def stored(engine: Engine) -> list[Booking]:
    with session_factory(engine)() as session:
        return list_bookings(session)


def existing(engine: Engine, title: str, start: datetime, end: datetime, sites: tuple[str, ...]) -> int:
    with session_factory(engine)() as session, session.begin():
        (meeting_id,) = add_bookings(
            session,
            [
                Booking(
                    title,
                    "UBND tỉnh",
                    HOST,
                    start,
                    end,
                    sites=sites,
                    registered_by="x",
                    registered_at=NOW - timedelta(days=9),
                )
            ],
        )
    return meeting_id


@pytest.fixture
def window(qtbot: QtBot, vi_app: QApplication) -> tuple[MainWindow, WallPanel]:
    panel = WallPanel()
    window = MainWindow("log", wall=panel, remember_layout=False)
    qtbot.addWidget(window)
    return window, panel


def desk_for(
    window: tuple[MainWindow, WallPanel], engine: Engine, actor: Actor, clock: Clock, qtbot: QtBot
) -> MeetingsDesk:
    main, panel = window
    desk = MeetingsDesk(
        main,
        caller(engine, actor, clock),
        sites=small_network,
        may=lambda p: allowed(actor, p),
        header=panel.set_meeting,
        clock=clock,
    )
    desk.refresh()
    main.show()
    main.activateWindow()
    qtbot.waitExposed(main)
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT_MS)
    return desk


def fill(dialog: RegisterDialog, title: str = "Giao ban tuần", host: str = HOST) -> None:
    dialog.title.setText(title)
    dialog.host_site.setCurrentIndex(dialog.host_site.findData(host))


def open_dialog(desk: MeetingsDesk, qtbot: QtBot) -> RegisterDialog:
    qtbot.keyClick(desk.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: isinstance(desk.dialog, RegisterDialog) and desk.dialog.isVisible(), timeout=WAIT_MS
    )
    assert isinstance(desk.dialog, RegisterDialog)
    return desk.dialog


def test_the_rules_are_shown_as_you_type(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    dialog = open_dialog(desk_for(window, engine, SUPERVISOR, clock, qtbot), qtbot)
    qtbot.waitUntil(lambda: "Đặt tên" in dialog.rules.text(), timeout=WAIT_MS)  # no title yet
    fill(dialog)
    qtbot.waitUntil(lambda: dialog.rules.text().startswith("✓"), timeout=WAIT_MS)
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Đăng ký"

    dialog.start.setDateTime(dialog.start.dateTime().addDays(-2))  # tomorrow: one day ahead, the rule is two
    qtbot.waitUntil(lambda: "Thời hạn đăng ký" in dialog.rules.text(), timeout=WAIT_MS)
    assert "1 ngày" in dialog.rules.text() and "2 ngày" in dialog.rules.text()
    assert not dialog.ok.isEnabled()

    dialog.emergency_box.setChecked(True)  # an emergency is exempt, and marked
    qtbot.waitUntil(lambda: dialog.rules.text().startswith("✓"), timeout=WAIT_MS)
    assert dialog.ok.isEnabled()
    assert (  # the core's typed warning, worded in Vietnamese with its numbers
        "⚠ Khẩn cấp, báo qua điện thoại: được miễn thời hạn đăng ký 2 ngày (đăng ký trước giờ họp 1 ngày)"
        in dialog.rules.text()
    )

    dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
    qtbot.waitUntil(lambda: "trước giờ kết thúc" in dialog.rules.text(), timeout=WAIT_MS)
    assert not dialog.ok.isEnabled()


def test_ctrl_n_registers_a_meeting_that_appears_in_the_calendar(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    desk = desk_for(window, engine, SUPERVISOR, clock, qtbot)
    assert desk.panel.meeting_ids() == []
    dialog = open_dialog(desk, qtbot)
    fill(dialog, "Hội nghị trực tuyến về phòng chống lũ")
    dialog.pick_kind.setCurrentIndex(dialog.pick_kind.findData("cluster"))
    dialog.pick_value.setCurrentIndex(dialog.pick_value.findData(f"cluster:{DISTRICT}"))
    dialog.add_picked()  # the district and the communes grouped under it
    assert dialog.site_codes() == [DISTRICT, X1, "DB.X.CHIENGDONG"]
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    (meeting,) = stored(engine)
    assert (meeting.title, meeting.registered_by, meeting.state) == (
        "Hội nghị trực tuyến về phòng chống lũ",
        "giamsat",
        MeetingState.REGISTERED,
    )
    assert meeting.start == local(7, 8) and meeting.sites == (DISTRICT, X1, "DB.X.CHIENGDONG")
    qtbot.waitUntil(lambda: desk.panel.meeting_ids() == [meeting.id], timeout=WAIT_MS)
    texts = desk.panel.texts(0)
    assert texts[0] == "Hôm nay — Thứ Hai 04/03/2030"  # today's first
    assert "Thứ Năm 07/03/2030" in texts and "08:00–10:00" in texts

    qtbot.mouseClick(desk.panel.day_button, Qt.MouseButton.LeftButton)  # the day view: the new meeting's day
    qtbot.waitUntil(lambda: desk.panel.texts(0)[0] == "Thứ Năm 07/03/2030", timeout=WAIT_MS)
    assert desk.panel.meeting_ids() == [meeting.id] and desk.panel.range_label.text() == "07/03/2030"
    desk.panel.go_today()
    qtbot.waitUntil(lambda: desk.panel.texts(0)[0] == "Hôm nay — Thứ Hai 04/03/2030", timeout=WAIT_MS)
    assert desk.panel.meeting_ids() == [] and desk.panel.texts(0)[1].strip() == "Không có cuộc họp"


def test_a_weekly_series_with_a_day_unticked_is_registered_without_that_day(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    desk = desk_for(window, engine, SUPERVISOR, clock, qtbot)
    dialog = open_dialog(desk, qtbot)
    fill(dialog, "Giao ban tuần")
    assert not dialog.exceptions.isVisible()  # a single meeting has no days to skip
    dialog.every.setCurrentIndex(dialog.every.findData("week"))
    dialog.until.setDate(QDate(2030, 3, 28))
    days = [dialog.exceptions.item(i).text() for i in range(dialog.exceptions.count())]
    assert days == ["07/03/2030", "14/03/2030", "21/03/2030", "28/03/2030"] and dialog.exceptions.isVisible()
    dialog.exceptions.item(1).setCheckState(Qt.CheckState.Unchecked)  # a holiday: no meeting that week
    qtbot.waitUntil(lambda: "3 cuộc họp" in dialog.rules.text(), timeout=WAIT_MS)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    meetings = stored(engine)
    assert [m.start for m in meetings] == [local(7, 8), local(21, 8), local(28, 8)]
    with session_factory(engine)() as session:
        series = get_series(session, [meetings[0].series_id or 0])
    assert [s.exceptions for s in series.values()] == [(date(2030, 3, 14),)]  # kept, as `--except` keeps it


def test_a_conflict_disables_ok_unless_a_supervisor_forces_it_with_a_reason(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    other = existing(engine, "Giao ban thường kỳ", local(7, 9), local(7, 11), (X1,))
    desk = desk_for(window, engine, SUPERVISOR, clock, qtbot)
    dialog = open_dialog(desk, qtbot)
    fill(dialog, "Họp khẩn về dịch bệnh", host=DISTRICT)
    dialog.add_terms([X1])
    qtbot.waitUntil(lambda: "Trùng phòng họp" in dialog.rules.text(), timeout=WAIT_MS)
    text = dialog.rules.text()
    assert f'cuộc họp {other} "Giao ban thường kỳ"' in text and "UBND xã Quài Giang" in text
    assert "09:00–11:00 07/03/2030" in text
    assert not dialog.ok.isEnabled() and dialog.force.isVisible()

    dialog.force.tick.setChecked(True)
    assert not dialog.ok.isEnabled()  # no reason written yet
    dialog.force.reason.setText("Chỉ đạo của Chủ tịch UBND tỉnh")  # typed (keyClicks types ASCII only)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    forced = next(b for b in stored(engine) if b.id != other)
    assert forced.forced == "Chỉ đạo của Chủ tịch UBND tỉnh" and "room conflict" in forced.forced_over[0]
    qtbot.waitUntil(lambda: forced.id in desk.panel.meeting_ids(), timeout=WAIT_MS)


def test_without_the_supervisors_role_nothing_is_offered_and_the_session_refuses(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    meeting_id = existing(engine, "Giao ban thường kỳ", local(5, 14), local(5, 16), (X1,))
    desk = desk_for(window, engine, OPERATOR, clock, qtbot)
    main = window[0]
    assert not main.new_meeting_action.isVisible() and not main.new_meeting_action.isEnabled()
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.dialog is None and desk.new_meeting() is None
    qtbot.waitUntil(
        lambda: desk.panel.meeting_ids() == [meeting_id], timeout=WAIT_MS
    )  # the calendar is for all
    assert not desk.panel.new_button.isVisible() and not desk.panel.move_button.isVisible()
    assert desk.move_meeting(meeting_id) is None and desk.cancel_meeting(meeting_id) is None
    # asked anyway (a request built by hand), the session refuses: the guard, not the window, decides
    errors: list[BaseException] = []
    from console.runtime.bridge import CancelBooking

    desk.call(CancelBooking(meeting_id, "x"), None, errors.append)
    assert "supervisor" in str(errors[0]) and stored(engine)[0].state is MeetingState.REGISTERED
    assert not allowed(OPERATOR, Permission.MEETING_BOOK)


def test_move_and_cancel_from_the_calendar_with_a_reason(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    meeting_id = existing(engine, "Giao ban thường kỳ", local(6, 8), local(6, 10), (X1,))
    desk = desk_for(window, engine, SUPERVISOR, clock, qtbot)
    qtbot.waitUntil(lambda: desk.panel.select(meeting_id), timeout=WAIT_MS)
    assert desk.panel.move_button.isEnabled()
    qtbot.mouseClick(desk.panel.move_button, Qt.MouseButton.LeftButton)
    move = desk.dialog
    assert isinstance(move, MoveDialog)
    move.start.setDateTime(move.start.dateTime().addSecs(6 * 3600))  # 14:00–16:00
    qtbot.waitUntil(lambda: move.rules.text().startswith("✓"), timeout=WAIT_MS)
    assert not move.ok.isEnabled()  # the reason first
    move.reason.setText("Lãnh đạo đi công tác")  # typed (keyClicks types ASCII only)
    qtbot.mouseClick(move.ok, Qt.MouseButton.LeftButton)
    (moved,) = stored(engine)
    assert (moved.state, moved.start, moved.end) == (MeetingState.MOVED, local(6, 14), local(6, 16))

    qtbot.waitUntil(lambda: desk.panel.select(meeting_id), timeout=WAIT_MS)
    qtbot.mouseClick(desk.panel.cancel_button, Qt.MouseButton.LeftButton)
    cancel = desk.dialog
    assert isinstance(cancel, CancelDialog) and not cancel.ok.isEnabled()
    cancel.reason.setText("Hoãn vì bão")  # typed (keyClicks types ASCII only)
    qtbot.mouseClick(cancel.ok, Qt.MouseButton.LeftButton)
    assert stored(engine)[0].state is MeetingState.CANCELLED
    qtbot.waitUntil(lambda: "đã hủy" in desk.panel.texts(2), timeout=WAIT_MS)
    assert desk.panel.select(meeting_id)
    assert not desk.panel.move_button.isEnabled() and not desk.panel.cancel_button.isEnabled()


def test_the_meeting_on_now_is_in_the_title_bar_and_on_the_wall(
    window: tuple[MainWindow, WallPanel], engine: Engine, clock: Clock, qtbot: QtBot
) -> None:
    existing(engine, "Giao ban tuần", local(4, 7, 30), local(4, 9, 30), (X1,))
    main, panel = window
    desk = desk_for(window, engine, OPERATOR, clock, qtbot)
    qtbot.waitUntil(lambda: "Giao ban tuần" in main.windowTitle(), timeout=WAIT_MS)
    assert main.windowTitle().endswith("Giao ban tuần (UBND tỉnh — UBND tỉnh Điện Biên) — còn 1 giờ 30 phút")
    assert panel.meeting.isVisible() and panel.meeting.text().startswith("Đang họp: Giao ban tuần")
    clock.at = local(4, 9, 30)  # it ends
    desk.refresh()
    assert main.windowTitle() == main.base_title and not panel.meeting.isVisible()


@pytest.fixture
def live_sim(
    qtbot: QtBot, vi_app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[LiveConsole, SimServer]]:
    """The whole console on the demo profile: the session thread, the bridge, the simulator, a SQLite log."""
    monkeypatch.setenv("MCU_PASSWORD", LIVE_PASSWORD)
    with SimServer(sites=12, scenario="normal", seed=3, password=LIVE_PASSWORD) as sim:
        options = SessionOptions(
            db_url=f"sqlite:///{tmp_path / 'log.sqlite3'}",
            mcu_url=f"pexip+{sim.url}",
            operator="op1",
            demo=True,
        )
        panel = WallPanel()
        window = MainWindow("log", wall=panel, remember_layout=False)
        qtbot.addWidget(window)
        console = LiveConsole(
            window, panel, options, sign_in="demo"
        )  # the demo's operator is a supervisor too
        console.start()
        window.show()
        try:
            qtbot.waitUntil(
                lambda: console.meetings is not None and console.actor is not None, timeout=LIVE_MS
            )
            qtbot.waitUntil(window.new_meeting_action.isEnabled, timeout=LIVE_MS)
            yield console, sim
        finally:
            console.session.close()


def test_in_the_running_console_ctrl_n_registers_through_the_session(
    live_sim: tuple[LiveConsole, SimServer], qtbot: QtBot
) -> None:
    live, sim = live_sim
    window = live.window
    assert window.calendar_dock.isVisible()
    qtbot.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not window.calendar_dock.isVisible()  # Ctrl+Shift+C hides the calendar, and shows it again
    qtbot.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.calendar_dock.isVisible()
    desk = live.meetings
    assert desk is not None
    # Ctrl+N is "new meeting" wherever the focus is, the floor dock's queue included (its next speaker is Ctrl+G)
    floor = live.floor_panel
    assert floor is not None and window.floor_dock.isVisible()
    sim.world.raise_hand(5)  # a hand waiting: the floor's "next speaker" is enabled
    qtbot.waitUntil(floor.next_action.isEnabled, timeout=LIVE_MS)
    floor.view.setFocus()
    qtbot.waitUntil(floor.view.hasFocus, timeout=LIVE_MS)
    fired: list[str] = []
    floor.next_action.triggered.connect(lambda *_: fired.append("next speaker"))
    qtbot.keyClick(floor.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: isinstance(desk.dialog, RegisterDialog) and desk.dialog.isVisible(), timeout=LIVE_MS
    )
    dialog = desk.dialog
    assert isinstance(dialog, RegisterDialog)
    assert fired == []  # the floor did not take the key: no speaker was given the floor
    site = next(iter(live.sites.values()))
    dialog.title.setText("Giao ban trực tuyến")
    dialog.host_site.setCurrentIndex(dialog.host_site.findData(site.code))
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=LIVE_MS)
    start = dialog.draft().start
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: desk.dialog is None or not _alive(desk.dialog), timeout=LIVE_MS
    )  # accepted, closed

    def shown() -> list[Booking]:
        return [b for b in desk.panel.bookings if b.title == "Giao ban trực tuyến"]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=LIVE_MS)  # the calendar shows the meeting's week
    (meeting,) = shown()
    assert (meeting.start, meeting.registered_by, meeting.host_site) == (start, "demo", site.code)
    assert meeting.id in desk.panel.meeting_ids()


def _alive(widget: QWidget) -> bool:
    try:
        return widget.isVisible()
    except RuntimeError:  # deleted on close
        return False
