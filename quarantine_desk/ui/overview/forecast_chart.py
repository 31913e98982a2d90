"""The two-week chart of free rooms on the Overview, drawn with pyqtgraph.

Imported only when the chart is first built (:class:`widgets.ChartSlot`): pyqtgraph and numpy
take a fifth of a second to import, which would otherwise lie on the path from start to the
overview's figures (issue 16).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from quarantine_desk.ui.common import theme

#: Seconds in a day: the chart's x axis is in seconds since the epoch.
DAY = 86400.0


class ForecastChart(pg.PlotWidget):
    """Bars of the rooms free on each of the next days, the date under each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._axis = pg.DateAxisItem(orientation="bottom")
        super().__init__(parent, background=theme.SURFACE, axisItems={"bottom": self._axis})
        self.setMinimumHeight(240)  # as the slot that holds it
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        font = QFont(self.font())
        font.setPointSizeF(theme.SMALL_POINT_SIZE)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(theme.BORDER))
            axis.setTextPen(pg.mkPen(theme.TEXT))
            axis.setStyle(tickFont=font)
        self._bars = pg.BarGraphItem(x=[], height=[], width=DAY * 0.7,
                                     brush=theme.qcolor(theme.room_colors("available").edge),
                                     pen=pg.mkPen(None))
        plot.addItem(self._bars)
        self._labels: list[pg.TextItem] = []
        self.values: list[tuple[date, int]] = []

    def set_forecast(self, forecast: Sequence[tuple[date, int]], labels: Sequence[str]) -> None:
        """``labels``: the words under each bar (the day, in the desk's locale). The bars and
        their value labels are updated in place: rebuilding them costs more than the data."""
        plot = self.getPlotItem()
        self.values = list(forecast)
        xs = [datetime.combine(d, time(12)).timestamp() for d, _ in forecast]
        heights = [n for _, n in forecast]
        self._bars.setOpts(x=xs, height=heights, width=DAY * 0.7)
        while len(self._labels) < len(xs):
            label = pg.TextItem("", color=theme.TEXT, anchor=(0.5, 1.0))
            plot.addItem(label)
            self._labels.append(label)
        for position, label in enumerate(self._labels):
            label.setVisible(position < len(xs))
            if position < len(xs):
                label.setText(str(heights[position]))
                label.setPos(xs[position], heights[position])
        self._axis.setTicks([list(zip(xs, labels, strict=True))])
        if xs:
            plot.setXRange(xs[0] - DAY * 0.6, xs[-1] + DAY * 0.6, padding=0)
            plot.setYRange(0, max(max(heights), 1) * 1.18, padding=0)
