"""The window's session in a process of its own: the driver, the hub, the desks and the log's writer.

The window's process keeps only the widgets, the frames it is sent and the requests it sends. Between the two,
one pipe carries pickled messages — the bridge's typed requests and their results, its news — whatever their
type (a new request needs nothing here); the wall's numbers cross through shared memory (`console.runtime.frames`),
announced by a small "frame N is ready" message.

    session = SessionProcess(options)      # in the window's process
    session.launch()                       # optional: the process starts at once, before the window is ready
    session.start(post)                    # post(Outbound) is called on a reader thread, as the news comes
    future = session.submit(request)       # a concurrent.futures.Future, resolved when the result comes back
    session.close()                        # an orderly stop: the log's open records closed as at any stop

Nothing of the session is imported here: the window starts the session's process before it loads the session's
modules (or its own), and the two load side by side; the child's side is `console.runtime.child_side`.

The child ends with the window: when the pipe closes (the window's process is gone, however it ended) it stops
in order. If the child ends unasked, the futures waiting on it fail, `SessionLost` is posted and another child
is started on the same log (whose start closes, as recovered, what the dead one left open).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import pickle
import threading
import time
from collections.abc import Callable
from multiprocessing import shared_memory
from multiprocessing.reduction import ForkingPickler
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from console.runtime.config import Config
from console.runtime.options import SessionOptions, start_simulator
from console.sim.process import SimulatorProcess

if TYPE_CHECKING:
    from console.runtime.bridge import Outbound, Request
    from console.runtime.frames import FrameReader, FrameReady

log = logging.getLogger("bridgewall.session")
SERIES_SPAN = 3600  # asked of each frame's series: the frame gives what it holds (the port's wall seconds)
RESTARTS = 3  # deaths within RESTART_WINDOW_S after which the window stops restarting the session
RESTART_WINDOW_S = 60.0
CLOSE_TIMEOUT_S = 30.0


def _mapping_proxy(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _mapping_proxy, (dict(proxy),)


ForkingPickler.register(MappingProxyType, _reduce_proxy)  # the bridge's frozen mappings cross as mappings


def dumps(message: object) -> bytes:
    return bytes(ForkingPickler.dumps(message, pickle.HIGHEST_PROTOCOL))


class SessionProcess:
    """The window's handle on the session's process (the same calls as the thread's `ConsoleSession` offers the
    bridge: `start`, `submit`, `close`)."""

    def __init__(
        self,
        options: Config | SessionOptions,
        simulator: SimulatorProcess | None = None,
        *,
        operator: str | None = None,
    ) -> None:
        if isinstance(options, Config):
            self.options = SessionOptions.of(options, operator or "operator")
        else:
            self.options = options if operator is None else dataclasses.replace(options, operator=operator)
        self.config = self.options.to_config()
        self.operator = self.options.operator
        # The demo's simulator lives in the window's process, so a restarted session finds the same meeting.
        self.simulator = simulator if simulator is not None else start_simulator(self.config)
        self._simulator_address: tuple[str, str, str] | None = None
        self.process: multiprocessing.process.BaseProcess | None = None
        self._conn: multiprocessing.connection.Connection | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending: dict[int, concurrent.futures.Future[Any]] = {}
        self._ids = itertools.count(1)
        self._post: Callable[[Outbound], None] | None = None  # None: kept in `_early` until `start`
        self._early: list[Outbound] = []
        self._news_lock = threading.Lock()
        self._closing = False
        self._deaths: list[float] = []
        self.frames: FrameReader | None = None  # made at the first frame (it loads the wall's modules)
        self._blocks: set[str] = set()  # shared memory the current child made (freed here if it dies)
        self.started = 0  # children started so far

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def launch(self) -> None:
        """Start the session's process now (it loads its modules and opens the log while the window loads its
        own); what it says before `start` is kept and handed over then, in order."""
        if self.process is None:
            self._spawn()

    def start(self, post: Callable[[Outbound], None]) -> None:
        """Hand over what the child said so far, then its news as it comes; the demo's simulator is started
        here if it was not yet (call this on the main thread: the simulator ends with the thread that starts
        it)."""
        if self.simulator is not None:
            self.simulator.start()
        with self._news_lock:
            for message in self._early:
                post(message)
            self._early.clear()
            self._post = post
        if self.process is None:
            self._spawn()

    def _tell(self, message: Outbound) -> None:
        """Hand a message to the window (the reader thread), or keep it until the window listens."""
        with self._news_lock:
            post = self._post
            if post is None:
                self._early.append(message)
                return
        post(message)

    def _spawn(self) -> None:
        if self._closing:  # closed while the last one was dying: no other
            return
        context = multiprocessing.get_context("spawn")
        mine, theirs = context.Pipe(duplex=True)
        process = context.Process(
            target=_enter,
            args=(theirs, self.options, self.simulator is not None, logging.getLogger().getEffectiveLevel()),
            name="bridgewall-session",
            daemon=True,
        )
        process.start()
        theirs.close()  # only the child holds its end: its death is the end of the pipe here
        with self._lock:
            self._conn, self.process = mine, process
        self.started += 1
        self._reader = threading.Thread(
            target=self._read, args=(mine, process), name="bridgewall-session-reader", daemon=True
        )
        self._reader.start()
        if self.simulator is not None:
            threading.Thread(target=self._tell_simulator, args=(mine,), daemon=True).start()

    def _tell_simulator(self, conn: multiprocessing.connection.Connection) -> None:
        """The simulator's address, once it listens (it starts with the live console, after the window's first
        paint; the child loads its modules and opens its log meanwhile)."""
        simulator = self.simulator
        assert simulator is not None
        try:
            if self._simulator_address is None:
                url = simulator.url or simulator.wait_ready()
                self._simulator_address = (url, simulator.user, simulator.password)
            self._send(conn, ("simulator", *self._simulator_address))
        except Exception as exc:  # the simulator did not start: the child says so when it attaches
            log.error("the demo's simulator did not start: %s", exc)
            self._send(conn, ("simulator", "", "", ""))

    def _send(self, conn: multiprocessing.connection.Connection, message: object) -> None:
        data = dumps(message)
        with self._lock:
            conn.send_bytes(data)

    def submit(self, request: Request) -> concurrent.futures.Future[Any]:
        """Send a request to the session; the future fails with RuntimeError when the session is not up."""
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        with self._lock:
            conn = self._conn
            if conn is None or self._closing:
                future.set_exception(RuntimeError("the session is not running"))
                return future
            key = next(self._ids)
            try:
                data = dumps(("req", key, request))
            except Exception as exc:  # what cannot cross fails in the caller's hands
                future.set_exception(TypeError(f"the request cannot be sent to the session: {exc}"))
                return future
            self._pending[key] = future
            try:
                conn.send_bytes(data)
            except OSError:
                self._pending.pop(key, None)
                future.set_exception(RuntimeError("the session is not running"))
        return future

    # --- the reader thread -----------------------------------------------------------------------------------
    def _read(
        self, conn: multiprocessing.connection.Connection, process: multiprocessing.process.BaseProcess
    ) -> None:
        try:
            while True:
                raw = conn.recv_bytes()
                try:
                    message = pickle.loads(raw)
                except Exception:
                    log.exception("a message from the session could not be read")
                    continue
                try:
                    self._dispatch(conn, message)
                except Exception:  # one bad message is logged; the reader goes on
                    log.exception("a message from the session could not be delivered")
        except (EOFError, OSError):
            pass
        process.join(CLOSE_TIMEOUT_S)
        with self._lock:
            pending, self._pending = self._pending, {}
            current = conn is self._conn
            if current:
                self._conn = None
        for future in pending.values():
            if not future.done():
                future.set_exception(RuntimeError("the session stopped"))
        conn.close()
        if not current:
            return
        _unlink_left(sorted(self._blocks))
        self._blocks.clear()
        if self._closing:
            return
        now = time.monotonic()
        self._deaths = [t for t in self._deaths if now - t < RESTART_WINDOW_S] + [now]
        restarting = len(self._deaths) <= RESTARTS
        log.error(
            "the session's process ended unexpectedly (exit %s)%s",
            process.exitcode,
            "; starting another" if restarting else "; not restarted again",
        )
        from console.runtime.bridge import SessionLost

        self._tell(SessionLost(process.exitcode, restarting))
        if restarting:
            self._spawn()

    def _dispatch(self, conn: multiprocessing.connection.Connection, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "frame":
            ready: FrameReady = message[1]
            self._blocks.add(ready.block)
            if self.frames is None:
                from console.runtime.frames import FrameReader

                self.frames = FrameReader()
            frame = self.frames.read(ready)
            with contextlib.suppress(OSError):
                self._send(conn, ("release", ready.slot))
            self._tell(frame)
        elif kind == "news":
            self._tell(message[1])
        elif kind == "result":
            _, key, ok, value = message
            with self._lock:
                future = self._pending.pop(key, None)
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        elif kind == "blocks":
            self._blocks = set(message[1])

    # --- the end -------------------------------------------------------------------------------------------
    def close(self, timeout: float = CLOSE_TIMEOUT_S) -> None:
        """Stop the session in order (the log committed, its open records closed) and wait for it."""
        with self._lock:
            self._closing = True
            conn, process = self._conn, self.process
        if conn is not None:
            with contextlib.suppress(OSError):
                self._send(conn, ("stop",))
        # the process's sentinel is waited on, never the process itself: the reader thread alone reaps it
        if process is not None and not multiprocessing.connection.wait([process.sentinel], timeout):
            log.error("the session's process did not stop in %.0f s: killed", timeout)
            process.kill()
            multiprocessing.connection.wait([process.sentinel], 5.0)
        if self._reader is not None and self._reader is not threading.current_thread():
            self._reader.join(timeout)
        if self.frames is not None:
            self.frames.close()
        if self.simulator is not None:
            self.simulator.stop()


def _unlink_left(names: list[str]) -> None:
    """The session's process died: free the shared memory it could not."""
    for name in names:
        with contextlib.suppress(FileNotFoundError, OSError):
            block = shared_memory.SharedMemory(name)
            block.close()
            block.unlink()


def _enter(
    conn: multiprocessing.connection.Connection, options: SessionOptions, simulated: bool, level: int
) -> None:
    """The session's process begins here: only then are the session's modules loaded."""
    from console.runtime.child_side import child_main

    child_main(conn, options, simulated, level)
