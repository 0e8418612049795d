"""The running console: the session's hub drives the wall and the status bar; quitting closes it cleanly."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from console.hub import Graded, HubNews
from console.mcu.base import LinkChanged
from console.session import ConsoleSession, SessionOptions
from console.wall_feed import WallFeed
from db.engine import DatabaseOpenError
from widgets.main_window import MainWindow
from widgets.wall_panel import WallPanel

log = logging.getLogger("bridgewall.ui")


class LiveConsole(QObject):
    def __init__(self, window: MainWindow, panel: WallPanel, options: SessionOptions) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.session = ConsoleSession(options)
        self.feed: WallFeed | None = None

    async def run(self, app: QApplication) -> None:
        """Open the log, attach the MCU, and keep going until the application quits."""
        quitting = asyncio.Event()
        app.setQuitOnLastWindowClosed(False)  # the session closes first, then the loop ends
        app.aboutToQuit.connect(quitting.set)
        self.window.closed.connect(quitting.set)
        try:
            await self.start()
            await quitting.wait()
        finally:
            await self.session.close()

    async def start(self) -> None:
        try:
            hub = await self.session.open()
        except DatabaseOpenError as exc:
            log.error("%s", exc)
            self.window.show_log_error(str(exc))
            return
        self.feed = WallFeed(hub)
        self.panel.set_data(self.feed.data)
        hub.listeners.append(self.on_news)
        loop = asyncio.get_running_loop()

        def log_error(message: str | None) -> None:  # called on the store's thread
            loop.call_soon_threadsafe(self.window.show_log_error, message)

        if self.session.store is not None:
            self.session.store.error_listeners.append(log_error)
        try:
            await self.session.attach()
        except (RuntimeError, ValueError, OSError) as exc:
            log.error("cannot attach the MCU: %s", exc)
            self.window.set_link_error(str(exc))

    def on_news(self, news: HubNews) -> None:
        if isinstance(news, Graded) and self.feed is not None:
            if self.feed.update(news.report):
                self.panel.set_data(self.feed.data)
        elif isinstance(news, LinkChanged):
            self.window.set_link_state(news.state, news.error, news.at)
