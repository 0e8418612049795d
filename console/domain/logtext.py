"""Text from outside (participant names, MCU replies) made safe to put in one log line.

Names are stored as the MCU sent them; only what goes to a log line passes through `loggable`, so that a name
with CR / LF cannot forge a second line, ESC cannot drive the terminal, and a bidirectional override cannot make
a line read differently from what it holds. A huge value is cut, saying how long it was.
"""

from __future__ import annotations

# C0 controls, DEL and C1 controls; the line and paragraph separators; the bidirectional embeddings, overrides and
# isolates. A backslash is doubled, so an escape in the log always means the character, never the text "\x1b".
_ESCAPED = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F)]
_ESCAPED += [*range(0x2066, 0x206A)]
_TABLE: dict[int, str] = {c: (f"\\x{c:02x}" if c <= 0xFF else f"\\u{c:04x}") for c in _ESCAPED}
_TABLE[ord("\\")] = "\\\\"

DEFAULT_LIMIT = 200


def loggable(value: object, limit: int = DEFAULT_LIMIT) -> str:
    """`value` as text for a log line: control characters escaped (`\\x1b`, `\\u2028`), cut after `limit` chars."""
    text = value if isinstance(value, str) else str(value)
    cut = ""
    if len(text) > limit:
        cut = f"…({len(text)} characters)"
        text = text[:limit]
    return text.translate(_TABLE) + cut


__all__ = ["loggable"]
