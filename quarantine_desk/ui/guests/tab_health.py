"""The Health tab: conditions, medication, pregnancy, vaccination, how the guest is coping,
and why they are a key person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.parsing import split_list
from quarantine_desk.services import guest_editing
from quarantine_desk.services.guest_editing import RecordSection
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.guests.form import EditForm


def conditions_text(stored: Any) -> str:
    """Stored ``高血压;糖尿病`` as people list it: ``高血压、糖尿病``."""
    return "、".join(part for part in str(stored or "").split(";") if part)


def _conditions(text: str) -> str:
    """Typed conditions (separated by 、 ; , in either width) as stored: ``a;b``, no repeats."""
    return ";".join(dict.fromkeys(split_list(text)))


class HealthTab(QScrollArea):
    """The health record; editable by medical staff and the manager, read-only otherwise."""

    section = RecordSection.HEALTH

    #: The stay whose follow-up calls (key persons' list, Alerts panel) the person asked for.
    follow_up_requested = Signal(int)

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.form = EditForm(editable, self.tr(
            "Read-only: the health record is kept by the medical staff."), self)
        form = self.form
        self.key_person = QLabel(self)
        self.key_person.setWordWrap(True)
        self.follow_up = QPushButton(self.tr("&Follow-up calls…"), self)
        self.follow_up.setToolTip(self.tr("The key persons' list with this guest's calls, "
                                          "to read them or log a new one"))
        self.follow_up.clicked.connect(lambda: self.follow_up_requested.emit(self._stay_id))
        key_row = QWidget(self)
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_person, 1)
        key_layout.addWidget(self.follow_up)
        form.add_widget(self.tr("Key person"), key_row)
        self.conditions = form.add_line("conditions", self.tr("Conditions"),
                                        normalise=_conditions, as_text=conditions_text,
                                        placeholder=self.tr("e.g. 高血压、糖尿病"))
        self.medication = form.add_line("medication", self.tr("Medication"))
        self.allergies = form.add_line("allergies", self.tr("Allergies"))
        self.pregnant = form.add_check("pregnant", self.tr("Pregnancy"), self.tr("pregnant"))
        self.vaccination = form.add_count("vaccination_doses", self.tr("Vaccination doses"),
                                          guest_editing.MAX_VACCINATION_DOSES, self.tr("not known"))
        self.psychological = form.add_text("psychological", self.tr("Psychological state"), 2,
                                           self.tr("worries, sleep, mood"))
        self.needs = form.add_text("needs", self.tr("Needs"), 2,
                                   self.tr("requests: food, medicine, calls home"))
        self.notes = form.add_text("notes", self.tr("Notes"), 2)
        self.setWidget(form)
        self._stay_id = 0
        self._version = 0

    def title(self) -> str:
        return self.tr("Health")

    def show_record(self, record: GuestRecord) -> None:
        self._stay_id = record.stay.id or 0
        health = record.health
        self._version = health.version if health is not None else 0  # 0: not made yet
        if health is not None:
            self.form.load({name: getattr(health, name) for name in guest_editing.HEALTH_FIELDS})
        else:  # what a new record starts with
            self.form.load({name: "" for name in guest_editing.HEALTH_FIELDS}
                           | {"pregnant": False, "vaccination_doses": None})
        if record.key_reasons:
            self.key_person.setText(" · ".join(record.key_reasons))
            self.key_person.setStyleSheet(f"color: {theme.KEY_PERSON}; font-weight: bold;")
        else:
            self.key_person.setText(self.tr("no"))
            self.key_person.setStyleSheet("")
        # Calls are logged for key persons still in quarantine (the list they are on).
        self.follow_up.setVisible(bool(record.key_reasons)
                                  and record.stay.status == StayStatus.IN_QUARANTINE.value)

    @property
    def version(self) -> int:
        """The version of the record as loaded (what a save claims to change)."""
        return self._version

