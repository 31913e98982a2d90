"""The Destination tab: where the guest goes on release, whether the community has confirmed
the home, who was told, and what follows at home. Checks are recorded in the Releases panel."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from quarantine_desk.services.destinations import DestinationRecord
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.form import EditForm


class DestinationTab(QScrollArea):
    """The destination check as recorded, read-only, with its state in words and colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        form = EditForm(False, parent=self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        form.add_widget(self.tr("State"), self.state)
        form.add_section(self.tr("Home"))
        self.address = form.add_info(self.tr("Address"))
        self.community = form.add_info(self.tr("Street and community"))
        self.grid = form.add_info(self.tr("Grid worker"))
        self.verified = form.add_info(self.tr("Verified"))
        self.note = form.add_info(self.tr("Note"))
        form.add_section(self.tr("Release"))
        self.notified = form.add_info(self.tr("Community told"))
        self.transfer = form.add_info(self.tr("Transfer"))
        self.home_period = form.add_info(self.tr("Then at home"))
        where = QLabel(self.tr("Destination checks and notices are recorded in the Releases "
                               "panel."), self)
        where.setWordWrap(True)
        theme.mark(where, "muted")
        form.add_widget("", where)
        self.setWidget(form)

    def title(self) -> str:
        return self.tr("Destination")

    def show_record(self, record: GuestRecord) -> None:
        check = record.destination
        self._show_state(check)
        dash = labels.dash()
        self.home_period.setText(self.tr("{start} to {end}").format(
            start=record.home_period[0].isoformat(), end=record.home_period[1].isoformat())
            if record.home_period else self.tr("nothing follows"))
        if check is None:
            for label in (self.address, self.community, self.grid, self.verified, self.note,
                          self.notified, self.transfer):
                label.setText(dash)
            return
        self.address.setText(check.address or dash)
        self.community.setText(" ".join(p for p in (check.street, check.community) if p)
                               or dash)
        self.grid.setText(" ".join(p for p in (check.grid_worker, check.grid_phone) if p)
                          or dash)
        self.verified.setText(self.tr("{who}, {when}").format(
            who=check.verified_by or dash, when=labels.moment_text(check.verified_at) or dash)
            if check.verified_by or check.verified_at else dash)
        self.note.setText(check.note or dash)
        self.notified.setText(self.tr("{who}, {when}").format(
            who=check.notified_by or dash, when=labels.moment_text(check.notified_at) or dash)
            if check.notified_by or check.notified_at else self.tr("not yet"))
        transfer = " · ".join(p for p in (check.transfer_plate, check.escort,
                                          check.escort_phone) if p)
        self.transfer.setText(transfer or dash)

    def _show_state(self, check: DestinationRecord | None) -> None:
        if check is None:
            text, color = self.tr("not recorded yet"), theme.WARNING
        elif check.handed_to_authority:
            text, color = self.tr("handed to another authority"), theme.SUCCESS
        elif check.suitable is True:
            text, color = self.tr("home confirmed suitable by the community"), theme.SUCCESS
        elif check.suitable is False:
            text, color = self.tr("home NOT suitable: the guest cannot be released there"), \
                theme.ERROR
        else:
            text, color = self.tr("recorded, waiting for the community's confirmation"), \
                theme.WARNING
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {color}; font-weight: bold;")
