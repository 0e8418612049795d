"""The audit chain on a real log: it verifies, and any entry edited, deleted or re-ordered directly in the database
is named; two writers keep one chain."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from console.access import AuditTrail, ChainBroken, Damage
from console.domain.access import Actor, ActorKind, AuditResult, Role
from db.audit import AuditBook

from .conftest import KEY, Rig

ROOT = Path(__file__).resolve().parents[2]
AN = Actor("an", frozenset({Role.OPERATOR}), ActorKind.SIGNED_IN)


def fill(rig: Rig, n: int = 8) -> None:
    for i in range(1, n + 1):
        rig.trail.record(AN, "incident.acknowledge", f"incident {i}", AuditResult.OK, f"điểm cầu {i}")
        rig.clock.advance(seconds=1.5)


def sql(engine: Engine, *statements: str) -> None:
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def swap_ids(engine: Engine, a: int, b: int) -> None:
    sql(
        engine,
        f"UPDATE audit SET id = -1 WHERE id = {a}",
        f"UPDATE audit SET id = {a} WHERE id = {b}",
        f"UPDATE audit SET id = {b} WHERE id = -1",
    )


def test_an_untouched_chain_is_intact(rig: Rig) -> None:
    assert rig.trail.verify().message == "chain intact: 0 entries"
    fill(rig)
    verdict = rig.trail.verify()
    assert verdict.intact and verdict.message == "chain intact: 8 entries"
    assert [r.seq for r in rig.trail.records()] == list(range(1, 9))


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE audit SET detail = 'nothing happened' WHERE id = 4",
        "UPDATE audit SET actor = 'binh' WHERE id = 4",
        "UPDATE audit SET result = 'refused' WHERE id = 4",
        "UPDATE audit SET mac = (SELECT mac FROM audit WHERE id = 3) WHERE id = 4",
    ],
)
def test_an_edited_entry_is_named(rig: Rig, edit: str) -> None:
    fill(rig)
    sql(rig.engine, edit)
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id, verdict.seq) == (Damage.EDITED, 4, 4)
    assert verdict.message.startswith("chain broken at entry id 4 (seq 4): edited")


def test_a_time_moved_by_a_microsecond_is_an_edit(rig: Rig) -> None:
    fill(rig)
    [at] = [r.entry.at for r in rig.trail.records() if r.id == 6]
    moved = at.replace(microsecond=at.microsecond + 1)
    with rig.engine.begin() as conn:
        value = moved.replace(tzinfo=None) if rig.engine.dialect.name == "sqlite" else moved
        conn.execute(text("UPDATE audit SET at = :at WHERE id = 6"), {"at": value})
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id) == (Damage.EDITED, 6)


@pytest.mark.parametrize(("deleted", "named"), [(5, 6), (1, 2)])
def test_a_deleted_entry_is_named(rig: Rig, deleted: int, named: int) -> None:
    fill(rig)
    sql(rig.engine, f"DELETE FROM audit WHERE id = {deleted}")
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id, verdict.seq) == (Damage.DELETED, named, deleted)
    assert f"entry seq {deleted} is missing before it" in verdict.message


def test_the_last_entries_deleted_are_seen(rig: Rig) -> None:
    fill(rig)
    sql(rig.engine, "DELETE FROM audit WHERE id >= 7")
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id, verdict.seq) == (Damage.DELETED, None, 7)
    assert (
        verdict.message
        == "chain broken after the last entry: deleted: entries seq 7–8 are missing at the end"
    )
    # an entry written afterwards does not hide the gap
    rig.trail.record(AN, "incident.resolve", "incident 9")
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.seq) == (Damage.DELETED, 7)


def test_two_entries_swapped_are_named(rig: Rig) -> None:
    fill(rig)
    swap_ids(rig.engine, 3, 6)
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id, verdict.seq) == (Damage.REORDERED, 3, 3)
    assert "entry seq 3 comes later, at id 6" in verdict.message


def test_two_entries_contents_swapped_are_named(rig: Rig) -> None:
    fill(rig)
    columns = ("at", "actor", "actor_kind", "action", "target", "result", "detail")
    with rig.engine.begin() as conn:
        rows = {
            i: conn.execute(text(f"SELECT {', '.join(columns)} FROM audit WHERE id = {i}")).one()
            for i in (4, 5)
        }
        assignments = ", ".join(f"{c} = :{c}" for c in columns)
        for mine, theirs in ((4, 5), (5, 4)):
            conn.execute(
                text(f"UPDATE audit SET {assignments} WHERE id = {mine}"),
                dict(zip(columns, rows[theirs], strict=True)),
            )
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id) == (Damage.REORDERED, 4)
    assert "its content is entry id 5's: the two were swapped" in verdict.message


def test_an_edit_stays_visible_after_more_entries(rig: Rig) -> None:
    fill(rig, 4)
    sql(rig.engine, "UPDATE audit SET target = 'incident 99' WHERE id = 2")
    fill(rig, 3)
    verdict = rig.trail.verify()
    assert (verdict.damage, verdict.record_id, verdict.count) == (Damage.EDITED, 2, 1)


def test_a_head_edited_or_reset_is_seen_and_nothing_is_appended(rig: Rig) -> None:
    fill(rig, 3)
    sql(rig.engine, "UPDATE audit_head SET seq = 2, mac = (SELECT mac FROM audit WHERE seq = 2)")
    assert rig.trail.verify().damage is Damage.HEAD
    with pytest.raises(ChainBroken, match="head does not verify"):
        rig.trail.record(AN, "incident.resolve", "incident 1")
    assert len(rig.trail.records()) == 3
    # emptied whole but for the head's reset: still seen while any entry is left
    sql(rig.engine, "UPDATE audit_head SET seq = 0, mac = '', tag = ''")
    verdict = rig.trail.verify()
    assert verdict.damage is Damage.HEAD and "gone or reset" in verdict.message
    with pytest.raises(ChainBroken, match="head is gone"):
        rig.trail.record(AN, "incident.resolve", "incident 1")


def test_another_key_verifies_nothing(rig: Rig) -> None:
    fill(rig, 2)
    other = AuditTrail(rig.audit, bytes(32), rig.clock)
    verdict = other.verify()
    assert (verdict.damage, verdict.record_id) == (Damage.EDITED, 1)
    assert "or the key file is not this log's" in verdict.message
    with pytest.raises(ChainBroken):
        other.record(AN, "incident.resolve", "incident 1")


def test_what_is_stored_is_what_was_sealed(rig: Rig) -> None:
    odd = Actor("Nguyễn Văn An" * 20, frozenset(), ActorKind.NAMED)
    rig.trail.record(odd, "x" * 300, "t\u0000" * 200, AuditResult.FAILED, "  a\nb\u0000c  " + "d" * 5000)
    rig.trail.record(AN, "sign-in", "an", AuditResult.OK, "\udcff surrogate from argv")
    assert rig.trail.verify().message == "chain intact: 2 entries"
    first = rig.trail.records()[0].entry
    assert len(first.actor) == 128 and first.actor.endswith("…")
    assert "\x00" not in first.target and first.detail.startswith("a b\ufffdc")


# --- two writers, one chain ------------------------------------------------------------------------------------


def test_two_consoles_writing_at_once_keep_one_chain(engine: Engine, db_url: str) -> None:
    per_writer = 40
    consoles = [create_engine(db_url), create_engine(db_url)]
    start = threading.Barrier(len(consoles))
    failures: list[BaseException] = []

    def write(index: int, console: Engine) -> None:
        trail = AuditTrail(AuditBook(console), KEY)
        actor = Actor(f"desk{index}", frozenset({Role.OPERATOR}), ActorKind.SIGNED_IN)
        start.wait()
        try:
            for n in range(per_writer):
                trail.record(actor, "incident.acknowledge", f"incident {n}")
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(i, c)) for i, c in enumerate(consoles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for console in consoles:
        console.dispose()
    assert failures == []
    trail = AuditTrail(AuditBook(engine), KEY)
    assert trail.verify().message == f"chain intact: {2 * per_writer} entries"
    assert sorted(r.seq for r in trail.records()) == list(range(1, 2 * per_writer + 1))


APPENDER = """
import sys
from console.access import AuditTrail
from console.domain.access import Actor, ActorKind, Role
from db.audit import AuditBook
from db.engine import make_engine
url, name, count, key = sys.argv[1], sys.argv[2], int(sys.argv[3]), bytes.fromhex(sys.argv[4])
engine = make_engine(url)
trail = AuditTrail(AuditBook(engine), key)
actor = Actor(name, frozenset({Role.OPERATOR}), ActorKind.SIGNED_IN)
sys.stdout.write("ready\\n"); sys.stdout.flush()
sys.stdin.readline()
for n in range(count):
    trail.record(actor, "floor.grant", f"request {n}")
engine.dispose()
"""


def test_two_processes_writing_at_once_keep_one_chain(engine: Engine, db_url: str) -> None:
    per_writer = 40
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", APPENDER, db_url, f"desk{i}", str(per_writer), KEY.hex()],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for i in range(2)
    ]
    try:
        for writer in writers:  # both connected and waiting: then both go at once
            assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        for writer in writers:
            _out, err = writer.communicate(timeout=50)
            assert writer.returncode == 0, err
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
            writer.communicate()
    trail = AuditTrail(AuditBook(engine), KEY)
    assert trail.verify().message == f"chain intact: {2 * per_writer} entries"
    assert {r.entry.actor for r in trail.records()} == {"desk0", "desk1"}
