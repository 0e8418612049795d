"""Floor request numbers come from the database: two consoles sharing one log never hand out the same number.

Each test runs on a SQLite file and on the PostgreSQL server named by BRIDGEWALL_TEST_PG (skipped with the reason
when it is not set).
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session

from console.domain import FloorRequest, FloorState, RequestSource
from console.records import FloorRequestFiled, FloorRequestMoved, new_key
from db.engine import open_database
from db.records import (
    add_floor_request,
    file_floor_request,
    list_floor_requests,
    list_floor_transitions,
    record_floor_transition,
)
from db.writer import Store

from .conftest import at, migrated_to

PER_CONSOLE = 60


def filed(site: str, minute: float) -> FloorRequest:
    return FloorRequest(site, FloorState.PENDING, 0, at(minute), source=RequestSource.MCU, seq=1)


def test_two_consoles_filing_at_once_never_share_a_number(db_url: str) -> None:
    """Two writers, each with its own engine (two consoles), file requests into one database at the same time."""
    engines = [open_database(db_url), open_database(db_url)]
    stores = [Store(engine, interval=0.001) for engine in engines]
    start = threading.Barrier(2)
    keys: list[list[int]] = [[], []]

    def console(n: int) -> None:
        start.wait()
        for i in range(PER_CONSOLE):
            key = new_key()
            keys[n].append(key)
            # every request carries the same floor seq, as each console's own floor counts from 1
            stores[n].put(FloorRequestFiled(key, "giaoban", filed(f"C{n}.{i}", i), actor=f"console{n}"))
            if i % 3 == 2:
                stores[n].put(FloorRequestMoved(key, FloorState.ACCEPTED, at(i + 0.5), f"console{n}"))
                assert stores[n].flush(30)  # many small transactions, interleaved with the other console's

    threads = [threading.Thread(target=console, args=(n,)) for n in range(2)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        for store in stores:
            assert store.close(30)
            assert store.error is None
        with Session(engines[0]) as session:
            rows = list_floor_requests(session)
            transitions = list_floor_transitions(session)
    finally:
        for engine in engines:
            engine.dispose()

    assert len(rows) == 2 * PER_CONSOLE  # both consoles' requests are kept
    assert len({r.seq for r in rows}) == len(rows)  # and no number was handed out twice
    assert all(r.seq > 0 for r in rows)
    for n in range(2):
        mine = [r for r in rows if r.site.startswith(f"C{n}.")]
        # the export (seq order) lists each console's requests in the order it filed them
        assert [r.site for r in mine] == [f"C{n}.{i}" for i in range(PER_CONSOLE)]
        accepted = {r.site for r in mine if r.state is FloorState.ACCEPTED}
        assert accepted == {f"C{n}.{i}" for i in range(PER_CONSOLE) if i % 3 == 2}
    assert len(transitions) == 2 * PER_CONSOLE + 2 * (PER_CONSOLE // 3)


def test_a_number_written_by_hand_is_not_handed_out_again(engine: Engine) -> None:
    with Session(engine) as session:
        taken = add_floor_request(session, FloorRequest("A", FloorState.PENDING, 0, at(1), seq=1))
        session.commit()
    with Session(engine) as session:
        first = file_floor_request(session, filed("B", 2))
        second = file_floor_request(session, filed("C", 3))
        session.commit()
    with Session(engine) as session:
        rows = list_floor_requests(session)
        created = list_floor_transitions(session, first)
    assert [(r.id, r.seq) for r in rows] == [(taken, 1), (first, 2), (second, 3)]
    assert [(t.from_state, t.to_state) for t in created] == [(None, FloorState.PENDING)]


# --- the migration ---------------------------------------------------------------------------------------------


def _fill(engine: Engine, numbers: list[int]) -> list[int]:
    """Requests with the given numbers (filed in this order), each with a second transition; their ids."""
    ids = []
    with Session(engine) as session:
        for i, seq in enumerate(numbers):
            row_id = add_floor_request(session, FloorRequest(f"S{i}", FloorState.PENDING, 0, at(i), seq=seq))
            record_floor_transition(session, row_id, FloorState.ACCEPTED, at(i + 0.5), actor="chair")
            ids.append(row_id)
        session.commit()
    return ids


def test_the_upgrade_numbers_a_log_with_shared_numbers_again_and_keeps_every_row(db_url: str) -> None:
    old = migrated_to(db_url, "0002")
    try:
        # two consoles counted max + 1 each: 1 and 2 were handed out twice
        ids = _fill(old, [1, 1, 2, 2, 3])
    finally:
        old.dispose()
    engine = open_database(db_url)
    try:
        with Session(engine) as session:
            rows = list_floor_requests(session)
            transitions = list_floor_transitions(session)
            new = file_floor_request(session, filed("new", 9))
            session.commit()
            after = list_floor_requests(session)
        indexes = {ix["name"]: ix for ix in inspect(engine).get_indexes("floor_requests")}
    finally:
        engine.dispose()
    assert [(r.id, r.seq) for r in rows] == list(zip(ids, [1, 2, 3, 4, 5], strict=True))
    assert len(transitions) == 10  # every request keeps its history
    assert indexes["uq_floor_requests_seq"]["unique"]
    assert [(r.id, r.seq) for r in after][-1] == (new, 6)


def test_the_upgrade_keeps_the_numbers_of_a_log_without_shared_ones(db_url: str) -> None:
    old = migrated_to(db_url, "0002")
    try:
        ids = _fill(old, [3, 7, 4])
    finally:
        old.dispose()
    engine = open_database(db_url)
    try:
        with Session(engine) as session:
            new = file_floor_request(session, filed("new", 9))
            session.commit()
            rows = list_floor_requests(session)
    finally:
        engine.dispose()
    assert [(r.id, r.seq) for r in rows] == [(ids[0], 3), (ids[2], 4), (ids[1], 7), (new, 8)]
