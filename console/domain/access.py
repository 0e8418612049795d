"""Who acts, and what the audit trail keeps: roles, the acting person, accounts, audit entries and the chain head.

Plain frozen types shared by the core (`console.access`, which decides and seals) and storage (`db.accounts`,
`db.audit`, which keep them). The rules live in `console.access`; nothing here knows a password or a key.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime


class Role(enum.StrEnum):
    """What a person is trusted with; a person may hold several."""

    OPERATOR = "operator"  # the live meeting: commands, floor, incidents
    SUPERVISOR = "supervisor"  # the meeting register, reports, forcing a booking, reopening an incident
    TECHNICIAN = "technician"  # the site registry, camera presets, readiness checks
    ADMINISTRATOR = "administrator"  # accounts and configuration


ROLE_ORDER: tuple[Role, ...] = tuple(Role)


def ordered(roles: Iterable[Role]) -> tuple[Role, ...]:
    """`roles` in the table's order (operator, supervisor, technician, administrator), each once."""
    held = set(roles)
    return tuple(r for r in ROLE_ORDER if r in held)


class ActorKind(enum.StrEnum):
    """How the acting person is known; the audit keeps it beside the name."""

    SIGNED_IN = "signed-in"  # signed in with a password
    NAMED = "named"  # named on the command line (`--as NAME`), no password asked
    OS_USER = "os-user"  # the operating-system user running the command line, no account
    SERVICE = "service"  # a service account (`monitor`): the rights of its service, no role


@dataclass(frozen=True, slots=True)
class Actor:
    """The person (or service) on whose behalf the core acts."""

    name: str
    roles: frozenset[Role] = frozenset()
    kind: ActorKind = ActorKind.SIGNED_IN

    @classmethod
    def service(cls, name: str) -> Actor:
        """The service account `name` (e.g. `monitor`): its rights are its service's, not a role's."""
        return cls(name, frozenset(), ActorKind.SERVICE)

    def holds(self, role: Role) -> bool:
        return role in self.roles

    @property
    def label(self) -> str:
        """The name as messages show it: `an (operator, supervisor)`, `root (OS user)`, `monitor (service)`."""
        if self.kind is ActorKind.SERVICE:
            return f"{self.name} (service)"
        if self.kind is ActorKind.OS_USER:
            return f"{self.name} (OS user)"
        held = ", ".join(ordered(self.roles)) or "no role"
        return f"{self.name} ({held})"


@dataclass(frozen=True, slots=True)
class Account:
    """A person's account. Never deleted: a disabled account keeps its name and its history."""

    name: str
    roles: frozenset[Role]
    password_hash: str = field(repr=False)
    created_at: datetime
    disabled: bool = False
    failed_count: int = 0  # failed sign-ins since `failed_since`
    failed_since: datetime | None = None  # the first of them
    locked_until: datetime | None = None  # refused until then, even with the right password

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


class AuditResult(enum.StrEnum):
    OK = "ok"  # done
    REFUSED = "refused"  # not allowed or not valid: nothing changed
    FAILED = "failed"  # allowed, tried, and it did not work


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One line of the audit trail: who did what to what, when (UTC), how it ended, and a one-line detail.

    `actor_kind` is an `ActorKind` and `result` an `AuditResult` when written; read back they are what the log
    holds (an edited row may hold anything, and `audit verify` must still be able to say so)."""

    actor: str
    actor_kind: str
    action: str
    target: str
    at: datetime
    result: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """An entry as stored: its row id, its place in the chain (`seq`, from 1) and its keyed hash (hex)."""

    id: int
    seq: int
    entry: AuditEntry
    mac: str


@dataclass(frozen=True, slots=True)
class ChainHead:
    """The chain's end as storage keeps it: the last entry's number and hash, and a keyed tag over both.

    `last_seq` is the highest `seq` actually stored (None: no entry), read beside the head so an append can tell
    a new trail from an emptied one.
    """

    seq: int = 0
    mac: str = ""
    tag: str = ""
    last_seq: int | None = None

    @property
    def empty(self) -> bool:
        return self.seq == 0 and not self.mac and not self.tag and self.last_seq is None


__all__ = [
    "ROLE_ORDER",
    "Account",
    "Actor",
    "ActorKind",
    "AuditEntry",
    "AuditRecord",
    "AuditResult",
    "ChainHead",
    "Role",
    "ordered",
]
