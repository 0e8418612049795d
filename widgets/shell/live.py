"""The running console in the window: the session runs on its own thread; what it publishes reaches the
widgets through an inbox drained on the GUI thread at the wall's own rate, so a burst of MCU data never
stalls the window.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QPushButton, QVBoxLayout
from shiboken6 import isValid as shiboken_alive

from console.camera.control import ViscaControl
from console.commands.dispatcher import Command
from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    IncidentGrouped,
    IncidentOpened,
    IncidentResolved,
    LayoutChanged,
    LayoutPreset,
    LinkChanged,
    ParentOpened,
    Participant,
    ParticipantJoined,
)
from console.floor.desk import FloorChanged, FloorDesk
from console.incidents.desk import IncidentDesk
from console.live.hub import Graded, Hub, HubNews
from console.live.wall import WallData, WallFeed
from console.presets.camera import SitePresets, camera_control_for
from console.presets.layouts import apply_layout_preset, watch_commands
from console.runtime.session import ConsoleSession, SessionOptions
from console.sim.cameras import CameraFleet
from console.sim.process import SimulatorProcess
from db.presets import PresetBook
from widgets.async_calls import AsyncCalls
from widgets.cameras.calibration import CalibrationView
from widgets.floor.panel import FloorPanel
from widgets.incidents.panel import IncidentPanel
from widgets.layouts.bar import LayoutBar, Report
from widgets.layouts.editor import LayoutPresetEditor
from widgets.shell.main_window import MainWindow
from widgets.wall.panel import WallPanel

log = logging.getLogger("bridgewall.ui")
# What the window's listeners use; the rest (thousands of updates a second at a national scale) stays on the
# session's thread, where the hub and the wall feed have already digested it.
GUI_NEWS = (
    IncidentOpened,
    ParentOpened,
    IncidentGrouped,
    IncidentResolved,
    AttendanceJoined,
    AttendanceLeft,
    LayoutChanged,
)
DRAIN_MS = 100
CommandView = Callable[[str, str, str], None]  # (action, state, detail) of a command as it goes
DRAIN_BUDGET_S = 0.008  # half a frame at 60 Hz; the rest waits for the next round
GROWTH_TO_SETTLE = 1.25  # freeze the long-lived objects again when the wall has grown by a quarter


class HubView:
    """The hub as the GUI thread sees it: its state as published, and its news delivered on the GUI thread."""

    def __init__(self, hub: Hub) -> None:
        self._hub = hub
        self.listeners: list[Callable[[object], None]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._hub, name)


class LiveConsole(QObject):
    def __init__(
        self,
        window: MainWindow,
        panel: WallPanel,
        options: SessionOptions,
        simulator: SimulatorProcess | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.session = ConsoleSession(options, simulator)
        self.feed: WallFeed | None = None  # lives on the session's thread
        self.hub: Hub | None = None
        self.view: Hub | None = None
        self.gui_listeners: list[Callable[[object], None]] = []  # hub news, delivered on the GUI thread
        self.desk: IncidentDesk | None = None
        self._settled_sites = -1  # sites on the wall when the long-lived objects were last frozen
        self.incidents: IncidentPanel | None = None
        self.floor: FloorDesk | None = None  # lives on the session's thread
        self.floor_panel: FloorPanel | None = None
        self._floor_tasks: set[asyncio.Task[object]] = set()
        self._floor_view: FloorChanged | None = None
        self.layout_bar: LayoutBar | None = None
        self.preset_editor: LayoutPresetEditor | None = None
        self._layouts_loaded = False
        self.cameras: CameraFleet | None = None  # the demo network's simulated cameras
        self.camera_addresses: dict[str, str] = {}
        self._inbox: deque[object] = deque()
        self._drain = QTimer(self)
        self._drain.setObjectName("inboxTimer")
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self.drain)
        panel.wall.firstTilesPainted.connect(lambda n: log.info("wall: first tiles painted (%d in view)", n))

    async def run(self, app: QApplication) -> None:
        """Start the session and keep going until the window closes or the application quits."""
        quitting = asyncio.Event()
        app.setQuitOnLastWindowClosed(False)  # the session closes first, then the loop ends
        app.aboutToQuit.connect(quitting.set)
        self.window.closed.connect(quitting.set)
        self.start()
        try:
            await quitting.wait()
        finally:
            self._drain.stop()
            await asyncio.get_running_loop().run_in_executor(None, self.session.close)
            if self.cameras is not None:
                self.cameras.stop_thread()

    def start(self) -> None:
        self._drain.start()
        self.session.start(self._ready, lambda part, message: self._inbox.append((part, message)))

    # --- on the session's thread ----------------------------------------------------------------------
    def _ready(self, hub: Hub) -> None:
        self.feed = WallFeed(hub)
        hub.listeners.append(self._news)
        if self.session.options.mcu_url is None:  # the demo network: one simulated camera per site
            self.cameras = CameraFleet([site.code for site in hub.sites]).start_in_thread()
            self.camera_addresses = self.cameras.addresses
        self.floor = FloorDesk(hub, store=hub.store, recall=self.recall_speaker_preset)
        # the dispatcher is given to the floor desk once the MCU is attached
        hub.floor = self.floor
        self.floor.subscribe(self._floor_news)
        if hub.store is not None:
            hub.store.error_listeners.append(lambda message: self._inbox.append(("log", message)))
        self._inbox.append(("ready", hub, self.feed.data))

    def _floor_news(self, news: object) -> None:
        """Floor views replace one another: only the newest waiting one reaches the window."""
        if isinstance(news, FloorChanged):
            pending = self._floor_view is not None
            self._floor_view = news
            if not pending:
                self._inbox.append(("floor",))
        else:
            self._inbox.append(("news", news))

    def _news(self, news: HubNews) -> None:
        if self.floor is not None and self.floor.commands is None:
            self.floor.commands = self.session.commands  # once the MCU is attached
        if isinstance(news, Graded) and self.feed is not None:
            if self.feed.update(news.report):
                self._inbox.append(("wall", self.feed.data))
        elif isinstance(news, LinkChanged):
            self._inbox.append(("link", news))
        if isinstance(news, GUI_NEWS) or (isinstance(news, ParticipantJoined) and not self._layouts_loaded):
            self._inbox.append(("news", news))

    # --- on the GUI thread ----------------------------------------------------------------------------
    def drain(self) -> None:
        """Deliver what the session published, within a time budget so a burst never stalls the window."""
        deadline = time.perf_counter() + DRAIN_BUDGET_S
        while self._inbox and time.perf_counter() < deadline:
            message = self._inbox.popleft()
            assert isinstance(message, tuple)
            kind = message[0]
            if kind == "ready":
                self._attach_widgets(message[1])
                self._show_wall(message[2])
            elif kind == "floor":
                latest, self._floor_view = self._floor_view, None
                for listener in list(self.gui_listeners if latest else ()):
                    listener(latest)
            elif kind == "news":
                for listener in list(self.gui_listeners):
                    listener(message[1])
            elif kind == "command":
                _, show, action, state, text = message
                show(action, state, text)
            elif kind == "wall":
                self._show_wall(message[1])
            elif kind == "link":
                news: LinkChanged = message[1]
                self.window.set_link_state(news.state, news.error, news.at)
            elif kind == "log":
                self.window.show_log_error(message[1])
            elif kind == "mcu":
                self.window.set_link_error(message[1])

    def _attach_widgets(self, hub: Hub) -> None:
        self.hub = hub
        view = HubView(hub)
        self.gui_listeners = view.listeners
        self.view = cast(Hub, view)
        self.desk = IncidentDesk(self.view, hub.store)
        self.incidents = IncidentPanel(self.desk, operator=self.session.options.operator)
        self.window.incident_dock.setWidget(self.incidents)
        title = self.window.incident_dock.windowTitle()
        self.incidents.alarmChanged.connect(
            lambda n: self.window.incident_dock.setWindowTitle(f"{title} (⚠ {n})" if n else title)
        )
        self.incidents.siteRequested.connect(self.open_site)
        self._attach_floor(hub)
        self._attach_layouts()
        self._attach_wall_actions()
        self.panel.wall.siteActivated.connect(lambda row: self.open_site(self.site_key(row)))

    # --- the floor queue ------------------------------------------------------------------------------
    def _attach_floor(self, hub: Hub) -> None:
        def sites() -> list[tuple[str, str]]:
            return sorted({(hub.site_key(p), p.display_name) for p in list(hub.participants.values())})

        self.floor_panel = FloorPanel(self.run_floor, sites, self.session.options.operator)
        self.window.floor_dock.setWidget(self.floor_panel)
        assert self.view is not None
        self.view.listeners.append(self.floor_panel.on_news)
        self.run_floor(lambda desk: desk.publish())  # the first view

    def run_floor(self, operation: Any) -> None:
        """Run a floor operation on the session's loop; its reports come back through the desk's news."""

        def start() -> None:  # on the session's loop
            desk = self.floor
            if desk is None:
                return
            if desk.commands is None:
                desk.commands = self.session.commands
            result = operation(desk)
            if asyncio.iscoroutine(result):
                task: asyncio.Task[object] = asyncio.get_running_loop().create_task(result)
                self._floor_tasks.add(task)
                task.add_done_callback(self._floor_tasks.discard)

        self.session_loop_call(start)

    def session_loop_call(self, fn: Any) -> None:
        loop = self.session.loop
        if loop is None or loop.is_closed():
            if self.floor_panel is not None:
                self.floor_panel.status.setText("✗ " + self.tr("not connected to an MCU"))
            return
        loop.call_soon_threadsafe(fn)

    def site_key(self, row: int) -> str:
        assert self.feed is not None
        return self.feed.keys[row]

    def open_site(self, key: str) -> None:
        """The site's detail in a window of its own, next to the wall."""
        if self.desk is None or self.incidents is None:
            return
        from widgets.site.detail import SiteDetail

        detail = SiteDetail(self.desk, key, incidents=self.incidents.model)
        dialog = QDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(detail.windowTitle())
        layout = QVBoxLayout(dialog)
        layout.addWidget(detail)
        calibrate = QPushButton(self.tr("Camera presets…"))
        calibrate.clicked.connect(lambda: self.open_calibration(key))
        layout.addWidget(calibrate)
        dialog.resize(1100, 760)

        def show(action: str, state: str, text: str) -> None:
            if shiboken_alive(detail):
                detail.show_command_state(action, state, text)

        detail.commandRequested.connect(lambda action: self.send(key, action, show))
        dialog.show()

    def send(self, key: str, action: str, show: CommandView) -> None:
        """Send a site command on the session's loop; `show(action, state, detail)` follows it on the GUI thread."""
        commands, loop, hub = self.session.commands, self.session.loop, self.hub
        if commands is None or loop is None or hub is None:
            show(action, "unreachable", self.tr("not connected to an MCU"))
            return
        participants = [p for p in list(hub.participants.values()) if hub.site_key(p) == key]
        if not participants and action != "dial":
            show(action, "error", self.tr("the site is not in the meeting"))
            return

        def report(command: Command) -> None:  # on the session's thread
            self._inbox.append(("command", show, action, command.state.value, command.detail))

        def start() -> None:  # on the session's loop
            p = participants[0] if participants else None
            if action == "dial":
                site = hub.directory.site(key)
                conference = next(iter(hub.layouts), "") or (p.conference if p else "")
                command = commands.dial(
                    conference or "giaoban", site.address if site else key, site.name if site else key
                )
            else:
                assert p is not None
                command = {
                    "mute_audio": lambda: commands.mute_audio(p.conference, p.uuid, key, True),
                    "unmute_audio": lambda: commands.mute_audio(p.conference, p.uuid, key, False),
                    "mute_video": lambda: commands.mute_video(p.conference, p.uuid, key, True),
                    "unmute_video": lambda: commands.mute_video(p.conference, p.uuid, key, False),
                    "disconnect": lambda: commands.disconnect(p.conference, p.uuid, key),
                }[action]()
            command.add_listener(report)

        loop.call_soon_threadsafe(start)

    # --- the wall's menu and keys -------------------------------------------------------------------------
    def _attach_wall_actions(self) -> None:
        wall = self.panel.wall
        wall.siteContextMenu.connect(self.site_menu)
        for keys, action in (
            ("M", "toggle_audio"),
            ("V", "toggle_video"),
            ("Ctrl+D", "disconnect"),
            ("Ctrl+R", "dial"),
        ):
            shortcut = QShortcut(QKeySequence(keys), wall, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda a=action: self.wall_action(wall.selected, a))

    def site_menu(self, row: int, where: QPoint) -> None:
        """Right-click on a tile: the frequent actions, each with its key."""
        key = self.site_key(row)
        participant = self._participant(key)
        menu = QMenu(self.window)
        menu.addAction(self.tr("Details…") + "\tEnter", lambda: self.open_site(key))
        if participant is not None:
            audio = self.tr("Unmute audio") if participant.is_muted else self.tr("Mute audio")
            video = self.tr("Unmute video") if participant.is_video_muted else self.tr("Mute video")
            menu.addAction(audio + "\tM", lambda: self.wall_action(row, "toggle_audio"))
            menu.addAction(video + "\tV", lambda: self.wall_action(row, "toggle_video"))
            menu.addAction(self.tr("Disconnect…") + "\tCtrl+D", lambda: self.wall_action(row, "disconnect"))
        else:
            menu.addAction(self.tr("Dial") + "\tCtrl+R", lambda: self.wall_action(row, "dial"))
        menu.addAction(self.tr("Camera presets…"), lambda: self.open_calibration(key))
        menu.popup(where)

    def _participant(self, key: str) -> Participant | None:
        hub = self.hub
        if hub is None:
            return None
        return next((p for p in list(hub.participants.values()) if hub.site_key(p) == key), None)

    def wall_action(self, row: int, action: str) -> None:
        if row < 0 or self.feed is None:
            return
        key = self.site_key(row)
        name = self.feed.data.index.names[row]
        participant = self._participant(key)
        if action == "toggle_audio" and participant is not None:
            action = "unmute_audio" if participant.is_muted else "mute_audio"
        elif action == "toggle_video" and participant is not None:
            action = "unmute_video" if participant.is_video_muted else "mute_video"
        elif action == "disconnect":
            asked = QMessageBox.question(
                self.window,
                self.tr("Disconnect site"),
                self.tr("Disconnect %1 from the meeting?").replace("%1", name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        self.send(key, action, lambda a, state, detail: self.window.show_command(name, a, state, detail))

    # --- layouts and camera presets -------------------------------------------------------------------
    def _attach_layouts(self) -> None:
        self.layout_bar = LayoutBar(self.apply_layout, shortcut_context=Qt.ShortcutContext.WindowShortcut)
        self.window.layout_dock.setWidget(self.layout_bar)
        self.layout_bar.editRequested.connect(self.edit_layout_presets)
        self.layout_bar.deleteRequested.connect(lambda preset: self.edit_layout_presets(preset, delete=True))
        assert self.view is not None
        self.view.listeners.append(self._layout_news)
        engine, loop = self.session.engine, self.session.loop
        if engine is not None and loop is not None:
            book = PresetBook(engine)
            AsyncCalls(loop, self).run(asyncio.to_thread(book.layout_presets), self.layout_bar.set_presets)

    def _layout_news(self, news: object) -> None:
        """Read the MCU's layouts once a conference is known; mark the active one as the MCU reports it."""
        if self.layout_bar is None:
            return
        if isinstance(news, LayoutChanged):
            self.layout_bar.set_active(news.layout)
            conference = news.conference
        elif isinstance(news, ParticipantJoined):
            conference = news.participant.conference
        else:
            return
        driver = self.session.driver
        if not self._layouts_loaded and driver is not None and conference:
            self._layouts_loaded = True
            self.layout_bar.load(self.session.submit(driver.available_layouts(conference)))

    def edit_layout_presets(self, preset: LayoutPreset | None = None, delete: bool = False) -> None:
        """The control center's named presets, stored through the preset book on the session's loop."""
        bar, engine, hub = self.layout_bar, self.session.engine, self.hub
        if bar is None or engine is None or hub is None or self.session.loop is None:
            QMessageBox.information(
                self.window, self.tr("Layout presets"), self.tr("The console is not connected yet.")
            )
            return
        if self.preset_editor is None or not shiboken_alive(self.preset_editor):
            book = PresetBook(engine)
            submit = self.session.submit
            self.preset_editor = LayoutPresetEditor.for_bar(
                bar,
                hub.directory.sites,
                save=lambda p: submit(asyncio.to_thread(book.save_layout_preset, p)),
                delete=lambda preset_id: submit(asyncio.to_thread(book.delete_layout_preset, preset_id)),
                parent=self.window,
            )
        self.preset_editor.open_for(preset, delete=delete)

    def apply_layout(self, preset: LayoutPreset, report: Report) -> None:
        commands, loop, hub = self.session.commands, self.session.loop, self.hub
        if commands is None or loop is None or hub is None:
            report("unreachable", self.tr("not connected to an MCU"))
            return

        def start() -> None:  # on the session's loop
            participants = list(hub.participants.values())
            conference = next(iter(hub.layouts), "") or next((p.conference for p in participants), "giaoban")
            applied = apply_layout_preset(commands, conference, preset, participants, hub.site_key)
            watch_commands(applied.commands, lambda state, detail: report(state.value, detail))

        loop.call_soon_threadsafe(start)

    async def recall_speaker_preset(self, key: str) -> None:
        """For the floor desk, on the session's loop: recall the site's speaker preset over VISCA, if it has one."""
        address, engine = self.camera_addresses.get(key), self.session.engine
        if address is None or engine is None:
            return
        preset = await asyncio.to_thread(PresetBook(engine).speaker_preset, key)
        if preset is None:
            return
        control = ViscaControl.from_url(address)
        try:
            await control.recall_preset(preset.slot)
        finally:
            await control.close()

    def open_calibration(self, key: str) -> None:
        loop, engine, hub = self.session.loop, self.session.engine, self.hub
        if loop is None or engine is None or hub is None:
            return
        participant = next((p for p in list(hub.participants.values()) if hub.site_key(p) == key), None)
        control = camera_control_for(key, self.camera_addresses, self.session.commands, participant)
        if control is None:
            QMessageBox.information(
                self.window,
                self.tr("Camera presets"),
                self.tr("This site's camera has no address and the site is not in the meeting."),
            )
            return
        presets = SitePresets(key, control, PresetBook(engine), self.session.options.operator)
        site = hub.directory.site(key)
        view = CalibrationView(presets, AsyncCalls(loop), site_name=site.name if site else key)
        dialog = QDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(view.windowTitle())
        QVBoxLayout(dialog).addWidget(view)
        dialog.resize(1000, 640)
        dialog.finished.connect(lambda _r: asyncio.run_coroutine_threadsafe(presets.close(), loop))
        dialog.show()
        view.load()

    def _show_wall(self, data: WallData) -> None:
        if data is not self.panel.wall.data:
            self.panel.set_data(data)
            sites = len(data.index.names)
            if sites > self._settled_sites * GROWTH_TO_SETTLE:  # the first wall, then a roll-call grown
                self._settled_sites = sites
                settle_garbage()


def settle_garbage() -> None:
    """Move what the console holds for good out of the collector's sight.

    Done with the first wall and again as the roll-call grows (GROWTH_TO_SETTLE): a full collection over the
    long-lived objects (hundreds of thousands at start; a national meeting's participants alone take 20 ms)
    stops every thread, a visible stall of the wall. Frozen objects are never scanned again; what the MCU
    sends each second dies young and is freed by reference counting. No collection first: that alone would be
    the stall this avoids (what little cyclic garbage exists now is frozen with the rest).
    """
    gc.freeze()
