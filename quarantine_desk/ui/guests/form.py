"""An edit form that checks what is typed as it is typed and knows what really changed.

Each field converts what its editor shows into the value the service stores (``normalise``,
which raises ``ValueError`` with the reason when the text cannot be right: a bad check digit,
an impossible date). The form compares those values with the ones it loaded, so retyping a
phone number with dashes is no change, and tells the record whether it is valid and changed:
the Save button follows that. Forms a role may not edit show the same fields read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme

#: Spin box value that stands for "not known".
UNKNOWN = -1


def today() -> date:
    """The Guests panel's clock: the desk's date, for checks like "not in the future"."""
    return datetime.now().date()


def _same(value: Any) -> Any:
    return value


@dataclass
class _Field:
    """An editor with the conversions between what it shows and what is stored."""

    name: str
    editor: QWidget
    raw: Callable[[], Any]  # what the editor shows now
    show: Callable[[Any], None]  # put a stored value in the editor
    as_raw: Callable[[Any], Any]  # a stored value as the editor would show it
    normalise: Callable[[Any], Any]  # shown -> stored; ValueError(reason) when impossible
    message: QLabel  # the reason a value is refused, or a hint when it is right
    hint: Callable[[Any], str] | None = None


class EditForm(QWidget):
    """Labelled fields in a column, each with its reason line beneath; ``edited`` fires on
    every keystroke so the record can enable or disable Save at once."""

    edited = Signal()

    def __init__(self, editable: bool, read_only_note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._fields: dict[str, _Field] = {}
        self._loaded: dict[str, Any] = {}
        self._links: dict[str, tuple[str, ...]] = {}
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, theme.MARGIN)
        self.note = QLabel(read_only_note, self)
        self.note.setWordWrap(True)
        theme.mark(self.note, "muted")
        self.note.setVisible(bool(read_only_note) and not editable)
        outer.addWidget(self.note)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        outer.addLayout(self.form)
        outer.addStretch(1)

    # -- building ---------------------------------------------------------------------------

    def add_section(self, title: str) -> QLabel:
        label = QLabel(title, self)
        theme.mark(label, "section")
        self.form.addRow(label)
        return label

    def add_info(self, label: str) -> QLabel:
        """A read-only value the services compute (day N of M, the policy)."""
        value = QLabel(self)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self._caption(label), value)
        return value

    def add_widget(self, label: str, widget: QWidget) -> None:
        self.form.addRow(self._caption(label) if label else None, widget)

    @staticmethod
    def lock(editor: QLineEdit | QPlainTextEdit | QSpinBox, locked: bool) -> None:
        """Make a text editor read-only, and look it: no white box inviting typing."""
        editor.setReadOnly(locked)
        editor.setStyleSheet(
            f"background: {theme.WINDOW}; color: {theme.TEXT};" if locked else "")

    def _caption(self, text: str) -> QLabel:
        caption = QLabel(text, self)
        theme.mark(caption, "muted")
        return caption

    def _add(self, field: _Field, label: str) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field.editor)
        field.message.setWordWrap(True)
        field.message.hide()
        column.addWidget(field.message)
        caption = self._caption(label)
        caption.setBuddy(field.editor)
        self.form.addRow(caption, box)
        self._fields[field.name] = field

    def add_line(self, name: str, label: str, *,
                 normalise: Callable[[str], Any] = str.strip,
                 as_text: Callable[[Any], str] = lambda v: "" if v is None else str(v),
                 placeholder: str = "", hint: Callable[[Any], str] | None = None) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setPlaceholderText(placeholder)
        self.lock(editor, not self.editable)
        editor.textChanged.connect(self._on_edit)
        editor.returnPressed.connect(lambda: editor.focusNextChild())
        self._add(_Field(name, editor, lambda: editor.text().strip(),
                         lambda value: editor.setText(as_text(value)),
                         lambda value: as_text(value).strip(), normalise,
                         QLabel(self), hint), label)
        return editor

    def add_text(self, name: str, label: str, lines: int = 3,
                 placeholder: str = "") -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        self.lock(editor, not self.editable)
        height = editor.fontMetrics().lineSpacing() * lines + 16
        editor.setFixedHeight(height)
        editor.textChanged.connect(self._on_edit)
        self._add(_Field(name, editor, lambda: editor.toPlainText().strip(),
                         lambda value: editor.setPlainText(value or ""),
                         lambda value: (value or "").strip(), str.strip, QLabel(self)), label)
        return editor

    def add_combo(self, name: str, label: str, choices: list[tuple[Any, str]]) -> QComboBox:
        """A choice among stored codes; ``choices`` pairs each code with its words."""
        editor = QComboBox(self)
        for code, text in choices:
            editor.addItem(text, code)
        editor.setEnabled(self.editable)
        editor.currentIndexChanged.connect(self._on_edit)

        def show(value: Any) -> None:
            found = editor.findData(value)
            if found < 0:  # a code this form does not offer: show it as it is stored
                editor.addItem(str(value), value)
                found = editor.count() - 1
            editor.setCurrentIndex(found)

        self._add(_Field(name, editor, editor.currentData, show, _same, _same, QLabel(self)),
                  label)
        return editor

    def add_check(self, name: str, label: str, text: str) -> QCheckBox:
        editor = QCheckBox(text, self)
        editor.setEnabled(self.editable)
        editor.toggled.connect(self._on_edit)
        self._add(_Field(name, editor, editor.isChecked,
                         lambda value: editor.setChecked(bool(value)), bool, bool,
                         QLabel(self)), label)
        return editor

    def add_count(self, name: str, label: str, maximum: int, unknown: str) -> QSpinBox:
        """A small count that may be unknown (shown as ``unknown``, stored as None)."""
        editor = QSpinBox(self)
        editor.setRange(UNKNOWN, maximum)
        editor.setSpecialValueText(unknown)
        self.lock(editor, not self.editable)
        editor.setMaximumWidth(160)
        editor.valueChanged.connect(self._on_edit)

        def as_raw(value: Any) -> int:
            return UNKNOWN if value is None else int(value)

        self._add(_Field(name, editor, editor.value,
                         lambda value: editor.setValue(as_raw(value)), as_raw,
                         lambda shown: None if shown == UNKNOWN else int(shown),
                         QLabel(self)), label)
        return editor

    def link(self, name: str, *others: str) -> None:
        """When ``name`` changes, ``others`` are checked and sent too (an ID type and its
        number are valid only together)."""
        self._links[name] = others

    def editor(self, name: str) -> QWidget:
        return self._fields[name].editor

    def field_names(self) -> list[str]:
        return list(self._fields)

    # -- values -----------------------------------------------------------------------------

    def load(self, values: dict[str, Any]) -> None:
        """Show stored ``values`` as the starting point: nothing is changed after this."""
        self._loading = True
        try:
            self._loaded = dict(values)
            for name, field in self._fields.items():
                field.show(values.get(name))
                field.message.hide()
        finally:
            self._loading = False
        self.edited.emit()

    def loaded(self, name: str) -> Any:
        return self._loaded.get(name)

    def loaded_values(self) -> dict[str, Any]:
        return dict(self._loaded)

    def revert(self) -> None:
        """Throw away what was typed since the last load."""
        self.load(self._loaded)

    def reapply(self, changes: dict[str, Any]) -> None:
        """Put edits made before a reload back into the editors."""
        for name, value in changes.items():
            if name in self._fields:
                self._fields[name].show(value)

    def _touched(self) -> list[str]:
        """Fields whose editor differs from what was loaded, with their linked fields."""
        names = [name for name, field in self._fields.items()
                 if field.raw() != field.as_raw(self._loaded.get(name))]
        for name in list(names):
            names.extend(other for other in self._links.get(name, ()) if other not in names)
        return names

    def _checked(self) -> tuple[dict[str, Any], dict[str, str]]:
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for name in self._touched():
            try:
                values[name] = self._fields[name].normalise(self._fields[name].raw())
            except ValueError as error:
                errors[name] = str(error)
        return values, errors

    def errors(self) -> dict[str, str]:
        """Why fields that were changed cannot be saved, by field."""
        return self._checked()[1]

    def changes(self) -> dict[str, Any]:
        """The stored values of the fields really changed (valid ones only), for a service;
        a linked field goes with the field it belongs to."""
        values, _ = self._checked()
        changed = {name: value for name, value in values.items()
                   if value != self._loaded.get(name)}
        for name in list(changed):
            for other in self._links.get(name, ()):
                if other in values:
                    changed[other] = values[other]
        return changed

    def is_valid(self) -> bool:
        return not self.errors()

    def has_changes(self) -> bool:
        return bool(self.changes())

    def _on_edit(self, *_: Any) -> None:
        if self._loading:
            return
        values, errors = self._checked()
        for name, field in self._fields.items():
            if name in errors:
                field.message.setText(errors[name])
                theme.mark(field.message, "error")
                field.message.show()
            elif name in values and field.hint is not None and values[name] is not None:
                field.message.setText(field.hint(values[name]))
                theme.mark(field.message, "success")
                field.message.setVisible(bool(field.message.text()))
            else:
                field.message.hide()
        self.edited.emit()
