"""Several consoles on one PostgreSQL log: what one console's people decide on incidents and on the floor, the
others see within a second, pushed by the log (`db.notify`: LISTEN/NOTIFY), not polled.

    sync = LogSync(engine, store, desk, loop.call_soon_threadsafe).start()    # None-free only on PostgreSQL
    sync.incident_changed(keys, "acknowledge", "lan")    # after a desk action: once written, the others are told
    sync.close()

Told, a console reads the changed rows back from the log and merges them into its own desk
(`IncidentDesk.merge`), whose news reaches its window as its own changes do. Each console follows the MCU itself,
so the same fault is an incident in each console's run: a row is matched to this console's entry by its row id
(an incident this run inherited or wrote), else by site and kind opened within `MATCH_WITHIN` of each other.

The floor: the console's `FloorDesk` tells the sync of every transition its people (and its own timeouts) made
(`FloorDesk.decided`); once the request's row is committed, the others are told its row, conference and queue
position. Told, a console reads the row back and brings its own request for that site to the same state
(`FloorDesk.merge`: the state only, no MCU command sent again). A request it did not have (a phone request) is
filed on its floor under the other console's row (`Store.adopt_floor`), so the log keeps one row for it; a raised
hand each console filed itself keeps each console's own row, and the change is written there too.
On SQLite nothing is pushed (one console writes a file: `db.lock`).

Not yet: one recorder per conference. Each console following the same MCU still writes its own meeting,
attendance, incident and raised-hand rows, so a report counts one fault once per console. What is left: a
session-level `pg_try_advisory_lock(conference)` on a connection of its own decides the recorder; the others keep
their live view but drop the hub's telemetry-derived writes (`Hub._apply` → `store.record`, the floor's
`FloorRequestFiled` for MCU hands), learn the recorder's incident rows from a notice sent when one opens and adopt
them (`Store.adopt_incident`, matched as `match` does) so their people's actions reach that row, and, when the
lock comes free (the recorder's run ended: `runs.end_run` closed its meeting, attendance and incidents), take it,
write the meeting, the attendance of the participants present and the open incidents as their own, and record
from then on.
"""

from __future__ import annotations

import concurrent.futures
import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import Engine

from console.domain import FloorRequest, Incident
from console.floor.control import Transition
from console.floor.desk import FloorDesk
from console.incidents.desk import IncidentDesk
from db.notify import CONSOLE_ID, LogListener, News, floor_requests, incidents, notify, pushes
from db.writer import Store

log = logging.getLogger("bridgewall.sync")

MATCH_WITHIN = timedelta(minutes=2)
"""Two consoles' incidents of one site and kind opened this close together are the same fault."""
WRITE_WAIT_S = 5.0  # how long the telling waits for the action's rows to be committed
RESOLVE = "resolve"
REOPEN = "reopen"


class LogSync:
    def __init__(
        self,
        engine: Engine,
        store: Store,
        desk: IncidentDesk,
        call_soon: Callable[[Callable[[], None]], object],
        floor: FloorDesk | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.desk = desk
        self.floor = floor
        self.call_soon = call_soon  # runs a function on the desk's thread (the session loop)
        self.listener: LogListener | None = None
        self.origin = (
            f"{CONSOLE_ID}-{uuid.uuid4().hex[:6]}"  # this console's news (a process may run several)
        )
        self._telling = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="bridgewall-tell")

    @classmethod
    def on(
        cls,
        engine: Engine | None,
        store: Store | None,
        desk: IncidentDesk,
        call_soon: Callable[[Callable[[], None]], object],
        floor: FloorDesk | None = None,
    ) -> LogSync | None:
        """A started sync for a PostgreSQL log; None for SQLite or no log. The floor desk shared is `floor`, by
        default the one the incident desk's hub feeds."""
        if engine is None or store is None or not pushes(engine):
            return None
        if floor is None and isinstance(desk.hub.floor, FloorDesk):
            floor = desk.hub.floor
        return cls(engine, store, desk, call_soon, floor).start()

    def start(self) -> LogSync:
        self.listener = LogListener(self.engine, self._heard, origin=self.origin).start()
        if self.floor is not None:
            self.floor.decided = self.floor_changed
        return self

    def close(self) -> None:
        if self.floor is not None and self.floor.decided == self.floor_changed:
            self.floor.decided = None
        self._telling.shutdown(wait=True)
        if self.listener is not None:
            self.listener.close()

    # --- telling: on the desk's thread, the work off it -------------------------------------------------
    def incident_changed(self, keys: Iterable[int], op: str, by: str) -> concurrent.futures.Future[bool]:
        """People here acted on the incidents of tracker `keys` (`op`: acknowledge, annotate, resolve,
        reopen): once their rows are committed, the other consoles are told."""
        keys = tuple(keys)

        def tell() -> bool:
            self.store.flush(WRITE_WAIT_S)
            rows = [r for r in (self.store.incident_id(k) for k in keys) if r is not None]
            if not rows:
                return False
            news = {"kind": "incident", "op": op, "by": by, "rows": rows}
            return notify(self.engine, news, origin=self.origin)

        return self._telling.submit(tell)

    def floor_changed(self, conference: str, key: int, t: Transition) -> concurrent.futures.Future[bool]:
        """The floor desk moved a request (`t`, written under log key `key`): once its row is committed, the
        other consoles are told."""

        def tell() -> bool:
            self.store.flush(WRITE_WAIT_S)
            row = self.store.floor_id(key)
            if row is None:
                return False
            news = {
                "kind": "floor",
                "conference": conference,
                "row": row,
                "position": t.position,
                "by": t.actor,
                "at": t.at.isoformat(),
            }
            return notify(self.engine, news, origin=self.origin)

        return self._telling.submit(tell)

    # --- hearing: on the listener's thread, merged on the desk's ------------------------------------------
    def _heard(self, news: News) -> None:
        if news.get("kind") == "floor":
            self._heard_floor(news)
            return
        if news.get("kind") != "incident":
            return
        rows = [r for r in news.get("rows", ()) if isinstance(r, int)]
        changed = incidents(self.engine, rows)  # read here: the desk's thread never waits for the log
        by = str(news.get("by", ""))
        resolved_by = by if news.get("op") == RESOLVE else ""
        reopened_by = by if news.get("op") == REOPEN else ""
        self.call_soon(lambda: self._merge(changed, resolved_by, reopened_by))

    def _heard_floor(self, news: News) -> None:
        row, conference = news.get("row"), news.get("conference")
        if self.floor is None or not isinstance(row, int) or not isinstance(conference, str):
            return
        position = news.get("position")
        position = position if isinstance(position, int) else 0
        by = str(news.get("by", ""))
        try:
            at: datetime | None = datetime.fromisoformat(str(news.get("at")))
        except ValueError:
            at = None
        for other in floor_requests(
            self.engine, [row]
        ):  # read here: the desk's thread never waits for the log
            self.call_soon(lambda other=other: self._merge_floor(conference, other, position, by, at))  # type: ignore[misc]

    def _merge_floor(
        self, conference: str, other: FloorRequest, position: int, by: str, at: datetime | None
    ) -> None:
        floor = self.floor
        assert floor is not None and other.id is not None
        local = floor.active_for(other.site, conference)
        key = floor.log_key(local.id) if local is not None else None
        shared = local is None or (key is not None and self.store.floor_id(key) == other.id)
        rid = floor.merge(conference, other, position=position, actor=by, at=at, write=not shared)
        if local is None and rid is not None:
            adopted = floor.log_key(rid)
            if adopted is not None:
                self.store.adopt_floor(adopted, other.id)

    def _merge(self, changed: list[Incident], resolved_by: str, reopened_by: str = "") -> None:
        for incident in changed:
            key = self.match(incident)
            if key is not None:
                self.desk.merge(key, incident, resolved_by, reopened_by=reopened_by)

    def match(self, incident: Incident) -> int | None:
        """This console's entry for another console's incident row, or None."""
        entries = self.desk.entries()
        for entry in entries:
            if incident.id is not None and incident.id in (
                entry.incident.id,
                self.store.incident_id(entry.key),
            ):
                return entry.key
        near = [
            e
            for e in entries
            if e.incident.site == incident.site
            and e.incident.kind == incident.kind
            and abs(e.incident.opened_at - incident.opened_at) <= MATCH_WITHIN
        ]
        if not near:
            return None
        return min(near, key=lambda e: abs(e.incident.opened_at - incident.opened_at)).key


__all__ = ["MATCH_WITHIN", "LogSync"]
