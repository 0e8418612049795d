"""Simulated VISCA cameras for the demo network: one per site, all on one event loop (one thread).

    fleet = CameraFleet(["DB.T.UBND", "DB.H.TUANGIAO.UBND"], base_port=0)
    fleet.start_in_thread()          # or `await fleet.start()` on a running loop
    fleet.address("DB.T.UBND")      # "visca://127.0.0.1:40123"
    ...
    fleet.stop_thread()

With `base_port` N the cameras listen on N, N+1, N+2… in the order the sites are given (the start fails if one
of those ports is taken); with 0 each takes a free port of its own. Each camera starts at a slightly different
position, so the demo's sites do not all look alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Self

from console.domain import Position
from console.sim.camera import SimulatedCamera
from console.sim.loop_thread import LoopThread

log = logging.getLogger(__name__)


class CameraFleet:
    def __init__(
        self,
        sites: Iterable[str],
        *,
        host: str = "127.0.0.1",
        base_port: int = 0,
        max_slot: int = 127,
        move_time: float = 0.3,
    ) -> None:
        codes = list(dict.fromkeys(sites))
        if not 0 <= base_port <= 0xFFFF or (base_port and base_port + len(codes) - 1 > 0xFFFF):
            raise ValueError("the fleet's ports must fit below 65536")
        self.host = host
        self.base_port = base_port
        self.cameras: dict[str, SimulatedCamera] = {
            code: SimulatedCamera(
                host,
                base_port + i if base_port else 0,
                max_slot=max_slot,
                move_time=move_time,
                position=Position((i % 7 - 3) * 40, (i % 3 - 1) * 24, (i % 4) * 256),
            )
            for i, code in enumerate(codes)
        }
        self._threaded = LoopThread("visca-fleet", self.start, self.stop)

    def __len__(self) -> int:
        return len(self.cameras)

    def __contains__(self, site: object) -> bool:
        return site in self.cameras

    def camera(self, site: str) -> SimulatedCamera:
        return self.cameras[site]

    def address(self, site: str) -> str:
        """`visca://HOST:PORT` of a site's camera (once started)."""
        camera = self.cameras[site]
        host = f"[{camera.host}]" if ":" in camera.host else camera.host
        return f"visca://{host}:{camera.port}"

    @property
    def addresses(self) -> dict[str, str]:
        return {site: self.address(site) for site in self.cameras}

    # -- on a running loop --

    async def start(self) -> None:
        started: list[SimulatedCamera] = []
        try:
            for camera in self.cameras.values():
                await camera.start()
                started.append(camera)
        except BaseException:
            for camera in started:
                await camera.stop()
            raise
        log.info("%d simulated cameras listening on %s", len(self.cameras), self.host)

    async def stop(self) -> None:
        for camera in self.cameras.values():
            await camera.stop()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    # -- on a thread of its own --

    def start_in_thread(self) -> Self:
        """Start every camera on one event loop in a daemon thread; `stop_thread()` ends it."""
        self._threaded.start()
        return self

    def call_in_thread(self, func: Callable[[], object]) -> None:
        """Run `func` on the fleet's loop and wait for it (to flip a camera's fault switches safely)."""
        self._threaded.call(func)

    def position(self, site: str) -> Position:
        """A camera's position, read on the fleet's own loop."""
        found: list[Position] = []
        self.call_in_thread(lambda: found.append(self.cameras[site].position))
        return found[0]

    def stop_thread(self) -> None:
        self._threaded.stop()
