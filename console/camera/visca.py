"""VISCA over IP (Sony): an asyncio UDP client, one per camera, and the pure encode/decode helpers it uses.

Wire format (Sony VISCA over IP): every datagram is an 8-byte big-endian header (payload type, payload length 1–16,
32-bit sequence number) followed by the VISCA payload. Commands start `81`, replies start `90`.

How the client behaves:
- It binds an ephemeral local port (never 52381, so it can share a host with other controllers).
- It resets the camera's sequence counter when it opens, and on demand (`reset_sequence`).
- One command at a time per camera (an `asyncio.Lock`, first come first served): a camera has two command sockets,
  and we never want "buffer full" to come from our own traffic.
- Replies are matched by sequence number; anything else (late, garbled, truncated) is logged and ignored.
- On a reply timeout it resends the *same datagram with the same sequence number* (bounded): an ACK then means the
  command runs now; a control error `0F 01` (bad sequence number) means the first copy already ran, so the command is
  treated as accepted and its completion is awaited, or confirmed by reading the position until it stops changing.
- A command is reported done only on its completion (`90 5y FF`), not on its ACK.
- Every failure is a `ViscaError` with a stable `code` and an English message for logs and the command line.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import struct
from dataclasses import dataclass
from types import TracebackType
from typing import Final, Self

from console.domain import Position

log = logging.getLogger(__name__)

DEFAULT_PORT: Final = 52381
HEADER = struct.Struct(">HHI")
HEADER_SIZE: Final = HEADER.size  # 8
MAX_PAYLOAD: Final = 16
MAX_SEQUENCE: Final = 0xFFFF_FFFF
RESET_SEQUENCE_NUMBER: Final = 0  # the RESET message's own sequence number is ignored by the camera
DEFAULT_MAX_SLOT: Final = 127
HIGHEST_ENCODABLE_SLOT: Final = 0xFE  # 0xFF is the VISCA terminator

PAN_SPEED_MAX: Final = 0x18
TILT_SPEED_MAX: Final = 0x14
ZOOM_SPEED_MAX: Final = 7


class PayloadType(enum.IntEnum):
    COMMAND = 0x0100
    INQUIRY = 0x0110
    REPLY = 0x0111
    CONTROL = 0x0200
    CONTROL_REPLY = 0x0201


# --- errors -------------------------------------------------------------------------------------------------------

# VISCA error replies `90 6y ee FF`: ee -> (stable code, English message)
CAMERA_ERRORS: Final[dict[int, tuple[str, str]]] = {
    0x01: ("message_length", "message length error: the camera rejected the command's length"),
    0x02: ("syntax", "syntax error: the camera does not accept this command or value"),
    0x03: ("buffer_full", "command buffer full: the camera is already running two commands"),
    0x04: ("cancelled", "command cancelled"),
    0x05: ("no_socket", "no socket: nothing to cancel in that command socket"),
    0x41: ("not_executable", "command not executable now (the camera's state does not allow it)"),
}

# Every code a ViscaError can carry, with its default message.
ERROR_MESSAGES: Final[dict[str, str]] = {
    **dict(CAMERA_ERRORS.values()),
    "camera_error": "the camera reported an unknown error",
    "timeout": "camera silent: no valid reply",
    "sequence_error": "the camera keeps rejecting our sequence numbers, even after a sequence reset",
    "bad_message": "the camera rejected the message as malformed (control error 0F 02)",
    "control_error": "the camera sent an unknown control error",
    "slot_out_of_range": "preset slot out of range for this camera",
    "bad_argument": "value out of range for this command",
    "unreachable": "cannot open a UDP socket to the camera",
    "closed": "the camera connection is closed",
}


class ViscaError(Exception):
    """A command the camera refused or did not answer. `code` is stable (see ERROR_MESSAGES), `str()` is English."""

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(message or ERROR_MESSAGES.get(code, code))
        self.code = code

    @classmethod
    def from_camera(cls, ee: int) -> ViscaError:
        code, message = CAMERA_ERRORS.get(ee, ("camera_error", f"the camera reported error 0x{ee:02X}"))
        return cls(code, message)


class ViscaDecodeError(ValueError):
    """A datagram or payload that does not follow the protocol (garbled or truncated)."""


# --- pure encode / decode helpers ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Message:
    payload_type: PayloadType
    sequence: int
    payload: bytes


def encode_header(payload_type: int, length: int, sequence: int) -> bytes:
    if not 1 <= length <= MAX_PAYLOAD:
        raise ValueError(f"payload length {length} outside 1..{MAX_PAYLOAD}")
    if not 0 <= sequence <= MAX_SEQUENCE:
        raise ValueError(f"sequence number {sequence} outside 0..0x{MAX_SEQUENCE:X}")
    return HEADER.pack(payload_type, length, sequence)


def encode_message(payload_type: int, sequence: int, payload: bytes) -> bytes:
    return encode_header(payload_type, len(payload), sequence) + payload


def decode_message(data: bytes) -> Message:
    """Split one datagram into header fields and payload; raise ViscaDecodeError when it is malformed."""
    if len(data) < HEADER_SIZE + 1:
        raise ViscaDecodeError(f"datagram of {len(data)} bytes is shorter than a header and one payload byte")
    ptype, length, sequence = HEADER.unpack_from(data)
    try:
        payload_type = PayloadType(ptype)
    except ValueError:
        raise ViscaDecodeError(f"unknown payload type 0x{ptype:04X}") from None
    if not 1 <= length <= MAX_PAYLOAD:
        raise ViscaDecodeError(f"payload length field {length} outside 1..{MAX_PAYLOAD}")
    if len(data) - HEADER_SIZE != length:
        raise ViscaDecodeError(
            f"header says {length} payload bytes, datagram holds {len(data) - HEADER_SIZE}"
        )
    return Message(payload_type, sequence, bytes(data[HEADER_SIZE:]))


def encode_nibbles(value: int, count: int = 4) -> bytes:
    """`value` (taken modulo 16**count, so negative numbers come out in two's complement) as one nibble per byte."""
    value &= (1 << (4 * count)) - 1
    return bytes((value >> (4 * (count - 1 - i))) & 0x0F for i in range(count))


def decode_nibbles(data: bytes) -> int:
    """The unsigned value of one-nibble-per-byte data; raise ViscaDecodeError if a byte has its high nibble set."""
    value = 0
    for b in data:
        if b > 0x0F:
            raise ViscaDecodeError(f"byte 0x{b:02X} is not a nibble")
        value = (value << 4) | b
    return value


def to_signed16(value: int) -> int:
    value &= 0xFFFF
    return value - 0x10000 if value & 0x8000 else value


def _check_slot(slot: int, max_slot: int = HIGHEST_ENCODABLE_SLOT) -> None:
    if not 0 <= slot <= max_slot:
        raise ViscaError(
            "slot_out_of_range", f"preset slot {slot} is outside this camera's range 0..{max_slot}"
        )


def _check_range(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ViscaError("bad_argument", f"{name} {value} is outside {low}..{high}")


def clear_preset_payload(slot: int) -> bytes:
    _check_slot(slot)
    return bytes((0x81, 0x01, 0x04, 0x3F, 0x00, slot, 0xFF))


def store_preset_payload(slot: int) -> bytes:
    _check_slot(slot)
    return bytes((0x81, 0x01, 0x04, 0x3F, 0x01, slot, 0xFF))


def recall_preset_payload(slot: int) -> bytes:
    _check_slot(slot)
    return bytes((0x81, 0x01, 0x04, 0x3F, 0x02, slot, 0xFF))


def pan_tilt_absolute_payload(pan: int, tilt: int, pan_speed: int, tilt_speed: int) -> bytes:
    _check_range("pan position", pan, -0x8000, 0x7FFF)
    _check_range("tilt position", tilt, -0x8000, 0x7FFF)
    _check_range("pan speed", pan_speed, 1, PAN_SPEED_MAX)
    _check_range("tilt speed", tilt_speed, 1, TILT_SPEED_MAX)
    return (
        bytes((0x81, 0x01, 0x06, 0x02, pan_speed, tilt_speed))
        + encode_nibbles(pan)
        + encode_nibbles(tilt)
        + b"\xff"
    )


def zoom_direct_payload(zoom: int) -> bytes:
    _check_range("zoom position", zoom, 0, 0xFFFF)
    return b"\x81\x01\x04\x47" + encode_nibbles(zoom) + b"\xff"


class Direction(enum.Enum):
    """Pan-tilt drive directions: value = (pan byte, tilt byte) of `81 01 06 01 VV WW XX YY FF`."""

    UP = (0x03, 0x01)
    DOWN = (0x03, 0x02)
    LEFT = (0x01, 0x03)
    RIGHT = (0x02, 0x03)
    UP_LEFT = (0x01, 0x01)
    UP_RIGHT = (0x02, 0x01)
    DOWN_LEFT = (0x01, 0x02)
    DOWN_RIGHT = (0x02, 0x02)
    STOP = (0x03, 0x03)


class ZoomDirection(enum.Enum):
    IN = "in"  # tele
    OUT = "out"  # wide
    STOP = "stop"


def pan_tilt_drive_payload(direction: Direction, pan_speed: int, tilt_speed: int) -> bytes:
    _check_range("pan speed", pan_speed, 1, PAN_SPEED_MAX)
    _check_range("tilt speed", tilt_speed, 1, TILT_SPEED_MAX)
    x, y = direction.value
    return bytes((0x81, 0x01, 0x06, 0x01, pan_speed, tilt_speed, x, y, 0xFF))


def zoom_drive_payload(direction: ZoomDirection, speed: int | None = None) -> bytes:
    """`81 01 04 07 pp FF`: 00 stop, 02/03 tele/wide at standard speed, 2p/3p tele/wide at speed p (0–7)."""
    if direction is ZoomDirection.STOP:
        code = 0x00
    else:
        base = 0x02 if direction is ZoomDirection.IN else 0x03
        if speed is None:
            code = base
        else:
            _check_range("zoom speed", speed, 0, ZOOM_SPEED_MAX)
            code = (base << 4) | speed
    return bytes((0x81, 0x01, 0x04, 0x07, code, 0xFF))


PAN_TILT_POSITION_INQUIRY: Final = bytes((0x81, 0x09, 0x06, 0x12, 0xFF))
ZOOM_POSITION_INQUIRY: Final = bytes((0x81, 0x09, 0x04, 0x47, 0xFF))
RESET_PAYLOAD: Final = b"\x01"
PAN_TILT_REPLY_LENGTH: Final = 11
ZOOM_REPLY_LENGTH: Final = 7


class ReplyKind(enum.Enum):
    ACK = "ack"
    COMPLETION = "completion"
    ERROR = "error"
    INQUIRY = "inquiry"  # `90 50 <data> FF`: the answer to an inquiry


@dataclass(frozen=True, slots=True)
class Reply:
    kind: ReplyKind
    socket: int
    error: int = 0  # ee of an error reply
    data: bytes = b""  # between `90 50` and `FF` of an inquiry answer


def parse_reply(payload: bytes) -> Reply:
    """Classify a VISCA reply payload (type 0x0111); raise ViscaDecodeError when it is not a well-formed reply."""
    if len(payload) < 3 or payload[0] != 0x90 or payload[-1] != 0xFF or 0xFF in payload[:-1]:
        raise ViscaDecodeError(f"not a VISCA reply: {payload.hex(' ')}")
    kind, socket = payload[1] >> 4, payload[1] & 0x0F
    if kind == 0x4 and len(payload) == 3:
        return Reply(ReplyKind.ACK, socket)
    if kind == 0x5 and len(payload) == 3:
        return Reply(ReplyKind.COMPLETION, socket)
    if kind == 0x5 and socket == 0:
        return Reply(ReplyKind.INQUIRY, 0, data=payload[2:-1])
    if kind == 0x6 and len(payload) == 4:
        return Reply(ReplyKind.ERROR, socket, error=payload[2])
    raise ViscaDecodeError(f"not a VISCA reply: {payload.hex(' ')}")


class ControlReply(enum.Enum):
    RESET_DONE = "reset_done"  # 01
    SEQUENCE_ERROR = "sequence_error"  # 0F 01
    MESSAGE_ERROR = "message_error"  # 0F 02


def parse_control_reply(payload: bytes) -> ControlReply:
    if payload == b"\x01":
        return ControlReply.RESET_DONE
    if payload == b"\x0f\x01":
        return ControlReply.SEQUENCE_ERROR
    if payload == b"\x0f\x02":
        return ControlReply.MESSAGE_ERROR
    raise ViscaDecodeError(f"unknown control reply: {payload.hex(' ')}")


def decode_pan_tilt_reply(payload: bytes) -> tuple[int, int]:
    """`90 50 0w 0w 0w 0w 0z 0z 0z 0z FF` -> (pan, tilt), both signed 16-bit."""
    reply = parse_reply(payload)
    if reply.kind is not ReplyKind.INQUIRY or len(payload) != PAN_TILT_REPLY_LENGTH:
        raise ViscaDecodeError(f"not a pan-tilt position reply: {payload.hex(' ')}")
    return to_signed16(decode_nibbles(reply.data[:4])), to_signed16(decode_nibbles(reply.data[4:]))


def decode_zoom_reply(payload: bytes) -> int:
    """`90 50 0p 0q 0r 0s FF` -> zoom position (unsigned 16-bit)."""
    reply = parse_reply(payload)
    if reply.kind is not ReplyKind.INQUIRY or len(payload) != ZOOM_REPLY_LENGTH:
        raise ViscaDecodeError(f"not a zoom position reply: {payload.hex(' ')}")
    return decode_nibbles(reply.data)


# --- the client ---------------------------------------------------------------------------------------------------


class _Protocol(asyncio.DatagramProtocol):
    """Hands datagrams to its camera for as long as it is the camera's current socket."""

    def __init__(self, camera: ViscaCamera) -> None:
        self._camera = camera

    def datagram_received(self, data: bytes, addr: tuple[str | object, ...]) -> None:
        if self._camera._protocol is self:
            self._camera._on_datagram(data)

    def error_received(self, exc: Exception) -> None:
        if self._camera._protocol is self:
            self._camera._on_error(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._camera._protocol is self:
            self._camera._on_lost(exc)


class _Resync(Exception):
    """The camera rejected a fresh sequence number: its counter and ours are out of step."""


class ViscaCamera:
    """One VISCA-over-IP camera. Use as `async with ViscaCamera(host) as cam:`; methods open it lazily too.

    `timeout` is the wait for each reply (seconds) and `retries` the number of resends of the same datagram after
    a timeout. `move_timeout` bounds the wait for a completion after the ACK (a preset recall can take seconds),
    and the confirmation by inquiry when a completion never comes (the position is read every `settle_interval`
    seconds until two readings agree). `max_slot` is the model's highest preset slot (older models 15, many
    current ones 127 or more; at most 254, as 0xFF ends a VISCA message); out of range slots are refused with
    ViscaError("slot_out_of_range") before anything is sent.
    """

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_PORT,
        timeout: float = 1.0,
        retries: int = 2,
        *,
        max_slot: int = DEFAULT_MAX_SLOT,
        move_timeout: float = 10.0,
        settle_interval: float = 0.1,
    ) -> None:
        if not 0 <= max_slot <= HIGHEST_ENCODABLE_SLOT:
            raise ValueError(f"max_slot must be within 0..{HIGHEST_ENCODABLE_SLOT}")
        if timeout <= 0 or move_timeout <= 0 or retries < 0:
            raise ValueError("timeout and move_timeout must be positive, retries non-negative")
        self.host = host
        self.port = port
        self.timeout = timeout
        self.retries = retries
        self.max_slot = max_slot
        self.move_timeout = move_timeout
        self.settle_interval = settle_interval
        self._lock = asyncio.Lock()
        self._transport: asyncio.DatagramTransport | None = None
        self._protocol: _Protocol | None = None
        self._next_sequence = 1
        self._needs_reset = True
        self._waiting_for: int | None = None
        self._inbox: asyncio.Queue[Message] = asyncio.Queue()
        self._ignored = 0  # garbled / truncated datagrams during the current exchange
        self._last_os_error: Exception | None = None

    def __repr__(self) -> str:
        return f"ViscaCamera({self.host!r}, {self.port})"

    @property
    def label(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def local_port(self) -> int | None:
        if self._transport is None:
            return None
        port: int = self._transport.get_extra_info("sockname")[1]
        return port

    # -- lifecycle --

    async def open(self, *, reset: bool = True) -> None:
        """Open the UDP socket and reset the camera's sequence counter (now, or before the first message)."""
        async with self._lock:
            await self._open_locked()
            if reset:
                await self._reset_locked()

    async def close(self) -> None:
        """Close the UDP socket; the next command opens a new one (and resets the sequence counter)."""
        transport, self._transport, self._protocol = self._transport, None, None
        if transport is not None:
            transport.close()
        self._needs_reset = True

    async def __aenter__(self) -> Self:
        try:
            await self.open()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- public commands --

    async def reset_sequence(self) -> None:
        """Send RESET (control 0x01): the camera and this client start counting sequence numbers afresh."""
        async with self._lock:
            await self._open_locked()
            await self._reset_locked()

    async def recall_preset(self, slot: int) -> None:
        """Move to preset `slot` and return once the camera reports completion."""
        self._check_model_slot(slot)
        await self._command(recall_preset_payload(slot))

    async def store_preset(self, slot: int) -> None:
        """Store the current pan, tilt and zoom as preset `slot`."""
        self._check_model_slot(slot)
        await self._command(store_preset_payload(slot))

    async def clear_preset(self, slot: int) -> None:
        self._check_model_slot(slot)
        await self._command(clear_preset_payload(slot))

    async def pan_tilt_absolute(
        self, pan: int, tilt: int, pan_speed: int = PAN_SPEED_MAX, tilt_speed: int = TILT_SPEED_MAX
    ) -> None:
        await self._command(pan_tilt_absolute_payload(pan, tilt, pan_speed, tilt_speed))

    async def zoom_direct(self, zoom: int) -> None:
        await self._command(zoom_direct_payload(zoom))

    async def pan_tilt_drive(self, direction: Direction, speed: int = 0x0C) -> None:
        """Start moving (jogging) in `direction` until `pan_tilt_stop`; `speed` 1–0x18 (tilt is capped at 0x14)."""
        _check_range("pan-tilt speed", speed, 1, PAN_SPEED_MAX)
        await self._command(pan_tilt_drive_payload(direction, speed, min(speed, TILT_SPEED_MAX)))

    async def pan_tilt_stop(self) -> None:
        await self._command(pan_tilt_drive_payload(Direction.STOP, 1, 1))

    async def zoom_drive(self, direction: ZoomDirection, speed: int | None = None) -> None:
        """Start zooming in (tele) or out (wide) until `zoom_stop`; `speed` 0–7, None for the standard speed."""
        await self._command(zoom_drive_payload(direction, speed))

    async def zoom_stop(self) -> None:
        await self._command(zoom_drive_payload(ZoomDirection.STOP))

    async def pan_tilt_position(self) -> tuple[int, int]:
        async with self._lock:
            return await self._pan_tilt_locked()

    async def zoom_position(self) -> int:
        async with self._lock:
            return await self._zoom_locked()

    async def position(self) -> Position:
        """Pan and tilt (signed 16-bit) and zoom, read in one turn of the lock."""
        async with self._lock:
            pan, tilt = await self._pan_tilt_locked()
            return Position(pan, tilt, await self._zoom_locked())

    # -- internals: everything below runs with the lock held --

    def _check_model_slot(self, slot: int) -> None:
        _check_slot(slot, self.max_slot)

    async def _open_locked(self) -> None:
        if self._transport is not None:
            return
        loop = asyncio.get_running_loop()
        try:
            transport, protocol = await loop.create_datagram_endpoint(
                lambda: _Protocol(self), remote_addr=(self.host, self.port)
            )
        except OSError as exc:
            raise ViscaError(
                "unreachable", f"cannot open a UDP socket to camera {self.label}: {exc}"
            ) from exc
        self._transport, self._protocol = transport, protocol
        self._needs_reset = True
        log.debug("camera %s: local port %s", self.label, self.local_port)

    def _send(self, datagram: bytes) -> None:
        if self._transport is None:
            raise ViscaError("closed", f"the connection to camera {self.label} is closed")
        self._transport.sendto(datagram)

    def _on_datagram(self, data: bytes) -> None:
        try:
            message = decode_message(data)
        except ViscaDecodeError as exc:
            self._ignored += 1
            log.warning("camera %s: ignored a garbled datagram (%s): %s", self.label, exc, data.hex(" "))
            return
        if message.sequence != self._waiting_for:
            log.debug("camera %s: ignored a late reply for sequence %d", self.label, message.sequence)
            return
        self._inbox.put_nowait(message)

    def _on_error(self, exc: Exception) -> None:
        self._last_os_error = exc
        log.debug("camera %s: network error %s", self.label, exc)

    def _on_lost(self, exc: Exception | None) -> None:
        self._transport = self._protocol = None
        self._needs_reset = True

    def _expect(self, sequence: int | None) -> None:
        self._waiting_for = sequence
        self._inbox = asyncio.Queue()
        self._ignored = 0
        self._last_os_error = None

    async def _next_message(self, deadline: float) -> Message | None:
        """The next reply for the awaited sequence number, or None when `deadline` (loop time) passes first."""
        if not self._inbox.empty():
            return self._inbox.get_nowait()
        try:
            async with asyncio.timeout_at(deadline):
                return await self._inbox.get()
        except TimeoutError:
            return None

    def _silent(self, sends: int) -> ViscaError:
        detail = f"no valid reply from camera {self.label} after {sends} tries of {self.timeout:g} s"
        if self._ignored:
            detail += f" ({self._ignored} garbled or truncated replies ignored)"
        if self._last_os_error is not None:
            detail += f" (network error: {self._last_os_error})"
        return ViscaError("timeout", f"camera silent: {detail}")

    async def _take_sequence(self) -> int:
        if self._needs_reset or self._next_sequence > MAX_SEQUENCE:
            await self._reset_locked()
        sequence = self._next_sequence
        self._next_sequence += 1
        return sequence

    async def _reset_locked(self) -> None:
        loop = asyncio.get_running_loop()
        datagram = encode_message(PayloadType.CONTROL, RESET_SEQUENCE_NUMBER, RESET_PAYLOAD)
        self._expect(RESET_SEQUENCE_NUMBER)
        try:
            sends = 0
            while True:
                self._send(datagram)
                sends += 1
                deadline = loop.time() + self.timeout
                while (message := await self._next_message(deadline)) is not None:
                    if message.payload_type is not PayloadType.CONTROL_REPLY:
                        log.debug("camera %s: ignored %s during reset", self.label, message)
                    elif self._control(message) is ControlReply.RESET_DONE:
                        self._next_sequence = 1
                        self._needs_reset = False
                        log.debug("camera %s: sequence counter reset", self.label)
                        return
                if sends > self.retries:
                    raise self._silent(sends)
                log.info("camera %s: no reply to RESET, resending", self.label)
        finally:
            self._expect(None)

    async def _command(self, payload: bytes) -> None:
        async with self._lock:
            await self._open_locked()
            resynced = False
            while True:
                sequence = await self._take_sequence()
                self._expect(sequence)
                try:
                    await self._run_command(sequence, encode_message(PayloadType.COMMAND, sequence, payload))
                    return
                except _Resync:
                    if resynced:
                        raise ViscaError("sequence_error") from None
                    log.info(
                        "camera %s: sequence number %d rejected, resetting the counter", self.label, sequence
                    )
                    resynced = True
                    self._needs_reset = True
                finally:
                    self._expect(None)

    async def _run_command(self, sequence: int, datagram: bytes) -> None:
        loop = asyncio.get_running_loop()
        self._send(datagram)
        sends = 1
        acked = False
        ran = False  # a resend drew a sequence error: the first copy already ran
        deadline = loop.time() + self.timeout
        while True:
            message = await self._next_message(deadline)
            if message is None:
                if acked or ran:
                    log.info(
                        "camera %s: no completion for sequence %d, checking by inquiry", self.label, sequence
                    )
                    await self._confirm_settled()
                    return
                if sends > self.retries:
                    raise self._silent(sends)
                log.info("camera %s: no reply to sequence %d, resending it", self.label, sequence)
                self._send(datagram)
                sends += 1
                deadline = loop.time() + self.timeout
                continue
            if message.payload_type is PayloadType.CONTROL_REPLY:
                if self._control(message) is ControlReply.SEQUENCE_ERROR and not (acked or ran):
                    if sends == 1:
                        raise _Resync
                    # The first copy ran and its replies were lost or are late: give its completion one reply
                    # time to turn up, then confirm by inquiry.
                    log.info("camera %s: sequence %d already ran, awaiting completion", self.label, sequence)
                    ran = True
                    deadline = loop.time() + self.timeout
                continue
            reply = self._reply(message)
            if reply is None or reply.kind is ReplyKind.INQUIRY:
                continue
            if reply.kind is ReplyKind.ACK:
                if not acked:
                    acked = True  # it runs now: allow for the movement
                    deadline = loop.time() + self.move_timeout
            elif reply.kind is ReplyKind.COMPLETION:
                return
            else:
                raise ViscaError.from_camera(reply.error)

    def _control(self, message: Message) -> ControlReply | None:
        try:
            control = parse_control_reply(message.payload)
        except ViscaDecodeError as exc:
            self._ignored += 1
            log.warning("camera %s: ignored a garbled control reply (%s)", self.label, exc)
            return None
        if control is ControlReply.MESSAGE_ERROR:
            raise ViscaError("bad_message")
        return control

    def _reply(self, message: Message) -> Reply | None:
        if message.payload_type is not PayloadType.REPLY:
            log.debug("camera %s: ignored a %s message", self.label, message.payload_type.name)
            return None
        try:
            return parse_reply(message.payload)
        except ViscaDecodeError as exc:
            self._ignored += 1
            log.warning("camera %s: ignored a garbled reply (%s)", self.label, exc)
            return None

    async def _inquire(self, payload: bytes, reply_length: int) -> bytes:
        """Send an inquiry and return the whole reply payload, checked against `reply_length`."""
        loop = asyncio.get_running_loop()
        await self._open_locked()
        sends = 0
        resynced = False
        while True:
            sequence = await self._take_sequence()
            datagram = encode_message(PayloadType.INQUIRY, sequence, payload)
            self._expect(sequence)
            try:
                self._send(datagram)
                sends += 1
                sends_this_sequence = 1
                deadline = loop.time() + self.timeout
                while True:
                    message = await self._next_message(deadline)
                    if message is None:
                        if sends > self.retries:
                            raise self._silent(sends)
                        log.info("camera %s: no reply to inquiry %d, resending it", self.label, sequence)
                        self._send(datagram)
                        sends += 1
                        sends_this_sequence += 1
                        deadline = loop.time() + self.timeout
                        continue
                    if message.payload_type is PayloadType.CONTROL_REPLY:
                        if self._control(message) is ControlReply.SEQUENCE_ERROR:
                            break  # handled below, outside this sequence number's wait
                        continue
                    reply = self._reply(message)
                    if reply is None:
                        continue
                    if reply.kind is ReplyKind.ERROR:
                        raise ViscaError.from_camera(reply.error)
                    if reply.kind is ReplyKind.INQUIRY:
                        if len(message.payload) == reply_length and all(b <= 0x0F for b in reply.data):
                            return message.payload
                        self._ignored += 1
                        log.warning(
                            "camera %s: ignored a malformed inquiry reply: %s",
                            self.label,
                            message.payload.hex(" "),
                        )
            finally:
                self._expect(None)
            # A sequence error: on a first send the counters are out of step; after a resend the inquiry was
            # already answered and the answer lost. Either way ask again under a new sequence number.
            if sends_this_sequence == 1:
                if resynced:
                    raise ViscaError("sequence_error")
                resynced = True
                self._needs_reset = True
                log.info(
                    "camera %s: sequence number %d rejected, resetting the counter", self.label, sequence
                )
            elif sends > self.retries:
                raise self._silent(sends)

    async def _pan_tilt_locked(self) -> tuple[int, int]:
        return decode_pan_tilt_reply(await self._inquire(PAN_TILT_POSITION_INQUIRY, PAN_TILT_REPLY_LENGTH))

    async def _zoom_locked(self) -> int:
        return decode_zoom_reply(await self._inquire(ZOOM_POSITION_INQUIRY, ZOOM_REPLY_LENGTH))

    async def _confirm_settled(self) -> Position:
        """Read the position until two readings agree: the command that already ran has finished moving."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.move_timeout
        previous: Position | None = None
        while True:
            pan, tilt = await self._pan_tilt_locked()
            current = Position(pan, tilt, await self._zoom_locked())
            if current == previous:
                log.info("camera %s: settled at %s", self.label, current)
                return current
            if loop.time() >= deadline:
                raise ViscaError(
                    "timeout", f"camera {self.label} accepted the command but did not stop moving"
                )
            previous = current
            await asyncio.sleep(self.settle_interval)
