"""Picking a meeting's expected sites: one by one, or by tier, cluster or province.

A selection is a list of terms (on the command line, comma-separated):
- `CODE`: that site;
- `tier:central|province|district|commune`: every site of that tier;
- `cluster:CODE`: the cluster (former district) site CODE and every site grouped under it;
- `province:CODE`: the site CODE and every site below it, however deep.
Sites come out once each, in the order the terms name them (a term's sites in the registry's order).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from console.domain import Site, Tier

KINDS = ("tier", "cluster", "province")


class SelectionError(ValueError):
    """A term that names nothing: an unknown code, tier or kind of term."""


def select_sites(terms: Iterable[str], registry: Sequence[Site]) -> tuple[str, ...]:
    by_code = {s.code: s for s in registry}
    picked: dict[str, None] = {}
    for raw in terms:
        term = raw.strip()
        if not term:
            continue
        kind, sep, value = term.partition(":")
        if not sep or kind not in KINDS:
            if term not in by_code:
                raise SelectionError(f"unknown site code {term!r}")
            picked[term] = None
            continue
        value = value.strip()
        if kind == "tier":
            try:
                tier = Tier(value)
            except ValueError:
                raise SelectionError(
                    f"unknown tier {value!r} in {term!r}; known: {', '.join(t.value for t in Tier)}"
                ) from None
            codes = [s.code for s in registry if s.tier is tier]
        else:
            if value not in by_code:
                raise SelectionError(f"unknown site code {value!r} in {term!r}")
            codes = _cluster(value, registry) if kind == "cluster" else _below(value, registry)
        if not codes:
            raise SelectionError(f"{term!r} names no site")
        picked.update(dict.fromkeys(codes))
    return tuple(picked)


def _cluster(code: str, registry: Sequence[Site]) -> list[str]:
    return [s.code for s in registry if s.code == code or s.district == code]


def _below(code: str, registry: Sequence[Site]) -> list[str]:
    children: dict[str, list[str]] = {}
    for s in registry:
        if s.parent is not None:
            children.setdefault(s.parent, []).append(s.code)
    found = {code}
    stack = [code]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return [s.code for s in registry if s.code in found]
