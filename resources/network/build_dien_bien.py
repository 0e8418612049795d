"""Build `dien_bien.json`: the demo network of Điện Biên province (Decision 25/2021/QĐ-UBND).

The administrative structure is the real one in force from 2020 until the 2025 reorganisation:
1 city, 1 town and 8 districts with 129 commune-level units (9 wards, 5 towns, 115 communes), named
as in the national list of administrative units. Everything personal (technicians, standby contacts,
phone numbers, e-mail addresses) is invented, and so is the address plan on the dedicated data network:

    central site            10.24.0.10
    province sites          10.215.1.x
    district site           10.215.D.10       D = the district's national administrative code (94..103)
    commune sites           10.215.D.(20+n)   n = the commune's position in its district

Standard library only and deterministic: every choice derives from a SHA-256 of a fixed key, so running
it again rewrites the same bytes.  Usage: `python build_dien_bien.py [--check]`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).resolve().with_name("dien_bien.json")
PROVINCE = "Điện Biên"
MAIL = "dienbien.gov.vn"

# ---------------------------------------------------------------------------------------------------------
# Administrative structure
# ---------------------------------------------------------------------------------------------------------

# (national code, code slug, kind, name, short name of the VNPT / Viettel / Điện lực branch, name groups,
#  commune-level units in national-list order)
DISTRICTS: list[tuple[int, str, str, str, str, str, list[str]]] = [
    (
        94,
        "DIENBIENPHU",
        "thành phố",
        "Điện Biên Phủ",
        "Điện Biên Phủ",
        "kinh kinh kinh thai thai",
        [
            "Phường Noong Bua",
            "Phường Him Lam",
            "Phường Thanh Bình",
            "Phường Tân Thanh",
            "Phường Mường Thanh",
            "Phường Nam Thanh",
            "Phường Thanh Trường",
            "Xã Thanh Minh",
            "Xã Nà Tấu",
            "Xã Nà Nhạn",
            "Xã Mường Phăng",
            "Xã Pá Khoang",
        ],
    ),
    (
        95,
        "MUONGLAY",
        "thị xã",
        "Mường Lay",
        "Mường Lay",
        "thai thai kinh hmong",
        ["Phường Sông Đà", "Phường Na Lay", "Xã Lay Nưa"],
    ),
    (
        96,
        "MUONGNHE",
        "huyện",
        "Mường Nhé",
        "Mường Nhé",
        "hmong hmong thai kinh",
        [
            "Xã Sín Thầu",
            "Xã Sen Thượng",
            "Xã Chung Chải",
            "Xã Leng Su Sìn",
            "Xã Pá Mỳ",
            "Xã Mường Nhé",
            "Xã Nậm Vì",
            "Xã Nậm Kè",
            "Xã Mường Toong",
            "Xã Quảng Lâm",
            "Xã Huổi Lếch",
        ],
    ),
    (
        97,
        "MUONGCHA",
        "huyện",
        "Mường Chà",
        "Mường Chà",
        "hmong hmong thai kinh",
        [
            "Thị trấn Mường Chà",
            "Xã Sá Tổng",
            "Xã Mường Tùng",
            "Xã Hừa Ngài",
            "Xã Huổi Mí",
            "Xã Pa Ham",
            "Xã Nậm Nèn",
            "Xã Huổi Lèng",
            "Xã Sa Lông",
            "Xã Ma Thì Hồ",
            "Xã Na Sang",
            "Xã Mường Mươn",
        ],
    ),
    (
        98,
        "TUACHUA",
        "huyện",
        "Tủa Chùa",
        "Tủa Chùa",
        "hmong hmong hmong kinh",
        [
            "Thị trấn Tủa Chùa",
            "Xã Huổi Só",
            "Xã Sín Chải",
            "Xã Tả Sìn Thàng",
            "Xã Lao Xả Phình",
            "Xã Tả Phìn",
            "Xã Tủa Thàng",
            "Xã Trung Thu",
            "Xã Sính Phình",
            "Xã Xá Nhè",
            "Xã Mường Đun",
            "Xã Mường Báng",
        ],
    ),
    (
        99,
        "TUANGIAO",
        "huyện",
        "Tuần Giáo",
        "Tuần Giáo",
        "thai thai hmong kinh",
        [
            "Thị trấn Tuần Giáo",
            "Xã Phình Sáng",
            "Xã Rạng Đông",
            "Xã Mùn Chung",
            "Xã Nà Tòng",
            "Xã Ta Ma",
            "Xã Mường Mùn",
            "Xã Pú Xi",
            "Xã Pú Nhung",
            "Xã Quài Nưa",
            "Xã Mường Thín",
            "Xã Tỏa Tình",
            "Xã Nà Sáy",
            "Xã Mường Khong",
            "Xã Quài Cang",
            "Xã Quài Tở",
            "Xã Chiềng Sinh",
            "Xã Chiềng Đông",
            "Xã Tênh Phông",
        ],
    ),
    (
        100,
        "DIENBIEN",
        "huyện",
        "Điện Biên",
        "Điện Biên",
        "thai thai thai kinh hmong",
        [
            "Xã Mường Pồn",
            "Xã Thanh Nưa",
            "Xã Hua Thanh",
            "Xã Thanh Luông",
            "Xã Thanh Hưng",
            "Xã Thanh Xương",
            "Xã Thanh Chăn",
            "Xã Pa Thơm",
            "Xã Thanh An",
            "Xã Thanh Yên",
            "Xã Noong Luống",
            "Xã Noong Hẹt",
            "Xã Sam Mứn",
            "Xã Pom Lót",
            "Xã Núa Ngam",
            "Xã Hẹ Muông",
            "Xã Na Ư",
            "Xã Mường Nhà",
            "Xã Na Tông",
            "Xã Mường Lói",
            "Xã Phu Luông",
        ],
    ),
    (
        101,
        "DIENBIENDONG",
        "huyện",
        "Điện Biên Đông",
        "Điện Biên Đông",
        "hmong hmong thai kinh",
        [
            "Thị trấn Điện Biên Đông",
            "Xã Na Son",
            "Xã Phì Nhừ",
            "Xã Chiềng Sơ",
            "Xã Mường Luân",
            "Xã Pú Nhi",
            "Xã Nong U",
            "Xã Xa Dung",
            "Xã Keo Lôm",
            "Xã Luân Giói",
            "Xã Phình Giàng",
            "Xã Pú Hồng",
            "Xã Tìa Dình",
            "Xã Háng Lìa",
        ],
    ),
    (
        102,
        "MUONGANG",
        "huyện",
        "Mường Ảng",
        "Mường Ảng",
        "thai thai kinh hmong",
        [
            "Thị trấn Mường Ảng",
            "Xã Mường Đăng",
            "Xã Ngối Cáy",
            "Xã Ẳng Tở",
            "Xã Búng Lao",
            "Xã Xuân Lao",
            "Xã Ẳng Nưa",
            "Xã Ẳng Cang",
            "Xã Nặm Lịch",
            "Xã Mường Lạn",
        ],
    ),
    (
        103,
        "NAMPO",
        "huyện",
        "Nậm Pồ",
        "Nậm Pồ",
        "hmong hmong thai kinh",
        [
            "Xã Nậm Tin",
            "Xã Pa Tần",
            "Xã Chà Cang",
            "Xã Na Cô Sa",
            "Xã Nà Khoa",
            "Xã Nà Hỳ",
            "Xã Nà Bủng",
            "Xã Nậm Nhừ",
            "Xã Nậm Chua",
            "Xã Nậm Khăn",
            "Xã Chà Tở",
            "Xã Vàng Đán",
            "Xã Chà Nưa",
            "Xã Phìn Hồ",
            "Xã Si Pa Phìn",
        ],
    ),
]

# Where PC Điện Biên's branch is not simply "Điện lực <short name>".
POWER_BRANCH = {"Điện Biên Phủ": "Thành phố Điện Biên Phủ", "Điện Biên": "huyện Điện Biên"}

PARTY_COMMITTEE = {"thành phố": "Thành ủy", "thị xã": "Thị ủy", "huyện": "Huyện ủy"}

# (code, name, agency, room, technicians' unit, positions of the technicians)
PROVINCE_SITES: list[tuple[str, str, str, str, str, tuple[str, ...]]] = [
    (
        "T.TU",
        "Tỉnh ủy Điện Biên",
        "Tỉnh ủy Điện Biên",
        "Phòng họp trực tuyến Tỉnh ủy",
        "Văn phòng Tỉnh ủy Điện Biên",
        ("Chuyên viên Phòng Cơ yếu - Công nghệ thông tin", "Chuyên viên Phòng Hành chính - Lưu trữ"),
    ),
    (
        "T.HDND",
        "Đoàn ĐBQH và HĐND tỉnh",
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Điện Biên",
        "Phòng họp trực tuyến HĐND tỉnh",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh Điện Biên",
        ("Chuyên viên Phòng Hành chính - Tổ chức - Quản trị",),
    ),
    (
        "T.UBND",
        "UBND tỉnh Điện Biên",
        "Ủy ban nhân dân tỉnh Điện Biên",
        "Hội trường chính (phòng họp trực tuyến) UBND tỉnh",
        "Văn phòng UBND tỉnh Điện Biên",
        ("Viên chức Trung tâm Thông tin - Công báo", "Chuyên viên Phòng Hành chính - Tổ chức"),
    ),
    (
        "T.STTTT",
        "Sở Thông tin và Truyền thông (Trung tâm điều khiển)",
        "Sở Thông tin và Truyền thông tỉnh Điện Biên",
        "Trung tâm điều khiển hệ thống hội nghị truyền hình trực tuyến",
        "Trung tâm Công nghệ thông tin và Truyền thông",
        ("Kỹ thuật viên vận hành MCU", "Viên chức kỹ thuật hạ tầng mạng"),
    ),
    (
        "T.MTTQ",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên",
        "Phòng họp trực tuyến Ủy ban MTTQ tỉnh",
        "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Điện Biên",
        ("Chuyên viên Văn phòng",),
    ),
    (
        "T.STC",
        "Sở Tài chính",
        "Sở Tài chính tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Tài chính",
        "Văn phòng Sở Tài chính",
        ("Chuyên viên CNTT",),
    ),
    (
        "T.SKHDT",
        "Sở Kế hoạch và Đầu tư",
        "Sở Kế hoạch và Đầu tư tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Kế hoạch và Đầu tư",
        "Văn phòng Sở Kế hoạch và Đầu tư",
        ("Chuyên viên CNTT",),
    ),
    (
        "T.SNV",
        "Sở Nội vụ",
        "Sở Nội vụ tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Nội vụ",
        "Văn phòng Sở Nội vụ",
        ("Chuyên viên CNTT",),
    ),
    (
        "T.SNNPTNT",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Nông nghiệp và PTNT",
        "Văn phòng Sở Nông nghiệp và PTNT",
        ("Chuyên viên CNTT", "Chuyên viên Văn phòng Ban Chỉ huy PCTT và TKCN"),
    ),
    (
        "T.SYT",
        "Sở Y tế",
        "Sở Y tế tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Y tế",
        "Văn phòng Sở Y tế",
        ("Chuyên viên CNTT",),
    ),
    (
        "T.SGDDT",
        "Sở Giáo dục và Đào tạo",
        "Sở Giáo dục và Đào tạo tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Giáo dục và Đào tạo",
        "Văn phòng Sở Giáo dục và Đào tạo",
        ("Chuyên viên CNTT",),
    ),
    (
        "T.STNMT",
        "Sở Tài nguyên và Môi trường",
        "Sở Tài nguyên và Môi trường tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Tài nguyên và Môi trường",
        "Văn phòng Sở Tài nguyên và Môi trường",
        ("Chuyên viên CNTT",),
    ),
]

# ---------------------------------------------------------------------------------------------------------
# Invented people
# ---------------------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


NAMES: dict[str, dict[str, list[str]]] = {
    "kinh": {
        "family": _words("Nguyễn Trần Lê Phạm Hoàng Vũ Đỗ Bùi Đặng Ngô Đinh Trịnh"),
        "middle_m": _words("Văn Đức Minh Quang Hữu Mạnh Tiến Xuân"),
        "middle_f": _words("Thị Thu Thanh Ngọc Hồng Thúy"),
        "given_m": _words(
            "Hùng Tuấn Dũng Cường Hải Long Sơn Thắng Quân Hiếu Khánh Phong Trung Nam Việt Bình Hòa Đạt "
            "Tùng Kiên"
        ),
        "given_f": _words("Hương Lan Hoa Thảo Trang Hà Linh Ngọc Yến Mai Phương Nhung Huyền Thủy Hằng Vân"),
    },
    "thai": {
        "family": _words("Lò Lường Quàng Cà Tòng Vì Điêu Lù Mè Bạc Lê Hoàng"),
        "middle_m": ["Văn"],
        "middle_f": ["Thị"],
        "given_m": _words(
            "Thanh Hùng Xuân Biên Chung Khánh Nghiệp Phóng Sơn Tiến Tuyên Hưng Duy Ơn Panh Pấng Inh Quyết"
        ),
        "given_f": _words("Hoa Hương Xuân Thoa Duyên Hồng Ánh Thúy Nguyệt Ín Lả Muôn"),
    },
    "hmong": {
        "family": _words("Giàng Vàng Sùng Mùa Thào Lý Hờ Lầu Cứ Tráng Chang"),
        "middle_m": ["A"],
        "middle_f": ["Thị"],
        "given_m": _words("Páo Lử Dinh Sáng Chứ Sinh Chá Tủa Dế Pó Sử Khua Nhà Súa Tồng Vừ Cở Dơ"),
        "given_f": _words("Mai Sua Mỷ Dợ Pà Chu Máy Say Dua Xé"),
    },
}

MOBILE_PREFIXES = ("091", "094", "088", "083", "084", "096", "097", "098", "086", "035", "038", "090", "093")


def _h(*key: object) -> int:
    return int.from_bytes(hashlib.sha256("|".join(map(str, key)).encode()).digest()[:8], "big")


def _pick(seq: Sequence[str], *key: object) -> str:
    return seq[_h(*key) % len(seq)]


def ascii_slug(text: str) -> str:
    """'Quài Tở' -> 'quaito'; 'Điện Biên Đông' -> 'dienbiendong'."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in bare.lower() if c.isalnum())


class Registry:
    """Hands out invented people and phone numbers, never the same one twice."""

    def __init__(self) -> None:
        self.phones: set[str] = set()
        self.people: set[str] = set()

    def _unique(self, make: Callable[[int], str], *key: object) -> str:
        salt = 0
        while True:
            value = make(_h(*key, salt))
            if value not in self.phones:
                self.phones.add(value)
                return value
            salt += 1

    def mobile(self, *key: object) -> str:
        def make(h: int) -> str:
            prefix = MOBILE_PREFIXES[h % len(MOBILE_PREFIXES)]
            digits = f"{(h // 100) % 10_000_000:07d}"
            return f"{prefix}{digits[0]} {digits[1:4]} {digits[4:]}"

        return self._unique(make, "mobile", *key)

    def landline(self, *key: object) -> str:
        def make(h: int) -> str:
            return f"0215 38{(h // 7) % 100:02d} {(h // 1000) % 1000:03d}"

        return self._unique(make, "landline", *key)

    def hanoi_landline(self, *key: object) -> str:
        def make(h: int) -> str:
            return f"024 38{(h // 7) % 100:02d} {(h // 1000) % 10000:04d}"

        return self._unique(make, "hanoi", *key)

    def person(self, groups: str, *key: object) -> str:
        """An invented name, drawn from the name groups of the area; no two people share one."""
        salt = 0
        while True:
            name = self._person(groups, *key, salt)
            if name not in self.people:
                self.people.add(name)
                return name
            salt += 1

    @staticmethod
    def _person(groups: str, *key: object) -> str:
        group = NAMES[_pick(groups.split(), "group", *key)]
        female = _h("sex", *key) % 3 == 0
        family = _pick(group["family"], "family", *key)
        middle = _pick(group["middle_f" if female else "middle_m"], "middle", *key)
        given_pool = [g for g in group["given_f" if female else "given_m"] if g not in (family, middle)]
        given = _pick(given_pool, "given", *key)
        return f"{family} {middle} {given}"


def split_kind(unit: str) -> tuple[str, str]:
    """'Thị trấn Tuần Giáo' -> ('Thị trấn', 'Tuần Giáo')."""
    for kind in ("Thị trấn", "Phường", "Xã"):
        if unit.startswith(kind + " "):
            return kind, unit[len(kind) + 1 :]
    raise ValueError(f"unknown kind of commune-level unit: {unit}")


def email_local(name: str) -> str:
    """'Lò Văn Thanh' -> 'thanhlv'."""
    parts = name.split()
    return ascii_slug(parts[-1]) + "".join(ascii_slug(p)[0] for p in parts[:-1])


def technician(
    reg: Registry, groups: str, key: str, unit: str, position: str, tag: str, domain: str = MAIL
) -> dict[str, str]:
    name = reg.person(groups, key)
    return {
        "name": name,
        "unit": unit,
        "position": position,
        "phone": reg.mobile("tech", key),
        "email": f"{email_local(name)}.{tag}@{domain}",
    }


def contact(organisation: str, name: str, phone: str, email: str = "") -> dict[str, str]:
    return {"organisation": organisation, "name": name, "phone": phone, "email": email}


def site(
    code: str,
    name: str,
    tier: str,
    parent: str | None,
    district: str | None,
    agency: str,
    room: str,
    address: str,
    technicians: list[dict[str, str]],
    provider: dict[str, str] | None,
    power: dict[str, str] | None,
) -> dict[str, Any]:
    return {
        "code": code,
        "name": name,
        "tier": tier,
        "parent": parent,
        "district": district,
        "agency": agency,
        "room": room,
        "address": address,
        "technicians": technicians,
        "provider": provider,
        "power": power,
    }


# ---------------------------------------------------------------------------------------------------------
# The network
# ---------------------------------------------------------------------------------------------------------


def build() -> dict[str, Any]:
    reg = Registry()
    sites: list[dict[str, Any]] = []

    def providers(short: str) -> dict[str, dict[str, str]]:
        slug = ascii_slug(short)
        vnpt_name = reg.person("kinh thai", "vnpt", short)
        viettel_name = reg.person("kinh thai", "viettel", short)
        return {
            "VNPT": contact(
                f"Trung tâm Viễn thông {short} - VNPT Điện Biên",
                vnpt_name,
                reg.mobile("vnpt", short),
                f"{email_local(vnpt_name)}.dbn@vnpt.vn",
            ),
            "Viettel": contact(
                f"Viettel {short} - Viettel Điện Biên",
                viettel_name,
                reg.mobile("viettel", short),
                f"{email_local(viettel_name)}.{slug}@viettel.com.vn",
            ),
        }

    def power(short: str) -> dict[str, str]:
        return contact(
            f"Điện lực {POWER_BRANCH.get(short, short)} - Công ty Điện lực Điện Biên",
            reg.person("kinh thai", "power", short),
            reg.landline("power", short),
        )

    # Central tier: the Government's host site.
    central = "TW.VPCP"
    sites.append(
        site(
            central,
            "Văn phòng Chính phủ (Hà Nội)",
            "central",
            None,
            None,
            "Văn phòng Chính phủ",
            "Phòng họp trực tuyến Chính phủ, số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội",
            "10.24.0.10",
            [
                technician(
                    reg,
                    "kinh",
                    central + "/1",
                    "Văn phòng Chính phủ",
                    "Chuyên viên kỹ thuật hội nghị truyền hình",
                    "vpcp",
                    "chinhphu.vn",
                ),
                technician(
                    reg,
                    "kinh",
                    central + "/2",
                    "Văn phòng Chính phủ",
                    "Chuyên viên kỹ thuật hội nghị truyền hình",
                    "vpcp",
                    "chinhphu.vn",
                ),
            ],
            contact(
                "Cục Bưu điện Trung ương",
                reg.person("kinh", "cbdtw"),
                reg.hanoi_landline("cbdtw"),
            ),
            contact(
                "Công ty Điện lực Ba Đình - EVNHANOI",
                reg.person("kinh", "evnhanoi"),
                reg.hanoi_landline("evnhanoi"),
            ),
        )
    )

    # Province tier: all in the city of Điện Biên Phủ.
    city_providers = providers("Điện Biên Phủ")
    city_power = power("Điện Biên Phủ")
    for n, (code, name, agency, room, unit, positions) in enumerate(PROVINCE_SITES, start=10):
        tag = code.split(".")[1].lower()
        techs = [
            technician(reg, "kinh kinh kinh thai", f"{code}/{i}", unit, position, tag)
            for i, position in enumerate(positions, start=1)
        ]
        sites.append(
            site(
                code,
                name,
                "province",
                central,
                None,
                agency,
                room,
                f"10.215.1.{n}",
                techs,
                city_providers["VNPT"],
                city_power,
            )
        )

    # District and commune tiers.
    province_host = "T.UBND"
    district_sites: list[dict[str, Any]] = []
    commune_sites: list[dict[str, Any]] = []
    for national, slug, kind, name, short, groups, communes in DISTRICTS:
        code = f"H.{slug}"
        full = f"{kind} {name}"
        party = f"{PARTY_COMMITTEE[kind]} {name}"
        pv = providers(short)
        pw = power(short)
        tag = slug.lower()
        district_sites.append(
            site(
                code,
                full[0].upper() + full[1:],
                "district",
                province_host,
                code,
                f"UBND {full}",
                f"Phòng họp trực tuyến UBND {full}",
                f"10.215.{national}.10",
                [
                    technician(
                        reg,
                        groups,
                        f"{code}/party",
                        f"Văn phòng {party}",
                        f"Chuyên viên Văn phòng {PARTY_COMMITTEE[kind]} (phụ trách CNTT)",
                        f"{ascii_slug(PARTY_COMMITTEE[kind])}.{tag}",
                    ),
                    technician(
                        reg,
                        groups,
                        f"{code}/ubnd",
                        f"Văn phòng HĐND và UBND {full}",
                        "Chuyên viên CNTT",
                        f"ubnd.{tag}",
                    ),
                ],
                pv["VNPT"],
                pw,
            )
        )
        for n, commune in enumerate(communes, start=1):
            kind_c, cname = split_kind(commune)
            lower = f"{kind_c.lower()} {cname}"
            ccode = f"X.{slug}.{ascii_slug(cname).upper()}"
            unit = f"UBND {lower}"
            techs = [
                technician(
                    reg, groups, f"{ccode}/1", unit, "Công chức Văn phòng - Thống kê", ascii_slug(cname)
                )
            ]
            if kind_c != "Xã" or _h("second", ccode) % 3 == 0:
                techs.append(
                    technician(
                        reg, groups, f"{ccode}/2", unit, "Công chức Văn hóa - Xã hội", ascii_slug(cname)
                    )
                )
            provider = pv["Viettel"] if kind_c == "Xã" and _h("provider", ccode) % 4 == 0 else pv["VNPT"]
            commune_sites.append(
                site(
                    ccode,
                    commune,
                    "commune",
                    code,
                    code,
                    unit,
                    f"Phòng họp trực tuyến UBND {lower}",
                    f"10.215.{national}.{20 + n}",
                    techs,
                    provider,
                    pw,
                )
            )
    sites.extend(district_sites)
    sites.extend(commune_sites)
    _check(sites)
    return {"province": PROVINCE, "sites": sites}


def _check(sites: list[dict[str, Any]]) -> None:
    for key in ("code", "name", "address"):
        values = [s[key] for s in sites]
        dupes = sorted({v for v in values if values.count(v) > 1})
        if dupes:
            raise SystemExit(f"duplicate {key}: {dupes}")
    seen: set[str] = set()
    for s in sites:
        if s["parent"] is not None and s["parent"] not in seen:
            raise SystemExit(f"{s['code']}: parent {s['parent']} is not listed before it")
        seen.add(s["code"])


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.name} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
