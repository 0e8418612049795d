"""A running console's follower at T−30: every expected site not ready becomes a readiness incident through the
hub's incident path (against the meeting), and resolves once the site passes; before T−30 nothing opens."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from console.access import MONITOR, Actor, Guard
from console.domain import IncidentKind, IncidentOpened, IncidentResolved
from console.domain.readiness import Check, CheckResult
from console.domain.register import Booking
from console.live.hub import Hub, HubNews
from console.readiness import ReadinessRules
from console.runtime.readiness_port import follower
from db.engine import open_database, session_factory
from db.readiness import add_results
from db.register import add_bookings
from db.sites import save_network
from tests.db.conftest import at, small_network

HOST, DISTRICT = "DB.T.UBND", "DB.H.TUANGIAO.UBND"
START = at(60)


def test_sites_not_ready_at_t_minus_30_are_readiness_incidents_until_they_pass(tmp_path: Path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    try:
        with Session(engine) as s:
            save_network(s, small_network())
            (meeting,) = add_bookings(
                s,
                [
                    Booking(
                        "Giao ban",
                        "UBND tỉnh",
                        HOST,
                        START,
                        START + timedelta(hours=1),
                        sites=(DISTRICT,),
                        registered_by="binh",
                        registered_at=at(-3 * 24 * 60),
                    )
                ],
            )
            add_results(
                s, [CheckResult(meeting, HOST, c, True, "ok", at(10)) for c in Check if c is not Check.CAMERA]
            )
            s.commit()
        hub = Hub(small_network())
        heard: list[HubNews] = []
        hub.listeners.append(heard.append)
        now = [START - timedelta(minutes=31)]
        f = follower(
            hub,
            session_factory(engine),
            ReadinessRules(),
            Guard(None),
            lambda: Actor.service(MONITOR),
            clock=lambda: now[0],
        )

        asyncio.run(f.poll())
        assert not heard  # T−31: nothing yet

        now[0] = START - timedelta(minutes=29)
        asyncio.run(f.poll())
        (opened,) = heard
        assert isinstance(opened, IncidentOpened)
        incident = opened.incident
        assert (incident.kind, incident.site, incident.meeting_id) == (
            IncidentKind.READINESS,
            DISTRICT,
            meeting,
        )
        assert incident.detail == "not ready at T−30 (connected, sound, picture, link)"
        asyncio.run(f.poll())
        assert len(heard) == 1  # flagged once

        with Session(engine) as s:
            add_results(
                s,
                [
                    CheckResult(meeting, DISTRICT, c, True, "by phone", at(35), manual=True, by="dung")
                    for c in Check
                    if c is not Check.CAMERA
                ],
            )
            s.commit()
        now[0] = START - timedelta(minutes=20)
        asyncio.run(f.poll())
        assert isinstance(heard[-1], IncidentResolved) and heard[-1].key == opened.key
    finally:
        engine.dispose()
