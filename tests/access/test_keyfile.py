"""The audit key file: made with mode 600 on first use, refused when others may read it, never replaced when the
trail already depends on it."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from console.access import KeyFileError, load_key
from console.access.keyfile import ENV_VAR, KEY_BYTES, read_key
from console.runtime.config import AUDIT_KEY_ENV, AuditConfig, Config, audit_key_path


def test_a_key_is_made_on_first_use_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "audit.key"
    key = load_key(path, may_create=True)
    assert len(key) == KEY_BYTES
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_key(path, may_create=True) == key  # the same key ever after
    assert load_key(path, may_create=False) == key
    assert [p.name for p in path.parent.iterdir()] == ["audit.key"]  # no temporary file left


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o602])
def test_a_key_others_may_read_or_write_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "audit.key"
    load_key(path, may_create=True)
    path.chmod(mode)
    with pytest.raises(KeyFileError) as caught:
        load_key(path, may_create=True)
    message = str(caught.value)
    assert str(path) in message and f"mode {mode:03o}" in message and "chmod 600" in message
    assert stat.S_IMODE(path.stat().st_mode) == mode  # left as it was


def test_a_missing_key_is_not_replaced_once_the_trail_has_entries(tmp_path: Path) -> None:
    path = tmp_path / "audit.key"
    with pytest.raises(KeyFileError, match="restore the key file"):
        load_key(path, may_create=False)
    assert not path.exists()


@pytest.mark.parametrize("content", ["", "not hex at all\n", "ab" * 8 + "\n"])
def test_a_file_that_holds_no_key_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "audit.key"
    path.write_text(content)
    path.chmod(0o600)
    with pytest.raises(KeyFileError, match="holds no audit key"):
        read_key(path)


def test_two_consoles_creating_the_key_at_once_share_one(tmp_path: Path) -> None:
    path = tmp_path / "audit.key"
    keys: list[bytes] = []
    start = threading.Barrier(4)

    def make() -> None:
        start.wait()
        keys.append(load_key(path, may_create=True))

    threads = [threading.Thread(target=make) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(keys) == 4 and len(set(keys)) == 1
    assert read_key(path) == keys[0]


def test_where_the_key_is(tmp_path: Path) -> None:
    assert ENV_VAR == AUDIT_KEY_ENV
    default = audit_key_path(Config(), {})
    assert default == Path(os.environ["XDG_DATA_HOME"]) / "bridgewall" / "audit.key"
    configured = Config(audit=AuditConfig(key_file=tmp_path / "a.key"))
    assert audit_key_path(configured, {}) == tmp_path / "a.key"
    assert audit_key_path(configured, {AUDIT_KEY_ENV: str(tmp_path / "b.key")}) == tmp_path / "b.key"
    assert audit_key_path(configured, {AUDIT_KEY_ENV: "  "}) == tmp_path / "a.key"
