"""The site registry: save, load, update, and the demo network loaded only into an empty database."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.domain import Site, Technician, Tier
from db.models import TechnicianRow
from db.sites import count_sites, ensure_network, load_sites, save_network

from .conftest import small_network


def _without_ids(sites: list[Site]) -> list[Site]:
    return [dataclasses.replace(s, id=None) for s in sites]


def test_network_round_trips(engine: Engine) -> None:
    network = small_network()
    with Session(engine) as s:
        ids = save_network(s, network)
        s.commit()
    assert set(ids) == {site.code for site in network}
    with Session(engine) as s:
        loaded = load_sites(s)
    assert _without_ids(loaded) == network
    assert all(site.id == ids[site.code] for site in loaded)
    district = next(site for site in loaded if site.tier is Tier.DISTRICT)
    assert [t.name for t in district.technicians] == ["Quàng Văn Dũng", "Lường Thị Em"]
    assert district.power is None and district.provider is not None


def test_ensure_network_loads_only_into_an_empty_database(engine: Engine) -> None:
    network = small_network()
    with Session(engine) as s:
        assert ensure_network(s, network) is True
        s.commit()
    with Session(engine) as s:
        assert ensure_network(s, [*network[:1], dataclasses.replace(network[1], code="OTHER")]) is False
        s.commit()
    with Session(engine) as s:
        assert count_sites(s) == len(network)
        assert [site.code for site in load_sites(s)] == [site.code for site in network]


def test_saving_again_updates_by_code_and_replaces_technicians(session: Session) -> None:
    network = small_network()
    first = save_network(session, network)
    session.commit()
    changed = dataclasses.replace(
        network[1], room="Phòng 2", technicians=(Technician("Mới", "UBND", "KTV", "0900"),), provider=None
    )
    second = save_network(session, [changed])
    session.commit()
    assert second[changed.code] == first[changed.code]
    session.expunge_all()
    loaded = {site.code: site for site in load_sites(session)}
    assert loaded[changed.code].room == "Phòng 2"
    assert loaded[changed.code].technicians == (Technician("Mới", "UBND", "KTV", "0900"),)
    assert loaded[changed.code].provider is None
    assert loaded[changed.code].parent == "DB.T.UBND"
    assert len(loaded) == len(network)
    assert (
        session.scalar(select(func.count()).select_from(TechnicianRow)) == 2
    )  # 1 at the province + the new one


def test_children_may_come_before_parents_and_load_after_them(session: Session) -> None:
    network = small_network()
    save_network(session, list(reversed(network)))
    session.commit()
    order = [site.code for site in load_sites(session)]
    for site in network:
        if site.parent is not None:
            assert order.index(site.parent) < order.index(site.code)


def test_unknown_parent_is_refused(session: Session) -> None:
    orphan = dataclasses.replace(small_network()[2], parent="NOPE")
    with pytest.raises(LookupError, match="NOPE"):
        save_network(session, [orphan])
    session.rollback()
