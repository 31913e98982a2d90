"""The pieces of the Overview panel: figure cards that lead to a panel and list cards over a
small read-only table model (the two-week chart of free rooms is in ``forecast_chart.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, TableModel

if TYPE_CHECKING:
    from quarantine_desk.ui.overview.forecast_chart import ForecastChart

#: Rows a list card shows before its table scrolls.
VISIBLE_ROWS = 6
#: Rows whose text sets the column widths (the rest are alike; measuring costs time).
MEASURED_ROWS = 100
#: The forecast chart's height.
CHART_HEIGHT = 240


class FigureCard(QFrame):
    """One figure of the day: a large number, what it counts, and a detail line. A click, or
    Enter/Space when focused, emits ``activated`` (the panel then opens the panel behind it)."""

    activated = Signal()

    def __init__(self, caption: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(118)
        self._accent = accent
        self.number = QLabel("–", self)
        font = QFont(self.font())
        font.setPointSizeF(theme.TITLE_POINT_SIZE + 4)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        small = QFont(self.font())
        small.setPointSizeF(theme.SMALL_POINT_SIZE)
        self.detail.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 10)
        layout.setSpacing(1)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setFixedHeight(self.sizeHint().height() + self.detail.sizeHint().height())
        self.set_alarm(False)

    def set_value(self, value: int, detail: str = "") -> None:
        self.number.setText(str(value))
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setAccessibleDescription(detail)

    def set_alarm(self, alarm: bool) -> None:
        """Draw the card in its accent colour when its figure needs attention (a fever today)."""
        edge = self._accent if alarm else theme.BORDER
        ink = self._accent if alarm else theme.TEXT
        self.setStyleSheet(
            f"QFrame#figureCard {{ background: {theme.SURFACE}; border: 1px solid {edge}; "
            f"border-left: 5px solid {self._accent}; border-radius: 6px; }}"
            f"QFrame#figureCard:focus {{ border: 2px solid {theme.FOCUS}; "
            f"border-left: 5px solid {self._accent}; }}"
            f"QFrame#figureCard:hover {{ background: {theme.ACCENT_SOFT}; }}"
            f"QFrame#figureCard QLabel {{ background: transparent; }}")
        self.number.setStyleSheet(f"color: {ink};")
        self.detail.setStyleSheet(f"color: {theme.MUTED_TEXT};")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class CardRows(QGridLayout):
    """Figure cards side by side, wrapping into balanced rows when the panel is too narrow
    for all of them (4 + 3 rather than 6 + 1), so the page never scrolls sideways."""

    SPACING = 10

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(self.SPACING)
        self._cards: list[FigureCard] = []
        self._columns = 0

    def add(self, card: FigureCard) -> None:
        self._cards.append(card)
        self.addWidget(card, 0, len(self._cards) - 1)
        self._columns = len(self._cards)

    def place(self, width: int) -> None:
        """Lay the cards out for ``width`` pixels."""
        count = len(self._cards)
        if not count:
            return
        card_width = max(card.minimumWidth() for card in self._cards) + self.SPACING
        fitting = max(1, (width + self.SPACING) // card_width)
        rows = -(-count // fitting)
        columns = -(-count // rows)
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._cards:
            self.removeWidget(card)
        for position, card in enumerate(self._cards):
            self.addWidget(card, position // columns, position % columns)
        for column in range(count):
            self.setColumnStretch(column, 1 if column < columns else 0)


@dataclass(frozen=True)
class Row:
    """One line of a list card: its cells, and the colour of its text when it must stand out."""

    cells: tuple[str, ...]
    colour: str = ""


def _column(header: str, n: int) -> Column[Row]:
    """A column of a list card: the cell's text, in full in its tooltip (columns get narrow)."""
    return Column(header, lambda row: row.cells[n], color=lambda row: row.colour,
                  tooltip=lambda row: row.cells[n])


class ListCard(QFrame):
    """A titled list with its count; a friendly sentence instead of an empty table; an optional
    button leading to the panel where the work is done."""

    open_requested = Signal()

    def __init__(self, title: str, headers: Sequence[str], empty_text: str,
                 open_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.mark(self, "card")
        self._title = title
        self.heading = QLabel(title, self)
        theme.mark(self.heading, "subtitle")
        self.model = TableModel([_column(h, n) for n, h in enumerate(headers)], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._natural: list[int] = []  # each column's width for its longest text
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        theme.mark(self.empty, "muted")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.open_button: QPushButton | None = None
        if open_text:
            self.open_button = QPushButton(open_text, self)
            self.open_button.clicked.connect(self.open_requested)
            self.table.doubleClicked.connect(lambda _index: self.open_requested.emit())
            top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.set_rows([])

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.model.set_rows(rows)
        self.heading.setText(f"{self._title} ({len(rows)})" if rows else self._title)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        header_height = self.table.horizontalHeader().sizeHint().height()
        shown = min(len(rows), VISIBLE_ROWS)
        self.table.setFixedHeight(header_height + shown
                                  * self.table.verticalHeader().defaultSectionSize() + 4)
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        sample = rows[:MEASURED_ROWS]
        self._natural = [
            max([header.sectionSizeHint(c)]
                + [metrics.horizontalAdvance(row.cells[c]) + 16 for row in sample])
            for c in range(self.model.columnCount())]
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their content when there is room; when not, the short columns
        keep their width and the long ones share what is left (the full text in the tooltip),
        so the table never scrolls sideways."""
        natural = self._natural
        remaining = self.table.viewport().width()
        if not natural or remaining <= 0:
            return
        widths = dict.fromkeys(range(len(natural)), 0)
        pending = list(widths)
        while pending:
            share = remaining / len(pending)
            fitting = [c for c in pending if natural[c] <= share]
            if not fitting:
                widths.update((c, max(48, int(share))) for c in pending)
                break
            for column in fitting:
                widths[column] = natural[column]
                remaining -= natural[column]
            pending = [c for c in pending if c not in fitting]
        for column in range(len(natural) - 1):
            self.table.setColumnWidth(column, widths[column])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns()


class ChartSlot(QWidget):
    """Where the forecast chart goes: it takes the forecast at once and builds the chart after
    its first paint, so the figures are on screen before pyqtgraph is imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(CHART_HEIGHT)  # the page keeps its shape while the chart comes
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.chart: ForecastChart | None = None
        self.values: list[tuple[date, int]] = []
        self._labels: list[str] = []
        self._building = False

    def set_forecast(self, forecast: Sequence[tuple[date, int]], labels: Sequence[str]) -> None:
        self.values, self._labels = list(forecast), list(labels)
        if self.chart is not None:
            self.chart.set_forecast(self.values, self._labels)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.chart is None and not self._building:
            self._building = True
            QTimer.singleShot(0, self._build)  # after this paint

    def _build(self) -> None:
        # Imported here, not at the top: that is the point of the slot (see the class).
        from quarantine_desk.ui.overview.forecast_chart import ForecastChart

        self.chart = ForecastChart(self)
        self._layout.addWidget(self.chart)
        self.chart.set_forecast(self.values, self._labels)
