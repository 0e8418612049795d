"""Fixtures for the simulator's tests: a real server on a loopback port and httpx clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import orjson
import pytest

from console.sim import SimServer

PASSWORD = "s3cret-test"
STATUS = "/api/admin/status/v1"
COMMAND = "/api/admin/command/v1"
CLIENT = "/api/client/v2/conferences/giaoban"


@pytest.fixture
def sim() -> Iterator[SimServer]:
    """150 sites, the 1 Hz clock paused so only the tests move the world."""
    with SimServer(
        sites=150, scenario="normal", seed=7, password=PASSWORD, paused=True, keepalive=0.2
    ) as server:
        yield server


@pytest.fixture
def admin(sim: SimServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.url, auth=("admin", PASSWORD), timeout=10.0) as client:
        yield client


@pytest.fixture
def plain(sim: SimServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sim.url, timeout=10.0) as client:
        yield client


def walk(client: httpx.Client, url: str) -> list[dict[str, Any]]:
    """Every object of a Tastypie list, following meta.next."""
    objects: list[dict[str, Any]] = []
    next_url: str | None = url
    pages = 0
    while next_url is not None:
        r = client.get(next_url)
        assert r.status_code == 200, r.text
        doc = r.json()
        objects.extend(doc["objects"])
        next_url = doc["meta"]["next"]
        pages += 1
        assert pages < 10_000
    return objects


def token_for(client: httpx.Client, name: str = "Bridgewall") -> str:
    r = client.post(f"{CLIENT}/request_token", json={"display_name": name})
    assert r.status_code == 200, r.text
    token: str = r.json()["result"]["token"]
    return token


@dataclass
class Event:
    name: str
    data: Any
    id: str


class EventReader:
    """Server-sent events from an httpx streaming response, one at a time (comments skipped, counted)."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.lines = response.iter_lines()
        self.comments = 0

    def next(self) -> Event:
        name, ident = "message", ""
        data: list[str] = []
        for line in self.lines:
            if line == "":
                if data:
                    return Event(name, orjson.loads("\n".join(data)), ident)
                continue
            if line.startswith(":"):
                self.comments += 1
                continue
            field, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if field == "event":
                name = value
            elif field == "data":
                data.append(value)
            elif field == "id":
                ident = value
        raise EOFError("the event stream ended")

    def until(self, match: Callable[[Event], bool], limit: int = 500) -> Event:
        for _ in range(limit):
            event = self.next()
            if match(event):
                return event
        raise AssertionError("no matching event")
