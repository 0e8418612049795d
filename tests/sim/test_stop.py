"""Stopping the simulator while a client follows it: every connection closed by the stop itself.

A stop used to race with the client: its event stream, ended by the stop, was asked for again and that new stream
never ended, so uvicorn's graceful shutdown ran out (3 s) and cancelled it, and the connection's socket outlived
the server's loop — an unclosed-socket warning in whichever later test the garbage collector ran.
"""

from __future__ import annotations

import asyncio
import logging

from console.domain import LinkChanged, LinkState
from console.mcu.pexip.driver import PexipDriver
from console.sim import SimServer

ROUNDS = 8


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_stop_while_a_driver_follows_closes_every_connection_in_time() -> None:
    records = _Records()
    for _ in range(ROUNDS):
        sim = SimServer(sites=12, scenario="normal", seed=3, keepalive=0.2).start()
        uvicorn_log = logging.getLogger("uvicorn.error")  # configured by the server's start
        uvicorn_log.addHandler(records)
        try:

            async def follow_then_stop(sim: SimServer = sim) -> None:
                drv = PexipDriver(
                    sim.url, sim.user, sim.password, poll_interval=0.05, timeout=1.0, max_backoff=0.1
                )
                await drv.connect()
                async for ev in drv.events():
                    if isinstance(ev, LinkChanged) and ev.state is LinkState.CONNECTED:
                        break
                await asyncio.to_thread(sim.stop)  # the driver keeps polling and reconnecting meanwhile
                await drv.close()

            asyncio.run(follow_then_stop())
        finally:
            sim.stop()
            uvicorn_log.removeHandler(records)
    assert not [m for m in records.messages if "graceful shutdown exceeded" in m], records.messages
