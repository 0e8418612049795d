"""The report's charts as PNG images, with matplotlib's Agg renderer (no Qt, no window, no pyplot state).

Pure: figures in, PNG bytes out. Readable in black-and-white print: grey fills told apart by hatching, values
written on the bars, Vietnamese labels in DejaVu Serif (matplotlib's own font, with every Vietnamese mark).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# matplotlib tells at INFO what it does (its font cache, its axes): the console's log is not the place for it
logging.getLogger("matplotlib").setLevel(logging.WARNING)
logging.getLogger("PIL").setLevel(logging.WARNING)

from matplotlib import rc_context  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.container import BarContainer  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from console.reports.figures import Figures  # noqa: E402
from console.reports.labels import KIND, label  # noqa: E402
from console.reports.series import ChartSeries, chart_series  # noqa: E402

DPI = 200
WIDTH_IN = 6.3  # 16 cm: the text width of an A4 page with the decree's margins
FILLS = ("#ffffff", "#bdbdbd", "#636363", "#e0e0e0", "#969696", "#252525")
HATCHES = ("", "///", "", "...", "\\\\\\", "xx")
RC: dict[Any, Any] = {"font.family": "DejaVu Serif", "font.size": 9, "hatch.linewidth": 0.6}


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart of the document: where it goes, its caption, its PNG."""

    key: str  # meetings_per_month | incidents_per_month | mttr_by_kind | worst_sites | quality_by_cluster
    caption: str
    png: bytes


def _figure(height_in: float) -> Figure:
    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _png(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(
        out, format="png", dpi=DPI, bbox_inches="tight", facecolor="white", metadata={"Software": None}
    )
    return out.getvalue()


def _style(ax: Axes) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_axisbelow(True)


def _label_bars(ax: Axes, bars: BarContainer, values: Sequence[float]) -> None:
    ax.bar_label(bars, labels=[f"{v:g}" if v else "" for v in values], fontsize=8)


def _vn(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _year_month(month: str) -> tuple[int, int]:
    year, number = month.split("-")
    return int(year), int(number)


def _month_labels(months: Sequence[str]) -> list[str]:
    """ "T7".."T12" within one year (the year goes in the axis label); "11/25" across years."""
    span = [_year_month(m) for m in months]
    if len({y for y, _ in span}) == 1:
        return [f"T{m}" for _, m in span]
    return [f"{m:02d}/{y % 100:02d}" for y, m in span]


def _month_axis(ax: Axes, span: Sequence[str]) -> None:
    ax.set_xticks(range(len(span)), _month_labels(span))
    years = sorted({_year_month(m)[0] for m in span})
    ax.set_xlabel(f"Tháng (năm {years[0]})" if len(years) == 1 else "Tháng/năm")
    if len(span) > 12:
        ax.tick_params(axis="x", labelrotation=60)


def meetings_per_month(s: ChartSeries) -> bytes:
    span, values = s.months, s.meetings_per_month
    fig = _figure(1.9)
    ax = fig.add_subplot()
    bars = ax.bar(range(len(span)), values, color=FILLS[1], edgecolor="black", linewidth=0.8)
    _label_bars(ax, bars, values)
    _month_axis(ax, span)
    ax.set_ylabel("Số cuộc họp")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color="#cccccc", linewidth=0.5)
    _style(ax)
    return _png(fig)


def incidents_per_month(s: ChartSeries) -> bytes:
    span = s.months
    by_kind = dict(zip(s.kinds, s.incidents_per_month, strict=True))
    fig = _figure(3.0)
    ax = fig.add_subplot()
    x = range(len(span))
    _month_axis(ax, span)
    bottom = [0] * len(span)
    for n, (kind, values) in enumerate(by_kind.items()):
        ax.bar(
            x,
            values,
            bottom=bottom,
            label=label(KIND, kind),
            color=FILLS[n % len(FILLS)],
            hatch=HATCHES[n % len(HATCHES)],
            edgecolor="black",
            linewidth=0.8,
        )
        bottom = [a + b for a, b in zip(bottom, values, strict=True)]
    for i, total in enumerate(bottom):
        if total:
            ax.annotate(str(total), (i, total), ha="center", va="bottom", fontsize=8)
    ax.set_ylabel("Số sự cố")
    ax.set_ylim(0, max([*bottom, 1]) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color="#cccccc", linewidth=0.5)
    if by_kind:
        ax.legend(fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3)
    _style(ax)
    return _png(fig)


def mttr_by_kind(s: ChartSeries) -> bytes:
    """Minutes, longest first."""
    data = sorted(((k, v / 60) for k, v in s.mttr_s), key=lambda kv: (-kv[1], kv[0]))
    fig = _figure(0.9 + 0.35 * max(len(data), 1))
    ax = fig.add_subplot()
    names = [label(KIND, k) for k, _ in data][::-1]
    values = [v for _, v in data][::-1]
    bars = ax.barh(range(len(names)), values, color=FILLS[1], edgecolor="black", linewidth=0.8)
    ax.set_yticks(range(len(names)), names)
    ax.bar_label(bars, labels=[_vn(v) for v in values], fontsize=8, padding=2)
    ax.set_xlim(0, max([*values, 1.0]) * 1.15)  # room for the last value
    ax.set_xlabel("Thời gian khắc phục trung bình (phút)")
    ax.grid(axis="x", color="#cccccc", linewidth=0.5)
    _style(ax)
    return _png(fig)


def worst_sites(s: ChartSeries) -> bytes:
    sites = s.worst_sites
    fig = _figure(0.9 + 0.32 * max(len(sites), 1))
    ax = fig.add_subplot()
    names = [x.name for x in sites][::-1]
    ax.set_yticks(range(len(names)), names)
    bars = ax.barh(
        range(len(names)),
        [x.incidents for x in sites][::-1],
        color=FILLS[2],
        edgecolor="black",
        linewidth=0.8,
    )
    ax.bar_label(
        bars,
        labels=[f"{x.incidents} sự cố, vắng {x.absences}" for x in sites][::-1],
        fontsize=8,
        padding=2,
    )
    ax.set_xlabel("Số sự cố")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlim(0, max([x.incidents for x in sites] + [1]) * 1.5)
    ax.grid(axis="x", color="#cccccc", linewidth=0.5)
    _style(ax)
    return _png(fig)


def quality_by_cluster(s: ChartSeries) -> bytes:
    data = [(q.cluster, q.green, q.amber, q.red) for q in s.quality]
    fig = _figure(1.1 + 0.35 * max(len(data), 1))
    ax = fig.add_subplot()
    names = [row[0] or "Không thuộc cụm" for row in data][::-1]
    left = [0.0] * len(data)
    parts = (("Tốt", 1), ("Trung bình", 2), ("Kém", 3))
    for n, (name, idx) in enumerate(parts):
        values = [float(row[idx]) * 100 for row in data][::-1]
        ax.barh(
            range(len(names)),
            values,
            left=left,
            label=name,
            color=("#ffffff", "#bdbdbd", "#252525")[n],
            hatch=("", "///", "")[n],
            edgecolor="black",
            linewidth=0.8,
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(range(len(names)), names)
    ax.set_xlim(0, 100)
    ax.set_xlabel("Tỷ lệ thời gian kết nối (%)")
    ax.legend(fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3)
    _style(ax)
    return _png(fig)


def charts(f: Figures) -> dict[str, Chart]:
    """Every chart of the document by key (a chart with nothing to show is left out)."""
    out: dict[str, Chart] = {}
    s = chart_series(f)

    def add(key: str, caption: str, make: Callable[[], bytes], when: bool) -> None:
        if when:
            with rc_context(RC):
                out[key] = Chart(key, caption, make())

    add(
        "meetings_per_month",
        "Số cuộc họp theo tháng",
        lambda: meetings_per_month(s),
        any(s.meetings_per_month),
    )
    add(
        "incidents_per_month",
        "Số sự cố theo tháng và loại sự cố",
        lambda: incidents_per_month(s),
        any(any(row) for row in s.incidents_per_month),
    )
    add(
        "mttr_by_kind",
        "Thời gian khắc phục trung bình theo loại sự cố",
        lambda: mttr_by_kind(s),
        bool(s.mttr_s),
    )
    add(
        "worst_sites",
        "Các điểm cầu có nhiều sự cố nhất",
        lambda: worst_sites(s),
        bool(s.worst_sites),
    )
    add(
        "quality_by_cluster",
        "Tỷ lệ thời gian kết nối theo chất lượng, theo cụm",
        lambda: quality_by_cluster(s),
        bool(s.quality),
    )
    return out
