"""A writer killed with SIGKILL mid-loop loses nothing it had committed, and leaves no half transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.engine import open_database
from db.records import list_attendance, list_commands

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_BEFORE_KILL = 60

# Each transaction writes one command and one attendance span, then reports the command's id once committed.
WRITER = """
import sys
from datetime import UTC, datetime, timedelta
from sqlalchemy.orm import Session
from console.domain import CommandRecord
from db.engine import open_database
from db.records import log_command, record_join

engine = open_database(sys.argv[1])
t0 = datetime(2025, 3, 1, tzinfo=UTC)
print("ready", flush=True)
i = 0
while True:
    with Session(engine) as s:
        at = t0 + timedelta(seconds=i)
        command_id = log_command(s, CommandRecord("writer", "ping", f"site-{i}", at))
        record_join(s, f"site-{i}", at, participant_uuid=str(command_id))
        s.commit()
    print(command_id, flush=True)
    i += 1
"""


def test_sigkill_loses_no_committed_record(db_url: str) -> None:
    open_database(db_url).dispose()  # migrate first, so the writer only writes
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, db_url],
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    committed: list[int] = []
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        while len(committed) < COMMITTED_BEFORE_KILL:
            line = proc.stdout.readline()
            assert line, f"the writer died early: {proc.stderr.read() if proc.stderr else ''}"
            committed.append(int(line))
        os.kill(proc.pid, signal.SIGKILL)  # the writer is in the middle of its loop
        proc.wait(timeout=30)
        # ids it committed but had no time to report are fine; reported ones must all be there
        committed.extend(int(line) for line in proc.stdout.read().split())
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL

    engine = open_database(db_url)
    try:
        with Session(engine) as s:
            commands = list_commands(s)
            spans = list_attendance(s)
            if engine.dialect.name == "sqlite":
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        engine.dispose()
    stored = {c.id for c in commands if c.id is not None}
    assert len(stored) == len(commands)
    assert set(committed) <= stored
    assert len(stored) >= COMMITTED_BEFORE_KILL
    # both rows of a transaction, or neither
    assert sorted(int(a.participant_uuid) for a in spans) == sorted(stored)
