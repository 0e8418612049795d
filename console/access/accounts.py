"""Accounts and sign-in: who may use the console, with which roles; every change and refusal on the audit trail.

    accounts = Accounts(store, trail, policy)
    accounts.add(admin, "an", "operator,supervisor", password)    # Refused subclasses say why; nothing changed
    actor = accounts.sign_in("an", password)                       # an Actor, or UnknownUser / AccountDisabled /
                                                                   # AccountLocked / WrongPassword
Accounts are never deleted: `disable()` keeps the name and its history. After `AccessPolicy.max_failures` failed
sign-ins within `failure_window` the account is locked for `lockout` (the right password is refused meanwhile;
setting a new password lifts the lock). Blocking calls (argon2 and the log): run them off the event loop.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TypeVar

from console.access.errors import (
    AccountDisabled,
    AccountExists,
    AccountLocked,
    BadName,
    LastAdministrator,
    NoRole,
    Refused,
    UnknownRole,
    UnknownUser,
    WrongPassword,
)
from console.access.passwords import AccessPolicy, Hasher, check_password
from console.access.permissions import Permission, check
from console.access.store import AccountStore
from console.access.trail import AuditTrail
from console.domain.access import Account, Actor, ActorKind, AuditResult, Role, ordered
from console.domain.clock import LOCAL_TZ

T = TypeVar("T")
Password = str | Callable[[], str]
"""A password, or a function that asks for it (and may raise a Refused, e.g. PasswordsDiffer)."""


def _given(password: Password) -> str:
    return password() if callable(password) else password


NAME_LIMIT = 64
_NAME = re.compile(rf"\w[\w.@-]{{0,{NAME_LIMIT - 1}}}")

# the audit trail's actions for accounts
ADD = "account.add"
DISABLE = "account.disable"
PASSWORD = "account.password"
ROLES = "account.roles"
LIST = "account.list"
SIGN_IN = "sign-in"
LOCK = "account.lock"


class AlreadyDisabled(Refused):
    def __init__(self, name: str) -> None:
        super().__init__(f"the account {name!r} is already disabled")


def shown_time(at: datetime) -> str:
    return f"{at.astimezone(LOCAL_TZ):%Y-%m-%d %H:%M} (Asia/Ho_Chi_Minh)"


def check_name(name: str) -> None:
    """Raise `BadName` unless `name` can name an account: letters, digits, `_ . @ -`, at most 64, no spaces."""
    if not name:
        raise BadName("an account name may not be empty")
    if len(name) > NAME_LIMIT:
        raise BadName(f"an account name is at most {NAME_LIMIT} characters, not {len(name)}")
    if not _NAME.fullmatch(name):
        raise BadName(
            f"{name!r} cannot name an account: use letters, digits and _ . @ - (starting with a letter or digit)"
        )


def parse_roles(roles: str | Iterable[str]) -> frozenset[Role]:
    """`operator,supervisor` (or a list of names) as roles; UnknownRole names the first unknown one."""
    names = roles.split(",") if isinstance(roles, str) else list(roles)
    held: set[Role] = set()
    for raw in names:
        name = raw.strip().lower()
        try:
            held.add(Role(name))
        except ValueError:
            raise UnknownRole(raw.strip()) from None
    if not held:
        raise NoRole()
    return frozenset(held)


def _roles_text(roles: Iterable[Role]) -> str:
    return ",".join(ordered(roles))


class Accounts:
    def __init__(
        self,
        store: AccountStore,
        trail: AuditTrail,
        policy: AccessPolicy | None = None,
        hasher: Hasher | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.trail = trail
        self.policy = policy if policy is not None else AccessPolicy()
        self.hasher = hasher if hasher is not None else Hasher()
        self.clock = clock if clock is not None else trail.clock

    # --- the audit around each action -----------------------------------------------------------------------

    def _audited(self, actor: Actor, action: str, target: str, work: Callable[[], tuple[T, str]]) -> T:
        """Run `work` (→ its result and the entry's detail); audit the result, or the refusal and re-raise.

        Nothing is tried while the audit chain cannot be extended (ChainBroken)."""
        self.trail.ready()
        try:
            result, detail = work()
        except Refused as exc:
            self.trail.refused(actor, action, target, exc)
            raise
        self.trail.record(actor, action, target, AuditResult.OK, detail)
        return result

    def _existing(self, name: str) -> Account:
        account = self.store.account(name)
        if account is None:
            raise UnknownUser(name)
        return account

    def _keep_an_administrator(self, name: str) -> None:
        others = [
            a
            for a in self.store.accounts()
            if a.name != name and not a.disabled and Role.ADMINISTRATOR in a.roles
        ]
        if not others:
            raise LastAdministrator(name)

    # --- reading -----------------------------------------------------------------------------------------------

    def accounts(self, actor: Actor) -> list[Account]:
        """Every account (hashes inside: callers show names, roles and state only). A refusal is audited."""
        try:
            check(actor, Permission.ACCOUNT_MANAGE)
        except Refused as exc:
            self.trail.refused(actor, LIST, "", exc)
            raise
        return self.store.accounts()

    def needs_first_administrator(self) -> bool:
        """True while no active account holds the administrator role (the console asks for one at first run)."""
        return not any(Role.ADMINISTRATOR in a.roles and not a.disabled for a in self.store.accounts())

    def acting_as(self, name: str, action: str, target: str = "") -> Actor:
        """The account `name` as the actor of a command-line `action` (`--as NAME`: named, no password asked).

        UnknownUser or AccountDisabled, audited under `action`, when it cannot act."""
        claimed = Actor(name, frozenset(), ActorKind.NAMED)
        try:
            account = self._existing(name)
            if account.disabled:
                raise AccountDisabled(name)
        except Refused as exc:
            self.trail.refused(claimed, action, target, exc)
            raise
        return Actor(account.name, account.roles, ActorKind.NAMED)

    # --- changes -----------------------------------------------------------------------------------------------

    def add(self, actor: Actor, name: str, roles: str | Iterable[str], password: Password) -> Account:
        """A new account. `password` may be a function asking for it, called only once the rest is accepted."""

        def work() -> tuple[Account, str]:
            check(actor, Permission.ACCOUNT_MANAGE)
            return self._create(name, roles, password)

        return self._audited(actor, ADD, name, work)

    def add_first_administrator(self, name: str, password: str) -> Account:
        """The first run's administrator: allowed only while there is no active administrator."""
        actor = Actor(name, frozenset({Role.ADMINISTRATOR}), ActorKind.NAMED)

        def work() -> tuple[Account, str]:
            if not self.needs_first_administrator():
                raise Refused("an administrator exists already: ask them to add the account")
            account, detail = self._create(name, [Role.ADMINISTRATOR], password)
            return account, f"the first administrator; {detail}"

        return self._audited(actor, ADD, name, work)

    def _create(self, name: str, roles: str | Iterable[str], password: Password) -> tuple[Account, str]:
        check_name(name)
        held = parse_roles(roles)
        if self.store.account(name) is not None:
            raise AccountExists(name)
        secret = _given(password)
        check_password(secret, name, self.policy)
        account = Account(name, held, self.hasher.hash(secret), self.clock())
        if not self.store.create(account):
            raise AccountExists(name)
        return account, f"roles {_roles_text(held)}"

    def disable(self, actor: Actor, name: str) -> Account:
        def work() -> tuple[Account, str]:
            check(actor, Permission.ACCOUNT_MANAGE)
            current = self._existing(name)
            if current.disabled:
                raise AlreadyDisabled(name)
            if Role.ADMINISTRATOR in current.roles:
                self._keep_an_administrator(name)

            def change(account: Account) -> Account:
                if account.disabled:
                    raise AlreadyDisabled(name)
                return dataclasses.replace(account, disabled=True)

            return self._update(name, change), "disabled (kept, with its history)"

        return self._audited(actor, DISABLE, name, work)

    def set_password(self, actor: Actor, name: str, password: Password) -> Account:
        """A new password for `name`: by an administrator, or by the account's own person. Lifts a lock-out.

        `password` may be a function asking for it, called only once the rest is accepted."""

        def work() -> tuple[Account, str]:
            if not (actor.name == name and actor.kind in (ActorKind.SIGNED_IN, ActorKind.NAMED)):
                check(actor, Permission.ACCOUNT_MANAGE)
            current = self._existing(name)
            if current.disabled:
                raise AccountDisabled(name)
            secret = _given(password)
            check_password(secret, name, self.policy)
            digest = self.hasher.hash(secret)

            def change(account: Account) -> Account:
                if account.disabled:
                    raise AccountDisabled(name)
                return dataclasses.replace(
                    account, password_hash=digest, failed_count=0, failed_since=None, locked_until=None
                )

            was_locked = current.locked(self.clock())
            detail = "password set; lock-out lifted" if was_locked else "password set"
            return self._update(name, change), detail

        return self._audited(actor, PASSWORD, name, work)

    def set_roles(self, actor: Actor, name: str, roles: str | Iterable[str]) -> Account:
        def work() -> tuple[Account, str]:
            check(actor, Permission.ACCOUNT_MANAGE)
            held = parse_roles(roles)
            current = self._existing(name)
            if current.disabled:
                raise AccountDisabled(name)
            if Role.ADMINISTRATOR in current.roles and Role.ADMINISTRATOR not in held:
                self._keep_an_administrator(name)

            def change(account: Account) -> Account:
                if account.disabled:
                    raise AccountDisabled(name)
                return dataclasses.replace(account, roles=held)

            updated = self._update(name, change)
            return updated, f"roles {_roles_text(current.roles)} → {_roles_text(held)}"

        return self._audited(actor, ROLES, name, work)

    def _update(self, name: str, change: Callable[[Account], Account]) -> Account:
        updated = self.store.update(name, change)
        if updated is None:
            raise UnknownUser(name)
        return updated

    # --- sign-in -----------------------------------------------------------------------------------------------

    def sign_in(self, name: str, password: str) -> Actor:
        """The signed-in person for `name` and `password`, or a refusal; success and failure alike are audited.

        Raises UnknownUser, AccountDisabled, AccountLocked (also on the failure that locks it) or WrongPassword."""
        claimed = Actor(name, frozenset(), ActorKind.NAMED)
        self.trail.ready()
        now = self.clock()
        account = self.store.account(name)
        try:
            if account is None:
                self.hasher.waste(password)
                raise UnknownUser(name)
            if account.disabled:
                raise AccountDisabled(name)
            if account.locked_until is not None and account.locked(now):
                raise AccountLocked(name, account.locked_until, shown_time(account.locked_until))
        except Refused as exc:
            self.trail.refused(claimed, SIGN_IN, name, exc)
            raise
        if not self.hasher.verify(account.password_hash, password):
            return self._failed(claimed, name, now)
        rehash = self.hasher.hash(password) if self.hasher.needs_rehash(account.password_hash) else None

        def succeeded(current: Account) -> Account:
            changed = dataclasses.replace(current, failed_count=0, failed_since=None, locked_until=None)
            return changed if rehash is None else dataclasses.replace(changed, password_hash=rehash)

        updated = self.store.update(name, succeeded) or account
        actor = Actor(updated.name, updated.roles, ActorKind.SIGNED_IN)
        self.trail.record(actor, SIGN_IN, name, AuditResult.OK, f"signed in as {_roles_text(updated.roles)}")
        return actor

    def _failed(self, claimed: Actor, name: str, now: datetime) -> Actor:
        policy = self.policy

        def failed(current: Account) -> Account:
            fresh = current.failed_since is None or now - current.failed_since >= policy.failure_window
            count = 1 if fresh else current.failed_count + 1
            since = now if fresh else current.failed_since
            if count >= policy.max_failures:
                return dataclasses.replace(
                    current, failed_count=0, failed_since=None, locked_until=now + policy.lockout
                )
            return dataclasses.replace(current, failed_count=count, failed_since=since)

        updated = self.store.update(name, failed)
        wrong = WrongPassword(name)
        if updated is None or updated.locked_until is None or not updated.locked(now):
            count = updated.failed_count if updated is not None else 1
            self.trail.refused(claimed, SIGN_IN, name, f"{wrong} (failure {count} of {policy.max_failures})")
            raise wrong
        until = updated.locked_until
        self.trail.refused(
            claimed, SIGN_IN, name, f"{wrong} (failure {policy.max_failures} of {policy.max_failures})"
        )
        minutes = round(policy.failure_window.total_seconds() / 60)
        self.trail.record(
            claimed,
            LOCK,
            name,
            AuditResult.OK,
            f"locked until {until.isoformat()} after {policy.max_failures} failed sign-ins within {minutes} min",
        )
        raise AccountLocked(name, until, shown_time(until))


__all__ = [
    "ADD",
    "DISABLE",
    "LIST",
    "LOCK",
    "PASSWORD",
    "ROLES",
    "SIGN_IN",
    "Accounts",
    "AlreadyDisabled",
    "Password",
    "check_name",
    "parse_roles",
    "shown_time",
]
