"""The database fixtures of tests/db: storage tests run on a SQLite file, and on PostgreSQL when
BRIDGEWALL_TEST_PG names one."""

from tests.db.conftest import db_url, engine, session

__all__ = ["db_url", "engine", "session"]
