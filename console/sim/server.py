"""The simulated Pexip Infinity MCU over HTTP: a Starlette app served by uvicorn.

    python main.py sim --host 127.0.0.1 --port 8443 --sites 150 --scenario normal --seed 1

prints one line `listening on http://HOST:PORT` once it accepts connections and runs until SIGINT/SIGTERM
(exit 0). In tests and in the GUI's demo use `SimServer` (a context manager running uvicorn in a thread).

Management API (HTTP Basic; user "admin", password from MCU_PASSWORD, default "bridgewall"):
    GET  /api/admin/status/v1/conference/[<id>/]
    GET  /api/admin/status/v1/participant/[<id>/]            ?conference=<name>
    GET  /api/admin/status/v1/participant/<id>/media_stream/
    GET  /api/admin/status/v1/participant_media_stream/      ?participant=<id or resource_uri> (or participant_id)
    POST /api/admin/command/v1/participant/{dial,disconnect,mute,unmute,role,transfer}/
    POST /api/admin/command/v1/conference/{lock,unlock,mute_guests,unmute_guests,disconnect,transform_layout}/
Lists are Tastypie lists (`meta` + `objects`), `?limit=` (default 20, at most 5000; 0 = the maximum) and
`?offset=`, `meta.next`/`meta.previous` relative URLs or null. Command errors: 400 {"status": "failed",
"reason": ..., "message": ...}.

Client REST API under /api/client/v2/conferences/<alias>/ (alias "giaoban"): request_token, refresh_token,
release_token; then header `token` (or `?token=` on events): participants, available_layouts, conference_status,
participants/<uuid>/<action>, conference actions, and the event stream at `events`. A missing, unknown or
expired token is answered 403 {"status": "failed", "result": "Invalid token"}. The token holder is a control
session: it is not listed among the participants.

Test hooks (no auth, loopback clients only; 403 otherwise). A site `ref` is its index, its code, its current
participant uuid or its display name:
    GET    /_sim/state                      tick, pause state, counts, storm district, speakers
    GET    /_sim/sites                      every site: index, code, name, district, connected, uuid, buzz_time
    POST   /_sim/sites/<ref>/drop           the link goes down (participant_delete); no automatic return
    POST   /_sim/sites/<ref>/restore        the site rejoins with a new uuid (participant_create)
    POST   /_sim/sites/<ref>/metrics        {"loss": 12.5, "jitter": 80, "bitrate": 0, ...}; null unpins
    POST   /_sim/sites/<ref>/silence        {"on": true}: no sound from the site, never a speaker; false undoes
    POST   /_sim/sites/<ref>/hand           {"raised": true, "at": <epoch seconds, optional>} → {"buzz_time": ...}
    POST   /_sim/speakers                   {"sites": [ref, ...]} (stage order)
    POST   /_sim/tick                       {"n": 5} advance 5 ticks now
    POST   /_sim/pause, /_sim/resume        stop / restart the 1 Hz clock
    GET    /_sim/faults                     the active faults
    POST   /_sim/faults                     {"kind": "http_5xx", "count": 3, "path_prefix": "/api/admin/",
                                             "status": 502, "delay_ms": 0, "size": 0} or a list of such objects
    DELETE /_sim/faults[?kind=...]          clear all faults (or one kind)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import concurrent.futures
import contextlib
import hmac
import ipaddress
import logging
import os
import secrets
import signal
import socket
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from console.sim import faults as fx
from console.sim.faults import FaultKind, Faults
from console.sim.wire import (
    STATUS,
    Rendered,
    client_participant,
    conference_status,
    media_streams,
    participant_status,
)
from console.sim.world import LAYOUTS, SimError, World, WorldEvent

log = logging.getLogger("console.sim.server")

DEFAULT_USER = "admin"
DEFAULT_PASSWORD = "bridgewall"
DEFAULT_LIMIT = 20
MAX_LIMIT = 5000
CLIENT = "/api/client/v2/conferences/{alias}"
COMMAND = "/api/admin/command/v1"
ENDLESS_CAP = 256 * 1024 * 1024


def env_password() -> str:
    return os.environ.get("MCU_PASSWORD") or DEFAULT_PASSWORD


def json_response(doc: Any, status: int = 200) -> Response:
    return Response(fx.render_json(doc), status_code=status, media_type="application/json")


def raw_json(body: bytes, status: int = 200) -> Response:
    return Response(body, status_code=status, media_type="application/json")


@dataclass
class Token:
    alias: str
    participant_uuid: str
    display_name: str
    expires_at: float  # time.monotonic()


# --- fault middleware (outermost, so it sees uvicorn's own receive) ------------------------------------


class FaultMiddleware:
    """Applies the transport-level faults: latency, 5xx, 401/403, malformed/truncated/nested/wrong-shaped bodies,
    dropped connections, trickled and endless replies. `closing` is set when the simulator stops: a reply that
    would go on for ever ends then.
    """

    def __init__(
        self, app: ASGIApp, faults: Faults, closing: Callable[[], asyncio.Event] | None = None
    ) -> None:
        self.app = app
        self.faults = faults
        self._closing = closing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.faults:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        f = self.faults
        latency = f.take(FaultKind.LATENCY, path)
        if latency is not None:
            await asyncio.sleep(latency.delay_ms / 1000.0)
        if f.take(FaultKind.DROP_CONNECTION, path) is not None:
            self._drop(receive)
            return
        err = f.take(FaultKind.HTTP_5XX, path)
        if err is not None:
            await self._send(send, err.status, fx.HTML_5XX.format(code=err.status).encode(), b"text/html")
            return
        if f.take(FaultKind.HTTP_401, path) is not None:
            await self._send(
                send,
                401,
                b"Authorization Required",
                b"text/plain",
                [(b"www-authenticate", b'Basic realm="pexip"')],
            )
            return
        if f.take(FaultKind.HTTP_403, path) is not None:
            await self._send(send, 403, b'{"status": "failed", "result": "Forbidden"}', b"application/json")
            return
        if path.endswith("/events"):  # the event stream applies body faults per message
            await self.app(scope, receive, send)
            return
        if f.take(FaultKind.MALFORMED_JSON, path) is not None:
            await self._send(send, 200, fx.MALFORMED_BODY, b"application/json")
            return
        if f.take(FaultKind.NESTED_NAN, path) is not None:
            await self._send(send, 200, fx.nested_nan(), b"application/json")
            return
        shape = f.take(FaultKind.WRONG_SHAPE, path)
        if shape is not None:
            body = fx.WRONG_SHAPES[(shape.hits - 1) % len(fx.WRONG_SHAPES)]
            await self._send(send, 200, body, b"application/json")
            return
        if f.take(FaultKind.ENDLESS_BODY, path) is not None:
            await self._endless(receive, send)
            return
        if f.take(FaultKind.TRUNCATED_JSON, path) is not None:
            await self._truncated(scope, receive, send)
            return
        trickle = f.take(FaultKind.TRICKLE, path)
        if trickle is not None:
            await self._trickle(scope, receive, send, trickle.size or 1, trickle.delay_ms / 1000.0)
            return
        await self.app(scope, receive, send)

    def _stopping(self) -> bool:
        return self._closing is not None and self._closing().is_set()

    @staticmethod
    def _gone(receive: Receive) -> bool:
        """Whether the client has left (uvicorn's request cycle knows it without a receive())."""
        return bool(getattr(getattr(receive, "__self__", None), "disconnected", False))

    async def _endless(self, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json")]  # no length: chunked, for ever
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send(
            {
                "type": "http.response.body",
                "body": b'{"meta": {"next": null}, "objects": [',
                "more_body": True,
            }
        )
        filler = b'{"id": "x", "display_name": "' + b"y" * 65_000 + b'"},'
        sent = 0
        while sent < ENDLESS_CAP and not self._gone(receive) and not self._stopping():
            await send({"type": "http.response.body", "body": filler, "more_body": True})
            sent += len(filler)
        await send({"type": "http.response.body", "body": b"{}]}"})

    async def _trickle(self, scope: Scope, receive: Receive, send: Send, size: int, delay: float) -> None:
        start, body = await self._capture(scope, receive)
        await send(start)
        sent = 0
        while sent < len(body) and not self._gone(receive):
            if self._stopping():  # the simulator stops: the rest at once, so the reply ends properly
                size = len(body)
            await send({"type": "http.response.body", "body": body[sent : sent + size], "more_body": True})
            sent += size
            if sent < len(body):
                await asyncio.sleep(delay)
        await send({"type": "http.response.body", "body": b""})

    async def _capture(self, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
        """The app's whole reply: its start message and its body."""
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        return start, b"".join(chunks)

    @staticmethod
    def _drop(receive: Receive) -> None:
        cycle = getattr(receive, "__self__", None)
        transport = getattr(cycle, "transport", None)
        if transport is None:
            raise ConnectionAbortedError("simulated dropped connection")
        cycle.disconnected = True  # type: ignore[union-attr]  # uvicorn then sends nothing more
        transport.close()

    @staticmethod
    async def _send(
        send: Send, status: int, body: bytes, ctype: bytes, extra: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), *(extra or [])]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _truncated(self, scope: Scope, receive: Receive, send: Send) -> None:
        start, body = await self._capture(scope, receive)
        cut = body[: max(1, len(body) // 2)] if len(body) > 1 else b"{"
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(cut)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": cut})


# --- the application ---------------------------------------------------------------------------------


class SimApp:
    """The ASGI application around one World and one Faults registry (`.asgi` is what uvicorn serves)."""

    def __init__(
        self,
        world: World,
        faults: Faults | None = None,
        *,
        user: str = DEFAULT_USER,
        password: str | None = None,
        keepalive: float = 10.0,
        token_ttl: float = 120.0,
        tick_interval: float = 1.0,
        on_started: Callable[[], None] | None = None,
    ) -> None:
        self.world = world
        self.faults = faults if faults is not None else Faults()
        self.user = user
        self.password = env_password() if password is None else password
        self.keepalive = keepalive
        self.token_ttl = token_ttl
        self.tick_interval = tick_interval
        self.on_started = on_started
        self.rendered = Rendered(world)
        self.tokens: dict[str, Token] = {}
        self.loop: asyncio.AbstractEventLoop | None = None
        self._streams: dict[asyncio.Queue[WorldEvent | str | None], str] = {}  # queue → token
        self._closing = asyncio.Event()
        self.app = Starlette(routes=self._routes(), lifespan=self._lifespan)
        self.asgi: ASGIApp = FaultMiddleware(self.app, self.faults, lambda: self._closing)

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.loop = asyncio.get_running_loop()
        self._closing = asyncio.Event()
        ticker = asyncio.create_task(self._ticker())
        if self.on_started is not None:
            self.on_started()
        try:
            yield
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    async def _ticker(self) -> None:
        while True:
            await asyncio.sleep(self.tick_interval)
            if not self.world.paused:
                self.world.tick()

    def close_streams(self) -> None:
        """End every open event stream, and refuse new ones from now on (call on the server's loop)."""
        self._closing.set()
        for q in list(self._streams):
            q.put_nowait(None)

    # --- routing ----------------------------------------------------------------------------------

    def _routes(self) -> list[Route]:
        c = CLIENT
        return [
            Route(f"{STATUS}/conference/", self.conference_list, methods=["GET"]),
            Route(f"{STATUS}/conference/{{id}}/", self.conference_one, methods=["GET"]),
            Route(f"{STATUS}/participant/", self.participant_list, methods=["GET"]),
            Route(f"{STATUS}/participant/{{id}}/", self.participant_one, methods=["GET"]),
            Route(f"{STATUS}/participant/{{id}}/media_stream/", self.participant_streams, methods=["GET"]),
            Route(f"{STATUS}/participant_media_stream/", self.stream_list, methods=["GET"]),
            Route(f"{COMMAND}/participant/{{action}}/", self.participant_command, methods=["POST"]),
            Route(f"{COMMAND}/conference/{{action}}/", self.conference_command, methods=["POST"]),
            Route(f"{c}/request_token", self.request_token, methods=["POST"]),
            Route(f"{c}/refresh_token", self.refresh_token, methods=["POST"]),
            Route(f"{c}/release_token", self.release_token, methods=["POST"]),
            Route(f"{c}/events", self.events, methods=["GET"]),
            Route(f"{c}/participants", self.client_participants, methods=["GET"]),
            Route(f"{c}/available_layouts", self.available_layouts, methods=["GET"]),
            Route(f"{c}/conference_status", self.client_conference_status, methods=["GET"]),
            Route(f"{c}/participants/{{uuid}}/{{action}}", self.client_participant_action, methods=["POST"]),
            Route(f"{c}/{{action}}", self.client_conference_action, methods=["POST"]),
            Route("/_sim/state", self.sim_state, methods=["GET"]),
            Route("/_sim/sites", self.sim_sites, methods=["GET"]),
            Route("/_sim/sites/{ref}/{action}", self.sim_site_action, methods=["POST"]),
            Route("/_sim/speakers", self.sim_speakers, methods=["POST"]),
            Route("/_sim/tick", self.sim_tick, methods=["POST"]),
            Route("/_sim/pause", self.sim_pause, methods=["POST"]),
            Route("/_sim/resume", self.sim_resume, methods=["POST"]),
            Route("/_sim/faults", self.sim_faults, methods=["GET", "POST", "DELETE"]),
        ]

    # --- management API ---------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        ok_user = hmac.compare_digest(user.encode(), self.user.encode())
        ok_password = hmac.compare_digest(password.encode(), self.password.encode())
        return ok_user and ok_password

    @staticmethod
    def _unauthorized() -> Response:
        return Response(
            "Authorization Required",
            status_code=401,
            media_type="text/plain",
            headers={"WWW-Authenticate": 'Basic realm="Pexip Infinity"'},
        )

    def _mutate(self, path: str, objects: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], bool] | None:
        """Objects changed by the body faults active for `path`, and whether extra fields were added; or None."""
        f = self.faults
        if not f:
            return None
        kinds = [k for k in (FaultKind.ABSURD_VALUES, FaultKind.EXTRA_FIELDS, FaultKind.MISSING_FIELDS)]
        taken = [k for k in kinds if f.take(k, path) is not None]
        if not taken:
            return None
        for k in taken:
            if k is FaultKind.ABSURD_VALUES:
                objects = fx.absurd(objects)
            elif k is FaultKind.EXTRA_FIELDS:
                objects = fx.extra(objects)
            else:
                objects = fx.missing(objects)
        return objects, FaultKind.EXTRA_FIELDS in taken

    def _page(
        self, request: Request, rendered: list[bytes], objects: list[dict[str, Any]] | None = None
    ) -> Response:
        """A Tastypie list of pre-rendered objects (`objects`: the same as dicts, for body faults)."""
        q = request.query_params
        try:
            limit = int(q.get("limit", DEFAULT_LIMIT))
            offset = int(q.get("offset", 0))
        except ValueError:
            return json_response({"error": "limit and offset must be integers"}, 400)
        if limit < 0 or offset < 0:
            return json_response({"error": "limit and offset must be >= 0"}, 400)
        limit = MAX_LIMIT if limit == 0 else min(limit, MAX_LIMIT)
        total = len(rendered)
        params = [(k, v) for k, v in q.multi_items() if k not in ("limit", "offset")]
        path = request.url.path

        def link(off: int) -> str:
            return f"{path}?{urlencode([*params, ('limit', str(limit)), ('offset', str(off))])}"

        meta: dict[str, Any] = {
            "limit": limit,
            "next": link(offset + limit) if offset + limit < total else None,
            "offset": offset,
            "previous": link(max(0, offset - limit)) if offset > 0 else None,
            "total_count": total,
        }
        items = rendered[offset : offset + limit]
        if objects is not None:
            mutated = self._mutate(path, objects[offset : offset + limit])
            if mutated is not None:
                page, extra_meta = mutated
                if extra_meta:
                    meta["x_shard"] = {"node": "10.0.0.10", "partial": False}
                items = [fx.render_json(o) for o in page]
        body = b'{"meta":' + orjson.dumps(meta) + b',"objects":[' + b",".join(items) + b"]}"
        return raw_json(body)

    def _single(self, request: Request, obj: dict[str, Any]) -> Response:
        mutated = self._mutate(request.url.path, [obj])
        return raw_json(fx.render_json(mutated[0][0] if mutated else obj))

    async def conference_list(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        with self.world.lock:
            conf = conference_status(self.world)
        name = request.query_params.get("name")
        objects = [conf] if name in (None, conf["name"]) else []
        return self._page(request, [orjson.dumps(o) for o in objects], objects)

    async def conference_one(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        with self.world.lock:
            conf = conference_status(self.world)
        if request.path_params["id"] not in (conf["id"], conf["name"]):
            return Response(status_code=404)
        return self._single(request, conf)

    async def participant_list(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        r = self.rendered
        r.refresh()
        conference = request.query_params.get("conference")
        if conference is not None and conference not in (
            self.world.conference_name,
            self.world.conference_id,
        ):
            return self._page(request, [], [])
        return self._page(request, r.participant_json, r.participants)

    async def participant_one(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        with self.world.lock:
            i = self.world.index_of_uuid(request.path_params["id"])
            if i is None:
                return Response(status_code=404)
            obj = participant_status(self.world, i)
        return self._single(request, obj)

    async def participant_streams(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        with self.world.lock:
            i = self.world.index_of_uuid(request.path_params["id"])
            if i is None:
                return Response(status_code=404)
            objects = media_streams(self.world, i)
        return self._page(request, [orjson.dumps(o) for o in objects], objects)

    async def stream_list(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        q = request.query_params
        wanted = q.get("participant") or q.get("participant_id") or q.get("participant__id")
        if wanted is None:
            r = self.rendered
            r.refresh()
            return self._page(request, r.stream_json, r.streams)
        pid = wanted.rstrip("/").rsplit("/", 1)[-1]
        with self.world.lock:
            i = self.world.index_of_uuid(pid)
            objects = media_streams(self.world, i) if i is not None else []
        return self._page(request, [orjson.dumps(o) for o in objects], objects)

    @staticmethod
    async def _body(request: Request) -> dict[str, Any]:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            doc = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise SimError(f"invalid JSON body: {exc}") from exc
        if not isinstance(doc, dict):
            raise SimError("the body must be a JSON object")
        return doc

    @staticmethod
    def _command_failed(message: str) -> Response:
        return json_response({"status": "failed", "reason": message, "message": message}, 400)

    async def participant_command(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        action = request.path_params["action"]
        w = self.world
        try:
            body = await self._body(request)
            if action == "dial":
                alias = str(body.get("conference_alias", ""))
                if alias and alias not in (w.conference_name, f"{w.conference_name}@hnth.gov.vn"):
                    raise SimError(f"unknown conference alias {alias!r}")
                uuid = w.dial(
                    str(body.get("destination", "")),
                    display_name=str(body.get("remote_display_name") or ""),
                    role=str(body.get("role") or "guest"),
                    protocol=str(body.get("protocol") or "sip"),
                )
                return json_response(
                    {"status": "success", "data": {"participant_id": uuid, "participant_ids": [uuid]}}
                )
            pid = str(body.get("participant_id") or body.get("participant_uuid") or "")
            if not pid:
                raise SimError("participant_id is required")
            if action == "disconnect":
                w.disconnect_participant(pid)
            elif action == "mute":
                w.set_muted(pid, True)
            elif action == "unmute":
                w.set_muted(pid, False)
            elif action == "role":
                w.set_role(pid, str(body.get("role", "")))
            elif action == "transfer":
                w.participant(pid)
                alias = str(body.get("conference_alias", ""))
                if alias != w.conference_name:
                    w.disconnect_participant(pid)
            else:
                return Response(status_code=404)
        except SimError as exc:
            return self._command_failed(str(exc))
        return json_response({"status": "success"})

    async def conference_command(self, request: Request) -> Response:
        if not self._authorized(request):
            return self._unauthorized()
        action = request.path_params["action"]
        w = self.world
        try:
            body = await self._body(request)
            cid = str(body.get("conference_id", ""))
            if cid not in (w.conference_id, w.conference_name):
                raise SimError(f"conference {cid!r} not found")
            apply = CONFERENCE_ACTIONS.get(MANAGEMENT_CONFERENCE_ACTIONS.get(action, ""))
            if apply is None:
                return Response(status_code=404)
            apply(w, body)
        except SimError as exc:
            return self._command_failed(str(exc))
        return json_response({"status": "success"})

    # --- client API -------------------------------------------------------------------------------

    def _alias_ok(self, request: Request) -> bool:
        alias = request.path_params["alias"]
        return alias in (self.world.conference_name, f"{self.world.conference_name}@hnth.gov.vn")

    @staticmethod
    def _client_failed(message: str, status: int) -> Response:
        return json_response({"status": "failed", "result": message}, status)

    def _token(self, request: Request, value: str | None = None) -> Token | None:
        value = value if value is not None else request.headers.get("token")
        if not value:
            return None
        token = self.tokens.get(value)
        if token is None or token.alias != request.path_params["alias"]:
            return None
        if time.monotonic() > token.expires_at:
            del self.tokens[value]
            return None
        return token

    def _new_token(self, alias: str, participant_uuid: str, display_name: str) -> str:
        value = secrets.token_urlsafe(24)
        self.tokens[value] = Token(alias, participant_uuid, display_name, time.monotonic() + self.token_ttl)
        return value

    async def request_token(self, request: Request) -> Response:
        if not self._alias_ok(request):
            return self._client_failed("Neither conference nor gateway found", 404)
        try:
            body = await self._body(request)
        except SimError as exc:
            return self._client_failed(str(exc), 400)
        display_name = body.get("display_name")
        if not isinstance(display_name, str) or not display_name:
            return self._client_failed("display_name is required", 400)
        alias = request.path_params["alias"]
        participant_uuid = self.world._new_uuid()
        value = self._new_token(alias, participant_uuid, display_name)
        return json_response(
            {
                "status": "success",
                "result": {
                    "token": value,
                    "expires": str(int(self.token_ttl)),
                    "participant_uuid": participant_uuid,
                    "display_name": display_name,
                    "role": "HOST",
                    "conference_name": self.world.conference_name,
                    "service_type": "conference",
                    "current_service_type": "conference",
                    "call_type": "video",
                    "fecc_enabled": True,
                    "chat_enabled": False,
                    "analytics_enabled": False,
                    "version": {"version_id": "36", "pseudo_version": "36.0.0"},
                },
            }
        )

    async def refresh_token(self, request: Request) -> Response:
        token = self._token(request)
        if token is None:
            return self._client_failed("Invalid token", 403)
        value = self._new_token(token.alias, token.participant_uuid, token.display_name)
        return json_response(
            {
                "status": "success",
                "result": {"token": value, "expires": str(int(self.token_ttl)), "role": "HOST"},
            }
        )

    async def release_token(self, request: Request) -> Response:
        value = request.headers.get("token", "")
        token = self._token(request)
        if token is None:
            return self._client_failed("Invalid token", 403)
        # the session ends: every token of this participant, and its event streams
        ended = {value} | {k for k, t in self.tokens.items() if t.participant_uuid == token.participant_uuid}
        for k in ended:
            self.tokens.pop(k, None)
        for q, owner in list(self._streams.items()):
            if owner in ended:
                q.put_nowait("released")
        return json_response({"status": "success", "result": True})

    async def client_participants(self, request: Request) -> Response:
        if self._token(request) is None:
            return self._client_failed("Invalid token", 403)
        w = self.world
        with w.lock:
            objects = [client_participant(w, i) for i in w.connected_indices()]
        mutated = self._mutate(request.url.path, objects)
        return json_response({"status": "success", "result": mutated[0] if mutated else objects})

    async def available_layouts(self, request: Request) -> Response:
        if self._token(request) is None:
            return self._client_failed("Invalid token", 403)
        return json_response({"status": "success", "result": list(LAYOUTS)})

    async def client_conference_status(self, request: Request) -> Response:
        if self._token(request) is None:
            return self._client_failed("Invalid token", 403)
        w = self.world
        return json_response(
            {
                "status": "success",
                "result": {
                    "locked": w.is_locked,
                    "guests_muted": w.guests_muted,
                    "started": True,
                    "presentation_allowed": True,
                    "guests_can_unmute": True,
                },
            }
        )

    async def client_participant_action(self, request: Request) -> Response:
        if self._token(request) is None:
            return self._client_failed("Invalid token", 403)
        uuid = request.path_params["uuid"]
        action = request.path_params["action"]
        w = self.world
        try:
            body = await self._body(request)
            simple: dict[str, Callable[[str], None]] = {
                "mute": lambda u: w.set_muted(u, True),
                "unmute": lambda u: w.set_muted(u, False),
                "video_muted": lambda u: w.set_video_muted(u, True),
                "video_unmuted": lambda u: w.set_video_muted(u, False),
                "disconnect": w.disconnect_participant,
                "buzz": w.buzz_participant,
                "clearbuzz": w.clear_buzz,
                "spotlighton": lambda u: w.set_spotlight(u, True),
                "spotlightoff": lambda u: w.set_spotlight(u, False),
            }
            if action in simple:
                simple[action](uuid)
            elif action == "fecc":
                target = body.get("target", uuid)
                w.fecc(str(target or uuid), body)
            elif action == "role":
                w.set_role(uuid, str(body.get("role", "")))
            elif action == "transfer":
                w.participant(uuid)
                if str(body.get("conference_alias", "")) != w.conference_name:
                    w.disconnect_participant(uuid)
            else:
                return self._client_failed(f"unknown action {action!r}", 404)
        except SimError as exc:
            return self._client_failed(str(exc), exc.status)
        return json_response({"status": "success", "result": True})

    async def client_conference_action(self, request: Request) -> Response:
        if not self._alias_ok(request):
            return self._client_failed("Neither conference nor gateway found", 404)
        if self._token(request) is None:
            return self._client_failed("Invalid token", 403)
        action = request.path_params["action"]
        w = self.world
        try:
            body = await self._body(request)
            apply = CONFERENCE_ACTIONS.get(CLIENT_CONFERENCE_ACTIONS.get(action, ""))
            if apply is not None:
                apply(w, body)
            elif action == "dial":
                uuid = w.dial(
                    str(body.get("destination", "")),
                    display_name=str(
                        body.get("remote_display_name") or body.get("source_display_name") or ""
                    ),
                    role=str(body.get("role") or "guest"),
                    protocol=str(body.get("protocol") or "sip"),
                )
                return json_response({"status": "success", "result": [uuid]})
            else:
                return self._client_failed(f"unknown action {action!r}", 404)
        except SimError as exc:
            return self._client_failed(str(exc), exc.status)
        return json_response({"status": "success", "result": True})

    # --- the event stream -------------------------------------------------------------------------

    async def events(self, request: Request) -> Response:
        value = request.query_params.get("token") or request.headers.get("token") or ""
        if self._token(request, value) is None:
            return self._client_failed("Invalid token", 403)
        if self._closing.is_set():  # stopping: a stream opened now would never end (close_streams has run)
            return self._client_failed("The service is shutting down", 503)
        path = request.url.path
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[WorldEvent | str | None] = asyncio.Queue()

        def push(event: WorldEvent) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(queue.put_nowait, event)

        endless = self.faults.take(FaultKind.ENDLESS_LINE, path) is not None
        stalled = self.faults.take(FaultKind.STALL_EVENTS, path) is not None
        snapshot, unsubscribe = self.world.subscribe(push)
        self._streams[queue] = value
        return StreamingResponse(
            self._event_body(path, queue, snapshot, unsubscribe, endless=endless, stalled=stalled),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    async def _event_body(
        self,
        path: str,
        queue: asyncio.Queue[WorldEvent | str | None],
        snapshot: list[dict[str, Any]],
        unsubscribe: Callable[[], None],
        *,
        endless: bool,
        stalled: bool,
    ) -> AsyncIterator[bytes]:
        counter = iter(range(1, 1 << 62))
        try:
            if endless:
                yield b'id: 1\nevent: participant_update\ndata: {"uuid": "'
                sent = 0
                while sent < ENDLESS_CAP and not self._closing.is_set():
                    yield b"x" * 16384
                    sent += 16384
                    await asyncio.sleep(0.002)
                return
            if stalled:
                await self._closing.wait()
                return
            yield self._frame(next(counter), "participant_sync_begin", {}, path)
            for p in snapshot:
                yield self._frame(next(counter), "participant_create", p, path)
            yield self._frame(next(counter), "participant_sync_end", {}, path)
            while True:
                huge = self.faults.take(FaultKind.HUGE_EVENT, path) if self.faults else None
                if huge is not None:
                    frame = self._huge_frame(next(counter), huge.size or fx.HUGE_EVENT_SIZE)
                    if frame:
                        yield frame
                try:
                    item = await asyncio.wait_for(queue.get(), self.keepalive)
                except TimeoutError:
                    if not self.faults.peek(FaultKind.STALL_EVENTS, path):
                        yield b": keep-alive\n\n"
                    continue
                if item is None:
                    return
                if isinstance(item, str):
                    yield self._frame(
                        next(counter), "disconnect", {"reason": "API initiated participant disconnect"}
                    )
                    return
                if self.faults.peek(FaultKind.STALL_EVENTS, path):
                    continue
                yield self._frame(next(counter), item.name, item.data, path)
                if item.name == "disconnect":
                    return
        finally:
            unsubscribe()
            self._streams.pop(queue, None)

    def _huge_frame(self, n: int, size: int) -> bytes:
        """A participant_update for the first connected site, its display name `size` bytes long."""
        w = self.world
        with w.lock:
            connected = w.connected_indices()
            if len(connected) == 0:
                return b""
            obj = client_participant(w, int(connected[0]))
        obj["display_name"] = "Xã " + "x" * max(0, size - 4)
        return self._frame(n, "participant_update", obj)

    def _frame(self, n: int, name: str, data: Any, path: str | None = None) -> bytes:
        body: bytes
        if path is not None and self.faults and self.faults.take(FaultKind.MALFORMED_JSON, path) is not None:
            body = b'{"uuid": "broken, "display_name": }'
        else:
            if (
                path is not None
                and isinstance(data, dict)
                and name.startswith("participant_")
                and "uuid" in data
            ):
                mutated = self._mutate(path, [data])
                if mutated is not None:
                    data = mutated[0][0]
            body = fx.render_json(data)
            if (
                path is not None
                and self.faults
                and self.faults.take(FaultKind.TRUNCATED_JSON, path) is not None
            ):
                body = body[: max(1, len(body) // 2)]
        return b"id: %d\nevent: %s\ndata: %s\n\n" % (n, name.encode(), body)

    # --- test hooks -------------------------------------------------------------------------------

    @staticmethod
    def _loopback(request: Request) -> bool:
        host = request.client.host if request.client else ""
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host in ("localhost", "testclient")

    async def _hook(self, request: Request, fn: Callable[[dict[str, Any]], Any]) -> Response:
        if not self._loopback(request):
            return json_response({"error": "test hooks answer loopback clients only"}, 403)
        try:
            body = await self._body(request) if request.method in ("POST", "PUT") else {}
            result = fn(body)
            if isinstance(result, Awaitable):
                result = await result
        except SimError as exc:
            return json_response({"error": str(exc)}, exc.status)
        except (ValueError, TypeError) as exc:
            return json_response({"error": str(exc)}, 400)
        return json_response(result if result is not None else {"ok": True})

    async def sim_state(self, request: Request) -> Response:
        return await self._hook(request, lambda _b: self.world.summary())

    async def sim_sites(self, request: Request) -> Response:
        return await self._hook(request, lambda _b: self.world.site_rows())

    async def sim_site_action(self, request: Request) -> Response:
        ref = request.path_params["ref"]
        action = request.path_params["action"]
        w = self.world

        def run(body: dict[str, Any]) -> Any:
            if action == "drop":
                return {"uuid": w.drop(ref)}
            if action == "restore":
                return {"uuid": w.restore(ref)}
            if action == "metrics":
                w.set_metrics(ref, **{str(k): (None if v is None else float(v)) for k, v in body.items()})
                return None
            if action == "silence":
                w.silence(ref, bool(body.get("on", True)))
                return None
            if action == "hand":
                if body.get("raised", True):
                    at = body.get("at")
                    return {"buzz_time": w.raise_hand(ref, None if at is None else float(at))}
                w.lower_hand(ref)
                return {"buzz_time": 0.0}
            raise SimError(f"unknown site action {action!r}", 404)

        return await self._hook(request, run)

    async def sim_speakers(self, request: Request) -> Response:
        return await self._hook(
            request, lambda b: {"uuids": self.world.set_speakers(list(b.get("sites", [])))}
        )

    async def sim_tick(self, request: Request) -> Response:
        def run(body: dict[str, Any]) -> Any:
            self.world.advance(int(body.get("n", 1)))
            return self.world.summary()

        return await self._hook(request, run)

    async def sim_pause(self, request: Request) -> Response:
        def run(_b: dict[str, Any]) -> Any:
            self.world.paused = True
            return self.world.summary()

        return await self._hook(request, run)

    async def sim_resume(self, request: Request) -> Response:
        def run(_b: dict[str, Any]) -> Any:
            self.world.paused = False
            return self.world.summary()

        return await self._hook(request, run)

    async def sim_faults(self, request: Request) -> Response:
        f = self.faults

        def run(body: Any) -> Any:
            if request.method == "DELETE":
                kind = request.query_params.get("kind")
                return {"cleared": f.clear(kind)}
            if request.method == "GET":
                return f.active()
            return None

        if request.method == "POST":
            if not self._loopback(request):
                return json_response({"error": "test hooks answer loopback clients only"}, 403)
            try:
                doc = orjson.loads(await request.body() or b"{}")
                specs = doc if isinstance(doc, list) else [doc]
                added = [
                    f.add(
                        str(s["kind"]),
                        None if s.get("count") is None else int(s["count"]),
                        s.get("path_prefix"),
                        delay_ms=float(s.get("delay_ms", 0.0)),
                        status=int(s.get("status", 503)),
                        size=int(s.get("size", 0)),
                    ).as_dict()
                    for s in specs
                ]
            except (orjson.JSONDecodeError, KeyError, ValueError, TypeError, AttributeError) as exc:
                return json_response({"error": f"bad fault spec: {exc!r}"}, 400)
            return json_response(added)
        return await self._hook(request, run)


# Conference actions both APIs offer, by their common name; each API spells some of them its own way.
CONFERENCE_ACTIONS: dict[str, Callable[[World, dict[str, Any]], object]] = {
    "lock": lambda w, _body: w.set_locked(True),
    "unlock": lambda w, _body: w.set_locked(False),
    "mute_guests": lambda w, _body: w.set_guests_muted(True),
    "unmute_guests": lambda w, _body: w.set_guests_muted(False),
    "disconnect": lambda w, _body: w.disconnect_all(),
    "transform_layout": lambda w, body: w.transform_layout(_layout_from(body)),
    "clear_all_buzz": lambda w, _body: w.clear_all_buzz(),
}
MANAGEMENT_CONFERENCE_ACTIONS = {
    name: name
    for name in ("lock", "unlock", "mute_guests", "unmute_guests", "disconnect", "transform_layout")
}
CLIENT_CONFERENCE_ACTIONS = {
    "lock": "lock",
    "unlock": "unlock",
    "muteguests": "mute_guests",
    "unmuteguests": "unmute_guests",
    "clearallbuzz": "clear_all_buzz",
    "transform_layout": "transform_layout",
    "disconnect": "disconnect",
}


def _layout_from(body: dict[str, Any]) -> str:
    """The layout of a transform_layout body: nested {"transforms": {"layout"}} or flat {"layout"} forms."""
    transforms = body.get("transforms")
    source = transforms if isinstance(transforms, dict) else body
    layout = source.get("layout") or source.get("host_layout") or source.get("guest_layout")
    if not isinstance(layout, str) or not layout:
        raise SimError("a layout is required (transforms.layout or layout)")
    return layout


# --- serving ---------------------------------------------------------------------------------------


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling (the caller decides how to stop it)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def _quiesce(server: uvicorn.Server, app: SimApp) -> None:
    """The first half of a stop, on the server's loop: accept nothing more, then end the event streams.

    uvicorn's own shutdown asks every connection it knows to close and waits `timeout_graceful_shutdown` for them;
    a connection it does not know of yet, or an event stream that never ends, outlives that wait, and its socket is
    left to the cancellation of its task (or to nothing, when idle) after the loop has gone: an unclosed socket.
    Such connections came from a stop while a client follows the simulator: the client's reconnect to the event
    stream after `close_streams` (a stream that nothing ends), and a connection accepted in the loop turn the
    listener closed. That one is lost outright: asyncio accepts it in one turn and makes its transport in the next,
    and a transport made for a listener closed in between fails on `Server._attach` (an assertion), leaving the
    accepted socket to the garbage collector (seen under load: the client reconnects every 0.1 s). So accepting
    stops first (the listener's reader is removed, the listener itself still open), a few loop turns let the
    connections accepted just before get their transport and register with uvicorn, only then does the listener
    close and the streams end; a stream asked for after that is refused (503), and uvicorn's shutdown then finds
    every connection it must close.
    """
    loop = asyncio.get_running_loop()
    listeners = list(getattr(server, "servers", []))
    for listener in listeners:
        for sock in listener.sockets:
            with contextlib.suppress(NotImplementedError):  # a loop without readers closes below, as before
                loop.remove_reader(sock.fileno())
    for _ in range(3):  # accept → transport (attached to the listener) → connection_made: each a loop turn
        await asyncio.sleep(0)
    for listener in listeners:
        listener.close()
    app.close_streams()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(
        family, socket.SOCK_STREAM, socket.IPPROTO_TCP
    )  # asyncio sets TCP_NODELAY on TCP only
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.setblocking(False)
    return sock


def _config(app: SimApp, ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> uvicorn.Config:
    return uvicorn.Config(
        app.asgi,
        http="h11",
        ws="none",
        lifespan="on",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=3,
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
    )


class SimServer:
    """The simulator on a free loopback port, served by uvicorn in a background thread (over TLS when given a
    certificate and its key: `url` is then https://).

    with SimServer(sites=150, scenario="normal", seed=1) as sim:
        sim.url, sim.world, sim.faults
    """

    def __init__(
        self,
        sites: int = 150,
        scenario: str = "normal",
        seed: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        user: str = DEFAULT_USER,
        password: str | None = None,
        *,
        keepalive: float = 10.0,
        token_ttl: float = 120.0,
        tick_interval: float = 1.0,
        paused: bool = False,
        world: World | None = None,
        ssl_certfile: str | None = None,
        ssl_keyfile: str | None = None,
    ) -> None:
        self.world = world if world is not None else World(sites, scenario, seed)
        self._tls = (ssl_certfile, ssl_keyfile) if ssl_certfile else None
        self.world.paused = paused
        self.faults = Faults()
        self.host = host
        self.user = user
        self.password = env_password() if password is None else password
        self._started = threading.Event()
        self.app = SimApp(
            self.world,
            self.faults,
            user=user,
            password=self.password,
            keepalive=keepalive,
            token_ttl=token_ttl,
            tick_interval=tick_interval,
            on_started=self._started.set,
        )
        self._requested_port = port
        self.port = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self._tls else 'http'}://{host}:{self.port}"

    def start(self, timeout: float = 15.0) -> SimServer:
        if self._thread is not None:
            raise RuntimeError("already started")
        sock = _bind(self.host, self._requested_port)
        self.port = int(sock.getsockname()[1])
        server = _Server(_config(self.app, *(self._tls or (None, None))))
        self._server = server

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # reported by start()/stop()
                self._error = exc
            finally:
                sock.close()
                self._started.set()

        self._thread = threading.Thread(target=run, name=f"sim-{self.port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        # the lifespan startup runs first, then uvicorn starts serving: wait (bounded) for both
        self._started.wait(timeout)
        while not server.started and self._thread.is_alive() and time.monotonic() < deadline:
            self._thread.join(0.01)
        if not server.started:
            self.stop()
            raise RuntimeError(f"the simulator did not start: {self._error!r}")
        return self

    def stop(self, timeout: float = 15.0) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        loop = self.app.loop
        if loop is not None and thread.is_alive():
            with contextlib.suppress(RuntimeError, TimeoutError, concurrent.futures.TimeoutError):
                asyncio.run_coroutine_threadsafe(_quiesce(server, self.app), loop).result(timeout)
        server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout)
        self._server = None
        self._thread = None

    def __enter__(self) -> SimServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(args: argparse.Namespace) -> int:
    """`python main.py sim`: serve until SIGINT/SIGTERM; exit 0."""
    try:
        world = World(
            args.sites,
            args.scenario,
            args.seed,
            absent=[c for part in getattr(args, "absent", []) for c in part.split(",") if c.strip()],
            late=dict(getattr(args, "late", [])),
        )
    except (ValueError, SimError) as exc:
        print(f"bridgewall sim: {exc}", flush=True)
        return 2
    try:
        sock = _bind(args.host, args.port)
    except OSError as exc:
        print(f"bridgewall sim: cannot listen on {args.host}:{args.port}: {exc}", flush=True)
        return 1
    port = int(sock.getsockname()[1])
    host = f"[{args.host}]" if ":" in args.host else args.host
    line = f"listening on http://{host}:{port}"

    def started() -> None:
        print(line, flush=True)
        log.info("%s (%d sites, scenario %s, seed %d)", line, world.n, world.scenario, world.seed)

    app = SimApp(world, Faults(), password=env_password(), on_started=started)
    server = _Server(_config(app))

    async def serve() -> None:
        loop = asyncio.get_running_loop()

        async def quiesce_then_exit() -> None:
            await _quiesce(server, app)
            server.should_exit = True

        stopping: list[asyncio.Task[None]] = []

        def stop() -> None:
            if not stopping:
                stopping.append(loop.create_task(quiesce_then_exit()))

        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop)
        await server.serve(sockets=[sock])

    try:
        asyncio.run(serve())
    finally:
        sock.close()
    return 0
