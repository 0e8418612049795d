from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from console.mcu.sse import SseEvent, SseParser


def feed_all(chunks: list[bytes], **kw: int) -> list[SseEvent]:
    p = SseParser(**kw)
    out: list[SseEvent] = []
    for c in chunks:
        out += p.feed(c)
    return out


def test_named_events_multiline_data_comments_and_ids() -> None:
    raw = (
        b": keep-alive\n"
        b"event: participant_create\n"
        b'data: {"uuid": "a"}\n\n'
        b"data: one\ndata:two\ndata\n\n"
        b"id: 7\nevent: stage\ndata: []\n\n"
        b"retry: 1500\n\n"
    )
    assert feed_all([raw]) == [
        SseEvent("participant_create", '{"uuid": "a"}'),
        SseEvent("message", "one\ntwo\n"),
        SseEvent("stage", "[]", "7"),
    ]


def test_event_without_data_is_not_dispatched_and_type_resets() -> None:
    assert feed_all([b"event: layout\n\ndata: x\n\n"]) == [SseEvent("message", "x")]


def test_all_line_endings_and_bom() -> None:
    raw = b"\xef\xbb\xbfevent: a\r\ndata: 1\r\rdata: 2\n\r\n"
    assert feed_all([raw]) == [SseEvent("a", "1"), SseEvent("message", "2")]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    assert feed_all([b"data: 1\r", b"\ndata: 2\r", b"\n\r", b"\n"]) == [SseEvent("message", "1\n2")]


def test_incomplete_event_at_end_is_held_back() -> None:
    p = SseParser()
    assert p.feed(b"data: half") == []
    assert p.feed(b"\n") == []
    assert p.feed(b"\n") == [SseEvent("message", "half")]


def test_retry_and_invalid_utf8() -> None:
    p = SseParser()
    assert p.feed(b"retry: 250\nretry: x1\ndata: \xff\n\n") == [SseEvent("message", "\ufffd")]
    assert p.retry_ms == 250


def test_endless_line_is_dropped_instead_of_growing() -> None:
    p = SseParser(max_line=1024)
    assert p.feed(b"event: participant_update\ndata: " + b"x" * 1000) == []
    for _ in range(1000):  # a megabyte more of the same line: nothing is kept
        assert p.feed(b"x" * 1024) == []
        assert p.buffered <= 1024
    assert p.dropped == 1
    # when the line ends, its event is not dispatched, and the stream goes on
    assert p.feed(b"\n\nevent: stage\ndata: []\n\n") == [SseEvent("stage", "[]")]
    assert p.dropped == 1


def test_overlong_complete_line_in_one_chunk_is_dropped() -> None:
    p = SseParser(max_line=64)
    raw = b"event: a\ndata: " + b"y" * 100 + b"\ndata: short\n\ndata: next\n\n"
    assert p.feed(raw) == [SseEvent("message", "next")]  # the whole event with the long line is gone
    assert p.dropped == 1


def test_many_data_lines_cannot_exceed_the_event_cap() -> None:
    p = SseParser(max_line=64, max_event=1000)
    for _ in range(100):
        assert p.feed(b"data: " + b"z" * 50 + b"\n") == []
    assert p.dropped == 1
    assert p.feed(b"\ndata: after\n\n") == [SseEvent("message", "after")]


def test_a_dropped_line_still_counts_as_a_line() -> None:
    p = SseParser(max_line=16)
    p.feed(b": " + b"k" * 40)
    assert p.lines == 0  # no line end yet: no proof of life
    p.feed(b"\n")
    assert p.lines == 1


def test_lines_count_keep_alives() -> None:
    p = SseParser()
    p.feed(b":\n")
    assert p.lines == 1


_field = st.sampled_from([b"data", b"event", b"id", b"retry", b"", b":comment", b"dat"])
_value = st.binary(max_size=12).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b""))
_eol = st.sampled_from([b"\n", b"\r\n", b"\r"])
_line = st.tuples(_field, st.sampled_from([b":", b": ", b""]), _value, _eol).map(lambda t: b"".join(t))
_stream = st.lists(st.one_of(_line, _eol), max_size=40).map(lambda ls: b"".join(ls))


@given(_stream, st.lists(st.integers(min_value=1, max_value=7), max_size=30))
def test_chunking_never_changes_the_result(raw: bytes, cuts: list[int]) -> None:
    whole = feed_all([raw])
    chunks, i = [], 0
    for c in cuts:
        chunks.append(raw[i : i + c])
        i += c
    chunks.append(raw[i:])
    assert feed_all(chunks) == whole
    assert feed_all([raw[j : j + 1] for j in range(len(raw))]) == whole
