"""Coroutines started from the window on an asyncio loop (the session's, on its own thread, or the window's own
under qasync), with their outcome handed back on the GUI thread.

    calls = AsyncCalls(loop, parent=widget)
    calls.run(camera.position(), on_done=show, on_error=explain)
    calls.watch(session.submit(...), on_done=show)    # or a future started elsewhere (loop may be None)

The loop may run on any thread: results cross back through a queued Qt signal, so the window never blocks and
never waits. Every handle is kept until it ends; `cancel_all()` (and the owner's destruction) cancels the rest.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("bridgewall.ui")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class AsyncCalls(QObject):
    _finished = Signal(int, object, object)  # call id, result, exception

    def __init__(self, loop: asyncio.AbstractEventLoop | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loop = loop
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[concurrent.futures.Future[Any], Done | None, Failed | None]] = {}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        coroutine: Coroutine[Any, Any, Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> concurrent.futures.Future[Any]:
        """Start `coroutine` on the loop; `on_done(result)` or `on_error(exception)` run later on this thread."""
        if self.loop is None:
            coroutine.close()
            raise RuntimeError("no event loop to run this on")
        future = asyncio.run_coroutine_threadsafe(coroutine, self.loop)
        self.watch(future, on_done, on_error)
        return future

    def watch(
        self,
        future: concurrent.futures.Future[Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Hand a future's outcome (from any thread) to `on_done` / `on_error` on this object's thread."""
        call_id = next(self._ids)
        self._pending[call_id] = (future, on_done, on_error)
        signal = self._finished

        def finished(f: concurrent.futures.Future[Any]) -> None:  # on the loop's thread
            result: Any = None
            error: BaseException | None
            if f.cancelled():
                error = asyncio.CancelledError()
            else:
                error = f.exception()
                if error is None:
                    result = f.result()
            with contextlib.suppress(RuntimeError):  # the owner is gone: nobody to tell
                signal.emit(call_id, result, error)

        future.add_done_callback(finished)

    def _deliver(self, call_id: int, result: object, error: object) -> None:
        entry = self._pending.pop(call_id, None)
        if entry is None:
            return
        _future, on_done, on_error = entry
        if isinstance(error, BaseException):
            if isinstance(error, asyncio.CancelledError):
                return
            if on_error is not None:
                on_error(error)
            else:
                log.error("a background call failed: %s", error)
        elif on_done is not None:
            on_done(result)

    def cancel_all(self) -> None:
        for future, _done, _error in list(self._pending.values()):
            future.cancel()
        self._pending.clear()
