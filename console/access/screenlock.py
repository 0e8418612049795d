"""The idle lock: after `[access] idle_lock_min` without input the window locks for a supervisor or an
administrator, never for a person holding the operator role (the operator's session stays until handed over).

    locks_when_idle(actor)               # whether the window locks for this person at all
    lock = ScreenLock(guard)
    lock.lock(actor, idle_min=10)        # audited ("lock"); from now on nobody acts until an unlock
    actor = lock.unlock(accounts, pw)    # the same person's password (a failure counts as a failed sign-in)
    lock.hand_over()                     # "switch user" from the lock: the locked person is signed out

Blocking (the accounts and the audit): call `unlock` off the event loop.
"""

from __future__ import annotations

from console.access.accounts import Accounts
from console.access.errors import Refused
from console.access.guard import Guard
from console.domain.access import Actor, ActorKind, Role

LOCK = "lock"
UNLOCK = "unlock"
SIGN_OUT = "sign-out"


def locks_when_idle(actor: Actor | None) -> bool:
    """A signed-in supervisor or administrator, who does not also hold the operator role."""
    if actor is None or not actor.name or actor.kind is ActorKind.SERVICE:
        return False
    if Role.OPERATOR in actor.roles:
        return False
    return bool(actor.roles & {Role.SUPERVISOR, Role.ADMINISTRATOR})


class NotLocked(Refused):
    def __init__(self) -> None:
        super().__init__("the window is not locked")


class ScreenLock:
    def __init__(self, guard: Guard) -> None:
        self.guard = guard
        self.held: Actor | None = None  # the person the window is locked for (None: not locked)

    @property
    def locked(self) -> bool:
        return self.held is not None

    def lock(self, actor: Actor, idle_min: float) -> None:
        """Lock for `actor` (audited); refused for a person the window never locks for (the operator)."""
        if not locks_when_idle(actor):
            raise Refused(f"{actor.label or 'nobody'}: the window does not lock for this person")
        self.held = actor
        self.guard.record(actor, LOCK, actor.name, detail=f"idle for {idle_min:g} min")

    def unlock(self, accounts: Accounts, password: str) -> Actor:
        """The locked person again, by their password; a wrong one is audited as a failed sign-in (and counts
        toward the lock-out) and raises its `Refused`, the window staying locked."""
        held = self.held
        if held is None:
            raise NotLocked()
        actor = accounts.sign_in(held.name, password)
        self.held = None
        self.guard.record(actor, UNLOCK, actor.name)
        return actor

    def hand_over(self) -> Actor | None:
        """Switch user from the lock: the locked person is signed out (audited); returns who that was."""
        held, self.held = self.held, None
        if held is not None:
            self.guard.record(held, SIGN_OUT, held.name, detail="from the idle lock")
        return held


__all__ = ["LOCK", "SIGN_OUT", "UNLOCK", "NotLocked", "ScreenLock", "locks_when_idle"]
