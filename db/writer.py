"""The one writer to the log: the core's typed writes queue up and are committed in batches on a thread of their own.

`Store` implements `console.records.Recorder`. Each write (`console.records.Write`) becomes `db.records` calls on
the writer thread. Writes name their subject by the core's key (the tracker's incident key, a command's or a floor
request's `new_key()`, a conference alias); the store keeps the key → row id maps, so a write finds the row a write
queued before it created, in the same batch or an earlier one.

Nobody else writes while the console runs, and the GUI thread never waits on the database. A batch that
fails (disk full, database locked, server gone) is rolled back whole and kept: it is retried on the next
round, so nothing committed is lost and nothing queued is dropped while the process lives. The failure is
logged once per kind and reported to listeners so the operator sees it. A record the database refuses is
left out and the rest of its batch written.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from console.domain import (
    AttendanceJoined,
    AttendanceLeft,
    Change,
    IncidentGrouped,
    IncidentOpened,
    IncidentResolved,
    Meeting,
    ParentOpened,
)
from console.records import (
    CommandFinished,
    CommandLogged,
    ErrorListener,
    FloorRequestFiled,
    FloorRequestMoved,
    IncidentAcknowledged,
    IncidentEdited,
    IncidentResolvedManually,
    Recorder,
    Write,
)
from db import records
from db.engine import session_factory

log = logging.getLogger("bridgewall.store")

K = TypeVar("K", bound=Hashable)


class _IdMap(Generic[K]):
    """Keys → row ids: what a batch adds is staged, and kept only when the batch commits."""

    def __init__(self) -> None:
        self.kept: dict[K, int] = {}  # read from any thread, changed only on the writer thread
        self.staged: dict[K, int] = {}

    def get(self, key: K) -> int | None:
        found = self.staged.get(key)
        return found if found is not None else self.kept.get(key)

    def __setitem__(self, key: K, row_id: int) -> None:
        self.staged[key] = row_id

    def keep(self) -> None:
        self.kept.update(self.staged)
        self.staged = {}

    def drop(self) -> None:
        self.staged = {}


@dataclass
class _Ids:
    """The store's id maps (tracker keys, command keys, floor keys, conference aliases → row ids)."""

    incidents: _IdMap[int] = field(default_factory=_IdMap)
    commands: _IdMap[int] = field(default_factory=_IdMap)
    floor: _IdMap[int] = field(default_factory=_IdMap)
    meetings: _IdMap[str] = field(default_factory=_IdMap)

    def _maps(self) -> tuple[_IdMap[Any], ...]:
        return (self.incidents, self.commands, self.floor, self.meetings)

    def keep(self) -> None:
        for m in self._maps():
            m.keep()

    def drop(self) -> None:
        for m in self._maps():
            m.drop()

    def incident(self, key: int) -> int:
        row_id = self.incidents.get(key)
        if row_id is None:
            raise records.RecordNotFound(f"incident {key} was not written")
        return row_id


@dataclass(frozen=True, slots=True)
class _Call:
    """A plain `db.records` write that needs no id map (`Store.call`)."""

    work: Callable[[Session], Any]


_Queued = Write | _Call


def _meeting_id(session: Session, ids: _Ids, conference: str, at: datetime) -> int:
    meeting = ids.meetings.get(conference)
    if meeting is None:
        meeting = records.start_meeting(
            session,
            Meeting(title=conference, host_agency="", host_site=None, start=at, conference=conference),
        )
        ids.meetings[conference] = meeting
    return meeting


def _apply(session: Session, ids: _Ids, write: _Queued) -> Any:
    """Write one record (joins go through `_joins`)."""
    if isinstance(write, _Call):
        return write.work(session)
    if isinstance(write, IncidentOpened | ParentOpened):
        incident = write.incident
        if write.reopens is not None:  # the link to the incident it reopens, when that one was written
            incident = replace(incident, reopens_id=ids.incidents.get(write.reopens))
        ids.incidents[write.key] = row_id = records.open_incident(session, incident)
        return row_id
    if isinstance(write, IncidentGrouped):
        return records.update_incident(session, ids.incident(write.key), parent_id=ids.incident(write.parent))
    if isinstance(write, IncidentResolved):
        return records.resolve_incident(session, ids.incident(write.key), write.at)
    if isinstance(write, AttendanceJoined):
        return _joins(session, ids, [write])
    if isinstance(write, AttendanceLeft):
        return records.record_leave(
            session, write.at, participant_uuid=write.uuid, site=write.site, by_operator=write.by_operator
        )
    if isinstance(write, IncidentAcknowledged):
        return records.acknowledge_incident(session, ids.incident(write.key), write.by, write.at)
    if isinstance(write, IncidentEdited):
        if write.set_eta:
            return records.update_incident(
                session, ids.incident(write.key), cause=write.cause, fix=write.fix, eta=write.eta
            )
        return records.update_incident(session, ids.incident(write.key), cause=write.cause, fix=write.fix)
    if isinstance(write, IncidentResolvedManually):
        return records.resolve_incident(
            session, ids.incident(write.key), write.at, cause=write.cause, fix=write.fix
        )
    if isinstance(write, CommandLogged):
        ids.commands[write.key] = row_id = records.log_command(session, write.record)
        return row_id
    if isinstance(write, CommandFinished):
        known = ids.commands.get(write.key)
        if known is not None:
            r = write.record
            try:
                return records.finish_command(session, known, r.result, detail=r.detail, rtt_ms=r.rtt_ms)
            except records.RecordNotFound:  # the PENDING row was not kept: log the whole command
                pass
        ids.commands[write.key] = row_id = records.log_command(session, write.record)
        return row_id
    if isinstance(write, FloorRequestFiled):
        request = replace(write.request, meeting_id=ids.meetings.get(write.conference), id=None)
        ids.floor[write.key] = row_id = records.file_floor_request(session, request, actor=write.actor)
        return row_id
    moved: FloorRequestMoved = write
    floor_id = ids.floor.get(moved.key)
    if floor_id is None:
        raise records.RecordNotFound(
            f"floor request {moved.key} was not written; {moved.to_state.name} is lost"
        )
    return records.record_floor_transition(
        session,
        floor_id,
        moved.to_state,
        moved.at,
        actor=moved.actor,
        reason=moved.reason,
        priority=moved.priority,
    )


def _joins(session: Session, ids: _Ids, joins: list[AttendanceJoined]) -> None:
    """Attendance joins written as one statement: a national roll-call is thousands of joins at once."""
    records.record_joins(
        session,
        (records.Join(j.site, j.at, _meeting_id(session, ids, j.conference, j.at), j.uuid) for j in joins),
    )


def _steps(batch: list[_Queued], ids: _Ids) -> Iterator[Callable[[Session], Any]]:
    """The batch as `db.records` calls, in order, each run of consecutive joins made one call."""
    run: list[AttendanceJoined] = []
    for write in batch:
        if isinstance(write, AttendanceJoined):
            run.append(write)
            continue
        if run:
            yield _bind_joins(run, ids)
            run = []
        yield _bind(write, ids)
    if run:
        yield _bind_joins(run, ids)


def _bind(write: _Queued, ids: _Ids) -> Callable[[Session], Any]:
    return lambda session: _apply(session, ids, write)


def _bind_joins(joins: list[AttendanceJoined], ids: _Ids) -> Callable[[Session], Any]:
    return lambda session: _joins(session, ids, joins)


class Store(Recorder):
    """Batched, ordered writes to one database, from any thread, on one writer thread."""

    def __init__(self, engine: Engine, interval: float = 0.5) -> None:
        self.engine = engine
        self.interval = interval
        self._sessions = session_factory(engine)
        self._queue: queue.SimpleQueue[_Queued | None] = queue.SimpleQueue()
        self._pending: list[_Queued] = []
        self._ids = _Ids()
        self._lock = threading.Condition()
        self._submitted = 0
        self._committed = 0
        self._failing: str | None = None
        self.error_listeners: list[ErrorListener] = []
        self._thread = threading.Thread(target=self._run, name="bridgewall-store", daemon=True)
        self._thread.start()

    # --- from any thread ----------------------------------------------------------------------------
    def put(self, *writes: Write) -> None:
        self._enqueue(writes)

    def record(self, changes: Iterable[Change]) -> None:
        self.put(*changes)

    def call(self, write: Callable[[Session], Any]) -> None:
        """Queue a plain `db.records` write that needs no id map."""
        self._enqueue((_Call(write),))

    @property
    def error(self) -> str | None:
        """The last failure, one line, while writes are failing; None when the log is healthy."""
        return self._failing

    def incident_id(self, key: int) -> int | None:
        """The row of the incident of tracker key `key`, once committed."""
        return self._ids.incidents.kept.get(key)

    def command_id(self, key: int) -> int | None:
        return self._ids.commands.kept.get(key)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is committed; False if that did not happen in time."""
        with self._lock:
            target = self._submitted
            return self._lock.wait_for(lambda: self._committed >= target, timeout)

    def close(self, timeout: float = 10.0) -> bool:
        done = self.flush(timeout)
        self._queue.put(None)
        self._thread.join(timeout)
        return done

    def _enqueue(self, writes: tuple[_Queued, ...]) -> None:
        with self._lock:
            self._submitted += len(writes)
        for write in writes:
            self._queue.put(write)

    # --- the writer thread --------------------------------------------------------------------------
    def _run(self) -> None:
        stopping = False
        while not stopping:
            try:
                first = self._queue.get(timeout=self.interval if self._pending else None)
            except queue.Empty:
                first = None
            else:
                if first is None:
                    stopping = True
                else:
                    self._pending.append(first)
            while True:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stopping = True
                else:
                    self._pending.append(more)
            if self._pending:
                self._commit()

    def _commit(self) -> None:
        batch = self._pending
        ids = self._ids
        try:
            self._write(batch, ids)
        except OperationalError as exc:  # the database is unwritable now (full, locked, gone): keep and retry
            ids.drop()
            message = _one_line(exc)
            if message != self._failing:
                log.error("could not write %d record(s) to the log, will retry: %s", len(batch), message)
                self._notify(message)
            self._failing = message
            return
        except Exception:  # a record the database refuses: write the others, report the one
            ids.drop()
            for write in batch:
                try:
                    self._write([write], ids)
                except OperationalError:
                    ids.drop()
                    raise
                except Exception as exc:
                    ids.drop()
                    log.error("a record was refused by the log and is not kept: %s", _one_line(exc))
                else:
                    ids.keep()
        else:
            ids.keep()
        self._pending = []
        if self._failing is not None:
            log.info("the log is writable again; %d delayed record(s) written", len(batch))
            self._failing = None
            self._notify(None)
        with self._lock:
            self._committed += len(batch)
            self._lock.notify_all()

    def _write(self, batch: list[_Queued], ids: _Ids) -> None:
        with self._sessions() as session:
            records.write_batch(session, _steps(batch, ids))

    def _notify(self, message: str | None) -> None:
        for listener in self.error_listeners:
            listener(message)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"
