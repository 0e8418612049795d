"""The simulator's network: a registry of the 34 provinces and their communes, Điện Biên's for real.

Since 1 July 2025 the country has 34 provincial units and 3,321 commune-level units. `national_registry()` is that
map: the demo network (`console.registry.load_network()`: the Government's host site, Điện Biên's province-level
sites and its 45 communes, real names) first, then the other 33 provinces, neighbours first, each with five
province-level sites (Party committee, People's Council, People's Committee, the Department of Science and
Technology that runs the control center, the Front) and as many communes and wards as it has in the national list
(the counts are real; the names below province level are synthetic, "Xã Tân Lập (Lai Châu)"). Every site names
its province, and every commune its cluster (cụm) of about a dozen, as a control center groups them.

`build_sites(n)` returns exactly `n` sites, parents before children: the first `n` of the registry, and past its
end more synthetic communes, province by province. The same `n` always gives the same sites, so the simulator and
the demo's registry (`scenario_sites`) agree on every code, name and address.
"""

from __future__ import annotations

import functools
import itertools
import logging
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from console.domain import Site, Tier
from console.registry import NetworkFileError, load_network

log = logging.getLogger("console.sim.sites")


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    city: bool  # a centrally-run city (thành phố) rather than a province (tỉnh)
    communes: int  # commune-level units in the national list (2025), wards included
    wards: int  # of which wards (phường)

    @property
    def kind(self) -> str:
        return "thành phố" if self.city else "tỉnh"

    @property
    def title(self) -> str:
        """'Tỉnh Lai Châu', 'Thành phố Hà Nội'."""
        return f"{self.kind[0].upper()}{self.kind[1:]} {self.name}"


# The 34 provincial units (Nghị quyết 60-NQ/TW; Nghị quyết 202/2025/QH15) with their commune-level units as in the
# national list of 3,321; the demo's province first, then its neighbours, then the rest.
PROVINCES: tuple[Province, ...] = (
    Province("Điện Biên", False, 45, 3),
    Province("Lai Châu", False, 38, 2),
    Province("Sơn La", False, 75, 8),
    Province("Lào Cai", False, 99, 10),
    Province("Hà Nội", True, 126, 51),
    Province("Huế", True, 40, 21),
    Province("Hải Phòng", True, 114, 45),
    Province("Đà Nẵng", True, 94, 23),
    Province("Hồ Chí Minh", True, 168, 113),
    Province("Cần Thơ", True, 103, 31),
    Province("Lạng Sơn", False, 65, 4),
    Province("Quảng Ninh", False, 54, 30),
    Province("Cao Bằng", False, 56, 3),
    Province("Tuyên Quang", False, 124, 7),
    Province("Thái Nguyên", False, 92, 15),
    Province("Phú Thọ", False, 148, 15),
    Province("Bắc Ninh", False, 99, 33),
    Province("Hưng Yên", False, 104, 11),
    Province("Ninh Bình", False, 129, 32),
    Province("Thanh Hóa", False, 166, 19),
    Province("Nghệ An", False, 130, 11),
    Province("Hà Tĩnh", False, 69, 9),
    Province("Quảng Trị", False, 78, 8),
    Province("Quảng Ngãi", False, 96, 9),
    Province("Gia Lai", False, 135, 25),
    Province("Khánh Hòa", False, 65, 16),
    Province("Lâm Đồng", False, 124, 20),
    Province("Đắk Lắk", False, 102, 14),
    Province("Đồng Nai", False, 95, 23),
    Province("Tây Ninh", False, 96, 14),
    Province("Vĩnh Long", False, 124, 19),
    Province("Đồng Tháp", False, 102, 20),
    Province("An Giang", False, 102, 14),
    Province("Cà Mau", False, 64, 9),
)
COMMUNES_NATIONWIDE = 3321
CLUSTER_SIZE = 12  # communes per synthetic cluster

_FIRST: tuple[str, ...] = (
    "Tân",
    "Phú",
    "Hòa",
    "Thanh",
    "An",
    "Bình",
    "Đông",
    "Tây",
    "Quảng",
    "Hưng",
    "Minh",
    "Long",
    "Vĩnh",
    "Xuân",
    "Mường",
    "Nậm",
    "Phước",
    "Thạch",
    "Trung",
    "Kim",
)
_SECOND: tuple[str, ...] = (
    "Lập",
    "Lộc",
    "Thịnh",
    "Phong",
    "Sơn",
    "Hà",
    "Lâm",
    "Thủy",
    "Mỹ",
    "Phúc",
    "Thành",
    "Tiến",
    "Hải",
    "Nghĩa",
    "Khánh",
    "Trạch",
    "Chà",
    "Lay",
    "Đức",
    "Quang",
)
_PAIRS: tuple[tuple[str, str], ...] = tuple((a, b) for a in _FIRST for b in _SECOND if a != b)


def _place(k: int, offset: int = 0) -> str:
    """The k-th two-syllable place name of a series starting at `offset`; distinct for k < 380, then numbered
    ("Tân Lập 2")."""
    a, b = _PAIRS[((k + offset) * 7) % len(_PAIRS)]
    rounds = k // len(_PAIRS)
    return f"{a} {b}" if rounds == 0 else f"{a} {b} {rounds + 1}"


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if c.isalnum() and c.isascii()).upper()


class _SyntheticProvince:
    """One province's synthetic sites: five province-level sites, then communes without end."""

    def __init__(self, index: int, province: Province, central: str | None) -> None:
        self.p = province
        self.prefix = f"SIM.{_ascii(province.name)}"
        self.octet = 64 + index  # 100.64.0.0/10: clear of the demo network's 10.0.0.0/8 addresses
        self.central = central
        self.seed = index * 53

    @property
    def host(self) -> str:
        return f"{self.prefix}.UBND"

    def province_sites(self) -> list[Site]:
        p, kind = self.p, self.p.kind
        committee = "Thành ủy" if p.city else "Tỉnh ủy"
        rows = (
            ("TU", f"{committee} {p.name}", f"{committee} {p.name}"),
            ("HDND", f"Đoàn ĐBQH và HĐND {kind} {p.name}", f"Văn phòng Đoàn ĐBQH và HĐND {kind} {p.name}"),
            ("UBND", f"UBND {kind} {p.name}", f"Ủy ban nhân dân {kind} {p.name}"),
            ("SKHCN", f"Sở KH&CN {kind} {p.name}", f"Sở Khoa học và Công nghệ {kind} {p.name}"),
            ("MTTQ", f"Ủy ban MTTQ {kind} {p.name}", f"Ủy ban Mặt trận Tổ quốc Việt Nam {kind} {p.name}"),
        )
        return [
            Site(
                code=f"{self.prefix}.{suffix}",
                name=name,
                tier=Tier.PROVINCE,
                parent=self.central,
                agency=agency,
                room=f"Phòng họp trực tuyến {name}",
                address=f"100.{self.octet}.0.{10 + i}",
                province=p.name,
            )
            for i, (suffix, name, agency) in enumerate(rows)
        ]

    def commune(self, c: int) -> Site:
        """The c-th commune (0-based); the first `wards` of the national count are wards."""
        p = self.p
        kind = "Phường" if c < p.wards else "Xã"
        place = _place(c, self.seed)
        cluster = _place(c // CLUSTER_SIZE, self.seed + 200)
        lower = f"{kind.lower()} {place}"
        return Site(
            code=f"{self.prefix}.X{c + 1:03d}",
            name=f"{kind} {place} ({p.name})",
            tier=Tier.COMMUNE,
            parent=self.host,
            agency=f"UBND {lower}",
            room=f"Phòng họp trực tuyến UBND {lower}",
            address=f"100.{self.octet}.{1 + c // 200}.{20 + c % 200}",
            cluster=f"Cụm {cluster} ({p.name})",
            province=p.name,
        )

    def registry(self) -> list[Site]:
        return [*self.province_sites(), *(self.commune(c) for c in range(self.p.communes))]


def demo_sites() -> list[Site]:
    """The demo network, or an empty list when its file is missing or unreadable."""
    try:
        return load_network()
    except NetworkFileError as exc:
        log.warning("demo network unavailable, using synthetic sites only: %s", exc)
        return []


def _others(base: list[Site]) -> list[_SyntheticProvince]:
    """The provinces `base` does not cover, as synthetic ones hanging from its central site."""
    central = next((s.code for s in base if s.tier is Tier.CENTRAL), None)
    covered = {s.province for s in base if s.province}
    return [_SyntheticProvince(i, p, central) for i, p in enumerate(PROVINCES) if p.name not in covered]


def _national(base: list[Site]) -> Iterator[Site]:
    """`base`, the other provinces' registries, then more communes province by province, without end."""
    others = _others(base)
    yield from base
    for province in others:
        yield from province.registry()
    if not others:
        return
    for extra in itertools.count():
        for province in others:
            yield province.commune(province.p.communes + extra)


@functools.cache
def _demo_national() -> tuple[Site, ...]:
    base = demo_sites()
    return tuple(itertools.islice(_national(base), len(base) + sum(5 + p.p.communes for p in _others(base))))


def national_registry() -> list[Site]:
    """The registry of the 34 provinces and their communes (3,500 sites with the demo network)."""
    return list(_demo_national())


NATIONAL_SITES = 1 + 13 + sum(p.communes for p in PROVINCES) + 5 * (len(PROVINCES) - 1)


def build_sites(n: int, base: list[Site] | None = None) -> list[Site]:
    """Exactly `n` sites: the national registry built on `base` (default: the demo network), then more communes."""
    if n < 0:
        raise ValueError("n must be >= 0")
    if base is None:
        if n < NATIONAL_SITES:  # a province's meeting: its first sites, without building the nation's
            return list(itertools.islice(_national(demo_sites()), n))
        registry = _demo_national()  # kept: a national meeting's sites are asked for more than once
        if n <= len(registry):
            return list(registry[:n])
        base = demo_sites()
    return list(itertools.islice(_national(base), n))


def scenario_sites(sites: int, scenario: str) -> list[Site]:
    """The sites of the simulator's meeting for a scenario: `national` has at least the whole national registry."""
    return build_sites(max(sites, NATIONAL_SITES) if scenario == "national" else sites)


def district_of(site: Site) -> str | None:
    """The group a shared fault strikes together (the storm scenario): the site's cluster, else its (former)
    district (a district site belongs to itself); None when it has neither."""
    if site.cluster:
        return site.cluster
    if site.district:
        return site.district
    if site.tier is Tier.DISTRICT:
        return site.code
    return None
