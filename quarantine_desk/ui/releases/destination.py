"""Dialogs of the destination check (居家条件核实) and of telling the community the release time.

The dialog does not write: it hands what was typed to ``save``, which calls the service and
returns the refusal's message (or None). A refusal is shown in the dialog, which stays open with
everything typed, so the person corrects one field instead of starting again; Esc or Cancel
after typing asks before dropping it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services.destinations import DestinationRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons, error_label

DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


@dataclass(frozen=True)
class DestinationValues:
    """What the destination dialog collected, in the service's terms."""

    address: str
    community: str
    street: str
    grid_worker: str
    grid_phone: str
    verified_by: str
    verified_at: datetime
    suitable: bool | None
    handed_to_authority: bool
    transfer_plate: str
    escort: str
    escort_phone: str
    note: str


@dataclass(frozen=True)
class DestinationDefaults:
    """What a new check starts from: the address and community known from the arrival list,
    and the signed-in person as the one who verified."""

    address: str
    community: str
    street: str
    verified_by: str


def _to_datetime(value: QDateTime) -> datetime:
    return value.toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]


class _SavingDialog(QDialog):
    """A dialog whose Save button runs ``save`` and closes only when it was accepted. Esc,
    Cancel or closing it with something typed first asks whether to drop it."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.error = error_label(self)
        self.buttons, self.save_button, _ = dialog_buttons(self, self.tr("Save"), self.attempt)
        self._as_opened: object = None  # the fields as filled in when opened

    def _remember_fields(self) -> None:
        """Note the fields as opened (what counts as typed is any difference)."""
        self._as_opened = self._fields()

    def _fields(self) -> object:
        raise NotImplementedError

    def has_typed(self) -> bool:
        return self._fields() != self._as_opened

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: drop what was typed only when asked to."""
        if self.has_typed() and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        """Whether to drop what was typed (tests replace it)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Discard what you typed?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def attempt(self) -> None:
        """Hand the fields to the service; stay open with its message when it refuses."""
        refusal = self._save()
        if refusal:
            self.error.setText(refusal)
            self.error.show()
            return
        self.accept()

    def _save(self) -> str | None:
        raise NotImplementedError

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        theme.mark(label, "section")
        return label

    def _arrange(self, heading: str, intro: str, form: QFormLayout) -> None:
        """Heading, explanation, the form, the refusal line and the buttons, top to bottom."""
        title = QLabel(heading, self)
        theme.mark(title, "subtitle")
        title.setWordWrap(True)
        explanation = QLabel(intro, self)
        explanation.setWordWrap(True)
        theme.mark(explanation, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)


class DestinationDialog(_SavingDialog):
    """Record or change where one person goes on release and what the community said."""

    def __init__(self, who: str, existing: DestinationRecord | None,
                 defaults: DestinationDefaults, now: datetime,
                 save: Callable[[DestinationValues], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save_values = save
        self.setWindowTitle(self.tr("Destination check — {who}").format(who=who))

        self.address = QLineEdit(self)
        self.street = QLineEdit(self)
        self.community = QLineEdit(self)
        self.grid_worker = QLineEdit(self)
        self.grid_phone = QLineEdit(self)
        self.verified_by = QLineEdit(self)
        self.verified_by.setPlaceholderText(self.tr("the community worker who confirmed"))
        self.verified_at = QDateTimeEdit(self)
        self.verified_at.setCalendarPopup(True)
        self.verified_at.setDisplayFormat(DATETIME_FORMAT)
        self.verified_at.setMaximumDateTime(QDateTime(now))
        self.suitable = QRadioButton(self.tr("&Suitable"), self)
        self.unsuitable = QRadioButton(self.tr("&Unsuitable"), self)
        self.unanswered = QRadioButton(self.tr("Not answered &yet"), self)
        self.answer = QButtonGroup(self)
        for button in (self.suitable, self.unsuitable, self.unanswered):
            self.answer.addButton(button)
        self.handed = QCheckBox(self.tr("&Handed to another authority (hospital, another "
                                        "site) instead of going home"), self)
        self.handed.toggled.connect(self._on_handed)
        self.plate = QLineEdit(self)
        self.plate.setPlaceholderText(self.tr("point-to-point vehicle, e.g. 苏F·12345"))
        self.escort = QLineEdit(self)
        self.escort_phone = QLineEdit(self)
        self.note = QLineEdit(self)

        answers = QHBoxLayout()
        answers.setSpacing(18)
        for button in (self.suitable, self.unsuitable, self.unanswered):
            answers.addWidget(button)
        answers.addStretch(1)
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self._section(self.tr("Where the person goes")))
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("S&treet"), self.street)
        self._community_label = QLabel(self.tr("&Community"), self)
        self._community_label.setBuddy(self.community)
        form.addRow(self._community_label, self.community)
        form.addRow(self.tr("&Grid worker"), self.grid_worker)
        form.addRow(self.tr("Grid worker's &phone"), self.grid_phone)
        form.addRow("", self.handed)
        form.addRow(self._section(self.tr("The community's answer")))
        form.addRow(self.tr("Verified &by"), self.verified_by)
        form.addRow(self.tr("&When"), self.verified_at)
        form.addRow(self.tr("Answer"), answers)
        form.addRow(self._section(self.tr("Transfer")))
        form.addRow(self.tr("Vehicle p&late"), self.plate)
        form.addRow(self.tr("&Escort"), self.escort)
        form.addRow(self.tr("Escort's ph&one"), self.escort_phone)
        form.addRow(self.tr("&Note"), self.note)

        self._arrange(
            self.tr("Destination check of {who}").format(who=who),
            self.tr("The receiving street/community checks that the home meets the "
                    "home-isolation standard (one person, one self-contained unit)."),
            form)
        self._fill(existing, defaults, now)
        self._remember_fields()
        self.address.setFocus()
        theme.fit_to_width(self, 600)

    def _fill(self, existing: DestinationRecord | None, defaults: DestinationDefaults,
              now: datetime) -> None:
        if existing is None:
            self.address.setText(defaults.address)
            self.community.setText(defaults.community)
            self.street.setText(defaults.street)
            self.verified_by.setText(defaults.verified_by)
            self.verified_at.setDateTime(QDateTime(now))
            self.unanswered.setChecked(True)  # nobody confirms a home by default
            return
        self.address.setText(existing.address)
        self.street.setText(existing.street)
        self.community.setText(existing.community)
        self.grid_worker.setText(existing.grid_worker)
        self.grid_phone.setText(existing.grid_phone)
        self.verified_by.setText(existing.verified_by or defaults.verified_by)
        self.verified_at.setDateTime(QDateTime(existing.verified_at or now))
        {True: self.suitable, False: self.unsuitable, None: self.unanswered}[
            existing.suitable].setChecked(True)
        self.handed.setChecked(existing.handed_to_authority)
        self.plate.setText(existing.transfer_plate)
        self.escort.setText(existing.escort)
        self.escort_phone.setText(existing.escort_phone)
        self.note.setText(existing.note)

    def _on_handed(self, handed: bool) -> None:
        self._community_label.setText(self.tr("&Receiving authority") if handed
                                      else self.tr("&Community"))

    def values(self) -> DestinationValues:
        """The fields as typed (the service trims and checks them)."""
        checked = self.answer.checkedButton()
        suitable = {self.suitable: True, self.unsuitable: False}.get(checked)  # type: ignore[call-overload]
        return DestinationValues(
            address=self.address.text(), community=self.community.text(),
            street=self.street.text(), grid_worker=self.grid_worker.text(),
            grid_phone=self.grid_phone.text(), verified_by=self.verified_by.text(),
            verified_at=_to_datetime(self.verified_at.dateTime()), suitable=suitable,
            handed_to_authority=self.handed.isChecked(), transfer_plate=self.plate.text(),
            escort=self.escort.text(), escort_phone=self.escort_phone.text(),
            note=self.note.text(),
        )

    def _save(self) -> str | None:
        return self._save_values(self.values())

    def _fields(self) -> object:
        return self.values()


class NotificationDialog(_SavingDialog):
    """Record who at the receiving street/community was told the release date and time."""

    def __init__(self, who: str, release_on: str, told_name: str, now: datetime,
                 save: Callable[[str, datetime], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save_values = save
        self.setWindowTitle(self.tr("Community told — {who}").format(who=who))
        self.told = QLineEdit(told_name, self)
        self.told.setPlaceholderText(self.tr("name (and post) of the person told"))
        self.told_at = QDateTimeEdit(QDateTime(now), self)
        self.told_at.setCalendarPopup(True)
        self.told_at.setDisplayFormat(DATETIME_FORMAT)
        self.told_at.setMaximumDateTime(QDateTime(now))
        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("&Who was told"), self.told)
        form.addRow(self.tr("&When"), self.told_at)
        self._arrange(
            self.tr("The community was told when {who} is released").format(who=who),
            self.tr("Record who at the receiving street/community was told the "
                    "release date ({date}) and time, and when.").format(date=release_on),
            form)
        self._remember_fields()
        self.told.setFocus()
        self.told.selectAll()
        theme.fit_to_width(self, 480)

    def _save(self) -> str | None:
        return self._save_values(self.told.text(), _to_datetime(self.told_at.dateTime()))

    def _fields(self) -> object:
        return self.told.text(), _to_datetime(self.told_at.dateTime())
