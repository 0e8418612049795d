"""Camera tests: a simulated camera running in a thread, for tests that drive the CLI as a real subprocess."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.sim.camera import SimulatedCamera


@pytest.fixture
def threaded_sim() -> Iterator[SimulatedCamera]:
    camera = SimulatedCamera.start_in_thread(move_time=0.02)
    try:
        yield camera
    finally:
        camera.stop_thread()
