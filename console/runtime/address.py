"""The log's address as the configuration gives it, and the checks at its door.

An address given in full (`log.url`, `--db`) is parsed with SQLAlchemy, loaded when first needed; the default file
(the per-user one, or the demo's) needs no parser. A window on it passes the door before SQLAlchemy loads.
"""

from __future__ import annotations

from pathlib import Path

from console.runtime.args import UsageError
from console.runtime.config import Config, masked, override
from db.files import DB_FILENAME, DEMO_DB_FILENAME, data_directory, not_a_log, sqlite_path, sqlite_url
from db.lock import LogInUse, check_free


def default_log_file(config: Config, *, create: bool = False) -> Path:
    """The log's file when the configuration names none: the default one, or the demo's with `--demo`."""
    return data_directory(create=create) / (DEMO_DB_FILENAME if config.demo.enabled else DB_FILENAME)


def log_url(config: Config, *, create: bool = True) -> str:
    """The log's URL as configured (no password added): `log.url`, else the default file (its directory created
    with `create`; DatabaseOpenError when it cannot be)."""
    if config.log.url is not None:
        return config.log.url
    return sqlite_url(default_log_file(config, create=create))


def shown_log(config: Config) -> str:
    """The log's address as shown to people: the default file spelled out, passwords hidden."""
    return masked(log_url(config, create=False))


def _file_of(url: str) -> Path | None:
    """The SQLite file an address given in full names (None: not SQLite, or in memory); UsageError if no URL."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return sqlite_path(make_url(url))
    except (ArgumentError, ValueError):
        raise UsageError(
            f"not a database URL: {masked(url)!r} (e.g. sqlite:///path/to/log.sqlite3)"
        ) from None


def _configured_file(config: Config) -> Path | None:
    return default_log_file(config) if config.log.url is None else _file_of(config.log.url)


def log_file(config: Config) -> Path | None:
    """The SQLite file the configured log is kept in, or None (PostgreSQL, in memory, not a URL)."""
    try:
        return _configured_file(config)
    except UsageError:
        return None


def with_log_file(config: Config, path: Path) -> Config:
    """`config` keeping its log in the SQLite file `path` (chosen in the window after the configured one failed)."""
    return override(config, "log.url", sqlite_url(path.expanduser().absolute()), "the chosen log")


def check_log(config: Config) -> str:
    """The checks at the door, before anything is opened or created; returns the log's URL (without password).

    Raises UsageError for an address that cannot be a log: not a URL, a SQLite path that is a directory, an
    unreadable file or a file that is not a SQLite database. A file that does not exist yet passes (gui and
    monitor create it; export says there is none).
    """
    path = _configured_file(config)
    if path is not None and path.exists():
        problem = not_a_log(path)
        if problem is not None:
            raise UsageError(problem)
    return log_url(config, create=False)


def log_in_use(config: Config) -> str | None:
    """At the door of a console that writes: why it may not (another process writes the SQLite log), or None.
    The lock is only looked at; `console.runtime.build.lock_log` takes it."""
    path = log_file(config)
    if path is None:
        return None
    try:
        check_free(path)
    except LogInUse as exc:
        return str(exc)
    return None
