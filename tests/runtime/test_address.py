"""The log's address at the door: the default file needs no SQLAlchemy, and the URLs spelled without it are the
ones SQLAlchemy spells."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from console.runtime.address import check_log, log_file, with_log_file
from console.runtime.args import UsageError
from console.runtime.config import Config
from db.files import sqlite_url

ROOT = Path(__file__).resolve().parents[2]
AWKWARD = ["/tmp/a b/log.sqlite3", "/tmp/ä/x@y:z.db", "/tmp/q?x=1.db", "/tmp/%41+b.db", "rel/log.db"]


@pytest.mark.parametrize("path", AWKWARD)
def test_a_file_url_is_spelled_as_sqlalchemy_spells_it(path: str) -> None:
    assert sqlite_url(path) == URL.create("sqlite", database=path).render_as_string()
    assert make_url(sqlite_url(path)).database == path


@pytest.mark.parametrize("path", AWKWARD[:4])
def test_a_chosen_file_is_the_log_file_again(path: str) -> None:
    assert log_file(with_log_file(Config(), Path(path))) == Path(path)


def test_the_door_on_the_default_log_loads_no_sqlalchemy_nor_numpy(tmp_path: Path) -> None:
    """The window reads its configuration and checks its log before it starts the session's process and paints:
    SQLAlchemy would hold that a quarter second, numpy a twentieth."""
    probe = (
        "import sys; from console.runtime.address import check_log, log_in_use, shown_log; "
        "from console.runtime.config import Config; c = Config(); "
        "print(check_log(c) == shown_log(c), log_in_use(c), 'sqlalchemy' in sys.modules, 'numpy' in sys.modules)"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "None", "False", "False"]


def test_a_default_log_that_is_no_database_is_refused_at_the_door(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = log_file(Config())
    assert path is not None and path.is_relative_to(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all")
    with pytest.raises(UsageError, match="is not a SQLite database"):
        check_log(Config())
