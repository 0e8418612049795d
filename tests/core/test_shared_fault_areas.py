"""Shared faults on today's map: the sites of one cluster fail together, else those of one province."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from console.domain import GroupBy, IncidentKind, McuEvent, ParentOpened, Site, Tier
from console.live.hub import Hub
from console.live.incident_rules import IncidentTracker
from console.registry import load_network
from console.sim.sites import national_registry

from .media_rig import joined, left


def drop(target: IncidentTracker | Hub, names: Sequence[str], start: float = 100.0) -> list[ParentOpened]:
    """Every named site joins, then all leave within a few seconds (a storm); the shared faults that opened."""
    out: list[object] = []
    if isinstance(target, Hub):
        target.listeners.append(out.append)

        def feed(event: McuEvent) -> None:
            target.feed(event)
    else:

        def feed(event: McuEvent) -> None:
            out.extend(target.feed(event))

    for i, name in enumerate(names):
        feed(joined(0, f"u{start}-{i}", name))
    for i, name in enumerate(names):
        feed(left(start + i, f"u{start}-{i}", name))
    if isinstance(target, Hub):
        target.listeners.remove(out.append)
    return [c for c in out if isinstance(c, ParentOpened)]


def test_communes_of_one_cluster_make_one_shared_fault() -> None:
    sites = load_network()
    tracker = IncidentTracker(sites)
    [parent] = drop(tracker, ["Xã Mường Nhé", "Xã Sín Thầu", "Xã Nậm Kè"])
    assert parent.group_by is GroupBy.CLUSTER
    assert (parent.incident.site, parent.incident.kind) == ("Cụm Mường Nhé", IncidentKind.LINK_DOWN)
    assert parent.incident.detail == "cluster"
    assert len(tracker.children(parent.key)) == 3


def test_communes_of_different_clusters_are_no_shared_fault_by_area() -> None:
    sites = load_network()
    tracker = IncidentTracker(sites)
    # one commune from each of three clusters: their providers differ too, so no shared fault at all
    names = ["Xã Mường Nhé", "Phường Mường Lay", "Xã Mường Ảng"]
    assert all(tracker.area(hub_code) is not None for hub_code in ("X.MUONGNHE", "X.MUONGLAY"))
    assert drop(tracker, names) == []
    assert len(tracker.open_incidents()) == 3  # three registry sites lost, each on its own


def test_province_level_sites_group_by_their_province() -> None:
    sites = load_network()
    tracker = IncidentTracker(sites)
    [parent] = drop(tracker, ["Sở Y tế", "Sở Xây dựng", "Sở Nội vụ"])
    assert parent.group_by is GroupBy.PROVINCE and parent.incident.site == "Điện Biên"


def test_national_sites_outside_a_cluster_group_by_province() -> None:
    national = national_registry()
    hanoi = [s for s in national if s.province == "Hà Nội" and s.tier is Tier.PROVINCE]
    assert len(hanoi) >= 3 and all(not s.cluster for s in hanoi)
    tracker = IncidentTracker(national)
    [parent] = drop(tracker, [s.name for s in hanoi[:3]])
    assert parent.group_by is GroupBy.PROVINCE and parent.incident.site == "Hà Nội"


def test_without_province_names_the_province_site_is_the_group() -> None:
    """A registry that names no province and no cluster: the communes group under their province-level parent."""
    top = Site("TW", "Trung ương", Tier.CENTRAL, None, "", "", "")
    province = Site("T.LC", "UBND tỉnh Lai Châu", Tier.PROVINCE, "TW", "", "", "")
    communes = [Site(f"X.{i}", f"Xã Số {i}", Tier.COMMUNE, "T.LC", "", "", "") for i in range(3)]
    tracker = IncidentTracker([top, province, *communes])
    [parent] = drop(tracker, [c.name for c in communes])
    assert parent.group_by is GroupBy.PROVINCE and parent.incident.site == "T.LC"
    assert tracker.area("TW") is None  # the central site is in no area


def test_a_cluster_changed_in_the_registry_groups_the_next_storm_by_it() -> None:
    sites = load_network()
    hub = Hub(sites)
    moved = {"X.MUONGNHE", "X.MUONGLAY", "X.SINTHAU"}
    # before the edit these three are in two clusters and on two providers: no shared fault
    assert drop(hub, ["Xã Mường Nhé", "Phường Mường Lay", "Xã Mường Toong"]) == []
    hub.set_sites([dataclasses.replace(s, cluster="Cụm Biên Giới") if s.code in moved else s for s in sites])
    [parent] = drop(hub, ["Xã Mường Nhé", "Phường Mường Lay", "Xã Sín Thầu"], start=500.0)
    assert parent.group_by is GroupBy.CLUSTER and parent.incident.site == "Cụm Biên Giới"


def test_a_renamed_site_is_matched_by_its_new_name_from_then_on() -> None:
    sites = load_network()
    hub = Hub(sites)
    assert hub.directory("Xã Mường Nhé mới") == "Xã Mường Nhé mới"  # a stranger before the edit
    hub.set_sites(
        [dataclasses.replace(s, name="Xã Mường Nhé mới") if s.code == "X.MUONGNHE" else s for s in sites]
    )
    assert hub.directory("Xã Mường Nhé mới") == "X.MUONGNHE"
    site = hub.directory.site("X.MUONGNHE")
    assert site is not None and site.name == "Xã Mường Nhé mới"
