"""The management API over a real socket: auth, Tastypie paging, media streams, commands."""

from __future__ import annotations

import httpx
import pytest

from console.sim import SimServer
from tests.sim.conftest import COMMAND, PASSWORD, STATUS, walk

STREAM_FIELDS = {
    "stream_id",
    "stream_type",
    "node",
    "start_time",
    "end_time",
    "rx_bitrate",
    "rx_codec",
    "rx_fps",
    "rx_resolution",
    "rx_packet_loss",
    "rx_current_packet_loss",
    "rx_jitter",
    "rx_packets_received",
    "rx_packets_lost",
    "tx_bitrate",
    "tx_codec",
    "tx_fps",
    "tx_resolution",
    "tx_packet_loss",
    "tx_current_packet_loss",
    "tx_jitter",
    "tx_packets_sent",
    "tx_packets_lost",
    "participant",
}
PARTICIPANT_FIELDS = {
    "id",
    "display_name",
    "conference",
    "role",
    "protocol",
    "call_direction",
    "call_quality",
    "connect_time",
    "is_muted",
    "is_presenting",
    "remote_address",
    "rx_bandwidth",
    "tx_bandwidth",
    "media_node",
    "system_location",
    "vendor",
    "call_uuid",
    "resource_uri",
}


@pytest.mark.parametrize(
    "auth",
    [None, ("admin", "wrong"), ("root", PASSWORD), ("admin", "")],
    ids=["none", "bad-password", "bad-user", "empty-password"],
)
def test_status_needs_basic_auth(sim: SimServer, auth: tuple[str, str] | None) -> None:
    with httpx.Client(base_url=sim.url, auth=auth) as client:
        for path in (
            f"{STATUS}/conference/",
            f"{STATUS}/participant/",
            f"{STATUS}/participant_media_stream/",
        ):
            r = client.get(path)
            assert r.status_code == 401
            assert r.headers["www-authenticate"].lower().startswith("basic")
        r = client.post(f"{COMMAND}/conference/lock/", json={"conference_id": sim.world.conference_id})
        assert r.status_code == 401
    assert not sim.world.is_locked


def test_garbage_authorization_header_is_refused(sim: SimServer) -> None:
    with httpx.Client(base_url=sim.url) as client:
        r = client.get(f"{STATUS}/conference/", headers={"Authorization": "Basic !!!not-base64"})
        assert r.status_code == 401


def test_password_defaults_to_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MCU_PASSWORD", "from-env")
    with SimServer(sites=3, paused=True) as server, httpx.Client(base_url=server.url) as client:
        assert client.get(f"{STATUS}/conference/", auth=("admin", "from-env")).status_code == 200
        assert client.get(f"{STATUS}/conference/", auth=("admin", "bridgewall")).status_code == 401
    monkeypatch.delenv("MCU_PASSWORD")
    with SimServer(sites=3, paused=True) as server, httpx.Client(base_url=server.url) as client:
        assert client.get(f"{STATUS}/conference/", auth=("admin", "bridgewall")).status_code == 200


def test_one_conference(sim: SimServer, admin: httpx.Client) -> None:
    doc = admin.get(f"{STATUS}/conference/").json()
    assert doc["meta"]["total_count"] == 1
    (conf,) = doc["objects"]
    assert conf["name"] == "giaoban"
    assert conf["id"] == sim.world.conference_id
    for key in (
        "service_type",
        "is_locked",
        "is_started",
        "guests_muted",
        "start_time",
        "tag",
        "resource_uri",
    ):
        assert key in conf
    assert admin.get(conf["resource_uri"]).json()["name"] == "giaoban"


def test_participant_pages_walk_every_object(sim: SimServer, admin: httpx.Client) -> None:
    first = admin.get(f"{STATUS}/participant/", params={"conference": "giaoban"}).json()
    assert first["meta"]["limit"] == 20
    assert first["meta"]["offset"] == 0
    assert first["meta"]["previous"] is None
    assert first["meta"]["total_count"] == 150
    assert first["meta"]["next"].startswith(f"{STATUS}/participant/?")
    assert "conference=giaoban" in first["meta"]["next"]
    objects = walk(admin, f"{STATUS}/participant/?conference=giaoban&limit=7")
    assert len(objects) == 150
    assert len({o["id"] for o in objects}) == 150
    assert {o["display_name"] for o in objects} == {s.name for s in sim.world.sites}
    for o in objects:
        assert o.keys() >= PARTICIPANT_FIELDS
        assert o["call_quality"] in ("0_unknown", "1_good", "2_ok", "3_bad", "4_terrible")
        assert o["role"] in ("chair", "guest")
    second = admin.get(f"{STATUS}/participant/?limit=7&offset=7").json()
    assert second["meta"]["previous"] is not None
    assert [o["id"] for o in second["objects"]] == [o["id"] for o in objects[7:14]]


def test_page_limits(admin: httpx.Client) -> None:
    everything = admin.get(f"{STATUS}/participant/", params={"limit": 0}).json()
    assert len(everything["objects"]) == 150
    assert everything["meta"]["next"] is None
    assert admin.get(f"{STATUS}/participant/", params={"limit": "x"}).status_code == 400
    assert admin.get(f"{STATUS}/participant/", params={"offset": -1}).status_code == 400
    beyond = admin.get(f"{STATUS}/participant/", params={"offset": 1000}).json()
    assert beyond["objects"] == []
    assert beyond["meta"]["total_count"] == 150
    other = admin.get(f"{STATUS}/participant/", params={"conference": "nope"}).json()
    assert other["meta"]["total_count"] == 0


def test_call_quality_follows_loss(sim: SimServer, admin: httpx.Client) -> None:
    sim.world.set_metrics(5, loss=25.0)
    sim.world.set_metrics(6, loss=2.0)
    by_name = {o["display_name"]: o for o in walk(admin, f"{STATUS}/participant/?limit=100")}
    assert by_name[sim.world.sites[5].name]["call_quality"] == "4_terrible"
    assert by_name[sim.world.sites[6].name]["call_quality"] == "2_ok"


def test_media_streams_both_forms(sim: SimServer, admin: httpx.Client) -> None:
    participant = admin.get(f"{STATUS}/participant/", params={"limit": 1, "offset": 3}).json()["objects"][0]
    pid = participant["id"]
    by_filter = admin.get(f"{STATUS}/participant_media_stream/", params={"participant": pid}).json()
    by_uri = admin.get(
        f"{STATUS}/participant_media_stream/", params={"participant": participant["resource_uri"]}
    ).json()
    by_id_param = admin.get(f"{STATUS}/participant_media_stream/", params={"participant_id": pid}).json()
    nested = admin.get(f"{STATUS}/participant/{pid}/media_stream/").json()
    assert by_filter["objects"] == nested["objects"] == by_uri["objects"] == by_id_param["objects"]
    streams = nested["objects"]
    assert sorted(s["stream_type"] for s in streams) == ["audio", "video"]
    for s in streams:
        assert s.keys() >= STREAM_FIELDS
        assert s["participant"] == participant["resource_uri"]
        assert s["participant_id"] == pid
    video = next(s for s in streams if s["stream_type"] == "video")
    assert video["rx_bitrate"] > 100
    assert video["rx_resolution"]
    assert admin.get(f"{STATUS}/participant/no-such-id/media_stream/").status_code == 404
    empty = admin.get(f"{STATUS}/participant_media_stream/", params={"participant": "no-such-id"}).json()
    assert empty["objects"] == []


def test_unfiltered_streams_cover_every_participant(sim: SimServer, admin: httpx.Client) -> None:
    participants = walk(admin, f"{STATUS}/participant/?limit=50")
    streams = walk(admin, f"{STATUS}/participant_media_stream/?limit=33")
    assert len(streams) == 2 * len(participants) == 300
    uris = {p["resource_uri"] for p in participants}
    by_owner: dict[str, list[str]] = {}
    for s in streams:
        assert s["participant"] in uris
        by_owner.setdefault(s["participant"], []).append(s["stream_type"])
    assert all(sorted(kinds) == ["audio", "video"] for kinds in by_owner.values())
    assert len(by_owner) == 150


def test_set_metrics_shows_in_streams(sim: SimServer, admin: httpx.Client) -> None:
    sim.world.set_metrics(9, loss=7.5, jitter=88.0, bitrate=321.0)
    pid = sim.world.uuids[9]
    streams = admin.get(f"{STATUS}/participant/{pid}/media_stream/").json()["objects"]
    video = next(s for s in streams if s["stream_type"] == "video")
    assert video["rx_current_packet_loss"] == 7.5
    assert video["tx_current_packet_loss"] == 7.5
    assert video["rx_jitter"] == 88.0
    assert video["rx_bitrate"] == 321
    sim.world.advance(3)  # pinned values survive ticks, and the packet counters see the loss
    video = next(
        s
        for s in admin.get(f"{STATUS}/participant/{pid}/media_stream/").json()["objects"]
        if s["stream_type"] == "video"
    )
    assert video["rx_current_packet_loss"] == 7.5
    assert video["rx_packets_lost"] > 0
    assert 0 < video["rx_packet_loss"] <= 7.5
    sim.world.set_metrics(9, loss=None, jitter=None, bitrate=None)
    sim.world.advance(1)
    video = next(
        s
        for s in admin.get(f"{STATUS}/participant/{pid}/media_stream/").json()["objects"]
        if s["stream_type"] == "video"
    )
    assert video["rx_current_packet_loss"] < 5.0


def _participant(admin: httpx.Client, pid: str) -> dict[str, object] | None:
    r = admin.get(f"{STATUS}/participant/{pid}/")
    if r.status_code == 404:
        return None
    assert r.status_code == 200
    doc: dict[str, object] = r.json()
    return doc


def test_participant_commands_change_the_world(sim: SimServer, admin: httpx.Client) -> None:
    pid = sim.world.uuids[4]
    assert _participant(admin, pid)["is_muted"] is False  # type: ignore[index]
    r = admin.post(f"{COMMAND}/participant/mute/", json={"participant_id": pid})
    assert r.status_code == 200
    assert r.json() == {"status": "success"}
    assert _participant(admin, pid)["is_muted"] is True  # type: ignore[index]
    admin.post(f"{COMMAND}/participant/unmute/", json={"participant_id": pid})
    assert _participant(admin, pid)["is_muted"] is False  # type: ignore[index]

    assert (
        admin.post(f"{COMMAND}/participant/disconnect/", json={"participant_id": pid}).json()["status"]
        == "success"
    )
    assert _participant(admin, pid) is None
    assert admin.get(f"{STATUS}/participant/").json()["meta"]["total_count"] == 149

    r = admin.post(
        f"{COMMAND}/participant/dial/",
        json={
            "conference_alias": "giaoban",
            "destination": sim.world.sites[4].address,
            "protocol": "sip",
            "role": "guest",
            "routing": "manual",
            "remote_display_name": sim.world.sites[4].name,
        },
    )
    assert r.status_code == 200, r.text
    new_id = r.json()["data"]["participant_id"]
    assert new_id != pid
    back = _participant(admin, new_id)
    assert back is not None
    assert back["display_name"] == sim.world.sites[4].name
    assert back["call_direction"] == "out"
    assert admin.get(f"{STATUS}/participant/").json()["meta"]["total_count"] == 150


def test_dial_an_unknown_destination_adds_a_participant(sim: SimServer, admin: httpx.Client) -> None:
    r = admin.post(
        f"{COMMAND}/participant/dial/",
        json={
            "conference_alias": "giaoban",
            "destination": "sip:guest@10.9.9.9",
            "remote_display_name": "Khách",
        },
    )
    assert r.status_code == 200
    pid = r.json()["data"]["participant_id"]
    assert _participant(admin, pid)["display_name"] == "Khách"  # type: ignore[index]
    assert admin.get(f"{STATUS}/participant/").json()["meta"]["total_count"] == 151
    assert len(walk(admin, f"{STATUS}/participant_media_stream/?limit=500")) == 302


def test_unknown_participant_is_refused(sim: SimServer, admin: httpx.Client) -> None:
    for action in ("mute", "unmute", "disconnect"):
        r = admin.post(f"{COMMAND}/participant/{action}/", json={"participant_id": "00000000-dead-beef"})
        assert r.status_code == 400
        doc = r.json()
        assert doc["status"] == "failed"
        assert doc["reason"]
    assert admin.post(f"{COMMAND}/participant/mute/", json={}).status_code == 400
    assert admin.post(f"{COMMAND}/participant/mute/", content=b"{not json").status_code == 400
    assert sim.world.connected.all()
    assert not sim.world.muted.any()


def test_conference_commands_change_the_world(sim: SimServer, admin: httpx.Client) -> None:
    cid = sim.world.conference_id

    def conference() -> dict[str, object]:
        doc: dict[str, object] = admin.get(f"{STATUS}/conference/").json()["objects"][0]
        return doc

    assert admin.post(f"{COMMAND}/conference/lock/", json={"conference_id": cid}).json() == {
        "status": "success"
    }
    assert conference()["is_locked"] is True
    admin.post(f"{COMMAND}/conference/unlock/", json={"conference_id": cid})
    assert conference()["is_locked"] is False

    admin.post(f"{COMMAND}/conference/mute_guests/", json={"conference_id": cid})
    assert conference()["guests_muted"] is True
    objects = walk(admin, f"{STATUS}/participant/?limit=200")
    assert all(o["is_muted"] == (o["role"] == "guest") for o in objects)
    admin.post(f"{COMMAND}/conference/unmute_guests/", json={"conference_id": cid})
    assert conference()["guests_muted"] is False
    assert not any(o["is_muted"] for o in walk(admin, f"{STATUS}/participant/?limit=200"))

    r = admin.post(f"{COMMAND}/conference/transform_layout/", json={"conference_id": cid, "layout": "4:0"})
    assert r.status_code == 200
    assert sim.world.layout == "4:0"
    r = admin.post(
        f"{COMMAND}/conference/transform_layout/",
        json={"conference_id": cid, "transforms": {"layout": "9:0"}},
    )
    assert r.status_code == 200
    assert sim.world.layout == "9:0"
    r = admin.post(f"{COMMAND}/conference/transform_layout/", json={"conference_id": cid, "layout": "7:7"})
    assert r.status_code == 400
    assert sim.world.layout == "9:0"

    assert admin.post(f"{COMMAND}/conference/lock/", json={"conference_id": "other"}).status_code == 400
    assert conference()["is_locked"] is False

    admin.post(f"{COMMAND}/conference/disconnect/", json={"conference_id": "giaoban"})
    assert admin.get(f"{STATUS}/participant/").json()["meta"]["total_count"] == 0
