"""Access fixtures: a migrated log (SQLite, and PostgreSQL when BRIDGEWALL_TEST_PG is set), the real stores over it,
an audit key, and a clock the tests move by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

import argon2
import pytest
from sqlalchemy import Engine

from console.access import AccessPolicy, Accounts, AuditTrail, Hasher
from console.domain.access import Actor, ActorKind, Role
from db.accounts import AccountBook
from db.audit import AuditBook
from tests.db.conftest import T0, db_url, engine  # the same two databases as the storage tests

__all__ = ["db_url", "engine"]

KEY = bytes(range(32))
ADMIN = Actor("root", frozenset({Role.ADMINISTRATOR}), ActorKind.OS_USER)


def light_hasher() -> Hasher:
    """Real argon2id with small costs, for the tests about behaviour (the console's own costs: `Hasher()`)."""
    return Hasher(argon2.PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


class Clock:
    """A clock the test moves by hand (nothing here reads the real time)."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Rig:
    engine: Engine
    clock: Clock
    trail: AuditTrail
    accounts: Accounts
    audit: AuditBook


def make_rig(
    engine: Engine, policy: AccessPolicy | None = None, key: bytes = KEY, hasher: Hasher | None = None
) -> Rig:
    clock = Clock()
    audit = AuditBook(engine)
    trail = AuditTrail(audit, key, clock)
    hasher = hasher if hasher is not None else light_hasher()
    return Rig(engine, clock, trail, Accounts(AccountBook(engine), trail, policy, hasher, clock), audit)


@pytest.fixture
def rig(engine: Engine) -> Iterator[Rig]:
    yield make_rig(engine)
