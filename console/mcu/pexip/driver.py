"""The Pexip Infinity driver.

Two channels run side by side:

* the management API (HTTP Basic auth), polled every `poll_interval`: active conferences, their participants and
  the bulk list of live media streams -> joins / updates / leaves by diffing, and one columnar `MediaStats` per
  conference per poll;
* the client API of each followed conference: a token (refreshed before it expires) and its Server-Sent Events
  stream -> participant changes, raised hands, the stage (active speakers) and the layout.

Both feed one record per participant uuid (the management API's `id` and the client API's `uuid` are the same
participant uuid), so a participant joins once whichever channel sees it first. Failures never end the driver:
they show as `LinkChanged` events (with a `LinkReason`) and are retried with capped, jittered exponential backoff.

Nothing the MCU sends is trusted to be small or quick: every reply body is read as a stream and refused beyond
`max_reply` bytes, and must be complete within `reply_deadline` seconds (a server that trickles a byte a second
never trips a read timeout); an event-stream line longer than `max_line` is dropped (counted, logged) and the
stream goes on; a stream that delivers no complete line for `stall_timeout` is stalled. Media values outside
physical ranges are discarded (no sample), counted in `discards` and logged at most every `discard_log_interval`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import re
import ssl
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import orjson

from console.domain import (
    ActiveSpeakers,
    Axis,
    Capability,
    HandLowered,
    HandRaised,
    LayoutChanged,
    LinkChanged,
    LinkState,
    McuError,
    McuEvent,
    MediaStats,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    ParticipantUpdated,
    utcnow,
)
from console.domain.logtext import loggable
from console.domain.mcu import LinkReason
from console.mcu.driver import McuDriver
from console.mcu.pexip.wire import (
    Discards,
    Json,
    MalformedReply,
    client_result,
    decode,
    media_rows,
    mgmt_key,
    parse_page,
    participant_from_client,
    participant_from_mgmt,
)
from console.mcu.sse import SseEvent, SseParser

log = logging.getLogger("bridgewall.mcu")

STATUS = "/api/admin/status/v1"
COMMAND = "/api/admin/command/v1"
CLIENT = "/api/client/v2/conferences"
PAGE_LIMIT = 5000  # objects per status page; fewer round trips for a whole poll
MAX_PAGES = 1000
DISPLAY_NAME = "Bridgewall"
# Measured on the simulator's national scenario (3,500 sites, pages of PAGE_LIMIT): its participants in one page of
# 3.6 MB, its 7,000 media streams in two (3.9 + 1.5 MB). A 64 MB reply cap leaves more than ten times the largest,
# for an MCU with longer objects than the simulator's. An event line holds one participant (under a kilobyte); 1 MB
# is a thousand times that. tests/mcu/test_pexip_sim.py keeps these margins checked.
MAX_REPLY = 64 << 20
MAX_LINE = 1 << 20
MAX_EVENT = 4 << 20
_DIRECTIONS = {Axis.PAN: ("left", "right"), Axis.TILT: ("up", "down"), Axis.ZOOM: ("in", "out")}


# --- small pieces ---------------------------------------------------------------------------------


class Backoff:
    """Exponential backoff with 'equal jitter': each delay is in [d/2, d], d = min(cap, base * 2**n)."""

    def __init__(self, base: float, cap: float, rng: random.Random | None = None) -> None:
        self.base = max(base, 1e-3)
        self.cap = max(cap, self.base)
        self.attempt = 0
        self._rng = rng or random.Random()

    def next(self) -> float:
        d = min(self.cap, self.base * (2.0 ** min(self.attempt, 32)))
        self.attempt += 1
        return d / 2 + self._rng.random() * d / 2

    def reset(self) -> None:
        self.attempt = 0


class _Fault(McuError):
    """A failed request: `code` as in McuError (one of LinkReason's values), plus the link state it implies."""

    def __init__(self, code: str, state: LinkState, message: str) -> None:
        super().__init__(code, " ".join(message.split()))
        self.state = state
        self.reason = LinkReason(code)


_TOKEN_RE = re.compile(r"(token=)[^&\s\"']+")


class _RedactTokens(logging.Filter):
    """httpx logs every request URL at INFO; the event stream's URL carries a client-API token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(
                _TOKEN_RE.sub(r"\1***", str(a)) if "token=" in str(a) else a for a in record.args
            )
        if isinstance(record.msg, str) and "token=" in record.msg:
            record.msg = _TOKEN_RE.sub(r"\1***", record.msg)
        return True


_httpx_log = logging.getLogger("httpx")
if not any(isinstance(f, _RedactTokens) for f in _httpx_log.filters):
    _httpx_log.addFilter(_RedactTokens())


def _one_line(text: str, limit: int = 200) -> str:
    return " ".join(text.split())[:limit]


def _tls_error(exc: BaseException) -> ssl.SSLError | None:
    """The TLS error behind an httpx error (httpx and httpcore chain the original as the cause), if any."""
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _megabytes(n: int) -> str:
    return f"{n / (1 << 20):g} MB"


def _transport_fault(exc: httpx.HTTPError, what: str) -> _Fault:
    tls = _tls_error(exc)
    if tls is not None:
        if isinstance(tls, ssl.SSLCertVerificationError):
            detail = f"certificate not trusted ({_one_line(str(tls.verify_message or tls.reason), 80)})"
        else:
            detail = f"TLS handshake failed ({_one_line(str(tls.reason or tls), 80)})"
        return _Fault("tls", LinkState.DEGRADED, f"{what}: {detail}")
    if isinstance(exc, httpx.TimeoutException):
        return _Fault("timeout", LinkState.UNREACHABLE, f"{what}: timed out")
    if isinstance(exc, httpx.ConnectError):
        return _Fault(
            "unreachable", LinkState.UNREACHABLE, f"{what}: cannot connect ({_one_line(str(exc), 80)})"
        )
    if isinstance(exc, httpx.RemoteProtocolError) and "without sending a response" in str(exc):
        return _Fault("unreachable", LinkState.UNREACHABLE, f"{what}: connection closed without a reply")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.DecodingError):
        return _Fault("malformed", LinkState.DEGRADED, f"{what}: broken reply ({_one_line(str(exc), 80)})")
    return _Fault("unreachable", LinkState.UNREACHABLE, f"{what}: {type(exc).__name__}")


def _status_fault(status: int, what: str) -> _Fault:
    if status in (401, 403):
        return _Fault("auth", LinkState.DEGRADED, f"{what}: not authorised (HTTP {status})")
    if status >= 500:
        return _Fault("server", LinkState.DEGRADED, f"{what}: server error (HTTP {status})")
    return _Fault("refused", LinkState.DEGRADED, f"{what}: refused (HTTP {status})")


class _Rec:
    """What the driver knows of one participant."""

    __slots__ = ("confirmed", "key", "p")

    def __init__(self, p: Participant, key: tuple[object, ...] | None, confirmed: float) -> None:
        self.p = p
        self.key = key  # the management fields last applied (None when only the event stream saw it)
        self.confirmed = confirmed  # monotonic time a channel last said it is present


@dataclass(frozen=True, slots=True)
class _StatsSlot:
    conference: str


_CLOSED = object()


class _Session:
    """One client-API token for one conference, refreshed at a third of its lifetime."""

    def __init__(self, driver: PexipDriver, conference: str) -> None:
        self._d = driver
        self.conference = conference
        self.token: str | None = None
        self.participant_uuid = ""
        self._lock = asyncio.Lock()
        self._refresher: asyncio.Task[None] | None = None

    async def get(self) -> str:
        async with self._lock:
            if self.token is None:
                await self._request()
            assert self.token is not None
            return self.token

    async def _request(self) -> None:
        headers = {"pin": self._d._pin} if self._d._pin else {}
        body = await self._d._send(
            "POST",
            self._d._client_path(self.conference, "request_token"),
            what="request_token",
            json={"display_name": self._d._display_name},
            headers=headers,
        )
        result = _token_result(body)
        self.token, expires, uuid = result
        if uuid:
            self.participant_uuid = uuid
            await self._d._own_uuid(uuid)
        self._schedule(expires)

    def _schedule(self, expires: float) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
        self._refresher = asyncio.get_running_loop().create_task(self._refresh(expires))

    async def _refresh(self, expires: float) -> None:
        while True:
            await asyncio.sleep(max(1.0, expires / 3))
            token = self.token
            if token is None:
                return
            try:
                body = await self._d._send(
                    "POST",
                    self._d._client_path(self.conference, "refresh_token"),
                    what="refresh_token",
                    headers={"token": token},
                )
                new, expires, _ = _token_result(body)
            except McuError as exc:
                log.warning("token refresh for %s failed: %s", loggable(self.conference), loggable(exc))
                if self.token == token:
                    self.token = None  # the next user asks for a new one
                return
            if self.token == token:
                self.token = new

    def drop(self) -> None:
        self.token = None
        if self._refresher is not None:
            self._refresher.cancel()
            self._refresher = None

    async def release(self) -> None:
        token = self.token
        self.drop()
        if token is not None:
            with contextlib.suppress(McuError):
                await self._d._send(
                    "POST",
                    self._d._client_path(self.conference, "release_token"),
                    what="release_token",
                    headers={"token": token},
                    timeout=min(self._d._timeout, 2.0),
                )


def _token_result(body: bytes) -> tuple[str, float, str]:
    try:
        result = client_result(body)
    except MalformedReply as exc:
        raise _Fault("malformed", LinkState.DEGRADED, f"token: {exc}") from None
    if not isinstance(result, dict) or not isinstance(result.get("token"), str) or not result["token"]:
        raise _Fault("malformed", LinkState.DEGRADED, "token: reply without a token")
    try:
        expires = float(result.get("expires", 120))
    except (TypeError, ValueError):
        expires = 120.0
    if not 3.0 <= expires <= 86_400.0:
        expires = 120.0
    uuid = result.get("participant_uuid")
    return result["token"], expires, uuid if isinstance(uuid, str) else ""


# --- the driver -----------------------------------------------------------------------------------


class PexipDriver(McuDriver):
    dialect = "pexip"
    capabilities = frozenset(
        {
            Capability.MUTE_AUDIO,  # management API participant/mute, participant/unmute
            Capability.MUTE_VIDEO,  # client API participants/…/video_muted, video_unmuted
            Capability.DISCONNECT,  # management API participant/disconnect
            Capability.DIAL,  # client API dial
            Capability.LOCK,  # client API lock / unlock
            Capability.LAYOUT,  # client API transform_layout, available_layouts
            Capability.LOWER_HAND,  # client API participants/…/clearbuzz, clearallbuzz
            Capability.SPOTLIGHT,  # client API participants/…/spotlighton, spotlightoff
            Capability.FECC,  # client API participants/…/fecc
        }
    )

    def __init__(
        self,
        base_url: str,
        user: str,
        password: str,
        *,
        ca_bundle: str | None = None,
        conference: str | None = None,
        poll_interval: float = 1.0,
        timeout: float = 5.0,
        stall_timeout: float = 30.0,
        max_backoff: float = 30.0,
        pin: str | None = None,
        display_name: str = DISPLAY_NAME,
        queue_size: int = 10_000,
        max_line: int = MAX_LINE,
        max_event: int = MAX_EVENT,
        max_reply: int = MAX_REPLY,
        reply_deadline: float = 60.0,
        discard_log_interval: float = 60.0,
        page_limit: int = PAGE_LIMIT,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("the MCU address must be http(s)://HOST[:PORT]")
        if parts.username or parts.password:
            raise ValueError("credentials do not belong in the MCU address")
        self._base = f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
        self._page_limit = page_limit
        self._origin = (parts.scheme, parts.netloc)
        self._user = user
        self._auth = httpx.BasicAuth(user, password)
        self._ca_bundle = ca_bundle
        self._only = conference
        self._poll_interval = max(poll_interval, 0.01)
        self._timeout = timeout
        self._stall = stall_timeout
        self._max_backoff = max_backoff
        self._pin = pin
        self._display_name = display_name
        self._max_line = max(max_line, 64)
        self._max_event = max(max_event, self._max_line)
        self._max_reply = max(max_reply, 1024)
        self._reply_deadline = max(reply_deadline, timeout)
        self._discard_log_interval = discard_log_interval
        self.discards = Discards()  # media values discarded as absurd, by field
        self.dropped_events = 0  # event-stream events dropped for being larger than max_line / max_event
        self._discards_logged = 0
        self._discards_logged_at: float | None = None
        self._unexpected: set[str] = set()  # unexpected failures already logged with a traceback
        self._client: httpx.AsyncClient | None = None
        self._queue: asyncio.Queue[object] = asyncio.Queue(maxsize=max(queue_size, 16))
        self._pending_stats: dict[str, MediaStats] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._streams: dict[str, asyncio.Task[None]] = {}
        self._sessions: dict[str, _Session] = {}
        self._confs: dict[str, dict[str, _Rec]] = {}  # conference -> uuid -> record
        self._where: dict[str, str] = {}  # uuid -> conference
        self._own: set[str] = set()  # our own client-API participants, never reported
        self._tombstones: dict[str, float] = {}  # uuid -> monotonic time the event stream said it left
        self._by_operator: dict[str, float] = {}  # uuid -> monotonic time we sent its disconnect
        self._conf_ids: dict[str, str] = {}  # conference id -> name
        self._speakers: dict[str, tuple[str, ...]] = {}
        self._layouts: dict[str, str] = {}
        self._poll_fault: _Fault | None = None
        self._stream_faults: dict[str, _Fault] = {}
        self._polled_ok = False
        self._last_answer = time.monotonic()
        self._link: tuple[LinkState, str] | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"PexipDriver({self._base!r}, user={self._user!r})"

    @property
    def ever_connected(self) -> bool:
        return self._polled_ok

    @property
    def login_refused(self) -> bool:
        fault = self._poll_fault
        return not self._polled_ok and fault is not None and fault.reason is LinkReason.AUTH

    @property
    def discarded_values(self) -> int:
        """Media values discarded as absurd since the driver started."""
        return self.discards.total

    # --- lifecycle --------------------------------------------------------------------------------

    async def connect(self) -> None:
        if self._client is not None or self._closed:
            return
        verify: ssl.SSLContext | bool = True
        if self._ca_bundle:
            verify = ssl.create_default_context(cafile=self._ca_bundle)
        self._client = httpx.AsyncClient(
            verify=verify,
            timeout=httpx.Timeout(self._timeout),
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=16),
            headers={"user-agent": "Bridgewall"},
            trust_env=False,
        )
        self._last_answer = time.monotonic()
        await self._set_link()
        loop = asyncio.get_running_loop()
        self._tasks.append(loop.create_task(self._poll_loop(), name="pexip-poll"))
        if self._only:
            self._follow(self._only)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._log_discards(force=True)
        tasks = self._tasks + list(self._streams.values())
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._streams.clear()
        if self._client is not None:
            sessions = list(self._sessions.values())
            with contextlib.suppress(Exception):
                await asyncio.wait_for(
                    asyncio.gather(*(s.release() for s in sessions), return_exceptions=True),
                    timeout=min(self._timeout, 2.0) + 0.5,
                )
            for s in sessions:
                s.drop()
            await self._client.aclose()
        while True:
            try:
                self._queue.put_nowait(_CLOSED)
                break
            except asyncio.QueueFull:
                self._queue.get_nowait()

    async def events(self) -> AsyncIterator[McuEvent]:
        while True:
            item = await self._queue.get()
            if item is _CLOSED:
                self._queue.put_nowait(_CLOSED)  # any other reader ends too
                return
            if isinstance(item, _StatsSlot):
                stats = self._pending_stats.pop(item.conference, None)
                if stats is not None:
                    yield stats
            else:
                yield item  # type: ignore[misc]

    async def _emit(self, events: Sequence[McuEvent]) -> None:
        for ev in events:
            if self._closed:
                return
            if isinstance(ev, MediaStats):
                queued = ev.conference in self._pending_stats
                self._pending_stats[ev.conference] = ev  # a slow reader gets the newest, not a backlog
                if queued:
                    continue
                item: object = _StatsSlot(ev.conference)
            else:
                item = ev
            try:
                self._queue.put_nowait(item)
            except asyncio.QueueFull:
                await self._queue.put(item)

    # --- link state -------------------------------------------------------------------------------

    async def _set_link(self) -> None:
        reason = LinkReason.NONE
        if self._poll_fault is not None:
            state, error, reason = self._poll_fault.state, str(self._poll_fault), self._poll_fault.reason
        elif self._stream_faults:
            fault = next(iter(self._stream_faults.values()))
            state, error, reason = LinkState.DEGRADED, str(fault), fault.reason
        elif self._polled_ok:
            state, error = LinkState.CONNECTED, ""
        else:
            state, error = LinkState.CONNECTING, ""
        if self._link == (state, error):
            return
        self._link = (state, error)
        if state is LinkState.UNREACHABLE:
            error = f"{error}; no answer for {time.monotonic() - self._last_answer:.0f} s"
        if state in (LinkState.DEGRADED, LinkState.UNREACHABLE):
            log.warning("MCU %s: %s (%s): %s", self._base, state.value, reason.value, loggable(error))
        else:
            log.info("MCU %s: %s", self._base, state.value)
        await self._emit([LinkChanged(utcnow(), state, error, reason)])

    # --- HTTP -------------------------------------------------------------------------------------

    def _client_path(self, conference: str, action: str) -> str:
        return f"{CLIENT}/{quote(conference, safe='')}/{action}"

    async def _send(
        self,
        method: str,
        path: str,
        *,
        what: str,
        mgmt: bool = False,
        params: Mapping[str, str | int] | None = None,
        json: Json = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> bytes:
        """One request; the body of a 2xx reply, else `_Fault` (never a credential in its message)."""
        client = self._client
        if client is None or self._closed:
            raise _Fault("unreachable", LinkState.UNREACHABLE, f"{what}: not connected")
        url = path if path.startswith(("http://", "https://")) else self._base + path
        deadline = self._reply_deadline if timeout is None else max(timeout, 0.001)
        try:
            async with asyncio.timeout(deadline):
                async with client.stream(
                    method,
                    url,
                    params=params,
                    content=orjson.dumps(json) if json is not None else None,
                    headers={
                        **(headers or {}),
                        **({"content-type": "application/json"} if json is not None else {}),
                    },
                    auth=self._auth if mgmt else None,
                    timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT,
                ) as r:
                    self._last_answer = time.monotonic()
                    if not 200 <= r.status_code < 300:
                        raise _status_fault(r.status_code, what)
                    return await self._read_body(r, what)
        except TimeoutError:
            raise _Fault(
                "slow", LinkState.DEGRADED, f"{what}: reply not complete within {deadline:g} s"
            ) from None
        except httpx.HTTPError as exc:
            raise _transport_fault(exc, what) from None

    async def _read_body(self, r: httpx.Response, what: str) -> bytes:
        """The body of `r`, read as it arrives and refused past `max_reply` bytes (declared or actual)."""
        cap = self._max_reply
        declared = r.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise self._too_large(what)
        body = bytearray()
        async for chunk in r.aiter_bytes():
            body += chunk
            if len(body) > cap:
                raise self._too_large(what)
        return bytes(body)

    def _too_large(self, what: str) -> _Fault:
        return _Fault(
            "too_large", LinkState.DEGRADED, f"{what}: reply larger than {_megabytes(self._max_reply)}"
        )

    async def _get_list(self, path: str, params: dict[str, str | int], what: str) -> list[Json]:
        """Every object of a Tastypie list, following meta.next."""
        objects: list[Json] = []
        url: str = path
        query: dict[str, str | int] | None = {**params, "limit": self._page_limit}
        seen: set[str] = set()
        for _ in range(MAX_PAGES):
            body = await self._send("GET", url, what=what, mgmt=True, params=query)
            try:
                page, nxt = parse_page(body)
            except MalformedReply as exc:
                raise _Fault("malformed", LinkState.DEGRADED, f"{what}: {exc}") from None
            objects.extend(page)
            if nxt is None or not page:
                return objects
            full = httpx.URL(self._base + "/").join(nxt)
            if (full.scheme, full.netloc.decode("ascii", "replace")) != self._origin or str(full) in seen:
                raise _Fault("malformed", LinkState.DEGRADED, f"{what}: unusable meta.next")
            seen.add(str(full))
            url, query = str(full), None
        raise _Fault("malformed", LinkState.DEGRADED, f"{what}: more than {MAX_PAGES} pages")

    # --- polling ----------------------------------------------------------------------------------

    async def _poll_loop(self) -> None:
        backoff = Backoff(self._poll_interval, self._max_backoff)
        while not self._closed:
            started = time.monotonic()
            try:
                await self._poll_once(started)
            except _Fault as fault:
                self._poll_fault = fault
                delay = backoff.next()
            except Exception as exc:  # a bug must not stop the monitoring
                self._unexpected_failure("poll", exc)
                self._poll_fault = _Fault("malformed", LinkState.DEGRADED, f"poll: {type(exc).__name__}")
                delay = backoff.next()
            else:
                self._poll_fault = None
                self._polled_ok = True
                backoff.reset()
                delay = max(0.0, self._poll_interval - (time.monotonic() - started))
            self._log_discards()
            await self._set_link()
            await asyncio.sleep(delay)

    def _unexpected_failure(self, where: str, exc: Exception) -> None:
        """A bug met on MCU input: its traceback once, then one line each time it recurs."""
        key = f"{where}:{type(exc).__name__}"
        if key in self._unexpected:
            log.warning(
                "Pexip %s failed unexpectedly again: %s", where, loggable(f"{type(exc).__name__}: {exc}")
            )
            return
        self._unexpected.add(key)
        log.error("Pexip %s failed unexpectedly", where, exc_info=exc)

    def _log_discards(self, force: bool = False) -> None:
        """Say how many absurd media values were discarded: at once the first time, then at most every interval."""
        total = self.discards.total
        if total == self._discards_logged:
            return
        now = time.monotonic()
        last = self._discards_logged_at
        if not force and last is not None and now - last < self._discard_log_interval:
            return
        fields = ", ".join(f"{k} {n}" for k, n in self.discards.by_field.items() if n)
        log.warning(
            "discarded %d absurd media value(s) from the MCU since %s (%d in all: %s)",
            total - self._discards_logged,
            "the start" if last is None else f"{now - last:.0f} s ago",
            total,
            fields,
        )
        self._discards_logged = total
        self._discards_logged_at = now

    async def _poll_once(self, started: float) -> None:
        conf_objs = await self._get_list(f"{STATUS}/conference/", {}, "conference status")
        names: list[str] = []
        unnamed = 0
        for o in conf_objs:
            name = o.get("name") if isinstance(o, dict) else None
            cid = o.get("id") if isinstance(o, dict) else None
            cid = str(cid) if isinstance(cid, str | int) and not isinstance(cid, bool) else None
            if isinstance(name, str) and name and cid is not None:
                self._conf_ids[cid] = name
            elif cid is not None and cid in self._conf_ids:
                name = self._conf_ids[cid]  # a reply that left the name out: the id tells which
            if not isinstance(name, str) or not name:
                log.warning("skipping a conference without a name")
                unnamed += 1
            elif name not in names and (self._only is None or name == self._only):
                names.append(name)
        if conf_objs and unnamed == len(conf_objs):  # nonsense, not "no meeting": nobody leaves for it
            raise _Fault(
                "malformed", LinkState.DEGRADED, "conference status: no conference has a usable name"
            )
        sem = asyncio.Semaphore(8)

        async def participants(name: str) -> list[Json]:
            async with sem:
                return await self._get_list(
                    f"{STATUS}/participant/", {"conference": name}, "participant status"
                )

        lists = await asyncio.gather(*(participants(n) for n in names), return_exceptions=True)
        for res in lists:
            if isinstance(res, BaseException):
                raise res
            if res and not any(isinstance(o.get("id"), str) and o["id"] for o in res):
                raise _Fault(
                    "malformed", LinkState.DEGRADED, "participant status: no participant has a usable id"
                )
        streams = await self._get_list(f"{STATUS}/participant_media_stream/", {}, "media stream status")
        events = self._apply_poll(started, names, [r for r in lists if isinstance(r, list)], streams)
        await self._emit(events)
        for name in names:
            self._follow(name)
        for name in list(self._streams):
            if name not in names and name != self._only:
                await self._unfollow(name)

    def _apply_poll(
        self, started: float, names: list[str], lists: list[list[Json]], streams: list[Json]
    ) -> list[McuEvent]:
        now = utcnow()
        events: list[McuEvent] = []
        for conf in [c for c in self._confs if c not in names]:
            for gone in self._confs.pop(conf).values():
                events.append(self._left(gone.p, now))
        order: dict[str, list[str]] = {}
        for name, objs in zip(names, lists, strict=True):
            known = self._confs.setdefault(name, {})
            seen: list[str] = []
            seen_set: set[str] = set()
            for o in objs:
                uuid = o.get("id") if type(o) is dict else None
                if not isinstance(uuid, str) or not uuid:
                    participant_from_mgmt(o, name)  # logs why it is skipped
                    continue
                if uuid in seen_set or uuid in self._own:
                    continue
                rec: _Rec | None = known.get(uuid)
                if rec is None:
                    tomb = self._tombstones.get(uuid)
                    if tomb is not None and tomb >= started:
                        continue  # the event stream saw it leave after this poll began
                    p = participant_from_mgmt(o, name)
                    if p is None:
                        continue
                    old_conf = self._where.get(uuid)
                    moved = self._confs.get(old_conf, {}).pop(uuid, None) if old_conf else None
                    if moved is not None:
                        rec = moved
                        rec.p = replace(p, is_video_muted=rec.p.is_video_muted, buzz_time=rec.p.buzz_time)
                        rec.key = mgmt_key(o)
                        events.append(ParticipantUpdated(now, rec.p))
                    else:
                        rec = _Rec(p, mgmt_key(o), started)
                        events.append(ParticipantJoined(now, p))
                    known[uuid] = rec
                    self._where[uuid] = name
                else:
                    key = mgmt_key(o)
                    if key != rec.key:
                        p = participant_from_mgmt(o, name)
                        if p is None:
                            continue
                        rec.key = key
                        merged = _merge(
                            rec.p,
                            p,
                            o,
                            {
                                "display_name": "display_name",
                                "role": "role",
                                "protocol": "protocol",
                                "remote_address": "remote_address",
                                "is_muted": "is_muted",
                                "connect_time": "connect_time",
                            },
                        )
                        if merged != rec.p:
                            rec.p = merged
                            events.append(ParticipantUpdated(now, merged))
                rec.confirmed = max(rec.confirmed, started)
                seen.append(uuid)
                seen_set.add(uuid)
            for uuid, rec in list(known.items()):
                if uuid not in seen_set and rec.confirmed < started:
                    del known[uuid]
                    events.append(self._left(rec.p, now))
            order[name] = seen
        # one array for every participant polled, sliced per conference
        index: dict[str, int] = {}
        for name in names:
            for uuid in order[name]:
                index[uuid] = len(index)
        matrix = media_rows(streams, index, len(index), self.discards)
        matrix.setflags(write=False)
        at = 0
        for name in names:
            n = len(order[name])
            events.append(MediaStats(now, name, tuple(order[name]), matrix[at : at + n]))
            at += n
        horizon = time.monotonic() - 120.0
        for table in (self._tombstones, self._by_operator):
            for uuid in [u for u, t in table.items() if t < horizon]:
                del table[uuid]
        return events

    def _left(self, p: Participant, now: Any) -> ParticipantLeft:
        self._where.pop(p.uuid, None)
        by_operator = self._by_operator.pop(p.uuid, None) is not None
        return ParticipantLeft(now, p.conference, p.uuid, p.display_name, by_operator=by_operator)

    async def _own_uuid(self, uuid: str) -> None:
        """Our client-API participant is not a site: forget it if a poll reported it already."""
        self._own.add(uuid)
        conf = self._where.get(uuid)
        if conf is not None:
            rec = self._confs.get(conf, {}).pop(uuid, None)
            if rec is not None:
                await self._emit([self._left(rec.p, utcnow())])

    # --- event stream -----------------------------------------------------------------------------

    def _session(self, conference: str) -> _Session:
        s = self._sessions.get(conference)
        if s is None:
            s = self._sessions[conference] = _Session(self, conference)
        return s

    def _follow(self, conference: str) -> None:
        if conference not in self._streams and not self._closed:
            task = asyncio.get_running_loop().create_task(self._stream_loop(conference), name="pexip-events")
            self._streams[conference] = task

    async def _unfollow(self, conference: str) -> None:
        task = self._streams.pop(conference, None)
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        session = self._sessions.pop(conference, None)
        if session is not None:
            session.drop()
        self._speakers.pop(conference, None)
        self._layouts.pop(conference, None)
        if self._stream_faults.pop(conference, None) is not None:
            await self._set_link()

    async def _stream_loop(self, conference: str) -> None:
        backoff = Backoff(min(1.0, self._poll_interval), self._max_backoff)
        while not self._closed:
            try:
                healthy = await self._stream_once(conference, backoff)
                if not healthy:
                    raise _Fault("malformed", LinkState.DEGRADED, "event stream: closed before any event")
                delay = backoff.next()  # a clean end: reconnect soon
            except _Fault as fault:
                self._stream_faults[conference] = fault
                await self._set_link()
                delay = backoff.next()
            except Exception as exc:
                self._unexpected_failure("event stream", exc)
                self._stream_faults[conference] = _Fault(
                    "malformed", LinkState.DEGRADED, f"event stream: {type(exc).__name__}"
                )
                await self._set_link()
                delay = backoff.next()
            await asyncio.sleep(delay)

    async def _stream_once(self, conference: str, backoff: Backoff) -> bool:
        """Follow the stream until it ends; True when it delivered a whole event (or keep-alive) first.

        A stream that sends a line or two and then nothing usable (an endless line, a stall) stays in fault across
        its reconnects, so the fault lasts, as it does, instead of flickering back to CONNECTED each time.
        """
        client = self._client
        assert client is not None
        session = self._session(conference)
        token = await session.get()
        what = "event stream"
        healthy = False
        url = self._base + self._client_path(conference, "events")
        timeout = httpx.Timeout(self._timeout, read=self._stall)
        try:
            async with client.stream("GET", url, params={"token": token}, timeout=timeout) as r:
                if r.status_code in (401, 403):
                    session.drop()
                if r.status_code != 200:
                    raise _status_fault(r.status_code, what)
                self._last_answer = time.monotonic()
                parser = SseParser(max_line=self._max_line, max_event=self._max_event)
                lines, line_at = 0, time.monotonic()
                async for chunk in r.aiter_raw():
                    for ev in parser.feed(chunk):
                        if await self._on_event(conference, ev):
                            session.drop()
                            return True
                    if parser.dropped:
                        self._dropped(conference, parser.dropped)
                        parser.dropped = 0
                    now = time.monotonic()
                    if parser.lines != lines:
                        lines, line_at = parser.lines, now
                    elif now - line_at > self._stall:  # bytes, but no line ends: an endless line or a trickle
                        raise _Fault(
                            "stalled",
                            LinkState.DEGRADED,
                            f"{what}: stalled, no complete line for {self._stall:g} s",
                        )
                    if not healthy and parser.blocks:  # a whole event or keep-alive, not just a line
                        healthy = True
                        backoff.reset()
                        if self._stream_faults.pop(conference, None) is not None:
                            await self._set_link()
        except httpx.ReadTimeout:
            raise _Fault(
                "stalled", LinkState.DEGRADED, f"{what}: stalled, nothing received for {self._stall:g} s"
            ) from None
        except httpx.HTTPError as exc:
            raise _transport_fault(exc, what) from None
        return healthy

    def _dropped(self, conference: str, n: int) -> None:
        self.dropped_events += n
        log.warning(
            "event stream of %s: skipped %d event(s) over the size limits (%s a line, %s an event; %d so far)",
            loggable(conference),
            n,
            _megabytes(self._max_line),
            _megabytes(self._max_event),
            self.dropped_events,
        )

    async def _on_event(self, conference: str, ev: SseEvent) -> bool:
        """Apply one event; True when the server ended our session."""
        kind = ev.event
        if kind in ("participant_sync_begin", "participant_sync_end", "message") and not ev.data.strip():
            return False
        if kind not in (
            "participant_create",
            "participant_update",
            "participant_delete",
            "stage",
            "layout",
            "disconnect",
        ):
            return False
        try:
            data = decode(ev.data.encode())
        except MalformedReply as exc:
            log.warning("skipping a malformed %s event: %s", loggable(kind), loggable(exc))
            return False
        now = utcnow()
        if kind in ("participant_create", "participant_update"):
            p = participant_from_client(data, conference)
            if p is not None and p.uuid not in self._own:
                await self._emit(self._client_participant(conference, p, data, now))
        elif kind == "participant_delete":
            uuid = data.get("uuid") if isinstance(data, dict) else None
            if not isinstance(uuid, str) or not uuid:
                log.warning("skipping a participant_delete without a uuid")
                return False
            self._tombstones[uuid] = time.monotonic()
            conf = self._where.get(uuid)
            rec = self._confs.get(conf, {}).pop(uuid, None) if conf else None
            if rec is not None:
                await self._emit([self._left(rec.p, now)])
        elif kind == "stage":
            speakers = self._stage(data)
            if speakers is not None and self._speakers.get(conference) != speakers:
                self._speakers[conference] = speakers
                await self._emit([ActiveSpeakers(now, conference, speakers)])
        elif kind == "layout":
            view = data.get("view", data.get("layout")) if isinstance(data, dict) else None
            if not isinstance(view, str) or not view:
                log.warning("skipping a layout event without a view")
            elif self._layouts.get(conference) != view:
                self._layouts[conference] = view
                await self._emit([LayoutChanged(now, conference, view)])
        elif kind == "disconnect":
            return True
        return False

    def _client_participant(
        self, conference: str, p: Participant, raw: dict[str, Any], now: Any
    ) -> list[McuEvent]:
        events: list[McuEvent] = []
        known = self._confs.setdefault(conference, {})
        rec = known.get(p.uuid)
        if rec is None:
            rec = _Rec(p, None, time.monotonic())
            known[p.uuid] = rec
            self._where[p.uuid] = conference
            events.append(ParticipantJoined(now, p))
            if p.buzz_time is not None:
                events.append(HandRaised(now, conference, p.uuid, p.display_name, p.buzz_time))
            return events
        old = rec.p
        merged = _merge(
            old,
            p,
            raw,
            {
                "display_name": "display_name",
                "role": "role",
                "protocol": "protocol",
                "is_muted": "is_muted",
                "is_video_muted": "is_video_muted",
                "spotlight": "spotlight",
                "buzz_time": "buzz_time",
            },
        )
        if old.connect_time is None and p.connect_time is not None:
            merged = replace(merged, connect_time=p.connect_time)
        rec.confirmed = time.monotonic()
        if merged == old:
            return events
        rec.p = merged
        events.append(ParticipantUpdated(now, merged))
        if merged.buzz_time is not None and merged.buzz_time != old.buzz_time:
            events.append(HandRaised(now, conference, p.uuid, merged.display_name, merged.buzz_time))
        elif merged.buzz_time is None and old.buzz_time is not None:
            events.append(HandLowered(now, conference, p.uuid, merged.display_name))
        return events

    def _stage(self, data: Json) -> tuple[str, ...] | None:
        if not isinstance(data, list):
            log.warning("skipping a stage event that is not a list")
            return None
        entries: list[tuple[float, int, str]] = []
        for i, e in enumerate(data):
            if not isinstance(e, dict):
                continue
            uuid = e.get("participant_uuid")
            if not isinstance(uuid, str) or not uuid or uuid in self._own:
                continue
            vad = e.get("vad", 1)
            if isinstance(vad, int | float) and not isinstance(vad, bool) and vad <= 0:
                continue
            idx = e.get("stage_index")
            order = float(idx) if isinstance(idx, int | float) and not isinstance(idx, bool) else float(i)
            entries.append((order, i, uuid))
        entries.sort()
        return tuple(dict.fromkeys(u for _, _, u in entries))

    # --- commands ---------------------------------------------------------------------------------

    async def _mgmt_command(self, path: str, body: dict[str, str]) -> None:
        raw = await self._send("POST", f"{COMMAND}/{path}/", what=path, mgmt=True, json=body)
        if not raw.strip():
            return
        try:
            doc = decode(raw)
        except MalformedReply as exc:
            raise McuError("malformed", f"{path}: {exc}") from None
        if isinstance(doc, dict) and doc.get("status", "success") != "success":
            raise McuError(
                "refused", f"{path}: {_one_line(str(doc.get('message') or doc.get('status')), 120)}"
            )

    async def _client_command(
        self, conference: str, action: str, body: Json = None, method: str = "POST"
    ) -> Json:
        what = action.rpartition("/")[2] or action
        session = self._session(conference)
        for attempt in range(2):
            token = await session.get()
            try:
                raw = await self._send(
                    method,
                    self._client_path(conference, action),
                    what=what,
                    json=body,
                    headers={"token": token},
                )
            except _Fault as fault:
                if fault.code == "auth" and attempt == 0:
                    session.drop()  # an expired token: ask for a new one once
                    continue
                raise
            try:
                result = client_result(raw)
            except MalformedReply as exc:
                raise McuError("malformed", f"{what}: {exc}") from None
            if result is False:
                raise McuError("refused", f"{what}: the MCU declined")
            return result
        raise McuError("auth", f"{what}: not authorised")

    async def conferences(self) -> list[str]:
        objs = await self._get_list(f"{STATUS}/conference/", {}, "conference status")
        names = [o["name"] for o in objs if isinstance(o, dict) and isinstance(o.get("name"), str)]
        return [n for n in dict.fromkeys(names) if self._only is None or n == self._only]

    async def mute_audio(self, conference: str, uuid: str, muted: bool) -> None:
        await self._mgmt_command(
            "participant/mute" if muted else "participant/unmute", {"participant_id": uuid}
        )

    async def mute_video(self, conference: str, uuid: str, muted: bool) -> None:
        action = "video_muted" if muted else "video_unmuted"
        await self._client_command(conference, f"participants/{quote(uuid, safe='')}/{action}")

    async def disconnect(self, conference: str, uuid: str) -> None:
        self._by_operator[uuid] = time.monotonic()
        try:
            await self._mgmt_command("participant/disconnect", {"participant_id": uuid})
        except McuError:
            self._by_operator.pop(uuid, None)
            raise

    async def dial(self, conference: str, destination: str, display_name: str = "") -> None:
        body: dict[str, str] = {"role": "GUEST", "destination": destination, "protocol": "auto"}
        if display_name:
            body["remote_display_name"] = display_name
        await self._client_command(conference, "dial", body)

    async def lock(self, conference: str, locked: bool) -> None:
        await self._client_command(conference, "lock" if locked else "unlock")

    async def transform_layout(self, conference: str, layout: str) -> None:
        await self._client_command(conference, "transform_layout", {"transforms": {"layout": layout}})

    async def available_layouts(self, conference: str) -> list[str]:
        result = await self._client_command(conference, "available_layouts", method="GET")
        if not isinstance(result, list):
            raise McuError("malformed", "available_layouts: not a list")
        out: list[str] = []
        for item in result:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and name:
                out.append(name)
        return out

    async def lower_hand(self, conference: str, uuid: str) -> None:
        await self._client_command(conference, f"participants/{quote(uuid, safe='')}/clearbuzz")

    async def lower_all_hands(self, conference: str) -> None:
        await self._client_command(conference, "clearallbuzz")

    async def spotlight(self, conference: str, uuid: str, on: bool) -> None:
        action = "spotlighton" if on else "spotlightoff"
        await self._client_command(conference, f"participants/{quote(uuid, safe='')}/{action}")

    async def camera_move(
        self, conference: str, uuid: str, axis: Axis, direction: str, timeout_ms: int
    ) -> None:
        axis = Axis(axis)
        if direction not in _DIRECTIONS[axis]:
            raise McuError("refused", f"fecc: {axis.value} moves {' or '.join(_DIRECTIONS[axis])}")
        body = {
            "action": "start",
            "target": uuid,
            "movement": [{"axis": axis.value, "direction": direction}],
            "timeout": int(max(1, min(timeout_ms, 60_000))),
        }
        await self._client_command(conference, f"participants/{quote(uuid, safe='')}/fecc", body)


def _merge(
    old: Participant, new: Participant, raw: Mapping[str, Any], fields: Mapping[str, str]
) -> Participant:
    """`old` with the fields the MCU actually sent (wire name -> attribute) taken from `new`.

    A field the reply left out (or sent empty / unreadable where a value is expected) keeps its old value.
    """
    changes: dict[str, Any] = {}
    for wire, attr in fields.items():
        if raw.get(wire) is None:
            continue
        value = getattr(new, attr)
        if attr in ("display_name", "protocol") and not raw.get(wire):
            continue
        if attr == "connect_time" and value is None:
            continue
        changes[attr] = value
    if new.conference != old.conference:
        changes["conference"] = new.conference
    return replace(old, **changes) if changes else old


def driver_from_url(
    url: str,
    user: str,
    password: str | None = None,
    ca_bundle: str | None = None,
    conference: str | None = None,
    poll_interval: float = 1.0,
    timeout: float = 5.0,
    **options: Any,
) -> PexipDriver:
    """`pexip+http://HOST:PORT` or `pexip+https://HOST:PORT`; the password defaults to $MCU_PASSWORD."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme not in ("pexip+http", "pexip+https"):
        raise ValueError("a Pexip address is pexip+http://HOST:PORT or pexip+https://HOST:PORT")
    if password is None:
        password = os.environ.get("MCU_PASSWORD", "")
    return PexipDriver(
        f"{scheme.removeprefix('pexip+')}://{rest}",
        user,
        password,
        ca_bundle=ca_bundle,
        conference=conference,
        poll_interval=poll_interval,
        timeout=timeout,
        **options,
    )


__all__ = ["Backoff", "PexipDriver", "driver_from_url"]
