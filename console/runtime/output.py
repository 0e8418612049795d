"""What the command-line subcommands share on their way out: bytes to standard output, a database error in one line."""

from __future__ import annotations

import sys


def write_stdout(data: bytes) -> None:
    """`data` to standard output as it is (UTF-8 bytes), after anything already printed."""
    out = getattr(sys.stdout, "buffer", None)
    if out is not None:
        sys.stdout.flush()
        out.write(data)
        out.flush()
    else:  # a replaced stdout (a test's capture) takes text
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()


def error_line(exc: BaseException) -> str:
    """The first line of a database error's own message (the driver's, not SQLAlchemy's wrapping)."""
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
