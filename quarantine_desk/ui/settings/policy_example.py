"""The worked example beside the policy editor: the dates a draft gives one example stay of any
of its categories, computed by the same domain functions the desk uses (DESIGN.md §3 day
arithmetic, §12 the policy file)."""

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

from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.policy import (
    Basis,
    CategoryRule,
    Policy,
    basis_date,
    day_number,
    home_period,
    home_test_dates,
    planned_release,
    required_test_dates,
)
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
    """Pick a category of the draft, a last exposure and an arrival: see the tests, the
    release and what follows at home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy: Policy | None = None
        self.category = QComboBox(self)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(10)
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

        self.basis, self.tests, self.release, self.checks, self.home, self.home_tests = (
            label("", self) for _ in range(6))
        self.note = label("", self, "error")
        self.note.hide()
        self.results = QWidget(self)
        outputs = QFormLayout(self.results)
        outputs.setContentsMargins(0, 4, 0, 0)
        outputs.setSpacing(6)
        outputs.addRow(self._heading(self.tr("Day 0")), self.basis)
        outputs.addRow(self._heading(self.tr("Tests here")), self.tests)
        outputs.addRow(self._heading(self.tr("Planned release")), self.release)
        outputs.addRow(self._heading(self.tr("Release needs")), self.checks)
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
        self.exposure.dateChanged.connect(self._update)
        self.arrival.dateChanged.connect(self._update)
        self._update()

    def _heading(self, text: str) -> QLabel:
        return label(text, self, "muted", wrap=False)

    def show_policy(self, policy: Policy | None) -> None:
        """Compute the example under ``policy``; None when the draft cannot be read."""
        self._policy = policy
        if policy is not None:
            self._offer_categories(policy)
        self._update()

    def _offer_categories(self, policy: Policy) -> None:
        """The draft's categories, keeping the one chosen while the draft has it."""
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for code in policy.rules:
            self.category.addItem(policy.category_name(code), code)
        index = self.category.findData(chosen)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def set_category(self, code: str) -> None:
        """Show the example for category ``code`` (nothing happens when the draft lacks it)."""
        index = self.category.findData(str(code))
        if index >= 0:
            self.category.setCurrentIndex(index)

    def set_stay(self, category: str, exposure: date | None, arrival: date) -> None:
        """Choose the example stay (``exposure`` None when unknown)."""
        self.set_category(category)
        self.exposure_known.setChecked(exposure is not None)
        if exposure is not None:
            self.exposure.setDate(to_qdate(exposure))
        self.arrival.setDate(to_qdate(arrival))

    def _update(self) -> None:
        policy = self._policy
        code = str(self.category.currentData() or "")
        rule = policy.rules.get(code) if policy is not None else None
        self.results.setVisible(rule is not None)
        self.unavailable.setVisible(rule is None)
        from_arrival = rule is not None and rule.basis is Basis.ARRIVAL
        self.exposure_known.setEnabled(not from_arrival)
        self.exposure.setEnabled(not from_arrival and self.exposure_known.isChecked())
        if policy is None or rule is None:
            self.note.hide()
            return
        arrival = from_qdate(self.arrival.date())
        exposure = from_qdate(self.exposure.date()) if self.exposure_known.isChecked() else None
        basis = basis_date(exposure, arrival, rule)
        notes = []
        if not rule.managed:
            notes.append(self.tr("These rules do not hold {category} at a site: check-in "
                                 "refuses them.").format(category=policy.category_name(code)))
        if not from_arrival and exposure is not None and exposure > arrival:
            notes.append(self.tr("The last exposure is after the arrival: check the dates."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))

        if from_arrival:
            said = self.tr("arrival (this category counts from it)")
        elif exposure is not None:
            said = self.tr("last exposure")
        else:
            said = self.tr("arrival (last exposure not known)")
        self.basis.setText(_lines(day_text(basis), said))
        self.tests.setText(self._tests(policy, rule, basis, arrival))
        release = planned_release(basis, rule)
        self.release.setText(_lines(day_text(release),
                                    self.tr("day {n}").format(n=day_number(basis, release))))
        self.checks.setText(self._checks(policy, rule))
        self._show_home(policy, rule, release)

    def _tests(self, policy: Policy, rule: CategoryRule, basis: date, arrival: date) -> str:
        """The tests of the stay by date, each with its kind's name."""
        if not rule.test_days and rule.admission_test is None:
            return escape(self.tr("none: temperature and symptoms only"))
        scheduled = {basis + timedelta(days=k) for k in rule.test_days}
        rows = []
        for on, what in required_test_dates(basis, arrival, rule).items():
            kind = rule.test_kind if on in scheduled else (rule.admission_test or "")
            rows.append((day_text(on), what, policy.test_kind(kind).label()))
        return _table(rows) or escape(self.tr("none"))

    def _checks(self, policy: Policy, rule: CategoryRule) -> str:
        """What the release check asks besides the end of the period (the final test only of
        a category that is tested: the criterion judges the tests a stay has)."""
        rules = policy.release
        lines = []
        if rules.fever_free_hours:
            lines.append(self.tr("no fever in the last {h} h").format(h=rules.fever_free_hours))
        lines.append(self.tr("a reading in the last {h} h").format(
            h=rules.reading_within_hours))
        if rules.final_test and (rule.test_days or rule.admission_test):
            lines.append(self.tr("latest {kind} negative").format(
                kind=policy.test_kind(rules.final_test).label()))
        if rules.destination_check:
            lines.append(self.tr("destination confirmed"))
        return escape(" · ".join(lines))

    def _show_home(self, policy: Policy, rule: CategoryRule, release: date) -> None:
        period = home_period(rule, release=release)
        if period is None or rule.home_kind is HomeKind.NONE:
            self.home.setText(escape(self.tr("nothing: the stay ends at release")))
            self.home_tests.setText(escape(self.tr("none")))
            return
        self.home.setText(_lines(
            home_kind_label(rule.home_kind),
            self.tr("from {first}\nto {last}").format(first=day_text(period[0]),
                                                      last=day_text(period[1]))))
        kind = policy.test_kind(rule.home_test_kind).label() if rule.home_test_kind else ""
        self.home_tests.setText(_table(
            (day_text(on), self.tr("day {k}").format(k=k), kind)
            for k, on in zip(rule.home_test_days, home_test_dates(rule, release=release),
                             strict=True))
            or escape(self.tr("none")))


#: The space before a table's second and later columns.
_PAD = " style='padding-left:10px'"


def _lines(first: str, second: str) -> str:
    """A value and, below it in a quieter colour, what it is."""
    below = escape(second).replace("\n", "<br>")
    return f"{escape(first)}<br><span style='color:{theme.MUTED_TEXT}'>{below}</span>"


def _table(rows: Iterable[tuple[str, ...]]) -> str:
    """Dates with their labels in aligned columns ("" when there are none)."""
    cells = "".join(
        "<tr>" + "".join(f"<td nowrap{_PAD if n else ''}>{escape(text)}</td>"
                         for n, text in enumerate(row)) + "</tr>"
        for row in rows)
    return f"<table cellspacing='0' cellpadding='0'>{cells}</table>" if cells else ""
