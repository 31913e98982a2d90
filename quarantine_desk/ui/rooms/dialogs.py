"""The small dialogs opened from a room tile: a walk-in's quick check-in, and picking one item
(an expected arrival, a free room) from a list that filters as you type.

Both hand what was entered to a ``save`` callable that runs the service; a refusal is shown in
the dialog, which stays open with what was typed so the person can correct it. The walk-in's
categories are those of the policy in force, as its file names and orders them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import IdType, Sex
from quarantine_desk.domain.identity import (
    InvalidIdNumber,
    birth_from_resident_id,
    infer_id_type,
    normalise_id_number,
    sex_from_resident_id,
    validate_id_number,
)
from quarantine_desk.services import policies
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.policies import CategoryChoice
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import error_label
from quarantine_desk.ui.rooms.labels import desk_now

_VALUE_ROLE = Qt.ItemDataRole.UserRole
_RESIDENT_ID_LENGTH = 18


@dataclass(frozen=True)
class WalkIn:
    """What the desk takes from a walk-in now; the rest of the record is completed later."""

    name: str
    id_number: str
    phone: str
    category: str  # a category code of the policy in force


def _buttons(dialog: QDialog, save_text: str) -> tuple[QPushButton, QHBoxLayout]:
    save = QPushButton(save_text, dialog)
    theme.mark(save, "primary")
    save.setDefault(True)
    cancel = QPushButton(dialog.tr("Cancel"), dialog)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(save)
    return save, row


def categories_offered(parent: QWidget | None) -> list[CategoryChoice]:
    """The categories a walk-in can be checked in under today: the managed ones of the policy
    in force, in its file's order, read through the panel's context (``parent.context``) and
    its clock (``parent.clock``) when the dialog has a panel for a parent."""
    context = getattr(parent, "context", None)
    if context is None:
        return []
    clock = getattr(parent, "clock", desk_now)
    with context.read() as session:
        offered = policies.categories_in_force(session, clock().date())
    return [choice for choice in offered if choice.managed]


class QuickCheckInDialog(QDialog):
    """Name, ID number (checked as it is typed), phone and category of a walk-in."""

    def __init__(self, room_number: str, save: Callable[[WalkIn], None],
                 parent: QWidget | None = None, *,
                 categories: Sequence[CategoryChoice] | None = None) -> None:
        """``categories``: what to offer (default :func:`categories_offered` of ``parent``)."""
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Quick check-in to room {room}").format(room=room_number))
        heading = QLabel(self.tr("Walk-in to room {room}").format(room=room_number), self)
        theme.mark(heading, "subtitle")
        explain = QLabel(self.tr("Only what is needed now. The rest of the record is completed "
                                 "later; until then the guest is flagged incomplete."), self)
        explain.setWordWrap(True)
        theme.mark(explain, "muted")

        self.name = QLineEdit(self)
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(self.tr("resident ID, passport or permit number"))
        self.id_hint = QLabel(self)
        self.id_hint.setWordWrap(True)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("mobile, e.g. 13812345678"))
        self.category = QComboBox(self)
        for choice in categories_offered(parent) if categories is None else categories:
            self.category.addItem(choice.name, choice.code)
        form = QFormLayout()
        form.setSpacing(theme.SPACING)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&ID number"), self.id_number)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Category"), self.category)

        self.error = error_label(self)
        self.save_button, buttons = _buttons(self, self.tr("Check in"))
        self.save_button.clicked.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.id_number.textChanged.connect(self._check_id)
        self._check_id("")
        theme.fit_to_width(self, 460)

    def _check_id(self, text: str) -> None:
        """Say at once whether the number can be right (GB 11643 check digit for a resident ID)."""
        number = normalise_id_number(text)
        kind, message = "muted", self.tr("The check digit of a resident ID is verified as you "
                                         "type.")
        if number:
            typing_resident = number[:17].isdigit() or (number.isdigit() and len(number) < 17)
            if typing_resident and len(number) < _RESIDENT_ID_LENGTH:
                message = self.tr("{n} of 18 characters").format(n=len(number))
            else:
                kind, message = self._verdict(number)
        self.id_hint.setText(message)
        theme.mark(self.id_hint, kind)

    def _verdict(self, number: str) -> tuple[str, str]:
        id_type = infer_id_type(number)
        if number[:17].isdigit() and len(number) >= _RESIDENT_ID_LENGTH:
            id_type = IdType.RESIDENT_ID
        try:
            number = validate_id_number(id_type, number)
        except InvalidIdNumber as error:
            return "error", str(error)
        if id_type is IdType.RESIDENT_ID:
            sex = self.tr("male") if sex_from_resident_id(number) is Sex.MALE else self.tr("female")
            return "success", self.tr("Valid resident ID: {sex}, born {date}").format(
                sex=sex, date=birth_from_resident_id(number).isoformat())
        names = {IdType.PASSPORT: self.tr("passport"),
                 IdType.HK_MACAU_PERMIT: self.tr("Hong Kong/Macau permit"),
                 IdType.OTHER: self.tr("other document")}
        return "success", self.tr("Taken as a {kind} number").format(kind=names[id_type])

    def walk_in(self) -> WalkIn:
        return WalkIn(self.name.text().strip(), self.id_number.text().strip(),
                      self.phone.text().strip(), self.category.currentData())

    def submit(self) -> None:
        """Save through the service; stay open with the reason if it refuses."""
        try:
            self._save(self.walk_in())
        except ServiceError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class _Filter(QSortFilterProxyModel):
    """Case-insensitive match on every word typed, in any order."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        text = str(self.sourceModel().index(row, 0, parent).data()).casefold()
        return all(word in text for word in self._words)


class PickDialog(QDialog):
    """Pick one entry of a list (type to narrow it, arrows to move, Enter to take it)."""

    def __init__(self, title: str, prompt: str, choices: Sequence[tuple[str, Any]],
                 save: Callable[[Any, str], None], *, note_label: str = "",
                 save_text: str = "", empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        """``choices``: (text shown, value given to ``save``); ``note_label``: ask for a note
        (a reason) too, passed to ``save`` as its second argument."""
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        heading = QLabel(prompt, self)
        heading.setWordWrap(True)
        theme.mark(heading, "subtitle")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        model = QStandardItemModel(self)
        for text, value in choices:
            item = QStandardItem(text)
            item.setToolTip(text)
            item.setData(value, _VALUE_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        self._proxy = _Filter(self)
        self._proxy.setSourceModel(model)
        self.list = QListView(self)
        self.list.setModel(self._proxy)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.doubleClicked.connect(self.submit)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        theme.mark(self.empty, "muted")
        self.empty.setVisible(not choices)
        self.note = QLineEdit(self)
        note_caption = QLabel(note_label, self)
        note_caption.setBuddy(self.note)
        for widget in (self.note, note_caption):
            widget.setVisible(bool(note_label))
        self.error = error_label(self)
        self.save_button, buttons = _buttons(self, save_text or self.tr("OK"))
        self.save_button.clicked.connect(self.submit)
        self.save_button.setEnabled(bool(choices))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        for widget in (heading, self.filter, self.list, self.empty, note_caption, self.note,
                       self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.filter.textChanged.connect(self._narrow)
        self.filter.installEventFilter(self)
        self._select_first()
        self.resize(620, 460)

    def _narrow(self, text: str) -> None:
        self._proxy.set_words(text)
        self._select_first()

    def _select_first(self) -> None:
        if self._proxy.rowCount():
            self.list.setCurrentIndex(self._proxy.index(0, 0))
        self.save_button.setEnabled(self._proxy.rowCount() > 0)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        """Up and Down in the filter field move through the list without leaving the field."""
        if watched is self.filter and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self._proxy.rowCount():
                self.list.setCurrentIndex(self._proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)

    def choose(self, text: str) -> bool:
        """Make the entry shown as ``text`` current (True if found)."""
        matches = self._proxy.match(self._proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, text,
                                    1, Qt.MatchFlag.MatchExactly)
        if matches:
            self.list.setCurrentIndex(matches[0])
        return bool(matches)

    def chosen(self) -> Any:
        index = self.list.currentIndex()
        return index.data(_VALUE_ROLE) if index.isValid() else None

    def submit(self) -> None:
        value = self.chosen()
        if value is None:
            return
        try:
            self._save(value, self.note.text().strip())
        except ServiceError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()
