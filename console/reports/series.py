"""The series behind the report's charts, from the figures (pure; no Qt, no plotting).

Months are local (Asia/Ho_Chi_Minh) months of the period, every month listed even when empty. A meeting counts in
the month of its planned start when it was held; an incident in the month it opened in (as in the figures).
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from console.domain.clock import LOCAL_TZ
from console.reports.figures import Figures, SiteLine

Month = tuple[int, int]  # (year, month)


def months(first: date, last: date) -> tuple[Month, ...]:
    """Every local month from `first`'s to `last`'s, both included."""
    out: list[Month] = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def meetings_per_month(f: Figures, span: tuple[Month, ...]) -> tuple[int, ...]:
    """Held meetings by the local month of their planned start."""
    c = Counter(
        (x.start.astimezone(LOCAL_TZ).year, x.start.astimezone(LOCAL_TZ).month)
        for x in f.meeting_lines
        if x.status == "held"
    )
    return tuple(c[m] for m in span)


def incidents_per_month_by_kind(f: Figures, span: tuple[Month, ...]) -> dict[str, tuple[int, ...]]:
    """kind -> incidents opened in each local month, for the kinds the period has (most first)."""
    c: Counter[tuple[str, Month]] = Counter()
    for x in f.incident_lines:
        local = x.opened_at.astimezone(LOCAL_TZ)
        c[(x.kind.value, (local.year, local.month))] += 1
    return {kind: tuple(c[(kind, m)] for m in span) for kind, _ in f.incidents.by_kind}


def mttr_minutes_by_kind(f: Figures) -> tuple[tuple[str, float], ...]:
    """The mean time to restore per kind, in minutes, longest first."""
    return tuple(sorted(((k, v / 60) for k, v in f.incidents.mttr_s), key=lambda kv: (-kv[1], kv[0])))


def worst_sites(f: Figures, top: int = 10) -> tuple[SiteLine, ...]:
    """The sites with the most trouble (the figures' ranking), at most `top`."""
    return f.most_trouble[:top]


def quality_by_cluster(f: Figures) -> tuple[tuple[str, float, float, float], ...]:
    """(cluster, green, amber, red) shares of the connected time of the cluster's sites; clusters with no
    connected time are left out. A site without a cluster counts under ""."""
    sums: dict[str, list[float]] = {}
    for x in f.sites:
        if x.connected_s <= 0:
            continue
        acc = sums.setdefault(x.cluster, [0.0, 0.0, 0.0, 0.0])
        acc[0] += x.green_s
        acc[1] += x.amber_s
        acc[2] += x.red_s
        acc[3] += x.connected_s
    return tuple(
        (cluster, g / total, a / total, r / total) for cluster, (g, a, r, total) in sorted(sums.items())
    )
