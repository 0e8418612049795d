"""The Pexip driver against a small fake MCU on a real socket (tests/mcu/fakepexip.py)."""

from __future__ import annotations

import asyncio
import base64
import logging
import random
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import numpy as np
import pytest

from console.domain import (
    STAT_FIELDS,
    ActiveSpeakers,
    Axis,
    HandLowered,
    HandRaised,
    LayoutChanged,
    LinkChanged,
    LinkState,
    McuError,
    McuEvent,
    MediaStats,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
)
from console.domain.mcu import LinkReason
from console.mcu.dialects import driver_from_url
from console.mcu.pexip.driver import Backoff, PexipDriver
from tests.mcu.fakepexip import PASSWORD, USER, FakePexip, Served, client_participant, refused_port


def run(coro: Coroutine[Any, Any, None]) -> None:
    asyncio.run(coro)


def make(fake_url: str, **kw: Any) -> PexipDriver:
    opts: dict[str, Any] = {"poll_interval": 0.05, "timeout": 2.0, "max_backoff": 0.2, "conference": "board"}
    opts.update(kw)
    password = opts.pop("password", PASSWORD)
    return PexipDriver(fake_url, USER, password, **opts)


async def until(
    it: AsyncIterator[McuEvent], pred: Callable[[McuEvent], bool], seen: list[McuEvent] | None = None
) -> McuEvent:
    async for ev in it:
        if seen is not None:
            seen.append(ev)
        if pred(ev):
            return ev
    raise AssertionError("the event stream ended")


def link(state: LinkState) -> Callable[[McuEvent], bool]:
    return lambda e: isinstance(e, LinkChanged) and e.state is state


def fake_with(n: int) -> FakePexip:
    fake = FakePexip()
    for i in range(n):
        fake.add(f"u{i}", f"Site {i}")
    return fake


# --- plain units ----------------------------------------------------------------------------------


def test_backoff_grows_is_capped_and_jittered() -> None:
    b = Backoff(0.1, 1.0, random.Random(3))
    delays = [b.next() for _ in range(10)]
    assert 0.05 <= delays[0] <= 0.1
    assert all(0.5 <= d <= 1.0 for d in delays[5:])
    assert len(set(delays[5:])) > 1
    b.reset()
    assert b.next() <= 0.1


def test_driver_from_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCU_PASSWORD", "from-env")
    drv = driver_from_url("pexip+https://mcu.example:8443", "admin")
    assert isinstance(drv, PexipDriver)
    assert drv._base == "https://mcu.example:8443"
    assert "from-env" not in repr(drv)
    with pytest.raises(ValueError):
        driver_from_url("http://mcu.example", "admin", "x")
    with pytest.raises(ValueError) as err:
        driver_from_url("pexip+http://admin:hunter2@mcu.example", "admin", "x")
    assert "hunter2" not in str(err.value)


# --- against the fake -----------------------------------------------------------------------------


def test_connect_joins_each_site_once_with_media_stats() -> None:
    async def main() -> None:
        async with Served(fake_with(3)) as fake:
            drv = make(fake.url)
            await drv.connect()
            it = drv.events()
            seen: list[McuEvent] = []
            await until(it, lambda e: isinstance(e, MediaStats) and len(e.uuids) == 3, seen)
            await fake.subscribed.wait()
            fake.push("layout", {"view": "1:7", "participants": []})
            await until(it, lambda e: isinstance(e, LayoutChanged), seen)
            await fake.wait_polls(2)
            fake.push("layout", {"view": "4:0", "participants": []})
            await until(it, lambda e: isinstance(e, LayoutChanged) and e.layout == "4:0", seen)
            joins = [e.participant.uuid for e in seen if isinstance(e, ParticipantJoined)]
            left = [e.uuid for e in seen if isinstance(e, ParticipantLeft)]
            sites = [u for u in joins if u != fake.self_uuid]
            assert sorted(sites) == ["u0", "u1", "u2"]  # each once, though both channels reported them
            assert joins.count(fake.self_uuid) == left.count(fake.self_uuid)  # our own session is no site
            assert seen[0] == LinkChanged(seen[0].at, LinkState.CONNECTING)
            assert any(isinstance(e, LinkChanged) and e.state is LinkState.CONNECTED for e in seen)
            stats = [e for e in seen if isinstance(e, MediaStats) and len(e.uuids) == 3][-1]
            assert stats.conference == "board" and stats.values.shape == (3, len(STAT_FIELDS))
            assert not stats.values.flags.writeable
            row = stats.values[list(stats.uuids).index("u1")]
            assert row[STAT_FIELDS.index("rx_bitrate")] == 64 + 1500
            assert row[STAT_FIELDS.index("rx_loss")] == pytest.approx(0.1)
            first = next(e for e in seen if isinstance(e, ParticipantJoined) and e.participant.uuid == "u0")
            assert first.participant.display_name == "Site 0" and first.participant.conference == "board"
            await drv.close()
            assert [e async for e in it] == []  # the iterator ends after close

    run(main())


def test_pagination_is_followed() -> None:
    async def main() -> None:
        fake = fake_with(12)
        fake.max_limit = 5
        async with Served(fake):
            drv = make(fake.url)
            await drv.connect()
            stats = await until(drv.events(), lambda e: isinstance(e, MediaStats) and len(e.uuids) == 12)
            assert isinstance(stats, MediaStats)
            assert not np.isnan(stats.values[:, STAT_FIELDS.index("video_bitrate")]).any()
            await drv.close()

    run(main())


def test_event_stream_hands_speakers_layout_and_leaves() -> None:
    async def main() -> None:
        async with Served(fake_with(3)) as fake:
            drv = make(fake.url)
            await drv.connect()
            it = drv.events()
            await until(it, lambda e: isinstance(e, MediaStats) and len(e.uuids) == 3)
            await fake.subscribed.wait()
            fake.push("participant_update", client_participant("u1", "Site 1", buzz=1772352999.25))
            ev = await until(it, lambda e: isinstance(e, HandRaised))
            assert isinstance(ev, HandRaised) and (ev.uuid, ev.buzz_time) == ("u1", 1772352999.25)
            fake.push("participant_update", client_participant("u1", "Site 1", buzz=0))
            ev = await until(it, lambda e: isinstance(e, HandLowered | HandRaised))
            assert isinstance(ev, HandLowered) and ev.uuid == "u1"
            fake.push(
                "stage",
                [
                    {"participant_uuid": "u2", "stage_index": 1, "vad": 100},
                    {"participant_uuid": "u0", "stage_index": 0, "vad": 100},
                    {"participant_uuid": "u1", "stage_index": 2, "vad": 0},
                ],
            )
            ev = await until(it, lambda e: isinstance(e, ActiveSpeakers))
            assert isinstance(ev, ActiveSpeakers) and ev.uuids == ("u0", "u2")
            # a bad event is skipped, the stream goes on
            fake.push_raw(b"event: participant_update\ndata: {not json\n\n")
            fake.push("participant_update", ["not", "an", "object"])
            # a new site seen first on the event stream, then by the poll: one join
            fake.push("participant_create", client_participant("u9", "Site 9"))
            ev = await until(it, lambda e: isinstance(e, ParticipantJoined))
            assert isinstance(ev, ParticipantJoined) and ev.participant.uuid == "u9"
            fake.add("u9", "Site 9")
            seen: list[McuEvent] = []
            await until(it, lambda e: isinstance(e, MediaStats) and "u9" in e.uuids, seen)
            assert not any(isinstance(e, ParticipantJoined) for e in seen)
            # gone on the event stream, still listed by a stale poll: one leave, no rejoin
            fake.push("participant_delete", {"uuid": "u9"})
            ev = await until(it, lambda e: isinstance(e, ParticipantLeft))
            assert isinstance(ev, ParticipantLeft) and (ev.uuid, ev.by_operator) == ("u9", False)
            fake.remove("u9")
            # a site that drops out of the poll leaves too
            fake.remove("u2")
            seen = []
            ev = await until(it, lambda e: isinstance(e, ParticipantLeft), seen)
            assert isinstance(ev, ParticipantLeft) and (ev.uuid, ev.display_name) == ("u2", "Site 2")
            assert not any(isinstance(e, ParticipantJoined) for e in seen)
            await drv.close()

    run(main())


def test_commands_reach_the_mcu_and_disconnect_is_by_operator() -> None:
    async def main() -> None:
        async with Served(fake_with(3)) as fake:
            drv = make(fake.url)
            await drv.connect()
            it = drv.events()
            await until(it, lambda e: isinstance(e, MediaStats) and len(e.uuids) == 3)
            await drv.mute_audio("board", "u0", True)
            assert fake.participants["u0"]["is_muted"] is True
            ev = await until(it, lambda e: isinstance(e, ParticipantUpdated) and e.participant.uuid == "u0")
            assert isinstance(ev, ParticipantUpdated) and ev.participant.is_muted
            await drv.mute_audio("board", "u0", False)
            assert fake.participants["u0"]["is_muted"] is False

            await drv.disconnect("board", "u1")
            ev = await until(it, lambda e: isinstance(e, ParticipantLeft))
            assert isinstance(ev, ParticipantLeft) and (ev.uuid, ev.by_operator) == ("u1", True)

            await drv.mute_video("board", "u2", True)
            await drv.transform_layout("board", "2:21")
            await drv.lower_hand("board", "u2")
            await drv.lower_all_hands("board")
            await drv.spotlight("board", "u2", True)
            await drv.lock("board", True)
            await drv.dial("board", "sip:room@example", "Room")
            await drv.camera_move("board", "u2", Axis.PAN, "left", 1000)
            assert await drv.available_layouts("board") == ["1:0", "1:7", "ac"]
            assert await drv.conferences() == ["board"]
            sent = {path: body for path, _, body in fake.commands}
            assert "participants/u2/video_muted" in sent
            assert sent["transform_layout"] == {"transforms": {"layout": "2:21"}}
            assert "participants/u2/clearbuzz" in sent and "clearallbuzz" in sent
            assert "participants/u2/spotlighton" in sent and "lock" in sent
            assert sent["dial"]["destination"] == "sip:room@example"
            assert sent["participants/u2/fecc"] == {
                "action": "start",
                "target": "u2",
                "movement": [{"axis": "pan", "direction": "left"}],
                "timeout": 1000,
            }
            assert all(
                tok.startswith("tok-")
                for path, tok, _ in fake.commands
                if "/" not in path[:12] or "participants" in path
            )

            with pytest.raises(McuError) as err:
                await drv.mute_audio("board", "nobody", True)
            assert err.value.code == "refused"
            with pytest.raises(McuError) as err:
                await drv.camera_move("board", "u2", Axis.ZOOM, "left", 500)
            assert err.value.code == "refused"
            await drv.close()
            with pytest.raises(McuError) as err:
                await drv.lock("board", False)
            assert err.value.code == "unreachable"

    run(main())


def test_command_errors_have_stable_codes() -> None:
    async def main() -> None:
        drv = make(f"http://127.0.0.1:{refused_port()}")
        await drv.connect()
        with pytest.raises(McuError) as err:
            await drv.mute_audio("board", "u0", True)
        assert err.value.code == "unreachable"
        await drv.close()
        async with Served(fake_with(1)) as fake:
            drv = make(fake.url, password="wrong")
            await drv.connect()
            with pytest.raises(McuError) as err:
                await drv.mute_audio("board", "u0", True)
            assert err.value.code == "auth"
            fake.mgmt_status = 502
            drv2 = make(fake.url)
            await drv2.connect()
            with pytest.raises(McuError) as err:
                await drv2.disconnect("board", "u0")
            assert err.value.code == "server"
            fake.mgmt_status = None
            fake.hang = asyncio.Event()
            drv3 = make(fake.url, timeout=0.2)
            await drv3.connect()
            with pytest.raises(McuError) as err:
                await drv3.mute_audio("board", "u0", True)
            assert err.value.code == "timeout"
            fake.hang.set()
            for d in (drv, drv2, drv3):
                await d.close()

    run(main())


def test_media_stats_coalesce_for_a_slow_reader() -> None:
    async def main() -> None:
        async with Served(fake_with(2)) as fake:
            drv = make(fake.url, poll_interval=0.01)
            await drv.connect()
            await fake.wait_polls(20)  # nobody reads meanwhile
            it = drv.events()
            events: list[McuEvent] = []
            while drv._queue.qsize():
                events.append(await anext(it))
            stats = [e for e in events if isinstance(e, MediaStats)]
            assert 1 <= len(stats) <= 2  # not one per poll
            assert sum(isinstance(e, ParticipantJoined) for e in events) >= 2  # nothing else is dropped
            await drv.close()

    run(main())


# --- faults and recovery --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "code_word"),
    [
        ("status_503", "server error"),
        ("status_401", "not authorised"),
        ("malformed", "invalid JSON"),
        ("truncated", "invalid JSON"),
        ("shape", "expected a JSON object"),
    ],
)
def test_answering_faults_degrade_then_recover(fault: str, code_word: str) -> None:
    async def main() -> None:
        async with Served(fake_with(2)) as fake:
            drv = make(fake.url)
            await drv.connect()
            it = drv.events()
            await until(it, link(LinkState.CONNECTED))
            if fault.startswith("status_"):
                fake.mgmt_status = int(fault.removeprefix("status_"))
            else:
                fake.mgmt_body = {
                    "malformed": b'{"meta": {"limit": 20,, "objects": [',
                    "truncated": b'{"meta": {"limit": 20, "next": null}, "objects": [{"name": "boa',
                    "shape": b'[{"name": "board"}]',
                }[fault]
            ev = await until(it, lambda e: isinstance(e, LinkChanged))
            assert isinstance(ev, LinkChanged) and ev.state is LinkState.DEGRADED
            assert code_word in ev.error and "\n" not in ev.error
            fake.mgmt_status = None
            fake.mgmt_body = None
            await until(it, link(LinkState.CONNECTED))
            await drv.close()

    run(main())


def test_connection_refused_is_unreachable_then_recovers() -> None:
    async def main() -> None:
        port = refused_port()
        drv = make(f"http://127.0.0.1:{port}")
        await drv.connect()
        it = drv.events()
        ev = await until(it, link(LinkState.UNREACHABLE))
        assert isinstance(ev, LinkChanged) and "no answer for" in ev.error
        async with Served(fake_with(1), port=port):
            seen: list[McuEvent] = []
            await until(it, link(LinkState.CONNECTED), seen)
            assert any(isinstance(e, ParticipantJoined) for e in seen)
            await drv.close()

    run(main())


def test_timeout_is_unreachable_then_recovers() -> None:
    async def main() -> None:
        async with Served(fake_with(1)) as fake:
            drv = make(fake.url, timeout=0.3)
            await drv.connect()
            it = drv.events()
            await until(it, link(LinkState.CONNECTED))
            fake.hang = asyncio.Event()
            ev = await until(it, link(LinkState.UNREACHABLE))
            assert isinstance(ev, LinkChanged) and "timed out" in ev.error
            fake.hang.set()
            fake.hang = None
            await until(it, link(LinkState.CONNECTED))
            await drv.close()

    run(main())


@pytest.mark.parametrize("mode", ["stall", "endless"])
def test_broken_event_stream_degrades_then_recovers(mode: str) -> None:
    async def main() -> None:
        fake = fake_with(1)
        fake.events_mode = mode
        async with Served(fake):
            drv = make(fake.url, stall_timeout=0.5, max_line=64 * 1024)
            await drv.connect()
            it = drv.events()
            ev = await until(it, link(LinkState.DEGRADED))
            assert isinstance(ev, LinkChanged)
            # an endless line is dropped as it arrives (bounded memory); with no line ending the stream is stalled
            assert ("nothing received" if mode == "stall" else "no complete line") in ev.error
            assert ev.reason is LinkReason.STALLED
            fake.events_mode = "normal"
            await until(it, link(LinkState.CONNECTED))
            await drv.close()

    run(main())


def test_credentials_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> list[McuEvent]:
        async with Served(fake_with(1)) as fake:
            drv = make(fake.url, password="Wr0ng-" + PASSWORD)
            await drv.connect()
            seen: list[McuEvent] = []
            await until(drv.events(), link(LinkState.DEGRADED), seen)
            with pytest.raises(McuError) as err:
                await drv.disconnect("board", "u0")
            seen.append(err.value)  # type: ignore[arg-type]
            seen.append(repr(drv))  # type: ignore[arg-type]
            await drv.close()
            return seen

    with caplog.at_level(logging.DEBUG):
        seen = asyncio.run(main())
    secret = "Wr0ng-" + PASSWORD
    basic = base64.b64encode(f"{USER}:{secret}".encode()).decode()
    text = caplog.text + " ".join(map(str, seen))
    assert secret not in text and basic not in text
    assert "tok-" not in caplog.text  # client-API tokens are redacted from request logs


def test_absurd_media_values_are_counted_and_logged_once_per_interval(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def main() -> PexipDriver:
        fake = fake_with(2)
        fake.streams[0]["rx_current_packet_loss"] = 250.0
        fake.streams[1]["rx_jitter"] = 1e308
        async with Served(fake):
            drv = make(fake.url, discard_log_interval=3600.0)
            await drv.connect()
            it = drv.events()
            stats = await until(it, lambda e: isinstance(e, MediaStats) and len(e.uuids) == 2)
            assert isinstance(stats, MediaStats)
            row = stats.values[list(stats.uuids).index("u0")]
            assert row[STAT_FIELDS.index("rx_loss")] == pytest.approx(0.5)  # the whole-call figure, not 100 %
            await fake.wait_polls(3)
            await drv.close()
            return drv

    with caplog.at_level(logging.WARNING, logger="bridgewall.mcu"):
        drv = asyncio.run(main())
    # two a poll: the first poll and at least two of the three fetched after it were applied
    assert drv.discarded_values >= 2 * 3 and drv.discarded_values % 2 == 0
    assert drv.discards.by_field["rx_current_packet_loss"] == drv.discards.by_field["rx_jitter"]
    # one line at the first discard, none more within the interval, and the rest summed up at close
    first, last = [r.getMessage() for r in caplog.records if "absurd media value" in r.getMessage()]
    assert first.startswith("discarded 2 absurd media value(s) from the MCU since the start")
    assert "rx_current_packet_loss 1" in first and "rx_jitter 1" in first
    total = drv.discarded_values
    assert last.startswith(f"discarded {total - 2} absurd media value(s) from the MCU since ")
    assert f"({total} in all: rx_current_packet_loss {total // 2}, rx_jitter {total // 2})" in last


async def _raw_server(reply: bytes, trickle: bytes = b"") -> tuple[asyncio.Server, str, list[int]]:
    """A plain socket server answering every request with `reply`, then `trickle` a byte every 50 ms, then keeping
    the connection open until the client leaves."""
    served: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(reply)
            await writer.drain()
            served.append(len(reply))
            for i in range(len(trickle)):
                writer.write(trickle[i : i + 1])
                await writer.drain()
                await asyncio.sleep(0.05)
            await reader.read()  # until the client leaves
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}", served


def test_a_reply_declared_too_large_is_refused_before_it_is_read() -> None:
    async def main() -> None:
        reply = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 99999999999\r\n\r\n{"
        server, url, served = await _raw_server(reply)
        async with server:
            drv = make(url, max_reply=1 << 20, reply_deadline=60.0)
            await drv.connect()
            ev = await until(
                drv.events(), lambda e: isinstance(e, LinkChanged) and e.state is LinkState.DEGRADED
            )
            assert isinstance(ev, LinkChanged) and ev.reason is LinkReason.TOO_LARGE
            assert ev.error == "conference status: reply larger than 1 MB"
            assert served  # it answered; the driver did not wait out the 60 s deadline for the body
            await drv.close()

    run(main())


def test_a_body_that_trickles_is_given_up_at_the_deadline() -> None:
    async def main() -> None:
        reply = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n"
        server, url, _ = await _raw_server(reply, b" " * 1000)  # a byte every 50 ms: no read ever times out
        async with server:
            drv = make(url, timeout=0.5, reply_deadline=1.0)
            await drv.connect()
            ev = await until(
                drv.events(), lambda e: isinstance(e, LinkChanged) and e.state is LinkState.DEGRADED
            )
            assert isinstance(ev, LinkChanged) and ev.reason is LinkReason.SLOW
            assert "reply not complete within" in ev.error
            await drv.close()

    run(main())


def test_the_login_flags(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        async with Served(fake_with(1)) as fake:
            wrong = make(fake.url, password="Wr0ng-" + PASSWORD)
            right = make(fake.url)
            assert not wrong.ever_connected and not wrong.login_refused
            await wrong.connect()
            await right.connect()
            ev = await until(wrong.events(), link(LinkState.DEGRADED))
            assert isinstance(ev, LinkChanged) and ev.reason is LinkReason.AUTH
            assert wrong.login_refused and not wrong.ever_connected
            await until(right.events(), link(LinkState.CONNECTED))
            assert right.ever_connected and not right.login_refused
            fake.mgmt_status = (
                403  # refused later: the driver did log in once, so this is no "never logged in"
            )
            await until(right.events(), link(LinkState.DEGRADED))
            assert right.ever_connected and not right.login_refused
            await wrong.close()
            await right.close()

    run(main())
