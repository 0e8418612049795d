"""The periodic preset review: recall, read back, list what drifted."""

from __future__ import annotations

import pytest

from console.camera.drift import Drift, Tolerance, compare, verify_presets
from console.camera.visca import ViscaCamera, ViscaError
from console.domain import Position, StoredPreset
from console.sim.camera import SimulatedCamera
from tests.camera.support import run

PRESETS = [
    StoredPreset(1, "chair", -800, 120, 0x1000),
    StoredPreset(2, "left table", 600, -40, 0x0800),
    StoredPreset(3, "wide", 0, 0, 0),
]


async def calibrate(cam: ViscaCamera) -> None:
    for p in PRESETS:
        await cam.pan_tilt_absolute(p.pan, p.tilt)
        await cam.zoom_direct(p.zoom)
        await cam.store_preset(p.slot)


def test_a_healthy_camera_has_no_drift() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, ViscaCamera("127.0.0.1", sim.port, timeout=0.2) as cam:
            await calibrate(cam)
            assert await verify_presets(cam, PRESETS, tolerance=0) == []
            recalled = [p[5] for _, p in sim.executed if p[:5] == bytes.fromhex("81 01 04 3F 02")]
            assert recalled[-3:] == [1, 2, 3]

    run(go())


def test_a_preset_changed_on_the_camera_is_found() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, ViscaCamera("127.0.0.1", sim.port, timeout=0.2) as cam:
            await calibrate(cam)
            sim.presets[2] = Position(640, -40, 0x0800)  # someone re-stored slot 2 from the camera's remote
            drifts = await verify_presets(cam, PRESETS, tolerance=Tolerance(pan=10, tilt=10, zoom=10))
            assert drifts == [Drift(2, "left table", 640, -40, 0x0800, PRESETS[1])]
            assert drifts[0].pan_error == 40 and drifts[0].axes == ("pan",)

    run(go())


def test_a_drifting_camera_is_caught_only_beyond_the_tolerance() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, ViscaCamera("127.0.0.1", sim.port, timeout=0.2) as cam:
            await calibrate(cam)
            sim.drift = (0, 6, 0)
            assert await verify_presets(cam, PRESETS, tolerance=6) == []
            drifts = await verify_presets(cam, PRESETS, tolerance=Tolerance(pan=50, tilt=5, zoom=50))
            assert [d.slot for d in drifts] == [1, 2, 3]
            assert {d.axes for d in drifts} == {("tilt",)}
            assert [d.tilt_error for d in drifts] == [6, 6, 6]

    run(go())


def test_a_camera_error_stops_the_review() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, ViscaCamera("127.0.0.1", sim.port, timeout=0.2) as cam:
            sim.not_executable = True
            with pytest.raises(ViscaError) as info:
                await verify_presets(cam, PRESETS, tolerance=0)
            assert info.value.code == "not_executable"

    run(go())


def test_compare_per_axis() -> None:
    p = StoredPreset(4, "x", 100, 100, 100)
    assert compare(p, Position(103, 97, 100), Tolerance(3, 3, 0)) is None
    assert compare(p, Position(104, 100, 100), Tolerance(3, 3, 0)) is not None
    assert compare(p, Position(100, 100, 101), Tolerance(3, 3, 0)) is not None
    assert compare(p, Position(100, 100, 101), 1) is None
