"""The Identity tab: who the guest is and how to reach them, checked as it is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from quarantine_desk.domain.enums import IdType
from quarantine_desk.domain.identity import (
    birth_from_resident_id,
    sex_from_resident_id,
    validate_id_number,
)
from quarantine_desk.domain.parsing import normalise_phone, parse_date
from quarantine_desk.services import guest_editing
from quarantine_desk.services.guest_editing import RecordSection
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.form import EditForm, today


class IdentityTab(QScrollArea):
    """Name, document, sex, birth date, phone, address, work unit and notes; editable with
    the guest-edit permission, read-only otherwise."""

    section = RecordSection.GUEST

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.form = EditForm(editable, self.tr(
            "Read-only: identity details are kept by the liaison officers."), self)
        form = self.form
        self.name = form.add_line("full_name", self.tr("Name"), normalise=self._name)
        self.id_type = form.add_combo("id_type", self.tr("ID type"),
                                      [(kind.value, labels.id_type(kind.value))
                                       for kind in IdType])
        self.id_number = form.add_line("id_number", self.tr("ID number"),
                                       normalise=self._id_number, hint=self._id_hint)
        form.link("id_type", "id_number")
        self.sex = form.add_combo("sex", self.tr("Sex"), [(None, labels.dash()),
                                                         ("M", labels.sex("M")),
                                                         ("F", labels.sex("F"))])
        self.birth_date = form.add_line("birth_date", self.tr("Birth date"),
                                        normalise=self._birth_date,
                                        as_text=labels.day_text,
                                        placeholder="1980-04-07")
        self.phone = form.add_line("phone", self.tr("Phone"), normalise=self._phone,
                                   placeholder="13800138000")
        self.home_address = form.add_line("home_address", self.tr("Home address"))
        self.work_unit = form.add_line("work_unit", self.tr("Work unit"))
        self.notes = form.add_text("notes", self.tr("Notes"))
        self.incomplete = form.add_check("incomplete", self.tr("Record"),
                                         self.tr("details still to be completed"))
        self.setWidget(form)
        self._version = 0

    def title(self) -> str:
        return self.tr("Identity")

    def show_record(self, record: GuestRecord) -> None:
        guest = record.guest
        self._version = guest.version
        self.form.load({name: getattr(guest, name) for name in guest_editing.GUEST_FIELDS})

    @property
    def version(self) -> int:
        """The version of the record as loaded (what a save claims to change)."""
        return self._version

    # -- checks as you type -----------------------------------------------------------------

    def _name(self, text: str) -> str:
        name = " ".join(text.split())
        if not name:
            raise ValueError(self.tr("the name is missing"))
        if len(name) > guest_editing.MAX_NAME_LENGTH:
            raise ValueError(self.tr("the name is longer than {n} characters").format(
                n=guest_editing.MAX_NAME_LENGTH))
        return name

    def _id_number(self, text: str) -> str:
        kind = IdType(self.id_type.currentData() or IdType.OTHER.value)
        return validate_id_number(kind, text)  # InvalidIdNumber says why

    def _id_hint(self, number: str) -> str:
        if self.id_type.currentData() != IdType.RESIDENT_ID.value:
            return ""
        return self.tr("valid: born {date}, {sex}").format(
            date=birth_from_resident_id(number).isoformat(),
            sex=labels.sex(sex_from_resident_id(number).value))

    def _birth_date(self, text: str) -> Any:
        if not text:
            return None
        birth = parse_date(text)
        if not guest_editing.EARLIEST_BIRTH <= birth <= today():
            raise ValueError(self.tr("{date} is not a possible birth date: check the year")
                             .format(date=birth.isoformat()))
        return birth

    def _phone(self, text: str) -> str:
        return normalise_phone(text)
