"""db.readiness on SQLite and PostgreSQL: one open test run per meeting, results read back in order, the latest
estimated start, the closing check, the meeting's plan with its camera-preset sites."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.domain import CameraPreset
from console.domain.readiness import Check, CheckResult, Closing, EstimatedStart
from console.domain.register import Booking
from db.engine import session_factory
from db.presets import save_camera_preset
from db.readiness import (
    ReadinessStore,
    RunState,
    add_closing,
    add_estimate,
    closing,
    estimate,
    list_runs,
    open_runs,
    plan,
    start_run,
    stop_run,
    upcoming,
)
from db.records import RecordNotFound
from db.register import add_bookings
from db.sites import save_network
from tests.db.conftest import at, small_network

HOST, DISTRICT = "DB.T.UBND", "DB.H.TUANGIAO.UBND"


def test_runs_results_estimates_and_closing(session: Session, engine: Engine) -> None:
    save_network(session, small_network())
    (meeting,) = add_bookings(
        session,
        [
            Booking(
                "Giao ban", "UBND tỉnh", HOST, at(120), at(180), sites=(DISTRICT,), registered_at=at(-5000)
            )
        ],
    )
    save_camera_preset(session, CameraPreset(DISTRICT, 1, "Chủ tọa", 1, 2, 3))
    p = plan(session, meeting)
    assert p.sites == ((HOST, "UBND tỉnh Điện Biên"), (DISTRICT, "UBND huyện Tuần Giáo")) and p.cameras == (
        DISTRICT,
    )
    assert [x.meeting_id for x in upcoming(session, at(100), at(130))] == [meeting]
    assert upcoming(session, at(121), at(200)) == []

    run = start_run(session, meeting, "an", at(60))
    with pytest.raises(RunState, match="already has an open test run"):
        start_run(session, meeting, "an", at(61))
    assert [r.id for r in open_runs(session)] == [run.id]
    stopped = stop_run(session, meeting, "binh", at(70))
    assert (stopped.stopped_at, stopped.stopped_by, open_runs(session)) == (at(70), "binh", [])
    with pytest.raises(RunState, match="no open test run"):
        stop_run(session, meeting, "binh", at(71))
    with pytest.raises(RecordNotFound):
        start_run(session, 999, "an", at(60))
    assert len(list_runs(session, meeting)) == 1

    add_estimate(session, EstimatedStart(meeting, at(135), "Mất điện", "an", at(95)))
    add_estimate(session, EstimatedStart(meeting, at(140), "Mất điện kéo dài", "an", at(96)))
    assert estimate(session, meeting) == EstimatedStart(meeting, at(140), "Mất điện kéo dài", "an", at(96))
    add_closing(session, Closing(meeting, "an", at(181), (DISTRICT,)))
    assert closing(session, meeting) == Closing(meeting, "an", at(181), (DISTRICT,))
    session.commit()

    store = ReadinessStore(session_factory(engine))
    results = [
        CheckResult(meeting, DISTRICT, Check.LINK, False, "loss 8.0 %, jitter 9.0 ms", at(62), run_id=run.id),
        CheckResult(meeting, DISTRICT, Check.CONNECTED, True, "connected", at(61), run_id=run.id),
    ]
    store.record(results)
    back = store.results(meeting)
    assert [(r.check, r.passed, r.value, r.at, r.run_id) for r in back] == [
        (Check.CONNECTED, True, "connected", at(61), run.id),
        (Check.LINK, False, "loss 8.0 %, jitter 9.0 ms", at(62), run.id),
    ]
    assert all(r.id is not None for r in back)
