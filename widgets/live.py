"""The running console in the window: the session runs on its own thread; what it publishes reaches the
widgets through an inbox drained on the GUI thread at the wall's own rate, so a burst of MCU data never
stalls the window.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections import deque
from typing import Any, cast

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout
from shiboken6 import isValid as shiboken_alive

from console.commands import Command
from console.floor_desk import FloorDesk
from console.hub import Graded, Hub, HubNews
from console.incident_desk import IncidentDesk
from console.mcu.base import LinkChanged, MediaStats
from console.session import ConsoleSession, SessionOptions
from console.tiles import WallData
from console.wall_feed import WallFeed
from widgets.floor_panel import FloorPanel
from widgets.incident_panel import IncidentPanel
from widgets.main_window import MainWindow
from widgets.site_detail import SiteDetail
from widgets.wall_panel import WallPanel

log = logging.getLogger("bridgewall.ui")
DRAIN_MS = 100


class HubView:
    """The hub as the GUI thread sees it: its state as published, and its news delivered on the GUI thread."""

    def __init__(self, hub: Hub) -> None:
        self._hub = hub
        self.listeners: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._hub, name)


class LiveConsole(QObject):
    def __init__(self, window: MainWindow, panel: WallPanel, options: SessionOptions) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.session = ConsoleSession(options)
        self.feed: WallFeed | None = None  # lives on the session's thread
        self.hub: Hub | None = None
        self.view: Hub | None = None
        self.desk: IncidentDesk | None = None
        self.incidents: IncidentPanel | None = None
        self.floor: FloorDesk | None = None  # lives on the session's thread
        self.floor_panel: FloorPanel | None = None
        self._floor_tasks: set[asyncio.Task[object]] = set()
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

    def start(self) -> None:
        self._drain.start()
        self.session.start(self._ready, lambda part, message: self._inbox.append((part, message)))

    # --- on the session's thread ----------------------------------------------------------------------
    def _ready(self, hub: Hub) -> None:
        self.feed = WallFeed(hub)
        hub.listeners.append(self._news)
        self.floor = FloorDesk(hub, store=hub.store)  # the dispatcher is given once the MCU is attached
        hub.floor = self.floor
        self.floor.subscribe(lambda news: self._inbox.append(("news", news)))
        if hub.store is not None:
            hub.store.error_listeners.append(lambda message: self._inbox.append(("log", message)))
        self._inbox.append(("ready", hub, self.feed.data))

    def _news(self, news: HubNews) -> None:
        if self.floor is not None and self.floor.commands is None:
            self.floor.commands = self.session.commands  # once the MCU is attached
        if isinstance(news, Graded) and self.feed is not None:
            if self.feed.update(news.report):
                self._inbox.append(("wall", self.feed.data))
        elif isinstance(news, LinkChanged):
            self._inbox.append(("link", news))
        if not isinstance(news, MediaStats):
            self._inbox.append(("news", news))

    # --- on the GUI thread ----------------------------------------------------------------------------
    def drain(self) -> None:
        while self._inbox:
            message = self._inbox.popleft()
            assert isinstance(message, tuple)
            kind = message[0]
            if kind == "ready":
                self._attach_widgets(message[1])
                self._show_wall(message[2])
            elif kind == "news":
                for listener in list(self.view.listeners if self.view else ()):
                    listener(message[1])
            elif kind == "command":
                _, detail, action, state, text = message
                if shiboken_alive(detail):
                    detail.show_command_state(action, state, text)
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
        self.view = cast(Hub, HubView(hub))
        self.desk = IncidentDesk(self.view, hub.store)
        self.incidents = IncidentPanel(self.desk, operator=self.session.options.operator)
        self.window.incident_dock.setWidget(self.incidents)
        title = self.window.incident_dock.windowTitle()
        self.incidents.alarmChanged.connect(
            lambda n: self.window.incident_dock.setWindowTitle(f"{title} (⚠ {n})" if n else title)
        )
        self.incidents.siteRequested.connect(self.open_site)
        self._attach_floor(hub)
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
        detail = SiteDetail(self.desk, key, incidents=self.incidents.model)
        dialog = QDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(detail.windowTitle())
        layout = QVBoxLayout(dialog)
        layout.addWidget(detail)
        dialog.resize(1100, 760)
        detail.commandRequested.connect(lambda action: self.send(detail, key, action))
        dialog.show()

    def send(self, detail: SiteDetail, key: str, action: str) -> None:
        """Send a site command on the session's loop; its progress comes back to the detail's buttons."""
        commands, loop, hub = self.session.commands, self.session.loop, self.hub
        if commands is None or loop is None or hub is None:
            detail.show_command_state(action, "unreachable", self.tr("not connected to an MCU"))
            return
        participants = [p for p in list(hub.participants.values()) if hub.site_key(p) == key]
        if not participants and action != "dial":
            detail.show_command_state(action, "error", self.tr("the site is not in the meeting"))
            return

        def report(command: Command) -> None:  # on the session's thread
            self._inbox.append(("command", detail, action, command.state.value, command.detail))

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

    def _show_wall(self, data: WallData) -> None:
        if data is not self.panel.wall.data:
            self.panel.set_data(data)
            settle_garbage()


def settle_garbage() -> None:
    """Move what the console holds for good out of the collector's sight.

    A full collection over hundreds of thousands of long-lived objects stops every thread for 100 ms or
    more — a visible stall of the wall. Frozen objects are never scanned again; what the MCU sends each
    second dies young and is freed by reference counting.
    """
    gc.collect()
    gc.freeze()
