"""An incremental Server-Sent Events parser (WHATWG HTML, "event stream interpretation").

Feed it raw bytes as they arrive, in chunks of any size; it returns the events completed so far. A line longer
than `max_line` bytes (or an event whose data grows past `max_event`) raises `SseError`: the caller treats the
stream as malformed and reconnects instead of buffering without bound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EOL = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"


class SseError(Exception):
    """The byte stream is not a usable event stream."""


@dataclass(frozen=True, slots=True)
class SseEvent:
    event: str  # "message" when the server named none
    data: str
    id: str = ""


class SseParser:
    def __init__(self, max_line: int = 1 << 20, max_event: int = 4 << 20) -> None:
        self.max_line = max_line
        self.max_event = max_event
        self.lines = 0  # complete lines seen (comments and keep-alives too): proof the stream is alive
        self.retry_ms: int | None = None
        self.last_event_id = ""
        self._buf = b""
        self._skip_lf = False
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._data_len = 0

    def feed(self, chunk: bytes) -> list[SseEvent]:
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        buf = self._buf + chunk if self._buf else chunk
        if not self._started:
            if len(buf) < len(_BOM) and _BOM.startswith(buf):
                self._buf = buf
                return []
            self._started = True
            if buf.startswith(_BOM):
                buf = buf[len(_BOM) :]
        out: list[SseEvent] = []
        pos = 0
        end = len(buf)
        for m in _EOL.finditer(buf):
            start = m.start()
            if start - pos > self.max_line:
                raise SseError(f"event-stream line longer than {self.max_line} bytes")
            self._line(buf[pos:start], out)
            pos = m.end()
            if pos == end and m.group() == b"\r":
                self._skip_lf = True  # a CRLF may be split across two chunks
        rest = buf[pos:]
        if len(rest) > self.max_line:
            raise SseError(f"event-stream line longer than {self.max_line} bytes")
        self._buf = rest
        return out

    def _line(self, raw: bytes, out: list[SseEvent]) -> None:
        self.lines += 1
        if not raw:
            if self._data:
                data = "\n".join(self._data)
                out.append(SseEvent(self._event or "message", data, self.last_event_id))
            self._event = ""
            self._data = []
            self._data_len = 0
            return
        if raw[:1] == b":":
            return  # a comment: keep-alive
        line = raw.decode("utf-8", "replace")
        field, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data_len += len(value) + 1
            if self._data_len > self.max_event:
                raise SseError(f"event-stream event larger than {self.max_event} bytes")
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif field == "retry" and value.isdigit() and value.isascii():
            self.retry_ms = int(value)
        # any other field is ignored, as the specification says
