"""The session's process: what `console.runtime.child.SessionProcess` starts, on the other end of its pipe.

The session runs here until the window says stop, or goes away; what it publishes crosses the pipe (news,
results) and shared memory (wall frames) on a thread of its own.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import functools
import logging
import multiprocessing.connection
import pickle
import queue
import signal
import threading
from types import FrameType
from typing import Any

from console.runtime.bridge import Outbound, WallFrame
from console.runtime.child import SERIES_SPAN, dumps
from console.runtime.frames import FrameWriter
from console.runtime.options import SessionOptions
from console.runtime.port import SessionPort
from console.runtime.session import ConsoleSession, failure_message, open_port
from console.sim.process import SimulatorProcess


class RemoteSimulator(SimulatorProcess):
    """The demo's simulator as the child sees it: started by the window's process, its address sent over."""

    def __init__(self) -> None:  # no process of its own
        self.user = ""
        self.password = ""
        self.url = ""
        self._known = threading.Event()

    def known(self, url: str, user: str, password: str) -> None:
        self.url, self.user, self.password = url, user, password
        self._known.set()

    def wait_ready(self) -> str:
        self._known.wait()
        if not self.url:
            raise RuntimeError("the demo's simulator did not start")
        return self.url

    def stop(self) -> None:
        """The window's process stops it."""


class _Stop(Exception):
    """SIGTERM: stop in order."""


def _on_term(_signum: int, _frame: FrameType | None) -> None:
    raise _Stop


class _Outbox:
    """What the child sends, on a thread of its own so the session's loop never waits for the pipe: news as it
    comes, results, and wall frames through shared memory — only the newest waiting one, when a slot is free."""

    def __init__(self, conn: multiprocessing.connection.Connection) -> None:
        self.conn = conn
        self.writer = FrameWriter()
        self.items: queue.SimpleQueue[tuple[str, Any] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="bridgewall-outbox", daemon=True)
        self._thread.start()

    def publish(self, message: Outbound) -> None:
        self.items.put(("out", message))

    def release(self, slot: int) -> None:
        self.items.put(("release", slot))

    def result(self, key: int, future: concurrent.futures.Future[Any]) -> None:
        try:
            self.items.put(("result", (key, True, future.result())))
        except BaseException as exc:
            self.items.put(("result", (key, False, exc)))

    def refuse(self, key: int, error: BaseException) -> None:
        self.items.put(("result", (key, False, error)))

    def close(self) -> None:
        self.items.put(None)
        self._thread.join(10.0)
        self.writer.close()

    def _send(self, message: object) -> None:
        with contextlib.suppress(OSError):
            self.conn.send_bytes(dumps(message))

    def _result(self, key: int, ok: bool, value: Any) -> None:
        try:
            data = dumps(("result", key, ok, value))
            if not ok:
                pickle.loads(data)  # an error that cannot be rebuilt on the other side goes as its text
        except Exception as exc:
            why = f"{type(value).__name__}: {value}" if not ok else f"the result cannot cross: {exc}"
            data = dumps(("result", key, False, RuntimeError(why)))
        with contextlib.suppress(OSError):
            self.conn.send_bytes(data)

    def _run(self) -> None:
        waiting: WallFrame | None = None
        roster: object = None
        while True:
            item = self.items.get()
            if item is None:
                return
            kind, payload = item
            if kind == "out":
                if isinstance(payload, WallFrame):
                    if waiting is not None and waiting.relayout and not payload.relayout:
                        payload = dataclasses.replace(payload, relayout=True)
                    waiting = payload
                else:
                    self._send(("news", payload))
            elif kind == "release":
                self.writer.release(payload)
            elif kind == "result":
                self._result(*payload)
            if waiting is not None:
                changed = waiting.roster != roster
                blocks = self.writer.names()
                ready = self.writer.write(waiting, SERIES_SPAN, changed)
                if ready is not None:
                    if self.writer.names() != blocks:
                        self._send(("blocks", self.writer.names()))
                    if changed:
                        roster = waiting.roster
                    self._send(("frame", ready))
                    waiting = None


def child_main(
    conn: multiprocessing.connection.Connection, options: SessionOptions, simulated: bool, level: int
) -> None:
    """The session's process: run the session until the window says stop, or goes away."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the window's to handle
    signal.signal(signal.SIGTERM, _on_term)
    simulator = RemoteSimulator() if simulated else None
    session = ConsoleSession(options, simulator)
    outbox = _Outbox(conn)
    ports: list[SessionPort] = []

    def ready(_hub: object) -> None:
        ports.append(open_port(session, outbox.publish))

    def failed(part: str, message: str) -> None:
        outbox.publish(failure_message(part, message))

    session.start(ready, failed)
    try:
        while True:
            message = pickle.loads(conn.recv_bytes())
            kind = message[0]
            if kind == "req":
                _, key, request = message
                if not ports:
                    outbox.refuse(key, RuntimeError("the session is not running"))
                    continue
                future = ports[0].submit(request)
                future.add_done_callback(functools.partial(outbox.result, key))
            elif kind == "release":
                outbox.release(message[1])
            elif kind == "simulator" and simulator is not None:
                simulator.known(*message[1:])
            elif kind == "stop":
                break
    except (EOFError, OSError, _Stop):
        pass  # the window's process is gone (or asks by a signal): stop in order all the same
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if simulator is not None and not simulator._known.is_set():
            simulator.known("", "", "")  # never wait for an address that will not come
        session.close()
        outbox.close()
        conn.close()
