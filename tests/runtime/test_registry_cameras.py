"""Cameras for real: the calibration and the floor's camera step reach a site's camera at the registry's address
(VISCA over IP); a site the registry has no address for is left to far-end camera control through the MCU."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from console.camera.control import ViscaControl
from console.domain import CameraPreset, Position, Site, Tier
from console.floor.desk import Skip
from console.presets.camera import camera_control_for
from console.runtime.build import build
from console.runtime.config import Config, override
from console.runtime.session import SiteRegistryStore
from console.sim.cameras import CameraFleet
from db.engine import open_database
from db.presets import PresetBook

WAIT_S = 10.0


def site(code: str, camera: str = "") -> Site:
    return Site(
        code, f"Xã {code}", Tier.COMMUNE, None, "UBND", "Hội trường", f"10.0.0.{len(code)}", camera=camera
    )


def test_the_registry_camera_address_is_used_and_a_site_without_one_is_skipped(tmp_path: Path) -> None:
    fleet = CameraFleet(["camera"]).start_in_thread()  # a real VISCA-over-IP camera on loopback
    try:
        host_port = fleet.address("camera").removeprefix("visca://")
        url = f"sqlite:///{tmp_path / 'log.sqlite3'}"
        engine = open_database(url)
        SiteRegistryStore(engine).save((site("X.COCAM", host_port), site("X.KHONG")), "setup")
        engine.dispose()
        runtime = build(override(Config(), "log.url", url, "--db"), cameras=False)
        try:
            assert dict(runtime.camera_addresses) == {"X.COCAM": f"visca://{host_port}"}
            control = camera_control_for("X.COCAM", runtime.camera_addresses)
            assert isinstance(control, ViscaControl) and host_port.split(":")[1] in control.label
            # no address and no MCU to move it through: no camera control at all
            assert camera_control_for("X.KHONG", runtime.camera_addresses) is None

            book = PresetBook(runtime.engine)
            target = Position(300, 60, 1200)
            fleet.call_in_thread(lambda: fleet.camera("camera").presets.__setitem__(2, target))
            for code in ("X.COCAM", "X.KHONG"):
                book.save_camera_preset(
                    CameraPreset(code, 2, "Chủ tọa", target.pan, target.tilt, target.zoom)
                )
                book.set_speaker_preset(code, 2)
            assert asyncio.run(runtime.recall_speaker_preset("X.KHONG")) is Skip.NO_CAMERA
            assert asyncio.run(runtime.recall_speaker_preset("X.COCAM")) is None
            deadline = time.monotonic() + WAIT_S
            while fleet.position("camera") != target:
                assert time.monotonic() < deadline, "the registry's camera never moved to the speaker preset"
                time.sleep(0.02)

            # the technician enters an address in the registry: it is used from then on, no restart
            saved = SiteRegistryStore(runtime.engine).save((site("X.KHONG", host_port),), "kythuat")
            runtime.set_registry_cameras(saved.sites)
            assert runtime.camera_addresses.get("X.KHONG") == f"visca://{host_port}"
        finally:
            assert runtime.close()
    finally:
        fleet.stop_thread()
