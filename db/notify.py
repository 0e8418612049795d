"""Several consoles on one PostgreSQL log: each tells the others what it changed, pushed by `LISTEN/NOTIFY`.

    notify(engine, {"kind": "incident", "rows": [12, 13]})      # after the rows are committed; SQLite: nothing
    listener = LogListener(engine, on_news)                      # a thread with its own autocommit connection
    listener.start(); ...; listener.close()

A notification is a small JSON object; `origin` (this process's console id, `CONSOLE_ID`) is added so that a
console ignores its own. PostgreSQL delivers a NOTIFY sent inside a transaction when it commits, to every session
that LISTENs on the channel — no polling. On SQLite nothing is pushed: one console writes a file (`db.lock`).

`incidents(engine, ids)` and `floor_requests(engine, ids)` read the changed rows back for the console that was told.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, text

from console.domain import FloorRequest, Incident
from db import records
from db.engine import session_factory

log = logging.getLogger("bridgewall.notify")

CHANNEL = "bridgewall_log"
CONSOLE_ID = f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
"""This process's console, as its notifications name it."""
WAKE_S = 0.5  # how often the listening thread looks up from the socket to see whether it should stop
RETRY_S = 2.0  # after a lost connection, wait this long before listening again

News = Mapping[str, Any]


def pushes(engine: Engine) -> bool:
    """Whether this log pushes news between consoles (PostgreSQL) or not (SQLite: one console per file)."""
    return engine.dialect.name == "postgresql"


def notify(
    engine: Engine, news: Mapping[str, Any], *, origin: str = CONSOLE_ID, channel: str = CHANNEL
) -> bool:
    """Tell every console listening on this log (not on SQLite: False). Call once the rows are committed."""
    if not pushes(engine):
        return False
    payload = json.dumps({**news, "origin": origin}, separators=(",", ":"))
    with engine.begin() as connection:
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": channel, "payload": payload}
        )
    return True


def incidents(engine: Engine, ids: Iterable[int]) -> list[Incident]:
    """The incident rows `ids` as the log holds them now (rows that are gone are left out)."""
    found: list[Incident] = []
    with session_factory(engine)() as session:
        for incident_id in ids:
            try:
                found.append(records.get_incident(session, incident_id))
            except records.RecordNotFound:
                continue
    return found


def floor_requests(engine: Engine, ids: Iterable[int]) -> list[FloorRequest]:
    """The floor request rows `ids` as the log holds them now (rows that are gone are left out)."""
    found: list[FloorRequest] = []
    with session_factory(engine)() as session:
        for request_id in ids:
            try:
                found.append(records.get_floor_request(session, request_id))
            except records.RecordNotFound:
                continue
    return found


def _conninfo(engine: Engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class LogListener:
    """Listens on the log's channel on a thread of its own, with a dedicated autocommit connection (psycopg 3),
    and calls `on_news(news)` there for every other console's notification. Reconnects after a lost connection.
    `ready` is set once it listens."""

    def __init__(
        self,
        engine: Engine,
        on_news: Callable[[News], None],
        *,
        origin: str = CONSOLE_ID,
        channel: str = CHANNEL,
    ) -> None:
        if not pushes(engine):
            raise ValueError("only a PostgreSQL log pushes news between consoles")
        self._conninfo = _conninfo(engine)
        self.on_news = on_news
        self.origin = origin
        self.channel = channel
        self.ready = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bridgewall-listen", daemon=True)

    def start(self) -> LogListener:
        self._thread.start()
        return self

    def close(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg  # the listener runs on PostgreSQL only: a console on SQLite never loads it
        from psycopg import sql

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as connection:
                    connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
                    self.ready.set()
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=WAKE_S):
                            self._deliver(notice.payload)
            except psycopg.Error as exc:
                self.ready.clear()
                log.warning("not listening to the other consoles' news: %s", str(exc).strip().splitlines()[0])
                self._stop.wait(RETRY_S)

    def _deliver(self, payload: str) -> None:
        try:
            news = json.loads(payload)
        except ValueError:
            log.warning("a notification that is not JSON: %.80s", payload)
            return
        if not isinstance(news, dict) or news.get("origin") == self.origin:
            return
        try:
            self.on_news(news)
        except Exception:  # one bad notification must not stop the listening
            log.exception("could not take the other console's news %.200s", payload)


__all__ = ["CHANNEL", "CONSOLE_ID", "LogListener", "News", "floor_requests", "incidents", "notify", "pushes"]
