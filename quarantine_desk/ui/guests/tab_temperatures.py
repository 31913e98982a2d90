"""The Temperatures tab: every reading of the stay as a curve against the fever line, and as
a table where fevers are red and voided readings are struck through and grey."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from quarantine_desk.domain.policy import DEFAULT_FEVER_THRESHOLD
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.services.readings import ReadingRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.fonts import register_fonts
from quarantine_desk.ui.common.table import Column, TableModel, row_styled
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.list_view import list_view

#: The chart always shows at least this band, so a normal curve does not look alarming.
LOWEST_SHOWN = 35.5
MARGIN_ABOVE_LINE = 0.7


_DAY_SECONDS = 86_400


class _DayAxis(pg.DateAxisItem):
    """Day ticks as month-day (``11-21``): a bare day number reads like a temperature."""

    def tickStrings(self, values: list[float], scale: float,  # noqa: N802 - pyqtgraph API
                    spacing: float) -> list[str]:
        if _DAY_SECONDS <= spacing < 28 * _DAY_SECONDS:
            return [datetime.fromtimestamp(value).strftime("%m-%d") for value in values]
        return super().tickStrings(values, scale, spacing)


def is_fever(reading: ReadingRecord, threshold: float) -> bool:
    """A fever that counts: at or above the line and not voided."""
    return reading.voided_at is None and reading.celsius >= threshold


class TemperaturesTab(QWidget):
    """Chart above, table below, a one-line summary on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._threshold = DEFAULT_FEVER_THRESHOLD  # until a stay is shown, with its own
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model: TableModel[ReadingRecord] = TableModel(row_styled([
            Column(self.tr("Taken at"), lambda r: labels.moment_text(r.taken_at)),
            Column(self.tr("°C"), lambda r: f"{r.celsius:.1f}", Qt.AlignmentFlag.AlignRight,
                   bold=lambda r: is_fever(r, self._threshold)),
            Column(self.tr("Method"), lambda r: labels.method(r.method)),
            Column(self.tr("Symptoms"), lambda r: "、".join(s for s in r.symptoms.split(";")
                                                           if s)),
            Column(self.tr("Entered by"), lambda r: r.entered_by),
            Column(self.tr("Voided"), self._voided_text),
        ], color=self._color, struck=lambda r: r.voided_at is not None,
            tooltip=self._voided_text), parent=self)
        self.table = list_view(self.model, self)
        self.chart = self._make_chart()
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 260])  # the curve first: scaled to the tab when shown
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Temperatures")

    # -- chart ------------------------------------------------------------------------------

    def _make_chart(self) -> pg.PlotWidget:
        chart = pg.PlotWidget(self, background="w",
                              axisItems={"bottom": _DayAxis(orientation="bottom")})
        chart.setMinimumHeight(180)
        plot = chart.getPlotItem()
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=True, y=False)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        font = QFont(register_fonts())
        font.setPointSizeF(theme.SMALL_POINT_SIZE)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTickFont(font)
            axis.setPen(pg.mkPen(theme.BORDER))
            axis.setTextPen(pg.mkPen(theme.TEXT))
        plot.getAxis("left").setWidth(44)
        plot.setLabel("left", "°C", color=theme.MUTED_TEXT)
        self.curve = plot.plot([], [], pen=pg.mkPen(theme.ACCENT, width=2), symbol="o",
                               symbolSize=6, symbolBrush=theme.ACCENT, symbolPen=None)
        self.fevers = pg.ScatterPlotItem(size=11, brush=pg.mkBrush(theme.FEVER),
                                         pen=pg.mkPen("w", width=1))
        self.voided = pg.ScatterPlotItem(size=9, symbol="x", brush=pg.mkBrush(theme.MUTED_TEXT),
                                         pen=None)
        plot.addItem(self.fevers)
        plot.addItem(self.voided)
        self.line = pg.InfiniteLine(
            angle=0, movable=False,
            pen=pg.mkPen(theme.FEVER, width=1.5, style=Qt.PenStyle.DashLine),
            label="", labelOpts={"position": 0.02, "color": theme.FEVER,
                                 "anchors": [(0, 1), (0, 1)]})
        plot.addItem(self.line)
        return chart

    def _plot(self, record: GuestRecord) -> None:
        valid = [r for r in record.readings if r.voided_at is None]
        voided = [r for r in record.readings if r.voided_at is not None]
        self.curve.setData([r.taken_at.timestamp() for r in valid],
                           [r.celsius for r in valid])
        fevers = [r for r in valid if r.celsius >= self._threshold]
        self.fevers.setData([r.taken_at.timestamp() for r in fevers],
                            [r.celsius for r in fevers])
        self.voided.setData([r.taken_at.timestamp() for r in voided],
                            [r.celsius for r in voided])
        self.line.setValue(self._threshold)
        self.line.label.setFormat(self.tr("fever {t:.1f} °C").format(t=self._threshold))
        values = [r.celsius for r in record.readings]
        low = min([LOWEST_SHOWN, *(v - 0.3 for v in values)])
        high = max([self._threshold + MARGIN_ABOVE_LINE, *(v + 0.3 for v in values)])
        start, end = self._span(record)
        plot = self.chart.getPlotItem()
        plot.setYRange(low, high, padding=0)
        plot.setXRange(start.timestamp(), end.timestamp(), padding=0.02)

    @staticmethod
    def _span(record: GuestRecord) -> tuple[datetime, datetime]:
        """The stay from arrival to release (or leaving), widened to hold every reading."""
        stay = record.stay
        arrived = stay.arrival_at or stay.expected_at
        start = arrived or datetime.combine(stay.basis_date, time())
        end = stay.exit_at or datetime.combine(stay.planned_release, time(18))
        moments = [r.taken_at for r in record.readings]
        start = min([start, *moments])
        end = max([end, *moments, start + timedelta(days=1)])
        return start, end

    # -- table ------------------------------------------------------------------------------

    def _color(self, reading: ReadingRecord) -> QColor | None:
        if reading.voided_at is not None:
            return theme.qcolor(theme.MUTED_TEXT)
        if reading.celsius >= self._threshold:
            return theme.qcolor(theme.FEVER)
        return None

    def _voided_text(self, reading: ReadingRecord) -> str:
        if reading.voided_at is None:
            return ""
        return self.tr("{when} by {who}: {why}").format(
            when=labels.moment_text(reading.voided_at), who=reading.voided_by,
            why=reading.void_reason)

    def show_record(self, record: GuestRecord) -> None:
        self._threshold = record.fever_threshold
        readings = list(record.readings)
        self.model.set_rows(list(reversed(readings)))  # newest first, as the nurse reads
        self._plot(record)
        valid = [r for r in readings if r.voided_at is None]
        if not readings:
            self.summary.setText(self.tr("No temperature readings yet."))
            self.summary.setStyleSheet(f"color: {theme.MUTED_TEXT};")
            return
        highest = max(valid, key=lambda r: (r.celsius, r.taken_at)) if valid else None
        fevers = sum(1 for r in valid if r.celsius >= self._threshold)
        parts = [self.tr("{n} readings").format(n=len(valid))]
        if highest is not None:
            parts.append(self.tr("highest {c:.1f} °C on {when}").format(
                c=highest.celsius, when=labels.moment_text(highest.taken_at)))
        parts.append(self.tr("{n} at or above {t:.1f} °C").format(n=fevers, t=self._threshold))
        if len(readings) > len(valid):
            parts.append(self.tr("{n} voided").format(n=len(readings) - len(valid)))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet(f"color: {theme.FEVER}; font-weight: bold;" if fevers
                                   else "")
