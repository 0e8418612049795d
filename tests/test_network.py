"""The demo network file (Điện Biên province, Decision 25/2021) and the checks of `load_network`."""

from __future__ import annotations

import ipaddress
import json
import re
import runpy
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from console.domain import Site, Tier
from console.registry import DEMO_NETWORK, NetworkFileError, load_network

BUILDER = DEMO_NETWORK.with_name("build_dien_bien.py")
PARTY_UNIT = re.compile(r"\b(Huyện|Thành|Thị) ủy\b")

# Commune-level units per district site, as in force from 2020 until the 2025 reorganisation.
EXPECTED_COMMUNES = {
    "H.DIENBIENPHU": 12,
    "H.MUONGLAY": 3,
    "H.DIENBIEN": 21,
    "H.DIENBIENDONG": 14,
    "H.MUONGANG": 10,
    "H.MUONGCHA": 12,
    "H.MUONGNHE": 11,
    "H.NAMPO": 15,
    "H.TUACHUA": 12,
    "H.TUANGIAO": 19,
}


@pytest.fixture(scope="module")
def sites() -> list[Site]:
    return load_network()


@pytest.fixture(scope="module")
def by_code(sites: list[Site]) -> dict[str, Site]:
    return {s.code: s for s in sites}


def of_tier(sites: list[Site], tier: Tier) -> list[Site]:
    return [s for s in sites if s.tier is tier]


def test_demo_file_loads_with_about_150_sites(sites: list[Site]) -> None:
    assert 140 <= len(sites) <= 160
    assert json.loads(DEMO_NETWORK.read_text(encoding="utf-8"))["province"] == "Điện Biên"


def test_every_tier_present_with_one_central_site(sites: list[Site]) -> None:
    counts = Counter(s.tier for s in sites)
    assert set(counts) == set(Tier)
    assert counts[Tier.CENTRAL] == 1
    assert 10 <= counts[Tier.PROVINCE] <= 14
    assert counts[Tier.DISTRICT] == 10
    assert counts[Tier.COMMUNE] == sum(EXPECTED_COMMUNES.values()) == 129
    (central,) = of_tier(sites, Tier.CENTRAL)
    assert central.code == "TW.VPCP"
    assert central.parent is None
    assert "Chính phủ" in central.agency


def test_each_tier_hangs_from_the_tier_above(sites: list[Site], by_code: dict[str, Site]) -> None:
    for site in sites:
        if site.tier is Tier.CENTRAL:
            continue
        assert site.parent is not None, site.code
        assert by_code[site.parent].tier.rank == site.tier.rank - 1, site.code
    for site in of_tier(sites, Tier.PROVINCE):
        assert site.district is None
    for site in of_tier(sites, Tier.DISTRICT):
        assert site.parent == "T.UBND"
        assert site.district == site.code


def test_province_sites_include_the_regulation_agencies(by_code: dict[str, Site]) -> None:
    for code in ("T.TU", "T.HDND", "T.UBND", "T.STTTT", "T.MTTQ", "T.STC"):
        assert by_code[code].tier is Tier.PROVINCE
    assert "Trung tâm điều khiển" in by_code["T.STTTT"].name


def test_every_commune_belongs_to_a_district_site(sites: list[Site], by_code: dict[str, Site]) -> None:
    per_district: Counter[str] = Counter()
    for site in of_tier(sites, Tier.COMMUNE):
        assert site.parent is not None and site.parent == site.district, site.code
        assert by_code[site.parent].tier is Tier.DISTRICT, site.code
        assert site.code.startswith("X." + site.parent.removeprefix("H.") + "."), site.code
        assert site.name.split()[0] in ("Xã", "Phường", "Thị"), site.name
        per_district[site.parent] += 1
    assert dict(per_district) == EXPECTED_COMMUNES


def test_codes_names_and_addresses_are_unique(sites: list[Site]) -> None:
    for key in ("code", "name", "address"):
        values = [getattr(s, key) for s in sites]
        assert len(values) == len(set(values)), key


def test_codes_are_ascii_and_addresses_private_ipv4(sites: list[Site]) -> None:
    for site in sites:
        assert re.fullmatch(r"[A-Z]+(\.[A-Z0-9]+)+", site.code), site.code
        address = ipaddress.IPv4Address(site.address)
        assert address.is_private, site.code


def test_every_site_has_technicians_and_standby_contacts(sites: list[Site]) -> None:
    phones: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for site in sites:
        assert 1 <= len(site.technicians) <= 2, site.code
        for tech in site.technicians:
            assert tech.name and tech.unit and tech.position, site.code
            assert re.fullmatch(r"0\d{3} \d{3} \d{3}", tech.phone), tech.phone
            assert re.fullmatch(r"[a-z0-9.]+@[a-z0-9.]+\.vn", tech.email), tech.email
            phones[tech.phone] += 1
            people[tech.name] += 1
        assert site.agency and site.room, site.code
        assert site.provider is not None and site.provider.name and site.provider.phone, site.code
        assert site.power is not None and site.power.name and site.power.phone, site.code
    assert max(phones.values()) == 1
    assert max(people.values()) == 1


def test_local_contacts_are_in_dien_bien(sites: list[Site]) -> None:
    for site in sites:
        if site.tier is Tier.CENTRAL:
            continue
        assert site.provider is not None and site.power is not None
        assert site.provider.organisation.endswith(("VNPT Điện Biên", "Viettel Điện Biên")), site.code
        assert site.power.organisation.startswith("Điện lực "), site.code
        assert site.power.organisation.endswith("Công ty Điện lực Điện Biên"), site.code
        assert site.power.phone.startswith("0215 "), site.code
        for tech in site.technicians:
            assert tech.email.endswith("@dienbien.gov.vn"), tech.email


def test_district_sites_have_a_party_and_a_peoples_committee_technician(sites: list[Site]) -> None:
    for site in of_tier(sites, Tier.DISTRICT):
        assert len(site.technicians) == 2, site.code
        party, committee = site.technicians
        assert PARTY_UNIT.search(party.unit), party.unit
        assert "UBND" in committee.unit and not PARTY_UNIT.search(committee.unit), committee.unit


def test_names_carry_vietnamese_diacritics(sites: list[Site], by_code: dict[str, Site]) -> None:
    assert sum("Điện Biên" in s.name or "Điện Biên" in s.agency for s in sites) >= 10
    assert by_code["X.TUANGIAO.QUAITO"].name == "Xã Quài Tở"
    assert by_code["H.TUANGIAO"].agency == "UBND huyện Tuần Giáo"
    assert by_code["X.MUONGANG.ANGCANG"].name == "Xã Ẳng Cang"
    for site in sites:
        assert unicodedata.is_normalized("NFC", site.name), site.code
        for tech in site.technicians:
            assert any(ord(c) > 127 for c in tech.name + tech.unit), tech


def test_committed_file_matches_its_generator() -> None:
    render = runpy.run_path(str(BUILDER), run_name="build_dien_bien")["render"]
    assert render() == DEMO_NETWORK.read_text(encoding="utf-8")


# --- load_network rejects inconsistent files ----------------------------------------------------------


def minimal_site(code: str, tier: str, parent: str | None) -> dict[str, Any]:
    return {
        "code": code,
        "name": code,
        "tier": tier,
        "parent": parent,
        "district": None,
        "agency": "",
        "room": "",
        "address": "",
        "technicians": [],
        "provider": None,
        "power": None,
    }


def write(tmp_path: Path, sites: list[dict[str, Any]]) -> Path:
    path = tmp_path / "network.json"
    path.write_text(json.dumps({"province": "Test", "sites": sites}, ensure_ascii=False), encoding="utf-8")
    return path


def test_minimal_file_loads(tmp_path: Path) -> None:
    path = write(tmp_path, [minimal_site("TW", "central", None), minimal_site("T", "province", "TW")])
    assert [s.code for s in load_network(path)] == ["TW", "T"]


def test_rejects_duplicate_code(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            minimal_site("TW", "central", None),
            minimal_site("T", "province", "TW"),
            minimal_site("T", "province", "TW"),
        ],
    )
    with pytest.raises(NetworkFileError, match="duplicate"):
        load_network(path)


def test_rejects_child_before_parent(tmp_path: Path) -> None:
    path = write(tmp_path, [minimal_site("T", "province", "TW"), minimal_site("TW", "central", None)])
    with pytest.raises(NetworkFileError, match="later parent TW"):
        load_network(path)


def test_rejects_unknown_parent(tmp_path: Path) -> None:
    path = write(tmp_path, [minimal_site("TW", "central", None), minimal_site("T", "province", "NOWHERE")])
    with pytest.raises(NetworkFileError, match="NOWHERE"):
        load_network(path)


def test_rejects_bad_tier_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(NetworkFileError):
        load_network(write(tmp_path, [minimal_site("TW", "planet", None)]))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(NetworkFileError):
        load_network(broken)
    with pytest.raises(NetworkFileError):
        load_network(tmp_path / "missing.json")
