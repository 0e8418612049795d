"""Access: roles, the one permission check, accounts and sign-in, and the chained audit trail.

Plain Python (no Qt, no database): storage comes in through the Protocols of `console.access.store`, which
`db.accounts` and `db.audit` implement; `console.runtime` wires them. Every layer above may call `check()`.
"""

from console.access.accounts import Accounts, check_name, parse_roles
from console.access.chain import ChainBroken, Damage, Verdict
from console.access.errors import (
    SIGN_IN_REFUSALS,
    AccountDisabled,
    AccountExists,
    AccountLocked,
    BadName,
    LastAdministrator,
    NoRole,
    PasswordsDiffer,
    Refused,
    UnknownRole,
    UnknownUser,
    WeakPassword,
    WrongPassword,
)
from console.access.guard import Guard
from console.access.keyfile import KeyFileError, load_key
from console.access.passwords import AccessPolicy, Hasher, check_password
from console.access.permissions import (
    MONITOR,
    PERMISSIONS,
    SERVICE_RIGHTS,
    Permission,
    PermissionDenied,
    allowed,
    check,
)
from console.access.store import AccountStore, AuditStore, Seal
from console.access.trail import AuditTrail
from console.domain.access import Account, Actor, ActorKind, AuditEntry, AuditRecord, AuditResult, Role

__all__ = [
    "MONITOR",
    "PERMISSIONS",
    "SERVICE_RIGHTS",
    "SIGN_IN_REFUSALS",
    "AccessPolicy",
    "Account",
    "AccountDisabled",
    "AccountExists",
    "AccountLocked",
    "AccountStore",
    "Accounts",
    "Actor",
    "ActorKind",
    "AuditEntry",
    "AuditRecord",
    "AuditResult",
    "AuditStore",
    "AuditTrail",
    "BadName",
    "ChainBroken",
    "Damage",
    "Guard",
    "Hasher",
    "KeyFileError",
    "LastAdministrator",
    "NoRole",
    "PasswordsDiffer",
    "Permission",
    "PermissionDenied",
    "Refused",
    "Role",
    "Seal",
    "UnknownRole",
    "UnknownUser",
    "Verdict",
    "WeakPassword",
    "WrongPassword",
    "allowed",
    "check",
    "check_name",
    "check_password",
    "load_key",
    "parse_roles",
]
