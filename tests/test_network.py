"""The demo network file (Điện Biên province since 1 July 2025, Nghị quyết 1661/NQ-UBTVQH15) and `load_network`."""

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

from console.domain import Side, Site, Tier
from console.registry import DEMO_NETWORK, NetworkFileError, check_camera, load_network

BUILDER = DEMO_NETWORK.with_name("build_dien_bien.py")

# The 45 commune-level units of Nghị quyết 1661/NQ-UBTVQH15 (16 June 2025): 42 xã and 3 phường.
WARDS = {"Điện Biên Phủ", "Mường Lay", "Mường Thanh"}
COMMUNES = {
    "Sín Thầu", "Mường Nhé", "Nậm Kè", "Mường Toong", "Quảng Lâm", "Mường Chà", "Nà Hỳ", "Na Sang", "Chà Tở",
    "Nà Bủng", "Mường Tùng", "Pa Ham", "Nậm Nèn", "Si Pa Phìn", "Mường Pồn", "Na Son", "Xa Dung", "Mường Luân",
    "Tủa Chùa", "Tủa Thàng", "Sín Chải", "Sính Phình", "Sáng Nhè", "Tuần Giáo", "Mường Ảng", "Pú Nhung",
    "Mường Mùn", "Chiềng Sinh", "Quài Tở", "Búng Lao", "Mường Lạn", "Nà Tấu", "Mường Phăng", "Thanh Nưa",
    "Thanh Yên", "Thanh An", "Sam Mứn", "Núa Ngam", "Mường Nhà", "Pu Nhi", "Phình Giàng", "Tìa Dình",
}  # fmt: skip
FORMER_DISTRICTS = {
    "Điện Biên Phủ", "Mường Lay", "Mường Nhé", "Mường Chà", "Tủa Chùa", "Tuần Giáo", "Điện Biên",
    "Điện Biên Đông", "Mường Ảng", "Nậm Pồ",
}  # fmt: skip
PARTY_UNIT = re.compile(r"\b(Tỉnh|Đảng) ủy\b")


@pytest.fixture(scope="module")
def sites() -> list[Site]:
    return load_network()


@pytest.fixture(scope="module")
def by_code(sites: list[Site]) -> dict[str, Site]:
    return {s.code: s for s in sites}


def of_tier(sites: list[Site], tier: Tier) -> list[Site]:
    return [s for s in sites if s.tier is tier]


def test_the_demo_is_dien_bien_on_todays_two_tier_map(sites: list[Site]) -> None:
    assert json.loads(DEMO_NETWORK.read_text(encoding="utf-8"))["province"] == "Điện Biên"
    counts = Counter(s.tier for s in sites)
    assert counts == {Tier.CENTRAL: 1, Tier.PROVINCE: 13, Tier.COMMUNE: 45}  # no district any more
    (central,) = of_tier(sites, Tier.CENTRAL)
    assert central.code == "TW.VPCP" and central.parent is None and "Chính phủ" in central.agency


def test_its_communes_are_the_45_of_the_resolution(sites: list[Site]) -> None:
    communes = of_tier(sites, Tier.COMMUNE)
    wards = {s.name.removeprefix("Phường ") for s in communes if s.name.startswith("Phường ")}
    xa = {s.name.removeprefix("Xã ") for s in communes if s.name.startswith("Xã ")}
    assert wards == WARDS
    assert xa == COMMUNES and len(xa) == 42


def test_province_sites_hang_from_the_government_and_communes_from_the_province(sites: list[Site]) -> None:
    for site in of_tier(sites, Tier.PROVINCE):
        assert site.parent == "TW.VPCP" and site.cluster == "" and site.province == "Điện Biên", site.code
    for site in of_tier(sites, Tier.COMMUNE):
        assert site.parent == "T.UBND" and site.district is None and site.province == "Điện Biên", site.code
        assert site.agency == "UBND " + site.name[0].lower() + site.name[1:], site.code


def test_communes_are_clustered_by_their_former_district(sites: list[Site]) -> None:
    clusters = Counter(s.cluster for s in of_tier(sites, Tier.COMMUNE))
    assert {c.removeprefix("Cụm ") for c in clusters} == FORMER_DISTRICTS
    assert all(c.startswith("Cụm ") for c in clusters)
    by_name = {s.name: s.cluster for s in sites}
    # the namesake communes of Nghị quyết 1661 (e.g. xã Mường Nhé = Mường Nhé + Nậm Vì + Chung Chải)
    assert by_name["Xã Mường Nhé"] == by_name["Xã Sín Thầu"] == by_name["Xã Mường Toong"] == "Cụm Mường Nhé"
    assert by_name["Xã Quài Tở"] == by_name["Xã Tuần Giáo"] == "Cụm Tuần Giáo"
    assert by_name["Phường Điện Biên Phủ"] == "Cụm Điện Biên Phủ"


def test_province_sites_include_the_regulation_agencies(by_code: dict[str, Site]) -> None:
    for code in ("T.TU", "T.HDND", "T.UBND", "T.SKHCN", "T.MTTQ", "T.STC"):
        assert by_code[code].tier is Tier.PROVINCE
    # since 1 March 2025 the Department of Information and Communications is part of Science and Technology
    assert "Trung tâm điều khiển" in by_code["T.SKHCN"].name
    assert "Khoa học và Công nghệ" in by_code["T.SKHCN"].agency
    assert not any("Thông tin và Truyền thông" in s.agency for s in by_code.values())


def test_codes_names_and_addresses_are_unique(sites: list[Site]) -> None:
    for key in ("code", "name", "address"):
        values = [getattr(s, key) for s in sites]
        assert len(values) == len(set(values)), key


def test_codes_are_ascii_and_addresses_private_ipv4(sites: list[Site]) -> None:
    for site in sites:
        assert re.fullmatch(r"[A-Z]+(\.[A-Z0-9]+)+", site.code), site.code
        address = ipaddress.IPv4Address(site.address)
        assert address.is_private, site.code


def test_cameras_are_visca_addresses_or_through_the_mcu(sites: list[Site]) -> None:
    with_camera = [s for s in sites if s.camera]
    assert all(check_camera(s.camera) is None and s.camera.endswith(":52381") for s in with_camera)
    assert all(s.camera for s in of_tier(sites, Tier.PROVINCE))
    communes = of_tier(sites, Tier.COMMUNE)
    assert 0 < sum(bool(s.camera) for s in communes) < len(communes)  # both kinds for the calibration view


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


def test_each_commune_has_a_party_and_a_peoples_committee_technician(sites: list[Site]) -> None:
    for site in of_tier(sites, Tier.COMMUNE):
        assert [t.side for t in site.technicians] == [Side.PARTY, Side.GOVERNMENT], site.code
        party, committee = site.technicians
        assert PARTY_UNIT.search(party.unit), party.unit
        assert "UBND" in committee.unit and not PARTY_UNIT.search(committee.unit), committee.unit
    for site in of_tier(sites, Tier.PROVINCE):
        party_side = site.code == "T.TU"
        assert all((t.side is Side.PARTY) == party_side for t in site.technicians), site.code


def test_names_carry_vietnamese_diacritics(sites: list[Site], by_code: dict[str, Site]) -> None:
    assert sum("Điện Biên" in s.name or "Điện Biên" in s.agency for s in sites) >= 10
    assert by_code["X.QUAITO"].name == "Xã Quài Tở"
    assert by_code["X.MUONGANG"].agency == "UBND xã Mường Ảng"
    assert by_code["X.DIENBIENPHU"].name == "Phường Điện Biên Phủ"
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


def test_a_child_may_come_before_its_parent(tmp_path: Path) -> None:
    path = write(tmp_path, [minimal_site("T", "province", "TW"), minimal_site("TW", "central", None)])
    assert [s.parent for s in load_network(path)] == ["TW", None]


def test_rejects_a_loop_of_parents(tmp_path: Path) -> None:
    path = write(tmp_path, [minimal_site("A", "province", "B"), minimal_site("B", "province", "A")])
    with pytest.raises(NetworkFileError, match="loop: A → B → A"):
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
