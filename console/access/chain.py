"""The audit chain: each entry's keyed hash covers the previous entry's, so editing, deleting or re-ordering any
entry breaks the chain from that point.

    mac(n)  = HMAC-SHA256(key, mac(n-1) ‖ canonical(n, entry n))        mac(0) is empty
    tag     = HMAC-SHA256(key, "bridgewall-audit-head" ‖ 0 ‖ "seq:mac")   over the chain's head

`canonical()` is the entry as compact UTF-8 JSON, in a fixed field order, with its number in the chain and its time
in UTC to the microsecond: what storage gives back must encode to the same bytes (`normalize()` makes an entry fit
its columns before it is sealed). The head (last number and hash, with its own tag) lets `verify()` see entries
deleted from the end; without the key nobody can make a head or an entry that verifies.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC

from console.domain.access import AuditEntry, AuditRecord, ChainHead

FORMAT = 1  # the canonical form's version, part of every hashed entry
HEAD_CONTEXT = b"bridgewall-audit-head\x00"
LIMITS = {"actor": 128, "action": 128, "target": 255}  # the audit table's column widths
DETAIL_LIMIT = 2000


class ChainBroken(RuntimeError):
    """The chain cannot be extended: its head does not verify with the key (edited, rolled back, or a key that is
    not this log's). Nothing is written; `audit verify` says where it broke."""


def _clean(text: str, limit: int | None = None) -> str:
    """`text` as storage keeps it: valid UTF-8, no NUL (PostgreSQL refuses it), at most `limit` characters."""
    text = text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def normalize(entry: AuditEntry) -> AuditEntry:
    """`entry` made to fit the audit table exactly (widths, text, time in UTC to the microsecond)."""
    at = entry.at.astimezone(UTC)
    return dataclasses.replace(
        entry,
        actor=_clean(entry.actor, LIMITS["actor"]),
        action=_clean(entry.action, LIMITS["action"]),
        target=_clean(entry.target, LIMITS["target"]),
        detail=_clean(" ".join(entry.detail.split()), DETAIL_LIMIT),
        at=at,
    )


def canonical(seq: int, entry: AuditEntry) -> bytes:
    """The bytes an entry's hash covers."""
    fields = [
        FORMAT,
        seq,
        entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
        entry.actor,
        str(entry.actor_kind),
        entry.action,
        entry.target,
        str(entry.result),
        entry.detail,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_mac(key: bytes, previous: str, seq: int, entry: AuditEntry) -> str:
    try:
        before = bytes.fromhex(previous)
    except ValueError:
        before = previous.encode(
            "utf-8", "replace"
        )  # a damaged hash still chains (and fails) deterministically
    return hmac.new(key, before + canonical(seq, entry), hashlib.sha256).hexdigest()


def head_tag(key: bytes, seq: int, mac: str) -> str:
    return hmac.new(key, HEAD_CONTEXT + f"{seq}:{mac}".encode(), hashlib.sha256).hexdigest()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8", "replace"), b.encode("utf-8", "replace"))


def check_head(key: bytes, head: ChainHead) -> str:
    """The hash the next entry chains from; raises ChainBroken when `head` is not sound (nothing may be added)."""
    if head.seq == 0 and not head.tag:
        if head.last_seq is not None:
            raise ChainBroken(
                "the audit trail holds entries but its head is gone: run `audit verify`; nothing was written"
            )
        return ""
    if not _same(head_tag(key, head.seq, head.mac), head.tag):
        raise ChainBroken(
            "the audit trail's head does not verify with this key (the log was edited, or the key file is "
            "not this log's): run `audit verify`; nothing was written"
        )
    if head.last_seq is not None and head.last_seq > head.seq:
        raise ChainBroken(
            f"the audit trail holds entries past its head (seq {head.last_seq} > {head.seq}): "
            "run `audit verify`; nothing was written"
        )
    return head.mac


def seal(key: bytes, head: ChainHead, entry: AuditEntry) -> tuple[int, str, ChainHead]:
    """The next link after `head`: (its seq, its mac, the new head). Raises ChainBroken if `head` is not sound."""
    previous = check_head(key, head)
    seq = head.seq + 1
    mac = entry_mac(key, previous, seq, entry)
    return seq, mac, ChainHead(seq, mac, head_tag(key, seq, mac), seq)


class Damage(enum.StrEnum):
    EDITED = "edited"
    DELETED = "deleted"
    REORDERED = "reordered"
    HEAD = "head"  # the chain's head record itself


@dataclass(frozen=True, slots=True)
class Verdict:
    """What `verify()` found: `count` entries checked; for a broken chain, the first broken entry and how."""

    count: int
    damage: Damage | None = None
    record_id: int | None = (
        None  # the first entry that does not verify (None: the break is after the last one)
    )
    seq: int | None = None  # the chain number expected there
    detail: str = ""

    @property
    def intact(self) -> bool:
        return self.damage is None

    @property
    def message(self) -> str:
        if self.damage is None:
            return f"chain intact: {self.count} {'entry' if self.count == 1 else 'entries'}"
        if self.record_id is None:
            return f"chain broken after the last entry: {self.damage}: {self.detail}"
        return f"chain broken at entry id {self.record_id} (seq {self.seq}): {self.damage}: {self.detail}"


def verify(key: bytes, records: Sequence[AuditRecord], head: ChainHead) -> Verdict:
    """Recompute the chain over `records` (in id order) and check `head`; the first break wins."""
    previous = ""
    expected = 1
    for index, record in enumerate(records):
        if record.seq == expected and _same(entry_mac(key, previous, expected, record.entry), record.mac):
            previous = record.mac
            expected += 1
            continue
        return _diagnose(key, records, index, expected, previous)
    return _check_head(key, records, head, expected - 1)


def _diagnose(
    key: bytes, records: Sequence[AuditRecord], index: int, expected: int, previous: str
) -> Verdict:
    record = records[index]
    where: dict[str, int | None] = {"record_id": record.id, "seq": expected}
    if record.seq != expected:
        moved = next((r for r in records[index + 1 :] if r.seq == expected), None)
        if moved is not None:
            detail = f"it holds entry seq {record.seq}; entry seq {expected} comes later, at id {moved.id}"
            return Verdict(index, Damage.REORDERED, detail=detail, **where)
        if record.seq > expected:
            gone = (
                f"entry seq {expected} is"
                if record.seq == expected + 1
                else f"entries seq {expected}–{record.seq - 1} are"
            )
            after = f", after id {records[index - 1].id}" if index else ""
            return Verdict(index, Damage.DELETED, detail=f"{gone} missing before it{after}", **where)
        detail = f"its chain number was changed (seq {record.seq}, expected {expected})"
        return Verdict(index, Damage.EDITED, detail=detail, **where)
    for other in records:
        if other is not record and _same(entry_mac(key, previous, expected, other.entry), record.mac):
            detail = f"its content is entry id {other.id}'s: the two were swapped"
            return Verdict(index, Damage.REORDERED, detail=detail, **where)
    detail = "its content or its keyed hash was changed"
    if index == 0:
        detail += " (or the key file is not this log's)"
    return Verdict(index, Damage.EDITED, detail=detail, **where)


def _check_head(key: bytes, records: Sequence[AuditRecord], head: ChainHead, last: int) -> Verdict:
    count = len(records)
    if head.seq == 0 and not head.mac and not head.tag:
        if records:
            return Verdict(
                count, Damage.HEAD, detail=f"the chain's head is gone or reset, with {count} entries kept"
            )
        return Verdict(0)
    if not _same(head_tag(key, head.seq, head.mac), head.tag):
        return Verdict(
            count,
            Damage.HEAD,
            detail="the chain's head does not verify (edited, or a key that is not this log's)",
        )
    if head.seq > last:
        gone = (
            f"entry seq {head.seq} is" if head.seq == last + 1 else f"entries seq {last + 1}–{head.seq} are"
        )
        return Verdict(count, Damage.DELETED, seq=last + 1, detail=f"{gone} missing at the end")
    if head.seq < last:
        return Verdict(
            count, Damage.HEAD, detail=f"the chain's head was rolled back to seq {head.seq} of {last}"
        )
    if records and not _same(head.mac, records[-1].mac):
        return Verdict(count, Damage.HEAD, detail="the chain's head does not match the last entry")
    return Verdict(count)


__all__ = [
    "ChainBroken",
    "Damage",
    "Verdict",
    "canonical",
    "check_head",
    "entry_mac",
    "head_tag",
    "normalize",
    "seal",
    "verify",
]
