"""What the access core refuses: one exception type per reason, each with a one-line message a person can act on.

A `Refused` means nothing changed. Callers catch `Refused` to show the message (and the command line exits 1);
the account service has already written the refusal to the audit trail by then.
"""

from __future__ import annotations

from datetime import datetime

from console.domain.access import Role


class Refused(Exception):
    """The core refused the request; `str(exc)` is the reason, one line."""


class UnknownUser(Refused):
    def __init__(self, name: str) -> None:
        super().__init__(f"no account named {name!r}")
        self.name = name


class UnknownRole(Refused):
    def __init__(self, role: str) -> None:
        known = ", ".join(Role)
        shown = f"unknown role {role!r}" if role.strip() else "an empty role"
        super().__init__(f"{shown}: the roles are {known}")
        self.role = role


class NoRole(Refused):
    def __init__(self) -> None:
        super().__init__(f"an account needs at least one role ({', '.join(Role)})")


class BadName(Refused):
    """An account name that cannot be one (empty, too long, spaces or control characters)."""


class AccountExists(Refused):
    def __init__(self, name: str) -> None:
        super().__init__(f"an account named {name!r} already exists (a disabled account keeps its name)")
        self.name = name


class WeakPassword(Refused):
    """A password the policy refuses (too short, the account's own name …)."""


class PasswordsDiffer(Refused):
    def __init__(self) -> None:
        super().__init__("the two passwords typed differ")


class AccountDisabled(Refused):
    def __init__(self, name: str) -> None:
        super().__init__(f"the account {name!r} is disabled")
        self.name = name


class AccountLocked(Refused):
    def __init__(self, name: str, until: datetime, shown_until: str) -> None:
        super().__init__(f"the account {name!r} is locked after repeated failed sign-ins until {shown_until}")
        self.name = name
        self.until = until


class WrongPassword(Refused):
    def __init__(self, name: str) -> None:
        super().__init__(f"wrong password for {name!r}")
        self.name = name


class LastAdministrator(Refused):
    def __init__(self, name: str) -> None:
        super().__init__(f"{name!r} is the last active administrator: give another account that role first")
        self.name = name


SIGN_IN_REFUSALS: tuple[type[Refused], ...] = (UnknownUser, AccountDisabled, AccountLocked, WrongPassword)
"""What a sign-in may be refused with (catch `Refused` for all of them)."""
