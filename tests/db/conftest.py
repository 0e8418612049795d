"""Database fixtures: every test runs on a SQLite file and on the PostgreSQL server named by BRIDGEWALL_TEST_PG."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy.exc
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session

from console.domain import Contact, Site, Technician, Tier
from console.domain.sites import Side
from db.engine import _alembic_config, make_engine, open_database

PG_ENV = "BRIDGEWALL_TEST_PG"
T0 = datetime(2025, 3, 1, 1, 0, tzinfo=UTC)  # 08:00 in Asia/Ho_Chi_Minh


def at(minutes: float) -> datetime:
    """A fixed instant `minutes` after T0: tests never read the clock."""
    return T0 + timedelta(minutes=minutes)


def _reset_postgres(url: str) -> None:
    """Connect, or skip the test with the reason; then drop everything so each test starts empty."""
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
            conn.commit()
    except sqlalchemy.exc.OperationalError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0]
        pytest.skip(f"PostgreSQL at {PG_ENV} is unreachable: {reason}")
    finally:
        engine.dispose()


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A URL to an empty database: a fresh SQLite file, or the test PostgreSQL database with its schema reset."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('db') / 'bridgewall.sqlite3'}"
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(
            f"{PG_ENV} is not set (e.g. postgresql+psycopg://bridgewall:bridgewall@127.0.0.1:5432/bridgewall_test)"
        )
    _reset_postgres(url)
    return url


def migrated_to(url: str, revision: str) -> Engine:
    """The empty database at `url` taken by Alembic's migrations to `revision` (an older Bridgewall's schema, or
    "head"); the caller disposes of the engine."""
    from alembic import command

    engine = make_engine(url)
    with engine.connect() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        connection.commit()
    return engine


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """The database at `db_url`, migrated."""
    eng = open_database(db_url)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as s:
        yield s


def small_network() -> list[Site]:
    """A four-site network across three tiers, with technicians and standby contacts."""
    provider = Contact("VNPT Điện Biên", "Nguyễn Văn An", "0215 3825 111", "an@vnpt.example")
    power = Contact("Điện lực Điện Biên", "Trần Thị Bình", "0215 3826 222")
    return [
        Site(
            code="DB.T.UBND",
            name="UBND tỉnh Điện Biên",
            tier=Tier.PROVINCE,
            parent=None,
            agency="UBND tỉnh",
            room="Phòng họp trực tuyến tầng 3",
            address="10.20.0.10",
            technicians=(
                Technician("Lò Văn Cường", "Sở TT&TT", "Kỹ thuật viên", "0912 000 001", "cuong@db.example"),
            ),
            provider=provider,
            power=power,
        ),
        Site(
            code="DB.H.TUANGIAO.UBND",
            name="UBND huyện Tuần Giáo",
            tier=Tier.DISTRICT,
            parent="DB.T.UBND",
            agency="UBND huyện",
            room="Hội trường",
            address="10.20.1.10",
            technicians=(
                Technician(
                    "Quàng Văn Dũng", "Văn phòng Huyện ủy", "Chuyên viên", "0912 000 002", side=Side.PARTY
                ),
                Technician("Lường Thị Em", "Văn phòng UBND huyện", "Chuyên viên", "0912 000 003"),
            ),
            provider=provider,
        ),
        Site(
            code="DB.X.QUAIGIANG",
            name="UBND xã Quài Giang",
            tier=Tier.COMMUNE,
            parent="DB.H.TUANGIAO.UBND",
            district="DB.H.TUANGIAO.UBND",
            agency="UBND xã",
            room="Phòng họp",
            address="10.20.1.21",
        ),
        Site(
            code="DB.X.CHIENGDONG",
            name="UBND xã Chiềng Đông",
            tier=Tier.COMMUNE,
            parent="DB.H.TUANGIAO.UBND",
            district="DB.H.TUANGIAO.UBND",
            agency="UBND xã",
            room="Phòng họp",
            address="10.20.1.22",
        ),
    ]
