"""The registry in the log: saving keeps history with its time and who, saving the same again changes nothing, and
the migration from the old schema keeps every row. Each test runs on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import dataclasses

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from console.domain import Contact, Side, Site, SiteChange, Technician, Tier
from console.registry import load_network
from db.engine import MIGRATIONS, open_database
from db.models import SiteChangeRow, TechnicianRow
from db.sites import load_sites, save_sites, site_history
from tests.db.conftest import migrated_to

from .conftest import at

PARTY = Technician(
    "Lò Văn Thanh", "Văn phòng Đảng ủy xã Mường Nhé", "Chuyên viên", "0912 000 001", side=Side.PARTY
)
GOVERNMENT = Technician("Quàng Thị Ín", "Văn phòng HĐND và UBND xã Mường Nhé", "Công chức", "0912 000 002")


def network() -> list[Site]:
    return [
        Site("T.UBND", "UBND tỉnh Điện Biên", Tier.PROVINCE, None, "UBND tỉnh", "Hội trường", "10.215.1.12",
             province="Điện Biên", camera="10.215.1.112:52381"),
        Site("X.MUONGNHE", "Xã Mường Nhé", Tier.COMMUNE, "T.UBND", "UBND xã Mường Nhé", "Phòng họp",
             "10.215.112.21", technicians=(PARTY, GOVERNMENT), cluster="Cụm Mường Nhé",
             provider=Contact("VNPT Điện Biên", "Ngô Hữu Cường", "0963 894 875")),
    ]  # fmt: skip


def bare(sites: list[Site]) -> list[Site]:
    return [dataclasses.replace(s, id=None) for s in sites]


def test_every_field_is_stored_and_read_back(session: Session) -> None:
    sites = load_network()
    save_sites(session, sites, actor="tester", at=at(0))
    session.commit()
    assert bare(load_sites(session)) == sites


def test_a_replaced_technician_is_kept_with_its_time_and_who_replaced_it(session: Session) -> None:
    first = save_sites(session, network(), actor="nva", at=at(0))
    session.commit()
    assert (first.added, first.updated, first.unchanged) == (("T.UBND", "X.MUONGNHE"), (), 0)

    again = save_sites(session, network(), actor="nva", at=at(5))
    session.commit()
    assert (again.added, again.updated, again.unchanged) == ((), (), 2)  # the same file changes nothing
    assert session.scalar(select(func.count()).select_from(SiteChangeRow)) == 2  # only the two additions

    new_person = Technician("Cà Văn Ơn", PARTY.unit, PARTY.position, "0912 000 009", side=Side.PARTY)
    commune = dataclasses.replace(
        network()[1], technicians=(new_person, GOVERNMENT), camera="10.215.112.121:52381"
    )
    changed = save_sites(session, [network()[0], commune], actor="Trần Thị Bình", at=at(60))
    session.commit()
    assert (changed.updated, changed.unchanged) == (("X.MUONGNHE",), 1)

    history = site_history(session, "X.MUONGNHE")
    assert [(c.at, c.actor, c.field) for c in history] == [
        (at(0), "nva", "site"),
        (at(60), "Trần Thị Bình", "camera"),
        (at(60), "Trần Thị Bình", "technician 1"),
    ]
    replaced = history[-1]
    assert replaced.old.startswith("Lò Văn Thanh (") and replaced.new.startswith("Cà Văn Ơn (")
    assert "0912 000 009" in replaced.new and "party" in replaced.new
    current = next(s for s in load_sites(session) if s.code == "X.MUONGNHE")
    assert current.technicians == (new_person, GOVERNMENT)  # the site shows the current one
    assert isinstance(history[0], SiteChange) and history[0].new == "Xã Mường Nhé"


def test_a_moved_site_keeps_its_parent_change(session: Session) -> None:
    save_sites(session, network(), actor="a", at=at(0))
    moved = dataclasses.replace(network()[1], parent=None, cluster="")
    save_sites(session, [moved], actor="b", at=at(1))
    session.commit()
    fields = [(c.field, c.old, c.new) for c in site_history(session, "X.MUONGNHE")[1:]]
    assert fields == [("parent", "T.UBND", ""), ("cluster", "Cụm Mường Nhé", "")]
    assert next(s for s in load_sites(session) if s.code == "X.MUONGNHE").parent is None


def test_a_site_without_history_and_an_unknown_site(session: Session) -> None:
    save_sites(session, network())  # the bundled network: stored without history
    session.commit()
    assert site_history(session, "T.UBND") == []
    try:
        site_history(session, "NO.SUCH")
    except LookupError:
        pass
    else:  # pragma: no cover - the assertion below says what went wrong
        raise AssertionError("an unknown site has no history to list")


# --- the migration ---------------------------------------------------------------------------------------------
def _before_registry() -> str:
    """The revision before this schema change, whichever it is on this branch."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    revision = ScriptDirectory.from_config(config).get_revision("0006")
    assert revision is not None and isinstance(revision.down_revision, str)
    return revision.down_revision


OLD_SITES = [
    # id, code, name, tier, parent_id, district
    (1, "T.UBND", "UBND tỉnh Điện Biên", "province", None, None),
    (2, "H.TUANGIAO", "Huyện Tuần Giáo", "district", 1, "H.TUANGIAO"),
    (3, "X.TUANGIAO.QUAITO", "Xã Quài Tở", "commune", 2, "H.TUANGIAO"),
    (4, "X.OTHER", "Xã Khác", "commune", 1, "H.GONE"),
]
OLD_TECHNICIANS = [
    # site_id, ordinal, name, unit
    (2, 0, "Quàng Văn Dũng", "Văn phòng Huyện ủy Tuần Giáo"),
    (2, 1, "Lường Thị Em", "Văn phòng HĐND và UBND huyện Tuần Giáo"),
    (1, 0, "Lò Văn Cường", "Văn phòng Tỉnh uỷ Điện Biên"),
    (3, 0, "Cà Văn Ơn", "UBND xã Quài Tở"),
]


def test_the_migration_keeps_every_row_and_fills_the_new_fields(db_url: str) -> None:
    old = migrated_to(db_url, _before_registry())
    try:
        with old.begin() as conn:
            for row_id, code, name, tier, parent, district in OLD_SITES:
                conn.execute(
                    text(
                        "INSERT INTO sites (id, code, name, tier, parent_id, district, agency, room, address) "
                        "VALUES (:id, :code, :name, :tier, :parent, :district, '', '', :address)"
                    ),
                    dict(id=row_id, code=code, name=name, tier=tier, parent=parent, district=district,
                         address=f"10.0.0.{row_id}"),
                )  # fmt: skip
            for site_id, ordinal, name, unit in OLD_TECHNICIANS:
                conn.execute(
                    text(
                        "INSERT INTO technicians (site_id, ordinal, name, unit, position, phone, email) "
                        "VALUES (:site, :ordinal, :name, :unit, '', '', '')"
                    ),
                    dict(site=site_id, ordinal=ordinal, name=name, unit=unit),
                )
            conn.execute(
                text(
                    "INSERT INTO camera_presets (site_id, slot, name, pan, tilt, zoom, seat_chart, calibrated_by) "
                    "VALUES (3, 1, 'Chủ tọa', 0, 0, 0, '', 'kt')"
                )
            )
    finally:
        old.dispose()

    engine = open_database(db_url)  # upgrades to the newest schema
    try:
        with Session(engine) as session:
            sites = {s.code: s for s in load_sites(session)}
            assert set(sites) == {code for _, code, *_ in OLD_SITES}
            assert sites["X.TUANGIAO.QUAITO"].parent == "H.TUANGIAO"
            # the wall groups an old log as before: by its district, titled by the district site's name
            assert sites["X.TUANGIAO.QUAITO"].cluster == sites["H.TUANGIAO"].cluster == "Huyện Tuần Giáo"
            assert sites["X.OTHER"].cluster == "H.GONE" and sites["T.UBND"].cluster == ""
            assert all(s.camera == "" and s.province == "" for s in sites.values())
            sides = {t.name: t.side for s in sites.values() for t in s.technicians}
            assert sides == {
                "Quàng Văn Dũng": Side.PARTY,
                "Lường Thị Em": Side.GOVERNMENT,
                "Lò Văn Cường": Side.PARTY,
                "Cà Văn Ơn": Side.GOVERNMENT,
            }
            assert session.scalar(select(func.count()).select_from(TechnicianRow)) == len(OLD_TECHNICIANS)
            assert session.scalar(text("SELECT COUNT(*) FROM camera_presets")) == 1  # children kept
            # and the registry works on: a change is kept
            quai_to = dataclasses.replace(sites["X.TUANGIAO.QUAITO"], camera="10.0.0.103:52381", id=None)
            save_sites(session, [quai_to], actor="kt", at=at(0))
            session.commit()
            assert [c.field for c in site_history(session, "X.TUANGIAO.QUAITO")] == ["camera"]
    finally:
        engine.dispose()
