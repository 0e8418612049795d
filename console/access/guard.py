"""The permission check for the desks that act on the event loop, with the audit written off the loop.

    guard = Guard(trail)                                                   # or Guard(None): checks, no audit
    guard.require(actor, Permission.INCIDENT_RESOLVE, "incident 12")      # PermissionDenied, its refusal audited
    guard.record(actor, "incident.resolve", "incident 12")                # what was done (who, what, target, result)
    guard.flush()                                                          # wait for the entries queued so far

`require` decides at once (the table is pure) and raises `PermissionDenied` naming the missing role; the entries
themselves are appended by one writer thread, in the order they were queued, so a desk on the asyncio loop never
waits for the audit's lock or its database. An entry that cannot be written (a broken chain, a lost log) is logged.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading

from console.access.permissions import Permission, PermissionDenied, check
from console.access.trail import AuditTrail
from console.domain.access import Actor, AuditResult

log = logging.getLogger("bridgewall.access")


class Guard:
    def __init__(self, trail: AuditTrail | None) -> None:
        self.trail = trail
        self._writer: concurrent.futures.ThreadPoolExecutor | None = None
        self._pending: concurrent.futures.Future[None] | None = None
        self._lock = threading.Lock()

    def require(self, actor: Actor, action: Permission, target: str = "") -> None:
        """Return if `actor` may take `action`; else audit the refusal (queued) and raise `PermissionDenied`."""
        try:
            check(actor, action)
        except PermissionDenied as exc:
            self.record(actor, action.value, target, AuditResult.REFUSED, str(exc))
            raise

    def record(
        self,
        actor: Actor,
        action: str,
        target: str = "",
        result: AuditResult = AuditResult.OK,
        detail: str = "",
    ) -> None:
        """Queue one audit entry (now, by `actor`); returns at once."""
        trail = self.trail
        if trail is None:
            return

        def write() -> None:
            try:
                trail.record(actor, action, target, result, detail)
            except Exception:
                log.exception("could not audit %s %s by %s", action, target, actor.label)

        with self._lock:
            if self._writer is None:
                self._writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="bridgewall-audit")
            self._pending = self._writer.submit(write)

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Wait (blocking) until every entry queued so far is written; False if the time ran out."""
        with self._lock:
            pending = self._pending
        if pending is None:
            return True
        try:
            pending.result(timeout)
        except concurrent.futures.TimeoutError:
            return False
        return True

    def close(self, timeout: float | None = 30.0) -> bool:
        """Write what is queued, then stop the writer thread."""
        done = self.flush(timeout)
        with self._lock:
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.shutdown(wait=done)
        return done


__all__ = ["Guard"]
