from __future__ import annotations

import numpy as np

from console.domain import Health, Tier
from console.live.wall import SiteIndex, SortMode, TileFlag, arrange, fold

NAMES = ["Xã Quài Tở", "UBND tỉnh", "Xã Ẳng Nưa", "Huyện Tuần Giáo", "Xã Mường Mùn", "Đồn Biên phòng"]
TIERS = [Tier.COMMUNE, Tier.PROVINCE, Tier.COMMUNE, Tier.DISTRICT, Tier.COMMUNE, Tier.COMMUNE]
DISTRICTS = ["H.TG", None, "H.MA", "H.TG", "H.TG", "H.MA"]
TITLES = {"H.TG": "Huyện Tuần Giáo", "H.MA": "Huyện Mường Ảng"}


def index() -> SiteIndex:
    return SiteIndex.build(NAMES, TIERS, DISTRICTS, TITLES, codes=[f"C{i}" for i in range(len(NAMES))])


def test_fold_ignores_case_and_vietnamese_marks() -> None:
    assert fold("Điện Biên Phủ") == "dien bien phu"
    assert fold("ẲNG NƯA") == fold("ang nua")


def test_problems_first_then_name() -> None:
    health = np.array(
        [Health.GREEN, Health.AMBER, Health.GREEN, Health.RED, Health.UNKNOWN, Health.GREEN], np.int8
    )
    flags = np.zeros(6, np.int32)
    flags[4] = TileFlag.LOST
    flags[5] = TileFlag.HAND_RAISED
    (group,) = arrange(index(), health, flags, SortMode.PROBLEMS, grouped=False)
    order = [NAMES[i] for i in group.members]
    assert order == [
        "Xã Mường Mùn",
        "Huyện Tuần Giáo",
        "UBND tỉnh",
        "Đồn Biên phòng",
        "Xã Ẳng Nưa",
        "Xã Quài Tở",
    ]


def test_groups_by_district_worst_group_first_with_counts() -> None:
    health = np.full(6, Health.GREEN, np.int8)
    flags = np.zeros(6, np.int32)
    flags[0] = TileFlag.LOST
    health[4] = Health.AMBER
    groups = arrange(index(), health, flags, SortMode.PROBLEMS, grouped=True)
    assert [g.title for g in groups] == ["Huyện Tuần Giáo", "", "Huyện Mường Ảng"]  # ties: province first
    tg = groups[0]
    assert tg.worst is Health.RED
    assert tg.counts == (1, 1, 1, 0)
    assert [NAMES[i] for i in tg.members] == ["Xã Quài Tở", "Xã Mường Mùn", "Huyện Tuần Giáo"]


def test_tier_mode_puts_higher_tiers_first() -> None:
    health = np.full(6, Health.GREEN, np.int8)
    (group,) = arrange(index(), health, np.zeros(6, np.int32), SortMode.TIER, grouped=False)
    tiers = [TIERS[i].rank for i in group.members]
    assert tiers == sorted(tiers)
    assert NAMES[group.members[0]] == "UBND tỉnh"


def test_filter_matches_name_district_or_code_without_marks() -> None:
    health = np.full(6, Health.GREEN, np.int8)
    flags = np.zeros(6, np.int32)
    (group,) = arrange(index(), health, flags, SortMode.NAME, grouped=False, text="tuan giao")
    assert {NAMES[i] for i in group.members} == {"Xã Quài Tở", "Huyện Tuần Giáo", "Xã Mường Mùn"}
    (group,) = arrange(index(), health, flags, SortMode.NAME, grouped=False, text="ang nua")
    assert [NAMES[i] for i in group.members] == ["Xã Ẳng Nưa"]
    (group,) = arrange(index(), health, flags, SortMode.NAME, grouped=False, text="nothing like it")
    assert len(group.members) == 0


def test_groups_of_one_title_keep_one_order_whatever_the_sites_do() -> None:
    """Two clusters named alike (in two provinces) come in the order of their keys, in every run and whichever
    of their sites sorts first, and each group's counts are its own."""
    names = ["Xã A", "Xã B", "Xã C", "Xã D"]
    titles = {"Z.2": "Cụm 1", "Z.1": "Cụm 1"}
    built = SiteIndex.build(names, [Tier.COMMUNE] * 4, ["Z.2", "Z.1", "Z.2", "Z.1"], titles)
    flags = np.zeros(4, np.int32)
    for health in ([Health.GREEN] * 4, [Health.AMBER, Health.GREEN, Health.GREEN, Health.GREEN]):
        groups = arrange(built, np.array(health, np.int8), flags, SortMode.NAME, grouped=True)
        assert [(g.key, [names[i] for i in g.members]) for g in groups] == [
            ("Z.1", ["Xã B", "Xã D"]),
            ("Z.2", ["Xã A", "Xã C"]),
        ]
    groups = arrange(
        built, np.array([Health.AMBER] + [Health.GREEN] * 3, np.int8), flags, SortMode.PROBLEMS, True
    )
    assert [(g.key, g.counts, g.worst) for g in groups] == [
        ("Z.2", (0, 1, 1, 0), Health.AMBER),
        ("Z.1", (0, 0, 2, 0), Health.GREEN),
    ]
