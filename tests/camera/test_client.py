"""The asyncio VISCA-over-IP client against the simulated camera, over real UDP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging

import pytest

from console.camera.visca import (
    Direction,
    PayloadType,
    ViscaCamera,
    ViscaError,
    ZoomDirection,
    encode_message,
    pan_tilt_absolute_payload,
    recall_preset_payload,
)
from console.domain import Position
from console.sim.camera import SimulatedCamera
from tests.camera.support import RawPeer, kinds_and_sequences, received, run

T = 0.2  # reply timeout inside tests: short, and only ever waited out where a reply is meant to be missing


def camera(sim: SimulatedCamera, **kwargs: object) -> ViscaCamera:
    options: dict[str, object] = {"timeout": T, "retries": 2, "move_timeout": 5.0, "settle_interval": 0.01}
    options.update(kwargs)
    return ViscaCamera("127.0.0.1", sim.port, **options)  # type: ignore[arg-type]


def test_connect_resets_then_sequence_numbers_count_up_by_one() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            assert cam.local_port not in (None, 52381, sim.port)
            await cam.recall_preset(3)
            await cam.store_preset(4)
            await cam.position()
            await cam.zoom_direct(100)
            assert kinds_and_sequences(sim) == [
                (PayloadType.CONTROL, 0),
                (PayloadType.COMMAND, 1),
                (PayloadType.COMMAND, 2),
                (PayloadType.INQUIRY, 3),
                (PayloadType.INQUIRY, 4),
                (PayloadType.COMMAND, 5),
            ]
            assert sim.received[0] == bytes.fromhex("02 00 00 01 00 00 00 00 01")
            assert sim.received[1] == bytes.fromhex("01 00 00 07 00 00 00 01 81 01 04 3F 02 03 FF")

            await cam.reset_sequence()
            await cam.recall_preset(3)
            assert kinds_and_sequences(sim)[-2:] == [(PayloadType.CONTROL, 0), (PayloadType.COMMAND, 1)]

    run(go())


def test_recall_waits_for_completion_not_just_the_ack() -> None:
    async def go() -> None:
        async with SimulatedCamera(move_time=0.3) as sim, camera(sim) as cam:
            await cam.pan_tilt_absolute(400, -200)
            await cam.store_preset(1)
            await cam.pan_tilt_absolute(0, 0)
            await cam.recall_preset(1)
            assert sim.events[-1] == ("done", sim.executed[-1][0])
            assert sim.busy_sockets == 0
            assert sim.position == Position(400, -200, 0)

    run(go())


def test_a_datagram_lost_on_the_way_is_resent_with_the_same_sequence_number() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            sim.drop_incoming = 1
            await cam.recall_preset(3)
            first, second = sim.received[-2:]
            assert first == second == encode_message(PayloadType.COMMAND, 1, recall_preset_payload(3))
            assert [seq for seq, _ in sim.executed] == [1]

    run(go())


def test_lost_ack_and_completion_resend_draws_a_sequence_error_and_counts_as_done() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            await cam.pan_tilt_absolute(100, 50)
            await cam.store_preset(7)
            await cam.pan_tilt_absolute(-100, -50)
            n = len(sim.received)
            sim.drop_replies = 2  # the ACK and the completion of the recall
            await cam.recall_preset(7)
            after = received(sim)[n:]
            assert after[0] == after[1]  # the resend: same bytes, same sequence number
            assert after[0].payload == recall_preset_payload(7)
            assert [seq for seq, _ in sim.executed].count(after[0].sequence) == 1  # it ran once
            # then confirmed by reading the position back until it stopped changing
            assert {m.payload_type for m in after[2:]} == {PayloadType.INQUIRY}
            assert await cam.position() == Position(100, 50, 0)

    run(go())


def test_lost_ack_while_moving_then_the_completion_arrives() -> None:
    async def go() -> None:
        # The movement outlasts one reply timeout (so the ACK's loss forces a resend) but not two (so the
        # completion of the first copy arrives while the client waits after the sequence error).
        async with SimulatedCamera(move_time=0.6) as sim, camera(sim, timeout=0.5) as cam:
            n = len(sim.received)
            sim.drop_replies = 1  # only the ACK
            await cam.pan_tilt_absolute(10, 10)
            after = received(sim)[n:]
            assert len(after) == 2 and after[0] == after[1]
            assert sim.events[-1] == ("done", after[0].sequence)

    run(go())


def test_silent_camera_times_out_without_leaving_a_task() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim:
            sim.silent = True
            with pytest.raises(ViscaError) as info:
                async with camera(sim):
                    pass
            assert info.value.code == "timeout"
            assert "camera silent" in str(info.value)
            assert len(sim.received) == 3 and len(set(sim.received)) == 1  # RESET, resent twice, unchanged

    run(go())


def test_camera_falling_silent_mid_session() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim, retries=1) as cam:
            sim.silent = True
            n = len(sim.received)
            with pytest.raises(ViscaError) as info:
                await cam.recall_preset(2)
            assert info.value.code == "timeout"
            assert len(sim.received) - n == 2 and len(set(sim.received[n:])) == 1
            sim.silent = False
            await cam.recall_preset(2)  # the client is still usable

    run(go())


@pytest.mark.parametrize("fault", ["garble_replies", "truncate_replies"])
def test_a_bad_reply_is_ignored_with_a_log_line(fault: str, caplog: pytest.LogCaptureFixture) -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            await cam.pan_tilt_absolute(-30, 20)
            setattr(sim, fault, 1)
            with caplog.at_level(logging.WARNING, logger="console.camera"):
                assert await cam.position() == Position(-30, 20, 0)
            assert any("ignored a garbled" in r.getMessage() for r in caplog.records)

    run(go())


@pytest.mark.parametrize("fault", ["garble_replies", "truncate_replies"])
def test_nothing_but_bad_replies_ends_in_a_timeout(fault: str) -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            setattr(sim, fault, 100)
            with pytest.raises(ViscaError) as info:
                await cam.zoom_position()
            assert info.value.code == "timeout"
            assert "garbled or truncated" in str(info.value)

    run(go())


def test_buffer_full_when_two_other_commands_hold_both_sockets() -> None:
    async def go() -> None:
        async with SimulatedCamera(move_time=30) as sim:
            other = await RawPeer.connect(sim.port)
            try:
                other.send(PayloadType.COMMAND, 1, pan_tilt_absolute_payload(100, 0, 1, 1))
                other.send(PayloadType.COMMAND, 2, pan_tilt_absolute_payload(200, 0, 1, 1))
                acks = [(await other.reply()).payload for _ in range(2)]
                assert sorted(acks) == [bytes.fromhex("90 41 FF"), bytes.fromhex("90 42 FF")]
                assert sim.busy_sockets == 2
                async with camera(sim) as cam:
                    with pytest.raises(ViscaError) as info:
                        await cam.recall_preset(1)
                assert info.value.code == "buffer_full"
                assert "buffer full" in str(info.value)
            finally:
                other.close()

    run(go())


def test_not_executable() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            sim.not_executable = True
            with pytest.raises(ViscaError) as info:
                await cam.recall_preset(1)
            assert info.value.code == "not_executable"
            assert "not executable" in str(info.value)
            assert await cam.position() == Position(0, 0, 0)  # inquiries still answered

    run(go())


@pytest.mark.parametrize("slot", [-1, 16, 200, 255])
def test_slot_out_of_range_sends_nothing(slot: int) -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim, max_slot=15) as cam:
            n = len(sim.received)
            for call in (cam.recall_preset, cam.store_preset):
                with pytest.raises(ViscaError) as info:
                    await call(slot)
                assert info.value.code == "slot_out_of_range"
            assert len(sim.received) == n

    run(go())


def test_max_slot_must_be_encodable() -> None:
    with pytest.raises(ValueError):
        ViscaCamera("127.0.0.1", max_slot=255)


def test_a_slot_beyond_the_models_range_is_a_camera_syntax_error() -> None:
    async def go() -> None:
        async with SimulatedCamera(max_slot=15) as sim, camera(sim, max_slot=127) as cam:
            with pytest.raises(ViscaError) as info:
                await cam.recall_preset(16)
            assert info.value.code == "syntax"

    run(go())


def test_concurrent_callers_are_serialised_in_order() -> None:
    async def go() -> None:
        async with SimulatedCamera(move_time=0.05) as sim, camera(sim) as cam:
            await asyncio.gather(
                cam.pan_tilt_absolute(100, 0),
                cam.zoom_direct(500),
                cam.recall_preset(9),
                cam.pan_tilt_absolute(-100, 0),
            )
            assert sim.max_busy == 1
            sequences = [seq for seq, _ in sim.executed]
            assert sequences == sorted(sequences)
            expected: list[tuple[str, int]] = []
            for seq in sequences:
                expected += [("start", seq), ("done", seq)]
            assert sim.events == expected
            assert [p[:4] for _, p in sim.executed] == [
                bytes.fromhex("81 01 06 02"),
                bytes.fromhex("81 01 04 47"),
                bytes.fromhex("81 01 04 3F"),
                bytes.fromhex("81 01 06 02"),
            ]
            assert sim.position == Position(-100, 0, 500)

    run(go())


def test_store_then_recall_round_trip_with_read_back() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            await cam.pan_tilt_absolute(-1200, 640, pan_speed=0x10, tilt_speed=0x10)
            await cam.zoom_direct(0x2345)
            await cam.store_preset(5)
            await cam.pan_tilt_absolute(0, 0)
            await cam.zoom_direct(0)
            assert await cam.position() == Position(0, 0, 0)
            await cam.recall_preset(5)
            assert await cam.pan_tilt_position() == (-1200, 640)
            assert await cam.zoom_position() == 0x2345
            assert sim.presets[5] == Position(-1200, 640, 0x2345)

    run(go())


def test_out_of_step_sequence_counter_is_reset_and_the_command_sent_again() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            sim.last_sequence = 1_000_000  # another controller has been counting
            n = len(sim.received)
            await cam.recall_preset(2)
            assert kinds_and_sequences(sim)[n:] == [
                (PayloadType.COMMAND, 1),  # refused: 0F 01
                (PayloadType.CONTROL, 0),  # RESET
                (PayloadType.COMMAND, 1),  # accepted
            ]
            assert [seq for seq, _ in sim.executed] == [1]

    run(go())


def test_a_cancelled_caller_does_not_wedge_the_camera() -> None:
    async def go() -> None:
        async with SimulatedCamera(move_time=30) as sim, camera(sim) as cam:
            task = asyncio.create_task(cam.pan_tilt_absolute(500, 0))
            while not sim.executed:
                await asyncio.sleep(0)  # yield until the camera has the command (no timing involved)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert await cam.zoom_position() == 0

    run(go())


def test_jogging_moves_and_stops() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            await cam.pan_tilt_drive(Direction.UP_RIGHT, speed=0x18)
            await cam.pan_tilt_stop()
            await cam.zoom_drive(ZoomDirection.IN, 7)
            await cam.zoom_stop()
            stopped = await cam.position()
            assert stopped.pan >= 0 and stopped.tilt >= 0 and stopped.zoom >= 0
            assert await cam.position() == stopped
            assert [p for _, p in sim.executed] == [
                bytes.fromhex("81 01 06 01 18 14 02 01 FF"),
                bytes.fromhex("81 01 06 01 01 01 03 03 FF"),
                bytes.fromhex("81 01 04 07 27 FF"),
                bytes.fromhex("81 01 04 07 00 FF"),
            ]

    run(go())


def test_position_out_of_the_cameras_range_is_refused_by_the_camera() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            with pytest.raises(ViscaError) as info:
                await cam.pan_tilt_absolute(0x7000, 0)
            assert info.value.code == "syntax"

    run(go())


def test_unreachable_host_is_a_clear_error() -> None:
    async def go() -> None:
        with pytest.raises(ViscaError) as info:
            async with ViscaCamera("no-such-host.invalid", timeout=T):
                pass
        assert info.value.code == "unreachable"

    run(go())


def test_sequence_number_wraps_through_a_reset() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim, camera(sim) as cam:
            cam._next_sequence = 0xFFFFFFFF
            n = len(sim.received)
            await cam.recall_preset(1)
            await cam.recall_preset(1)
            assert kinds_and_sequences(sim)[n:] == [
                (PayloadType.COMMAND, 0xFFFFFFFF),
                (PayloadType.CONTROL, 0),
                (PayloadType.COMMAND, 1),
            ]

    run(go())


def test_garbled_reply_to_reset_is_resent() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim:
            sim.garble_replies = 1
            async with camera(sim) as cam:
                await cam.recall_preset(1)
            assert kinds_and_sequences(sim) == [
                (PayloadType.CONTROL, 0),
                (PayloadType.CONTROL, 0),
                (PayloadType.COMMAND, 1),
            ]

    run(go())


def test_reopens_after_close_with_a_fresh_reset() -> None:
    async def go() -> None:
        async with SimulatedCamera() as sim:
            cam = camera(sim)
            try:
                await cam.recall_preset(1)  # opens lazily
                await cam.close()
                await cam.recall_preset(2)
            finally:
                await cam.close()
            assert kinds_and_sequences(sim) == [
                (PayloadType.CONTROL, 0),
                (PayloadType.COMMAND, 1),
                (PayloadType.CONTROL, 0),
                (PayloadType.COMMAND, 1),
            ]

    run(go())
