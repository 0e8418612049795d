"""Pexip Infinity wire format: decoding of management-API pages and client-API objects, and the columnar
media statistics. Pure functions, no I/O; every function tolerates bad input (skips or returns None).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson

from console.domain import STAT_FIELDS, Participant

log = logging.getLogger("bridgewall.mcu")

Json = Any  # decoded JSON: dict / list / str / int / float / bool / None


class MalformedReply(Exception):
    """A reply that is not JSON, or JSON of a shape this dialect does not know."""


# --- pages ----------------------------------------------------------------------------------------


def decode(body: bytes) -> Json:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        first = exc
    # Some servers write the bare tokens NaN / Infinity; the standard library reads them (slow, but rare). Not
    # when orjson gave up on the nesting depth: the standard library would recurse until RecursionError.
    if (b"NaN" in body or b"Infinity" in body) and "recursion" not in str(first):
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            pass
    raise MalformedReply(f"invalid JSON ({len(body)} bytes): {str(first).splitlines()[0][:120]}")


def parse_page(body: bytes) -> tuple[list[Json], str | None]:
    """A Tastypie list page -> (objects, meta.next or None)."""
    doc = decode(body)
    if not isinstance(doc, dict):
        raise MalformedReply(f"expected a JSON object, got {type(doc).__name__}")
    objects = doc.get("objects")
    if not isinstance(objects, list):
        raise MalformedReply("list reply without an 'objects' array")
    if not all(type(o) is dict for o in objects):
        raise MalformedReply("list reply with objects that are not JSON objects")
    meta = doc.get("meta")
    nxt = meta.get("next") if isinstance(meta, dict) else None
    return objects, nxt if isinstance(nxt, str) and nxt else None


def client_result(body: bytes) -> Json:
    """A client-API reply {"status": "success", "result": ...} -> result."""
    doc = decode(body)
    if not isinstance(doc, dict) or "result" not in doc:
        raise MalformedReply("client-API reply without a 'result'")
    return doc["result"]


# --- scalar coercion ------------------------------------------------------------------------------


def _str(v: object, default: str = "") -> str:
    return v if isinstance(v, str) else default


def _bool(v: object) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, str):
        return v.strip().lower() in ("yes", "true", "1", "on")
    if isinstance(v, int | float):
        return v != 0 and not math.isnan(v)
    return False


def _epoch(v: object) -> float | None:
    """A positive, finite epoch time in seconds, or None (0 / missing / garbage mean 'not set')."""
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return None
    try:
        f = float(v)
    except ValueError:
        return None
    if not math.isfinite(f) or f <= 0 or f > 1e11:
        return None
    return f


def _when(v: object) -> datetime | None:
    """Pexip's ISO times carry no zone and are UTC; the client API sends epoch seconds."""
    if isinstance(v, str) and "-" in v:
        try:
            dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
        except ValueError:
            return None
        return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    e = _epoch(v)
    return datetime.fromtimestamp(e, UTC) if e is not None else None


def _role(v: object) -> str:
    r = _str(v).lower()
    return "chair" if r in ("chair", "host") else "guest"


def uuid_from_ref(v: object) -> str:
    """A participant reference: a bare id or a resource URI '/api/admin/status/v1/participant/<id>/'."""
    if not isinstance(v, str):
        return ""
    if "/" in v:
        return v.rstrip("/").rpartition("/")[2]
    return v


# --- participants ---------------------------------------------------------------------------------

# The management fields the console uses; a participant is re-parsed only when one of them changed.
MGMT_KEYS = ("display_name", "conference", "role", "protocol", "remote_address", "is_muted", "connect_time")


_MGMT_GET = itemgetter(*MGMT_KEYS)


def mgmt_key(obj: Mapping[str, object]) -> tuple[object, ...]:
    try:
        key: tuple[object, ...] = _MGMT_GET(obj)
    except KeyError:
        return tuple(map(obj.get, MGMT_KEYS))
    return key


def participant_from_mgmt(obj: object, conference: str) -> Participant | None:
    """A management-API status participant, or None (logged) when it has no usable id."""
    if not isinstance(obj, dict):
        log.warning("skipping a participant that is not an object (%s)", type(obj).__name__)
        return None
    uuid = obj.get("id")
    if not isinstance(uuid, str) or not uuid:
        log.warning("skipping a participant without an id")
        return None
    return Participant(
        uuid=uuid,
        display_name=_str(obj.get("display_name")) or uuid,
        conference=_str(obj.get("conference")) or conference,
        role=_role(obj.get("role")),
        protocol=_str(obj.get("protocol")),
        remote_address=_str(obj.get("remote_address")),
        is_muted=_bool(obj.get("is_muted")),
        connect_time=_when(obj.get("connect_time")),
    )


def participant_from_client(obj: object, conference: str) -> Participant | None:
    """A client-API participant (event stream), or None (logged) when it has no usable uuid."""
    if not isinstance(obj, dict):
        log.warning("skipping an event-stream participant that is not an object (%s)", type(obj).__name__)
        return None
    uuid = obj.get("uuid")
    if not isinstance(uuid, str) or not uuid:
        log.warning("skipping an event-stream participant without a uuid")
        return None
    return Participant(
        uuid=uuid,
        display_name=_str(obj.get("display_name")) or uuid,
        conference=conference,
        role=_role(obj.get("role")),
        protocol=_str(obj.get("protocol")),
        is_muted=_bool(obj.get("is_muted")),
        is_video_muted=_bool(obj.get("is_video_muted")),
        spotlight=_epoch(obj.get("spotlight")) is not None or obj.get("spotlight") is True,
        buzz_time=_epoch(obj.get("buzz_time")),
        connect_time=_when(obj.get("start_time")),
    )


# --- media statistics -----------------------------------------------------------------------------

# Per-stream columns read from participant_media_stream, in this order.
STREAM_KEYS = (
    "rx_current_packet_loss",
    "rx_packet_loss",
    "tx_current_packet_loss",
    "tx_packet_loss",
    "rx_jitter",
    "tx_jitter",
    "rx_bitrate",
    "tx_bitrate",
    "rx_fps",
)
# Physical ranges: loss is a percentage, jitter at most a minute (ms), a bitrate at most 10 Gbit/s (kbps), at most
# 1000 frames per second. A value outside them (or negative, or not a finite number) is discarded, not clamped:
# 250 % loss is a broken report, not a site losing everything, and must not open a packet-loss incident.
_LIMITS = np.array([100.0, 100.0, 100.0, 100.0, 60_000.0, 60_000.0, 1e7, 1e7, 1000.0])
_NCOL = len(STREAM_KEYS)
_NSTAT = len(STAT_FIELDS)
_FULL_ROW = itemgetter("participant", "stream_type", *STREAM_KEYS)


class Discards:
    """How many media values were discarded as absurd, by stream field (a running total, never reset)."""

    def __init__(self) -> None:
        self.by_field: dict[str, int] = dict.fromkeys(STREAM_KEYS, 0)

    @property
    def total(self) -> int:
        return sum(self.by_field.values())

    def add(self, counts: npt.NDArray[np.int64]) -> None:
        for key, n in zip(STREAM_KEYS, counts.tolist(), strict=True):
            self.by_field[key] += n


def _num(v: object) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return math.nan
    try:
        return float(v)
    except (ValueError, OverflowError):
        return math.nan


def _to_matrix(rows: list[list[object]]) -> npt.NDArray[np.float64]:
    try:
        m = np.array(rows, dtype=np.float64)  # fast path: numbers and None (-> NaN)
        if m.shape != (len(rows), _NCOL):
            raise ValueError("ragged")
    except (ValueError, TypeError, OverflowError):
        m = np.array([[_num(v) for v in r] for r in rows], dtype=np.float64).reshape(len(rows), _NCOL)
    return m


def _sanitise(m: npt.NDArray[np.float64], rows: list[list[object]]) -> npt.NDArray[np.int64]:
    """Values outside the physical ranges become NaN (no sample); returns how many per column.

    A field the MCU left out or sent as null is no sample either, but not a discarded value: only NaN that came
    from something else (a NaN / Infinity token, the string "NaN", a boolean, an object) counts.
    """
    nan = np.isnan(m)
    with np.errstate(invalid="ignore"):
        bad = ~nan & (np.isinf(m) | (m < 0) | (m > _LIMITS))
    counts: npt.NDArray[np.int64] = bad.sum(axis=0).astype(np.int64)
    if nan.any():
        ii, jj = np.nonzero(nan)
        sent = np.fromiter(
            (rows[i][j] is not None for i, j in zip(ii.tolist(), jj.tolist(), strict=True)),
            dtype=np.bool_,
            count=len(ii),
        )
        counts += np.bincount(jj[sent], minlength=_NCOL)
    m[bad] = np.nan
    return counts


def _nansum2(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    both_nan = np.isnan(a) & np.isnan(b)
    s = np.nan_to_num(a) + np.nan_to_num(b)
    s[both_nan] = np.nan
    return s


def media_rows(
    streams: Iterable[Any], index: Mapping[str, int], n: int, discards: Discards | None = None
) -> npt.NDArray[np.float64]:
    """Combine the media streams of `n` participants (uuid -> row in `index`) into an (n, STAT_FIELDS) array.

    Audio and video streams of one participant are merged: worst loss and jitter, summed bitrates, the video's
    frame rate, and the audio / video bitrates in their own columns. Presentation streams are left out. Streams
    of participants not in `index`, and malformed streams, are skipped. Values outside physical ranges are NaN
    (no sample), counted in `discards`.
    """
    rows: list[list[object]] = []
    pidx: list[int] = []
    kinds: list[bool] = []  # True for video
    skipped = 0
    get_row = index.get
    refs: dict[str, int | None] = {}  # resource URI -> row, filled as met
    full = _FULL_ROW
    for s in streams:
        try:  # fast path: a complete stream object
            ref, kind, *values = full(s)
        except KeyError:
            ref = s.get("participant")
            if ref is None:
                ref = s.get("participant_id") or s.get("participant_uuid")
            kind = s.get("stream_type")
            values = list(map(s.get, STREAM_KEYS))
        except TypeError:
            skipped += 1
            continue
        if kind == "audio":
            is_video = False
        elif kind == "video":
            is_video = True
        else:
            continue
        i = get_row(ref) if isinstance(ref, str) else None
        if i is None:
            if not isinstance(ref, str):
                continue
            if ref in refs:
                i = refs[ref]
            else:
                i = refs[ref] = get_row(uuid_from_ref(ref))
            if i is None:
                continue
        kinds.append(is_video)
        pidx.append(i)
        rows.append(values)
    if skipped:
        log.warning("skipped %d media streams that are not objects", skipped)
    out = np.full((n, _NSTAT), np.nan)
    if not rows:
        return out
    m = _to_matrix(rows)
    counts = _sanitise(m, rows)
    if discards is not None and counts.any():
        discards.add(counts)
    # Current loss when the MCU gives it, else the whole-call figure.
    rx_loss = np.where(np.isnan(m[:, 0]), m[:, 1], m[:, 0])
    tx_loss = np.where(np.isnan(m[:, 2]), m[:, 3], m[:, 2])
    per = np.column_stack((rx_loss, tx_loss, m[:, 4:9]))  # rx_loss tx_loss rx_jit tx_jit rx_br tx_br rx_fps
    p = np.asarray(pidx, dtype=np.intp)
    video = np.asarray(kinds, dtype=bool)
    a = np.full((n, 7), np.nan)
    v = np.full((n, 7), np.nan)
    a[p[~video]] = per[~video]
    v[p[video]] = per[video]
    out[:, 0:4] = np.fmax(a[:, 0:4], v[:, 0:4])
    out[:, 4] = _nansum2(a[:, 4], v[:, 4])
    out[:, 5] = _nansum2(a[:, 5], v[:, 5])
    out[:, 6] = v[:, 6]
    out[:, 7] = a[:, 4]
    out[:, 8] = v[:, 4]
    return out
