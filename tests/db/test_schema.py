"""Opening the database: migrations, re-opening, connection settings, UTC times and clear errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, select, text
from sqlalchemy.orm import Session

from console.domain import CommandRecord, Incident, IncidentKind, Severity
from db.engine import HEAD, default_url, head_revision, open_database
from db.files import DatabaseOpenError
from db.models import Base, IncidentRow, TechnicianRow
from db.records import get_command, get_incident, log_command, open_incident

from .conftest import T0, _reset_postgres, migrated_to

ROOT = Path(__file__).resolve().parents[2]

TABLES = {
    "sites",
    "technicians",
    "meetings",
    "attendance",
    "incidents",
    "floor_requests",
    "floor_events",
    "commands",
    "camera_presets",
    "layout_presets",
    "log_sessions",
    "meeting_gaps",
}


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_fresh_database_is_migrated_to_head(engine: Engine) -> None:
    assert (
        head_revision() == HEAD
    )  # a new migration moves HEAD too, or logs at the old head would not upgrade
    assert _revision(engine) == head_revision()
    assert set(inspect(engine).get_table_names()) >= TABLES


def test_reopening_keeps_data_and_revision(db_url: str) -> None:
    first = open_database(db_url)
    try:
        with Session(first) as s:
            incident_id = open_incident(
                s, Incident("DB.T.UBND", IncidentKind.LINK_DOWN, Severity.CRITICAL, T0)
            )
            s.commit()
    finally:
        first.dispose()
    for _ in range(2):
        again = open_database(db_url)
        try:
            assert _revision(again) == head_revision()
            with Session(again) as s:
                assert get_incident(s, incident_id).site == "DB.T.UBND"
                assert s.scalar(select(text("count(*)")).select_from(IncidentRow)) == 1
        finally:
            again.dispose()


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def _schema_and_rows(url: str) -> dict[str, dict[str, Any]]:
    """Everything a log's schema says of itself, as reflected, and every row it holds."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            tables: dict[str, Any] = {}
            for name in sorted(found.get_table_names()):
                columns = [
                    (c["name"], str(c["type"]), c["nullable"], str(c.get("default")), c.get("autoincrement"))
                    for c in found.get_columns(name)
                ]
                tables[name] = {
                    "columns": columns,
                    "primary key": found.get_pk_constraint(name),
                    "foreign keys": sorted(map(repr, found.get_foreign_keys(name))),
                    "indexes": sorted(map(repr, found.get_indexes(name))),
                    "unique": sorted(map(repr, found.get_unique_constraints(name))),
                    "checks": sorted(map(repr, found.get_check_constraints(name))),
                    "rows": sorted(map(repr, conn.execute(text(f"SELECT * FROM {name}")).all())),
                }
            sequences = {  # PostgreSQL's: where each stands (the next floor request's number among them)
                name: conn.execute(text(f"SELECT last_value, is_called FROM {name}")).one()
                for name in (found.get_sequence_names() if conn.dialect.name == "postgresql" else [])
            }
            return {"tables": tables, "sequences": sequences}
    finally:
        engine.dispose()


def _empty(url: str) -> None:
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).unlink()
    else:
        _reset_postgres(url)


def test_a_new_log_is_created_as_the_migrations_would_leave_it(db_url: str) -> None:
    """A new log is created from the models at once; it must be the log that running every migration makes."""
    migrated_to(db_url, "head").dispose()
    migrated = _schema_and_rows(db_url)
    _empty(db_url)
    open_database(db_url).dispose()
    created = _schema_and_rows(db_url)
    assert created == migrated
    assert created["tables"]["audit_head"]["rows"] and created["tables"]["alembic_version"]["rows"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_runs_in_wal_with_foreign_keys(engine: Engine, db_url: str) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) > 0
    assert Path(db_url.removeprefix("sqlite:///")).with_name("bridgewall.sqlite3-wal").exists()


def test_foreign_keys_are_enforced(session: Session) -> None:
    session.add(TechnicianRow(site_id=424242, ordinal=0, name="x", unit="", position="", phone="", email=""))
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        session.flush()
    session.rollback()


def test_times_come_back_aware_utc(session: Session) -> None:
    hanoi = timezone(timedelta(hours=7))
    opened = datetime(2025, 3, 1, 8, 0, 0, 123456, tzinfo=hanoi)
    incident_id = open_incident(session, Incident("S", IncidentKind.NO_AUDIO, Severity.WARNING, opened))
    session.commit()
    session.expunge_all()
    got = get_incident(session, incident_id).opened_at
    assert got == opened
    assert got.utcoffset() == timedelta(0)
    assert got.hour == 1 and got.microsecond == 123456


def test_naive_times_are_refused(session: Session) -> None:
    with pytest.raises(sqlalchemy.exc.StatementError, match="naive datetime"):
        log_command(session, CommandRecord("op", "mute", "S", datetime(2025, 3, 1, 8, 0)))
    session.rollback()


def test_json_args_round_trip(session: Session) -> None:
    args: dict[str, object] = {"layout": "1:7", "sites": ["A", "Điện Biên"], "volume": 0.5}
    command_id = log_command(session, CommandRecord("op", "layout", "conf", T0, args=args))
    session.commit()
    session.expunge_all()
    assert get_command(session, command_id).args == args


def test_default_url_is_a_file_in_the_user_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    url = default_url()
    expected = tmp_path / "xdg" / "bridgewall" / "bridgewall.sqlite3"
    assert url == f"sqlite:///{expected}"
    assert expected.parent.is_dir()
    engine = open_database(None)
    try:
        assert str(engine.url) == url
        assert "sites" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    assert expected.is_file()


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not a database URL"),
        ("nosuchdb://host/db", "unsupported database"),
        (
            "sqlite:////nonexistent-dir/sub/bridgewall.sqlite3",
            "directory /nonexistent-dir/sub does not exist",
        ),
    ],
)
def test_bad_urls_give_a_clear_error(url: str, message: str) -> None:
    with pytest.raises(DatabaseOpenError, match=message) as info:
        open_database(url)
    assert "\n" not in str(info.value)


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="not a file"):
        open_database(f"sqlite:///{tmp_path}")


def test_a_file_that_is_not_sqlite_gives_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database, just some text that is long enough " * 100)
    with pytest.raises(DatabaseOpenError, match=r"cannot open database .*junk\.sqlite3") as info:
        open_database(f"sqlite:///{junk}")
    assert "\n" not in str(info.value)


def test_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    with pytest.raises(DatabaseOpenError, match="no database at"):
        open_database(f"sqlite:///{path}", create=False)
    assert not path.exists()


def test_unreachable_server_gives_a_clear_error() -> None:
    url = f"postgresql+psycopg://bridgewall:secret-pw@127.0.0.1:{_closed_port()}/bridgewall"
    with pytest.raises(
        DatabaseOpenError, match=r"cannot open database postgresql\+psycopg://bridgewall:\*\*\*@"
    ) as info:
        open_database(url)
    assert "secret-pw" not in str(info.value)
    assert "\n" not in str(info.value)


OPENER = (
    "import sys; from db.engine import open_database; open_database(sys.argv[1]).dispose(); print('opened')"
)


def test_concurrent_first_opens_all_succeed(db_url: str) -> None:
    """Several processes starting at once on a new database: one migrates, the others wait and find it done."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, db_url],
            cwd=ROOT,
            env={
                **os.environ,
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [proc.communicate(timeout=50) for proc in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert (proc.returncode, out.strip()) == (0, "opened"), err
    engine = open_database(db_url)
    try:
        assert _revision(engine) == head_revision()
        assert set(inspect(engine).get_table_names()) >= TABLES
    finally:
        engine.dispose()


def test_a_schema_from_a_newer_version_gives_a_clear_error(db_url: str) -> None:
    open_database(db_url).dispose()
    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    finally:
        engine.dispose()
    with pytest.raises(DatabaseOpenError, match=r"9999_from_the_future.*newer version") as info:
        open_database(db_url)
    assert "\n" not in str(info.value)


def test_a_new_log_and_one_at_the_newest_schema_open_without_loading_alembic(tmp_path: Path) -> None:
    """Alembic is loaded only to upgrade an older log: every start (the first one too) would otherwise wait for it."""
    url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    probe = (
        "import sys; from db.engine import open_database; "
        f"open_database({url!r}).dispose(); print('alembic' in sys.modules)"
    )
    for _ in ("new", "at the newest schema"):
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
        )
        assert done.stdout.split() == ["False"]
    assert Path(url.removeprefix("sqlite:///")).exists()
