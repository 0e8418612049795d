"""A small fake Pexip Infinity (management + client API) served by uvicorn on a real socket, in the test's loop.

It serves fixed, documented payload shapes and lets a test change state, push event-stream messages and switch
simple faults. The full simulator lives in console/sim; this one is deliberately tiny and predictable.
"""

from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

USER, PASSWORD = "admin", "s3cret-pw"
TOKEN_EXPIRES = 120


def page(objects: list[Any], request: Request, max_limit: int = 5000) -> bytes:
    limit = min(int(request.query_params.get("limit", "20")), max_limit)
    offset = int(request.query_params.get("offset", "0"))
    chunk = objects[offset : offset + limit]
    nxt = None
    if offset + limit < len(objects):
        q = dict(request.query_params)
        q.update(limit=str(limit), offset=str(offset + limit))
        nxt = request.url.path + "?" + "&".join(f"{k}={v}" for k, v in q.items())
    meta = {"limit": limit, "next": nxt, "offset": offset, "previous": None, "total_count": len(objects)}
    return orjson.dumps({"meta": meta, "objects": chunk})


def mgmt_participant(uuid: str, name: str, conference: str, muted: bool = False) -> dict[str, Any]:
    return {
        "id": uuid,
        "display_name": name,
        "conference": conference,
        "role": "guest",
        "protocol": "sip",
        "call_direction": "in",
        "call_quality": "1_good",
        "connect_time": "2026-03-01T08:00:00.123456",
        "is_muted": muted,
        "is_presenting": False,
        "remote_address": "10.0.0.2",
        "resource_uri": f"/api/admin/status/v1/participant/{uuid}/",
    }


def stream(uuid: str, kind: str, **values: Any) -> dict[str, Any]:
    base = {
        "participant": f"/api/admin/status/v1/participant/{uuid}/",
        "stream_type": kind,
        "rx_bitrate": 64 if kind == "audio" else 1500,
        "tx_bitrate": 64 if kind == "audio" else 1200,
        "rx_packet_loss": 0.5,
        "rx_current_packet_loss": 0.1,
        "tx_packet_loss": 0.2,
        "tx_current_packet_loss": 0.3,
        "rx_jitter": 3.0,
        "tx_jitter": 4.0,
        "rx_fps": None if kind == "audio" else 30.0,
    }
    base.update(values)
    return base


def client_participant(uuid: str, name: str, *, buzz: float = 0, muted: bool = False) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "display_name": name,
        "role": "guest",
        "protocol": "sip",
        "call_direction": "in",
        "start_time": 1772352000,
        "buzz_time": buzz,
        "is_muted": "YES" if muted else "NO",
        "is_video_muted": False,
        "is_presenting": "NO",
        "spotlight": 0,
        "fecc_supported": "YES",
        "mute_supported": "YES",
        "disconnect_supported": "YES",
    }


@dataclass
class FakePexip:
    conferences: list[str] = field(default_factory=lambda: ["board"])
    participants: dict[str, dict[str, Any]] = field(default_factory=dict)  # uuid -> management object
    streams: list[dict[str, Any]] = field(default_factory=list)
    self_uuid: str = "self-0000"
    mgmt_status: int | None = None  # answer every management request with this status
    mgmt_body: bytes | None = None  # answer every management list with this body
    hang: asyncio.Event | None = None  # management requests wait for this
    events_mode: str = "normal"  # normal | stall | endless
    commands: list[tuple[str, str, Any]] = field(default_factory=list)  # (path, token or "basic", body)
    tokens_issued: int = 0
    subscribers: list[asyncio.Queue[bytes | None]] = field(default_factory=list)
    subscribed: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0
    max_limit: int = 5000
    stream_polls: int = 0
    polled: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def wait_polls(self, n: int) -> None:
        """Until the media-stream list has been fetched `n` more times."""
        async with self.polled:
            target = self.stream_polls + n
            await self.polled.wait_for(lambda: self.stream_polls >= target)

    # --- state helpers ---
    def add(self, uuid: str, name: str, conference: str = "board") -> None:
        self.participants[uuid] = mgmt_participant(uuid, name, conference)
        self.streams += [stream(uuid, "audio"), stream(uuid, "video")]

    def remove(self, uuid: str) -> None:
        self.participants.pop(uuid, None)
        self.streams = [s for s in self.streams if not s["participant"].endswith(f"/{uuid}/")]

    def push(self, event: str, data: Any) -> None:
        msg = f"event: {event}\ndata: {orjson.dumps(data).decode()}\n\n".encode()
        for q in self.subscribers:
            q.put_nowait(msg)

    def push_raw(self, raw: bytes) -> None:
        for q in self.subscribers:
            q.put_nowait(raw)

    # --- handlers ---
    def _authorised(self, request: Request) -> bool:
        want = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        return request.headers.get("authorization") == want

    async def _mgmt_gate(self, request: Request) -> Response | None:
        if self.hang is not None:
            await self.hang.wait()
        if not self._authorised(request):
            return Response("unauthorised", 401)
        if self.mgmt_status is not None:
            return Response("<html>error</html>", self.mgmt_status, media_type="text/html")
        return None

    async def conference(self, request: Request) -> Response:
        if (r := await self._mgmt_gate(request)) is not None:
            return r
        if self.mgmt_body is not None:
            return Response(self.mgmt_body, media_type="application/json")
        objs = [
            {"id": f"c{i}", "name": n, "service_type": "conference", "is_locked": False}
            for i, n in enumerate(self.conferences)
        ]
        return Response(page(objs, request, self.max_limit), media_type="application/json")

    async def participant(self, request: Request) -> Response:
        if (r := await self._mgmt_gate(request)) is not None:
            return r
        conf = request.query_params.get("conference")
        objs = [p for p in self.participants.values() if conf is None or p["conference"] == conf]
        objs = [
            {"id": self.self_uuid, "display_name": "Bridgewall", "conference": "board", "protocol": "api"},
            *objs,
        ]
        return Response(page(objs, request, self.max_limit), media_type="application/json")

    async def media_streams(self, request: Request) -> Response:
        if (r := await self._mgmt_gate(request)) is not None:
            return r
        body = page(self.streams, request, self.max_limit)
        if request.query_params.get("offset", "0") == "0":
            async with self.polled:
                self.stream_polls += 1
                self.polled.notify_all()
        return Response(body, media_type="application/json")

    async def command(self, request: Request) -> Response:
        if (r := await self._mgmt_gate(request)) is not None:
            return r
        action = request.path_params["action"]
        body = orjson.loads(await request.body())
        self.commands.append((f"participant/{action}", "basic", body))
        uuid = body.get("participant_id")
        if uuid not in self.participants:
            return Response(orjson.dumps({"status": "error", "message": "no such participant"}), 400)
        if action in ("mute", "unmute"):
            self.participants[uuid]["is_muted"] = action == "mute"
        elif action == "disconnect":
            self.remove(uuid)
        return Response(orjson.dumps({"status": "success"}), media_type="application/json")

    async def request_token(self, request: Request) -> Response:
        body = orjson.loads(await request.body())
        assert body["display_name"] == "Bridgewall"
        self.tokens_issued += 1
        result = {
            "token": f"tok-{self.tokens_issued}",
            "expires": str(TOKEN_EXPIRES),
            "participant_uuid": self.self_uuid,
            "role": "HOST",
        }
        return Response(orjson.dumps({"status": "success", "result": result}), media_type="application/json")

    async def token_op(self, request: Request) -> Response:
        result: Any = True
        if request.path_params["op"] == "refresh_token":
            self.tokens_issued += 1
            result = {"token": f"tok-{self.tokens_issued}", "expires": str(TOKEN_EXPIRES)}
        return Response(orjson.dumps({"status": "success", "result": result}), media_type="application/json")

    async def client_action(self, request: Request) -> Response:
        token = request.headers.get("token", "")
        if not token.startswith("tok-"):
            return Response(orjson.dumps({"status": "failed", "result": "invalid token"}), 403)
        raw = await request.body()
        path = request.url.path.split("/conferences/", 1)[1].split("/", 1)[1]
        self.commands.append((path, token, orjson.loads(raw) if raw else None))
        result: Any = True
        if path == "available_layouts":
            result = ["1:0", "1:7", {"name": "ac", "tags": ["adaptive"]}]
        return Response(orjson.dumps({"status": "success", "result": result}), media_type="application/json")

    async def events(self, request: Request) -> Response:
        if not request.query_params.get("token", "").startswith("tok-"):
            return Response("no token", 403)
        q: asyncio.Queue[bytes | None] = asyncio.Queue()
        mode = self.events_mode

        async def body() -> AsyncIterator[bytes]:
            self.subscribers.append(q)
            self.subscribed.set()
            try:
                if mode == "stall":
                    await asyncio.Event().wait()
                if mode == "endless":
                    yield b"event: participant_update\ndata: "
                    while True:
                        yield b"x" * 65536
                        await asyncio.sleep(0)
                yield b"event: participant_sync_begin\ndata: null\n\n"
                for p in self.participants.values():
                    data = client_participant(p["id"], p["display_name"], muted=p["is_muted"])
                    yield f"event: participant_create\ndata: {orjson.dumps(data).decode()}\n\n".encode()
                yield b"event: participant_sync_end\ndata: null\n\n"
                while True:
                    item = await q.get()
                    if item is None:
                        return
                    yield item
            finally:
                self.subscribers.remove(q)

        return StreamingResponse(body(), media_type="text/event-stream")

    def app(self) -> Starlette:
        client = "/api/client/v2/conferences/{alias}"
        return Starlette(
            routes=[
                Route("/api/admin/status/v1/conference/", self.conference),
                Route("/api/admin/status/v1/participant/", self.participant),
                Route("/api/admin/status/v1/participant_media_stream/", self.media_streams),
                Route("/api/admin/command/v1/participant/{action}/", self.command, methods=["POST"]),
                Route(client + "/{op:path}", self._dispatch, methods=["GET", "POST"]),
            ]
        )

    async def _dispatch(self, request: Request) -> Response:
        op = request.path_params["op"]
        if op == "request_token":
            return await self.request_token(request)
        if op in ("refresh_token", "release_token"):
            return await self.token_op(request)
        if op == "events":
            return await self.events(request)
        return await self.client_action(request)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


class Served:
    """`async with Served(fake) as fake:` runs the fake on 127.0.0.1 in this event loop."""

    def __init__(self, fake: FakePexip, port: int = 0) -> None:
        self.fake = fake
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(64)
        fake.port = self.sock.getsockname()[1]
        config = uvicorn.Config(fake.app(), log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
        self.server = uvicorn.Server(config)
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> FakePexip:
        self.task = asyncio.get_running_loop().create_task(self.server.serve(sockets=[self.sock]))
        return self.fake

    async def __aexit__(self, *exc: object) -> None:
        for q in list(self.fake.subscribers):
            q.put_nowait(None)
        if self.fake.hang is not None:
            self.fake.hang.set()
        self.server.should_exit = True
        self.server.force_exit = True
        assert self.task is not None
        await self.task
        self.sock.close()


def refused_port() -> int:
    """A local port with nothing listening."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port: int = s.getsockname()[1]
    s.close()
    return port
