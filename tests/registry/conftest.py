"""The registry's database tests run on a SQLite file and on the PostgreSQL server named by BRIDGEWALL_TEST_PG, with
the fixtures of tests/db."""

from __future__ import annotations

from tests.db.conftest import T0, at, db_url, engine, session

__all__ = ["T0", "at", "db_url", "engine", "session"]
