"""Build `dien_bien.json`: the demo network of Điện Biên province as it is since 1 July 2025 (two tiers).

The Government's host site, 13 province-level sites (the Party committee, the People's Council, the People's
Committee, the control center at the Department of Science and Technology, the Front and eight departments, as
merged on 1 March 2025) and the 45 commune-level units (42 xã, 3 phường) of Nghị quyết 1661/NQ-UBTVQH15 of
16 June 2025, named as in the national list of the 3,321 commune-level units. Each commune is in the cluster (cụm)
of the former district its namesake commune belonged to, as a control center groups them today.

Everything personal (technicians, standby contacts, phone numbers, e-mail addresses) is invented, and so is the
address plan on the dedicated data network and of the cameras (VISCA over IP, port 52381):

    central site            10.24.0.10
    province sites          10.215.1.x          camera 10.215.1.(100+x)
    commune sites           10.215.C.(20+n)     C = 110 + the cluster's position (clear of the old map's
                                                10.215.94–103); camera 10.215.C.(120+n) where it has one,
                                                otherwise far-end camera control through the MCU

Every commune has two technicians: one of the commune's Party committee office and one of its People's
Committee office (who is on duty depends on who hosts the meeting, 002 §15.2b).

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
VISCA_PORT = 52381

# ---------------------------------------------------------------------------------------------------------
# Administrative structure
# ---------------------------------------------------------------------------------------------------------

# The clusters, one per former district: (code slug, former district, short name of the VNPT / Viettel /
# Điện lực branch, name groups of the area, the commune-level units of Nghị quyết 1661/NQ-UBTVQH15 in it)
CLUSTERS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "DIENBIENPHU",
        "thành phố Điện Biên Phủ",
        "Điện Biên Phủ",
        "kinh kinh thai thai",
        ["Phường Điện Biên Phủ", "Phường Mường Thanh", "Xã Mường Phăng", "Xã Nà Tấu"],
    ),
    ("MUONGLAY", "thị xã Mường Lay", "Mường Lay", "thai thai kinh hmong", ["Phường Mường Lay"]),
    (
        "MUONGNHE",
        "huyện Mường Nhé",
        "Mường Nhé",
        "hmong hmong thai kinh",
        ["Xã Mường Nhé", "Xã Sín Thầu", "Xã Mường Toong", "Xã Nậm Kè", "Xã Quảng Lâm"],
    ),
    (
        "MUONGCHA",
        "huyện Mường Chà",
        "Mường Chà",
        "hmong hmong thai kinh",
        ["Xã Mường Chà", "Xã Na Sang", "Xã Mường Tùng", "Xã Pa Ham", "Xã Nậm Nèn"],
    ),
    (
        "TUACHUA",
        "huyện Tủa Chùa",
        "Tủa Chùa",
        "hmong hmong hmong kinh",
        ["Xã Tủa Chùa", "Xã Tủa Thàng", "Xã Sín Chải", "Xã Sính Phình", "Xã Sáng Nhè"],
    ),
    (
        "TUANGIAO",
        "huyện Tuần Giáo",
        "Tuần Giáo",
        "thai thai hmong kinh",
        ["Xã Tuần Giáo", "Xã Quài Tở", "Xã Chiềng Sinh", "Xã Mường Mùn", "Xã Pú Nhung"],
    ),
    (
        "DIENBIEN",
        "huyện Điện Biên",
        "Điện Biên",
        "thai thai thai kinh hmong",
        [
            "Xã Thanh Nưa",
            "Xã Thanh An",
            "Xã Thanh Yên",
            "Xã Sam Mứn",
            "Xã Núa Ngam",
            "Xã Mường Nhà",
            "Xã Mường Pồn",
        ],
    ),
    (
        "DIENBIENDONG",
        "huyện Điện Biên Đông",
        "Điện Biên Đông",
        "hmong hmong thai kinh",
        ["Xã Na Son", "Xã Xa Dung", "Xã Pu Nhi", "Xã Mường Luân", "Xã Phình Giàng", "Xã Tìa Dình"],
    ),
    (
        "MUONGANG",
        "huyện Mường Ảng",
        "Mường Ảng",
        "thai thai kinh hmong",
        ["Xã Mường Ảng", "Xã Búng Lao", "Xã Mường Lạn"],
    ),
    (
        "NAMPO",
        "huyện Nậm Pồ",
        "Nậm Pồ",
        "hmong hmong thai kinh",
        ["Xã Nà Hỳ", "Xã Nà Bủng", "Xã Chà Tở", "Xã Si Pa Phìn"],
    ),
]

# Where PC Điện Biên's branch is not simply "Điện lực <short name>".
POWER_BRANCH = {"Điện Biên Phủ": "Thành phố Điện Biên Phủ", "Điện Biên": "huyện Điện Biên"}

# (code, name, agency, room, technicians' unit, (position, side) of each technician, last octet of the address)
# Codes and addresses of the sites the old map had too are kept, so an old log's registry still matches.
PROVINCE_SITES: list[tuple[str, str, str, str, str, tuple[tuple[str, str], ...], int]] = [
    (
        "T.TU",
        "Tỉnh ủy Điện Biên",
        "Tỉnh ủy Điện Biên",
        "Phòng họp trực tuyến Tỉnh ủy",
        "Văn phòng Tỉnh ủy Điện Biên",
        (
            ("Chuyên viên Phòng Cơ yếu - Công nghệ thông tin", "party"),
            ("Chuyên viên Phòng Hành chính - Lưu trữ", "party"),
        ),
        10,
    ),
    (
        "T.HDND",
        "Đoàn ĐBQH và HĐND tỉnh",
        "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Điện Biên",
        "Phòng họp trực tuyến HĐND tỉnh",
        "Văn phòng Đoàn ĐBQH và HĐND tỉnh Điện Biên",
        (("Chuyên viên Phòng Hành chính - Tổ chức - Quản trị", "government"),),
        11,
    ),
    (
        "T.UBND",
        "UBND tỉnh Điện Biên",
        "Ủy ban nhân dân tỉnh Điện Biên",
        "Hội trường chính (phòng họp trực tuyến) UBND tỉnh",
        "Văn phòng UBND tỉnh Điện Biên",
        (
            ("Viên chức Trung tâm Thông tin - Công báo", "government"),
            ("Chuyên viên Phòng Hành chính - Tổ chức", "government"),
        ),
        12,
    ),
    (
        "T.SKHCN",
        "Sở Khoa học và Công nghệ (Trung tâm điều khiển)",
        "Sở Khoa học và Công nghệ tỉnh Điện Biên",
        "Trung tâm điều khiển hệ thống hội nghị truyền hình trực tuyến",
        "Trung tâm Công nghệ thông tin và Truyền thông, Sở Khoa học và Công nghệ",
        (("Kỹ thuật viên vận hành MCU", "government"), ("Viên chức kỹ thuật hạ tầng mạng", "government")),
        22,
    ),
    (
        "T.MTTQ",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên",
        "Phòng họp trực tuyến Ủy ban MTTQ tỉnh",
        "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Điện Biên",
        (("Chuyên viên Văn phòng", "government"),),
        14,
    ),
    (
        "T.STC",
        "Sở Tài chính",
        "Sở Tài chính tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Tài chính",
        "Văn phòng Sở Tài chính",
        (("Chuyên viên CNTT", "government"),),
        15,
    ),
    (
        "T.SNV",
        "Sở Nội vụ",
        "Sở Nội vụ tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Nội vụ",
        "Văn phòng Sở Nội vụ",
        (("Chuyên viên CNTT", "government"),),
        17,
    ),
    (
        "T.SNNMT",
        "Sở Nông nghiệp và Môi trường",
        "Sở Nông nghiệp và Môi trường tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Nông nghiệp và Môi trường",
        "Văn phòng Sở Nông nghiệp và Môi trường",
        (
            ("Chuyên viên CNTT", "government"),
            ("Chuyên viên Văn phòng Ban Chỉ huy PCTT và TKCN", "government"),
        ),
        23,
    ),
    (
        "T.SYT",
        "Sở Y tế",
        "Sở Y tế tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Y tế",
        "Văn phòng Sở Y tế",
        (("Chuyên viên CNTT", "government"),),
        19,
    ),
    (
        "T.SGDDT",
        "Sở Giáo dục và Đào tạo",
        "Sở Giáo dục và Đào tạo tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Giáo dục và Đào tạo",
        "Văn phòng Sở Giáo dục và Đào tạo",
        (("Chuyên viên CNTT", "government"),),
        20,
    ),
    (
        "T.SXD",
        "Sở Xây dựng",
        "Sở Xây dựng tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Xây dựng",
        "Văn phòng Sở Xây dựng",
        (("Chuyên viên CNTT", "government"),),
        24,
    ),
    (
        "T.SCT",
        "Sở Công Thương",
        "Sở Công Thương tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Công Thương",
        "Văn phòng Sở Công Thương",
        (("Chuyên viên CNTT", "government"),),
        25,
    ),
    (
        "T.SVHTTDL",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên",
        "Phòng họp trực tuyến Sở Văn hóa, Thể thao và Du lịch",
        "Văn phòng Sở Văn hóa, Thể thao và Du lịch",
        (("Chuyên viên CNTT", "government"),),
        26,
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
    """'Phường Mường Thanh' -> ('Phường', 'Mường Thanh')."""
    for kind in ("Phường", "Xã"):
        if unit.startswith(kind + " "):
            return kind, unit[len(kind) + 1 :]
    raise ValueError(f"unknown kind of commune-level unit: {unit}")


def email_local(name: str) -> str:
    """'Lò Văn Thanh' -> 'thanhlv'."""
    parts = name.split()
    return ascii_slug(parts[-1]) + "".join(ascii_slug(p)[0] for p in parts[:-1])


def technician(
    reg: Registry,
    groups: str,
    key: str,
    unit: str,
    position: str,
    tag: str,
    side: str = "government",
    domain: str = MAIL,
) -> dict[str, str]:
    name = reg.person(groups, key)
    return {
        "name": name,
        "unit": unit,
        "position": position,
        "phone": reg.mobile("tech", key),
        "email": f"{email_local(name)}.{tag}@{domain}",
        "side": side,
    }


def contact(organisation: str, name: str, phone: str, email: str = "") -> dict[str, str]:
    return {"organisation": organisation, "name": name, "phone": phone, "email": email}


def site(
    code: str,
    name: str,
    tier: str,
    parent: str | None,
    cluster: str,
    province: str,
    agency: str,
    room: str,
    address: str,
    camera: str | None,
    technicians: list[dict[str, str]],
    provider: dict[str, str] | None,
    power: dict[str, str] | None,
) -> dict[str, Any]:
    """A site in the registry's JSON shape (console/registry.py), every key in its order."""
    return {
        "code": code,
        "name": name,
        "tier": tier,
        "parent": parent,
        "cluster": cluster,
        "district": None,
        "province": province,
        "agency": agency,
        "room": room,
        "address": address,
        "camera": camera,
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
            "",
            "",
            "Văn phòng Chính phủ",
            "Phòng họp trực tuyến Chính phủ, số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội",
            "10.24.0.10",
            None,
            [
                technician(
                    reg,
                    "kinh",
                    central + "/1",
                    "Văn phòng Chính phủ",
                    "Chuyên viên kỹ thuật hội nghị truyền hình",
                    "vpcp",
                    domain="chinhphu.vn",
                ),
                technician(
                    reg,
                    "kinh",
                    central + "/2",
                    "Văn phòng Chính phủ",
                    "Chuyên viên kỹ thuật hội nghị truyền hình",
                    "vpcp",
                    domain="chinhphu.vn",
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

    # Province level: all in the ward of Điện Biên Phủ.
    city_providers = providers("Điện Biên Phủ")
    city_power = power("Điện Biên Phủ")
    for code, name, agency, room, unit, staff, octet in PROVINCE_SITES:
        tag = code.split(".")[1].lower()
        techs = [
            technician(reg, "kinh kinh kinh thai", f"{code}/{i}", unit, position, tag, side)
            for i, (position, side) in enumerate(staff, start=1)
        ]
        sites.append(
            site(
                code,
                name,
                "province",
                central,
                "",
                PROVINCE,
                agency,
                room,
                f"10.215.1.{octet}",
                f"10.215.1.{100 + octet}:{VISCA_PORT}",
                techs,
                city_providers["VNPT"],
                city_power,
            )
        )

    # Commune level: the 45 units, cluster by cluster.
    province_host = "T.UBND"
    for k, (_slug, _former, short, groups, units) in enumerate(CLUSTERS):
        cluster = f"Cụm {short}"  # named after the former district
        pv = providers(short)
        pw = power(short)
        for n, unit_name in enumerate(units, start=1):
            kind, cname = split_kind(unit_name)
            lower = f"{kind.lower()} {cname}"
            ccode = f"X.{ascii_slug(cname).upper()}"
            tag = ascii_slug(cname)
            techs = [
                technician(
                    reg,
                    groups,
                    f"{ccode}/party",
                    f"Văn phòng Đảng ủy {lower}",
                    "Chuyên viên Văn phòng Đảng ủy (phụ trách CNTT)",
                    f"du.{tag}",
                    "party",
                ),
                technician(
                    reg,
                    groups,
                    f"{ccode}/ubnd",
                    f"Văn phòng HĐND và UBND {lower}",
                    "Công chức Văn phòng - Thống kê",
                    tag,
                ),
            ]
            provider = pv["Viettel"] if kind == "Xã" and _h("provider", ccode) % 4 == 0 else pv["VNPT"]
            octet = 110 + k
            camera = f"10.215.{octet}.{120 + n}:{VISCA_PORT}" if _h("camera", ccode) % 3 == 0 else None
            sites.append(
                site(
                    ccode,
                    unit_name,
                    "commune",
                    province_host,
                    cluster,
                    PROVINCE,
                    f"UBND {lower}",
                    f"Phòng họp trực tuyến UBND {lower}",
                    f"10.215.{octet}.{20 + n}",
                    camera,
                    techs,
                    provider,
                    pw,
                )
            )
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
    communes = [s for s in sites if s["tier"] == "commune"]
    wards = [s for s in communes if s["name"].startswith("Phường ")]
    if (len(communes), len(wards)) != (45, 3):
        raise SystemExit(
            f"{len(communes)} communes of which {len(wards)} wards: Điện Biên has 45, 3 of them wards"
        )


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
