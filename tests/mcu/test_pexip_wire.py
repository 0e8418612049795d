from __future__ import annotations

import logging
import math

import numpy as np
import orjson
import pytest

from console.domain import STAT_FIELDS
from console.mcu.pexip.wire import (
    Discards,
    MalformedReply,
    media_rows,
    parse_page,
    participant_from_client,
    participant_from_mgmt,
)
from tests.mcu.fakepexip import client_participant, mgmt_participant, stream

COL = {name: i for i, name in enumerate(STAT_FIELDS)}


def test_page_and_next() -> None:
    body = orjson.dumps({"meta": {"next": "/x/?offset=2", "total_count": 3}, "objects": [{"a": 1}, {"b": 2}]})
    assert parse_page(body) == ([{"a": 1}, {"b": 2}], "/x/?offset=2")
    assert parse_page(b'{"objects": []}') == ([], None)


@pytest.mark.parametrize(
    "body",
    [
        b'{"meta": {}, "objects": [{"id": 1}',
        b"<html>503</html>",
        b"[]",
        b'{"objects": {}}',
        b"",
        b'{"meta": {"',
    ],
)
def test_bad_pages_are_malformed(body: bytes) -> None:
    with pytest.raises(MalformedReply):
        parse_page(body)


def test_bare_nan_tokens_are_read() -> None:
    objs, _ = parse_page(b'{"objects": [{"rx_jitter": NaN, "rx_bitrate": Infinity}]}')
    assert math.isnan(objs[0]["rx_jitter"])


def test_mgmt_participant() -> None:
    p = participant_from_mgmt(mgmt_participant("u1", "Site 1", "board", muted=True), "x")
    assert p is not None
    assert (p.uuid, p.display_name, p.conference, p.is_muted, p.role) == (
        "u1",
        "Site 1",
        "board",
        True,
        "guest",
    )
    assert p.connect_time is not None and p.connect_time.tzinfo is not None


def test_bad_participants_are_skipped_with_a_log_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="bridgewall.mcu"):
        assert participant_from_mgmt({"display_name": "no id"}, "c") is None
        assert participant_from_mgmt(["not", "a", "dict"], "c") is None
        assert participant_from_client({"uuid": 5}, "c") is None
    assert len(caplog.records) == 3


def test_missing_and_odd_fields_are_tolerated() -> None:
    p = participant_from_mgmt({"id": "u", "is_muted": "YES", "connect_time": "garbage", "role": 7}, "c")
    assert p is not None and p.is_muted and p.connect_time is None and p.display_name == "u"
    assert p.conference == "c"


def test_client_participant_hand_and_flags() -> None:
    p = participant_from_client(client_participant("u", "S", buzz=1772352123.5, muted=True), "board")
    assert p is not None
    assert p.buzz_time == 1772352123.5 and p.is_muted and not p.is_video_muted and not p.spotlight
    q = participant_from_client({**client_participant("u", "S"), "spotlight": 1772352000}, "board")
    assert q is not None and q.buzz_time is None and q.spotlight


def test_media_rows_combine_audio_and_video() -> None:
    streams = [
        stream("a", "audio", rx_current_packet_loss=2.0, rx_jitter=10.0),
        stream("a", "video", rx_current_packet_loss=None, rx_packet_loss=7.0, tx_jitter=1.0),
        stream("b", "video"),
        stream("a", "presentation", rx_bitrate=900),
        stream("zzz", "audio"),  # not a polled participant
        {"participant_id": "c", "stream_type": "audio", "rx_bitrate": 32},  # bare id, most fields missing
        "garbage",
    ]
    m = media_rows(streams, {"a": 0, "b": 1, "c": 2, "d": 3}, 4)
    assert m.shape == (4, len(STAT_FIELDS))
    a, b, c, d = m
    assert a[COL["rx_loss"]] == 7.0  # worst of audio (current 2.0) and video (no current: whole-call 7.0)
    assert a[COL["tx_loss"]] == pytest.approx(0.3)
    assert a[COL["rx_jitter"]] == 10.0 and a[COL["tx_jitter"]] == 4.0
    assert a[COL["rx_bitrate"]] == 64 + 1500 and a[COL["tx_bitrate"]] == 64 + 1200
    assert a[COL["audio_bitrate"]] == 64 and a[COL["video_bitrate"]] == 1500 and a[COL["rx_fps"]] == 30.0
    assert (
        math.isnan(b[COL["audio_bitrate"]])
        and b[COL["video_bitrate"]] == 1500
        and b[COL["rx_bitrate"]] == 1500
    )
    assert (
        c[COL["audio_bitrate"]] == 32
        and math.isnan(c[COL["rx_loss"]])
        and math.isnan(c[COL["video_bitrate"]])
    )
    assert np.isnan(d).all()


def test_absurd_values_are_discarded_and_counted() -> None:
    streams = [
        stream(
            "a",
            "audio",
            rx_current_packet_loss=-12.5,
            rx_packet_loss=-3,
            tx_current_packet_loss=250.0,
            rx_jitter="NaN",
            rx_bitrate=10**9,
            tx_bitrate=-1,
            tx_jitter=float("inf"),
        ),
        stream(
            "a",
            "video",
            rx_current_packet_loss=None,
            rx_packet_loss=None,
            rx_bitrate="1e9",
            tx_bitrate={"x": 1},
            rx_fps=True,
            rx_jitter=[1],
            tx_jitter=-5,
        ),
    ]
    discards = Discards()
    m = media_rows(streams, {"a": 0}, 1, discards)[0]
    assert math.isnan(m[COL["rx_loss"]])  # negative (current and whole-call) and missing
    # 250 % is a broken report: discarded, not clamped to 100 % (that opened false packet-loss incidents); the
    # audio stream falls back to its whole-call figure (0.2) and the video stream's 0.3 is the worst left
    assert m[COL["tx_loss"]] == 0.3
    assert math.isnan(m[COL["audio_bitrate"]]) and math.isnan(m[COL["video_bitrate"]])
    assert math.isnan(m[COL["rx_bitrate"]]) and math.isnan(m[COL["tx_bitrate"]])
    assert math.isnan(m[COL["rx_jitter"]]) and math.isnan(m[COL["tx_jitter"]])
    assert math.isnan(m[COL["rx_fps"]])  # a boolean is not a frame rate
    assert np.isfinite(m[~np.isnan(m)]).all()
    # every value sent and thrown away is counted; the two nulls (not reported) are not
    assert discards.by_field == {
        "rx_current_packet_loss": 1,
        "rx_packet_loss": 1,
        "tx_current_packet_loss": 1,
        "tx_packet_loss": 0,
        "rx_jitter": 2,
        "tx_jitter": 2,
        "rx_bitrate": 2,
        "tx_bitrate": 2,
        "rx_fps": 1,
    }
    assert discards.total == 12


def test_values_at_the_edges_of_their_ranges_are_kept_and_nothing_is_counted() -> None:
    edge = stream(
        "a",
        "video",
        rx_current_packet_loss=100.0,
        tx_current_packet_loss=0.0,
        rx_jitter=60_000.0,
        rx_bitrate=10_000_000,
        rx_fps=None,
    )
    over = stream(
        "b", "video", rx_current_packet_loss=100.01, rx_jitter=60_000.5, rx_bitrate=1e308, rx_fps=1e308
    )
    discards = Discards()
    m = media_rows([edge, stream("a", "audio"), over], {"a": 0, "b": 1}, 2, discards)
    assert m[0, COL["rx_loss"]] == 100.0 and m[0, COL["tx_loss"]] == 0.3  # audio's current tx loss is worse
    assert m[0, COL["rx_jitter"]] == 60_000.0 and m[0, COL["video_bitrate"]] == 10_000_000
    assert math.isnan(m[1, COL["rx_jitter"]]) and math.isnan(m[1, COL["video_bitrate"]])
    assert m[1, COL["rx_loss"]] == 0.5  # the whole-call figure, the current one being absurd
    assert discards.total == 4 and discards.by_field["rx_fps"] == 1
