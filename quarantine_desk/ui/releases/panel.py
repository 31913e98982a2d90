"""Releases: who is due by a date and what still stands in the way, destination checks, the
manager's approval, handover forms and the release list (DESIGN.md §3, §7, §8)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.paper_records import HandoverData
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import destinations, stays
from quarantine_desk.services.destinations import DestinationRecord
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.events import Topic
from quarantine_desk.services.release import ReleaseCandidate, ReleaseOutcome, forecast, release
from quarantine_desk.services.release import release_candidates as due_by
from quarantine_desk.services.released import released_on
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.common.pdf_preview import PdfPreviewDialog
from quarantine_desk.ui.common.table import KEY_ROLE, TableModel
from quarantine_desk.ui.releases.confirm import ReleaseConfirmDialog
from quarantine_desk.ui.releases.destination import (
    DestinationDefaults,
    DestinationDialog,
    DestinationValues,
    NotificationDialog,
)
from quarantine_desk.ui.releases.detail import ReleaseDetail
from quarantine_desk.ui.releases.documents import ReleaseDocuments
from quarantine_desk.ui.releases.model import candidate_model, released_model
from quarantine_desk.ui.releases.tables import (
    candidate_table,
    fit_columns,
    released_table,
    with_empty_state,
)

#: How many days after the chosen date the forecast covers.
FORECAST_DAYS = 2
#: With Ctrl, the day before / after / today, even while the date field has the focus.
_DAY_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home})

DialogT = TypeVar("DialogT", bound=QDialog)


def desk_now() -> datetime:
    """The clock of the desk, to the second: what "now" means for evaluations and writes."""
    return datetime.now().replace(microsecond=0)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReleasesPanel(Panel):
    """Stays due by a date with their five criteria; actions shaped by the person's role."""

    topics = frozenset({Topic.STAYS, Topic.ROOMS, Topic.READINGS, Topic.TESTS, Topic.ALERTS,
                        Topic.POLICY, Topic.SITE})

    def __init__(self, context: PanelContext, parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] = desk_now) -> None:
        super().__init__(context, parent)
        self._clock = clock
        self.documents = ReleaseDocuments(self, context, clock)
        self._check: DestinationRecord | None = None
        self._restoring = False  # True while a reload puts the selections back
        #: Stays this desk just released, selected on their tab by the reload the release
        #: announces (None when no release waits for it).
        self._released_now: list[int] | None = None
        self.dialog: QDialog | None = None  # the dialog opened last (tests and screenshots)

        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd  ddd")
        self.date_edit.setDate(QDate(self._clock().date()))
        self.date_edit.setToolTip(self.tr("Everyone due by this date (Ctrl+Left / Ctrl+Right "
                                          "for the day before / after)"))
        self.date_edit.dateChanged.connect(lambda _: self.refresh())
        self.date_edit.installEventFilter(self)  # Ctrl+arrows step days, not words
        date_label = QLabel(self.tr("Due b&y"), self)
        date_label.setBuddy(self.date_edit)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setToolTip(self.tr("Back to today (Ctrl+Home)"))
        self.today_button.clicked.connect(self.go_to_today)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.destination_action = self._action(
            self.tr("&Destination check…"), "Ctrl+D", self.open_destination_dialog,
            self.tr("Record or change where the selected person goes and the community's "
                    "answer (Ctrl+D)"), Permission.DESTINATION)
        self.notify_action = self._action(
            self.tr("Community &told…"), "Ctrl+Shift+D", self.open_notification_dialog,
            self.tr("Record who at the street/community was told the release date and time "
                    "(Ctrl+Shift+D)"), Permission.DESTINATION)
        self.release_action = self._action(
            self.tr("&Approve release…"), "Ctrl+R", self.approve_release,
            self.tr("Release everyone due who meets every criterion, or only the selected "
                    "(Ctrl+R)"),
            Permission.RELEASE)
        self.release_selected_action = self._action(
            self.tr("Approve release of the selected…"), "",
            lambda: self.approve_release(only_selected=True),
            self.tr("Release only the selected people who meet every criterion"),
            Permission.RELEASE)
        self.preview_action = self._action(
            self.tr("Preview"), "Ctrl+P", self.preview_handover_forms,
            self.tr("Show the handover forms of the selected people (Ctrl+P)"),
            Permission.REPORTS)
        self.print_forms_action = self._action(
            self.tr("Print…"), "Ctrl+Shift+P", self.print_handover_forms,
            self.tr("Print the handover forms of the selected people (Ctrl+Shift+P)"),
            Permission.REPORTS)
        self.save_folder_action = self._action(
            self.tr("Save as PDF, one file per person…"), "Ctrl+S", self.save_handover_folder,
            self.tr("Write one PDF per selected person into a folder (Ctrl+S)"),
            Permission.REPORTS)
        self.save_combined_action = self._action(
            self.tr("Save as one PDF…"), "Ctrl+Shift+S", self.save_handover_combined,
            self.tr("Write the selected people's forms into one PDF (Ctrl+Shift+S)"),
            Permission.REPORTS)
        self.list_preview_action = self._action(
            self.tr("Preview"), "Ctrl+Alt+P", self.preview_release_list,
            self.tr("Show the release list of the date (Ctrl+Alt+P)"), Permission.REPORTS)
        self.list_print_action = self._action(
            self.tr("Print…"), "", self.print_release_list,
            self.tr("Print the release list of the date"), Permission.REPORTS)
        self.list_pdf_action = self._action(
            self.tr("Save as PDF…"), "", self.save_release_list_pdf,
            self.tr("Write the signed release list of the date as a PDF"), Permission.REPORTS)
        self.list_xlsx_action = self._action(
            self.tr("Save as spreadsheet (.xlsx)…"), "", self.save_release_list_xlsx,
            self.tr("Write the release list of the date as an Excel file"), Permission.REPORTS)
        self._add_action("Ctrl+Left", lambda: self.step_days(-1))
        self._add_action("Ctrl+Right", lambda: self.step_days(1))
        self._add_action("Ctrl+Home", self.go_to_today)

        toolbar = QHBoxLayout()
        toolbar.setSpacing(theme.SPACING)
        toolbar.addWidget(date_label)
        toolbar.addWidget(self.date_edit)
        toolbar.addWidget(self.today_button)
        toolbar.addStretch(1)
        self.destination_button = self._button(self.destination_action, toolbar)
        self.notify_button = self._button(self.notify_action, toolbar)
        self.release_button = self._button(self.release_action, toolbar)
        if self.release_action is not None and self.release_button is not None:
            # The theme's primary look has no disabled variant: drop it while disabled, so
            # a button that does nothing never looks ready.
            button = self.release_button
            self.release_action.enabledChanged.connect(
                lambda enabled: theme.mark(button, "primary" if enabled else ""))
        self.forms_button = self._menu_button(
            self.tr("Handover forms"), toolbar,
            [self.preview_action, self.print_forms_action, self.save_folder_action,
             self.save_combined_action])
        self.list_button = self._menu_button(
            self.tr("Release list"), toolbar,
            [self.list_preview_action, self.list_print_action, self.list_pdf_action,
             self.list_xlsx_action])

        self.model = candidate_model(lambda: self._clock().date(), self)
        self.table = candidate_table(self.model, self)
        self.due_stack, self.due_empty = with_empty_state(self.table, self)
        self.forecast_model = candidate_model(lambda: self._clock().date(), self)
        self.forecast_table = candidate_table(self.forecast_model, self)
        self.forecast_stack, self.forecast_empty = with_empty_state(self.forecast_table, self)
        self.released_model = released_model(self)
        self.released_table = released_table(self.released_model, self)
        self.released_stack, self.released_empty = with_empty_state(self.released_table, self)

        self.detail = ReleaseDetail(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.detail, self.tr("Selected person"))
        self.tabs.addTab(self.forecast_stack, "")
        self.tabs.addTab(self.released_stack, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.due_stack)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING + 4, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(toolbar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self._views: tuple[QTableView, ...] = (self.table, self.forecast_table,
                                               self.released_table)
        self._active: QTableView = self.table
        for view in self._views:
            view.installEventFilter(self)
            view.selectionModel().selectionChanged.connect(
                lambda *_, v=view: None if self._restoring else self._on_selection(v))
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda point, v=view: self._context_menu(v, point))
        if self.context.can(Permission.DESTINATION):
            for view in (self.table, self.forecast_table):
                view.activated.connect(lambda _index: self.open_destination_dialog())
        self._update_actions()

    # -- building ---------------------------------------------------------------------------

    def _add_action(self, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _action(self, text: str, shortcut: str, slot: Callable[[], None], tip: str,
                permission: Permission) -> QAction | None:
        """An action the person's role allows, or None: what a role may not do is not offered."""
        if not self.context.can(permission):
            return None
        action = self._add_action(shortcut, slot)
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def _button(self, action: QAction | None, row: QHBoxLayout) -> QPushButton | None:
        if action is None:
            return None
        button = QPushButton(action.text(), self)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        row.addWidget(button)
        return button

    def _menu_button(self, text: str, row: QHBoxLayout,
                     actions: Sequence[QAction | None]) -> QPushButton | None:
        offered = [a for a in actions if a is not None]
        if not offered:
            return None
        button = QPushButton(text, self)
        menu = QMenu(button)
        for action in offered:
            menu.addAction(action)
        button.setMenu(menu)
        row.addWidget(button)
        return button

    # -- the date ---------------------------------------------------------------------------

    def release_date(self) -> date:
        return _to_date(self.date_edit.date())

    def set_release_date(self, on: date) -> None:
        self.date_edit.setDate(QDate(on))

    def step_days(self, days: int) -> None:
        self.set_release_date(self.release_date() + timedelta(days=days))

    def go_to_today(self) -> None:
        self.set_release_date(self._clock().date())

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the stays due, the forecast and the day's releases, keeping the selection."""
        on, now = self.release_date(), self._clock()
        with self.context.read() as session:
            due = due_by(session, on, now)
            ahead = forecast(session, on, days=FORECAST_DAYS, now=now)
            done = released_on(session, on)
        kept = {view: self._selected_ids(view) for view in self._views}
        current = self._current_id(self._active)
        self.model.set_rows(due)
        self.forecast_model.set_rows([c for day in sorted(ahead) for c in ahead[day]])
        self.released_model.set_rows(done)
        for view in self._views:
            fit_columns(view)
        for view, ids in kept.items():
            self._restore_rows(view, ids, current if view is self._active else None)
        ready = next((c.stay_id for c in due if c.eligible), None)
        if not any(kept.values()) and ready is not None:
            # Start on someone who can go: the first row chosen is never a refusal waiting.
            self._restore_rows(self.table, [ready], ready)
        self._show_counts(on, due, ahead, len(done), now.date())
        self._on_selection(self._active)
        if self._released_now is not None:
            self._show_released_now()

    def _show_counts(self, on: date, due: list[ReleaseCandidate],
                     ahead: dict[date, list[ReleaseCandidate]], released: int,
                     today: date) -> None:
        ready = sum(c.eligible for c in due)
        overdue = sum(bool(c.days_overdue) for c in due)
        day = self.tr("today") if on == today else on.isoformat()
        if due:
            text = self.tr("{n} due by {day}: <b style='color:{ok}'>{ready} ready</b>, "
                           "<b style='color:{bad}'>{waiting} not yet</b>").format(
                n=len(due), day=day, ready=ready, waiting=len(due) - ready,
                ok=theme.SUCCESS, bad=theme.ERROR)
            if overdue:
                text += self.tr(", <b style='color:{warn}'>{overdue} overdue</b>").format(
                    overdue=overdue, warn=theme.WARNING)
        else:
            text = self.tr("Nobody is due for release by {day}.").format(day=day)
        self.summary.setText(text)
        self.due_empty.setText(self.tr("Nobody in quarantine is due for release by {day}.\n"
                                       "The tabs below show who is due next.").format(day=day))
        self.due_stack.setCurrentIndex(0 if due else 1)
        coming = sum(len(people) for people in ahead.values())
        days = ", ".join(d.strftime("%m-%d") for d in sorted(ahead))
        self.tabs.setTabText(1, self.tr("Next {n} days ({days}): {count}").format(
            n=FORECAST_DAYS, days=days, count=coming))
        self.forecast_empty.setText(self.tr("Nobody is due on {days}.").format(days=days))
        self.forecast_stack.setCurrentIndex(0 if coming else 1)
        self.tabs.setTabText(2, self.tr("Released on {day}: {count}").format(
            day=on.isoformat(), count=released))
        self.released_empty.setText(self.tr("Nobody was released on {day}.").format(
            day=on.isoformat()))
        self.released_stack.setCurrentIndex(0 if released else 1)

    # -- selection --------------------------------------------------------------------------

    def _selected_rows(self, view: QTableView) -> list[int]:
        return sorted(index.row() for index in view.selectionModel().selectedRows())

    def _selected_ids(self, view: QTableView) -> list[int]:
        model = view.model()
        return [model.index(row, 0).data(KEY_ROLE) for row in self._selected_rows(view)]

    def _current_id(self, view: QTableView) -> int | None:
        index = view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _restore_rows(self, view: QTableView, ids: Sequence[int], current: int | None) -> None:
        """Mark the rows of ``ids`` selected in ``view`` without making it the active list."""
        model = view.model()
        chosen = QItemSelection()
        for row in (model.row_of(i) for i in ids):  # type: ignore[attr-defined]
            if row >= 0:
                chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        selection = view.selectionModel()
        self._restoring = True
        try:
            selection.select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            current_row = model.row_of(current) if current is not None else -1  # type: ignore[attr-defined]
            if current_row >= 0:
                selection.setCurrentIndex(model.index(current_row, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False

    def select_stays(self, stay_ids: Sequence[int], view: QTableView | None = None) -> None:
        """Select the rows of ``stay_ids`` in ``view`` (default: the stays due) and make it the
        list the actions apply to."""
        target = view or self.table
        self._restore_rows(target, stay_ids, stay_ids[0] if stay_ids else None)
        self._on_selection(target)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (watched is self.date_edit and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() in _DAY_KEYS
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            event.ignore()  # left to the panel's day shortcuts instead of moving by word
            return True
        if event.type() == QEvent.Type.FocusIn and watched in self._views:
            self._on_selection(watched)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.forecast_stack:
            self._on_selection(self.forecast_table)
        elif self.tabs.widget(index) is self.released_stack:
            self._on_selection(self.released_table)

    def _on_selection(self, view: QTableView) -> None:
        self._active = view
        candidate = self.current_candidate()
        self._check = None
        if candidate is None:
            self.detail.show_nobody()
        else:
            with self.context.read() as session:
                self._check = destinations.get_destination(session, candidate.stay_id)
            self.detail.show_candidate(candidate, self._check, self._clock().date())
        self._update_actions()

    def current_candidate(self) -> ReleaseCandidate | None:
        """The person the destination actions apply to: the current row of the active list
        of stays due or of the forecast."""
        if self._active is self.released_table:
            return None
        index = self._active.currentIndex()
        if not index.isValid() or not self._active.selectionModel().isRowSelected(index.row()):
            rows = self._selected_rows(self._active)
            if not rows:
                return None
            index = self._active.model().index(rows[0], 0)
        model: TableModel[ReleaseCandidate] = self._active.model()  # type: ignore[assignment]
        return model.row_at(index.row())

    def _update_actions(self) -> None:
        candidate = self.current_candidate()
        if self.destination_action is not None:
            self.destination_action.setEnabled(candidate is not None)
        if self.notify_action is not None:
            self.notify_action.setEnabled(candidate is not None and self._check is not None)
        come = self.release_date() <= self._clock().date()
        if self.release_action is not None:
            self.release_action.setEnabled(come and any(c.eligible for c in self.model.rows()))
        if self.release_selected_action is not None:
            self.release_selected_action.setEnabled(come and any(
                self.model.row_at(row).eligible for row in self._selected_rows(self.table)))
        chosen = len(self._selected_rows(self._active))
        for action in (self.preview_action, self.print_forms_action, self.save_folder_action,
                       self.save_combined_action):
            if action is not None:
                action.setEnabled(chosen > 0)
        if self.forms_button is not None:
            self.forms_button.setText(self.tr("Handover forms ({n})").format(n=chosen)
                                      if chosen else self.tr("Handover forms"))

    def _context_menu(self, view: QTableView, point: QPoint) -> None:
        self._on_selection(view)
        menu = QMenu(self)
        if view is not self.released_table:
            for action in (self.destination_action, self.notify_action):
                if action is not None:
                    menu.addAction(action)
        if view is self.table:
            for action in (self.release_action, self.release_selected_action):
                if action is not None:
                    menu.addAction(action)
        for action in (self.preview_action, self.print_forms_action, self.save_folder_action):
            if action is not None:
                menu.addAction(action)
        if not menu.isEmpty():
            menu.popup(view.viewport().mapToGlobal(point))

    # -- destination check ------------------------------------------------------------------

    def _who(self, candidate: ReleaseCandidate) -> str:
        return self.tr("{name} (room {room})").format(
            name=candidate.name, room=candidate.room or self.tr("none"))

    def open_destination_dialog(self) -> DestinationDialog | None:
        """Open the destination check of the current person (not modal to the whole app)."""
        candidate = self.current_candidate()
        if candidate is None or not self.context.can(Permission.DESTINATION):
            return None
        with self.context.read() as session:
            check = destinations.get_destination(session, candidate.stay_id)
            home = stays.guest_details(session, candidate.stay_id)
        defaults = DestinationDefaults(
            address=home.home_address, community=candidate.community, street=candidate.street,
            verified_by=self.context.actor.display_name or self.context.actor.username)
        dialog = DestinationDialog(
            self._who(candidate), check, defaults, self._clock(),
            lambda values: self._save_destination(candidate, values), self)
        return self._open(dialog)

    def _save_destination(self, candidate: ReleaseCandidate,
                          values: DestinationValues) -> str | None:
        try:
            with self.context.write() as session:
                destinations.record_destination(
                    session, self.context.actor, candidate.stay_id, address=values.address,
                    community=values.community, verified_by=values.verified_by,
                    suitable=values.suitable, street=values.street,
                    grid_worker=values.grid_worker, grid_phone=values.grid_phone,
                    handed_to_authority=values.handed_to_authority,
                    transfer_plate=values.transfer_plate, escort=values.escort,
                    escort_phone=values.escort_phone, note=values.note,
                    verified_at=values.verified_at, now=self._clock())
        except ServiceError as error:
            return str(error)
        self.context.report(self.tr("Destination check of {who} saved.").format(
            who=self._who(candidate)), MessageLevel.INFO)
        return None

    def open_notification_dialog(self) -> NotificationDialog | None:
        """Record who at the street/community was told the current person's release time."""
        candidate = self.current_candidate()
        if candidate is None or self._check is None \
                or not self.context.can(Permission.DESTINATION):
            return None
        dialog = NotificationDialog(
            self._who(candidate), max(candidate.planned_release, self.release_date()).isoformat(),
            self._check.notified_by or self._check.grid_worker, self._clock(),
            lambda who, when: self._save_notification(candidate, who, when), self)
        return self._open(dialog)

    def _save_notification(self, candidate: ReleaseCandidate, who: str,
                           when: datetime) -> str | None:
        try:
            with self.context.write() as session:
                destinations.record_notification(session, self.context.actor,
                                                 candidate.stay_id, who, when,
                                                 now=self._clock())
        except ServiceError as error:
            return str(error)
        self.context.report(self.tr("Noted that the community of {who} was told the release "
                                    "time.").format(who=self._who(candidate)), MessageLevel.INFO)
        return None

    def _open(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- release ----------------------------------------------------------------------------

    def approve_release(self, *, only_selected: bool = False) -> ReleaseOutcome | None:
        """Confirm, then release everyone due who is ready (or, when the manager narrows it in
        the confirmation, only the selected); the service refuses the others with reasons."""
        if not self.context.can(Permission.RELEASE):
            return None
        on = self.release_date()
        due = self.model.rows()
        if not any(c.eligible for c in due):
            self.context.report(
                self.tr("Nobody due by {date} can be released yet: {why}").format(
                    date=on.isoformat(), why=self._reasons(due)) if due
                else self.tr("Nobody is due for release by {day}.").format(
                    day=on.isoformat()), MessageLevel.ERROR)
            return None
        confirm = ReleaseConfirmDialog(on, due, self._selected_ids(self.table), self,
                                       only_selected=only_selected)
        if confirm.exec() != QDialog.DialogCode.Accepted:
            return None
        ids = [c.stay_id for c in confirm.chosen()]
        outcome = self.perform(lambda session: release(session, self.context.actor, ids, on,
                                                       now=self._clock()))
        if outcome is None:
            return None
        self._report_outcome(outcome)
        if outcome.released:
            self._released_now = [r.stay_id for r in outcome.released]
        else:
            self.table.clearSelection()  # all refused: choose again deliberately
        return outcome

    def _show_released_now(self) -> None:
        """Once the release has reloaded the lists: those left were refused, so nothing stays
        selected among them; the released are selected on their own tab."""
        released, self._released_now = self._released_now or [], None
        self.table.clearSelection()  # those left were refused: choose again deliberately
        self.tabs.setCurrentWidget(self.released_stack)
        self.select_stays(released, self.released_table)

    def _reasons(self, refused: Sequence[ReleaseCandidate]) -> str:
        return "; ".join(self.tr("{who}: {why}").format(who=self._who(c),
                                                         why=", ".join(c.reasons))
                         for c in refused)

    def _report_outcome(self, outcome: ReleaseOutcome) -> None:
        parts = []
        if outcome.released:
            parts.append(self.tr("Released {n}: {names}. Their rooms await terminal "
                                 "disinfection; print their handover forms from the list "
                                 "below.").format(
                n=len(outcome.released),
                names=", ".join(f"{r.name} ({r.room}) {r.serial}" for r in outcome.released)))
        if outcome.refused:
            parts.append(self.tr("Not released: {why}").format(why="; ".join(
                self.tr("{name}: {why}").format(name=r.name, why=", ".join(r.reasons))
                for r in outcome.refused)))
        # Those shown as not ready in the confirmation are refused as foretold: a release
        # reads as done (green); only a release that freed nobody is a refusal (red).
        level = MessageLevel.INFO if outcome.released else MessageLevel.ERROR
        self.context.report(" ".join(parts), level)

    # -- handover forms and the release list ------------------------------------------------

    def _chosen_forms(self) -> list[HandoverData]:
        """The forms of the people selected in the active list (drafts for those not
        released yet); a message when nobody is selected."""
        ids = self._selected_ids(self._active)
        if not ids:
            self.context.report(self.tr("Select the people whose handover forms you need."),
                                MessageLevel.ERROR)
            return []
        return self.documents.forms(ids)

    def _drafts(self) -> bool:
        return self._active is not self.released_table

    def preview_handover_forms(self) -> PdfPreviewDialog | None:
        forms = self._chosen_forms()
        if not forms:
            return None
        return self.documents.preview_forms(forms, self.release_date(), self._drafts())

    def print_handover_forms(self) -> None:
        forms = self._chosen_forms()
        if forms:
            self.documents.print_forms(forms)

    def save_handover_folder(self) -> list[Path]:
        forms = self._chosen_forms()
        return self.documents.save_forms_folder(forms, self._drafts()) if forms else []

    def save_handover_combined(self) -> Path | None:
        forms = self._chosen_forms()
        if not forms:
            return None
        return self.documents.save_forms_combined(forms, self.release_date(), self._drafts())

    def preview_release_list(self) -> PdfPreviewDialog | None:
        if not self.context.can(Permission.REPORTS):
            return None
        return self.documents.preview_list(self.release_date())

    def print_release_list(self) -> None:
        self.documents.print_list(self.release_date())

    def save_release_list_pdf(self) -> Path | None:
        return self.documents.save_list(self.release_date(), ".pdf")

    def save_release_list_xlsx(self) -> Path | None:
        return self.documents.save_list(self.release_date(), ".xlsx")
