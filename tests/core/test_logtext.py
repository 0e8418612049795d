"""Text from the MCU reaches log lines escaped: no forged line, no terminal control, no endless line."""

from __future__ import annotations

import logging

import pytest

from console.domain.logtext import loggable
from console.live.hub import Hub

from .media_rig import joined, left, registry


def test_control_characters_are_escaped_and_the_rest_kept() -> None:
    assert loggable("Xã Nà Sơn") == "Xã Nà Sơn"
    assert loggable("A\r\nB") == "A\\x0d\\x0aB"
    assert loggable("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m"
    assert loggable("\x00\x7f\x85\x9b") == "\\x00\\x7f\\x85\\x9b"  # NUL, DEL, C1 next line and CSI
    assert loggable("a\u2028b\u2029c") == "a\\u2028b\\u2029c"
    assert loggable("\u202etxt.exe") == "\\u202etxt.exe"  # a right-to-left override
    assert loggable("\t") == "\\x09"
    assert loggable(ValueError("bad\nthing")) == "bad\\x0athing"


def test_a_backslash_is_doubled_so_an_escape_is_never_ambiguous() -> None:
    assert loggable("C:\\x1b") == "C:\\\\x1b"
    assert loggable("C:\\x1b") != loggable("C:\x1b")


def test_a_huge_value_is_cut_and_says_how_long_it_was() -> None:
    name = "x" * (1 << 20)
    out = loggable(name)
    assert out == "x" * 200 + f"…({1 << 20} characters)"
    assert loggable("\n" * 300, limit=10) == "\\x0a" * 10 + "…(300 characters)"


def test_a_forged_name_stays_on_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    hub = Hub(registry())
    forged = "Xã Lạ\r\n2026-03-01 08:00:00 INFO bridgewall.hub: incident resolved: link_down\x1b[2J"
    with caplog.at_level(logging.INFO, logger="bridgewall.hub"):
        hub.feed(joined(0, "u1", forged))
        hub.feed(left(5, "u1", forged))  # an unknown site: its key is the MCU's display name
    [line] = [r.getMessage() for r in caplog.records if "incident opened" in r.getMessage()]
    assert not any(c in line for c in "\r\n\x1b")
    assert "Xã Lạ\\x0d\\x0a2026-03-01" in line and "\\x1b[2J" in line
    assert hub.participants == {} and forged in {i.site for i in hub.incidents.values()}  # kept as sent
