"""Several consoles on one PostgreSQL log: what one console's people decide on incidents, the others see within a
second, pushed by the log (`db.notify`: LISTEN/NOTIFY), not polled.

    sync = LogSync(engine, store, desk, loop.call_soon_threadsafe).start()    # None-free only on PostgreSQL
    sync.incident_changed(keys, "acknowledge", "lan")    # after a desk action: once written, the others are told
    sync.close()

Told, a console reads the changed rows back from the log and merges them into its own desk
(`IncidentDesk.merge`), whose news reaches its window as its own changes do. Each console follows the MCU itself,
so the same fault is an incident in each console's run: a row is matched to this console's entry by its row id
(an incident this run inherited or wrote), else by site and kind opened within `MATCH_WITHIN` of each other.
On SQLite nothing is pushed (one console writes a file: `db.lock`).
"""

from __future__ import annotations

import concurrent.futures
import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta

from sqlalchemy import Engine

from console.domain import Incident
from console.incidents.desk import IncidentDesk
from db.notify import CONSOLE_ID, LogListener, News, incidents, notify, pushes
from db.writer import Store

log = logging.getLogger("bridgewall.sync")

MATCH_WITHIN = timedelta(minutes=2)
"""Two consoles' incidents of one site and kind opened this close together are the same fault."""
WRITE_WAIT_S = 5.0  # how long the telling waits for the action's rows to be committed
RESOLVE = "resolve"


class LogSync:
    def __init__(
        self,
        engine: Engine,
        store: Store,
        desk: IncidentDesk,
        call_soon: Callable[[Callable[[], None]], object],
    ) -> None:
        self.engine = engine
        self.store = store
        self.desk = desk
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
    ) -> LogSync | None:
        """A started sync for a PostgreSQL log; None for SQLite or no log."""
        if engine is None or store is None or not pushes(engine):
            return None
        return cls(engine, store, desk, call_soon).start()

    def start(self) -> LogSync:
        self.listener = LogListener(self.engine, self._heard, origin=self.origin).start()
        return self

    def close(self) -> None:
        self._telling.shutdown(wait=True)
        if self.listener is not None:
            self.listener.close()

    # --- telling: on the desk's thread, the work off it -------------------------------------------------
    def incident_changed(self, keys: Iterable[int], op: str, by: str) -> concurrent.futures.Future[bool]:
        """People here acted on the incidents of tracker `keys` (`op`: acknowledge, annotate, resolve): once
        their rows are committed, the other consoles are told."""
        keys = tuple(keys)

        def tell() -> bool:
            self.store.flush(WRITE_WAIT_S)
            rows = [r for r in (self.store.incident_id(k) for k in keys) if r is not None]
            if not rows:
                return False
            news = {"kind": "incident", "op": op, "by": by, "rows": rows}
            return notify(self.engine, news, origin=self.origin)

        return self._telling.submit(tell)

    # --- hearing: on the listener's thread, merged on the desk's ------------------------------------------
    def _heard(self, news: News) -> None:
        if news.get("kind") != "incident":
            return
        rows = [r for r in news.get("rows", ()) if isinstance(r, int)]
        changed = incidents(self.engine, rows)  # read here: the desk's thread never waits for the log
        resolved_by = str(news.get("by", "")) if news.get("op") == RESOLVE else ""
        self.call_soon(lambda: self._merge(changed, resolved_by))

    def _merge(self, changed: list[Incident], resolved_by: str) -> None:
        for incident in changed:
            key = self.match(incident)
            if key is not None:
                self.desk.merge(key, incident, resolved_by)

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
