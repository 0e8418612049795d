"""The history view's charts (pyqtgraph): meetings per month, incidents per month by kind, MTTR per kind, the ten
worst sites, the quality share per cluster — drawn from `console.reports.series.ChartSeries`."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from console.domain import IncidentKind
from console.reports.series import ChartSeries
from widgets import theme
from widgets.plots import plot_widget
from widgets.text import kind_text

PALETTE = theme.CHART_SERIES
TOP_KINDS = 5  # kinds stacked on their own in the incidents chart; the others as one
OTHERS = ""
GREEN, AMBER, RED = theme.GREEN, theme.AMBER, theme.RED


def _kind(value: str) -> str:
    return kind_text(IncidentKind(value)) if value in IncidentKind._value2member_map_ else value


def _months(labels: tuple[str, ...]) -> list[str]:
    """ "T7" … "T12" within one year, "T12/25" when the period spans years (short: twelve fit side by side)."""
    years = {label.split("-")[0] for label in labels}
    out = []
    for label in labels:
        year, month = label.split("-")
        out.append(f"T{int(month)}" if len(years) == 1 else f"T{int(month)}/{year[2:]}")
    return out


class HistoryCharts(QWidget):
    """Five plots in a grid; `show_series` redraws them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyCharts")
        grid = QGridLayout(self)
        self.meetings = self._plot(QCoreApplication.translate("HistoryCharts", "Meetings held per month"))
        self.incidents = self._plot(
            QCoreApplication.translate("HistoryCharts", "Incidents per month by kind")
        )
        self.mttr = self._plot(
            QCoreApplication.translate("HistoryCharts", "Mean time to restore per kind (minutes)")
        )
        self.worst = self._plot(
            QCoreApplication.translate("HistoryCharts", "The ten sites with the most incidents")
        )
        self.quality = self._plot(
            QCoreApplication.translate("HistoryCharts", "Link quality per cluster (share of connected time)")
        )
        grid.addWidget(self.meetings, 0, 0)
        grid.addWidget(self.incidents, 0, 1)
        grid.addWidget(self.mttr, 1, 0)
        grid.addWidget(self.worst, 1, 1)
        grid.addWidget(self.quality, 2, 0, 1, 2)
        self.series: ChartSeries | None = None

    def _plot(self, title: str) -> pg.PlotWidget:
        plot = plot_widget(theme.GRAPH, title=title)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(y=True, alpha=0.2)
        return plot

    @staticmethod
    def _axis(plot: pg.PlotWidget, labels: list[str], side: str = "bottom") -> None:
        plot.getAxis(side).setTicks([list(enumerate(labels))])

    def show_series(self, s: ChartSeries) -> None:
        self.series = s
        for plot in (self.meetings, self.incidents, self.mttr, self.worst, self.quality):
            plot.clear()
            legend = plot.plotItem.legend
            if legend is not None:
                legend.clear()
        n = len(s.months)
        months = _months(s.months)
        # meetings per month
        self.meetings.addItem(
            pg.BarGraphItem(x=list(range(n)), height=list(s.meetings_per_month), width=0.6, brush=PALETTE[0])
        )
        self._axis(self.meetings, months)
        # incidents per month, stacked by kind: the most frequent kinds, the rest as one stack
        stacks = list(zip(s.kinds, s.incidents_per_month, strict=True))
        if len(stacks) > TOP_KINDS:
            rest = [sum(col) for col in zip(*(counts for _, counts in stacks[TOP_KINDS - 1 :]), strict=True)]
            stacks = [*stacks[: TOP_KINDS - 1], (OTHERS, tuple(rest))]
        if stacks:
            self.incidents.addLegend(offset=(-5, 5))
        base = [0] * n
        for k, (kind, counts) in enumerate(stacks):
            name = (
                QCoreApplication.translate("HistoryCharts", "other kinds") if kind == OTHERS else _kind(kind)
            )
            bar = pg.BarGraphItem(
                x=list(range(n)),
                y0=list(base),
                height=list(counts),
                width=0.6,
                brush=PALETTE[k % len(PALETTE)],
                name=name,
            )
            self.incidents.addItem(bar)
            base = [a + b for a, b in zip(base, counts, strict=True)]
        self._axis(self.incidents, months)
        self.incidents.setXRange(-0.6, n - 0.4 + (max(n * 0.6, 2.5) if stacks else 0), padding=0)
        # MTTR per kind, in minutes: horizontal bars, the slowest on top, the kinds named on the left
        mttr = sorted(s.mttr_s, key=lambda kv: kv[1])
        self.mttr.addItem(
            pg.BarGraphItem(
                x0=0, y=list(range(len(mttr))), width=[v / 60 for _, v in mttr], height=0.6, brush=PALETTE[2]
            )
        )
        self._axis(self.mttr, [_kind(k) for k, _ in mttr], "left")
        # the ten worst sites: horizontal bars, the worst on top
        worst = list(reversed(s.worst_sites))
        self.worst.addItem(
            pg.BarGraphItem(
                x0=0,
                y=list(range(len(worst))),
                width=[w.incidents for w in worst],
                height=0.6,
                brush=PALETTE[1],
            )
        )
        self._axis(self.worst, [w.name for w in worst], "left")
        # quality share per cluster: stacked green / amber / red
        clusters = [
            q.cluster or QCoreApplication.translate("HistoryCharts", "(no cluster)") for q in s.quality
        ]
        x = list(range(len(clusters)))
        g = [q.green * 100 for q in s.quality]
        a = [q.amber * 100 for q in s.quality]
        r = [q.red * 100 for q in s.quality]
        if clusters:
            self.quality.addLegend(offset=(-5, 5))
        self.quality.addItem(
            pg.BarGraphItem(
                x=x,
                y0=0,
                height=g,
                width=0.6,
                brush=GREEN,
                name=QCoreApplication.translate("HistoryCharts", "green"),
            )
        )
        self.quality.addItem(
            pg.BarGraphItem(
                x=x,
                y0=g,
                height=a,
                width=0.6,
                brush=AMBER,
                name=QCoreApplication.translate("HistoryCharts", "amber"),
            )
        )
        self.quality.addItem(
            pg.BarGraphItem(
                x=x,
                y0=[p + q for p, q in zip(g, a, strict=True)],
                height=r,
                width=0.6,
                brush=RED,
                name=QCoreApplication.translate("HistoryCharts", "red"),
            )
        )
        self.quality.setYRange(0, 100)
        self.quality.setXRange(-0.6, len(clusters) - 0.4 + 1.2, padding=0)
        self._axis(self.quality, clusters)
