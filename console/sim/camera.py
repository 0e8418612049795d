"""A simulated VISCA-over-IP camera (asyncio UDP server) for tests, demos and maintenance rehearsals.

It behaves like a Sony PTZ camera as far as `console.camera.visca` goes: pan, tilt and zoom that move over `move_time`
seconds, preset slots (`max_slot` depends on the model), two command sockets (a third concurrent command gets
"buffer full"), ACK then completion, position inquiries, RESET of the sequence counter, and control error `0F 01`
for a sequence number that is not newer than the last one it accepted (a resend of a message it already ran).

Fault switches (plain attributes, set them before the traffic they should affect):
    silent            drop every datagram
    drop_incoming     drop the next N datagrams before the camera sees them
    drop_replies      drop the next N replies after the camera has acted (a lost ACK / completion / answer)
    garble_replies    corrupt the next N replies (a valid header around a payload that is not VISCA)
    truncate_replies  cut the next N replies short (the header's length no longer matches)
    not_executable    answer every command `90 61 41 FF` (e.g. powered off, menu open)
    drift             (pan, tilt, zoom) offset added whenever a preset is recalled
    max_slot          highest preset slot of the simulated model

What it saw, for assertions:
    received          every datagram that arrived, in order, before any fault applied
    executed          (sequence, payload) of each command it acted on
    events            ("start" | "done", sequence) as command sockets are taken and freed
    max_busy          the most command sockets in use at once

Run it standalone: `python -m console.sim.camera --port 52381`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final, Self

from console.camera.visca import (
    PAN_TILT_POSITION_INQUIRY,
    RESET_PAYLOAD,
    ZOOM_POSITION_INQUIRY,
    Message,
    PayloadType,
    ViscaDecodeError,
    decode_message,
    decode_nibbles,
    encode_message,
    encode_nibbles,
    to_signed16,
)
from console.domain import Position
from console.sim.loop_thread import LoopThread

log = logging.getLogger(__name__)

PAN_LIMIT: Final = 0x0990
TILT_LIMIT: Final = 0x0510
ZOOM_MAX: Final = 0x4000
SOCKETS: Final = (1, 2)
HOME: Final = Position(0, 0, 0)
PAN_UNITS_PER_SPEED: Final = 40.0  # position units per second per speed step while jogging
ZOOM_UNITS_PER_SPEED: Final = 600.0

Address = tuple[Any, ...]


@dataclass(slots=True)
class _Axis:
    """One axis moving linearly from `start` at `t0` to `end` at `t1` (loop time)."""

    start: int
    end: int
    t0: float = 0.0
    t1: float = 0.0

    def at(self, now: float) -> int:
        if now >= self.t1 or self.t1 <= self.t0:
            return self.end
        if now <= self.t0:
            return self.start
        return round(self.start + (self.end - self.start) * (now - self.t0) / (self.t1 - self.t0))

    def move(self, now: float, target: int, duration: float) -> None:
        self.start, self.end, self.t0, self.t1 = self.at(now), target, now, now + duration

    def stop(self, now: float) -> None:
        here = self.at(now)
        self.start = self.end = here
        self.t0 = self.t1 = now


class _Server(asyncio.DatagramProtocol):
    def __init__(self, camera: SimulatedCamera) -> None:
        self._camera = camera

    def datagram_received(self, data: bytes, addr: Address) -> None:
        self._camera._on_datagram(data, addr)


class SimulatedCamera:
    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        max_slot: int = 127,
        move_time: float = 0.05,
        position: Position = HOME,
    ) -> None:
        self.host = host
        self.port = port
        self.max_slot = max_slot
        self.move_time = move_time
        self.presets: dict[int, Position] = {}
        self.last_sequence: int | None = None  # None: after RESET / power-on, any sequence number is accepted
        # fault switches
        self.silent = False
        self.drop_incoming = 0
        self.drop_replies = 0
        self.garble_replies = 0
        self.truncate_replies = 0
        self.not_executable = False
        self.drift = (0, 0, 0)
        # observations
        self.received: list[bytes] = []
        self.executed: list[tuple[int, bytes]] = []
        self.events: list[tuple[str, int]] = []
        self.max_busy = 0
        self._pan = _Axis(position.pan, position.pan)
        self._tilt = _Axis(position.tilt, position.tilt)
        self._zoom = _Axis(position.zoom, position.zoom)
        self._busy: dict[int, asyncio.TimerHandle | None] = {}
        self._transport: asyncio.DatagramTransport | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._threaded = LoopThread("visca-sim", self.start, self.stop)

    # -- lifecycle --

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        transport, _ = await self._loop.create_datagram_endpoint(
            lambda: _Server(self), local_addr=(self.host, self.port)
        )
        self._transport = transport
        self.port = transport.get_extra_info("sockname")[1]
        log.debug("simulated VISCA camera on %s:%d", self.host, self.port)

    async def stop(self) -> None:
        for handle in self._busy.values():
            if handle is not None:
                handle.cancel()
        self._busy.clear()
        transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()

    @classmethod
    def start_in_thread(cls, **kwargs: Any) -> SimulatedCamera:
        """Start a camera on its own event loop in a daemon thread (for callers without a loop); `stop_thread()`."""
        camera = cls(**kwargs)
        camera._threaded.start()
        return camera

    def call_in_thread(self, func: Callable[[], object]) -> None:
        """Run `func` on the camera's own loop (thread mode) and wait for it: a safe way to flip fault switches."""
        self._threaded.call(func)

    def stop_thread(self) -> None:
        self._threaded.stop()

    # -- state --

    def _now(self) -> float:
        assert self._loop is not None
        return self._loop.time()

    @property
    def position(self) -> Position:
        now = self._now() if self._loop is not None else 0.0
        return Position(self._pan.at(now), self._tilt.at(now), self._zoom.at(now))

    @property
    def busy_sockets(self) -> int:
        return len(self._busy)

    # -- the wire --

    def _on_datagram(self, data: bytes, addr: Address) -> None:
        self.received.append(bytes(data))
        if self.silent:
            return
        if self.drop_incoming > 0:
            self.drop_incoming -= 1
            log.debug("sim camera: dropped an incoming datagram")
            return
        try:
            message = decode_message(data)
        except ViscaDecodeError:
            sequence = int.from_bytes(data[4:8], "big") if len(data) >= 8 else 0
            self._send(PayloadType.CONTROL_REPLY, sequence, b"\x0f\x02", addr)
            return
        if message.payload_type is PayloadType.CONTROL:
            if message.payload == RESET_PAYLOAD:
                self.last_sequence = None
                self._send(PayloadType.CONTROL_REPLY, message.sequence, RESET_PAYLOAD, addr)
            else:
                self._send(PayloadType.CONTROL_REPLY, message.sequence, b"\x0f\x02", addr)
            return
        if message.payload_type not in (PayloadType.COMMAND, PayloadType.INQUIRY):
            self._send(PayloadType.CONTROL_REPLY, message.sequence, b"\x0f\x02", addr)
            return
        if self.last_sequence is not None and message.sequence <= self.last_sequence:
            self._send(PayloadType.CONTROL_REPLY, message.sequence, b"\x0f\x01", addr)
            return
        self.last_sequence = message.sequence
        if message.payload_type is PayloadType.INQUIRY:
            self._inquiry(message, addr)
        else:
            self._command(message, addr)

    def _send(self, payload_type: PayloadType, sequence: int, payload: bytes, addr: Address) -> None:
        if self._transport is None or self.silent:
            return
        datagram = encode_message(payload_type, sequence, payload)
        if self.drop_replies > 0:
            self.drop_replies -= 1
            log.debug("sim camera: dropped reply %s", datagram.hex(" "))
            return
        if self.garble_replies > 0:
            self.garble_replies -= 1
            datagram = datagram[:8] + bytes(b ^ 0x5A for b in datagram[8:])
        elif self.truncate_replies > 0:
            self.truncate_replies -= 1
            datagram = datagram[:-2]
        self._transport.sendto(datagram, addr)

    def _reply(self, sequence: int, payload: bytes, addr: Address) -> None:
        self._send(PayloadType.REPLY, sequence, payload, addr)

    def _inquiry(self, message: Message, addr: Address) -> None:
        here = self.position
        if message.payload == PAN_TILT_POSITION_INQUIRY:
            data = encode_nibbles(here.pan) + encode_nibbles(here.tilt)
        elif message.payload == ZOOM_POSITION_INQUIRY:
            data = encode_nibbles(here.zoom)
        else:
            self._reply(message.sequence, b"\x90\x60\x02\xff", addr)
            return
        self._reply(message.sequence, b"\x90\x50" + data + b"\xff", addr)

    def _command(self, message: Message, addr: Address) -> None:
        payload, sequence = message.payload, message.sequence
        if len(payload) < 3 or payload[0] != 0x81 or payload[-1] != 0xFF or 0xFF in payload[:-1]:
            self._reply(sequence, b"\x90\x60\x01\xff", addr)
            return
        action = self._decode(payload)
        if action is None:
            self._reply(sequence, b"\x90\x60\x02\xff", addr)
            return
        if self.not_executable:
            self._reply(sequence, b"\x90\x61\x41\xff", addr)
            return
        free = [s for s in SOCKETS if s not in self._busy]
        if not free:
            self._reply(sequence, b"\x90\x60\x03\xff", addr)
            return
        socket = free[0]
        self._busy[socket] = None
        self.max_busy = max(self.max_busy, len(self._busy))
        self.events.append(("start", sequence))
        self.executed.append((sequence, payload))
        self._reply(sequence, bytes((0x90, 0x40 | socket, 0xFF)), addr)
        duration = action()
        assert self._loop is not None
        if duration > 0:
            self._busy[socket] = self._loop.call_later(duration, self._complete, socket, sequence, addr)
        else:
            self._complete(socket, sequence, addr)

    def _complete(self, socket: int, sequence: int, addr: Address) -> None:
        self._busy.pop(socket, None)
        self.events.append(("done", sequence))
        self._reply(sequence, bytes((0x90, 0x50 | socket, 0xFF)), addr)

    def _decode(self, p: bytes) -> Callable[[], float] | None:
        """The action for a command payload (returning how long it keeps its socket), None for a syntax error."""
        if len(p) == 7 and p[1:4] == b"\x01\x04\x3f" and p[4] in (0, 1, 2):
            slot = p[5]
            if slot > self.max_slot:
                return None
            return {
                0: lambda: self._clear(slot),
                1: lambda: self._store(slot),
                2: lambda: self._recall(slot),
            }[p[4]]
        if len(p) == 15 and p[1:4] == b"\x01\x06\x02":
            vv, ww = p[4], p[5]
            try:
                pan, tilt = to_signed16(decode_nibbles(p[6:10])), to_signed16(decode_nibbles(p[10:14]))
            except ViscaDecodeError:
                return None
            if not (1 <= vv <= 0x18 and 1 <= ww <= 0x14) or abs(pan) > PAN_LIMIT or abs(tilt) > TILT_LIMIT:
                return None
            return lambda: self._goto(Position(pan, tilt, self._zoom.end), zoom=False)
        if len(p) == 9 and p[1:4] == b"\x01\x04\x47":
            try:
                zoom = decode_nibbles(p[4:8])
            except ViscaDecodeError:
                return None
            if zoom > ZOOM_MAX:
                return None
            return lambda: self._goto(Position(self._pan.end, self._tilt.end, zoom), pan_tilt=False)
        if len(p) == 9 and p[1:4] == b"\x01\x06\x01":
            vv, ww, x, y = p[4:8]
            if not (1 <= vv <= 0x18 and 1 <= ww <= 0x14 and x in (1, 2, 3) and y in (1, 2, 3)):
                return None
            return lambda: self._jog(vv, ww, x, y)
        if len(p) == 6 and p[1:4] == b"\x01\x04\x07":
            code = p[4]
            if code in (0x00, 0x02, 0x03) or (code >> 4 in (2, 3) and code & 0x0F <= 7):
                return lambda: self._zoom_jog(code)
            return None
        return None

    # -- actions: each returns the seconds until completion --

    def _clear(self, slot: int) -> float:
        self.presets.pop(slot, None)
        return 0.0

    def _store(self, slot: int) -> float:
        self.presets[slot] = self.position
        return 0.0

    def _recall(self, slot: int) -> float:
        stored = self.presets.get(slot)
        if stored is None:
            return 0.0  # an empty slot: the camera stays where it is
        dp, dt, dz = self.drift
        return self._goto(Position(stored.pan + dp, stored.tilt + dt, stored.zoom + dz))

    def _goto(self, target: Position, *, pan_tilt: bool = True, zoom: bool = True) -> float:
        now = self._now()
        if pan_tilt:
            self._pan.move(now, max(-PAN_LIMIT, min(PAN_LIMIT, target.pan)), self.move_time)
            self._tilt.move(now, max(-TILT_LIMIT, min(TILT_LIMIT, target.tilt)), self.move_time)
        if zoom:
            self._zoom.move(now, max(0, min(ZOOM_MAX, target.zoom)), self.move_time)
        return self.move_time

    def _jog(self, vv: int, ww: int, x: int, y: int) -> float:
        now = self._now()
        for axis, code, speed, limit in ((self._pan, x, vv, PAN_LIMIT), (self._tilt, y, ww, TILT_LIMIT)):
            if code == 3:
                axis.stop(now)
            else:
                here = axis.at(now)
                target = -limit if code == 1 else limit
                if axis is self._tilt:
                    target = limit if code == 1 else -limit  # 01 = up
                axis.move(now, target, abs(target - here) / (speed * PAN_UNITS_PER_SPEED))
        return 0.0

    def _zoom_jog(self, code: int) -> float:
        now = self._now()
        if code == 0x00:
            self._zoom.stop(now)
            return 0.0
        tele = code in (0x02,) or code >> 4 == 2
        speed = 3 if code in (0x02, 0x03) else code & 0x0F
        here = self._zoom.at(now)
        target = ZOOM_MAX if tele else 0
        self._zoom.move(now, target, abs(target - here) / ((speed + 1) * ZOOM_UNITS_PER_SPEED))
        return 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="a simulated VISCA-over-IP camera")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=52381)
    parser.add_argument("--max-slot", type=int, default=127)
    parser.add_argument("--move-time", type=float, default=1.0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def serve() -> None:
        async with SimulatedCamera(
            args.host, args.port, max_slot=args.max_slot, move_time=args.move_time
        ) as cam:
            print(f"listening on {cam.host}:{cam.port}", flush=True)
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


if __name__ == "__main__":
    main()
