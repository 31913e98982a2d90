"""The due list of the Tests panel: who gives a sample on a day, in walking order, and the
sample-number field the sampling team types or scans into.

A scanner types the tube number and Enter, so the field works as one: Enter records the sample
for the selected guest and selects the next guest still to sample. Up and Down in the field move
the selection without leaving it; digits typed on the table go to the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import labtests, sampling_day
from quarantine_desk.services.labtests import DueTest
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.pdf_preview import print_pages
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.tests import common as sampling_common
from quarantine_desk.ui.tests import sheet as sampling_sheet
from quarantine_desk.ui.tests.common import kind_text, learn_kinds
from quarantine_desk.ui.tests.table_view import fit_columns, make_table

_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                    Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


@dataclass(frozen=True)
class DueRow:
    """A due test with the tube number already recorded for it that day, if any."""

    due: DueTest
    sample_no: str = ""

    @property
    def key(self) -> tuple[int, str]:
        return self.due.stay_id, self.due.kind


def _qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


class DuePage(QWidget):
    """The day's sampling list, the collection sheet and (for medical staff) the sample field."""

    loaded = Signal()  # after each reload, with the counts up to date

    def __init__(self, panel: Panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.can_record = panel.context.can(Permission.TESTS)

        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(_qdate(sampling_common.today()))
        self.day.dateChanged.connect(lambda _: self.reload())
        today = QPushButton(self.tr("Today"), self)
        today.setToolTip(self.tr("Back to today's list"))
        today.clicked.connect(lambda: self.day.setDate(_qdate(sampling_common.today())))
        self.count = QLabel(self)
        theme.mark(self.count, "subtitle")
        self.save_button = QPushButton(self.tr("Save sheet as PDF…"), self)
        self.save_button.setToolTip(self.tr("Save the collection sheet of this day (Ctrl+S)"))
        self.save_button.clicked.connect(self.choose_sheet_file)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_sheet_file)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setToolTip(self.tr("Print the collection sheet of this day (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_sheet)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_sheet)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sampling day"), self))
        top.addWidget(self.day)
        top.addWidget(today)
        top.addSpacing(theme.MARGIN)
        top.addWidget(self.count, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.print_button)

        self.model: TableModel[DueRow] = TableModel(self._columns(), self)
        self.table = make_table(self.model, self)
        self.table.installEventFilter(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        theme.mark(self.empty, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING + 2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        self.sample_field = QLineEdit(self)
        self.record_button = QPushButton(self.tr("Record sample"), self)
        self.hint = QLabel(self)
        if self.can_record:
            layout.addLayout(self._recording_row())
        else:
            self.sample_field.hide()
            self.record_button.hide()
            self.hint.hide()

    def _columns(self) -> list[Column[DueRow]]:
        sampled = self.tr("✓ sampled")
        return [
            Column(self.tr("Floor"), lambda r: str(r.due.floor), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Room"), lambda r: r.due.room, bold=lambda r: not r.due.sampled),
            Column(self.tr("Guest"), lambda r: r.due.guest_name,
                   bold=lambda r: not r.due.sampled),
            Column(self.tr("Test"), lambda r: r.due.label),
            Column(self.tr("Kind"), lambda r: kind_text(r.due.kind)),
            Column(self.tr("Status"), lambda r: sampled if r.due.sampled else self.tr("to sample"),
                   color=lambda r: theme.SUCCESS if r.due.sampled else theme.WARNING),
            Column(self.tr("Sample no."), lambda r: r.sample_no),
            Column(self.tr("Why"), lambda r: r.due.reason, tooltip=lambda r: r.due.reason),
        ]

    def _recording_row(self) -> QHBoxLayout:
        self.sample_field.setPlaceholderText(self.tr("Scan or type the tube number"))
        self.sample_field.setClearButtonEnabled(True)
        self.sample_field.setMinimumWidth(280)
        self.sample_field.returnPressed.connect(self.record_selected)
        self.sample_field.installEventFilter(self)
        self.record_button.setToolTip(self.tr("Record the sample for the selected guest (Enter)"))
        theme.mark(self.record_button, "primary")
        self.record_button.clicked.connect(self.record_selected)
        theme.mark(self.hint, "muted")
        self.hint.setWordWrap(True)
        label = QLabel(self.tr("Sample number"), self)
        label.setBuddy(self.sample_field)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.sample_field)
        row.addWidget(self.record_button)
        row.addSpacing(theme.MARGIN)
        row.addWidget(self.hint, 1)
        return row

    # -- loading ---------------------------------------------------------------------------

    def selected_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[no-any-return]

    def reload(self) -> None:
        """Read the day's list again, keeping the selected guest selected."""
        day = self.selected_day()
        keep = self.current_row()
        with self.panel.context.read() as session:
            learn_kinds(session)
            due = labtests.tests_due(session, day)
            numbers = sampling_day.sample_numbers_on(session, day)
        rows = [DueRow(d, numbers.get((d.stay_id, d.kind), "") if d.sampled else "") for d in due]
        self.model.set_rows(rows)
        fit_columns(self.table)
        if keep is not None:
            self.select_key(keep.key)
        if self.current_row() is None:
            self.select_next_unsampled(-1)
        self._show_counts(day, rows)
        self.loaded.emit()

    def _show_counts(self, day: date, rows: list[DueRow]) -> None:
        done = sum(row.due.sampled for row in rows)
        if rows:
            self.count.setText(self.tr("{due} due · {done} sampled · {left} to go").format(
                due=len(rows), done=done, left=len(rows) - done))
        else:
            self.count.setText(self.tr("Nobody is due"))
        self.empty.setText(self.tr(
            "Nobody is due a test on {day}: no scheduled test day, admission or extra test "
            "falls on it.").format(day=day.isoformat()))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        is_today = day == sampling_common.today()
        self.sample_field.setEnabled(is_today and bool(rows))
        self.record_button.setEnabled(is_today and bool(rows))
        if not is_today:
            self.hint.setText(self.tr("Samples are recorded on today's list; this day is shown "
                                      "and printed only."))
        elif rows and done == len(rows):
            self.hint.setText(self.tr("Everyone on the list is sampled."))
        else:
            self.hint.setText(self.tr("Enter records the sample for the selected guest and "
                                      "selects the next one to sample."))

    # -- selection -------------------------------------------------------------------------

    def current_row(self) -> DueRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_key(self, key: tuple[int, str]) -> None:
        for row, record in enumerate(self.model.rows()):
            if record.key == key:
                self.select_row(row)
                return

    def select_next_unsampled(self, after: int) -> None:
        """Select the first guest still to sample below row ``after`` (wrapping to the top)."""
        rows = self.model.rows()
        order = list(range(after + 1, len(rows))) + list(range(0, after + 1))
        for row in order:
            if not rows[row].due.sampled:
                self.select_row(row)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not self.can_record:
            return super().eventFilter(watched, event)
        key_event: QKeyEvent = event  # type: ignore[assignment]
        key = key_event.key()
        if watched is self.sample_field and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.model.rowCount():
                row = self.table.currentIndex().row() + (-1 if key == Qt.Key.Key_Up else 1)
                self.select_row(min(max(row, 0), self.model.rowCount() - 1))
            return True
        if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.sample_field.setFocus()
            return True
        text = key_event.text()
        shortcut = key_event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                            | Qt.KeyboardModifier.AltModifier
                                            | Qt.KeyboardModifier.MetaModifier)
        if (watched is self.table and self.sample_field.isEnabled() and not shortcut
                and key not in _NAVIGATION_KEYS and text.isprintable() and text.strip()):
            self.sample_field.setFocus()
            self.sample_field.insert(text)
            return True
        return super().eventFilter(watched, event)

    # -- recording -------------------------------------------------------------------------

    def record_selected(self) -> None:
        """Record the typed or scanned number for the selected guest, then move on."""
        number = labtests.normalise_sample_no(self.sample_field.text())
        row = self.current_row()
        report = self.panel.context.report
        if row is None:
            report(self.tr("Select the guest the sample was taken from, then scan again."),
                   MessageLevel.ERROR)
            return
        if not number:
            report(self.tr("Type or scan the tube number first."), MessageLevel.ERROR)
            return
        due = row.due
        if due.sampled and not sampling_common.confirm(
                self, self.tr("Second sample"),
                self.tr("{name} (room {room}) already gave a sample today ({no}). Record a "
                        "second sample {new}?").format(name=due.guest_name, room=due.room,
                                                       no=row.sample_no or "—", new=number),
                self.tr("Record second sample")):
            return
        position = self.table.currentIndex().row()
        actor = self.panel.context.actor
        test = self.panel.perform(
            lambda s: labtests.record_sample(s, actor, due.stay_id, kind=due.kind,
                                             sample_no=number),
            done=self.tr("Sample {no} recorded for {name} (room {room}).").format(
                no=number, name=due.guest_name, room=due.room))
        if test is None:  # refused (e.g. a duplicate number): keep it to correct or rescan
            self.sample_field.selectAll()
            self.sample_field.setFocus()
            return
        self.sample_field.clear()
        self.sample_field.setFocus()
        self.select_next_unsampled(position)  # kept by the reload the change brings

    # -- collection sheet ------------------------------------------------------------------

    def choose_sheet_file(self) -> None:
        day = self.selected_day()
        suggested = Path.home() / sampling_sheet.file_name(day)
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save collection sheet"),
                                                str(suggested), self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.save_sheet(Path(chosen))

    def save_sheet(self, path: Path) -> Path | None:
        """Write the sheet of the selected day to ``path``; says where, or why it could not."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            written = sampling_sheet.write_sheet(self.panel.context, self.selected_day(), path)
        except OSError as error:
            self.panel.context.report(
                self.tr("Cannot write {path}: {error}. Choose another folder.").format(
                    path=path, error=error.strerror or error), MessageLevel.ERROR)
            return None
        self.panel.context.report(self.tr("Collection sheet saved: {path}").format(path=written),
                                  MessageLevel.INFO)
        return written

    def print_sheet(self) -> int:
        """Print the day's sheet on the printer the person picks; returns the pages sent."""
        printer = sampling_sheet.choose_printer(self)
        if printer is None:
            return 0
        report = self.panel.context.report
        pages = sampling_sheet.sheet_pages(self.panel.context, self.selected_day())
        try:
            print_pages(pages, printer)
            count = len(pages)
        except OSError as error:
            report(self.tr("The printer {printer} did not accept the sheet: check that it is on "
                           "and try again.").format(printer=error), MessageLevel.ERROR)
            return 0
        finally:
            pages.close()
        report(self.tr("Collection sheet sent to the printer ({n} pages).").format(n=count),
               MessageLevel.INFO)
        return count
