"""`user …` and `audit …` as real processes: exit codes, one-line reasons, passwords from standard input only,
every change and refusal on the audit trail, and `audit verify` naming what was tampered with."""

from __future__ import annotations

import fcntl
import json
import os
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

ROOT = Path(__file__).resolve().parents[2]
ADMIN_PASSWORD = "correct horse battery staple"
OP_PASSWORD = "mật khẩu của An 2025"


class Cli:
    """Runs `python main.py …` against one log and one key file."""

    def __init__(self, db: str, key: Path) -> None:
        self.db = db
        self.key = key
        self.env = {**os.environ, "BRIDGEWALL_AUDIT_KEY_FILE": str(key), "QT_QPA_PLATFORM": "offscreen"}

    def __call__(self, *args: str, stdin: str = "", db: bool = True) -> subprocess.CompletedProcess[str]:
        extra = ["--db", self.db] if db else []
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args, *extra],
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            env=self.env,
        )

    def ok(self, *args: str, stdin: str = "") -> str:
        done = self(*args, stdin=stdin)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def refused(self, *args: str, stdin: str = "", code: int = 1) -> str:
        """The one line on stderr of a refusal (exit `code`), with no traceback and nothing on stdout."""
        done = self(*args, stdin=stdin)
        assert done.returncode == code, (done.returncode, done.stdout, done.stderr)
        lines = [
            line for line in done.stderr.splitlines() if " INFO " not in line
        ]  # the log's first migration
        assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
        assert done.stdout == ""
        return lines[0]

    def audit(self) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = json.loads(self.ok("audit", "export", "--format", "json"))
        return entries


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(f"sqlite:///{tmp_path / 'log.sqlite3'}", tmp_path / "secret" / "audit.key")


def test_accounts_through_the_command_line(cli: Cli) -> None:
    assert cli.ok("user", "add", "admin", "--role", "administrator", stdin=ADMIN_PASSWORD + "\n") == (
        "added admin (administrator)\n"
    )
    assert oct(cli.key.stat().st_mode & 0o777) == "0o600"
    assert (
        cli.refused("user", "add", "an", "--role", "operator", stdin="abc\n")
        == "bridgewall user: the password is 3 characters long: at least 10 are needed"
    )
    assert "unknown role 'boss'" in cli.refused(
        "user", "add", "an", "--role", "operator,boss", stdin=OP_PASSWORD
    )
    assert cli.ok("user", "add", "an", "--role", "operator", stdin=OP_PASSWORD) == "added an (operator)\n"
    assert "already exists" in cli.refused("user", "add", "an", "--role", "operator", stdin=OP_PASSWORD)
    assert cli.ok("user", "roles", "an", "--set", "operator,supervisor") == "an: operator,supervisor\n"
    assert cli.ok("user", "passwd", "an", stdin="a new password for An\n") == "password set for an\n"
    assert cli.ok("user", "disable", "an") == "disabled an (kept, with its history)\n"
    assert "'an' is disabled" in cli.refused("user", "passwd", "an", stdin="yet another password\n")
    assert "no account named 'ghost'" in cli.refused("user", "disable", "ghost")
    assert "no password on standard input" in cli.refused("user", "add", "binh", "--role", "operator")

    listed = json.loads(cli.ok("user", "list", "--format", "json"))
    assert [(u["name"], u["roles"], u["disabled"]) for u in listed] == [
        ("admin", ["administrator"], False),
        ("an", ["operator", "supervisor"], True),
    ]
    assert all(set(u) == {"name", "roles", "disabled", "locked_until", "created_at"} for u in listed)
    table = cli.ok("user", "list", "--format", "text").splitlines()
    assert table[0].split()[:3] == ["NAME", "ROLES", "STATE"]
    assert table[2].split()[:3] == ["an", "operator,supervisor", "disabled"]
    assert "argon2" not in "\n".join(table)

    entries = cli.audit()
    assert [(e["action"], e["target"], e["result"]) for e in entries] == [
        ("account.add", "admin", "ok"),
        ("account.add", "an", "refused"),
        ("account.add", "an", "refused"),
        ("account.add", "an", "ok"),
        ("account.add", "an", "refused"),
        ("account.roles", "an", "ok"),
        ("account.password", "an", "ok"),
        ("account.disable", "an", "ok"),
        ("account.password", "an", "refused"),
        ("account.disable", "ghost", "refused"),
        ("account.add", "binh", "refused"),
    ]
    assert {e["actor_kind"] for e in entries} == {"os-user"}
    assert cli.ok("audit", "verify") == f"chain intact: {len(entries)} entries\n"


def test_no_password_is_kept_anywhere_and_hashes_are_argon2(cli: Cli) -> None:
    cli.ok("user", "add", "admin", "--role", "administrator", stdin=ADMIN_PASSWORD + "\n")
    cli.ok("user", "add", "an", "--role", "operator", stdin=OP_PASSWORD + "\r\n")
    cli.ok("user", "passwd", "an", stdin="the second password\n")
    cli.refused("user", "add", "x", "--role", "operator", stdin="short\n")
    engine = create_engine(cli.db)
    try:
        with engine.connect() as conn:
            hashes = conn.execute(text("SELECT password_hash FROM users")).scalars().all()
            stored = "\n".join(
                str(value)
                for table in inspect(conn).get_table_names()
                for row in conn.execute(text(f'SELECT * FROM "{table}"'))
                for value in row
            )
    finally:
        engine.dispose()
    assert len(hashes) == 2 and all(h.startswith("$argon2id$") for h in hashes)
    for password in (ADMIN_PASSWORD, OP_PASSWORD, "the second password"):
        assert password not in stored


def test_a_role_without_the_right_is_refused_and_audited(cli: Cli) -> None:
    cli.ok("user", "add", "admin", "--role", "administrator", stdin=ADMIN_PASSWORD)
    cli.ok("user", "add", "an", "--role", "operator,technician", stdin=OP_PASSWORD)
    line = cli.refused(
        "user", "add", "binh", "--role", "administrator", "--as", "an", stdin="an attempt at it"
    )
    assert line == (
        "bridgewall user: an (operator, technician) may not manage accounts: that needs the administrator role"
    )
    assert "needs the supervisor or administrator roles" in cli.refused("audit", "verify", "--as", "an")
    assert "no account named 'nobody'" in cli.refused("user", "list", "--as", "nobody")
    entries = cli.audit()[-3:]
    assert [(e["actor"], e["actor_kind"], e["action"], e["result"]) for e in entries] == [
        ("an", "named", "account.add", "refused"),
        ("an", "named", "audit.read", "refused"),
        ("nobody", "named", "account.list", "refused"),
    ]
    assert cli.ok("user", "roles", "an", "--set", "operator", "--as", "admin") == "an: operator\n"
    assert [a["name"] for a in json.loads(cli.ok("user", "list", "--format", "json"))] == ["admin", "an"]


@pytest.mark.parametrize(
    ("tamper", "named"),
    [
        ("UPDATE audit SET detail = 'roles administrator' WHERE id = 3", "entry id 3 (seq 3): edited"),
        ("DELETE FROM audit WHERE id = 3", "entry id 4 (seq 3): deleted"),
        (
            "UPDATE audit SET id = -1 WHERE id = 2; UPDATE audit SET id = 2 WHERE id = 4; "
            "UPDATE audit SET id = 4 WHERE id = -1",
            "entry id 2 (seq 2): reordered",
        ),
    ],
    ids=["edited", "deleted", "swapped"],
)
def test_verify_names_the_entry_tampered_with(tmp_path: Path, db_url: str, tamper: str, named: str) -> None:
    cli = Cli(db_url, tmp_path / "audit.key")
    cli.ok("user", "add", "admin", "--role", "administrator", stdin=ADMIN_PASSWORD)
    for name in ("an", "binh", "cuong"):
        cli.ok("user", "add", name, "--role", "operator", stdin=OP_PASSWORD)
    assert cli.ok("audit", "verify") == "chain intact: 4 entries\n"
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            for statement in tamper.split("; "):
                conn.execute(text(statement))
    finally:
        engine.dispose()
    done = cli("audit", "verify")
    assert done.returncode == 1, done.stderr
    assert done.stdout.startswith(f"chain broken at {named}")


def test_an_unsafe_or_missing_key_file_is_refused(cli: Cli) -> None:
    cli.ok("user", "add", "admin", "--role", "administrator", stdin=ADMIN_PASSWORD)
    cli.key.chmod(0o644)
    line = cli.refused("user", "add", "an", "--role", "operator", stdin=OP_PASSWORD)
    assert f"the audit key file {cli.key} can be read or written by its group or others (mode 644)" in line
    assert "mode 644" in cli.refused("audit", "verify")
    cli.key.chmod(0o600)
    assert [a["name"] for a in json.loads(cli.ok("user", "list", "--format", "json"))] == ["admin"]
    moved = cli.key.with_name("elsewhere.key")
    cli.key.rename(moved)
    assert "restore the key file" in cli.refused("user", "disable", "admin")
    assert not cli.key.exists()
    moved.rename(cli.key)
    assert cli.ok("audit", "verify") == "chain intact: 1 entry\n"


def test_the_configuration_sets_the_policy_and_the_key_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[access]\nmin_password_length = 24\n\n[audit]\nkey_file = "keys/audit.key"\n')
    cli = Cli(f"sqlite:///{tmp_path / 'log.sqlite3'}", tmp_path / "unused.key")
    del cli.env["BRIDGEWALL_AUDIT_KEY_FILE"]
    line = cli.refused(
        "user", "add", "admin", "--role", "administrator", "--config", str(config), stdin=OP_PASSWORD
    )
    assert "at least 24 are needed" in line
    assert (tmp_path / "keys" / "audit.key").exists()
    config.write_text("[access]\nmin_password_length = 3\n")
    assert "access.min_password_length: must be 8–1024, not 3" in cli.refused(
        "user", "list", "--config", str(config), code=2
    )


@pytest.mark.parametrize(
    "args",
    [
        ("user",),
        ("user", "add", "an"),
        ("user", "roles", "an"),
        ("user", "add", "an", "--role", "operator", "--password", "x"),
        ("audit", "export", "--format", "xml"),
    ],
)
def test_usage_mistakes_exit_2(cli: Cli, args: tuple[str, ...]) -> None:
    cli.refused(*args, code=2)
    assert not Path(cli.db.removeprefix("sqlite:///")).exists()


def test_a_log_that_does_not_exist_is_not_created_to_list_it(cli: Cli) -> None:
    assert "no database at" in cli.refused("user", "list")
    assert "no database at" in cli.refused("audit", "verify")
    assert not Path(cli.db.removeprefix("sqlite:///")).exists()


def _typed(cli: Cli, answers: list[str]) -> tuple[int, str]:
    """Run `user add` on a terminal (a pseudo-terminal it controls) and type `answers` at its prompts."""
    main, terminal = os.openpty()

    def controlling_terminal() -> None:
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "user", "add", "an", "--role", "operator", "--db", cli.db],
        cwd=ROOT,
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=cli.env,
        start_new_session=True,
        preexec_fn=controlling_terminal,  # the pseudo-terminal becomes its terminal: getpass reads there
    )
    os.close(terminal)
    seen = ""
    pending = list(answers)
    deadline = time.monotonic() + 40  # a safety net, not a measurement
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(main, 4096).decode("utf-8", "replace")
                except OSError:  # the process closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
                if pending and seen.endswith(": "):  # a prompt, echo already off
                    os.write(main, (pending.pop(0) + "\n").encode())
            elif process.poll() is not None:
                break
        return process.wait(timeout=10), seen
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(main)


@pytest.mark.skipif(not hasattr(termios, "TIOCSCTTY"), reason="needs POSIX pseudo-terminals")
def test_at_a_terminal_the_password_is_typed_twice_without_echo(cli: Cli) -> None:
    cli.ok("user", "add", "admin", "--role", "administrator", stdin=ADMIN_PASSWORD)
    code, seen = _typed(cli, [OP_PASSWORD, "something else entirely"])
    assert code == 1 and "the two passwords typed differ" in seen
    assert OP_PASSWORD not in seen  # not echoed
    code, seen = _typed(cli, [OP_PASSWORD, OP_PASSWORD])
    assert code == 0, seen
    assert seen.count("password") >= 2 and "added an (operator)" in seen
    assert OP_PASSWORD not in seen
