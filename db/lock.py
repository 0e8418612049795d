"""One writer per SQLite log: a lock file beside the log, held for the life of the process that writes.

`LogLock.take(path, program=...)` locks `<log>.lock` (an advisory `flock` on POSIX, `msvcrt.locking` on Windows)
and writes in it who holds it (pid, start time, program, host). A second process that wants to write the same
log is refused with `LogInUse`, naming the holder. The operating system releases the lock when the process ends,
however it ends (kill -9 included), so a dead holder never blocks the next start; the file itself stays.
Readers (`export`) take no lock: SQLite lets them read while one process writes.

PostgreSQL needs no such lock: several consoles may write one log, each its own run (`db.runs`).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path

from console.domain import LOCAL_TZ, utcnow
from db.files import DatabaseOpenError

LOCK_SUFFIX = ".lock"


class LogInUse(DatabaseOpenError):
    """Another process writes this SQLite log."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    """Who holds the lock, as its file says: "pid 1234, monitor on host, started 08:00:05 01/03/2025"."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        started = datetime.fromisoformat(info["started"]).astimezone(LOCAL_TZ)
        return (
            f"pid {int(info['pid'])}, {info.get('program') or 'bridgewall'} on {info.get('host') or '?'}, "
            f"started {started:%H:%M:%S %d/%m/%Y}"
        )
    except (OSError, ValueError, KeyError, TypeError):
        return "a process that is still starting"


class LogLock:
    """The lock on one SQLite log, held until `release()` or the end of the process."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def take(cls, database: Path, *, program: str, now: datetime | None = None) -> LogLock:
        """Lock the log at `database` for this process; raises LogInUse when another process holds it."""
        path = lock_path(database)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise DatabaseOpenError(
                f"cannot lock the log {database}: {exc.strerror or exc} ({path})"
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise LogInUse(
                f"the log {database} is being written by another Bridgewall process ({_holder(path)}); "
                "only one process may write to a SQLite log (several consoles: use PostgreSQL)"
            )
        started = (now or utcnow()).astimezone(LOCAL_TZ).isoformat(timespec="seconds")
        info = {"pid": os.getpid(), "program": program, "host": socket.gethostname(), "started": started}
        try:
            os.ftruncate(fd, 0)
            os.write(fd, (json.dumps(info) + "\n").encode("utf-8"))
        except OSError:  # the lock holds all the same; only the holder's name is missing
            pass
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)  # closing the descriptor releases the lock


def check_free(database: Path) -> None:
    """Raise LogInUse when another process writes the log at `database` (its lock taken and let go at once)."""
    if not database.parent.is_dir():
        return  # nothing writes there yet; opening it will say what is wrong
    path = lock_path(database)
    if not path.exists():
        return
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return
    try:
        if not _try_lock(fd):
            raise LogInUse(
                f"the log {database} is being written by another Bridgewall process ({_holder(path)}); "
                "only one process may write to a SQLite log (several consoles: use PostgreSQL)"
            )
    finally:
        os.close(fd)
