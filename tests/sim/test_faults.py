"""Every fault is visible from the client side, switchable at run time, in-process and over HTTP."""

from __future__ import annotations

import json

import httpx
import orjson
import pytest

from console.sim import FaultKind, SimServer
from tests.sim.conftest import CLIENT, STATUS, EventReader, token_for
from tests.sim.test_management import STREAM_FIELDS

STREAMS = f"{STATUS}/participant_media_stream/"


def test_http_5xx_for_n_requests(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.HTTP_5XX, count=2, status=502)
    assert admin.get(STREAMS).status_code == 502
    assert admin.get(STREAMS).status_code == 502
    assert admin.get(STREAMS).status_code == 200
    assert not sim.faults


def test_http_401_with_good_credentials(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add("http_401")
    for _ in range(3):
        assert admin.get(STREAMS).status_code == 401
    sim.faults.clear()
    assert admin.get(STREAMS).status_code == 200


def test_malformed_json(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.MALFORMED_JSON, count=1)
    r = admin.get(STREAMS)
    assert r.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        r.json()
    assert admin.get(STREAMS).json()["objects"]


def test_truncated_json(sim: SimServer, admin: httpx.Client) -> None:
    whole = admin.get(STREAMS).content
    sim.faults.add(FaultKind.TRUNCATED_JSON, count=1)
    r = admin.get(STREAMS)
    assert r.status_code == 200
    assert int(r.headers["content-length"]) == len(r.content) < len(whole)
    assert whole.startswith(r.content)
    with pytest.raises(json.JSONDecodeError):
        r.json()


def test_dropped_connection(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.DROP_CONNECTION, count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        admin.get(STREAMS)
    assert admin.get(STREAMS).status_code == 200


def test_latency(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.LATENCY, count=1, delay_ms=1000)
    with pytest.raises(httpx.ReadTimeout):
        admin.get(STREAMS, timeout=0.1)
    assert admin.get(STREAMS, timeout=10).status_code == 200


def test_absurd_values(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.ABSURD_VALUES, count=1)
    raw = admin.get(STREAMS, params={"limit": 50}).content
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(raw)  # strict JSON has no NaN
    doc = json.loads(raw)  # Python's lenient parser reads NaN and Infinity
    values = [s[k] for s in doc["objects"] for k in s if k.endswith(("loss", "jitter", "bitrate"))]
    assert any(isinstance(v, float) and v != v for v in values)  # NaN
    assert any(isinstance(v, (int, float)) and v < 0 for v in values)
    assert any(v == 10**9 for v in values)
    assert None in values
    assert "NaN" in values
    assert orjson.loads(admin.get(STREAMS).content)  # one request only


def test_extra_and_missing_fields(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.EXTRA_FIELDS, count=1)
    doc = admin.get(STREAMS).json()
    assert all("x_vendor_extension" in s for s in doc["objects"])
    assert "x_shard" in doc["meta"]
    sim.faults.add(FaultKind.MISSING_FIELDS, count=1)
    doc = admin.get(STREAMS).json()
    assert all(not STREAM_FIELDS - {"participant", "stream_type"} <= s.keys() for s in doc["objects"])
    assert all({"id", "participant", "stream_type"} <= s.keys() for s in doc["objects"])
    assert all(s.keys() >= STREAM_FIELDS for s in admin.get(STREAMS).json()["objects"])


def test_path_prefix_limits_a_fault(sim: SimServer, admin: httpx.Client, plain: httpx.Client) -> None:
    sim.faults.add(FaultKind.HTTP_5XX, path_prefix="/api/client/")
    assert admin.get(STREAMS).status_code == 200
    assert plain.post(f"{CLIENT}/request_token", json={"display_name": "x"}).status_code == 503
    assert plain.get("/_sim/state").status_code == 200  # the hooks are never faulted


def test_faults_over_http(sim: SimServer, admin: httpx.Client, plain: httpx.Client) -> None:
    r = plain.post("/_sim/faults", json=[{"kind": "5xx", "count": 1}, {"kind": "latency", "delay_ms": 1}])
    assert r.status_code == 200
    assert [f["kind"] for f in r.json()] == ["http_5xx", "latency"]
    assert len(plain.get("/_sim/faults").json()) == 2
    assert admin.get(STREAMS).status_code == 503
    assert [f["kind"] for f in plain.get("/_sim/faults").json()] == ["latency"]
    assert plain.delete("/_sim/faults").json() == {"cleared": 1}
    assert plain.get("/_sim/faults").json() == []
    assert plain.post("/_sim/faults", json={"kind": "nonsense"}).status_code == 400
    assert plain.post("/_sim/faults", json={"kind": "drop", "count": 0}).status_code == 400
    plain.post("/_sim/faults", json={"kind": "drop"})
    plain.post("/_sim/faults", json={"kind": "http_401"})
    assert plain.delete("/_sim/faults", params={"kind": "drop"}).json() == {"cleared": 1}
    assert admin.get(STREAMS).status_code == 401


def test_stalled_event_stream(sim: SimServer, plain: httpx.Client) -> None:
    token = token_for(plain)
    sim.faults.add(FaultKind.STALL_EVENTS, count=1)
    timeout = httpx.Timeout(10.0, read=1.0)  # keep-alives come every 0.2 s when the stream is healthy
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}, timeout=timeout) as response:
        assert response.status_code == 200
        with pytest.raises(httpx.ReadTimeout):
            next(response.iter_raw())
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}, timeout=timeout) as response:
        events = EventReader(response)
        assert events.next().name == "participant_sync_begin"


def test_open_stream_goes_silent_while_stalled(sim: SimServer, plain: httpx.Client) -> None:
    token = token_for(plain)
    timeout = httpx.Timeout(10.0, read=1.0)
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}, timeout=timeout) as response:
        events = EventReader(response)
        events.until(lambda e: e.name == "participant_sync_end")
        stall = sim.faults.add(FaultKind.STALL_EVENTS)
        sim.world.drop(5)  # dropped while stalled: never delivered
        with pytest.raises(httpx.ReadTimeout):
            events.next()
        assert stall.hits == 0
        sim.faults.clear()
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}, timeout=timeout) as response:
        events = EventReader(response)
        events.until(lambda e: e.name == "participant_sync_end")
        sim.world.drop(6)
        assert events.until(lambda e: e.name == "participant_delete").data["uuid"]


def test_endless_event_line(sim: SimServer, plain: httpx.Client) -> None:
    token = token_for(plain)
    sim.faults.add(FaultKind.ENDLESS_LINE, count=1)
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}) as response:
        received = b""
        for chunk in response.iter_raw():
            received += chunk
            if len(received) > 2_000_000:
                break
        head, _, tail = received.partition(b"data: ")
        assert head.count(b"\n") == 2
        assert tail and b"\n" not in tail


def test_event_stream_body_faults(sim: SimServer, plain: httpx.Client) -> None:
    token = token_for(plain)
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}) as response:
        lines = response.iter_lines()
        for line in lines:
            if line == "event: participant_sync_end":
                break
        next(lines)  # its data

        def update() -> str:
            next(line for line in lines if line == "event: participant_update")
            return next(lines).removeprefix("data: ")

        sim.faults.add(FaultKind.MALFORMED_JSON, count=1, path_prefix=CLIENT)
        sim.world.set_muted(sim.world.uuids[3], True)
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(update())
        sim.faults.add(FaultKind.TRUNCATED_JSON, count=1, path_prefix=CLIENT)
        sim.world.set_muted(sim.world.uuids[4], True)
        with pytest.raises(orjson.JSONDecodeError):
            orjson.loads(update())
        sim.faults.add(FaultKind.ABSURD_VALUES, count=1, path_prefix=CLIENT)
        sim.faults.add(FaultKind.EXTRA_FIELDS, count=1, path_prefix=CLIENT)
        sim.world.set_muted(sim.world.uuids[5], True)
        parsed = json.loads(update())
        assert parsed["uuid"] == sim.world.uuids[5]
        assert "x_vendor_extension" in parsed
        sim.world.set_muted(sim.world.uuids[6], True)
        assert orjson.loads(update())["is_muted"] == "YES"
