"""The draft of a new policy version: the whole policy file (DESIGN.md §12) — names, disease,
temperatures and rounds, test kinds, symptoms, release parameters and categories — started
from the version in force, a shipped preset or a file, and adopted from the date it is given.

Everything that can be a choice is one: the categories and the final test pick from the
draft's own test kinds, so the file check (:func:`policy_changes.check_policy`) is left only
what typing can get wrong, and names each fault by the file's field path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain import presets
from quarantine_desk.domain.policy import Policy, ReleaseRule, listed_name
from quarantine_desk.services import policy_changes
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.settings.common import from_qdate, label, to_qdate, today
from quarantine_desk.ui.settings.policy_categories import CategoriesEditor, CategoryForm, fill_kinds
from quarantine_desk.ui.settings.policy_lists import MAX_NAME, NamedList

#: The most symptoms a rounds sheet offers (number keys 1-9; the file format's bound).
MAX_SYMPTOMS = 9
#: The file format's bounds of a plausible reading and of the release hours.
CELSIUS_RANGE = (25.0, 46.0)
MAX_HOURS = 336
_TIME = re.compile(r"([01]?\d|2[0-3])[:：]([0-5]\d)")


@dataclass(frozen=True)
class Source:
    """Something the draft can start from: its name in the list, the policy and the date it
    takes effect in the draft (None: today)."""

    title: str
    policy: Policy
    effective: date | None = None


def parse_slots(text: str, what: str) -> tuple[time, ...]:
    """Times of the rounds as typed ("08:00 16:00", "8:00，16:00") in order, each once."""
    parts = [p for p in re.split(r"[\s,，、;；]+", text.strip()) if p]
    found = [_TIME.fullmatch(p) for p in parts]
    if not all(found):
        raise ValidationFailed(what.format(text=text.strip()))
    return tuple(sorted({time(int(m.group(1)), int(m.group(2))) for m in found if m}))


class DraftEditor(QWidget):
    """Edits a draft; :meth:`draft` gives the policy it describes and its problems."""

    changed = Signal()
    adopt_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources: list[Source] = []
        self._imported: Source | None = None
        self._last: tuple[Policy, date | None] | None = None  # what Reset loads again

        self.start_from = QComboBox(self)
        self.start_from.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.start_from.setMinimumContentsLength(30)
        self.start_from.setToolTip(
            self.tr("Fill the draft from the rules in force, a preset or an imported file"))
        self.start_from.activated.connect(self._start_from_chosen)
        self.reset_button = QPushButton(self.tr("Res&et"), self)
        self.reset_button.setToolTip(self.tr("Undo every change since the draft was filled"))
        self.reset_button.clicked.connect(self.reset)
        self.import_button = QPushButton(self.tr("Im&port…"), self)
        self.import_button.setToolTip(self.tr("Fill the draft from a policy file (.json)"))
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setToolTip(self.tr("Write the draft as a policy file for other "
                                              "sites"))
        self.export_button.clicked.connect(self.export_requested)
        start_label = QLabel(self.tr("&Start from"), self)
        start_label.setBuddy(self.start_from)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(start_label)
        top.addWidget(self.start_from, 1)
        top.addWidget(self.reset_button)
        top.addSpacing(18)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        self.file_problems = label("", self, "error")
        self.file_problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_problems.hide()

        general = self._general()
        self.kinds = NamedList(self.tr("Test kinds"), self.tr(
            "No test kind: the disease is followed by temperature and symptoms alone."), self)
        self.symptoms = NamedList(self.tr("Symptoms"), self.tr(
            "No symptom: the rounds sheet offers none."), self, most=MAX_SYMPTOMS)
        lists = QHBoxLayout()
        lists.setSpacing(theme.MARGIN)
        lists.addWidget(self.kinds, 1)
        lists.addWidget(self.symptoms, 1)
        self.notice = label("", self, "muted")
        self.notice.hide()
        release = self._release()
        self.categories = CategoriesEditor(self)

        self.problems = label("", self, "error")
        self.problems.hide()
        self.adopt_button = QPushButton(self.tr("&Adopt this version…"), self)
        theme.mark(self.adopt_button, "primary")
        self.adopt_button.setToolTip(self.tr("Put the draft in force from its date (Ctrl+Enter)"))
        self.adopt_button.setShortcut("Ctrl+Return")
        self.adopt_button.clicked.connect(self.adopt_requested)
        foot = QHBoxLayout()
        foot.addWidget(label(
            self.tr("New check-ins from the date above get these rules; stays already here "
                    "keep theirs until you re-apply them (below). Export… writes the draft "
                    "as a policy file other sites can import."), self, "muted"), 1)
        foot.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.file_problems)
        layout.addLayout(general)
        layout.addLayout(lists)
        layout.addWidget(self.notice)
        layout.addWidget(label(self.tr("Release"), self, "section", wrap=False))
        layout.addLayout(release)
        layout.addWidget(self.categories)
        layout.addLayout(foot)
        self.categories.add_below_form(self.problems)
        self.categories.left.addStretch(1)

        chain: list[QWidget] = [
            self.start_from, self.reset_button, self.import_button, self.export_button,
            self.name_zh, self.name_en, self.disease_zh, self.disease_en, self.order,
            self.source, self.effective, self.fever, self.plausible_low, self.plausible_high,
            self.slots, self.kinds.add_button, self.kinds.remove_button, self.kinds.table,
            self.symptoms.add_button, self.symptoms.remove_button, self.symptoms.table,
            self.fever_free, self.reading_within, self.destination, self.final_test,
            self.categories.add_button, self.categories.remove_button, self.categories.list,
            *self.categories.form.chain()]
        for before, after in pairwise([*chain, self.adopt_button]):
            QWidget.setTabOrder(before, after)  # top to bottom, left to right

        for edit in (self.name_zh, self.name_en, self.disease_zh, self.disease_en, self.order,
                     self.source, self.slots):
            edit.textEdited.connect(self.changed)
        for edit in (self.name_zh, self.name_en, self.categories.form.test_days,
                     self.categories.form.home_tests):
            edit.returnPressed.connect(self.adopt_requested)
        self.effective.dateChanged.connect(self.changed)
        for spin in (self.fever, self.plausible_low, self.plausible_high, self.fever_free,
                     self.reading_within):
            spin.valueChanged.connect(self.changed)
        self.destination.toggled.connect(self.changed)
        self.final_test.currentIndexChanged.connect(self.changed)
        self.kinds.renamed.connect(self._kind_renamed)
        self.kinds.removed.connect(self._kinds_removed)
        self.kinds.changed.connect(self._kinds_changed)
        self.symptoms.changed.connect(self.changed)
        self.categories.changed.connect(self.changed)

    def _general(self) -> QGridLayout:
        """Names, disease, order and source; the date, temperatures and rounds."""
        self.name_zh, self.name_en = self._names(
            self.tr("in Chinese, e.g. 第九版防控方案"), self.tr("in English, e.g. 9th edition"))
        self.disease_zh, self.disease_en = self._names(
            self.tr("in Chinese, e.g. 新型冠状病毒感染"), self.tr("in English, e.g. COVID-19"))
        self.order = QLineEdit(self)
        self.order.setPlaceholderText(self.tr("the order's number, if any"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("where the rules were published: title, "
                                               "publisher, date"))
        self.effective = QDateEdit(self)
        self.effective.setCalendarPopup(True)
        self.effective.setDisplayFormat("yyyy-MM-dd")
        self.fever = self._celsius(*policy_changes.FEVER_THRESHOLD_RANGE)
        self.plausible_low = self._celsius(*CELSIUS_RANGE)
        self.plausible_high = self._celsius(*CELSIUS_RANGE)
        self.slots = QLineEdit(self)
        self.slots.setPlaceholderText("08:00 16:00")
        self.slots.setMaximumWidth(240)
        self.slots.setToolTip(self.tr("The times of the daily temperature rounds, HH:MM"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self._row(grid, 0, self.tr("&Name"), self.name_zh, self.name_en)
        self._row(grid, 1, self.tr("&Disease"), self.disease_zh, self.disease_en)
        self._row(grid, 2, self.tr("&Order"), self.order)
        self._row(grid, 3, self.tr("So&urce"), self.source)
        when = QHBoxLayout()
        when.setSpacing(8)
        when.addWidget(self.effective)
        when.addSpacing(18)
        for text, widget in ((self.tr("Fe&ver at or above"), self.fever),
                             (self.tr("Readings accepted"), self.plausible_low)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            when.addWidget(caption)
            when.addWidget(widget)
        when.addWidget(QLabel("–", self))
        when.addWidget(self.plausible_high)
        when.addStretch(1)
        self._row(grid, 4, self.tr("In force &from"), when)
        rounds = QHBoxLayout()
        rounds.setSpacing(10)
        rounds.addWidget(self.slots, 1)
        rounds.addWidget(label(self.tr("times of the daily rounds, e.g. 08:00 16:00"), self,
                               "muted", wrap=False), 1)
        self._row(grid, 5, self.tr("Round ti&mes"), rounds)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def _row(self, grid: QGridLayout, row: int, text: str,
             first: QWidget | QHBoxLayout, second: QWidget | None = None) -> None:
        caption = QLabel(text, self)
        grid.addWidget(caption, row, 0)
        if isinstance(first, QHBoxLayout):
            caption.setBuddy(first.itemAt(0).widget())
            grid.addLayout(first, row, 1, 1, 2)
            return
        caption.setBuddy(first)
        if second is None:
            grid.addWidget(first, row, 1, 1, 2)
        else:
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)

    def _names(self, zh_hint: str, en_hint: str) -> tuple[QLineEdit, QLineEdit]:
        zh, en = QLineEdit(self), QLineEdit(self)
        for edit, hint in ((zh, zh_hint), (en, en_hint)):
            edit.setMaxLength(MAX_NAME)
            edit.setPlaceholderText(hint)
        return zh, en

    def _celsius(self, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(1)
        spin.setSingleStep(0.1)
        spin.setRange(low, high)
        spin.setSuffix(" °C")
        spin.setFixedWidth(96)
        return spin

    def _hours(self, least: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(least, MAX_HOURS)
        spin.setSuffix(self.tr(" h"))
        spin.setFixedWidth(96)
        return spin

    def _release(self) -> QGridLayout:
        """The parameters of the release check."""
        self.fever_free = self._hours(0)
        self.fever_free.setToolTip(self.tr("No reading at or above the fever threshold in "
                                           "this many hours before release"))
        self.reading_within = self._hours(1)
        self.reading_within.setToolTip(self.tr("At least one reading in this many hours "
                                               "before release"))
        self.destination = QCheckBox(self.tr("Destination confirmed by the community"), self)
        self.final_test = QComboBox(self)
        self.final_test.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.final_test.setMinimumContentsLength(14)
        self.final_test.setToolTip(self.tr("The test kind whose latest result must be "
                                           "negative before release"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        pairs = ((0, 0, self.tr("No fever for"), self.fever_free),
                 (1, 0, self.tr("A reading within"), self.reading_within),
                 (0, 2, self.tr("Final test"), self.final_test))
        for row, column, text, widget in pairs:
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.destination, 1, 2, 1, 2)
        grid.setColumnMinimumWidth(1, 110)  # room before the second pair
        grid.setColumnStretch(4, 1)
        return grid

    # -- sources ------------------------------------------------------------------------------

    def set_in_force(self, name: str, policy: Policy) -> None:
        """Offer the version in force and the shipped presets as starting points; the first
        time, start from the version in force."""
        sources = [Source(self.tr("The version in force: {name}").format(name=name), policy)]
        sources += [Source(self.tr("Preset: {name}").format(name=preset.name), preset)
                    for _slug, preset in presets.available()]
        if self._imported is not None:
            sources.append(self._imported)
        self._sources = sources
        self._fill_sources(max(self.start_from.currentIndex(), 0))
        if self._last is None:
            self.load(policy)

    def _fill_sources(self, chosen: int) -> None:
        self.start_from.blockSignals(True)
        self.start_from.clear()
        for source in self._sources:
            self.start_from.addItem(source.title)
        self.start_from.setCurrentIndex(min(chosen, len(self._sources) - 1))
        self.start_from.blockSignals(False)

    def _start_from_chosen(self, index: int) -> None:
        if 0 <= index < len(self._sources):
            source = self._sources[index]
            self.load(source.policy, source.effective)

    def load_file(self, file_name: str, policy: Policy) -> None:
        """Start the draft from an imported file, in force from the file's date; the file
        stays in the Start from list until another is imported."""
        source = Source(self.tr("File: {name}").format(name=file_name), policy,
                        policy.effective_from)
        if self._imported is not None and self._sources and self._sources[-1] == self._imported:
            self._sources.pop()
        self._imported = source
        self._sources.append(source)
        self._fill_sources(len(self._sources) - 1)
        self.load(policy, policy.effective_from)

    def reset(self) -> None:
        """Load again what the draft was last filled from, undoing every change since."""
        if self._last is not None:
            self.load(*self._last)

    def load(self, policy: Policy, effective: date | None = None) -> None:
        """Fill the draft from ``policy``, in force from ``effective`` (default: today)."""
        self._last = (policy, effective)
        widgets: list[QWidget] = [
            self.name_zh, self.name_en, self.disease_zh, self.disease_en, self.order,
            self.source, self.effective, self.fever, self.plausible_low, self.plausible_high,
            self.slots, self.fever_free, self.reading_within, self.destination,
            self.final_test, self.kinds, self.symptoms, self.categories]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            zh, en = policy.titles()
            self.name_zh.setText(zh)
            self.name_en.setText(en)
            self.disease_zh.setText(policy.disease_zh)
            self.disease_en.setText(policy.disease_en)
            self.order.setText(policy.order)
            self.source.setText(policy.source)
            self.source.setCursorPosition(0)
            self.effective.setDate(to_qdate(effective or today()))
            self.fever.setValue(policy.fever_threshold)
            self.plausible_low.setValue(policy.plausible_celsius[0])
            self.plausible_high.setValue(policy.plausible_celsius[1])
            self.slots.setText(" ".join(s.strftime("%H:%M") for s in policy.reading_slots))
            self.fever_free.setValue(policy.release.fever_free_hours)
            self.reading_within.setValue(policy.release.reading_within_hours)
            self.destination.setChecked(policy.release.destination_check)
            self.kinds.set_items(policy.test_kinds)
            self.symptoms.set_items(policy.symptoms)
            self._fill_final_test(policy.release.final_test or "")
            self.categories.load(policy)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.notice.hide()
        self.show_file_problems("")
        self.changed.emit()

    def category_form(self, code: str) -> CategoryForm:
        """The form of category ``code``, brought on screen (KeyError when the draft has no
        such category)."""
        return self.categories.select(code)

    # -- test kinds ---------------------------------------------------------------------------

    def _fill_final_test(self, chosen: str) -> None:
        fill_kinds(self.final_test, self.kinds.coded(), chosen,
                   self.tr("none — temperature and symptoms only"))

    def _kind_renamed(self, old: str, new: str) -> None:
        self.categories.rename_kind(old, new)
        if self.final_test.currentData() == old:
            self.final_test.setItemData(self.final_test.currentIndex(), new)

    def _kinds_removed(self, codes: list[str]) -> None:
        names = self.categories.drop_kinds(codes)
        if self.final_test.currentData() in codes:
            names.append(self.tr("the final test"))
        if names:
            self.notice.setText(self.tr(
                "Test kind {kinds} is no longer listed: {uses} now name no test there. "
                "Choose another kind, or Reset.").format(
                kinds=", ".join(codes), uses=", ".join(names)))
            self.notice.show()

    def _kinds_changed(self) -> None:
        kinds = self.kinds.coded()
        self._fill_final_test(str(self.final_test.currentData() or ""))
        self.categories.set_kinds(kinds)
        self.changed.emit()

    # -- the draft ----------------------------------------------------------------------------

    def draft(self) -> tuple[Policy | None, list[str]]:
        """The policy the fields describe (None when a list cannot be read) and every problem
        that stops it being adopted."""
        problems: list[str] = []
        slots: tuple[time, ...] = ()
        try:
            slots = parse_slots(self.slots.text(), self.tr(
                "Round times: '{text}' is not a list of times: write them like 08:00 16:00"))
        except ValidationFailed as error:
            problems.append(str(error))
        rules = {}
        drafts = self.categories.drafts()
        for draft in drafts:
            name = draft.name()
            try:
                rules[draft.code] = draft.rule(
                    self.tr("{category}: test days").format(category=name),
                    self.tr("{category}: home test days").format(category=name))
            except ValidationFailed as error:
                problems.append(str(error))
        for draft in drafts:
            if not draft.zh or not draft.en:
                problems.append(self.tr("{category}: name the category in Chinese and in "
                                        "English").format(category=draft.name()))
        codes = [d.code for d in drafts]
        for code in sorted({c for c in codes if codes.count(c) > 1}):
            problems.append(self.tr("Two categories have the code '{code}': give each its "
                                    "own").format(code=code))
        zh, en = " ".join(self.name_zh.text().split()), " ".join(self.name_en.text().split())
        if (zh or en) and not (zh and en):
            problems.append(self.tr("Name: write it in Chinese and in English"))
        if problems:
            return None, problems
        low, high = round(self.plausible_low.value(), 1), round(self.plausible_high.value(), 1)
        final = str(self.final_test.currentData() or "")
        policy = Policy(
            name=listed_name(zh, en) if zh and en else zh or en,
            effective_from=from_qdate(self.effective.date()), rules=rules,
            fever_threshold=round(self.fever.value(), 1), name_zh=zh, name_en=en,
            disease_zh=" ".join(self.disease_zh.text().split()),
            disease_en=" ".join(self.disease_en.text().split()),
            order=self.order.text().strip(), source=self.source.text().strip(),
            plausible_celsius=(low, high), reading_slots=slots,
            symptoms=tuple(self.symptoms.items()), test_kinds=tuple(self.kinds.items()),
            release=ReleaseRule(fever_free_hours=self.fever_free.value(),
                                reading_within_hours=self.reading_within.value(),
                                destination_check=self.destination.isChecked(),
                                final_test=final or None))
        return policy, policy_changes.check_policy(policy)

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def show_file_problems(self, text: str) -> None:
        """Why a file could not be imported (every fault, a line each); "" hides it."""
        self.file_problems.setText(text)
        self.file_problems.setVisible(bool(text))
