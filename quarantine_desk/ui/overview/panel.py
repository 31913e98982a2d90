"""The Overview panel (DESIGN.md §8): the site at a glance for today.

Figures as cards that lead to the panel behind them, the lists that need someone today (alerts,
expected arrivals, releases due, overdue stays, who is on duty), the rooms free over the next
14 days, and the daily report for the command centre ready to copy.

The data is gathered on a worker thread (several set-based queries, a few hundred milliseconds
on a large site), so switching to the panel never waits; the old figures stay on screen until
the new ones arrive.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import AlertKind, AlertStatus, Role, RoomState, StayStatus
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import alerts, daily_report, key_persons, overview
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common import background, theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.overview.widgets import (
    CardRows,
    ChartSlot,
    FigureCard,
    ListCard,
    Row,
)
from quarantine_desk.ui.rooms.labels import category_label, desk_now, state_label

FORECAST_DAYS = 14
#: Width from which the lists sit three abreast instead of two.
WIDE = 1500


@dataclass(frozen=True)
class OverviewData:
    """Everything the panel shows, read in one go on the worker thread."""

    on: date
    now: datetime
    overview: overview.Overview
    forecast: list[tuple[date, int]]
    key_persons: int
    report: str  # "" when the person may not see reports


def load_overview(desk: Desk, now: datetime, with_report: bool) -> OverviewData:
    """Read the panel's data through the services in one read transaction."""
    on = now.date()
    with desk.read() as session:
        return OverviewData(
            on=on, now=now,
            overview=overview.site_overview(session, on, now),
            forecast=overview.free_rooms_forecast(session, on, FORECAST_DAYS),
            key_persons=len(key_persons.key_persons(session, on)),
            report=daily_report.daily_report(session, on, now).text if with_report else "",
        )


class _Signals(QObject):
    loaded = Signal(object)  # OverviewData
    failed = Signal(str)


def _load_and_report(job: Callable[[], OverviewData], signals: _Signals) -> None:
    """Run ``job`` off the GUI thread and report back through queued signals.

    A plain Python thread, not a QRunnable subclass: under PySide6 6.11 a Python QRunnable
    subclass was seen to corrupt memory in another panel.
    """
    try:
        data = job()
    except Exception as error:  # a worker must report, never die silently
        signals.failed.emit(str(error))
        return
    signals.loaded.emit(data)


class OverviewPanel(Panel):
    """Today's figures, the day's lists, the free-room forecast and the daily report."""

    topics = frozenset(Topic)

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The clock "today" is read from (tests may fix it).
        self.clock: Callable[[], datetime] = desk_now
        self.data: OverviewData | None = None
        self._pool = background.worker("overview-load")
        pool = self._pool
        self.destroyed.connect(lambda: pool.shutdown(wait=False))
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._running = False
        self._again = False

        self.cards: dict[str, FigureCard] = {}
        self._card_rows: list[CardRows] = []
        today = self._card_row([
            ("in_quarantine", self.tr("In quarantine"), theme.ACCENT, "guests"),
            ("arrivals", self.tr("Arrived today"), theme.ACCENT, "guests"),
            ("releases", self.tr("Released today"), theme.DUE_FOR_RELEASE, "releases"),
            ("fevers", self.tr("Fevers today"), theme.FEVER, "temperatures"),
            ("positives", self.tr("Positives today"), theme.POSITIVE, "tests"),
            ("alerts", self.tr("Open alerts"), theme.WARNING, "alerts"),
            ("key_persons", self.tr("Key persons"), theme.KEY_PERSON, "alerts"),
        ])
        rooms_row = self._card_row([
            ("rooms_total", self.tr("Rooms"), theme.MUTED_TEXT, "rooms"),
            *((state.value, state_label(state), theme.room_colors(state).edge, "rooms")
              for state in (RoomState.AVAILABLE, RoomState.OCCUPIED,
                            RoomState.AWAITING_DISINFECTION, RoomState.RESERVED,
                            RoomState.OUT_OF_SERVICE)),
        ])

        self.alerts = ListCard(
            self.tr("Alerts needing action"),
            [self.tr("Opened"), self.tr("Kind"), self.tr("Room"), self.tr("Guest"),
             self.tr("Status"), self.tr("Summary")],
            self.tr("No open alert. Fevers and positive results open one at once."),
            self.tr("Alerts"), self)
        self.expected = ListCard(
            self.tr("Expected arrivals"),
            [self.tr("Expected"), self.tr("Name"), self.tr("ID"), self.tr("Category"),
             self.tr("Batch"), self.tr("From")],
            self.tr("No one is announced. Check arrivals in from a room tile."),
            self.tr("Rooms"), self)
        self.due_today = ListCard(
            self.tr("Due for release today"),
            [self.tr("Room"), self.tr("Name"), self.tr("Category"), self.tr("Batch")],
            self.tr("No release is planned for today."), self.tr("Releases"), self)
        self.due_tomorrow = ListCard(
            self.tr("Due for release tomorrow"),
            [self.tr("Room"), self.tr("Name"), self.tr("Category"), self.tr("Batch")],
            self.tr("No release is planned for tomorrow."), self.tr("Releases"), self)
        self.overdue = ListCard(
            self.tr("Overdue stays"),
            [self.tr("Room"), self.tr("Name"), self.tr("Planned"), self.tr("Days over"),
             self.tr("Why still here")],
            self.tr("Nobody is past their planned release date."), self.tr("Releases"), self)
        self.on_duty = ListCard(
            self.tr("Medical staff on duty"),
            [self.tr("Name"), self.tr("Role"), self.tr("Phone")],
            self.tr("No doctor or nurse is marked on duty: the point manager marks them "
                    "in Settings › Staff."), parent=self)
        for card, key in ((self.alerts, "alerts"), (self.expected, "rooms"),
                          (self.due_today, "releases"), (self.due_tomorrow, "releases"),
                          (self.overdue, "releases")):
            card.open_requested.connect(lambda k=key: self.navigate(k))
        self._lists = [self.alerts, self.overdue, self.due_today, self.expected,
                       self.due_tomorrow, self.on_duty]
        self._lists_grid = QGridLayout()
        self._lists_grid.setSpacing(12)
        self._columns = 0

        self.chart = ChartSlot(self)
        chart_card = QFrame(self)
        theme.mark(chart_card, "card")
        chart_title = QLabel(self.tr("Rooms free over the next {n} days").format(
            n=FORECAST_DAYS), chart_card)
        theme.mark(chart_title, "subtitle")
        chart_note = QLabel(self.tr("Counted from planned releases: each room is taken as free "
                                    "from its last guest's release date."), chart_card)
        chart_note.setWordWrap(True)
        theme.mark(chart_note, "muted")
        chart_layout = QVBoxLayout(chart_card)
        chart_layout.setContentsMargins(14, 10, 14, 12)
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(chart_note)
        chart_layout.addWidget(self.chart, 1)

        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(240)
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        theme.mark(self.copy_button, "primary")
        self.copy_button.clicked.connect(self.copy_report)
        report_card = QFrame(self)
        theme.mark(report_card, "card")
        report_title = QLabel(self.tr("Daily report for the command centre"), report_card)
        theme.mark(report_title, "subtitle")
        report_top = QHBoxLayout()
        report_top.addWidget(report_title, 1)
        report_top.addWidget(self.copy_button)
        report_layout = QVBoxLayout(report_card)
        report_layout.setContentsMargins(14, 10, 14, 12)
        report_layout.addLayout(report_top)
        report_layout.addWidget(self.report, 1)
        report_card.setVisible(context.can(Permission.REPORTS))

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(chart_card, 3)
        bottom.addWidget(report_card, 2)

        content = QWidget(self)
        content.setObjectName("overviewContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(theme.MARGIN, theme.SPACING + 4, theme.MARGIN, theme.MARGIN)
        body.setSpacing(10)
        body.addWidget(self._section(self.tr("Today")))
        body.addLayout(today)
        body.addWidget(self._section(self.tr("Rooms")))
        body.addLayout(rooms_row)
        body.addSpacing(6)
        body.addLayout(self._lists_grid)
        body.addLayout(bottom)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        content.setStyleSheet(f"QWidget#overviewContent {{ background: {theme.WINDOW}; }}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._place_lists(2)

    # -- building ---------------------------------------------------------------------------

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        theme.mark(label, "section")
        return label

    def _card_row(self, specs: list[tuple[str, str, str, str]]) -> CardRows:
        row = CardRows()
        for key, caption, accent, panel in specs:
            card = FigureCard(caption, accent, self)
            card.setToolTip(self.tr("Open the panel behind this figure"))
            card.activated.connect(lambda k=key, p=panel: self._card_clicked(k, p))
            self.cards[key] = card
            row.add(card)
        self._card_rows.append(row)
        return row

    def _place_lists(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for card in self._lists:
            self._lists_grid.removeWidget(card)
        for position, card in enumerate(self._lists):
            self._lists_grid.addWidget(card, position // columns, position % columns)
        for column in range(3):
            self._lists_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        width = event.size().width()
        self._place_lists(3 if width >= WIDE else 2)
        # The page scrolls up and down: its scroll bar takes part of the width.
        room = width - 2 * theme.MARGIN - self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent)
        for row in self._card_rows:
            row.place(room)

    # -- navigation -------------------------------------------------------------------------

    def _card_clicked(self, key: str, panel_key: str) -> None:
        panel = self.navigate(panel_key)
        show_key_persons = getattr(panel, "show_key_persons", None)
        if key == "key_persons" and callable(show_key_persons):
            show_key_persons()
        show_status = getattr(panel, "show_status", None)
        if key == "in_quarantine" and callable(show_status):
            show_status(StayStatus.IN_QUARANTINE)
        show_state = getattr(panel, "show_state", None)
        if panel_key == "rooms" and callable(show_state):
            show_state(RoomState(key) if key in {s.value for s in RoomState} else None)

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Gather the data on the worker thread; a request while loading runs once more after."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = False
        desk, now = self.context.desk, self.clock()
        with_report = self.context.can(Permission.REPORTS)
        try:
            self._pool.submit(_load_and_report, lambda: load_overview(desk, now, with_report),
                              self._signals)
        except RuntimeError:  # the application is closing: its workers no longer take jobs
            self._running = False

    def is_loading(self) -> bool:
        return self._running

    def _finished(self) -> None:
        self._running = False
        if self._again:
            self.refresh()

    def _on_failed(self, message: str) -> None:
        self.context.report(self.tr("The overview could not be read: {error}").format(
            error=message), MessageLevel.ERROR)
        self._finished()

    def _on_loaded(self, data: OverviewData) -> None:
        self.data = data
        try:
            self._show(data)
        finally:
            self._finished()

    # -- showing ----------------------------------------------------------------------------

    def _show(self, data: OverviewData) -> None:
        view = data.overview
        figures = view.figures
        cards = self.cards
        cards["in_quarantine"].set_value(figures.guests_in_quarantine)
        cards["arrivals"].set_value(figures.arrivals_today, self.tr("{n} more expected").format(
            n=figures.expected))
        cards["releases"].set_value(figures.releases_today, self.tr(
            "due: {today} today, {tomorrow} tomorrow").format(today=len(view.due_today),
                                                              tomorrow=len(view.due_tomorrow)))
        cards["fevers"].set_value(figures.fevers_today, self.tr("guests at or above threshold"))
        cards["positives"].set_value(figures.positives_today, self.tr("guests, results today"))
        escalated = sum(1 for a in view.alerts if a.alert.status == AlertStatus.ESCALATED.value)
        cards["alerts"].set_value(figures.open_alerts, self.tr("{n} escalated").format(
            n=escalated))
        cards["key_persons"].set_value(data.key_persons, self.tr("aged, young, pregnant or ill"))
        for key, alarm in (("fevers", figures.fevers_today), ("positives", figures.positives_today),
                           ("alerts", figures.open_alerts)):
            cards[key].set_alarm(alarm > 0)
        rooms = figures.rooms
        cards["rooms_total"].set_value(rooms["rooms_total"], self.tr("{n} guests in them").format(
            n=rooms["guests_in_quarantine"]))
        for state in (RoomState.AVAILABLE, RoomState.OCCUPIED, RoomState.AWAITING_DISINFECTION,
                      RoomState.RESERVED, RoomState.OUT_OF_SERVICE):
            cards[state.value].set_value(rooms[state.value])

        self.alerts.set_rows([self._alert_row(a) for a in view.alerts])
        self.expected.set_rows([
            Row((self._when(p.expected_at), p.name, p.id_number_masked,
                 category_label(p.category), p.batch, p.origin)) for p in view.expected])
        for card, due in ((self.due_today, view.due_today),
                          (self.due_tomorrow, view.due_tomorrow)):
            card.set_rows([Row((d.room, d.name, category_label(d.category), d.batch))
                           for d in due])
        self.overdue.set_rows([
            Row((c.room, c.name, self._date(c.planned_release), str(c.days_overdue),
                 "; ".join(c.reasons) or self.tr("eligible: waiting for approval")),
                theme.ERROR if c.days_overdue > 1 else "")
            for c in view.overdue])
        self.on_duty.set_rows([Row((p.name, self._role(p.role), p.phone or "—"))
                               for p in view.on_duty])
        self.chart.set_forecast(data.forecast, [self._date(d) for d, _ in data.forecast])
        if data.report != self.report.toPlainText():
            self.report.setPlainText(data.report)

    def _alert_row(self, view: alerts.AlertView) -> Row:
        alert = view.alert
        kinds = {AlertKind.FEVER.value: self.tr("fever"),
                 AlertKind.POSITIVE.value: self.tr("positive"),
                 AlertKind.SYMPTOM.value: self.tr("symptom")}
        statuses = {AlertStatus.OPEN.value: self.tr("open"),
                    AlertStatus.ESCALATED.value: self.tr("escalated")}
        colours = {AlertKind.FEVER.value: theme.FEVER, AlertKind.POSITIVE.value: theme.POSITIVE}
        return Row((self._when(alert.opened_at), kinds.get(alert.kind, alert.kind),
                    view.room or "—", view.guest_name, statuses.get(alert.status, alert.status),
                    view.summary), colours.get(alert.kind, ""))

    def _role(self, role: str) -> str:
        names = {Role.MEDICAL.value: self.tr("doctor / nurse"),
                 Role.LIAISON.value: self.tr("liaison officer"),
                 Role.MANAGER.value: self.tr("point manager")}
        return names.get(role, role)

    @staticmethod
    def _date(day: date) -> str:
        return f"{day.month}/{day.day}"

    def _when(self, moment: datetime | None) -> str:
        """Today's times as the hour only; other days with their date."""
        if moment is None:
            return "—"
        if self.data is not None and moment.date() == self.data.on:
            return moment.strftime("%H:%M")
        return f"{moment.month}/{moment.day} {moment:%H:%M}"

    # -- the daily report -------------------------------------------------------------------

    def copy_report(self) -> None:
        """Put the daily report on the clipboard, to paste into the command centre's group."""
        text = self.report.toPlainText()
        if not text:
            self.context.report(self.tr("The report is still being prepared; try again in a "
                                        "moment."), MessageLevel.ERROR)
            return
        QGuiApplication.clipboard().setText(text)
        self.context.report(self.tr("Daily report copied: paste it into the command centre's "
                                    "group."), MessageLevel.INFO)
