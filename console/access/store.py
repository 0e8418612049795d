"""What the access core needs from storage (`db.accounts.AccountBook`, `db.audit.AuditBook` implement these).

Blocking calls, each its own transaction: run them off the event loop. The core decides (`console.access`), storage
keeps: an account's change is a pure function applied under the row's lock, an audit entry is sealed by a function
of the chain's head applied under the chain's lock, so two consoles on one PostgreSQL log keep one chain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from console.domain.access import Account, AuditEntry, AuditRecord, ChainHead

Seal = Callable[[ChainHead], tuple[int, str, ChainHead]]
"""The chain's head → (the new entry's seq, its mac, the new head); raises to refuse the append."""


class AccountStore(Protocol):
    def account(self, name: str) -> Account | None:
        """The account named `name` exactly, or None."""
        ...

    def accounts(self) -> list[Account]:
        """Every account, disabled ones too, by name."""
        ...

    def create(self, account: Account) -> bool:
        """Store a new account; False (nothing stored) when the name is taken."""
        ...

    def update(self, name: str, change: Callable[[Account], Account]) -> Account | None:
        """Apply `change` to the account under its lock and store the result; None when there is no such account.

        `change` may raise to leave the account as it was (the exception propagates)."""
        ...


class AuditStore(Protocol):
    def head(self) -> ChainHead:
        """The chain's head as stored (no lock)."""
        ...

    def append(self, entry: AuditEntry, seal: Seal) -> AuditRecord:
        """Under the chain's lock: read the head, `seal` it, store the entry and the new head, commit."""
        ...

    def records(self) -> list[AuditRecord]:
        """Every entry, in id order."""
        ...

    def snapshot(self) -> tuple[ChainHead, list[AuditRecord]]:
        """The head and every entry (in id order) as of one moment: no append lands between the two reads."""
        ...
