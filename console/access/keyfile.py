"""The audit key: 32 random bytes, kept as 64 hex digits in a file outside the log, readable by its owner only.

    key = load_key(path, may_create=trail_is_empty)     # KeyFileError: one line, the file named, nothing changed

The file is created (mode 600, its directory 700 when made here) only while the trail is empty: a missing key for
a trail that already has entries means the key was lost or moved, and a new one could never verify them. A file
that its group or others may read or write is refused (on POSIX systems) before it is read.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from pathlib import Path

KEY_BYTES = 32
ENV_VAR = "BRIDGEWALL_AUDIT_KEY_FILE"
_POSIX = os.name == "posix"


class KeyFileError(RuntimeError):
    """The audit key file is missing, unsafe or unreadable: the message says which file and what to do."""


def _check_mode(path: Path) -> None:
    if not _POSIX:
        return
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise KeyFileError(f"the audit key file {path} is not a regular file")
    loose = stat.S_IMODE(mode) & 0o077
    if loose:
        who = "its group or others"
        raise KeyFileError(
            f"the audit key file {path} can be read or written by {who} (mode {stat.S_IMODE(mode):03o}): "
            f"run `chmod 600 {path}` and try again"
        )


def read_key(path: Path) -> bytes:
    """The key in `path`; KeyFileError when it is missing, open to others, or not an audit key."""
    try:
        _check_mode(path)
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise KeyFileError(f"no audit key file at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise KeyFileError(f"cannot read the audit key file {path}: {reason}") from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < KEY_BYTES:
        raise KeyFileError(
            f"the audit key file {path} holds no audit key (expected {KEY_BYTES * 2} hexadecimal digits)"
        )
    return key


def create_key(path: Path) -> bytes:
    """Write a new key to `path` (mode 600) unless a file is already there; return the key the file holds.

    The key is written to a private temporary file and linked into place, so two consoles starting at once end
    up with one key and neither reads a half-written file.
    """
    if not path.parent.exists():
        try:
            path.parent.mkdir(mode=0o700, parents=True)
        except FileExistsError:
            pass
        except OSError as exc:
            raise KeyFileError(
                f"cannot create the directory {path.parent} for the audit key: {exc.strerror or exc}"
            ) from None
    key = secrets.token_bytes(KEY_BYTES)
    try:
        fd, temporary = tempfile.mkstemp(prefix=".audit-key-", dir=path.parent)  # mode 600
    except OSError as exc:
        raise KeyFileError(f"cannot create the audit key file {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(key.hex() + "\n")
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)  # atomic, and never over an existing key
    except OSError as exc:
        raise KeyFileError(f"cannot create the audit key file {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    return read_key(path)


def load_key(path: Path, *, may_create: bool) -> bytes:
    """The audit key in `path`, created first when there is none and `may_create` (the trail is empty)."""
    if path.exists() or path.is_symlink():
        return read_key(path)
    if not may_create:
        raise KeyFileError(
            f"no audit key file at {path}, but the audit trail already holds entries: restore the key file "
            f"(or name it with [audit] key_file or {ENV_VAR}); a new key could not verify them"
        )
    return create_key(path)


__all__ = ["ENV_VAR", "KEY_BYTES", "KeyFileError", "create_key", "load_key", "read_key"]
