"""Camera presets per site and the control center's layout presets, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
import sqlalchemy.exc
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console.domain import CameraPreset, LayoutPreset
from db import presets as store
from db.records import RecordNotFound
from db.sites import save_network

from .conftest import at, small_network

TG = "DB.H.TUANGIAO.UBND"
QG = "DB.X.QUAIGIANG"


@pytest.fixture
def sites(session: Session) -> Session:
    save_network(session, small_network())
    session.commit()
    return session


def chair(slot: int = 2, **kw: object) -> CameraPreset:
    fields: dict[str, object] = {
        "site": TG,
        "slot": slot,
        "name": "Chủ tọa",
        "pan": -120,
        "tilt": 35,
        "zoom": 4096,
        "seat": "Bàn chủ tọa, giữa",
        "calibrated_by": "Quàng Văn Dũng",
        "calibrated_at": at(5),
    }
    fields.update(kw)
    return CameraPreset(**fields)  # type: ignore[arg-type]


def test_camera_presets_round_trip(sites: Session) -> None:
    saved = store.save_camera_preset(sites, chair())
    store.save_camera_preset(sites, chair(1, name="Toàn cảnh", pan=0, tilt=0, zoom=0, seat="Cả phòng"))
    store.save_camera_preset(sites, chair(1, site=QG, name="Toàn cảnh"))
    sites.commit()
    assert saved.id is not None
    loaded = store.camera_presets(sites, TG)
    assert [p.slot for p in loaded] == [1, 2]
    assert loaded[1] == saved
    assert loaded[1].name == "Chủ tọa" and loaded[1].seat == "Bàn chủ tọa, giữa"
    assert loaded[1].position.pan == -120 and loaded[1].calibrated_at == at(5)
    assert loaded[1].calibrated_at is not None and loaded[1].calibrated_at.utcoffset() is not None
    assert [p.site for p in store.camera_presets(sites, QG)] == [QG]
    assert store.camera_presets(sites, "DB.X.CHIENGDONG") == []


def test_storing_a_slot_again_replaces_it(sites: Session) -> None:
    store.save_camera_preset(sites, chair())
    store.save_camera_preset(sites, chair(pan=77, name="Chủ tọa (mới)", calibrated_at=at(9)))
    sites.commit()
    (only,) = store.camera_presets(sites, TG)
    assert (only.pan, only.name, only.calibrated_at) == (77, "Chủ tọa (mới)", at(9))


def test_rename_keeps_the_cameras_position(sites: Session) -> None:
    store.save_camera_preset(sites, chair())
    renamed = store.rename_camera_preset(sites, TG, 2, "Phó chủ tọa", "Bàn chủ tọa, trái")
    assert (renamed.name, renamed.seat, renamed.pan, renamed.zoom) == (
        "Phó chủ tọa",
        "Bàn chủ tọa, trái",
        -120,
        4096,
    )
    renamed = store.rename_camera_preset(sites, TG, 2, "Chủ tọa")
    assert renamed.seat == "Bàn chủ tọa, trái"
    with pytest.raises(RecordNotFound):
        store.rename_camera_preset(sites, TG, 9, "x")


def test_one_speaker_preset_per_site(sites: Session) -> None:
    store.save_camera_preset(sites, chair(1, name="Toàn cảnh"))
    store.save_camera_preset(sites, chair(2, speaker=True))
    store.save_camera_preset(sites, chair(1, site=QG, speaker=True))
    sites.commit()
    speaker = store.speaker_preset(sites, TG)
    assert speaker is not None and speaker.slot == 2
    store.set_speaker_preset(sites, TG, 1)
    assert [p.speaker for p in store.camera_presets(sites, TG)] == [True, False]
    store.save_camera_preset(sites, chair(2, speaker=True))
    assert [p.speaker for p in store.camera_presets(sites, TG)] == [False, True]
    store.set_speaker_preset(sites, TG, None)
    assert store.speaker_preset(sites, TG) is None
    found = store.speaker_preset(sites, QG)
    assert found is not None and found.site == QG  # another site's speaker is its own
    with pytest.raises(RecordNotFound):
        store.set_speaker_preset(sites, TG, 42)


def test_delete_and_unknown_site(sites: Session) -> None:
    store.save_camera_preset(sites, chair())
    assert store.delete_camera_preset(sites, TG, 2) is True
    assert store.delete_camera_preset(sites, TG, 2) is False
    assert store.camera_preset(sites, TG, 2) is None
    with pytest.raises(RecordNotFound):
        store.save_camera_preset(sites, chair(site="NOWHERE"))


def test_layout_presets_round_trip_in_bar_order(sites: Session) -> None:
    opening = store.save_layout_preset(
        sites, LayoutPreset("1:7", "Khai mạc", (TG, QG), "Hội nghị giao ban tháng 3", ordinal=1)
    )
    store.save_layout_preset(sites, LayoutPreset("4:0", "Thảo luận", (), "", ordinal=2))
    store.save_layout_preset(sites, LayoutPreset("ac", "Bế mạc", (), "", ordinal=0))
    sites.commit()
    loaded = store.layout_presets(sites)
    assert [p.name for p in loaded] == ["Bế mạc", "Khai mạc", "Thảo luận"]
    assert loaded[1] == opening
    assert loaded[1].sites == (TG, QG) and loaded[1].overlay == "Hội nghị giao ban tháng 3"
    changed = store.save_layout_preset(sites, LayoutPreset("2:21", "Khai mạc", (QG,), "", 1, opening.id))
    assert changed.id == opening.id and store.layout_presets(sites)[1].layout == "2:21"
    assert opening.id is not None and store.delete_layout_preset(sites, opening.id)
    assert [p.name for p in store.layout_presets(sites)] == ["Bế mạc", "Thảo luận"]
    with pytest.raises(ValueError):
        store.save_layout_preset(sites, LayoutPreset("1:0"))


def test_layout_preset_names_are_unique(sites: Session) -> None:
    store.save_layout_preset(sites, LayoutPreset("1:7", "Khai mạc"))
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        store.save_layout_preset(sites, LayoutPreset("4:0", "Khai mạc"))


def test_book_commits_each_action(engine: Engine, sites: Session) -> None:
    book = store.PresetBook(engine)
    book.save_camera_preset(chair())
    book.set_speaker_preset(TG, 2)
    with Session(engine) as other:  # another session sees it: committed
        found = store.speaker_preset(other, TG)
        assert found is not None and found.name == "Chủ tọa"
    assert book.rename_camera_preset(TG, 2, "Chủ trì", None).name == "Chủ trì"
    assert book.delete_camera_preset(TG, 2) and book.camera_presets(TG) == []
