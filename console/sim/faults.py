"""Fault injection for the simulator, switchable at run time (in-process or via POST /_sim/faults).

Each fault has a kind, an optional budget (`count`: it applies to that many matching requests or event-stream
connections, then expires; None = until cleared) and an optional `path_prefix` (only request paths starting
with it; None = every path except the /_sim/ hooks, which are never faulted).

Kinds (see FaultKind) and where they act:
- latency          every matching request waits `delay_ms` before it is handled
- http_5xx         answer `status` (default 503) with an HTML error page
- http_401         answer 401 as if the credentials or the session were refused
- http_403         answer 403 (Forbidden), as an MCU does for an account without the API permission
- malformed_json   a 200 whose body is not JSON; on an event stream, one message whose data is not JSON
- truncated_json   the real body cut short (valid HTTP, Content-Length of the cut body); on an event stream,
                   one message whose data is cut short
- drop_connection  the connection is closed without any response
- stall_events     an event stream sends nothing at all (no sync, no events, no keep-alives) — new streams
                   stall for good, open streams are silent while the fault is active
- absurd_values    negative loss, NaN (the bare token `NaN`, `null`, or the string "NaN"), Infinity, 10^9 kbps
                   in the numbers of status lists, media streams and participant objects
- extra_fields     unknown fields added to every object (and to `meta`)
- missing_fields   documented fields removed from objects (identity fields stay)
- endless_line     an event stream sends one `data:` line that never ends (no newline ever)
- trickle          the real reply, its body sent `size` bytes (default 1) every `delay_ms` (default 1000 ms)
- endless_body     a 200 whose JSON body never ends (chunked, sent as fast as the client reads) until the client
                   leaves or the simulator stops
- nested_nan       a 200 whose body is JSON nested deeper than parsers allow, with NaN inside
- wrong_shape      a 200 with valid JSON of shapes the API never sends (a list for an object, objects as strings…)
- huge_event       an open event stream sends one participant_update whose display name is `size` bytes (default
                   1 MiB + 1 KiB) for a connected site, then goes on normally
"""

from __future__ import annotations

import enum
import itertools
import math
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson


class FaultKind(enum.StrEnum):
    LATENCY = "latency"
    HTTP_5XX = "http_5xx"
    HTTP_401 = "http_401"
    MALFORMED_JSON = "malformed_json"
    TRUNCATED_JSON = "truncated_json"
    DROP_CONNECTION = "drop_connection"
    STALL_EVENTS = "stall_events"
    ABSURD_VALUES = "absurd_values"
    EXTRA_FIELDS = "extra_fields"
    MISSING_FIELDS = "missing_fields"
    ENDLESS_LINE = "endless_line"
    HTTP_403 = "http_403"
    TRICKLE = "trickle"
    ENDLESS_BODY = "endless_body"
    NESTED_NAN = "nested_nan"
    WRONG_SHAPE = "wrong_shape"
    HUGE_EVENT = "huge_event"


# Short aliases accepted over HTTP.
ALIASES: dict[str, FaultKind] = {
    "5xx": FaultKind.HTTP_5XX,
    "401": FaultKind.HTTP_401,
    "malformed": FaultKind.MALFORMED_JSON,
    "truncated": FaultKind.TRUNCATED_JSON,
    "drop": FaultKind.DROP_CONNECTION,
    "stall": FaultKind.STALL_EVENTS,
    "absurd": FaultKind.ABSURD_VALUES,
    "extra": FaultKind.EXTRA_FIELDS,
    "missing": FaultKind.MISSING_FIELDS,
    "endless": FaultKind.ENDLESS_LINE,
    "403": FaultKind.HTTP_403,
    "slow": FaultKind.TRICKLE,
    "endless_reply": FaultKind.ENDLESS_BODY,
    "nested": FaultKind.NESTED_NAN,
    "shape": FaultKind.WRONG_SHAPE,
    "huge": FaultKind.HUGE_EVENT,
}

HUGE_EVENT_SIZE = (1 << 20) + 1024  # a display name over the console's 1 MB event-line limit

SIM_PREFIX = "/_sim"
NAN_SENTINEL = "\x00sim-nan\x00"  # rendered as the bare token NaN by `render_json`
INF_SENTINEL = "\x00sim-inf\x00"  # rendered as the bare token Infinity


def parse_kind(value: str) -> FaultKind:
    try:
        return ALIASES.get(value) or FaultKind(value)
    except ValueError:
        raise ValueError(f"unknown fault kind {value!r}; known: {[k.value for k in FaultKind]}") from None


@dataclass(slots=True)
class Fault:
    kind: FaultKind
    count: int | None = None  # remaining budget; None = until cleared
    path_prefix: str | None = None
    delay_ms: float = 0.0
    status: int = 503
    size: int = 0  # bytes: trickle chunk size, huge_event name length (0 = the kind's default)
    id: int = 0
    hits: int = 0

    def matches(self, path: str) -> bool:
        if path.startswith(SIM_PREFIX):
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "count": self.count,
            "path_prefix": self.path_prefix,
            "delay_ms": self.delay_ms,
            "status": self.status,
            "size": self.size,
            "hits": self.hits,
        }


@dataclass
class Faults:
    """The active faults. Thread-safe: the server's loop consumes them, tests add and clear them."""

    _faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def add(
        self,
        kind: FaultKind | str,
        count: int | None = None,
        path_prefix: str | None = None,
        *,
        delay_ms: float = 0.0,
        status: int = 503,
        size: int = 0,
    ) -> Fault:
        kind = parse_kind(kind) if isinstance(kind, str) else kind
        if count is not None and count < 1:
            raise ValueError("count must be >= 1 (or None for until cleared)")
        if kind is FaultKind.HTTP_5XX and not 500 <= status <= 599:
            raise ValueError("status must be 5xx")
        if delay_ms < 0 or not math.isfinite(delay_ms):
            raise ValueError("delay_ms must be a finite number >= 0")
        if not 0 <= size <= 1 << 30:
            raise ValueError("size must be between 0 and 1 GiB")
        if kind is FaultKind.TRICKLE and delay_ms == 0.0:
            delay_ms = 1000.0  # a byte a second unless told otherwise
        with self._lock:
            fault = Fault(
                kind, count, path_prefix, delay_ms=delay_ms, status=status, size=size, id=next(self._ids)
            )
            self._faults.append(fault)
            return fault

    def clear(self, kind: FaultKind | str | None = None) -> int:
        """Remove every fault (or those of one kind); returns how many were removed."""
        k = parse_kind(kind) if isinstance(kind, str) else kind
        with self._lock:
            keep = [f for f in self._faults if k is not None and f.kind is not k]
            removed = len(self._faults) - len(keep)
            self._faults = keep
            return removed

    def take(self, kind: FaultKind, path: str) -> Fault | None:
        """The first active fault of `kind` matching `path`, spending one unit of its budget."""
        with self._lock:
            for fault in self._faults:
                if fault.kind is kind and fault.matches(path):
                    fault.hits += 1
                    if fault.count is not None:
                        fault.count -= 1
                        if fault.count <= 0:
                            self._faults.remove(fault)
                    return fault
            return None

    def peek(self, kind: FaultKind, path: str) -> bool:
        """Whether a fault of `kind` matching `path` is active (its budget is not spent)."""
        with self._lock:
            return any(f.kind is kind and f.matches(path) for f in self._faults)

    def active(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.as_dict() for f in self._faults]

    def __bool__(self) -> bool:
        with self._lock:
            return bool(self._faults)


# --- body mutations ---------------------------------------------------------------------------------

_IDENTITY = frozenset({"id", "uuid", "participant", "participant_id", "stream_type", "resource_uri"})
_NUMERIC_SUFFIXES = ("loss", "jitter", "bitrate", "bandwidth", "fps")


def absurd(objects: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of `objects` with absurd numbers in their loss/jitter/bitrate/bandwidth/fps fields."""
    out = []
    for i, obj in enumerate(objects):
        o = dict(obj)
        for key in o:
            if not key.endswith(_NUMERIC_SUFFIXES):
                continue
            variant = (i + len(key)) % 6
            if key.endswith("loss"):
                o[key] = (-12.5, NAN_SENTINEL, None, "NaN", 250.0, INF_SENTINEL)[variant]
            elif key.endswith("jitter"):
                o[key] = (NAN_SENTINEL, -40.0, "NaN", None, 1e12, INF_SENTINEL)[variant]
            else:
                o[key] = (10**9, -1, NAN_SENTINEL, "1e9", None, 10**9)[variant]
        out.append(o)
    return out


def extra(objects: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for i, obj in enumerate(objects):
        o = dict(obj)
        o["x_vendor_extension"] = {"build": "sim", "flags": [i, None, True]}
        o["future_field_v37"] = f"value-{i}"
        out.append(o)
    return out


def missing(objects: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of `objects` with about half of their non-identity fields removed (which half varies)."""
    out = []
    for i, obj in enumerate(objects):
        keys = [k for k in obj if k not in _IDENTITY]
        drop = {k for j, k in enumerate(keys) if (i + j) % 2 == 0}
        out.append({k: v for k, v in obj.items() if k not in drop})
    return out


def render_json(doc: Any) -> bytes:
    """JSON with the NaN/Infinity sentinels turned into the bare tokens a broken server would send."""
    raw = orjson.dumps(doc)
    if b"\\u0000sim-" in raw:
        raw = raw.replace(b'"\\u0000sim-nan\\u0000"', b"NaN").replace(b'"\\u0000sim-inf\\u0000"', b"Infinity")
    return raw


def nested_nan(depth: int = 5000) -> bytes:
    """A list page whose objects hold one array nested `depth` deep around a bare NaN."""
    return b'{"meta": {"limit": 20, "next": null, "offset": 0, "total_count": 1}, "objects": ' + (
        b"[" * depth + b"NaN" + b"]" * depth + b"}"
    )


# Valid JSON the API never sends, in turn: the top a list, `objects` an object, objects that are strings / numbers /
# nested lists, a `meta.next` that is a number, `result` missing.
WRONG_SHAPES: tuple[bytes, ...] = (
    b'[{"id": "x"}]',
    b'{"meta": {"next": null}, "objects": {"id": "x"}}',
    b'{"meta": {"next": null}, "objects": ["x", 7, [[1]], null, true]}',
    b'{"meta": {"next": 12}, "objects": [{"id": ["x"], "name": {"a": 1}, "display_name": 5}]}',
    b'{"status": "success"}',
    b'"objects"',
)

MALFORMED_BODY = b'{"status": "success", "meta": {"limit": 20,, "objects": [{"id": \'x\'} "oops"]'
HTML_5XX = "<html><head><title>{code}</title></head><body><h1>{code}</h1>nginx</body></html>"
