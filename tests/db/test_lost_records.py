"""The writer never loses a record silently: what the database refuses is counted with its reason and told; what
it cannot take for a while waits and is written later; MCU text of any length or with a NUL byte is stored whole."""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    CommandRecord,
    FloorRequest,
    FloorState,
    Incident,
    IncidentKind,
    IncidentOpened,
    Severity,
)
from console.records import CommandLogged, FloorRequestFiled, new_key
from db import runs
from db.engine import open_database
from db.models import NUL_SIGN
from db.records import (
    Join,
    list_attendance,
    list_commands,
    list_floor_requests,
    list_incidents,
    list_meetings,
    record_joins,
)
from db.writer import Store

from .conftest import at


def begin(engine: Engine) -> int:
    with Session(engine) as s:
        run_id, _ = runs.begin_run(s, at(0), program="test", alive_after=None)
        s.commit()
    return run_id


class Heard:
    def __init__(self, store: Store) -> None:
        self.errors: list[str | None] = []
        self.lost: list[tuple[int, str]] = []
        store.error_listeners.append(self.errors.append)
        store.lost_listeners.append(lambda count, reason: self.lost.append((count, reason)))


def long_name(rng: random.Random, n: int) -> str:
    """Text that does not compress (a B-tree index entry of it would be refused by PostgreSQL), with a NUL."""
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ ĐIỂMCẦU0123456789"
    body = "".join(rng.choice(letters) for _ in range(n))
    return f"Điểm cầu {body[: n // 2]}\x00{body[n // 2 :]}"


def test_long_names_and_nul_bytes_are_stored_whole(engine: Engine) -> None:
    rng = random.Random(7)
    name, uuid, alias = long_name(rng, 60_000), long_name(rng, 5_000), long_name(rng, 3_000)
    stored = name.replace("\x00", NUL_SIGN)
    run = begin(engine)
    store = Store(engine, run=run)
    heard = Heard(store)
    command, floor = new_key(), new_key()
    store.put(
        AttendanceJoined(name, uuid, at(1), alias),
        AttendanceJoined("X.2", "u2", at(1), alias),
        IncidentOpened(1, Incident(name, IncidentKind.LINK_DOWN, Severity.CRITICAL, at(2), detail=alias)),
        CommandLogged(command, CommandRecord("op", "mute_audio", name, at(3))),
        FloorRequestFiled(
            floor, alias, FloorRequest(name, FloorState.PENDING, 2, at(4), delegate=name, topic=name), "op"
        ),
        AttendanceLeft(name, "", at(5), by_operator=False, conference=alias),  # found by its name
        AttendanceLeft(
            "X.2", uuid, at(6), by_operator=False, conference=alias
        ),  # found by its participant id
    )
    assert store.close(at=at(9))
    assert (store.lost, heard.lost, heard.errors) == (0, [], [])

    with Session(engine) as s:
        spans = list_attendance(s, site=name)  # the query goes through the same replacement
        [incident] = list_incidents(s, site=name)
        [meeting] = list_meetings(s)
        [audit] = list_commands(s)
        [request] = list_floor_requests(s)
    [span] = spans
    assert (span.site, span.participant_uuid, span.left_at, span.closed_by) == (
        stored,
        uuid.replace("\x00", NUL_SIGN),
        at(5),
        None,
    )
    assert len(span.site) == len(name) and "\x00" not in span.site
    assert (incident.site, incident.detail) == (stored, alias.replace("\x00", NUL_SIGN))
    assert meeting.conference == alias.replace("\x00", NUL_SIGN)
    assert audit.target == stored
    assert (request.site, request.delegate, request.topic) == (stored, stored, stored)


def _refuse(engine: Engine, code: str) -> None:
    """A trigger that makes the database refuse one site's attendance, with SQLSTATE `code` on PostgreSQL."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_poison BEFORE INSERT ON attendance WHEN NEW.site = 'POISON' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
                )
            )
            return
        conn.execute(
            text(
                "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.site = 'POISON' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '{code}'; "
                "END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER refuse_poison BEFORE INSERT ON attendance "
                "FOR EACH ROW EXECUTE FUNCTION refuse_poison()"
            )
        )


def test_a_record_the_database_refuses_is_counted_and_told_and_the_rest_kept(engine: Engine) -> None:
    _check_refused(engine, "P0001")


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_record_refused_as_over_a_limit_is_not_taken_for_a_log_that_cannot_be_written(
    engine: Engine,
) -> None:
    """SQLSTATE 54000 (program_limit_exceeded: a B-tree refusing a long name did it) reaches the writer as an
    OperationalError, as from a database that cannot be written at all; the writer tells the two apart by trying
    a write of its own, so one such record neither blocks the queue for ever nor goes unsaid."""
    _check_refused(engine, "54000")


def _check_refused(engine: Engine, code: str) -> None:
    _refuse(engine, code)
    store = Store(engine, run=begin(engine), interval=60)  # one batch: the refused join among the others
    heard = Heard(store)
    joins = [AttendanceJoined(f"X.{i}", f"u{i}", at(1), "giaoban") for i in range(10)]
    store.put(*joins[:5], AttendanceJoined("POISON", "p", at(1), "giaoban"), *joins[5:])
    store.put(IncidentOpened(1, Incident("X.1", IncidentKind.NO_AUDIO, Severity.WARNING, at(2))))
    assert store.close(at=at(3))

    assert store.lost == 1
    assert store.lost_reason is not None and "refused by the test" in store.lost_reason
    assert heard.lost == [(1, store.lost_reason)]
    assert heard.errors == []  # the log itself was writable all along
    assert store.error == f"1 record(s) could not be written: {store.lost_reason}"
    with Session(engine) as s:
        assert sorted(a.site for a in list_attendance(s)) == sorted(j.site for j in joins)
        assert len(list_incidents(s)) == 1


def _damage(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage, as a failing disk would."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xa5" * size)


def test_a_damaged_log_file_counts_every_record_it_refuses(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    with Session(engine) as s:
        record_joins(s, (Join(f"OLD.{i}", at(0), participant_uuid=f"o{i}") for i in range(2000)))
        s.commit()
    engine.dispose()
    _damage(path, "attendance")

    engine = open_database(f"sqlite:///{path}")
    try:
        store = Store(engine, run=begin(engine))
        heard = Heard(store)
        store.put(*(AttendanceJoined(f"X.{i}", f"u{i}", at(1), "giaoban") for i in range(50)))
        store.put(IncidentOpened(1, Incident("X.1", IncidentKind.LINK_DOWN, Severity.CRITICAL, at(2))))
        store.close(at=at(3))
        with Session(engine) as s:
            [incident] = list_incidents(s)  # the incidents table is whole: its record is kept
    finally:
        engine.dispose()
    assert store.lost == 50
    assert store.lost_reason == "DatabaseError: database disk image is malformed"
    assert heard.lost and heard.lost[-1] == (50, store.lost_reason)
    assert store.error == "50 record(s) could not be written: DatabaseError: database disk image is malformed"
    assert incident.site == "X.1"


def _short_busy_timeout(engine: Engine) -> None:
    def short(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 100")

    event.listen(engine, "connect", short)  # after the engine's own pragmas
    engine.dispose()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_log_that_is_locked_for_a_while_keeps_the_records_and_writes_them_later(
    engine: Engine, db_url: str
) -> None:
    _short_busy_timeout(engine)
    store = Store(engine, run=begin(engine), interval=0.05)
    heard = Heard(store)
    blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    blocker.execute("BEGIN IMMEDIATE")  # another writer holds the log
    try:
        store.put(*(AttendanceJoined(f"X.{i}", f"u{i}", at(1), "giaoban") for i in range(5)))
        deadline = time.monotonic() + 20
        while not heard.errors and time.monotonic() < deadline:
            time.sleep(0.02)
        assert heard.errors == ["OperationalError: database is locked"]
        assert store.error == "OperationalError: database is locked" and store.lost == 0
    finally:
        blocker.rollback()
        blocker.close()
    assert store.close(at=at(2))
    assert heard.errors == ["OperationalError: database is locked", None]
    assert (store.lost, heard.lost) == (0, [])
    assert store.error is None
    with Session(engine) as s:
        assert len(list_attendance(s)) == 5


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_records_still_unwritten_when_the_store_closes_are_counted_lost(engine: Engine, db_url: str) -> None:
    _short_busy_timeout(engine)
    store = Store(engine, run=begin(engine), interval=0.05)
    heard = Heard(store)
    blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    blocker.execute("BEGIN IMMEDIATE")
    try:
        store.put(*(AttendanceJoined(f"X.{i}", f"u{i}", at(1), "giaoban") for i in range(7)))
        assert not store.close(timeout=1.0, at=at(2))
    finally:
        blocker.rollback()
        blocker.close()
    assert store.lost == 7
    assert store.lost_reason == "OperationalError: database is locked"
    assert heard.lost == [(7, "OperationalError: database is locked")]
