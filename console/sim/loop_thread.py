"""An asyncio service (a simulated camera, a fleet of them) run on an event loop of its own, in a daemon
thread, for callers that have no loop: tests, and the console's demo network."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable


class LoopThread:
    """`start()` runs `begin()` on a new loop in a thread and returns once it is serving (or raises its error);
    `call(func)` runs `func` on that loop and waits; `stop()` runs `end()` there and joins the thread."""

    def __init__(
        self, name: str, begin: Callable[[], Awaitable[object]], end: Callable[[], Awaitable[object]]
    ) -> None:
        self.name = name
        self._begin, self._end = begin, end
        self.loop: asyncio.AbstractEventLoop | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is not None:
            raise RuntimeError(f"{self.name} is already running")
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._begin())
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(self._end())
                loop.close()

        self.loop = loop
        self.thread = threading.Thread(target=run, name=self.name, daemon=True)
        self.thread.start()
        ready.wait()
        if failure:
            self.thread.join()
            self.thread = self.loop = None
            raise failure[0]

    def call(self, func: Callable[[], object]) -> None:
        """Run `func` on the service's loop and wait for it (to flip fault switches or read state safely)."""
        loop, thread = self.loop, self.thread
        if loop is None or thread is None:
            func()
            return
        done = threading.Event()
        errors: list[BaseException] = []

        def call() -> None:
            try:
                func()
            except BaseException as exc:
                errors.append(exc)
            finally:
                done.set()

        loop.call_soon_threadsafe(call)
        done.wait()
        if errors:
            raise errors[0]

    def stop(self) -> None:
        loop, thread = self.loop, self.thread
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        self.thread = self.loop = None
