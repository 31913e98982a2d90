"""The two charts of the Temperatures panel: one guest's curve and the site's fevers per day.

Both use pyqtgraph on a white background with dates on the time axis ("07-09", then hours when
zoomed in), the theme's colours, and the fever threshold drawn as a dashed red line.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    HOUR_MINUTE_ZOOM_LEVEL,
    HOUR_SPACING,
    YEAR_MONTH_ZOOM_LEVEL,
    TickSpec,
    ZoomLevel,
    makeSStepper,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from quarantine_desk.services.readings import is_fever
from quarantine_desk.ui.common import theme

_DAY_SECONDS = 24 * 3600
#: Days as "07-09" (every day, or every 2nd or 7th when crowded), hours below them when zoomed.
_DAYS = ZoomLevel([TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%m-%d",
                            autoSkip=[1, 2, 7])], "00-00")
_DAYS_HOURS = ZoomLevel([
    TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "%m-%d"),
    TickSpec(HOUR_SPACING, makeSStepper(HOUR_SPACING), "%H:%M", autoSkip=[1, 6, 12]),
], "00-00")


class DayAxis(pg.DateAxisItem):
    """A date axis that writes days the way the desk writes them (month-day)."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self.zoomLevels = OrderedDict([
            (math.inf, YEAR_MONTH_ZOOM_LEVEL),
            (60 * _DAY_SECONDS, _DAYS),
            (12 * 3600, _DAYS_HOURS),
            (15 * 60, HOUR_MINUTE_ZOOM_LEVEL),
        ])


def _timestamp(moment: datetime) -> float:
    """Seconds since the epoch of a naive local time, as ``DateAxisItem`` reads them."""
    return moment.timestamp()


def _plot(parent: QWidget | None) -> pg.PlotWidget:
    """A plot in the theme's colours and font with a day axis at the bottom."""
    plot = pg.PlotWidget(parent, background=theme.SURFACE, axisItems={"bottom": DayAxis()})
    font = QFont(parent.font() if parent is not None else QFont())
    font.setPointSizeF(theme.SMALL_POINT_SIZE)
    item = plot.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(theme.BORDER))
        axis.setTextPen(pg.mkPen(theme.TEXT))
        axis.setStyle(tickFont=font, tickTextOffset=6)
    item.showGrid(x=True, y=True, alpha=0.25)
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setMouseEnabled(x=True, y=False)
    return plot


def _message(plot: pg.PlotWidget, text: str) -> None:
    """A quiet sentence in the middle of an empty chart."""
    label = pg.TextItem(text, color=theme.MUTED_TEXT, anchor=(0.5, 0.5))
    plot.addItem(label)
    view = plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    label.setPos((x0 + x1) / 2, (y0 + y1) / 2)


class GuestCurve(QWidget):
    """One guest's readings over the stay, points at or above the threshold in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self)
        self.plot.setLabel("left", "°C", color=theme.MUTED_TEXT)
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.points: list[tuple[datetime, float]] = []
        self.threshold: float | None = None

    def show_readings(self, points: Sequence[tuple[datetime, float]],
                      threshold: float | None) -> None:
        """Draw ``points`` (time, °C) oldest first; an empty list says there are none."""
        self.points, self.threshold = list(points), threshold
        plot = self.plot
        plot.clear()
        plot.setYRange(35.5, 39.5 if threshold is None else max(39.5, threshold + 1.5))
        if threshold is not None:
            line = pg.InfiniteLine(
                pos=threshold, angle=0, movable=False,
                pen=pg.mkPen(theme.FEVER, width=1.5, style=Qt.PenStyle.DashLine),
                label=QCoreApplication.translate("GuestCurve", "fever {threshold} °C").format(
                    threshold=f"{threshold:.1f}"),
                labelOpts={"position": 0.06, "color": theme.FEVER, "anchors": [(0, 1), (0, 1)]})
            plot.addItem(line)
        if not points:
            _message(plot, QCoreApplication.translate("GuestCurve", "No readings yet"))
            return
        xs = [_timestamp(moment) for moment, _ in points]
        ys = [celsius for _, celsius in points]
        plot.plot(xs, ys, pen=pg.mkPen(theme.ACCENT, width=2))
        hot = [threshold is not None and is_fever(c, threshold) for c in ys]
        plot.addItem(pg.ScatterPlotItem(
            x=xs, y=ys, size=[11 if h else 8 for h in hot], pen=pg.mkPen(theme.SURFACE),
            brush=[pg.mkBrush(theme.FEVER if h else theme.ACCENT) for h in hot]))
        low, high = min(ys), max(ys)
        top = max(39.5, high + 0.5, (threshold or 0) + 1.0)
        plot.setYRange(min(35.5, low - 0.5), top, padding=0)
        span = max(xs[-1] - xs[0], _DAY_SECONDS)
        plot.setXRange(xs[0] - span * 0.05, xs[-1] + span * 0.05, padding=0)


class FeversPerDay(QWidget):
    """Bars of how many guests had a fever on each day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self)
        self.plot.setLabel("left", QCoreApplication.translate("FeversPerDay", "guests"),
                           color=theme.MUTED_TEXT)
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.counts: list[tuple[date, int]] = []

    def show_counts(self, counts: Sequence[tuple[date, int]]) -> None:
        self.counts = list(counts)
        plot = self.plot
        plot.clear()
        if not counts:
            return
        bars = [(_timestamp(datetime.combine(day, time(12, 0))), n) for day, n in counts if n]
        if bars:
            plot.addItem(pg.BarGraphItem(x=[x for x, _ in bars], height=[n for _, n in bars],
                                         width=0.7 * _DAY_SECONDS, brush=pg.mkBrush(theme.FEVER),
                                         pen=pg.mkPen(theme.FEVER)))
        for x, n in bars:
            label = pg.TextItem(str(n), color=theme.TEXT, anchor=(0.5, 1.0))
            label.setPos(x, n)
            plot.addItem(label)
        most = max((n for _, n in bars), default=0)
        step = max(1, math.ceil(most / 5))
        plot.getPlotItem().getAxis("left").setTickSpacing(major=step, minor=step)
        top = max(3, most + step)
        plot.setYRange(-0.02 * top, top, padding=0)
        start = datetime.combine(counts[0][0], time(0, 0))
        end = datetime.combine(counts[-1][0] + timedelta(days=1), time(0, 0))
        plot.setXRange(_timestamp(start), _timestamp(end), padding=0.01)
        if not most:
            _message(plot, QCoreApplication.translate("FeversPerDay",
                                                      "No fever in these days"))
