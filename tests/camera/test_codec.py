"""The VISCA-over-IP encode/decode helpers, byte for byte against the wire format in `console.camera.visca`."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.camera.visca import (
    PAN_TILT_POSITION_INQUIRY,
    ZOOM_POSITION_INQUIRY,
    ControlReply,
    Direction,
    Message,
    PayloadType,
    Reply,
    ReplyKind,
    ViscaDecodeError,
    ViscaError,
    ZoomDirection,
    clear_preset_payload,
    decode_message,
    decode_nibbles,
    decode_pan_tilt_reply,
    decode_zoom_reply,
    encode_header,
    encode_message,
    encode_nibbles,
    pan_tilt_absolute_payload,
    pan_tilt_drive_payload,
    parse_control_reply,
    parse_reply,
    recall_preset_payload,
    store_preset_payload,
    to_signed16,
    zoom_direct_payload,
    zoom_drive_payload,
)


def h(text: str) -> bytes:
    return bytes.fromhex(text)


def test_recall_slot_3_as_a_whole_datagram() -> None:
    assert recall_preset_payload(3) == h("81 01 04 3F 02 03 FF")
    assert encode_message(PayloadType.COMMAND, 1, recall_preset_payload(3)) == h(
        "01 00 00 07 00 00 00 01 81 01 04 3F 02 03 FF"
    )


def test_preset_commands() -> None:
    assert clear_preset_payload(0) == h("81 01 04 3F 00 00 FF")
    assert store_preset_payload(0x10) == h("81 01 04 3F 01 10 FF")
    assert recall_preset_payload(127) == h("81 01 04 3F 02 7F FF")


def test_header_fields_are_big_endian() -> None:
    assert encode_header(0x0110, 5, 0x01020304) == h("01 10 00 05 01 02 03 04")
    assert encode_header(0x0200, 1, 0xFFFFFFFF) == h("02 00 00 01 FF FF FF FF")
    assert encode_message(PayloadType.CONTROL, 0, b"\x01") == h("02 00 00 01 00 00 00 00 01")
    assert encode_message(PayloadType.INQUIRY, 7, PAN_TILT_POSITION_INQUIRY) == h(
        "01 10 00 05 00 00 00 07 81 09 06 12 FF"
    )
    assert h("81 09 04 47 FF") == ZOOM_POSITION_INQUIRY


@pytest.mark.parametrize("length", [0, 17])
def test_header_rejects_payload_length_outside_1_to_16(length: int) -> None:
    with pytest.raises(ValueError):
        encode_header(0x0100, length, 1)


def test_header_rejects_sequence_outside_32_bits() -> None:
    with pytest.raises(ValueError):
        encode_header(0x0100, 1, 1 << 32)


def test_pan_tilt_absolute_one_nibble_per_byte_signed() -> None:
    assert pan_tilt_absolute_payload(-1, 0x0123, 0x18, 0x14) == h(
        "81 01 06 02 18 14 0F 0F 0F 0F 00 01 02 03 FF"
    )
    assert pan_tilt_absolute_payload(-0x0990, 0x0510, 1, 1) == h(
        "81 01 06 02 01 01 0F 06 07 00 00 05 01 00 FF"
    )


def test_zoom_direct() -> None:
    assert zoom_direct_payload(0x1234) == h("81 01 04 47 01 02 03 04 FF")
    assert zoom_direct_payload(0) == h("81 01 04 47 00 00 00 00 FF")


def test_drive_commands() -> None:
    assert pan_tilt_drive_payload(Direction.UP_LEFT, 0x05, 0x06) == h("81 01 06 01 05 06 01 01 FF")
    assert pan_tilt_drive_payload(Direction.DOWN_RIGHT, 0x18, 0x14) == h("81 01 06 01 18 14 02 02 FF")
    assert pan_tilt_drive_payload(Direction.STOP, 1, 1) == h("81 01 06 01 01 01 03 03 FF")
    assert zoom_drive_payload(ZoomDirection.IN) == h("81 01 04 07 02 FF")
    assert zoom_drive_payload(ZoomDirection.OUT) == h("81 01 04 07 03 FF")
    assert zoom_drive_payload(ZoomDirection.IN, 5) == h("81 01 04 07 25 FF")
    assert zoom_drive_payload(ZoomDirection.OUT, 7) == h("81 01 04 07 37 FF")
    assert zoom_drive_payload(ZoomDirection.STOP) == h("81 01 04 07 00 FF")


@pytest.mark.parametrize(
    "build",
    [
        lambda: recall_preset_payload(-1),
        lambda: recall_preset_payload(0xFF),
        lambda: pan_tilt_absolute_payload(0x8000, 0, 1, 1),
        lambda: pan_tilt_absolute_payload(0, 0, 0x19, 1),
        lambda: pan_tilt_absolute_payload(0, 0, 1, 0x15),
        lambda: zoom_direct_payload(-1),
        lambda: zoom_drive_payload(ZoomDirection.IN, 8),
        lambda: pan_tilt_drive_payload(Direction.UP, 0, 1),
    ],
)
def test_out_of_range_arguments_are_refused(build: object) -> None:
    assert callable(build)
    with pytest.raises(ViscaError) as info:
        build()
    assert info.value.code in ("slot_out_of_range", "bad_argument")


def test_replies() -> None:
    assert parse_reply(h("90 41 FF")) == Reply(ReplyKind.ACK, 1)
    assert parse_reply(h("90 52 FF")) == Reply(ReplyKind.COMPLETION, 2)
    assert parse_reply(h("90 61 41 FF")) == Reply(ReplyKind.ERROR, 1, error=0x41)
    assert parse_reply(h("90 60 03 FF")) == Reply(ReplyKind.ERROR, 0, error=0x03)
    assert decode_pan_tilt_reply(h("90 50 0F 0F 0F 0F 00 01 02 03 FF")) == (-1, 0x0123)
    assert decode_pan_tilt_reply(h("90 50 0F 06 07 00 00 05 01 00 FF")) == (-0x0990, 0x0510)
    assert decode_zoom_reply(h("90 50 04 00 00 00 FF")) == 0x4000


@pytest.mark.parametrize(
    "payload",
    ["90 41", "80 41 FF", "90 41 FF FF", "90 71 FF", "90 61 FF", "90 41 00 FF", "90 FF 12", "CA 1B A5"],
)
def test_garbled_replies_are_refused(payload: str) -> None:
    with pytest.raises(ViscaDecodeError):
        parse_reply(h(payload))


def test_inquiry_replies_of_the_wrong_shape_are_refused() -> None:
    with pytest.raises(ViscaDecodeError):
        decode_pan_tilt_reply(h("90 50 0F 0F FF"))  # truncated
    with pytest.raises(ViscaDecodeError):
        decode_zoom_reply(h("90 50 14 00 00 00 FF"))  # not a nibble
    with pytest.raises(ViscaDecodeError):
        decode_zoom_reply(h("90 41 FF"))  # an ACK


def test_control_replies() -> None:
    assert parse_control_reply(h("01")) is ControlReply.RESET_DONE
    assert parse_control_reply(h("0F 01")) is ControlReply.SEQUENCE_ERROR
    assert parse_control_reply(h("0F 02")) is ControlReply.MESSAGE_ERROR
    with pytest.raises(ViscaDecodeError):
        parse_control_reply(h("0F 03"))


def test_decode_message() -> None:
    assert decode_message(h("01 11 00 03 00 00 00 2A 90 41 FF")) == Message(
        PayloadType.REPLY, 42, h("90 41 FF")
    )
    for bad in (
        "01 11 00 03 00 00 00",  # shorter than a header
        "01 11 00 03 00 00 00 2A 90 41",  # truncated payload
        "01 11 00 02 00 00 00 2A 90 41 FF",  # length field too short
        "01 12 00 03 00 00 00 2A 90 41 FF",  # unknown type
        "01 11 00 00 00 00 00 2A",  # no payload
    ):
        with pytest.raises(ViscaDecodeError):
            decode_message(h(bad))


@pytest.mark.parametrize(
    ("ee", "code"),
    [
        (0x01, "message_length"),
        (0x02, "syntax"),
        (0x03, "buffer_full"),
        (0x04, "cancelled"),
        (0x05, "no_socket"),
        (0x41, "not_executable"),
        (0x7E, "camera_error"),
    ],
)
def test_camera_error_codes(ee: int, code: str) -> None:
    error = ViscaError.from_camera(ee)
    assert error.code == code
    assert str(error) and str(error) != code


def test_error_without_message_gets_the_default() -> None:
    assert "out of range" in str(ViscaError("slot_out_of_range"))


@given(st.integers(-0x8000, 0x7FFF))
def test_signed_nibbles_round_trip(value: int) -> None:
    data = encode_nibbles(value)
    assert len(data) == 4 and all(b <= 0x0F for b in data)
    assert to_signed16(decode_nibbles(data)) == value


@given(
    st.sampled_from(list(PayloadType)),
    st.integers(0, 0xFFFFFFFF),
    st.binary(min_size=1, max_size=16),
)
def test_message_round_trip(ptype: PayloadType, sequence: int, payload: bytes) -> None:
    assert decode_message(encode_message(ptype, sequence, payload)) == Message(ptype, sequence, payload)


@given(st.binary(max_size=40))
def test_decoders_only_ever_raise_decode_errors(data: bytes) -> None:
    for decode in (
        decode_message,
        parse_reply,
        parse_control_reply,
        decode_pan_tilt_reply,
        decode_zoom_reply,
    ):
        with contextlib.suppress(ViscaDecodeError):
            decode(data)
