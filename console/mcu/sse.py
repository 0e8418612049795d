"""An incremental Server-Sent Events parser (WHATWG HTML, "event stream interpretation").

Feed it raw bytes as they arrive, in chunks of any size; it returns the events completed so far. A line longer
than `max_line` bytes (or an event whose data grows past `max_event`) is not buffered: its bytes are dropped as
they arrive, the event it belongs to is not dispatched, `dropped` counts it, and the stream goes on with the next
event. Memory stays bounded by the caps whatever the server sends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EOL = re.compile(rb"\r\n|\r|\n")
_BOM = b"\xef\xbb\xbf"


class SseError(Exception):
    """The byte stream is not a usable event stream (kept for callers; the parser itself drops, never raises)."""


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
        self.blocks = 0  # blank lines seen: whole events and keep-alives ended, proof the stream is usable
        self.dropped = 0  # events dropped for a line longer than max_line or data larger than max_event
        self.retry_ms: int | None = None
        self.last_event_id = ""
        self._buf = b""
        self._skip_lf = False
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._data_len = 0
        self._skipping = False  # inside a line longer than max_line: its bytes are dropped until it ends
        self._drop_event = False  # the event being read lost a line or outgrew max_event: not dispatched

    @property
    def buffered(self) -> int:
        """Bytes held for an incomplete line (never more than max_line)."""
        return len(self._buf)

    def _drop(self) -> None:
        if not self._drop_event:
            self._drop_event = True
            self.dropped += 1
        self._data = []
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
            if self._skipping:  # the end of an overlong line
                self._skipping = False
                self.lines += 1
            elif start - pos > self.max_line:
                self._drop()
                self.lines += 1
            else:
                self._line(buf[pos:start], out)
            pos = m.end()
            if pos == end and m.group() == b"\r":
                self._skip_lf = True  # a CRLF may be split across two chunks
        rest = buf[pos:]
        if self._skipping:
            rest = b""
        elif len(rest) > self.max_line:
            self._drop()
            self._skipping = True
            rest = b""
        self._buf = rest
        return out

    def _line(self, raw: bytes, out: list[SseEvent]) -> None:
        self.lines += 1
        if not raw:
            self.blocks += 1
            if self._data and not self._drop_event:
                data = "\n".join(self._data)
                out.append(SseEvent(self._event or "message", data, self.last_event_id))
            self._event = ""
            self._data = []
            self._data_len = 0
            self._drop_event = False
            return
        if raw[:1] == b":":
            return  # a comment: keep-alive
        line = raw.decode("utf-8", "replace")
        field, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if field == "data":
            if self._drop_event:
                return
            self._data_len += len(value) + 1
            if self._data_len > self.max_event:
                self._drop()
                return
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self.last_event_id = value
        elif field == "retry" and value.isdigit() and value.isascii():
            self.retry_ms = int(value)
        # any other field is ignored, as the specification says
