"""Whom to tell of a change, and picking expected sites by tier, cluster or province."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from console.domain import Contact, Side, Site, Technician, Tier
from console.domain.register import Booking
from console.register import Role, SelectionError, select_sites, whom_to_tell

VNPT = Contact("VNPT Điện Biên", "Nguyễn Văn An", "0215 3825 111", "an@vnpt.example")
EVN = Contact("Điện lực Điện Biên", "Trần Thị Bình", "0215 3826 222")
OTHER_EVN = Contact("Điện lực Tuần Giáo", "Lò Văn Khải", "0215 3862 333")


def site(
    code: str,
    tier: Tier,
    parent: str | None,
    district: str | None = None,
    *,
    technicians: tuple[Technician, ...] = (),
    provider: Contact | None = None,
    power: Contact | None = None,
) -> Site:
    return Site(
        code,
        f"Site {code}",
        tier,
        parent,
        "UBND",
        "Phòng họp",
        "10.0.0.1",
        district,
        technicians,
        provider,
        power,
    )


REGISTRY = [
    site(
        "P",
        Tier.PROVINCE,
        None,
        technicians=(Technician("Lò Văn Cường", "Sở KH&CN", "KTV", "0912 1", "c@x"),),
        provider=VNPT,
        power=EVN,
    ),
    site(
        "H",
        Tier.DISTRICT,
        "P",
        technicians=(
            Technician("Quàng Văn Dũng", "VP Huyện ủy", "CV", "0912 2", side=Side.PARTY),
            Technician("Lường Thị Em", "VP UBND", "CV", "0912 3", "em@x"),
        ),
        provider=VNPT,
        power=OTHER_EVN,
    ),
    site("X1", Tier.COMMUNE, "H", "H", provider=VNPT, power=OTHER_EVN),
    site("X2", Tier.COMMUNE, "H", "H"),
    site("Y1", Tier.COMMUNE, "P", "G"),
    site("G", Tier.DISTRICT, "P"),
]


def test_technicians_site_by_site_then_each_contact_once_with_every_site_it_serves() -> None:
    b = Booking(
        "Giao ban", "UBND tỉnh", "P", datetime(2025, 3, 3, tzinfo=UTC), None, sites=("X1", "H", "P", "NOPE")
    )
    told = whom_to_tell(b, {s.code: s for s in REGISTRY})
    assert [(r.role, r.sites, r.name) for r in told] == [
        (Role.TECHNICIAN, ("P",), "Lò Văn Cường"),
        (Role.TECHNICIAN, ("H",), "Lường Thị Em"),  # the People's Committee's: the Huyện ủy's is not told
        (Role.PROVIDER, ("P", "X1", "H"), "Nguyễn Văn An"),
        (Role.POWER, ("P",), "Trần Thị Bình"),
        (Role.POWER, ("X1", "H"), "Lò Văn Khải"),
    ]
    assert told[0].phone == "0912 1" and told[0].email == "c@x" and told[2].email == "an@vnpt.example"


def test_sites_picked_one_by_one_or_by_tier_cluster_province_once_each_in_order() -> None:
    assert select_sites(["X2", "P"], REGISTRY) == ("X2", "P")
    assert select_sites(["tier:commune"], REGISTRY) == ("X1", "X2", "Y1")
    assert select_sites(["cluster:H", "X1", "tier:district"], REGISTRY) == ("H", "X1", "X2", "G")
    assert select_sites(["province:H"], REGISTRY) == ("H", "X1", "X2")
    assert select_sites(["province:P"], REGISTRY) == tuple(s.code for s in REGISTRY)


@pytest.mark.parametrize(
    ("term", "message"),
    [
        ("NOPE", "unknown site code 'NOPE'"),
        ("tier:hamlet", "unknown tier 'hamlet'"),
        ("cluster:NOPE", "unknown site code 'NOPE'"),
        ("tier:central", "names no site"),
    ],
)
def test_a_term_that_names_nothing_is_refused(term: str, message: str) -> None:
    with pytest.raises(SelectionError, match=message):
        select_sites([term], REGISTRY)


def _two_sided() -> dict[str, Site]:
    party = Technician("Quàng Văn Dũng", "VP Huyện ủy", "CV", "0912 2", side=Side.PARTY)
    government = Technician("Lường Thị Em", "VP UBND", "CV", "0912 3", side=Side.GOVERNMENT)
    only_government = Technician("Lò Văn Cường", "Sở KH&CN", "KTV", "0912 1")
    return {
        "H": site("H", Tier.DISTRICT, "P", technicians=(party, government)),
        "P": site("P", Tier.PROVINCE, None, technicians=(only_government,)),
    }


@pytest.mark.parametrize(
    ("agency", "told"),
    [
        ("Tỉnh ủy Điện Biên", ["Quàng Văn Dũng", "Lò Văn Cường"]),
        ("Ban Tuyên giáo Tỉnh uỷ", ["Quàng Văn Dũng", "Lò Văn Cường"]),  # the old tone placement
        ("Đảng ủy xã Mường Nhé", ["Quàng Văn Dũng", "Lò Văn Cường"]),
        ("Ủy ban nhân dân tỉnh", ["Lường Thị Em", "Lò Văn Cường"]),
        ("Hội đồng nhân dân tỉnh", ["Lường Thị Em", "Lò Văn Cường"]),
        ("Ủy ban Mặt trận Tổ quốc tỉnh", ["Lường Thị Em", "Lò Văn Cường"]),
    ],
)
def test_the_technician_told_is_the_host_sides_party_or_government(agency: str, told: list[str]) -> None:
    """002 §15.2b: a Party-hosted meeting is run by the Party committee's technician, the others by the People's
    Committee's; a site with nobody of that side is told through whom it has."""
    b = Booking(agency, agency, "H", datetime(2025, 3, 3, tzinfo=UTC), None, sites=("P",))
    names = [r.name for r in whom_to_tell(b, _two_sided()) if r.role is Role.TECHNICIAN]
    assert names == told


def test_without_a_host_agency_the_host_sites_agency_decides() -> None:
    sites = _two_sided()
    sites["H"] = replace(sites["H"], agency="Huyện ủy Tuần Giáo")
    b = Booking("Hội nghị", "", "H", datetime(2025, 3, 3, tzinfo=UTC), None)
    assert [r.name for r in whom_to_tell(b, sites)] == ["Quàng Văn Dũng"]
