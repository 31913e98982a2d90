"""The draft's categories (DESIGN.md §12 ``categories``): a list to add to and remove from, and
the form of the category selected in it.

The combos of the form offer only the draft's own test kinds, so a category cannot name a kind
the policy does not list; the admission test offers only the schedule's kind when there is a
schedule, as the file requires. Day lists are kept as typed and read when the draft is built,
so a half-typed list is named in the draft's problems rather than lost.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.policy import Basis, CategoryRule, Named, Policy
from quarantine_desk.services import policy_changes
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.settings.common import home_kind_label
from quarantine_desk.ui.settings.policy_lists import (
    MAX_NAME,
    RowsTable,
    code_validator,
    heading_with_buttons,
)

#: Rows of the list shown before it scrolls, and at least (room for the empty note).
ROWS_SHOWN = 8
ROWS_LEAST = 2
_ROW_HEIGHT = 28


@dataclass
class CategoryDraft:
    """One category as the form shows it; ``""`` is "none" for a test kind, and day lists are
    the text typed."""

    code: str
    zh: str = ""
    en: str = ""
    managed: bool = True
    basis: Basis = Basis.LAST_EXPOSURE
    days: int = 7
    test_kind: str = ""
    test_days: str = ""
    admission: str = ""
    home_kind: HomeKind = HomeKind.NONE
    home_days: int = 0
    home_test_kind: str = ""
    home_test_days: str = ""

    @classmethod
    def of(cls, policy: Policy, code: str) -> CategoryDraft:
        """The draft of ``policy``'s category ``code`` (kinds the policy lacks read as none)."""
        rule = policy.rule(code)
        kinds = {kind.code for kind in policy.test_kinds}
        test_kind = rule.test_kind if rule.test_kind in kinds else ""
        home_kind = rule.home_kind if rule.home_days > 0 else HomeKind.NONE
        return cls(
            code=code, zh=policy.category_name(code, "zh"), en=policy.category_name(code, "en"),
            managed=rule.managed, basis=rule.basis, days=rule.centralized_days,
            test_kind=test_kind, test_days=_days_text(rule.test_days),
            admission=rule.admission_test if rule.admission_test in kinds else "",
            home_kind=home_kind, home_days=rule.home_days if home_kind is not HomeKind.NONE else 0,
            home_test_kind=(rule.home_test_kind if rule.home_test_kind in kinds else "")
            or test_kind,
            home_test_days=_days_text(rule.home_test_days))

    def name(self) -> str:
        """The category's name in the reader's language; the code while it has none."""
        return Named(self.code, self.zh, self.en).label() or self.zh or self.en or self.code

    def rule(self, what: str, home_what: str) -> CategoryRule:
        """The rule the draft states; ``what``/``home_what`` name the day lists in the
        refusal (``ValidationFailed``) when one cannot be read."""
        tests = policy_changes.parse_days(self.test_days, what) if self.test_kind else ()
        home = self.home_kind
        home_tests: tuple[int, ...] = ()
        if home is not HomeKind.NONE and self.home_test_kind:
            home_tests = policy_changes.parse_days(self.home_test_days, home_what)
        return CategoryRule(
            centralized_days=self.days, test_days=tests,
            home_days=self.home_days if home is not HomeKind.NONE else 0, home_kind=home,
            home_test_days=home_tests, managed=self.managed,
            test_kind=self.test_kind if tests else self.admission,
            admission_test=self.admission or None,
            home_test_kind=self.home_test_kind if home_tests else "",
            basis=self.basis, zh=self.zh, en=self.en)


def _days_text(days: tuple[int, ...]) -> str:
    return ",".join(map(str, days))


def _kind_name(kind: Named) -> str:
    return kind.label() or kind.zh or kind.en or kind.code


def fill_kinds(combo: QComboBox, kinds: list[Named], chosen: str, none_text: str) -> None:
    """Offer ``kinds`` (and "none" as ``""`` when ``none_text`` is given), choosing ``chosen``
    (none, or the first kind, when it is not offered); announces nothing."""
    combo.blockSignals(True)
    combo.clear()
    if none_text:
        combo.addItem(none_text, "")
    for kind in kinds:
        combo.addItem(_kind_name(kind), kind.code)
        combo.setItemData(combo.count() - 1, kind.code, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(chosen)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


class CategoryForm(QWidget):
    """Every field of one category; :attr:`edited` when the person changes one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds: list[Named] = []
        self.code = QLineEdit(self)
        self.code.setValidator(code_validator(self.code))
        self.code.setToolTip(self.tr("Stored with every stay: lower-case letters, digits and _"))
        self.zh = QLineEdit(self)
        self.en = QLineEdit(self)
        for name in (self.zh, self.en):
            name.setMaxLength(MAX_NAME)
        self.managed = QCheckBox(self.tr("Held at a site"), self)
        self.managed.setToolTip(self.tr("Ticked: the category is taken in at a site; "
                                        "unticked: check-in refuses it"))
        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("last exposure"), Basis.LAST_EXPOSURE.value)
        self.basis.addItem(self.tr("arrival"), Basis.ARRIVAL.value)
        self.basis.setToolTip(self.tr("Day 0: the last exposure (the arrival when it is not "
                                      "known), or always the arrival"))
        self.days = self._days(1)
        self.test_kind = QComboBox(self)
        self.test_days = QLineEdit(self)
        self.test_days.setPlaceholderText("1,2,3,5,7")
        self.admission = QComboBox(self)
        self.admission.setToolTip(self.tr("Taken on the arrival day unless a scheduled test "
                                          "falls on it"))
        self.home_kind = QComboBox(self)
        for home in HomeKind:
            self.home_kind.addItem(home_kind_label(home), home.value)
        self.home_days = self._days(0)
        self.home_test_kind = QComboBox(self)
        self.home_tests = QLineEdit(self)
        self.home_tests.setPlaceholderText("1,3")
        self.home_tests.setToolTip(self.tr("Home day k is the day of leaving + k"))
        self.tests = self.test_days  # the name the tests of the Settings panel use

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        rows: list[list[tuple[str, QWidget] | None]] = [
            [(self.tr("Code"), self.code), ("", self.managed)],
            [(self.tr("Chinese name"), self.zh), (self.tr("English name"), self.en)],
            [(self.tr("Day 0"), self.basis), (self.tr("Days here"), self.days)],
            [(self.tr("Tests"), self.test_kind), (self.tr("Test days"), self.test_days)],
            [(self.tr("Admission test"), self.admission), None],
            [(self.tr("Then at home"), self.home_kind), (self.tr("Days at home"), self.home_days)],
            [(self.tr("Home tests"), self.home_test_kind),
             (self.tr("Home test days"), self.home_tests)],
        ]
        for row, pairs in enumerate(rows):
            for n, pair in enumerate(pairs):
                if pair is None:
                    continue
                text, widget = pair
                if text:
                    caption = QLabel(text, self)
                    caption.setBuddy(widget)
                    grid.addWidget(caption, row, 2 * n)
                    grid.addWidget(widget, row, 2 * n + 1)
                else:
                    grid.addWidget(widget, row, 2 * n, 1, 2)
        for column in (1, 3):
            grid.setColumnStretch(column, 1)

        for edit in (self.code, self.zh, self.en, self.test_days, self.home_tests):
            edit.textEdited.connect(self.edited)
        self.managed.toggled.connect(self.edited)
        for spin in (self.days, self.home_days):
            spin.valueChanged.connect(self.edited)
        for combo in (self.basis, self.admission, self.home_test_kind):
            combo.currentIndexChanged.connect(self.edited)
        self.test_kind.currentIndexChanged.connect(self._test_kind_chosen)
        self.home_kind.currentIndexChanged.connect(self.edited)
        for widget in (self.test_kind, self.home_kind, self.home_test_kind):
            widget.currentIndexChanged.connect(self.match)

    def _days(self, least: int) -> QSpinBox:
        """A number of days, typed or stepped with the arrow keys."""
        days = QSpinBox(self)
        days.setRange(least, policy_changes.MAX_DAYS)
        days.setMinimumWidth(72)
        return days

    def chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them: line by line, left to right."""
        return [self.code, self.managed, self.zh, self.en, self.basis, self.days,
                self.test_kind, self.test_days, self.admission, self.home_kind, self.home_days,
                self.home_test_kind, self.home_tests]

    def show_draft(self, draft: CategoryDraft, kinds: list[Named]) -> None:
        """Fill the fields from ``draft``, the combos with ``kinds`` (announcing nothing)."""
        widgets = self.chain()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.code.setText(draft.code)
            self.zh.setText(draft.zh)
            self.en.setText(draft.en)
            self.managed.setChecked(draft.managed)
            self.basis.setCurrentIndex(self.basis.findData(draft.basis.value))
            self.days.setValue(draft.days)
            fill_kinds(self.test_kind, kinds, draft.test_kind, self.tr("none"))
            self.test_days.setText(draft.test_days)
            self._fill_admission(kinds, draft.admission)
            self.home_kind.setCurrentIndex(self.home_kind.findData(draft.home_kind.value))
            self.home_days.setValue(draft.home_days)
            fill_kinds(self.home_test_kind, kinds, draft.home_test_kind, self.tr("none"))
            self.home_tests.setText(draft.home_test_days)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._kinds = kinds
        self.match()

    def _fill_admission(self, kinds: list[Named], chosen: str) -> None:
        """With a schedule the admission test is its kind or none (the file's rule); without
        one, any kind."""
        scheduled = str(self.test_kind.currentData() or "")
        offered = [k for k in kinds if k.code == scheduled] if scheduled else kinds
        fill_kinds(self.admission, offered, chosen, self.tr("none"))

    def _test_kind_chosen(self, _index: int) -> None:
        """A new schedule kind: an admission test follows it ("none" stays none); no
        schedule: the admission test stays as it was."""
        chosen = str(self.admission.currentData() or "")
        scheduled = str(self.test_kind.currentData() or "")
        self._fill_admission(self._kinds, scheduled if chosen and scheduled else chosen)
        self.edited.emit()

    def write(self, draft: CategoryDraft) -> CategoryDraft:
        """``draft`` with what the fields say."""
        return replace(
            draft, code=self.code.text().strip(), zh=" ".join(self.zh.text().split()),
            en=" ".join(self.en.text().split()), managed=self.managed.isChecked(),
            basis=Basis(self.basis.currentData()), days=self.days.value(),
            test_kind=str(self.test_kind.currentData() or ""), test_days=self.test_days.text(),
            admission=str(self.admission.currentData() or ""),
            home_kind=HomeKind(self.home_kind.currentData()), home_days=self.home_days.value(),
            home_test_kind=str(self.home_test_kind.currentData() or ""),
            home_test_days=self.home_tests.text())

    def match(self, _index: int = 0) -> None:
        """Grey out what means nothing: test days without a kind, the home fields when nothing
        follows at home."""
        self.test_days.setEnabled(bool(self.test_kind.currentData()))
        follows = HomeKind(self.home_kind.currentData()) is not HomeKind.NONE
        self.home_days.setEnabled(follows)
        self.home_test_kind.setEnabled(follows)
        self.home_tests.setEnabled(follows and bool(self.home_test_kind.currentData()))


class _List(RowsTable):
    """The categories, one line each (Delete and Insert as any list of the draft); Enter
    goes to its form."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.enter_pressed.emit()
        else:
            super().keyPressEvent(event)


class CategoriesEditor(QWidget):
    """The list of the draft's categories above the form of the selected one; a widget may
    stand beside the form (the worked example)."""

    changed = Signal()
    #: The code of the category now in the form.
    selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[CategoryDraft] = []
        self._kinds: list[Named] = []
        self._current = -1

        self.add_button = QPushButton(self.tr("Add a cate&gory"), self)
        self.add_button.setToolTip(self.tr("Add a category (Insert in the list)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected category (Delete in the "
                                              "list); Reset brings it back"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        top = heading_with_buttons(self.tr("Categories"), self, self.add_button,
                                   self.remove_button)

        self.list = _List(8, self.tr("No category: add at least one."), self)
        self.list.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Code"), self.tr("Held"), self.tr("Day 0"),
            self.tr("Days"), self.tr("Tests"), self.tr("Admission"), self.tr("At home")])
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTabKeyNavigation(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(_ROW_HEIGHT)
        header = self.list.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.delete_pressed.connect(self.remove_selected)
        self.list.insert_pressed.connect(self.add)
        self.list.enter_pressed.connect(lambda: self.form.zh.setFocus())
        self.list.doubleClicked.connect(lambda _index: self.form.zh.setFocus())

        self.form = CategoryForm(self)
        self.form.edited.connect(self._form_edited)
        self.left = QVBoxLayout()
        self.left.setSpacing(10)
        self.left.addWidget(self.form)
        self.below = QHBoxLayout()
        self.below.setSpacing(theme.MARGIN)
        self.below.addLayout(self.left, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addLayout(self.below)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.list)
        QWidget.setTabOrder(self.list, self.form.code)
        for before, after in zip(self.form.chain(), self.form.chain()[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._match()

    def set_aside(self, widget: QWidget) -> None:
        """Put ``widget`` beside the form."""
        self.below.addWidget(widget, 2)

    def add_below_form(self, widget: QWidget) -> None:
        """Put ``widget`` under the form (the space beside the example)."""
        self.left.addWidget(widget)

    # -- contents -----------------------------------------------------------------------------

    def load(self, policy: Policy) -> None:
        """Show ``policy``'s categories, keeping the one on screen when it has it."""
        on_screen = self.current_code()
        self._kinds = list(policy.test_kinds)
        self._drafts = [CategoryDraft.of(policy, code) for code in policy.rules]
        codes = [d.code for d in self._drafts]
        self._fill(codes.index(on_screen) if on_screen in codes else 0)

    def drafts(self) -> list[CategoryDraft]:
        self._take_form()
        return list(self._drafts)

    def current_code(self) -> str:
        return self._drafts[self._current].code if 0 <= self._current < len(self._drafts) else ""

    def select(self, code: str) -> CategoryForm:
        """Bring category ``code`` into the form and return the form (KeyError when the draft
        has no such category)."""
        self._take_form()
        codes = [d.code for d in self._drafts]
        if code not in codes:
            raise KeyError(code)
        self.list.selectRow(codes.index(code))
        return self.form

    def set_kinds(self, kinds: list[Named]) -> None:
        """The draft's test kinds changed: offer them, keep each category's choice."""
        self._take_form()
        self._kinds = list(kinds)
        self._show_current(announce=False)
        self._refresh_rows()

    def rename_kind(self, old: str, new: str) -> None:
        """A test kind's code changed: the categories that named it follow."""
        self._take_form()
        self._kinds = [replace(k, code=new) if k.code == old else k for k in self._kinds]
        for n, d in enumerate(self._drafts):
            self._drafts[n] = replace(
                d, test_kind=new if d.test_kind == old else d.test_kind,
                admission=new if d.admission == old else d.admission,
                home_test_kind=new if d.home_test_kind == old else d.home_test_kind)
        self._show_current(announce=False)

    def drop_kinds(self, codes: list[str]) -> list[str]:
        """Test kinds were removed: the categories that named them now name none. Returns the
        names of the categories that changed."""
        self._take_form()
        self._kinds = [k for k in self._kinds if k.code not in codes]
        changed = []
        for n, d in enumerate(self._drafts):
            kept = replace(
                d, test_kind="" if d.test_kind in codes else d.test_kind,
                admission="" if d.admission in codes else d.admission,
                home_test_kind="" if d.home_test_kind in codes else d.home_test_kind)
            if kept != d:
                changed.append(d.name())
            self._drafts[n] = kept
        self._show_current(announce=False)
        self._refresh_rows()
        return changed

    # -- editing ------------------------------------------------------------------------------

    def add(self) -> None:
        """A new category after the others, its names ready for typing."""
        self._take_form()
        taken = {d.code for d in self._drafts}
        n = len(self._drafts) + 1
        while f"category_{n}" in taken:
            n += 1
        first = self._kinds[0].code if self._kinds else ""
        self._drafts.append(CategoryDraft(code=f"category_{n}", test_kind=first,
                                          admission=first, home_test_kind=first))
        self._fill(len(self._drafts) - 1)
        self.form.zh.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected category at once; Reset or Start from brings it back."""
        if not 0 <= self._current < len(self._drafts):
            return
        self._take_form()
        row = self._current
        del self._drafts[row]
        self._fill(min(row, len(self._drafts) - 1))
        self.list.setFocus()
        self.changed.emit()

    def _form_edited(self) -> None:
        self._take_form()
        self._refresh_row(self._current)
        self.changed.emit()

    def _take_form(self) -> None:
        """Keep what the form says in the draft of the category on screen."""
        if 0 <= self._current < len(self._drafts):
            self._drafts[self._current] = self.form.write(self._drafts[self._current])

    # -- showing ------------------------------------------------------------------------------

    def _fill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.setRowCount(len(self._drafts))
        self._refresh_rows()
        self._current = current if self._drafts else -1
        if self._current >= 0:
            self.list.selectRow(self._current)
        self.list.blockSignals(False)
        self._show_current()
        shown = min(max(len(self._drafts), ROWS_LEAST), ROWS_SHOWN)
        self.list.setFixedHeight(self.list.horizontalHeader().sizeHint().height()
                                 + shown * _ROW_HEIGHT + 2 * self.list.frameWidth())
        self.list.viewport().update()

    def _selection_changed(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows or rows[0].row() == self._current:
            return
        self._take_form()
        self._current = rows[0].row()
        self._show_current()

    def _show_current(self, *, announce: bool = True) -> None:
        if 0 <= self._current < len(self._drafts):
            self.form.show_draft(self._drafts[self._current], self._kinds)
            if announce:
                self.selected.emit(self._drafts[self._current].code)
        self._match()

    def _match(self) -> None:
        has = bool(self._drafts)
        self.form.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _refresh_rows(self) -> None:
        for row in range(len(self._drafts)):
            self._refresh_row(row)

    def _refresh_row(self, row: int) -> None:
        if not 0 <= row < len(self._drafts):
            return
        d = self._drafts[row]
        cells = [d.name() or self.tr("(no name)"), d.code,
                 self.tr("yes") if d.managed else self.tr("no"),
                 self.tr("arrival") if d.basis is Basis.ARRIVAL else self.tr("last exposure"),
                 str(d.days), self._tests_text(d), self._kind(d.admission) or self.tr("none"),
                 self._home_text(d)]
        tip = f"{d.zh} / {d.en}" if d.zh or d.en else ""
        blocked = self.list.signalsBlocked()
        self.list.blockSignals(True)
        for column, text in enumerate(cells):
            item = self.list.item(row, column)
            if item is None:
                item = QTableWidgetItem()
                self.list.setItem(row, column, item)
            item.setText(text)
            item.setToolTip(tip if column == 0 else text)
            item.setForeground(theme.qcolor(theme.TEXT if d.managed else theme.MUTED_TEXT))
        self.list.blockSignals(blocked)

    def _kind(self, code: str) -> str:
        found = next((k for k in self._kinds if k.code == code), None)
        return _kind_name(found) if found is not None else code

    def _tests_text(self, d: CategoryDraft) -> str:
        days = " ".join(d.test_days.split())
        if not d.test_kind or not days:
            return self.tr("none")
        return self.tr("{kind} on day(s) {days}").format(kind=self._kind(d.test_kind), days=days)

    def _home_text(self, d: CategoryDraft) -> str:
        if d.home_kind is HomeKind.NONE:
            return home_kind_label(HomeKind.NONE)
        text = self.tr("{kind}, {n} day(s)").format(kind=home_kind_label(d.home_kind),
                                                   n=d.home_days)
        days = " ".join(d.home_test_days.split())
        if d.home_test_kind and days:
            text = self.tr("{home}; {kind} on day(s) {days}").format(
                home=text, kind=self._kind(d.home_test_kind), days=days)
        return text
