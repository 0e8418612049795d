"""The one writer to the log: the core's typed writes queue up and are committed in batches on a thread of their own.

`Store` implements `console.records.Recorder`. Each write (`console.records.Write`) becomes `db.records` calls on
the writer thread. Writes name their subject by the core's key (the tracker's incident key, a command's or a floor
request's `new_key()`, a conference alias); the store keeps the key → row id maps, so a write finds the row a write
queued before it created, in the same batch or an earlier one.

Nobody else writes while the console runs, and the GUI thread never waits on the database. A batch that
fails while the database cannot be written at all (disk full, database locked, server gone: a probe write fails
too) is rolled back whole and kept: it is retried on the next round, so nothing committed is lost and nothing
queued is dropped while the process lives. The failure is logged once per kind and reported to
`error_listeners` so the operator sees it. When the database can be written but refuses a record (a damaged
table, a value it cannot hold, a record whose subject was lost), that record is left out, the rest of its batch
written, and the record counted as lost with its reason (`lost`, `lost_reason`, `lost_listeners`); records still
unwritten when the store closes are counted lost too. Nothing is lost without being counted and told.

With a run (`run=` the id `db.runs.begin_run` gave), the store writes the run's id on what it opens, moves the
run's heartbeat with every commit and every `heartbeat` seconds when idle, continues a conference's meeting a
stop or a recovery closed shortly before (`db.runs.attach_meeting`), and on `close()` ends the run: what it left
open is closed at the stop time, marked `closed_by = 'stop'` (`db.runs.end_run`).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
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
    ParentOpened,
    utcnow,
)
from console.domain.logtext import loggable
from console.records import (
    CommandFinished,
    CommandLogged,
    ConferenceEnded,
    ErrorListener,
    FloorRequestFiled,
    FloorRequestMoved,
    IncidentAcknowledged,
    IncidentEdited,
    IncidentReopened,
    IncidentResolvedManually,
    LostListener,
    Recorder,
    Write,
)
from db import records, runs
from db.engine import session_factory

log = logging.getLogger("bridgewall.store")

K = TypeVar("K", bound=Hashable)


class _IdMap(Generic[K]):
    """Keys → row ids: what a batch adds is staged, and kept only when the batch commits."""

    def __init__(self) -> None:
        self.kept: dict[K, int] = {}  # read from any thread, changed only on the writer thread
        self.staged: dict[K, int] = {}

        self.forgotten: set[K] = set()  # kept keys this batch dropped (`forget`)

    def get(self, key: K) -> int | None:
        found = self.staged.get(key)
        if found is not None or key in self.forgotten:
            return found
        return self.kept.get(key)

    def __setitem__(self, key: K, row_id: int) -> None:
        self.staged[key] = row_id

    def forget(self, key: K) -> None:
        self.staged.pop(key, None)
        self.forgotten.add(key)

    def keep(self) -> None:
        for key in self.forgotten:
            self.kept.pop(key, None)
        self.kept.update(self.staged)
        self.staged = {}
        self.forgotten = set()

    def drop(self) -> None:
        self.staged = {}
        self.forgotten = set()


@dataclass
class _Ids:
    """The store's id maps (tracker keys, command keys, floor keys, conference aliases → row ids)."""

    incidents: _IdMap[int] = field(default_factory=_IdMap)
    commands: _IdMap[int] = field(default_factory=_IdMap)
    floor: _IdMap[int] = field(default_factory=_IdMap)
    meetings: _IdMap[str] = field(default_factory=_IdMap)
    run: int | None = None  # the run rows are written for (None: no run bookkeeping)
    # site key → the conference it last joined (its incidents are stamped with that conference's meeting)
    sites: dict[str, str] = field(default_factory=dict)

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


@dataclass(frozen=True, slots=True)
class _EndRun:
    """The store's last write: the run stops at `at` (not a record: it is not counted)."""

    at: datetime


_Queued = Write | _Call | _EndRun


def _meeting_id(session: Session, ids: _Ids, conference: str, at: datetime) -> int:
    meeting = ids.meetings.get(conference)
    if meeting is None:
        meeting = runs.attach_meeting(session, conference, at, run_id=ids.run)
        ids.meetings[conference] = meeting
    return meeting


def _apply(session: Session, ids: _Ids, write: _Queued) -> Any:
    """Write one record (joins go through `_joins`)."""
    if isinstance(write, _Call):
        return write.work(session)
    if isinstance(write, _EndRun):
        assert ids.run is not None
        return runs.end_run(session, ids.run, write.at)
    if isinstance(write, IncidentOpened | ParentOpened):
        incident = write.incident
        if write.reopens is not None:  # the link to the incident it reopens, when that one was written
            incident = replace(incident, reopens_id=ids.incidents.get(write.reopens))
        if incident.meeting_id is None:  # during its site's meeting: that meeting's
            conference = ids.sites.get(incident.site)
            meeting = ids.meetings.get(conference) if conference is not None else None
            if meeting is not None:
                incident = replace(incident, meeting_id=meeting)
        ids.incidents[write.key] = row_id = records.open_incident(session, incident, run_id=ids.run)
        return row_id
    if isinstance(write, IncidentGrouped):
        return records.update_incident(session, ids.incident(write.key), parent_id=ids.incident(write.parent))
    if isinstance(write, IncidentResolved):
        return records.resolve_incident(session, ids.incident(write.key), write.at)
    if isinstance(write, AttendanceJoined):
        return _joins(session, ids, [write])
    if isinstance(write, AttendanceLeft):
        return records.record_leave(
            session,
            write.at,
            participant_uuid=write.uuid,
            site=write.site,
            by_operator=write.by_operator,
            run_id=ids.run,
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
    if isinstance(write, IncidentReopened):
        return records.reopen_incident(session, ids.incident(write.key))
    if isinstance(write, ConferenceEnded):
        return _end_conference(session, ids, write)
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


def _end_conference(session: Session, ids: _Ids, ended: ConferenceEnded) -> int | None:
    """End the meeting the store writes for the conference at `ended.at`; its next join opens a new one."""
    meeting = ids.meetings.get(ended.conference)
    if meeting is None:
        return None
    records.end_meeting(session, meeting, ended.at)
    ids.meetings.forget(ended.conference)
    for site in [s for s, c in ids.sites.items() if c == ended.conference]:
        del ids.sites[site]
    return meeting


def _joins(session: Session, ids: _Ids, joins: list[AttendanceJoined]) -> None:
    """Attendance joins written as one statement: a national roll-call is thousands of joins at once."""
    for j in joins:
        if j.conference:
            ids.sites[j.site] = j.conference
    records.record_joins(
        session,
        (
            records.Join(j.site, j.at, _meeting_id(session, ids, j.conference, j.at), j.uuid, ids.run)
            for j in joins
        ),
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

    def __init__(
        self,
        engine: Engine,
        interval: float = 0.5,
        *,
        run: int | None = None,
        heartbeat: float = runs.HEARTBEAT_S,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.engine = engine
        self.interval = interval
        self.heartbeat = heartbeat
        self.clock = clock
        self._sessions = session_factory(engine)
        self._queue: queue.SimpleQueue[_Queued | None] = queue.SimpleQueue()
        self._pending: list[_Queued] = []
        self._ids = _Ids(run=run)
        self._lock = threading.Condition()
        self._submitted = 0
        self._settled = 0  # written, or counted lost
        self._lost = 0
        self._lost_reason: str | None = None
        self._failing: str | None = None
        self._beat_at = 0.0  # time.monotonic() of the last heartbeat written
        self.closed: runs.Closed | None = None  # what the stop closed, once the run ended
        self.error_listeners: list[ErrorListener] = []
        self.lost_listeners: list[LostListener] = []
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
    def run(self) -> int | None:
        """The run the store writes for (it changes only if another console ended it: see `_beat`)."""
        return self._ids.run

    @property
    def error(self) -> str | None:
        """One line while writes are failing, or while records have been lost; None when the log is whole."""
        if self._failing is not None:
            return self._failing
        if self._lost:
            return f"{self._lost} record(s) could not be written: {self._lost_reason}"
        return None

    @property
    def lost(self) -> int:
        """How many records could not be written (refused by the database, or still unwritten at close)."""
        return self._lost

    @property
    def lost_reason(self) -> str | None:
        """Why the first lost record was lost, one line."""
        return self._lost_reason

    def adopt_incident(self, key: int, row_id: int) -> None:
        """Writes under `key` go to incident row `row_id` (an incident an earlier run wrote; call before writes)."""
        self._ids.incidents.kept[key] = row_id

    def incident_id(self, key: int) -> int | None:
        """The row of the incident of tracker key `key`, once committed."""
        return self._ids.incidents.kept.get(key)

    def adopt_floor(self, key: int, row_id: int) -> None:
        """Writes under `key` go to floor request row `row_id` (another console filed it; call before writes)."""
        self._ids.floor.kept[key] = row_id

    def floor_id(self, key: int) -> int | None:
        """The row of the floor request of desk log key `key`, once committed."""
        return self._ids.floor.kept.get(key)

    def command_id(self, key: int) -> int | None:
        return self._ids.commands.kept.get(key)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written (or counted lost); False if not in time."""
        with self._lock:
            target = self._submitted
            return self._lock.wait_for(lambda: self._settled >= target, timeout)

    def close(self, timeout: float = 10.0, *, at: datetime | None = None) -> bool:
        """Write what is queued, end the run at `at` (default: now), stop the writer.

        False if not everything was written in time; what is left unwritten then is counted lost.
        """
        done = self.flush(timeout)
        if self._ids.run is not None and self._thread.is_alive():
            self._queue.put(_EndRun(at or self.clock()))
        self._queue.put(None)
        self._thread.join(timeout)
        with self._lock:
            unwritten = self._submitted - self._settled
        if unwritten > 0:
            self._lose(unwritten, self._failing or "the log did not take them before the console stopped")
            with self._lock:
                self._settled += unwritten
        return done and unwritten == 0

    def _enqueue(self, writes: tuple[_Queued, ...]) -> None:
        with self._lock:
            self._submitted += len(writes)
        for write in writes:
            self._queue.put(write)

    # --- the writer thread --------------------------------------------------------------------------
    def _run(self) -> None:
        stopping = False
        self._beat_at = time.monotonic()
        while not stopping:
            if self._pending:
                wait: float | None = self.interval
            elif self._ids.run is not None:
                wait = max(0.0, self._beat_at + self.heartbeat - time.monotonic())
            else:
                wait = None
            try:
                first = self._queue.get(timeout=wait)
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
            try:
                if self._pending:
                    self._commit()
                elif self._ids.run is not None and time.monotonic() - self._beat_at >= self.heartbeat:
                    self._beat_alone()
            except Exception:  # a bug here must not stop the writer: everything after it would be lost unsaid
                log.exception("the log's writer failed")

    def _commit(self) -> None:
        batch = self._pending
        ids = self._ids
        taken = self.clock()  # everything queued before this moment is in the batch or written already
        try:
            self._write(batch, ids, beat=taken)
        except Exception as exc:
            ids.drop()
            if isinstance(exc, OperationalError) and not self._writable():
                self._fail(exc, len(batch))  # nothing can be written now: keep it all and retry
                return
            written = self._one_by_one(batch)
            if written < len(batch):
                return
            self._beat_alone()
        else:
            ids.keep()
            self._settle(_counted(batch))
        self._pending = []
        if self._failing is not None:
            log.info("the log is writable again; %d delayed record(s) written", len(batch))
            self._failing = None
            self._notify(None)

    def _one_by_one(self, batch: list[_Queued]) -> int:
        """Write the batch a record at a time, counting the ones refused as lost; returns how many were dealt
        with (fewer than all when the database stopped taking writes: the rest stays pending)."""
        ids = self._ids
        refused: list[str] = []
        done = len(batch)
        for i, write in enumerate(batch):
            try:
                self._write([write], ids)
            except Exception as exc:
                ids.drop()
                if isinstance(exc, OperationalError) and not self._writable():
                    self._pending = batch[i:]
                    self._fail(exc, _counted(self._pending))
                    done = i
                    break
                if isinstance(write, _EndRun):
                    log.error("the stop could not close the run's open records: %s", _one_line(exc))
                else:
                    refused.append(_one_line(exc))
            else:
                ids.keep()
        if refused:
            self._lose(len(refused), refused[0])
        self._settle(_counted(batch[:done]))
        return done

    def _write(self, batch: list[_Queued], ids: _Ids, beat: datetime | None = None) -> None:
        steps: list[Callable[[Session], Any]] = list(_steps(batch, ids))
        beating = beat is not None and ids.run is not None and not any(isinstance(w, _EndRun) for w in batch)
        if beat is not None and beating:
            steps.append(lambda s: self._beat(s, beat))
        with self._sessions() as session:
            results = records.write_batch(session, steps)
        for write, result in zip(batch, results, strict=False):
            if isinstance(write, _EndRun) and isinstance(result, runs.Closed):
                self.closed = result
        if beating and isinstance(results[-1], int):
            self._renewed(results[-1])
        self._beat_at = time.monotonic()

    def _beat(self, session: Session, at: datetime) -> int | None:
        """The run is alive at `at`. If another console ended it meanwhile (PostgreSQL: this one seemed dead and
        was recovered), a new run for what follows (its id returned; taken once the transaction commits)."""
        run = self._ids.run
        if run is None or runs.heartbeat(session, run, at):
            return None
        return runs.renew_run(session, run, at, heartbeat_s=self.heartbeat)

    def _renewed(self, new_run: int) -> None:
        """Go on as run `new_run`: the old run's open records were closed by the recovery, what follows is new."""
        log.error(
            "the log's run %s was closed by another console's recovery (it seemed dead); writing as run %d",
            self._ids.run,
            new_run,
        )
        self._ids.run = new_run
        self._ids.meetings = _IdMap()

    def _beat_alone(self) -> None:
        """A heartbeat of its own (an idle writer, or after a batch written a record at a time)."""
        try:
            with self._sessions() as session:
                [renewed] = records.write_batch(session, [lambda s: self._beat(s, self.clock())])
        except Exception as exc:
            log.debug("no heartbeat: %s", _one_line(exc))
        else:
            if isinstance(renewed, int):
                self._renewed(renewed)
        self._beat_at = time.monotonic()

    def _writable(self) -> bool:
        """Whether the database takes a write at all now (a record failing alone is that record's fault): the
        run's heartbeat, or without a run an update of no row, which needs the write lock all the same."""
        try:
            with self._sessions() as session:
                records.write_batch(session, [lambda s: runs.heartbeat(s, self._ids.run or -1, self.clock())])
        except Exception:
            return False
        return True

    def _fail(self, exc: BaseException, waiting: int) -> None:
        message = _one_line(exc)
        if message != self._failing:
            log.error("could not write %d record(s) to the log, will retry: %s", waiting, message)
            self._failing = message
            self._notify(message)

    def _settle(self, n: int) -> None:
        with self._lock:
            self._settled += n
            self._lock.notify_all()

    def _lose(self, n: int, reason: str) -> None:
        """`n` records will never be written: count them, say it once, tell the listeners the new total."""
        self._lost += n
        if self._lost_reason is None:
            self._lost_reason = reason
        log.error("%d record(s) could not be written to the log and are lost: %s", n, reason)
        for listener in self.lost_listeners:
            listener(self._lost, self._lost_reason)

    def _notify(self, message: str | None) -> None:
        for listener in self.error_listeners:
            listener(message)


def _counted(batch: list[_Queued]) -> int:
    """How many of the batch are records (the run's end is not one)."""
    return sum(1 for write in batch if not isinstance(write, _EndRun))


def _one_line(exc: BaseException) -> str:
    """The error as one line: the driver's own message where there is one (not SQLAlchemy's wrapping)."""
    orig = getattr(exc, "orig", None)
    cause = orig if isinstance(orig, BaseException) else exc
    message = str(cause).strip()
    return loggable(f"{type(cause).__name__}: {message.splitlines()[0] if message else ''}")
