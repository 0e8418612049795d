"""Every fault is visible from the client side, switchable at run time, in-process and over HTTP."""

from __future__ import annotations

import json

import httpx
import orjson
import pytest

from console.sim import FaultKind, SimServer
from console.sim import faults as fx
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


def test_http_403(sim: SimServer, admin: httpx.Client, plain: httpx.Client) -> None:
    sim.faults.add("403", count=2)
    assert admin.get(STREAMS).status_code == 403
    assert plain.post(f"{CLIENT}/request_token", json={"display_name": "x"}).status_code == 403
    assert admin.get(STREAMS).status_code == 200


def test_trickle_sends_the_real_reply_a_few_bytes_at_a_time(sim: SimServer, admin: httpx.Client) -> None:
    whole = admin.get(f"{STATUS}/conference/").content
    sim.faults.add(FaultKind.TRICKLE, count=1, delay_ms=1, size=7)
    with admin.stream("GET", f"{STATUS}/conference/") as r:
        chunks = list(r.iter_raw())
    assert b"".join(chunks) == whole
    assert len(chunks) >= len(whole) // 7 // 2  # many small writes, not one (the network may merge a few)


def test_trickle_defaults_to_a_byte_a_second(sim: SimServer) -> None:
    fault = sim.faults.add(FaultKind.TRICKLE)
    assert fault.delay_ms == 1000.0 and fault.size == 0  # 0: one byte


def test_endless_body_never_ends(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.ENDLESS_BODY, count=1, path_prefix=STATUS)
    received = 0
    with admin.stream("GET", STREAMS) as r:
        assert r.status_code == 200 and "content-length" not in r.headers
        for chunk in r.iter_raw():
            received += len(chunk)
            if received > 5_000_000:
                break
    assert received > 5_000_000
    assert admin.get(STREAMS).json()["objects"]  # the next reply is whole again


def test_nested_nan_is_deeper_than_json_parsers_go(sim: SimServer, admin: httpx.Client) -> None:
    sim.faults.add(FaultKind.NESTED_NAN, count=1)
    body = admin.get(STREAMS).content
    assert b"NaN" in body and body.count(b"[") >= 5000
    with pytest.raises((RecursionError, ValueError)):
        json.loads(body)


def test_wrong_shapes_are_valid_json_of_shapes_the_api_never_sends(
    sim: SimServer, admin: httpx.Client
) -> None:
    sim.faults.add(FaultKind.WRONG_SHAPE, count=len(fx.WRONG_SHAPES))
    shapes = [admin.get(STREAMS).json() for _ in fx.WRONG_SHAPES]  # each valid JSON
    assert len({json.dumps(s, sort_keys=True) for s in shapes}) == len(fx.WRONG_SHAPES)

    def a_stream_page(doc: object) -> bool:
        objects = doc.get("objects") if isinstance(doc, dict) else None
        return isinstance(objects, list) and all(
            isinstance(o, dict) and isinstance(o.get("participant"), str) for o in objects
        )

    assert not any(a_stream_page(doc) for doc in shapes)
    assert admin.get(STREAMS).json()["objects"][0]["participant"]


def test_huge_event_then_the_stream_goes_on(sim: SimServer, plain: httpx.Client) -> None:
    token = token_for(plain)
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}) as response:
        events = EventReader(response)
        events.until(lambda e: e.name == "participant_sync_end")
        sim.faults.add(FaultKind.HUGE_EVENT, count=1)
        huge = events.until(lambda e: e.name == "participant_update")
        assert len(huge.data["display_name"].encode()) == fx.HUGE_EVENT_SIZE
        assert huge.data["uuid"] in sim.world.uuids
        sim.world.drop(8)
        assert events.until(lambda e: e.name == "participant_delete").data["uuid"]


def test_new_fault_kinds_over_http(sim: SimServer, plain: httpx.Client) -> None:
    r = plain.post("/_sim/faults", json=[{"kind": "huge", "size": 2048}, {"kind": "slow", "delay_ms": 50}])
    assert r.status_code == 200, r.text
    assert [(f["kind"], f["size"], f["delay_ms"]) for f in r.json()] == [
        ("huge_event", 2048, 0.0),
        ("trickle", 0, 50.0),
    ]
    assert plain.post("/_sim/faults", json={"kind": "huge", "size": -1}).status_code == 400
