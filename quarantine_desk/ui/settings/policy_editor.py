"""The draft of a new policy version: one line of rules per category, the fever threshold and
the date it takes effect, started from the version in force or a preset (DESIGN.md §3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import Category, HomeKind
from quarantine_desk.domain.policy import PRESETS, CategoryRule, Policy
from quarantine_desk.services import policy_changes
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.settings.common import (
    from_qdate,
    home_kind_label,
    label,
    to_qdate,
    today,
)


@dataclass
class RuleFields:
    """The widgets of one category's line."""

    managed: QCheckBox
    days: QSpinBox
    tests: QLineEdit
    home_kind: QComboBox
    home_days: QSpinBox
    home_tests: QLineEdit

    def load(self, rule: CategoryRule) -> None:
        self.managed.setChecked(rule.managed)
        self.days.setValue(rule.centralized_days)
        self.tests.setText(",".join(map(str, rule.test_days)))
        self.home_kind.setCurrentIndex(self.home_kind.findData(rule.home_kind.value))
        self.home_days.setValue(rule.home_days)
        self.home_tests.setText(",".join(map(str, rule.home_test_days)))
        self.match_home_kind()

    def kind(self) -> HomeKind:
        return HomeKind(self.home_kind.currentData())

    def match_home_kind(self, _index: int = 0) -> None:
        """Home days and tests mean nothing when nothing follows at home: grey them out."""
        follows = self.kind() is not HomeKind.NONE
        self.home_days.setEnabled(follows)
        self.home_tests.setEnabled(follows)


class DraftEditor(QWidget):
    """Edits a draft; :meth:`draft` gives the policy it describes and its problems."""

    changed = Signal()
    adopt_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._in_force: Policy | None = None
        self._loaded = False

        self.start_from = QComboBox(self)
        self.start_from.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.start_from.setMinimumContentsLength(24)
        self.start_from.setToolTip(self.tr("Fill the draft from the rules in force or a preset"))
        self.start_from.activated.connect(self._start_from_chosen)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("the order's title, e.g. 第九版防控方案"))
        self.effective = QDateEdit(self)
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.fever = QDoubleSpinBox(self)
        self.fever.setDecimals(1)
        self.fever.setSingleStep(0.1)
        self.fever.setRange(*policy_changes.FEVER_THRESHOLD_RANGE)
        self.fever.setSuffix(" °C")
        self.fever.setFixedWidth(96)
        top = QFormLayout()
        top.setSpacing(8)
        top.addRow(self.tr("&Start from"), self.start_from)
        top.addRow(self.tr("&Name"), self.name)
        when = QHBoxLayout()
        when.addWidget(self.effective)
        when.addSpacing(18)
        fever_label = QLabel(self.tr("Fe&ver at or above"), self)
        fever_label.setBuddy(self.fever)
        when.addWidget(fever_label)
        when.addWidget(self.fever)
        when.addStretch(1)
        effective_label = QLabel(self.tr("In force &from"), self)
        effective_label.setBuddy(self.effective)
        top.addRow(effective_label, when)

        self.rows: dict[Category, RuleFields] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        headers = (self.tr("Held here"), self.tr("Days here"), self.tr("PCR on days"),
                   self.tr("Then at home"), self.tr("Days"), self.tr("Home tests"))
        for column, text in enumerate(headers):
            grid.addWidget(label(text, self, "muted", wrap=False), 0, column)
        for row, category in enumerate(Category, start=1):
            fields = self._rule_fields(category)
            self.rows[category] = fields
            for column, widget in enumerate((fields.managed, fields.days, fields.tests,
                                             fields.home_kind, fields.home_days,
                                             fields.home_tests)):
                grid.addWidget(widget, row, column)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(6, 3)  # wide windows: spare room after the fields

        self.problems = label("", self, "error")
        self.problems.hide()
        self.adopt_button = QPushButton(self.tr("&Adopt this version…"), self)
        theme.mark(self.adopt_button, "primary")
        self.adopt_button.setToolTip(self.tr("Put the draft in force from its date (Ctrl+Enter)"))
        self.adopt_button.setShortcut("Ctrl+Return")
        self.adopt_button.clicked.connect(self.adopt_requested)
        foot = QHBoxLayout()
        foot.addWidget(label(
            self.tr("Untick a category the order no longer holds at a site. New check-ins "
                    "from the date above get these rules; stays already here keep theirs "
                    "until you re-apply (below)."), self, "muted"), 1)
        foot.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addLayout(foot)

        chain: list[QWidget] = [self.start_from, self.name, self.effective, self.fever]
        for fields in self.rows.values():
            chain += [fields.managed, fields.days, fields.tests, fields.home_kind,
                      fields.home_days, fields.home_tests]
        for before, after in pairwise([*chain, self.adopt_button]):
            QWidget.setTabOrder(before, after)  # line by line, left to right

        self.name.textEdited.connect(self.changed)
        self.name.returnPressed.connect(self.adopt_requested)
        self.effective.dateChanged.connect(self.changed)
        self.fever.valueChanged.connect(self.changed)

    def _rule_fields(self, category: Category) -> RuleFields:
        name = policy_changes.category_name(category)
        kind = QComboBox(self)
        for home in HomeKind:
            kind.addItem(home_kind_label(home), home.value)
        fields = RuleFields(QCheckBox(name, self), self._days(1), QLineEdit(self), kind,
                            self._days(0), QLineEdit(self))
        fields.managed.setToolTip(
            self.tr("Ticked: {category} are taken in at a site; unticked: check-in refuses "
                    "them").format(category=name))
        fields.tests.setPlaceholderText("1,2,3,5,7")
        fields.tests.setMinimumWidth(90)
        fields.tests.setMaximumWidth(180)
        fields.home_tests.setPlaceholderText("1,3")
        fields.home_tests.setMinimumWidth(60)
        fields.home_tests.setMaximumWidth(120)
        fields.managed.toggled.connect(self.changed)
        fields.days.valueChanged.connect(self.changed)
        fields.home_days.valueChanged.connect(self.changed)
        for edit in (fields.tests, fields.home_tests):
            edit.textEdited.connect(self.changed)
            edit.returnPressed.connect(self.adopt_requested)
        kind.currentIndexChanged.connect(fields.match_home_kind)
        kind.currentIndexChanged.connect(self.changed)
        return fields

    def _days(self, least: int) -> QSpinBox:
        """A number of days, typed or stepped with the arrow keys."""
        days = QSpinBox(self)
        days.setRange(least, policy_changes.MAX_DAYS)
        days.setFixedWidth(64)
        return days

    # -- sources ------------------------------------------------------------------------------

    def set_in_force(self, name: str, policy: Policy) -> None:
        """Offer the version in force as a starting point; the first time, start from it."""
        self._in_force = policy
        chosen = max(self.start_from.currentIndex(), 0)
        self.start_from.blockSignals(True)
        self.start_from.clear()
        self.start_from.addItem(self.tr("The version in force: {name}").format(name=name))
        for preset in PRESETS:
            self.start_from.addItem(self.tr("Preset: {name}").format(name=preset.name))
        self.start_from.setCurrentIndex(chosen)
        self.start_from.blockSignals(False)
        if not self._loaded:
            self.load(policy)

    def _start_from_chosen(self, index: int) -> None:
        source = self._in_force if index == 0 else PRESETS[index - 1]
        if source is not None:
            self.load(source)

    def load(self, policy: Policy, effective: date | None = None) -> None:
        """Fill the draft from ``policy``, in force from ``effective`` (default: today)."""
        self._loaded = True
        widgets: list[QWidget] = [self.name, self.effective, self.fever]
        for fields in self.rows.values():
            widgets += [fields.managed, fields.days, fields.tests, fields.home_kind,
                        fields.home_days, fields.home_tests]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.name.setText(policy.name)
            self.effective.setDate(to_qdate(effective or today()))
            self.fever.setValue(policy.fever_threshold)
            for category, fields in self.rows.items():
                fields.load(policy.rule(category))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.changed.emit()

    # -- the draft ----------------------------------------------------------------------------

    def _rule(self, category: Category, fields: RuleFields) -> CategoryRule:
        name = policy_changes.category_name(category)
        tests = policy_changes.parse_days(
            fields.tests.text(), self.tr("{category}: PCR days").format(category=name))
        kind = fields.kind()
        if kind is HomeKind.NONE:
            return CategoryRule(fields.days.value(), tests, managed=fields.managed.isChecked())
        home_tests = policy_changes.parse_days(
            fields.home_tests.text(), self.tr("{category}: home test days").format(category=name))
        return CategoryRule(fields.days.value(), tests, home_days=fields.home_days.value(),
                            home_kind=kind, home_test_days=home_tests,
                            managed=fields.managed.isChecked())

    def draft(self) -> tuple[Policy | None, list[str]]:
        """The policy the fields describe (None when a day list cannot be read) and every
        problem that stops it being adopted."""
        rules: dict[Category, CategoryRule] = {}
        problems: list[str] = []
        for category, fields in self.rows.items():
            try:
                rules[category] = self._rule(category, fields)
            except ValidationFailed as error:
                problems.append(str(error))
        if problems:
            return None, problems
        policy = Policy(name=" ".join(self.name.text().split()),
                        effective_from=from_qdate(self.effective.date()),
                        rules=rules, fever_threshold=round(self.fever.value(), 1))
        return policy, policy_changes.check_policy(policy)

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
