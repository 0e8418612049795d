"""The client REST API and its event stream over a real socket."""

from __future__ import annotations

import httpx
import pytest

from console.sim import SimServer
from tests.sim.conftest import CLIENT, STATUS, EventReader, token_for

PARTICIPANT_KEYS = {
    "uuid",
    "display_name",
    "role",
    "protocol",
    "call_direction",
    "start_time",
    "buzz_time",
    "is_muted",
    "is_video_muted",
    "is_presenting",
    "spotlight",
    "last_spoken_time",
    "fecc_supported",
    "mute_supported",
    "disconnect_supported",
    "uri",
    "vendor",
}


def test_request_token_answers_the_documented_shape(plain: httpx.Client) -> None:
    r = plain.post(f"{CLIENT}/request_token", json={"display_name": "Bridgewall"})
    assert r.status_code == 200
    doc = r.json()
    assert doc["status"] == "success"
    result = doc["result"]
    assert result["token"]
    assert result["expires"] == "120"
    assert result["participant_uuid"]
    assert result["display_name"] == "Bridgewall"
    assert plain.post(f"{CLIENT}/request_token", json={}).status_code == 400
    assert (
        plain.post("/api/client/v2/conferences/other/request_token", json={"display_name": "x"}).status_code
        == 404
    )


def test_calls_need_a_token(plain: httpx.Client, sim: SimServer) -> None:
    uuid = sim.world.uuids[3]
    for method, path in [
        ("GET", f"{CLIENT}/participants"),
        ("GET", f"{CLIENT}/available_layouts"),
        ("GET", f"{CLIENT}/events"),
        ("POST", f"{CLIENT}/lock"),
        ("POST", f"{CLIENT}/participants/{uuid}/mute"),
        ("POST", f"{CLIENT}/refresh_token"),
    ]:
        for headers in ({}, {"token": "forged"}):
            r = plain.request(method, path, headers=headers)
            assert r.status_code == 403, (method, path)
            assert r.json() == {"status": "failed", "result": "Invalid token"}
    assert not sim.world.is_locked
    assert not sim.world.muted[3]


def test_token_refresh_and_release(plain: httpx.Client) -> None:
    token = token_for(plain)
    assert plain.get(f"{CLIENT}/participants", headers={"token": token}).status_code == 200
    r = plain.post(f"{CLIENT}/refresh_token", headers={"token": token})
    assert r.status_code == 200
    fresh = r.json()["result"]["token"]
    assert fresh != token
    assert r.json()["result"]["expires"] == "120"
    assert plain.get(f"{CLIENT}/participants", headers={"token": fresh}).status_code == 200
    assert plain.post(f"{CLIENT}/release_token", headers={"token": fresh}).json() == {
        "status": "success",
        "result": True,
    }
    assert plain.get(f"{CLIENT}/participants", headers={"token": fresh}).status_code == 403
    assert plain.get(f"{CLIENT}/participants", headers={"token": token}).status_code == 403


def test_tokens_expire() -> None:
    server = SimServer(sites=3, paused=True, password="x", token_ttl=0.0)
    with server, httpx.Client(base_url=server.url) as client:
        token = token_for(client)
        assert client.get(f"{CLIENT}/participants", headers={"token": token}).status_code == 403


def test_participants_and_layouts(plain: httpx.Client, sim: SimServer) -> None:
    headers = {"token": token_for(plain)}
    doc = plain.get(f"{CLIENT}/participants", headers=headers).json()
    assert doc["status"] == "success"
    people = doc["result"]
    assert len(people) == 150
    for p in people:
        assert p.keys() >= PARTICIPANT_KEYS
        assert p["is_muted"] in ("YES", "NO")
        assert p["buzz_time"] == 0
    assert {p["uuid"] for p in people} == set(sim.world.uuids)
    layouts = plain.get(f"{CLIENT}/available_layouts", headers=headers).json()["result"]
    assert {"1:0", "1:7", "4:0", "9:0", "16:0", "25:0"} <= set(layouts)


def test_participant_actions_change_the_world(plain: httpx.Client, sim: SimServer) -> None:
    headers = {"token": token_for(plain)}
    w = sim.world
    uuid = w.uuids[10]

    def post(name: str, body: object = None) -> httpx.Response:
        return plain.post(f"{CLIENT}/participants/{uuid}/{name}", headers=headers, json=body)

    def me() -> dict[str, object]:
        people = plain.get(f"{CLIENT}/participants", headers=headers).json()["result"]
        found: dict[str, object] = next(p for p in people if p["uuid"] == uuid)
        return found

    assert post("mute").json() == {"status": "success", "result": True}
    assert me()["is_muted"] == "YES"
    assert post("unmute").status_code == 200
    assert me()["is_muted"] == "NO"
    post("video_muted")
    assert me()["is_video_muted"] is True
    post("video_unmuted")
    assert me()["is_video_muted"] is False
    post("buzz")
    assert float(me()["buzz_time"]) > 0  # type: ignore[arg-type]
    post("clearbuzz")
    assert me()["buzz_time"] == 0
    post("spotlighton")
    assert float(me()["spotlight"]) > 0  # type: ignore[arg-type]
    post("spotlightoff")
    assert me()["spotlight"] == 0
    good = {
        "action": "start",
        "target": uuid,
        "movement": [{"axis": "pan", "direction": "left"}],
        "timeout": 1000,
    }
    assert post("fecc", good).status_code == 200
    assert w.last_fecc[10] == {"action": "start", "movement": good["movement"], "timeout": 1000}
    bad = {"action": "start", "movement": [{"axis": "pan", "direction": "up"}]}
    assert post("fecc", bad).status_code == 400
    assert post("disconnect").status_code == 200
    assert uuid not in {
        p["uuid"] for p in plain.get(f"{CLIENT}/participants", headers=headers).json()["result"]
    }
    assert post("mute").status_code == 404


def test_conference_actions_change_the_world(
    plain: httpx.Client, admin: httpx.Client, sim: SimServer
) -> None:
    headers = {"token": token_for(plain)}
    w = sim.world

    def post(action: str, body: object = None) -> httpx.Response:
        return plain.post(f"{CLIENT}/{action}", headers=headers, json=body)

    def conf() -> dict[str, object]:
        doc: dict[str, object] = admin.get(f"{STATUS}/conference/").json()["objects"][0]
        return doc

    assert post("lock").json() == {"status": "success", "result": True}
    assert conf()["is_locked"] is True
    post("unlock")
    assert conf()["is_locked"] is False
    post("muteguests")
    assert conf()["guests_muted"] is True
    post("unmuteguests")
    assert conf()["guests_muted"] is False
    w.raise_hand(3)
    w.raise_hand(4)
    post("clearallbuzz")
    assert not (w.buzz > 0).any()
    assert post("transform_layout", {"transforms": {"layout": "2:21"}}).status_code == 200
    assert w.layout == "2:21"
    assert post("transform_layout", {"layout": "16:0"}).status_code == 200
    assert w.layout == "16:0"
    assert post("transform_layout", {"transforms": {}}).status_code == 400
    w.drop(20)
    r = post("dial", {"destination": w.sites[20].address, "protocol": "sip", "role": "GUEST"})
    assert r.status_code == 200
    (new_uuid,) = r.json()["result"]
    assert w.uuids[20] == new_uuid
    assert w.connected[20]


def test_event_stream_sync_then_live_events(plain: httpx.Client, sim: SimServer) -> None:
    token = token_for(plain)
    w = sim.world
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = EventReader(response)
        first = events.next()
        assert first.name == "participant_sync_begin"
        created = []
        while (event := events.next()).name == "participant_create":
            created.append(event.data)
        assert event.name == "participant_sync_end"
        assert len(created) == 150
        assert {p["uuid"] for p in created} == set(w.uuids)
        assert all(p.keys() >= PARTICIPANT_KEYS for p in created)

        # a site's link drops: participant_delete with the uuid it had
        r = plain.post("/_sim/sites/12/drop")
        assert r.status_code == 200
        old = r.json()["uuid"]
        gone = events.until(lambda e: e.name == "participant_delete")
        assert gone.data == {"uuid": old}

        # a hand goes up at a known server time
        r = plain.post("/_sim/sites/30/hand", json={"raised": True, "at": 1_700_000_123.25})
        assert r.json() == {"buzz_time": 1_700_000_123.25}
        up = events.until(lambda e: e.name == "participant_update" and e.data["uuid"] == w.uuids[30])
        assert up.data["buzz_time"] == 1_700_000_123.25
        plain.post("/_sim/sites/30/hand", json={"raised": False})
        down = events.until(lambda e: e.name == "participant_update" and e.data["uuid"] == w.uuids[30])
        assert down.data["buzz_time"] == 0

        # the site comes back with a new uuid
        new = plain.post("/_sim/sites/12/restore").json()["uuid"]
        assert new != old
        back = events.until(lambda e: e.name == "participant_create")
        assert back.data["uuid"] == new
        assert back.data["display_name"] == w.sites[12].name

        # active speakers arrive as a stage list
        plain.post("/_sim/speakers", json={"sites": [0, 40]})
        stage = events.until(lambda e: e.name == "stage")
        assert [(s["participant_uuid"], s["stage_index"], s["vad"]) for s in stage.data[:2]] == [
            (w.uuids[0], 0, 100),
            (w.uuids[40], 1, 100),
        ]

        # layout and conference changes
        plain.post(
            f"{CLIENT}/transform_layout", headers={"token": token}, json={"transforms": {"layout": "1:0"}}
        )
        layout = events.until(lambda e: e.name == "layout")
        assert layout.data["view"] == "1:0"
        plain.post(f"{CLIENT}/lock", headers={"token": token})
        update = events.until(lambda e: e.name == "conference_update")
        assert update.data["locked"] is True

        # fecc is passed on
        fecc = {"action": "start", "target": w.uuids[1], "movement": [{"axis": "zoom", "direction": "in"}]}
        plain.post(f"{CLIENT}/participants/{w.uuids[1]}/fecc", headers={"token": token}, json=fecc)
        event = events.until(lambda e: e.name == "fecc")
        assert event.data["movement"] == fecc["movement"]

        # event ids keep increasing
        plain.post(f"{CLIENT}/unlock", headers={"token": token})
        events.until(lambda e: e.name == "conference_update")
        w.set_muted(w.uuids[2], True)
        ids = events.until(lambda e: e.name == "participant_update").id
        assert int(ids) > 150


def test_event_stream_keepalive_comments(plain: httpx.Client) -> None:
    token = token_for(plain)
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}) as response:
        lines = response.iter_lines()
        seen = 0
        for line in lines:
            if line.startswith(":"):
                seen += 1
                if seen == 2:
                    break
        assert seen == 2


def test_release_token_ends_the_stream(plain: httpx.Client) -> None:
    token = token_for(plain)
    with plain.stream("GET", f"{CLIENT}/events", headers={"token": token}) as response:
        events = EventReader(response)
        events.until(lambda e: e.name == "participant_sync_end")
        plain.post(f"{CLIENT}/release_token", headers={"token": token})
        assert events.until(lambda e: e.name == "disconnect").data["reason"]
        with pytest.raises(EOFError):
            events.next()


def test_conference_disconnect_ends_every_stream(plain: httpx.Client, sim: SimServer) -> None:
    token = token_for(plain)
    with plain.stream("GET", f"{CLIENT}/events", params={"token": token}) as response:
        events = EventReader(response)
        events.until(lambda e: e.name == "participant_sync_end")
        plain.post(f"{CLIENT}/disconnect", headers={"token": token})
        deleted = 0
        while (event := events.next()).name != "disconnect":
            deleted += event.name == "participant_delete"
        assert deleted == 150
        assert not sim.world.connected.any()


def test_the_clock_ticks_by_itself() -> None:
    server = SimServer(sites=5, password="x", tick_interval=0.02)
    with server, httpx.Client(base_url=server.url) as client:
        for _ in range(2000):
            if client.get("/_sim/state").json()["tick"] >= 3:
                break
        else:
            pytest.fail("the world did not tick")
        assert client.post("/_sim/pause").json()["paused"] is True
        frozen = client.get("/_sim/state").json()["tick"]
        # while paused only explicit ticks move it
        assert client.post("/_sim/tick", json={"n": 4}).json()["tick"] >= frozen + 4
        assert client.post("/_sim/resume").json()["paused"] is False
