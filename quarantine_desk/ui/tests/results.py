"""Results of the Tests panel: the samples awaiting a result, entered one by one from the
keyboard (N, P, I on the table) or for a whole selection at once ("all selected negative").

A positive is confirmed first (it raises the alarm), then its consequences appear below the
table: the alert, the housemates whose period restarted and the neighbours to test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import TestResult
from quarantine_desk.services import labtests
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.tests import common as sampling_common
from quarantine_desk.ui.tests import positive as sampling_positive
from quarantine_desk.ui.tests.common import kind_text, learn_kinds
from quarantine_desk.ui.tests.positive import PositiveBox
from quarantine_desk.ui.tests.table_view import fit_columns, make_table


@dataclass(frozen=True)
class AwaitingRow:
    """A sample taken whose result is still pending."""

    test_id: int
    stay_id: int
    guest_name: str
    room: str
    kind: str  # a test kind code of the stay's policy
    sample_no: str
    sampled_at: datetime
    lab: str


class ResultsPage(QWidget):
    """Samples awaiting results, and the keys and buttons that enter them."""

    loaded = Signal()

    def __init__(self, panel: Panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Find by sample number, name or room"))
        self.find.setClearButtonEnabled(True)
        self.find.setMinimumWidth(300)
        self.find.returnPressed.connect(self._to_table)
        self.count = QLabel(self)
        theme.mark(self.count, "subtitle")
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.find)

        self.model: TableModel[AwaitingRow] = TableModel([
            Column(self.tr("Sampled"), lambda r: r.sampled_at.strftime("%Y-%m-%d %H:%M")),
            Column(self.tr("Room"), lambda r: r.room),
            Column(self.tr("Guest"), lambda r: r.guest_name),
            Column(self.tr("Kind"), lambda r: kind_text(r.kind)),
            Column(self.tr("Sample no."), lambda r: r.sample_no),
            Column(self.tr("Lab"), lambda r: r.lab),
        ], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = make_table(self.model, self, many=True)
        self.table.setModel(self.proxy)
        self.table.setMinimumHeight(190)
        self.empty = QLabel(self.tr("No sample is waiting for a result."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.mark(self.empty, "muted")

        buttons = QHBoxLayout()
        self.result_buttons: dict[TestResult, QPushButton] = {}
        for result, label, key in (
            (TestResult.NEGATIVE, self.tr("Negative"), "N"),
            (TestResult.POSITIVE, self.tr("Positive…"), "P"),
            (TestResult.INVALID, self.tr("Invalid"), "I"),
        ):
            button = QPushButton(self.tr("{label}  ({key})").format(label=label, key=key), self)
            button.setToolTip(self.tr("Enter this result for the current sample: press {key} on "
                                      "the table").format(key=key))
            button.clicked.connect(self._enter(result))
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._enter(result))
            buttons.addWidget(button)
            self.result_buttons[result] = button
        self.result_buttons[TestResult.POSITIVE].setStyleSheet(f"color: {theme.POSITIVE};")
        self.bulk_button = QPushButton(self.tr("All selected negative…"), self)
        self.bulk_button.setToolTip(self.tr("Enter negative for every selected sample "
                                            "(Ctrl+Shift+N); select with Shift or Ctrl"))
        self.bulk_button.clicked.connect(self.enter_selected_negative)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.enter_selected_negative)
        buttons.addSpacing(theme.MARGIN)
        buttons.addWidget(self.bulk_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("N negative · P positive · I invalid, then the next sample is "
                              "selected"), self)
        theme.mark(hint, "muted")
        buttons.addWidget(hint)

        self.positive = PositiveBox(panel, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING + 2)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.positive, 1)

    def _enter(self, result: TestResult) -> Callable[[], None]:
        return lambda: self.enter_current(result)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the samples awaiting results again, keeping the place in the list."""
        position = self.table.currentIndex().row()
        with self.panel.context.read() as session:
            learn_kinds(session)
            rows = [AwaitingRow(test_id=test.id or 0, stay_id=test.stay_id, guest_name=name,
                                room=room, kind=test.kind, sample_no=test.sample_no,
                                sampled_at=test.sampled_at or datetime.min, lab=test.lab)
                    for test, name, room in labtests.awaiting_results(session)]
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.count.setText(self.tr("{n} samples awaiting results").format(n=len(rows)) if rows
                           else self.tr("No results awaited"))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        for button in (*self.result_buttons.values(), self.bulk_button):
            button.setEnabled(bool(rows))
        if self.proxy.rowCount():
            self.select_row(min(max(position, 0), self.proxy.rowCount() - 1))
        self.loaded.emit()

    # -- selection -------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Make proxy row ``row`` the current and only selected sample."""
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def current(self) -> AwaitingRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def selected(self) -> list[AwaitingRow]:
        rows = sorted(self.proxy.mapToSource(index).row()
                      for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            self.select_row(0)
            self.table.setFocus()

    # -- entering results ------------------------------------------------------------------

    def enter_current(self, result: TestResult) -> None:
        """Enter ``result`` for the current sample and move to the next one."""
        row = self.current()
        if row is None:
            return
        who = self.tr("{name} (room {room}), sample {no}").format(
            name=row.guest_name, room=row.room, no=row.sample_no or "—")
        ct: sampling_positive.CtValues = (None, None)
        if result is TestResult.POSITIVE:
            answer = sampling_positive.ask_positive(self, who)
            if answer is None:
                return
            ct = answer
        actor = self.panel.context.actor
        outcome = self.panel.perform(
            lambda s: labtests.record_result(s, actor, row.test_id, result, ct_orf1ab=ct[0],
                                             ct_n=ct[1]),
            done=self.tr("{result} entered for {who}.").format(
                result=sampling_common.result_text(result), who=who))
        if outcome is None:
            return
        if result is TestResult.POSITIVE:
            self.positive.show_positive(row.stay_id, row.guest_name, row.room,
                                        outcome.alert.summary if outcome.alert else "",
                                        outcome.restarted)
        self.table.setFocus()

    def enter_selected_negative(self) -> None:
        """Negative for every selected sample, after a question naming how many."""
        rows = self.selected()
        if not rows:
            self.panel.context.report(self.tr("Select the samples first (Shift or Ctrl and "
                                              "click, or Ctrl+A for all)."),
                                      MessageLevel.ERROR)
            return
        if not sampling_common.confirm(
                self, self.tr("All selected negative"),
                self.tr("Enter NEGATIVE for the {n} selected samples?").format(n=len(rows)),
                self.tr("Enter {n} negatives").format(n=len(rows))):
            return
        actor = self.panel.context.actor
        self.panel.perform(
            lambda s: labtests.record_results_bulk(s, actor, [r.test_id for r in rows],
                                                   TestResult.NEGATIVE),
            done=self.tr("{n} negative results entered.").format(n=len(rows)))
