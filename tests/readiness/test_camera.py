"""The camera check of a test run over real VISCA-over-IP (the bundled simulated camera): the site's stored preset
is recalled and read back; an account without the right to move a camera fails the check, saying why."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.access import MONITOR, Actor, Guard, Role
from console.camera.control import ViscaControl
from console.domain import CameraPreset
from console.runtime.readiness_port import camera_probe
from console.sim.camera import SimulatedCamera
from db.engine import open_database
from db.presets import PresetBook, save_camera_preset
from db.sites import save_network
from tests.db.conftest import small_network

SITE = "DB.H.TUANGIAO.UBND"


@pytest.fixture
def camera() -> Iterator[SimulatedCamera]:
    cam = SimulatedCamera.start_in_thread(move_time=0.05)
    try:
        yield cam
    finally:
        cam.stop_thread()


@pytest.fixture
def log(tmp_path: Path) -> Iterator[Engine]:
    engine = open_database(f"sqlite:///{tmp_path / 'log.sqlite3'}")
    with Session(engine) as s:
        save_network(s, small_network())
        s.commit()
    yield engine
    engine.dispose()


def test_the_stored_preset_is_recalled_and_read_back(camera: SimulatedCamera, log: Engine) -> None:
    url = f"visca://127.0.0.1:{camera.port}"

    async def store() -> None:
        control = ViscaControl.from_url(url)
        try:
            await control.store_preset(3)
            p = await control.position()
        finally:
            await control.close()
        with Session(log) as s:
            save_camera_preset(s, CameraPreset(SITE, 3, "Chủ tọa", p.pan, p.tilt, p.zoom))
            s.commit()

    asyncio.run(store())
    operator = Actor("an", frozenset({Role.OPERATOR}))
    probe = camera_probe({SITE: url}, PresetBook(log), Guard(None), lambda: operator)
    passed, value = asyncio.run(probe(SITE))
    assert passed, value
    assert value.startswith("preset 3 read back at pan ")

    monitor = Actor.service(MONITOR)
    refused = camera_probe({SITE: url}, PresetBook(log), Guard(None), lambda: monitor)
    passed, value = asyncio.run(refused(SITE))
    assert not passed and value.startswith("camera: the monitor service account may not move a camera")

    nowhere = camera_probe({}, PresetBook(log), Guard(None), lambda: operator)
    assert asyncio.run(nowhere(SITE)) == (False, "no camera address in the registry")
