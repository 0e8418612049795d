"""Passwords: the policy (length, lock-out) and argon2id hashing (`argon2-cffi`, RFC 9106 parameters).

A password is only ever held long enough to hash or verify it: never stored, logged or audited in clear. Stored
hashes are PHC strings (`$argon2id$v=19$m=65536,t=3,p=4$…`) carrying their own salt and parameters, so a later
change of parameters rehashes at the next sign-in (`needs_rehash`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import argon2
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from console.access.errors import WeakPassword

MAX_PASSWORD_LENGTH = 1024  # hashing a megabyte on every sign-in attempt helps nobody


@dataclass(frozen=True, slots=True)
class AccessPolicy:
    """The password and lock-out rules ([access] of the configuration)."""

    min_password_length: int = 10
    max_failures: int = 5  # failed sign-ins …
    failure_window: timedelta = timedelta(minutes=15)  # … within this long lock the account …
    lockout: timedelta = timedelta(minutes=15)  # … for this long

    def __post_init__(self) -> None:
        if self.min_password_length < 1:
            raise ValueError("min_password_length must be at least 1")
        if self.max_failures < 1:
            raise ValueError("max_failures must be at least 1")
        if self.failure_window <= timedelta(0) or self.lockout <= timedelta(0):
            raise ValueError("the failure window and the lock-out must be longer than 0")


def check_password(password: str, name: str, policy: AccessPolicy) -> None:
    """Raise `WeakPassword` with the reason when `password` may not be `name`'s password."""
    length = len(password)
    if length == 0:
        raise WeakPassword(
            f"the password is empty: at least {policy.min_password_length} characters are needed"
        )
    if length < policy.min_password_length:
        noun = "character" if length == 1 else "characters"
        raise WeakPassword(
            f"the password is {length} {noun} long: at least {policy.min_password_length} are needed"
        )
    if length > MAX_PASSWORD_LENGTH:
        raise WeakPassword(f"the password is {length} characters long: at most {MAX_PASSWORD_LENGTH}")
    if not password.strip():
        raise WeakPassword("the password is only spaces")
    if password.casefold() == name.casefold():
        raise WeakPassword("the password may not be the account's name")


class Hasher:
    """argon2id hashing and verification."""

    def __init__(self, hasher: argon2.PasswordHasher | None = None) -> None:
        self._hasher = (
            hasher if hasher is not None else argon2.PasswordHasher()
        )  # argon2id, RFC 9106 low-memory
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        """Whether `password` matches the stored hash (an unreadable hash matches nothing)."""
        try:
            return self._hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored)
        except (InvalidHashError, ValueError):
            return True

    def waste(self, password: str) -> None:
        """Spend a verification's time on nothing (an unknown user answers as slowly as a known one)."""
        if self._dummy is None:
            self._dummy = self._hasher.hash("not a password of anyone")
        self.verify(self._dummy, password)


__all__ = ["MAX_PASSWORD_LENGTH", "AccessPolicy", "Hasher", "check_password"]
