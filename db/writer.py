"""The one writer to the log: changes queue up and are committed in batches on a thread of their own.

Nobody else writes while the console runs, and the GUI thread never waits on the database. A batch that
fails (disk full, database locked, server gone) is rolled back whole and kept: it is retried on the next
round, so nothing committed is lost and nothing queued is dropped while the process lives. The failure is
logged once per kind and reported to listeners so the operator sees it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from console.domain import (
    AttendanceJoined,
    Change,
    IncidentGrouped,
    IncidentOpened,
    IncidentResolved,
    Meeting,
    ParentOpened,
)
from db import records
from db.engine import session_factory

log = logging.getLogger("bridgewall.store")

Write = Callable[[Session, "Ids"], Any]
"""One write: called in the writer thread with the session and the id maps of the batch."""


@dataclass
class Ids:
    """Tracker keys and conference aliases → row ids; a batch works on a copy that is kept only on commit."""

    incidents: dict[int, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)

    def copy(self) -> Ids:
        return Ids(dict(self.incidents), dict(self.meetings))


def _meeting_id(session: Session, ids: Ids, conference: str, at: datetime) -> int:
    meeting = ids.meetings.get(conference)
    if meeting is None:
        meeting = records.start_meeting(
            session,
            Meeting(title=conference, host_agency="", host_site=None, start=at, conference=conference),
        )
        ids.meetings[conference] = meeting
    return meeting


def writes_for(change: Change) -> Write:
    """The database write that records one change from the incident tracker."""
    if isinstance(change, IncidentOpened | ParentOpened):
        key, incident = change.key, change.incident

        def opened(session: Session, ids: Ids) -> int:
            ids.incidents[key] = records.open_incident(session, incident)
            return ids.incidents[key]

        return opened
    if isinstance(change, IncidentGrouped):
        child, parent = change.key, change.parent
        return lambda session, ids: records.update_incident(
            session, ids.incidents[child], parent_id=ids.incidents[parent]
        )
    if isinstance(change, IncidentResolved):
        key, at = change.key, change.at
        return lambda session, ids: records.resolve_incident(session, ids.incidents[key], at)
    if isinstance(change, AttendanceJoined):
        return _Joins([change])
    left = change
    return lambda session, ids: records.record_leave(
        session,
        left.at,
        participant_uuid=left.uuid,
        site=left.site,
        by_operator=left.by_operator,
    )


@dataclass
class _Joins:
    """Attendance joins written as one statement; the store merges joins that follow one another in a batch."""

    joins: list[AttendanceJoined]

    def __call__(self, session: Session, ids: Ids) -> None:
        records.record_joins(
            session,
            (
                records.Join(j.site, j.at, _meeting_id(session, ids, j.conference, j.at), j.uuid)
                for j in self.joins
            ),
        )


def _merge_joins(batch: list[Write]) -> list[Write]:
    """`batch` with each run of consecutive joins made one write (order otherwise kept)."""
    merged: list[Write] = []
    for write in batch:
        if not isinstance(write, _Joins):
            merged.append(write)
        elif merged and isinstance(merged[-1], _Joins):
            merged[-1].joins.extend(write.joins)  # a copy made below: the batch's own writes stay as they are
        else:
            merged.append(_Joins(list(write.joins)))
    return merged


class Store:
    """Batched, ordered writes to one database, from any thread, on one writer thread."""

    def __init__(self, engine: Engine, interval: float = 0.5) -> None:
        self.engine = engine
        self.interval = interval
        self._sessions = session_factory(engine)
        self._queue: queue.SimpleQueue[Write | None] = queue.SimpleQueue()
        self._pending: list[Write] = []
        self._ids = Ids()
        self._lock = threading.Condition()
        self._submitted = 0
        self._committed = 0
        self._failing: str | None = None
        self.error_listeners: list[Callable[[str | None], None]] = []
        self._thread = threading.Thread(target=self._run, name="bridgewall-store", daemon=True)
        self._thread.start()

    # --- from any thread ----------------------------------------------------------------------------
    def put(self, *writes: Write) -> None:
        with self._lock:
            self._submitted += len(writes)
        for write in writes:
            self._queue.put(write)

    def record(self, changes: Iterable[Change]) -> None:
        self.put(*(writes_for(c) for c in changes))

    def call(self, write: Callable[[Session], Any]) -> None:
        """Queue a plain `db.records` write that needs no id map."""
        self.put(lambda session, _ids: write(session))

    @property
    def error(self) -> str | None:
        """The last failure, one line, while writes are failing; None when the log is healthy."""
        return self._failing

    def incident_id(self, key: int) -> int | None:
        return self._ids.incidents.get(key)

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
        ids = self._ids.copy()
        try:
            self._write(batch, ids)
        except OperationalError as exc:  # the database is unwritable now (full, locked, gone): keep and retry
            message = _one_line(exc)
            if message != self._failing:
                log.error("could not write %d record(s) to the log, will retry: %s", len(batch), message)
                self._notify(message)
            self._failing = message
            return
        except Exception:  # a record the database refuses: write the others, report the one
            ids = self._ids.copy()
            for write in batch:
                try:
                    self._write([write], ids)
                except OperationalError:
                    raise
                except Exception as exc:
                    log.error("a record was refused by the log and is not kept: %s", _one_line(exc))
        self._ids = ids
        self._pending = []
        if self._failing is not None:
            log.info("the log is writable again; %d delayed record(s) written", len(batch))
            self._failing = None
            self._notify(None)
        with self._lock:
            self._committed += len(batch)
            self._lock.notify_all()

    def _write(self, batch: list[Write], ids: Ids) -> None:
        with self._sessions() as session:
            records.write_batch(session, (_bind(write, ids) for write in _merge_joins(batch)))

    def _notify(self, message: str | None) -> None:
        for listener in self.error_listeners:
            listener(message)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"


def _bind(write: Write, ids: Ids) -> Callable[[Session], Any]:
    return lambda session: write(session, ids)
