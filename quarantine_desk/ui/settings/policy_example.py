"""The worked example beside the policy editor: the dates a draft gives one example stay,
computed by the same domain functions the desk uses (DESIGN.md §3 day arithmetic)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import Category, HomeKind
from quarantine_desk.domain.policy import (
    Policy,
    basis_date,
    day_number,
    home_period,
    home_test_dates,
    planned_release,
    required_test_dates,
)
from quarantine_desk.services import policy_changes
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.settings.common import (
    day_text,
    from_qdate,
    home_kind_label,
    label,
    to_qdate,
    today,
)


class ExampleView(QWidget):
    """Pick a category, a last exposure and an arrival: see the tests, release and home days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy: Policy | None = None
        self.category = QComboBox(self)
        for category in Category:
            self.category.addItem(policy_changes.category_name(category), category.value)
        self.exposure_known = QCheckBox(self.tr("&Last exposure"), self)
        self.exposure_known.setChecked(True)
        self.exposure = QDateEdit(self)
        self.arrival = QDateEdit(self)
        for edit in (self.exposure, self.arrival):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.exposure.setDate(to_qdate(today() - timedelta(days=1)))
        self.arrival.setDate(to_qdate(today()))
        inputs = QFormLayout()
        inputs.setSpacing(8)
        category_label = QLabel(self.tr("Ca&tegory"), self)
        category_label.setBuddy(self.category)
        inputs.addRow(category_label, self.category)
        inputs.addRow(self.exposure_known, self.exposure)
        arrival_label = QLabel(self.tr("Arr&ival"), self)
        arrival_label.setBuddy(self.arrival)
        inputs.addRow(arrival_label, self.arrival)

        self.basis, self.tests, self.release, self.home, self.home_tests = (
            label("", self) for _ in range(5))
        self.note = label("", self, "error")
        self.note.hide()
        self.results = QWidget(self)
        outputs = QFormLayout(self.results)
        outputs.setContentsMargins(0, 4, 0, 0)
        outputs.setSpacing(6)
        outputs.addRow(self._heading(self.tr("Day 0")), self.basis)
        outputs.addRow(self._heading(self.tr("PCR tests here")), self.tests)
        outputs.addRow(self._heading(self.tr("Planned release")), self.release)
        outputs.addRow(self._heading(self.tr("Then at home")), self.home)
        outputs.addRow(self._heading(self.tr("Home tests")), self.home_tests)
        self.unavailable = label(self.tr("Fix the problems in the draft to see its dates."),
                                 self, "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(inputs)
        layout.addWidget(self.note)
        layout.addWidget(self.results)
        layout.addWidget(self.unavailable)
        layout.addStretch(1)
        self.category.currentIndexChanged.connect(self._update)
        self.exposure_known.toggled.connect(self._update)
        self.exposure_known.toggled.connect(self.exposure.setEnabled)
        self.exposure.dateChanged.connect(self._update)
        self.arrival.dateChanged.connect(self._update)
        self._update()

    def _heading(self, text: str) -> QLabel:
        return label(text, self, "muted", wrap=False)

    def show_policy(self, policy: Policy | None) -> None:
        """Compute the example under ``policy``; None when the draft cannot be read."""
        self._policy = policy
        self._update()

    def set_stay(self, category: Category, exposure: date | None, arrival: date) -> None:
        """Choose the example stay (``exposure`` None when unknown)."""
        self.category.setCurrentIndex(self.category.findData(category.value))
        self.exposure_known.setChecked(exposure is not None)
        if exposure is not None:
            self.exposure.setDate(to_qdate(exposure))
        self.arrival.setDate(to_qdate(arrival))

    def _update(self) -> None:
        policy = self._policy
        self.results.setVisible(policy is not None)
        self.unavailable.setVisible(policy is None)
        if policy is None:
            self.note.hide()
            return
        category = Category(self.category.currentData())
        rule = policy.rule(category)
        arrival = from_qdate(self.arrival.date())
        exposure = from_qdate(self.exposure.date()) if self.exposure_known.isChecked() else None
        basis = basis_date(exposure, arrival)
        notes = []
        if not rule.managed:
            notes.append(self.tr("These rules do not hold {category} at a site: check-in "
                                 "refuses them.").format(
                category=policy_changes.category_name(category)))
        if exposure is not None and exposure > arrival:
            notes.append(self.tr("The last exposure is after the arrival: check the dates."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

        self.basis.setText(_lines(
            day_text(basis),
            self.tr("last exposure") if exposure is not None
            else self.tr("arrival (last exposure not known)")))
        self.tests.setText(_table(
            (day_text(on), what)
            for on, what in required_test_dates(basis, arrival, rule).items()))
        release = planned_release(basis, rule)
        self.release.setText(_lines(day_text(release),
                                    self.tr("day {n}").format(n=day_number(basis, release))))
        period = home_period(rule, release=release)
        if period is None or rule.home_kind is HomeKind.NONE:
            self.home.setText(self.tr("nothing: the stay ends at release"))
            self.home_tests.setText(self.tr("none"))
            return
        self.home.setText(_lines(
            home_kind_label(rule.home_kind),
            self.tr("from {first}\nto {last}").format(first=day_text(period[0]),
                                                      last=day_text(period[1]))))
        self.home_tests.setText(_table(
            (day_text(on), self.tr("day {k}").format(k=k))
            for k, on in zip(rule.home_test_days, home_test_dates(rule, release=release),
                             strict=True))
            or self.tr("none"))


def _lines(first: str, second: str) -> str:
    """A value and, below it in a quieter colour, what it is."""
    below = escape(second).replace("\n", "<br>")
    return f"{escape(first)}<br><span style='color:{theme.MUTED_TEXT}'>{below}</span>"


def _table(rows: Iterable[tuple[str, str]]) -> str:
    """Dates with their labels in aligned columns ("" when there are none)."""
    cells = "".join(f"<tr><td nowrap>{escape(day)}</td><td nowrap style='padding-left:10px'>"
                    f"{escape(what)}</td></tr>" for day, what in rows)
    return f"<table cellspacing='0' cellpadding='0'>{cells}</table>" if cells else ""
