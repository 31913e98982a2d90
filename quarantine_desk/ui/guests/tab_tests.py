"""The Tests tab: the tests the policy requires for this stay (of its kind: PCRs under the
COVID-19 rules), and every sample and result with its kind as the policy names it."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from quarantine_desk.domain.enums import TestKind, TestResult
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.services.labtests import LabTestRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.form import today
from quarantine_desk.ui.guests.list_view import list_view

_RESULT_COLORS = {TestResult.POSITIVE.value: theme.POSITIVE,
                  TestResult.PENDING.value: theme.MUTED_TEXT,
                  TestResult.INVALID.value: theme.WARNING}


def _ct(test: LabTestRecord) -> str:
    values = [f"{v:.1f}" for v in (test.ct_orf1ab, test.ct_n) if v is not None]
    return " / ".join(values)


def sample_day(test: LabTestRecord) -> date | None:
    """The day a test belongs to: when it was sampled, else when it is scheduled."""
    return test.sampled_at.date() if test.sampled_at else test.scheduled_for


class TestsTab(QWidget):
    """The required test days with what became of each, then the table of tests."""

    __test__ = False  # not a pytest class

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required = QLabel(self)
        self.required.setWordWrap(True)
        self.required.setTextFormat(Qt.TextFormat.RichText)
        self.model: TableModel[LabTestRecord] = TableModel([
            Column(self.tr("Kind"), lambda t: labels.test_kind(t.kind)),
            Column(self.tr("Due"), lambda t: labels.day_text(t.scheduled_for)),
            Column(self.tr("Sample no."), lambda t: t.sample_no),
            Column(self.tr("Sampled"), lambda t: labels.moment_text(t.sampled_at)),
            Column(self.tr("Result"), lambda t: labels.test_result(t.result),
                   color=self._result_color,
                   bold=lambda t: t.result == TestResult.POSITIVE.value),
            Column(self.tr("Ct ORF1ab / N"), _ct, Qt.AlignmentFlag.AlignRight),
            Column(self.tr("Reported"), lambda t: labels.moment_text(t.reported_at)),
            Column(self.tr("Lab"), lambda t: t.lab),
            Column(self.tr("Why"), lambda t: t.reason),
        ], parent=self)
        self.table = list_view(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        caption = QLabel(self.tr("Required by the policy"), self)
        theme.mark(caption, "section")
        layout.addWidget(caption)
        layout.addWidget(self.required)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Tests")

    @staticmethod
    def _result_color(test: LabTestRecord) -> QColor | None:
        color = _RESULT_COLORS.get(test.result)
        return theme.qcolor(color) if color else None

    def show_record(self, record: GuestRecord) -> None:
        self.model.set_rows(record.tests)
        kind = record.rule.test_kind if record.rule is not None else TestKind.PCR.value
        required: dict[date, list[LabTestRecord]] = {}
        for test in record.tests:
            day = sample_day(test)
            if test.kind == kind and day is not None:
                required.setdefault(day, []).append(test)
        items = [self._required_item(day, label, required.get(day, []))
                 for day, label in record.required_tests.items()]
        self.required.setText(" &nbsp;·&nbsp; ".join(items) if items else
                              self.tr("No tests required."))

    def _required_item(self, day: date, label: str, tests: list[LabTestRecord]) -> str:
        sampled = [t for t in tests if t.sampled_at is not None]
        if sampled:
            result = sampled[-1].result
            state = labels.test_result(result)
            color = _RESULT_COLORS.get(result, theme.SUCCESS)
        elif day < today():
            state, color = self.tr("not sampled"), theme.ERROR
        elif day == today():
            state, color = self.tr("due today"), theme.WARNING
        else:
            state, color = self.tr("to come"), theme.MUTED_TEXT
        return (f"{day:%m-%d} {html.escape(label)}: "
                f"<span style='color:{color}; font-weight:bold'>{html.escape(state)}</span>")
