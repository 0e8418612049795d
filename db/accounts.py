"""Accounts in the log: `AccountBook` implements `console.access.store.AccountStore` over the `users` table.

Each call is its own session and transaction. `update()` applies the core's change under the row's lock
(`SELECT … FOR UPDATE` on PostgreSQL; a write transaction from the start on SQLite, whose single writer does the
rest), so two consoles counting failed sign-ins of one account never lose a count.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy.exc
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console.domain.access import Account, Role, ordered
from db.engine import session_factory
from db.models import UserRow


def begin_write(session: Session) -> None:
    """Start `session`'s transaction as a writer: on SQLite `BEGIN IMMEDIATE` (the database's write lock, taken
    before the first read so the read cannot go stale); elsewhere the caller locks what it reads."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def roles_of(text: str) -> frozenset[Role]:
    """The stored roles; a value that is not a role (an edited row) grants nothing."""
    held = set()
    for name in text.split(","):
        try:
            held.add(Role(name.strip()))
        except ValueError:
            continue
    return frozenset(held)


def to_account(row: UserRow) -> Account:
    return Account(
        name=row.name,
        roles=roles_of(row.roles),
        password_hash=row.password_hash,
        created_at=row.created_at,
        disabled=row.disabled,
        failed_count=row.failed_count,
        failed_since=row.failed_since,
        locked_until=row.locked_until,
    )


def _fill(row: UserRow, account: Account) -> None:
    row.password_hash = account.password_hash
    row.roles = ",".join(ordered(account.roles))
    row.disabled = account.disabled
    row.failed_count = account.failed_count
    row.failed_since = account.failed_since
    row.locked_until = account.locked_until


class AccountBook:
    """The `users` table as the core's `AccountStore`."""

    def __init__(self, engine: Engine) -> None:
        self._sessions = session_factory(engine)

    def account(self, name: str) -> Account | None:
        with self._sessions() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name))
            return None if row is None else to_account(row)

    def accounts(self) -> list[Account]:
        with self._sessions() as session:
            return [to_account(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]

    def create(self, account: Account) -> bool:
        with self._sessions() as session:
            row = UserRow(name=account.name, created_at=account.created_at)
            _fill(row, account)
            session.add(row)
            try:
                session.commit()
            except sqlalchemy.exc.IntegrityError:  # the name is taken (perhaps by another console just now)
                session.rollback()
                return False
            return True

    def update(self, name: str, change: Callable[[Account], Account]) -> Account | None:
        with self._sessions() as session:
            begin_write(session)
            row = session.scalar(select(UserRow).where(UserRow.name == name).with_for_update())
            if row is None:
                session.rollback()
                return None
            try:
                changed = change(to_account(row))
            except BaseException:
                session.rollback()
                raise
            _fill(row, changed)
            session.commit()
            return to_account(row)


__all__ = ["AccountBook", "begin_write", "roles_of", "to_account"]
