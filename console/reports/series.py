"""The chart series people read at a glance, from a report's figures (`console.reports.figures.Figures`).

Pure: figures in, frozen series out (no Qt). Months are Asia/Ho_Chi_Minh months ("2026-07"), every month the
period touches listed, empty ones with zeros, so a chart's axis has no holes.

- **Meetings per month**: held meetings by the month of their planned start.
- **Incidents per month by kind**: the period's incidents (`Figures.incident_lines`) by the month they opened in.
- **MTTR per kind**: the figures' mean time to restore per kind (resolved incidents), in seconds.
- **Worst sites**: the figures' sites with the most trouble (at most ten): incidents, downtime, absences.
- **Quality per cluster**: the green / amber / red shares of the connected time of a cluster's sites (sites with
  no cluster under ""); clusters with no connected time are left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from console.domain.clock import LOCAL_TZ
from console.reports.figures import Figures


@dataclass(frozen=True, slots=True)
class WorstSite:
    code: str
    name: str
    incidents: int
    downtime_s: float
    absences: int


@dataclass(frozen=True, slots=True)
class ClusterQuality:
    cluster: str
    green: float  # shares of the connected time, adding up to 1
    amber: float
    red: float
    connected_s: float


@dataclass(frozen=True, slots=True)
class ChartSeries:
    months: tuple[str, ...]  # "YYYY-MM", local
    meetings_per_month: tuple[int, ...]  # one per month
    kinds: tuple[str, ...]  # the incident kinds seen, most first
    incidents_per_month: tuple[tuple[int, ...], ...]  # per kind (as `kinds`), one count per month
    mttr_s: tuple[tuple[str, float], ...]  # kind → mean seconds to restore
    worst_sites: tuple[WorstSite, ...]
    quality: tuple[ClusterQuality, ...]  # by cluster name


def month_of(at: datetime) -> str:
    local = at.astimezone(LOCAL_TZ)
    return f"{local.year:04d}-{local.month:02d}"


def months_between(start: datetime, end: datetime) -> tuple[str, ...]:
    """Every local month touched by [start, end)."""
    first = start.astimezone(LOCAL_TZ).date().replace(day=1)
    last_local = end.astimezone(LOCAL_TZ)
    last = last_local.date()
    if last_local.time() == last_local.time().min and last > first:  # end is exclusive
        last = date.fromordinal(last.toordinal() - 1)
    out: list[str] = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(out)


def chart_series(figures: Figures) -> ChartSeries:
    months = months_between(figures.start, figures.end)
    held = Counter(month_of(x.start) for x in figures.meeting_lines if x.status == "held")
    kinds = tuple(k for k, _ in figures.incidents.by_kind)
    per: dict[str, Counter[str]] = {k: Counter() for k in kinds}
    for line in figures.incident_lines:
        per[line.kind.value][month_of(line.opened_at)] += 1
    worst = tuple(
        WorstSite(s.code, s.name, s.incidents, s.downtime_s, s.absences) for s in figures.most_trouble
    )
    sums: dict[str, list[float]] = {}
    for s in figures.sites:
        if s.connected_s <= 0:
            continue
        acc = sums.setdefault(s.cluster, [0.0, 0.0, 0.0, 0.0])
        acc[0] += s.green_s
        acc[1] += s.amber_s
        acc[2] += s.red_s
        acc[3] += s.connected_s
    quality = tuple(
        ClusterQuality(
            cluster,
            round(g / total, 4),
            round(a / total, 4),
            round(r / total, 4),
            round(total, 3),
        )
        for cluster, (g, a, r, total) in sorted(sums.items())
    )
    return ChartSeries(
        months=months,
        meetings_per_month=tuple(held[m] for m in months),
        kinds=kinds,
        incidents_per_month=tuple(tuple(per[k][m] for m in months) for k in kinds),
        mttr_s=figures.incidents.mttr_s,
        worst_sites=worst,
        quality=quality,
    )


__all__ = ["ChartSeries", "ClusterQuality", "WorstSite", "chart_series", "month_of", "months_between"]
