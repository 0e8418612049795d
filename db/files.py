"""The log's SQLite file: where it is kept by default, its URL, and whether a file can be a log at all.

Nothing here loads SQLAlchemy (a quarter of a second): the window checks its log at the door with this before its
first paint. `db.engine` opens what these name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import platformdirs

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "bridgewall"
DB_FILENAME = "bridgewall.sqlite3"
DEMO_DB_FILENAME = "bridgewall-demo.sqlite3"  # the demo's own log, beside the default one
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseOpenError(RuntimeError):
    """The database cannot be opened: a bad URL, an uncreatable file, an unreachable server, a failed upgrade."""


def data_directory(*, create: bool = False) -> Path:
    """The per-user data directory (created with `create`; DatabaseOpenError when it cannot be)."""
    directory = Path(platformdirs.user_data_dir(APP_NAME))
    if create:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(
                f"cannot create the data directory {directory}: {exc.strerror or exc}"
            ) from exc
    return directory


def sqlite_url(path: Path | str) -> str:
    """The URL of the SQLite file `path`, spelled as SQLAlchemy's `URL.create("sqlite", database=path)` renders it."""
    return "sqlite:///" + quote(str(path), safe=" +/")


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None (in memory, or not SQLite)."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or (database.startswith("file:") and "mode=memory" in database):
        return None
    if database.startswith("file:"):
        return Path(database[len("file:") :].split("?", 1)[0])
    return Path(database)


def not_a_log(path: Path) -> str | None:
    """Why the existing `path` cannot be a log (a directory, unreadable, not a SQLite database), or None."""
    if path.is_dir():
        return f"the log {path} is a directory, not a database file"
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return f"cannot read the log {path}: {exc.strerror or exc}"
    if head and head != SQLITE_MAGIC:
        return f"the log {path} is not a SQLite database"
    return None
