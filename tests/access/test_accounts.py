"""Accounts: argon2id hashes and never a password in the log; refusals with their reason, nothing changed, audited;
sign-in with the lock-out after repeated failures."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from console.access import (
    AccessPolicy,
    AccountDisabled,
    AccountExists,
    AccountLocked,
    BadName,
    ChainBroken,
    Hasher,
    LastAdministrator,
    NoRole,
    PasswordsDiffer,
    PermissionDenied,
    Refused,
    UnknownRole,
    UnknownUser,
    WeakPassword,
    WrongPassword,
)
from console.access.accounts import AlreadyDisabled
from console.domain.access import Actor, ActorKind, AuditResult, Role

from .conftest import ADMIN, Rig, make_rig

PASSWORD = "ngựa-đúng-pin-kẹp-giấy"
OTHER = "another long password 2"


def everything_stored(engine: Engine) -> str:
    """The text of every row of every table of the log (and, for SQLite, the file's raw bytes)."""
    parts: list[str] = []
    with engine.connect() as conn:
        for table in inspect(engine).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                parts.extend(str(value) for value in row)
    if engine.dialect.name == "sqlite" and engine.url.database:
        for path in Path(engine.url.database).parent.glob(Path(engine.url.database).name + "*"):
            parts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


def audit_lines(rig: Rig) -> list[tuple[str, str, str, str]]:
    """(actor, action, target, result) of every audit entry, oldest first."""
    return [(r.entry.actor, r.entry.action, r.entry.target, str(r.entry.result)) for r in rig.trail.records()]


def test_passwords_are_stored_as_argon2id_and_never_in_clear(engine: Engine) -> None:
    rig = make_rig(engine, hasher=Hasher())  # the console's own hashing
    rig.accounts.add(ADMIN, "an", "operator,supervisor", PASSWORD)
    first = rig.accounts.store.account("an")
    assert first is not None and first.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    rig.accounts.set_password(ADMIN, "an", OTHER)
    second = rig.accounts.store.account("an")
    assert second is not None and second.password_hash.startswith("$argon2id$")
    assert second.password_hash != first.password_hash
    stored = everything_stored(rig.engine)
    assert PASSWORD not in stored and OTHER not in stored
    assert rig.accounts.sign_in("an", OTHER).roles == {Role.OPERATOR, Role.SUPERVISOR}
    with pytest.raises(WrongPassword):
        rig.accounts.sign_in("an", PASSWORD)
    assert PASSWORD not in everything_stored(rig.engine)


def test_a_hash_made_with_weaker_costs_is_redone_at_sign_in(rig: Rig, engine: Engine) -> None:
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    before = rig.accounts.store.account("an")
    assert before is not None and "m=1024,t=1,p=1" in before.password_hash
    stronger = make_rig(engine, hasher=Hasher())
    stronger.accounts.sign_in("an", PASSWORD)
    after = rig.accounts.store.account("an")
    assert after is not None and after.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert rig.accounts.sign_in("an", PASSWORD).name == "an"  # still the same password


def test_a_new_account_is_audited_with_its_roles(rig: Rig) -> None:
    account = rig.accounts.add(ADMIN, "an", ["Operator", " technician"], PASSWORD)
    assert account.roles == {Role.OPERATOR, Role.TECHNICIAN}
    [record] = rig.trail.records()
    assert (record.entry.actor, record.entry.actor_kind) == ("root", ActorKind.OS_USER)
    assert (record.entry.action, record.entry.target, record.entry.result) == ("account.add", "an", "ok")
    assert record.entry.detail == "roles operator,technician"


@pytest.mark.parametrize(
    ("name", "roles", "password", "error", "reason"),
    [
        ("an", "operator", "abc", WeakPassword, "the password is 3 characters long: at least 10 are needed"),
        ("an", "operator", "", WeakPassword, "the password is empty"),
        ("an", "operator", "AN", WeakPassword, "at least 10"),
        ("longname12", "operator", "LongName12", WeakPassword, "may not be the account's name"),
        (
            "an",
            "operator,boss",
            PASSWORD,
            UnknownRole,
            "unknown role 'boss': the roles are operator, supervisor",
        ),
        ("an", " , ", PASSWORD, UnknownRole, "an empty role"),
        ("an", [], PASSWORD, NoRole, "at least one role"),
        ("a b", "operator", PASSWORD, BadName, "cannot name an account"),
        ("", "operator", PASSWORD, BadName, "may not be empty"),
        ("x" * 65, "operator", PASSWORD, BadName, "at most 64"),
    ],
)
def test_a_bad_account_is_refused_with_its_reason_and_audited(
    rig: Rig, name: str, roles: str | list[str], password: str, error: type[Refused], reason: str
) -> None:
    with pytest.raises(error, match=reason):
        rig.accounts.add(ADMIN, name, roles, password)
    assert rig.accounts.store.accounts() == []
    [record] = rig.trail.records()
    assert record.entry.result == AuditResult.REFUSED and reason in record.entry.detail
    if len(password) >= 10:
        assert password not in everything_stored(rig.engine)


def test_the_password_is_asked_only_once_the_rest_is_accepted(rig: Rig) -> None:
    asked: list[str] = []

    def ask() -> str:
        asked.append("asked")
        return PASSWORD

    with pytest.raises(UnknownRole):
        rig.accounts.add(ADMIN, "an", "boss", ask)
    with pytest.raises(PermissionDenied):
        rig.accounts.add(Actor("op", frozenset({Role.OPERATOR})), "an", "operator", ask)
    assert asked == []
    rig.accounts.add(ADMIN, "an", "operator", ask)
    assert asked == ["asked"]

    def differ() -> str:
        raise PasswordsDiffer()

    with pytest.raises(PasswordsDiffer):
        rig.accounts.set_password(ADMIN, "an", differ)
    assert audit_lines(rig)[-1] == ("root", "account.password", "an", "refused")


def test_a_name_is_taken_once_even_when_disabled(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    rig.accounts.disable(ADMIN, "an")
    with pytest.raises(AccountExists):
        rig.accounts.add(ADMIN, "an", "supervisor", OTHER)
    with pytest.raises(AlreadyDisabled):
        rig.accounts.disable(ADMIN, "an")
    [account] = rig.accounts.store.accounts()
    assert account.disabled and account.roles == {Role.OPERATOR}  # kept, never deleted


def test_a_disabled_account_cannot_sign_in_act_or_change(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    rig.accounts.disable(ADMIN, "an")
    with pytest.raises(AccountDisabled, match="'an' is disabled"):
        rig.accounts.sign_in("an", PASSWORD)
    with pytest.raises(AccountDisabled):
        rig.accounts.acting_as("an", "account.list")
    with pytest.raises(AccountDisabled):
        rig.accounts.set_password(ADMIN, "an", OTHER)
    with pytest.raises(AccountDisabled):
        rig.accounts.set_roles(ADMIN, "an", "supervisor")
    assert [line[1:] for line in audit_lines(rig)][-4:] == [
        ("sign-in", "an", "refused"),
        ("account.list", "", "refused"),
        ("account.password", "an", "refused"),
        ("account.roles", "an", "refused"),
    ]


def test_unknown_accounts_are_refused_and_audited(rig: Rig) -> None:
    for attempt in (
        lambda: rig.accounts.disable(ADMIN, "ghost"),
        lambda: rig.accounts.set_password(ADMIN, "ghost", PASSWORD),
        lambda: rig.accounts.set_roles(ADMIN, "ghost", "operator"),
        lambda: rig.accounts.sign_in("ghost", PASSWORD),
        lambda: rig.accounts.acting_as("ghost", "account.add", "x"),
    ):
        with pytest.raises(UnknownUser, match="no account named 'ghost'"):
            attempt()
    assert [line[3] for line in audit_lines(rig)] == ["refused"] * 5


def test_roles_are_replaced_and_the_change_audited(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    account = rig.accounts.set_roles(ADMIN, "an", "supervisor,operator")
    assert account.roles == {Role.OPERATOR, Role.SUPERVISOR}
    assert rig.trail.records()[-1].entry.detail == "roles operator → operator,supervisor"
    with pytest.raises(UnknownRole):
        rig.accounts.set_roles(ADMIN, "an", "operator,root")
    stored = rig.accounts.store.account("an")
    assert stored is not None and stored.roles == {Role.OPERATOR, Role.SUPERVISOR}


def test_the_last_administrator_stays(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "boss", "administrator", PASSWORD)
    with pytest.raises(LastAdministrator):
        rig.accounts.disable(ADMIN, "boss")
    with pytest.raises(LastAdministrator):
        rig.accounts.set_roles(ADMIN, "boss", "operator")
    rig.accounts.add(ADMIN, "deputy", "administrator,supervisor", OTHER)
    rig.accounts.set_roles(ADMIN, "boss", "operator")
    with pytest.raises(LastAdministrator):
        rig.accounts.disable(ADMIN, "deputy")


def test_managing_accounts_needs_the_administrator_role(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator,supervisor,technician", PASSWORD)
    an = rig.accounts.sign_in("an", PASSWORD)
    for attempt in (
        lambda: rig.accounts.add(an, "binh", "operator", OTHER),
        lambda: rig.accounts.set_roles(an, "an", "administrator"),
        lambda: rig.accounts.accounts(an),
    ):
        with pytest.raises(PermissionDenied, match="needs the administrator role"):
            attempt()
    assert [line[1] for line in audit_lines(rig)][-3:] == ["account.add", "account.roles", "account.list"]
    # but a person may change their own password
    rig.accounts.set_password(an, "an", OTHER)
    assert rig.accounts.sign_in("an", OTHER).name == "an"


def test_the_first_administrator_only_while_there_is_none(rig: Rig) -> None:
    assert rig.accounts.needs_first_administrator()
    rig.accounts.add_first_administrator("boss", PASSWORD)
    assert not rig.accounts.needs_first_administrator()
    with pytest.raises(Refused, match="an administrator exists already"):
        rig.accounts.add_first_administrator("intruder", OTHER)
    assert [a.name for a in rig.accounts.store.accounts()] == ["boss"]


# --- sign-in and the lock-out --------------------------------------------------------------------------------


def test_sign_in_gives_the_person_with_their_roles_and_is_audited(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator,supervisor", PASSWORD)
    actor = rig.accounts.sign_in("an", PASSWORD)
    assert actor == Actor("an", frozenset({Role.OPERATOR, Role.SUPERVISOR}), ActorKind.SIGNED_IN)
    last = rig.trail.records()[-1].entry
    assert (last.actor, last.actor_kind, last.action, last.result) == ("an", "signed-in", "sign-in", "ok")


def test_five_failures_in_fifteen_minutes_lock_the_account_for_fifteen(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    for n in range(1, 5):
        with pytest.raises(WrongPassword):
            rig.accounts.sign_in("an", f"wrong guess {n}")
        rig.clock.advance(minutes=3)
        assert rig.trail.records()[-1].entry.detail.endswith(f"(failure {n} of 5)")
    with pytest.raises(AccountLocked, match="locked after repeated failed sign-ins until 2025-03-01 08:27"):
        rig.accounts.sign_in("an", "wrong guess 5")
    assert audit_lines(rig)[-2:] == [("an", "sign-in", "an", "refused"), ("an", "account.lock", "an", "ok")]
    rig.clock.advance(minutes=14, seconds=59)
    with pytest.raises(AccountLocked):  # the right password too, while locked
        rig.accounts.sign_in("an", PASSWORD)
    rig.clock.advance(seconds=1)
    assert rig.accounts.sign_in("an", PASSWORD).name == "an"
    account = rig.accounts.store.account("an")
    assert account is not None and account.failed_count == 0 and account.locked_until is None


def test_failures_spread_beyond_the_window_do_not_lock(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    for _ in range(8):
        with pytest.raises(WrongPassword):
            rig.accounts.sign_in("an", "not it at all")
        rig.clock.advance(minutes=4)  # the 5th failure comes 16 minutes after the first: a new count
    assert rig.accounts.sign_in("an", PASSWORD).name == "an"


def test_the_lock_out_follows_the_policy_and_a_new_password_lifts_it(engine: Engine) -> None:
    rig = make_rig(engine, AccessPolicy(max_failures=2, lockout=timedelta(hours=1)))
    rig.accounts.add(ADMIN, "an", "operator", PASSWORD)
    with pytest.raises(WrongPassword):
        rig.accounts.sign_in("an", "nope nope nope")
    with pytest.raises(AccountLocked):
        rig.accounts.sign_in("an", "nope nope nope")
    rig.clock.advance(minutes=59)
    with pytest.raises(AccountLocked):
        rig.accounts.sign_in("an", PASSWORD)
    rig.accounts.set_password(ADMIN, "an", OTHER)
    assert rig.trail.records()[-1].entry.detail == "password set; lock-out lifted"
    assert rig.accounts.sign_in("an", OTHER).name == "an"


def test_a_longer_minimum_is_the_policy(engine: Engine) -> None:
    rig = make_rig(engine, AccessPolicy(min_password_length=16))
    with pytest.raises(WeakPassword, match="is 15 characters long: at least 16 are needed"):
        rig.accounts.add(ADMIN, "an", "operator", "x" * 15)


def test_nothing_changes_while_the_audit_chain_cannot_be_extended(rig: Rig) -> None:
    rig.accounts.add(ADMIN, "boss", "administrator", PASSWORD)
    with rig.engine.begin() as conn:
        conn.execute(text("UPDATE audit_head SET tag = 'edited'"))
    with pytest.raises(ChainBroken, match="head does not verify"):
        rig.accounts.add(ADMIN, "an", "operator", OTHER)
    with pytest.raises(ChainBroken):
        rig.accounts.set_roles(ADMIN, "boss", "administrator,operator")
    with pytest.raises(ChainBroken):
        rig.accounts.sign_in("boss", PASSWORD)
    [account] = rig.accounts.store.accounts()
    assert account.name == "boss" and account.roles == {Role.ADMINISTRATOR}
    assert len(rig.trail.records()) == 1
