"""One writer per SQLite log: a second is refused with the holder named; a killed holder blocks nobody."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db.lock import LogInUse, LogLock, check_free, lock_path

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from pathlib import Path
from db.lock import LogLock
LogLock.take(Path(sys.argv[1]), program="monitor")
print("locked", flush=True)
time.sleep(120)
"""


def test_a_second_writer_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    log = tmp_path / "log.sqlite3"
    first = LogLock.take(log, program="monitor")
    try:
        with pytest.raises(LogInUse) as refused:
            LogLock.take(log, program="gui")
        message = str(refused.value)
        assert f"pid {os.getpid()}, monitor on " in message and str(log) in message
        assert "\n" not in message
        with pytest.raises(LogInUse):
            check_free(log)
    finally:
        first.release()
    check_free(log)  # let go: free again
    again = LogLock.take(log, program="gui")
    again.release()
    assert lock_path(log).exists()  # the file stays; only the lock on it comes and goes


def test_a_holder_killed_with_sigkill_blocks_nobody(tmp_path: Path) -> None:
    log = tmp_path / "log.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(log)],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked", proc.stderr.read() if proc.stderr else ""
        with pytest.raises(LogInUse, match=rf"pid {proc.pid}, monitor on "):
            LogLock.take(log, program="monitor")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    LogLock.take(log, program="monitor").release()
