"""The audit trail in the log: `AuditBook` implements `console.access.store.AuditStore` over `audit` and
`audit_head`.

An append is one transaction under the chain's lock — PostgreSQL's transaction-scoped advisory lock
(`pg_advisory_xact_lock`), SQLite's write lock (`BEGIN IMMEDIATE`) — in which the head is read, sealed by the
core's function (which alone holds the key), and the entry and the new head are written. Two consoles on one
PostgreSQL log therefore keep one chain: each append sees the head the previous one left.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from console.domain.access import AuditEntry, AuditRecord, ChainHead
from db.accounts import begin_write
from db.engine import session_factory
from db.models import AuditHeadRow, AuditRow

AUDIT_LOCK_KEY = 0x62772D6175646974  # "bw-audit": any constant shared by every Bridgewall process
HEAD_ID = 1


def _lock(session: Session) -> None:
    begin_write(session)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})


def _head(session: Session) -> ChainHead:
    row = session.get(AuditHeadRow, HEAD_ID, populate_existing=True)
    last = session.scalar(select(func.max(AuditRow.seq)))
    if row is None:
        return ChainHead(last_seq=last)
    return ChainHead(row.seq, row.mac, row.tag, last)


def _record(row: AuditRow) -> AuditRecord:
    entry = AuditEntry(row.actor, row.actor_kind, row.action, row.target, row.at, row.result, row.detail)
    return AuditRecord(row.id, row.seq, entry, row.mac)


def _records(session: Session) -> list[AuditRecord]:
    return [_record(r) for r in session.scalars(select(AuditRow).order_by(AuditRow.id))]


class AuditBook:
    """The audit tables as the core's `AuditStore`."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = session_factory(engine)

    def head(self) -> ChainHead:
        with self._sessions() as session:
            return _head(session)

    def append(
        self, entry: AuditEntry, seal: Callable[[ChainHead], tuple[int, str, ChainHead]]
    ) -> AuditRecord:
        """Under the chain's lock: seal the head, write the entry and the new head, commit. `seal` may raise (a
        head that does not verify): nothing is written then."""
        with self._sessions() as session:
            _lock(session)
            try:
                seq, mac, head = seal(_head(session))
                row = AuditRow(
                    seq=seq,
                    at=entry.at,
                    actor=entry.actor,
                    actor_kind=str(entry.actor_kind),
                    action=entry.action,
                    target=entry.target,
                    result=str(entry.result),
                    detail=entry.detail,
                    mac=mac,
                )
                session.add(row)
                stored = session.get(AuditHeadRow, HEAD_ID)
                if stored is None:
                    stored = AuditHeadRow(id=HEAD_ID)
                    session.add(stored)
                stored.seq, stored.mac, stored.tag = head.seq, head.mac, head.tag
                session.commit()
            except BaseException:
                session.rollback()
                raise
            return AuditRecord(row.id, seq, entry, mac)

    def records(self) -> list[AuditRecord]:
        with self._sessions() as session:
            return _records(session)

    def snapshot(self) -> tuple[ChainHead, list[AuditRecord]]:
        with self._sessions() as session:
            _lock(session)
            try:
                return _head(session), _records(session)
            finally:
                session.rollback()


__all__ = ["AUDIT_LOCK_KEY", "AuditBook"]
