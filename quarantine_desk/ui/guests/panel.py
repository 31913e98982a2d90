"""The Guests panel (DESIGN.md §8): search as you type, and the guest's record in tabs.

A keystroke waits ``SEARCH_DELAY_MS`` for the next one, then reads the first page of results
(the service answers in tens of milliseconds on 100,000 stays); further pages are read as
the table scrolls. The total ("N guests") costs more on large sites, so it is counted after
the results are shown, on a worker thread, and only for the latest search.
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.services import guest_search
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.events import Topic
from quarantine_desk.services.guest_search import GuestRow
from quarantine_desk.ui.common import background, theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.record import GuestRecordView
from quarantine_desk.ui.guests.table_model import PAGE_SIZE, GuestTableModel

#: Quiet time after a keystroke before searching: short enough to feel instant.
SEARCH_DELAY_MS = 120
#: Quiet time after results before counting them all.
COUNT_DELAY_MS = 250

#: Sample texts that size the table's columns (no measuring 200 rows on every keystroke).
_COLUMN_SAMPLES = ("1203X", "欧阳建国X", "day 10 of 10", "320602********0517X",
                   "secondary close contact", "2022-04-08X", "13800138000X")


class _CountSignals(QObject):
    """Carries a worker's count back to the window's thread (generation, total)."""

    counted = Signal(int, int)
    failed = Signal(int, str)


def _count(context: PanelContext, generation: int, query: tuple[str, str | None, str | None],
           signals: _CountSignals) -> None:
    """Count every match of one search with its own read session, off the window's thread;
    the answer travels back by a (queued) signal."""
    text, status, category = query
    try:
        with context.read() as session:
            total = guest_search.count_search(session, text, status=status, category=category)
    except (ServiceError, SQLAlchemyError) as error:
        signals.failed.emit(generation, str(error))
    else:
        signals.counted.emit(generation, total)


class GuestsPanel(Panel):
    """Search on the left, the open guest's record on the right."""

    topics = frozenset({Topic.STAYS, Topic.ROOMS, Topic.READINGS, Topic.TESTS, Topic.ALERTS})

    def __init__(self, context: PanelContext, parent: QWidget | None = None, *,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(context, parent)
        self._page_size = page_size
        self._generation = 0
        self._total: int | None = None
        self._counting = False
        self._auto_opened = False

        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(
            self.tr("Name, ID number (or its last 4 digits), room or phone"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setToolTip(self.tr("Search as you type (Ctrl+F); Enter opens the "
                                           "first guest, ↓ goes to the list"))
        self.search_box.installEventFilter(self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in StayStatus:
            self.status_filter.addItem(labels.status(status.value), status.value)
        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("All categories"), None)
        self._categories_shown: list[tuple[str, str]] = []
        self.count_label = QLabel(self)
        theme.mark(self.count_label, "muted")

        self.model = GuestTableModel(self, page_size=page_size)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self._setup_table()

        self.record = GuestRecordView(context, self)
        self.record.saved.connect(lambda _stay: self._select_open_stay())
        self.record.follow_up_requested.connect(self.open_follow_up)
        self.empty = QLabel(self.tr(
            "Type a name, an ID number or its last four digits, a room or a phone number.\n"
            "Press Enter or double-click a guest to open the record."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        theme.mark(self.empty, "muted")
        self.record_stack = QStackedWidget(self)
        self.record_stack.addWidget(self.empty)
        self.record_stack.addWidget(self.record)

        self._layout()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._start_count)
        # A plain Python worker: one count at a time, the newest last (older ones are ignored).
        self._counter = background.worker("guest-count")
        self._count_job: Future[None] | None = None
        counter = self._counter
        self.destroyed.connect(lambda *_: counter.shutdown(wait=False, cancel_futures=True))
        self._count_signals = _CountSignals()
        self._count_signals.counted.connect(self._on_counted)
        self._count_signals.failed.connect(self._on_count_failed)

        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.category_filter.currentIndexChanged.connect(lambda _i: self.run_search())
        self.search_box.returnPressed.connect(self._open_first)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.model.rowsInserted.connect(lambda *_: self._show_count())
        self.model.layoutChanged.connect(lambda *_: self._show_count())
        find = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        # From anywhere in the window while the panel shows (the navigation list included,
        # where the focus is after Ctrl+3): hidden panels' shortcuts do not fire.
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.record.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = table.fontMetrics()
        for column, sample in enumerate(_COLUMN_SAMPLES):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setSortIndicatorClearable(True)  # a third click goes back to the search order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.setSpacing(theme.SPACING)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.category_filter, 1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.SPACING)
        column.addWidget(self.search_box)
        column.addLayout(filters)
        column.addWidget(self.count_label)
        column.addWidget(self.table, 1)
        left.setMinimumWidth(380)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.record_stack)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([440, 560])  # scaled to the window when shown
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, theme.MARGIN)
        layout.addWidget(split)
        self.setTabOrder(self.search_box, self.status_filter)
        self.setTabOrder(self.status_filter, self.category_filter)
        self.setTabOrder(self.category_filter, self.table)
        self.setTabOrder(self.table, self.record.tabs)

    # -- Panel ------------------------------------------------------------------------------

    def show_status(self, status: StayStatus | None) -> None:
        """List the stays of one status (None: all), e.g. from the overview's figure, with the
        search box cleared so the count matches the figure."""
        self.search_box.clear()
        self.status_filter.setCurrentIndex(
            0 if status is None else max(0, self.status_filter.findData(status.value)))
        self.run_search()

    def open_follow_up(self, stay_id: int) -> None:
        """The key persons' list on this guest, where their calls are read and logged."""
        show = getattr(self.navigate("alerts"), "show_key_persons", None)
        if callable(show):
            show(stay_id)

    def refresh(self) -> None:
        """Search again and show the open record as saved now; on first show, open the first
        guest in quarantine so the desk starts on a person, not an empty page."""
        self._offer_categories()
        self.run_search()
        if self.record.record is not None:
            self.record.reload()
            return
        if not self._auto_opened:
            self._auto_opened = True
            first = next((self.model.row_at(n) for n in range(self.model.rowCount())
                          if self.model.row_at(n).status == StayStatus.IN_QUARANTINE.value),
                         None)
            if first is not None:
                self.open_stay(first.stay_id)

    def may_leave(self) -> bool:
        """Unsaved edits in the open record: save them, drop them, or stay."""
        return self.record.may_leave()

    def is_loading(self) -> bool:
        return (self._search_timer.isActive() or self._count_timer.isActive() or self._counting
                or (self._count_job is not None and not self._count_job.done()))

    def _offer_categories(self) -> None:
        """The category filter offers every category of the policy versions (a new version
        may bring new ones), keeping the one chosen."""
        try:
            with self.context.read() as session:
                choices = [(c.code, c.name) for c in guest_search.category_choices(session)]
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            return
        if choices == self._categories_shown:
            return
        self._categories_shown = choices
        chosen = self.category_filter.currentData()
        combo = self.category_filter
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(combo.count() - 1)
            for code, name in choices:
                combo.addItem(name, code)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        finally:
            combo.blockSignals(False)

    # -- searching --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _query(self) -> tuple[str, str | None, str | None]:
        return (self.search_box.text(), self.status_filter.currentData(),
                self.category_filter.currentData())

    def run_search(self) -> None:
        """Read the first page of results now (the timer calls this after the last key)."""
        self._search_timer.stop()
        self._count_timer.stop()
        self._generation += 1
        self._counting = False
        text, status, category = self._query()

        def fetch(offset: int, limit: int) -> list[GuestRow]:
            with self.context.read() as session:
                return guest_search.search(session, text, status=status, category=category,
                                           limit=limit, offset=offset)

        try:
            rows = fetch(0, self._page_size)
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            return
        self.model.reset_rows(rows, fetch)
        if len(rows) < self._page_size:
            self._total = len(rows)
        else:
            self._total = None
            self._count_timer.start()
        self._show_count()
        self._select_open_stay()

    def _start_count(self) -> None:
        try:
            self._count_job = self._counter.submit(_count, self.context, self._generation,
                                                   self._query(), self._count_signals)
        except RuntimeError:  # the application is closing: its workers no longer take jobs
            return
        self._counting = True

    def _on_counted(self, generation: int, total: int) -> None:
        if generation == self._generation:  # an older search's count is of no use
            self._counting = False
            self._total = total
            self._show_count()

    def _on_count_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._counting = False
            self.context.report(message, MessageLevel.ERROR)

    def _show_count(self) -> None:
        loaded = self.model.rowCount()
        locale = QLocale()
        if self._total is None:
            text = self.tr("{n}+ guests, counting…").format(n=locale.toString(loaded))
        elif self._total == 1:
            text = self.tr("1 guest")
        elif self._total == 0 and not self.search_box.text().strip():
            text = (self.tr("No guest with this status or category.")
                    if self.status_filter.currentData() or self.category_filter.currentData()
                    else self.tr("No guests yet. They appear here once someone is checked in "
                                 "on the Rooms panel or an arrival list is imported "
                                 "(quarantine-desk import arrivals)."))
        elif self._total == 0:
            text = self.tr("No guest matches: try fewer letters, or the last four digits of "
                           "the ID.")
        else:
            text = self.tr("{n} guests").format(n=locale.toString(self._total))
        if self.model.sort_column() >= 0 and self.model.has_more():
            text += " · " + self.tr("sorted: the {n} listed so far (scroll for more)").format(
                n=locale.toString(loaded))
        self.count_label.setText(text)

    def total(self) -> int | None:
        """How many stays match the current search, once counted."""
        return self._total

    # -- opening ----------------------------------------------------------------------------

    def open_row(self, row: int) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        return self.open_stay(self.model.row_at(row).stay_id)

    def open_stay(self, stay_id: int) -> bool:
        """Show the record of ``stay_id`` (once another guest's unsaved edits are saved or
        dropped; False when the person stays with them)."""
        if not self.record.open_stay(stay_id):
            self._select_open_stay()  # the list points at the record still on screen
            return False
        self.record_stack.setCurrentWidget(self.record)
        self._select_open_stay()
        return True

    def _open_first(self) -> None:
        """Enter in the search box opens the best match, the first row (an exact room or ID
        number ranks first); ↓ then Enter in the list opens the chosen row."""
        if self._generation == 0 or self._search_timer.isActive():
            self.run_search()
        if self.open_row(0):
            self.record.tabs.setFocus()

    def _select_open_stay(self) -> None:
        stay_id = self.record.stay_id
        row = self.model.row_of(stay_id) if stay_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """↓ in the search box goes to the list; Esc clears the search."""
        if (watched is self.search_box and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress):
            key = event.key()
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        return super().eventFilter(watched, event)
