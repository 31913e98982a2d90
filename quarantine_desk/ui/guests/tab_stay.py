"""The Stay tab: the period and its dates, where the guest came from, the rooms they had.

A new last-exposure date moves the basis date and the planned release; the tab shows the
dates it would give while it is typed, and the record shows the dates the service computed
once it is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.domain.parsing import parse_date
from quarantine_desk.domain.policy import CategoryRule, basis_date, planned_release
from quarantine_desk.services import guest_editing
from quarantine_desk.services.guest_editing import RecordSection
from quarantine_desk.services.guest_record import GuestRecord, RoomStint
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.form import EditForm, today
from quarantine_desk.ui.guests.list_view import list_view

_OPEN = {StayStatus.IN_QUARANTINE.value, StayStatus.EXPECTED.value}
_ROOM_ROWS_SHOWN = 6


class StayTab(QScrollArea):
    """The stay's dates (computed, read-only) and its details (editable with the guest-edit
    permission): batch, origin, community, last exposure and notes."""

    section = RecordSection.STAY

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.form = EditForm(editable, self.tr(
            "Read-only: stay details are kept by the liaison officers."), self)
        form = self.form
        form.add_section(self.tr("Period"))
        self.status = form.add_info(self.tr("Status"))
        self.category = form.add_info(self.tr("Category"))
        self.arrival = form.add_info(self.tr("Arrival"))
        self.day = form.add_info(self.tr("Day"))
        self.basis = form.add_info(self.tr("Basis date"))
        self.release = form.add_info(self.tr("Planned release"))
        self.home = form.add_info(self.tr("Then at home"))
        self.policy = form.add_info(self.tr("Policy"))
        self.left = form.add_info(self.tr("Left"))
        form.add_section(self.tr("Details"))
        self.exposure = form.add_line("exposure_date", self.tr("Last exposure"),
                                      normalise=self._exposure, as_text=labels.day_text,
                                      placeholder=self.tr("unknown: the period counts from "
                                                          "arrival"),
                                      hint=self._exposure_hint)
        self.batch = form.add_line("batch", self.tr("Transfer batch"), normalise=self._short)
        self.origin = form.add_line("origin", self.tr("Origin"), normalise=self._short)
        self.community = form.add_line("community", self.tr("Community"),
                                       normalise=self._short)
        self.notes = form.add_text("notes", self.tr("Notes"))
        form.add_section(self.tr("Rooms"))
        self.rooms_model: TableModel[RoomStint] = TableModel([
            Column(self.tr("Room"), lambda s: s.number),
            Column(self.tr("Floor"), lambda s: str(s.floor)),
            Column(self.tr("From"), lambda s: labels.moment_text(s.start_at)),
            Column(self.tr("Until"), lambda s: labels.moment_text(s.end_at) or self.tr("now")),
            Column(self.tr("Why"), lambda s: s.reason),
        ], parent=self)
        self.rooms = list_view(self.rooms_model, self, stretch=4)
        form.add_widget("", self.rooms)
        form.add_section(self.tr("Other stays at this site"))
        self.other_stays = QLabel(self)
        self.other_stays.setWordWrap(True)
        form.add_widget("", self.other_stays)
        self.setWidget(form)
        self._version = 0
        self._arrival: date | None = None
        self._rule: CategoryRule | None = None

    def title(self) -> str:
        return self.tr("Stay")

    def show_record(self, record: GuestRecord, rule: CategoryRule) -> None:
        stay = record.stay
        self._version = stay.version
        self._rule = rule
        arrived = stay.arrival_at or stay.expected_at
        self._arrival = arrived.date() if arrived else None
        self.status.setText(labels.status(stay.status))
        self.category.setText(record.category_name or labels.category(stay.category))
        self.arrival.setText(labels.moment_text(stay.arrival_at) if stay.arrival_at else
                             self.tr("expected {when}").format(
                                 when=labels.moment_text(stay.expected_at) or labels.dash()))
        self.day.setText(self.tr("day {n} of {m}").format(n=record.day, m=record.of)
                         if record.day is not None else labels.dash())
        self.basis.setText(self._basis_text(record))
        self.release.setText(labels.day_text(stay.planned_release))
        self.home.setText(self.tr("{start} to {end}").format(
            start=record.home_period[0].isoformat(), end=record.home_period[1].isoformat())
            if record.home_period else self.tr("nothing follows"))
        self.policy.setText(record.policy_name)
        self.left.setText(self.tr("{when}: {reason}").format(
            when=labels.moment_text(stay.exit_at), reason=stay.exit_reason or labels.dash())
            if stay.exit_at else labels.dash())
        self.form.load({name: getattr(stay, name) for name in guest_editing.STAY_FIELDS})
        ended = stay.status not in _OPEN
        self.form.lock(self.exposure, ended or not self.form.editable)
        self.exposure.setToolTip(self.tr("The stay has ended: its dates no longer change.")
                                 if ended else "")
        self.rooms_model.set_rows(record.rooms)
        rows = min(max(len(record.rooms), 1), _ROOM_ROWS_SHOWN)
        self.rooms.setFixedHeight(self.rooms.horizontalHeader().sizeHint().height()
                                  + rows * self.rooms.verticalHeader().defaultSectionSize() + 4)
        self.other_stays.setText("\n".join(
            self.tr("{start} – {end}: {category}, {status}").format(
                start=labels.day_text((s.arrival_at or s.expected_at).date()
                                      if (s.arrival_at or s.expected_at) else None),
                end=labels.day_text(s.exit_at.date() if s.exit_at else s.planned_release),
                category=labels.category(s.category), status=labels.status(s.status))
            for s in record.other_stays) or self.tr("none"))

    def _basis_text(self, record: GuestRecord) -> str:
        stay = record.stay
        if stay.exposure_date is not None:
            return self.tr("{date} (last exposure)").format(date=stay.basis_date.isoformat())
        return self.tr("{date} (arrival)").format(date=stay.basis_date.isoformat())

    @property
    def version(self) -> int:
        """The version of the record as loaded (what a save claims to change)."""
        return self._version

    # -- checks as you type -----------------------------------------------------------------

    def _short(self, text: str) -> str:
        if len(text) > guest_editing.MAX_NAME_LENGTH:
            raise ValueError(self.tr("longer than {n} characters").format(
                n=guest_editing.MAX_NAME_LENGTH))
        return text

    def _period(self, exposure: date | None) -> tuple[date, date] | None:
        if self._rule is None or self._arrival is None:
            return None
        basis = basis_date(exposure, self._arrival, self._rule)
        return basis, planned_release(basis, self._rule)

    def _exposure(self, text: str) -> date | None:
        if not text:
            return None
        exposure = parse_date(text)
        if exposure > today():
            raise ValueError(self.tr("{date} is in the future: check the date").format(
                date=exposure.isoformat()))
        period = self._period(exposure)
        if period is not None and self._arrival is not None and period[1] < self._arrival:
            raise ValueError(self.tr("the period would end on {release}, before the arrival on "
                                     "{arrival}: check the date").format(
                release=period[1].isoformat(), arrival=self._arrival.isoformat()))
        return exposure

    def _exposure_hint(self, exposure: date) -> str:
        period = self._period(exposure)
        if period is None:
            return ""
        return self.tr("after saving: day 0 is {basis}, planned release {release}").format(
            basis=period[0].isoformat(), release=period[1].isoformat())
