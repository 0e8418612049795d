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
