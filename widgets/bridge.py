"""The window's end of the bridge: the session's messages as Qt signals on the GUI thread, requests as futures.

    bridge = Bridge(session, parent=window)
    bridge.wallFrame.connect(panel.show_frame)
    bridge.call(SiteCommand(key, SiteAction.MUTE_AUDIO), on_done=show)

What the session publishes is queued as it comes and delivered at the wall's own rate (`DRAIN_MS`), within a time
budget, so a burst of MCU data never stalls the window. Wall frames and floor views replace one another: only the
newest waiting one is delivered. Nothing here reads the session's objects: the session is started and stopped
here, and everything else crosses as a message.

The session is either a `SessionProcess` (the console's window: the session in a child process, requests and
news through a pipe, the wall through shared memory) or a `ConsoleSession` on a thread of this process (tools
and tests that read the session's own objects); the widgets see no difference.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from console.floor.desk import FloorChanged
from console.runtime.bridge import (
    AttendanceNews,
    FloorNews,
    IncidentNews,
    LayoutNews,
    LinkNews,
    LogProblem,
    McuProblem,
    Outbound,
    Ready,
    RecordsLost,
    Request,
    SessionLost,
    WallFrame,
)
from console.runtime.child import SessionProcess
from widgets.async_calls import AsyncCalls, Done, Failed

if TYPE_CHECKING:  # a session on a thread of this process (tools, tests): loaded only then
    from console.runtime.port import SessionParts, SessionPort
    from console.runtime.session import ConsoleSession

log = logging.getLogger("bridgewall.ui")
DRAIN_MS = 100
DRAIN_BUDGET_S = 0.008  # half a frame at 60 Hz; the rest waits for the next round


class Bridge(QObject):
    ready = Signal(object)  # Ready
    wallFrame = Signal(object)  # WallFrame
    linkChanged = Signal(object)  # LinkChanged
    logProblem = Signal(object)  # str | None
    recordsLost = Signal(int, str)  # how many in all, the first one's reason
    mcuProblem = Signal(str)
    incidentNews = Signal(object)  # DeskNews
    floorNews = Signal(object)  # FloorChanged | ActionReport | SpeakingTimeWarning
    attendanceNews = Signal(object)  # AttendanceJoined | AttendanceLeft
    layoutNews = Signal(object)  # LayoutChanged
    sessionLost = Signal(object)  # SessionLost: the session's process died (and is restarted)

    def __init__(
        self,
        session: ConsoleSession | SessionProcess,
        parts: Callable[[ConsoleSession], SessionParts] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._parts = parts
        self.port: SessionPort | None = None  # a session on a thread: the port on its thread (`submit` only)
        self._inbox: deque[Outbound] = deque()
        self._wall: WallFrame | None = None  # the newest frame not yet delivered
        self._floor: FloorChanged | None = None  # the newest floor view not yet delivered
        self._calls = AsyncCalls(None, self)
        self._drain = QTimer(self)
        self._drain.setObjectName("inboxTimer")
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self.drain)

    # --- life ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        self._drain.start()
        if isinstance(self.session, SessionProcess):
            self.session.start(self._post)
        else:
            self.session.start(self._on_ready, self._on_failed)

    def stop(self) -> None:
        self._drain.stop()

    # --- on the session's thread (a session in this process) -----------------------------------------------
    def _on_ready(self, _hub: object) -> None:
        from console.runtime.session import ConsoleSession, open_port, session_parts

        assert isinstance(self.session, ConsoleSession)
        self.port = open_port(self.session, self._post, self._parts or session_parts)

    def _on_failed(self, part: str, message: str) -> None:
        from console.runtime.session import failure_message

        self._post(failure_message(part, message))

    def _post(self, message: Outbound) -> None:
        """Queue a message for the window (any thread): wall frames and floor views replace their predecessor."""
        if isinstance(message, WallFrame):
            pending = self._wall
            if pending is not None and pending.relayout and not message.relayout:
                message = replace(message, relayout=True)
            self._wall = message
            if pending is None:
                self._inbox.append(message)
        elif isinstance(message, FloorNews) and isinstance(message.news, FloorChanged):
            pending_floor = self._floor is not None
            self._floor = message.news
            if not pending_floor:
                self._inbox.append(message)
        else:
            self._inbox.append(message)

    # --- on the GUI thread --------------------------------------------------------------------------------
    def drain(self) -> None:
        """Deliver what the session published, within a time budget so a burst never stalls the window."""
        deadline = time.perf_counter() + DRAIN_BUDGET_S
        while self._inbox and time.perf_counter() < deadline:
            self._deliver(self._inbox.popleft())

    def _deliver(self, message: Outbound) -> None:
        if isinstance(message, WallFrame):
            frame, self._wall = self._wall, None
            if frame is not None:
                self.wallFrame.emit(frame)
        elif isinstance(message, FloorNews) and isinstance(message.news, FloorChanged):
            view, self._floor = self._floor, None
            if view is not None:
                self.floorNews.emit(view)
        elif isinstance(message, FloorNews):
            self.floorNews.emit(message.news)
        elif isinstance(message, Ready):
            self.ready.emit(message)
        elif isinstance(message, IncidentNews):
            self.incidentNews.emit(message.news)
        elif isinstance(message, AttendanceNews):
            self.attendanceNews.emit(message.change)
        elif isinstance(message, LayoutNews):
            self.layoutNews.emit(message.change)
        elif isinstance(message, LinkNews):
            self.linkChanged.emit(message.change)
        elif isinstance(message, LogProblem):
            self.logProblem.emit(message.message)
        elif isinstance(message, RecordsLost):
            self.recordsLost.emit(message.count, message.reason)
        elif isinstance(message, McuProblem):
            self.mcuProblem.emit(message.message)
        elif isinstance(message, SessionLost):
            self.sessionLost.emit(message)

    def send(self, request: Request) -> concurrent.futures.Future[Any]:
        """Run a request in the session; a future that fails with RuntimeError when the session is not up."""
        if isinstance(self.session, SessionProcess):
            return self.session.submit(request)
        port = self.port
        if port is None or port.loop.is_closed():
            failed: concurrent.futures.Future[Any] = concurrent.futures.Future()
            failed.set_exception(RuntimeError("the session is not running"))
            return failed
        return port.submit(request)

    def call(self, request: Request, on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """`send`, with the outcome handed to `on_done` / `on_error` on the GUI thread."""
        self._calls.watch(self.send(request), on_done, on_error or _log_failure)


def _log_failure(error: BaseException) -> None:
    log.error("a request to the session failed: %s", error)
