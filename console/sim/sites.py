"""The simulator's network: the demo province's sites, then deterministic synthetic ones.

`build_sites(n)` returns exactly `n` sites, parents before children. It starts with the demo network
(`console.registry.load_network()`) when that file is present and readable, and continues with synthetic
provinces, each with its People's Committee, its districts and their communes, named the way Vietnamese
administrative units are ("UBND xã Tân Lập (tỉnh Hà Giang)"). The same `n` always gives the same sites.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator

from console.domain import Site, Tier
from console.registry import NetworkFileError, load_network

log = logging.getLogger("console.sim.sites")

# Provinces used for synthetic sites, in order (the demo province is skipped if it appears).
PROVINCES: tuple[str, ...] = (
    "Lai Châu",
    "Sơn La",
    "Lào Cai",
    "Hà Giang",
    "Cao Bằng",
    "Bắc Kạn",
    "Lạng Sơn",
    "Tuyên Quang",
    "Yên Bái",
    "Thái Nguyên",
    "Phú Thọ",
    "Hòa Bình",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
    "Bình Phước",
    "Tây Ninh",
    "Long An",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Cà Mau",
    "Sóc Trăng",
    "Trà Vinh",
    "Bến Tre",
)

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
DISTRICTS_PER_PROVINCE = 9
COMMUNES_PER_DISTRICT = 14


def _place(k: int) -> str:
    """The k-th two-syllable place name; distinct for k < 380."""
    pairs = [(a, b) for a in _FIRST for b in _SECOND if a != b]
    a, b = pairs[(k * 7) % len(pairs)]
    return f"{a} {b}"


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if c.isalnum() and c.isascii()).upper()


def _synthetic(start_province: int, skip: str) -> Iterator[Site]:
    """Endless synthetic sites: province by province, the province first, then each district and its communes."""
    p = start_province
    while True:
        name = PROVINCES[p % len(PROVINCES)]
        round_ = p // len(PROVINCES)
        p += 1
        if name == skip:
            continue
        label = name if round_ == 0 else f"{name} {round_ + 1}"
        pcode = f"SIM.{_ascii(label)}"
        o2 = 64 + (p - 1) % 64  # 100.64.0.0/10: clear of the demo network's 10.0.0.0/8 addresses
        yield Site(
            code=f"{pcode}.UBND",
            name=f"UBND tỉnh {label}",
            tier=Tier.PROVINCE,
            parent=None,
            agency=f"Ủy ban nhân dân tỉnh {label}",
            room="Phòng họp trực tuyến tầng 2",
            address=f"100.{o2}.0.10",
        )
        for d in range(DISTRICTS_PER_PROVINCE):
            dname = _place(p * 31 + d)
            dcode = f"{pcode}.H{d + 1:02d}"
            yield Site(
                code=dcode,
                name=f"UBND huyện {dname} (tỉnh {label})",
                tier=Tier.DISTRICT,
                parent=f"{pcode}.UBND",
                district=dcode,
                agency=f"Ủy ban nhân dân huyện {dname}",
                room="Hội trường UBND huyện",
                address=f"100.{o2}.{d + 1}.10",
            )
            for c in range(COMMUNES_PER_DISTRICT):
                cname = _place(p * 31 + DISTRICTS_PER_PROVINCE + d * COMMUNES_PER_DISTRICT + c)
                yield Site(
                    code=f"{dcode}.X{c + 1:02d}",
                    name=f"UBND xã {cname} (tỉnh {label})",
                    tier=Tier.COMMUNE,
                    parent=dcode,
                    district=dcode,
                    agency=f"Ủy ban nhân dân xã {cname}",
                    room="Phòng họp UBND xã",
                    address=f"100.{o2}.{d + 1}.{20 + c}",
                )


def demo_sites() -> list[Site]:
    """The demo network, or an empty list when its file is missing or unreadable."""
    try:
        return load_network()
    except NetworkFileError as exc:
        log.warning("demo network unavailable, using synthetic sites only: %s", exc)
        return []


def build_sites(n: int, base: list[Site] | None = None) -> list[Site]:
    """Exactly `n` sites: `base` (default: the demo network) first, then synthetic provinces."""
    if n < 0:
        raise ValueError("n must be >= 0")
    base = demo_sites() if base is None else base
    sites = list(base[:n])
    if len(sites) < n:
        province_names = {s.name for s in base if s.tier is Tier.PROVINCE}
        skip = next((p for p in PROVINCES if any(p in name for name in province_names)), "")
        codes = {s.code for s in sites}
        for site in _synthetic(0, skip):
            if len(sites) >= n:
                break
            if site.code in codes:
                continue
            sites.append(site)
    return sites


def district_of(site: Site) -> str | None:
    """The code of the district a site belongs to (a district site belongs to itself); None above."""
    if site.district:
        return site.district
    if site.tier is Tier.DISTRICT:
        return site.code
    return None
