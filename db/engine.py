"""Opening the database: the URL, the engine, SQLite's pragmas, the schema upgrade and the session factory.

`open_database(url)` accepts any SQLAlchemy URL (default: a SQLite file in the per-user data directory),
upgrades the schema to the newest migration and returns the engine. Anything that keeps the database from
opening raises `DatabaseOpenError` with a one-line message an operator can act on.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.orm import Session, sessionmaker

from db.files import DB_FILENAME, DatabaseOpenError, data_directory, sqlite_path, sqlite_url

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("bridgewall.db")

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10
VERSION_TABLE = "alembic_version"
# The newest migration (tests/db/test_schema.py holds it to Alembic's own head): a log already at it opens without
# loading Alembic, a tenth of a second every start would otherwise wait for.
HEAD = "0013"
_ALEMBIC_LOCK = threading.Lock()
SCHEMA_LOCK_KEY = 0x62726964676577  # any constant shared by every Bridgewall process


def default_url() -> str:
    """The SQLite file in the per-user data directory, creating the directory."""
    return sqlite_url(data_directory(create=True) / DB_FILENAME)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    message = str(orig if orig is not None else exc).strip()
    return message.splitlines()[0].strip() if message else type(exc).__name__


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseOpenError(f"cannot open database {path}: it is not a file")
        return
    if not create:
        raise DatabaseOpenError(f"no database at {path}")
    if not path.parent.is_dir():
        raise DatabaseOpenError(f"cannot create database {path}: the directory {path.parent} does not exist")


def make_engine(url: str | None = None, *, create: bool = True) -> Engine:
    """An engine for `url` with the project's connection settings; the schema is left as it is."""
    raw = url if url is not None else default_url()
    try:
        parsed = make_url(raw)
    except (sqlalchemy.exc.ArgumentError, ValueError) as exc:
        raise DatabaseOpenError(f"not a database URL: {raw!r} (e.g. sqlite:///path/to/file.sqlite3)") from exc
    kwargs: dict[str, Any] = {}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        path = sqlite_path(parsed)
        if path is not None:
            _check_sqlite_file(path, create)
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S}
    try:
        engine = create_engine(parsed, pool_pre_ping=not is_sqlite, **kwargs)
    except (sqlalchemy.exc.NoSuchModuleError, ImportError) as exc:
        raise DatabaseOpenError(f"unsupported database in {_shown(parsed)}: {_first_line(exc)}") from exc
    except (sqlalchemy.exc.ArgumentError, TypeError, ValueError) as exc:
        raise DatabaseOpenError(f"bad database URL {_shown(parsed)}: {_first_line(exc)}") from exc
    if is_sqlite:
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    """The newest migration as Alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _stored_revision(connection: Connection) -> str | None:
    """The schema revision recorded in the database (read directly: alembic's context logs on every open)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    versions = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return versions[0] if len(versions) == 1 else None


def _lock_schema(connection: Connection) -> None:
    """Serialise upgrades between processes opening the same database at once (released at commit)."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def _is_empty(connection: Connection) -> bool:
    return not inspect(connection).get_table_names()


def _create_fresh(connection: Connection) -> None:
    """An empty database gets the newest schema straight from the models, with the rows the migrations seed, and
    is stamped at HEAD — the way Alembic's own documentation builds a new database: running every migration
    instead would cost a new log's first start a few tenths of a second (tests/db/test_schema.py holds the two
    ways to the same schema and rows)."""
    from sqlalchemy import Column, MetaData, PrimaryKeyConstraint, String, Table, insert

    from db.models import SEED_ROWS, Base

    Base.metadata.create_all(connection)
    for model, row in SEED_ROWS:
        connection.execute(insert(model).values(**row))
    version = Table(  # Alembic's own version table, as its migrations would have left it
        VERSION_TABLE,
        MetaData(),
        Column("version_num", String(32), nullable=False),
        PrimaryKeyConstraint("version_num", name=f"{VERSION_TABLE}_pkc"),
    )
    version.create(connection)
    connection.execute(insert(version).values(version_num=HEAD))


def _migrate(connection: Connection, current: str | None) -> None:
    """Run the migrations from `current` to HEAD on `connection` (under the schema's lock, in its transaction)."""
    from alembic import command
    from alembic.util import CommandError

    log.info("upgrading the database schema from %s to %s", current or "no recorded revision", HEAD)
    config = _alembic_config()
    config.attributes["connection"] = connection
    try:
        with _ALEMBIC_LOCK:  # alembic keeps the running migration context in a module global
            command.upgrade(config, "head")
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise CommandError(f"the upgrade left {len(broken)} broken reference(s), e.g. {broken[0]}")
    except CommandError as exc:
        raise DatabaseOpenError(
            f"cannot upgrade database {_shown(connection.engine.url)}: {_first_line(exc)} (was it written by a "
            "newer version?)"
        ) from exc


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op when it is already there.

    An empty database is created at the newest schema at once (`_create_fresh`); an older one is upgraded by the
    migrations. Either runs in one transaction holding a lock, so concurrent first starts do not collide. Raises
    DatabaseOpenError when Alembic refuses (e.g. a revision this program does not know: a newer Bridgewall wrote it).
    """
    with engine.connect() as connection:
        current = _stored_revision(connection)
        connection.rollback()
        if current == HEAD:
            return
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # SQLite copies a table to change it: its children must not follow the old one's drop
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # outside a transaction, or it is ignored
        try:
            _lock_schema(connection)
            current = _stored_revision(connection)  # again, under the lock: another process may have done it
            if current is None and _is_empty(connection):
                log.info("creating the database schema at %s", HEAD)
                _create_fresh(connection)
            elif current != HEAD:
                _migrate(connection, current)
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")


def open_database(url: str | None = None, *, create: bool = True) -> Engine:
    """Open (and with `create`, create) the database at `url`, upgraded to the newest schema.

    Raises `DatabaseOpenError` when the URL is bad, the file cannot be created or opened, the server is
    unreachable or refuses the login, or the upgrade fails.
    """
    engine = make_engine(url, create=create)
    try:
        upgrade(engine)
    except sqlalchemy.exc.SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseOpenError(f"cannot open database {_shown(engine.url)}: {_first_line(exc)}") from exc
    except Exception:
        engine.dispose()
        raise
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for one action each; objects stay readable after commit."""
    return sessionmaker(engine, expire_on_commit=False)
