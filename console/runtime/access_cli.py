"""`python main.py user …` (accounts) and `python main.py audit …` (the audit trail).

    user add NAME --role ROLE[,ROLE…]     password from standard input: typed twice at a terminal, one line from a pipe
    user list --format json|text          names, roles and state; never a hash
    user disable NAME | user passwd NAME | user roles NAME --set ROLE,…
    audit verify                          "chain intact: N entries" (exit 0) or the first broken entry (exit 1)
    audit export --format json|csv

Exit status: 0 done; 1 refused or failed, with the reason on one line (unknown user or role, a short password, a
disabled account, a missing role, an unsafe key file, a log that cannot be opened); 2 a usage mistake. Every change
and every refusal goes on the audit trail. The actor is `--as NAME` (an account, with its roles; named, not signed
in) or, by default, the operating-system user, recorded as such and holding every role's rights: whoever can
run this against the log and its key can change them anyway. The window's sign-in will be the actor there.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from console.access import (
    ChainBroken,
    KeyFileError,
    PasswordsDiffer,
    Permission,
    Refused,
    WeakPassword,
)
from console.access import accounts as acts
from console.domain.access import Account, Actor, ActorKind, AuditRecord, Role, ordered
from console.domain.clock import LOCAL_TZ
from console.reports.export import render_csv, render_json
from console.runtime.address import check_log
from console.runtime.build import Access, open_access
from console.runtime.cli import config_from_args
from console.runtime.output import error_line, write_stdout
from db.files import DatabaseOpenError

EXIT_OK = 0
EXIT_REFUSED = 1

AUDIT_FIELDS = ("id", "seq", "at", "actor", "actor_kind", "action", "target", "result", "detail", "mac")
USER_FIELDS = ("name", "roles", "disabled", "locked_until", "created_at")


def os_user() -> Actor:
    """The operating-system user running the command (no account): every role's rights, marked as such (whoever
    runs the command line against the log and its key could change them anyway; `--as NAME` narrows it)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError):
        name = f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"
    return Actor(name or "unknown", frozenset(Role), ActorKind.OS_USER)


def password_reader(name: str, stdin: TextIO | None = None) -> Callable[[], str]:
    """Ask for `name`'s password: twice at a terminal (without echo), else the first line of standard input."""

    def read() -> str:
        source = stdin if stdin is not None else sys.stdin
        if source.isatty():
            first = getpass.getpass(f"New password for {name}: ")
            again = getpass.getpass("The same password again: ")
            if first != again:
                raise PasswordsDiffer()
            return first
        line = source.readline()
        if not line:
            raise WeakPassword("no password on standard input (write it on the first line)")
        return line.removesuffix("\n").removesuffix("\r")

    return read


def _say(text: str) -> None:
    print(text, flush=True)


def _fail(command: str, message: str) -> int:
    print(f"bridgewall {command}: {message}", file=sys.stderr, flush=True)
    return EXIT_REFUSED


def _local(at: datetime | None) -> str:
    return "" if at is None else f"{at.astimezone(LOCAL_TZ):%Y-%m-%d %H:%M}"


def _roles(account: Account) -> str:
    return ",".join(ordered(account.roles)) or "-"


def _state(account: Account, now: datetime) -> str:
    if account.disabled:
        return "disabled"
    if account.locked_until is not None and account.locked(now):
        return f"locked until {_local(account.locked_until)}"
    return "active"


def render_users(accounts: list[Account], fmt: str, now: datetime) -> bytes:
    """The accounts for `user list`: names, roles and state, never a hash. Times: UTC in JSON, local in text."""
    if fmt == "json":
        rows = [
            {
                "name": a.name,
                "roles": list(ordered(a.roles)),
                "disabled": a.disabled,
                "locked_until": a.locked_until if a.locked(now) else None,
                "created_at": a.created_at,
            }
            for a in accounts
        ]
        return render_json(USER_FIELDS, rows)
    header = ("NAME", "ROLES", "STATE", "CREATED (Asia/Ho_Chi_Minh)")
    lines = [header] + [(a.name, _roles(a), _state(a, now), _local(a.created_at)) for a in accounts]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    out = [
        "  ".join([*(c.ljust(w) for c, w in zip(line[:-1], widths, strict=True)), line[-1]]) for line in lines
    ]
    return ("\n".join(out) + "\n").encode("utf-8")


def audit_rows(records: list[AuditRecord]) -> list[dict[str, object]]:
    return [
        {
            "id": r.id,
            "seq": r.seq,
            "at": r.entry.at,
            "actor": r.entry.actor,
            "actor_kind": str(r.entry.actor_kind),
            "action": r.entry.action,
            "target": r.entry.target,
            "result": str(r.entry.result),
            "detail": r.entry.detail,
            "mac": r.mac,
        }
        for r in records
    ]


# --- the commands -------------------------------------------------------------------------------------------------

USER_ACTIONS = {
    "add": acts.ADD,
    "list": acts.LIST,
    "disable": acts.DISABLE,
    "passwd": acts.PASSWORD,
    "roles": acts.ROLES,
}


def cli_actor(args: argparse.Namespace, access: Access, action: str, target: str) -> Actor:
    """Who a command line acts as: `--as NAME` (the account, its roles; refused and audited when it cannot act),
    else the operating-system user (`os_user`)."""
    name: str | None = getattr(args, "as_name", None)
    return os_user() if name is None else access.accounts.acting_as(name, action, target)


def _user(args: argparse.Namespace, access: Access) -> int:
    accounts = access.accounts
    target = getattr(args, "name", "") or ""
    actor = cli_actor(args, access, USER_ACTIONS[args.user_command], target)
    match args.user_command:
        case "add":
            account = accounts.add(actor, args.name, args.role, password_reader(args.name))
            _say(f"added {account.name} ({_roles(account)})")
        case "list":
            listed = accounts.accounts(actor)
            write_stdout(render_users(listed, args.format, accounts.clock()))
        case "disable":
            account = accounts.disable(actor, args.name)
            _say(f"disabled {account.name} (kept, with its history)")
        case "passwd":
            account = accounts.set_password(actor, args.name, password_reader(args.name))
            _say(f"password set for {account.name}")
        case "roles":
            account = accounts.set_roles(actor, args.name, args.set)
            _say(f"{account.name}: {_roles(account)}")
    return EXIT_OK


def _audit(args: argparse.Namespace, access: Access) -> int:
    trail = access.trail
    actor = cli_actor(args, access, Permission.AUDIT_READ.value, "audit")
    trail.require(actor, Permission.AUDIT_READ, f"audit {args.audit_command}")
    if args.audit_command == "verify":
        verdict = trail.verify()
        _say(verdict.message)
        return EXIT_OK if verdict.intact else EXIT_REFUSED
    rows = audit_rows(trail.records())
    write_stdout(render_json(AUDIT_FIELDS, rows) if args.format == "json" else render_csv(AUDIT_FIELDS, rows))
    return EXIT_OK


def _run(command: str, args: argparse.Namespace, work: Callable[[argparse.Namespace, Access], int]) -> int:
    config = config_from_args(args)
    check_log(config)  # usage errors (exit 2) before anything is opened
    create = command == "user" and args.user_command == "add"
    try:
        access = open_access(config, create=create)
    except (DatabaseOpenError, KeyFileError) as exc:
        return _fail(command, str(exc))
    try:
        return work(args, access)
    except Refused as exc:
        return _fail(command, str(exc))
    except ChainBroken as exc:
        return _fail(command, str(exc))
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail(command, "interrupted: nothing changed")
    except EOFError:
        return _fail(command, "no password typed: nothing changed")
    except SQLAlchemyError as exc:
        return _fail(command, f"the log failed: {error_line(exc)}")
    except ValueError as exc:  # e.g. a time edited into something that is not a time
        return _fail(command, f"the log holds an unreadable value: {exc}")
    finally:
        access.engine.dispose()


def user_main(args: argparse.Namespace) -> int:
    return _run("user", args, _user)


def audit_main(args: argparse.Namespace) -> int:
    return _run("audit", args, _audit)
