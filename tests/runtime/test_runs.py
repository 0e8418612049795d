"""A console started soon after another shows the history it inherits, and edits to it reach the log; a second
console on the same SQLite log is refused before it writes anything."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from console.access import Actor, Role
from console.domain import (
    ClosedBy,
    Incident,
    IncidentKind,
    IncidentOpened,
    IncidentResolved,
    Severity,
    utcnow,
)
from console.incidents.desk import IncidentDesk
from console.runtime.address import log_in_use
from console.runtime.build import build
from console.runtime.config import Config, override
from db.lock import LogInUse
from db.records import list_incidents

OPERATOR = Actor("an", frozenset({Role.OPERATOR}))


def config_for(path: Path) -> Config:
    return override(Config(), "log.url", f"sqlite:///{path}", "--db")


def test_a_restarted_console_shows_the_incidents_it_inherits_and_edits_reach_their_rows(
    tmp_path: Path,
) -> None:
    config = config_for(tmp_path / "log.sqlite3")
    first = build(config, cameras=False)
    now = utcnow()
    first.store.record(
        [
            IncidentOpened(1, Incident("X.1", IncidentKind.LINK_DOWN, Severity.CRITICAL, now)),
            IncidentOpened(2, Incident("X.2", IncidentKind.JITTER, Severity.WARNING, now)),
            IncidentResolved(2, now + timedelta(seconds=1)),
        ]
    )
    assert first.close()

    second = build(config, cameras=False)
    try:
        desk = IncidentDesk(second.hub)
        entries = {e.incident.site: e for e in desk.entries()}
        assert set(entries) == {"X.1", "X.2"}
        down = entries["X.1"]
        assert (down.is_open, down.incident.closed_by, down.incident.fix) == (
            False,
            ClosedBy.STOP,
            "monitoring stopped",
        )
        assert entries["X.2"].incident.closed_by is None
        desk.annotate(
            down.key, cause="mất điện lưới", by=OPERATOR
        )  # learnt after the restart: goes to the inherited row
        assert second.store.flush()
        assert second.store.lost == 0
    finally:
        assert second.close()
    with Session(second.engine) as s:
        causes = {i.site: i.cause for i in list_incidents(s)}
    assert causes == {"X.1": "mất điện lưới", "X.2": ""}


def test_a_second_console_on_the_same_sqlite_log_is_refused_at_the_door(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    config = config_for(path)
    assert log_in_use(config) is None
    first = build(config, cameras=False)
    try:
        in_use = log_in_use(config)
        assert in_use is not None and str(path) in in_use and "another Bridgewall process" in in_use
        with pytest.raises(LogInUse):
            build(config, cameras=False)
    finally:
        assert first.close()
    assert log_in_use(config) is None
    build(config, cameras=False).close()
