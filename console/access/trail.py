"""The audit trail: one table of who did what, chained by keyed hashes (`console.access.chain`).

    trail = AuditTrail(store, key)
    trail.require(actor, Permission.INCIDENT_REOPEN, target="incident 12")   # refusal audited, then raised
    trail.record(actor, "incident.reopen", "incident 12", detail="…")        # what was done
    trail.verify().message                                                   # "chain intact: 42 entries"

Every write is one append under the chain's lock (blocking: call it off the event loop).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from console.access.chain import Verdict, check_head, normalize, seal, verify
from console.access.errors import Refused
from console.access.permissions import Permission, PermissionDenied, check
from console.access.store import AuditStore
from console.domain.access import Actor, AuditEntry, AuditRecord, AuditResult, ChainHead
from console.domain.clock import utcnow


class AuditTrail:
    def __init__(self, store: AuditStore, key: bytes, clock: Callable[[], datetime] = utcnow) -> None:
        self.store = store
        self._key = key
        self.clock = clock

    def record(
        self,
        actor: Actor,
        action: str,
        target: str = "",
        result: AuditResult = AuditResult.OK,
        detail: str = "",
    ) -> AuditRecord:
        """Append one entry (now, by `actor`); raises `ChainBroken` when the chain's head does not verify."""
        entry = normalize(AuditEntry(actor.name, actor.kind, action, target, self.clock(), result, detail))

        def sealed(head: ChainHead) -> tuple[int, str, ChainHead]:
            return seal(self._key, head, entry)

        return self.store.append(entry, sealed)

    def ready(self) -> None:
        """Raise `ChainBroken` now if the chain cannot be extended: checked before a change, so that nothing is
        changed that could not be audited."""
        check_head(self._key, self.store.head())

    def refused(self, actor: Actor, action: str, target: str, reason: Refused | str) -> AuditRecord:
        return self.record(actor, action, target, AuditResult.REFUSED, str(reason))

    def require(self, actor: Actor, action: Permission, target: str = "") -> None:
        """`check()`, with a refusal written to the trail before `PermissionDenied` is raised."""
        try:
            check(actor, action)
        except PermissionDenied as exc:
            self.refused(actor, action.value, target, exc)
            raise

    def verify(self) -> Verdict:
        head, records = self.store.snapshot()
        return verify(self._key, records, head)

    def records(self) -> list[AuditRecord]:
        return self.store.records()


__all__ = ["AuditTrail"]
