"""Helpers shared by the camera tests: run a coroutine, decode what the simulated camera received, a raw peer."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar, cast

from console.camera.visca import Message, PayloadType, decode_message, encode_message
from console.sim.camera import SimulatedCamera

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    """Run one test coroutine on a fresh loop and check it leaves no task behind."""

    async def main() -> T:
        result = await coro
        assert asyncio.all_tasks() == {asyncio.current_task()}, "a task outlived the test"
        return result

    return asyncio.run(main())


def received(sim: SimulatedCamera) -> list[Message]:
    return [decode_message(d) for d in sim.received]


def kinds_and_sequences(sim: SimulatedCamera) -> list[tuple[PayloadType, int]]:
    return [(m.payload_type, m.sequence) for m in received(sim)]


class RawPeer(asyncio.DatagramProtocol):
    """Another controller on the network: sends hand-made datagrams and keeps what comes back."""

    def __init__(self) -> None:
        self.replies: asyncio.Queue[Message] = asyncio.Queue()
        self.transport: asyncio.DatagramTransport | None = None

    @classmethod
    async def connect(cls, port: int) -> RawPeer:
        loop = asyncio.get_running_loop()
        _, peer = await loop.create_datagram_endpoint(cls, remote_addr=("127.0.0.1", port))
        return peer

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: Any) -> None:
        self.replies.put_nowait(decode_message(data))

    def send(self, payload_type: PayloadType, sequence: int, payload: bytes) -> None:
        assert self.transport is not None
        self.transport.sendto(encode_message(payload_type, sequence, payload))

    async def reply(self) -> Message:
        return await asyncio.wait_for(self.replies.get(), 5)

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
