"""A doctor's or nurse's own "on duty" mark, in the status bar.

The overview lists the medical staff on duty with their phones, so the desk knows whom to call.
The manager marks anyone in Settings › Staff; a nurse starting or ending a shift ticks this box.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from quarantine_desk.services import staff
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext


class DutyToggle(QCheckBox):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("On duty"), parent)
        self.context = context
        self.setToolTip(self.tr("Tick at the start of your shift: the overview lists the "
                                "doctors and nurses on duty with their phone numbers."))
        self.reload()
        self.toggled.connect(self._save)

    def reload(self) -> None:
        """Show the mark as saved (the manager may have changed it)."""
        with self.context.read() as session:
            me = staff.staff_record(session, self.context.actor.username)
        self.blockSignals(True)
        self.setChecked(bool(me is not None and me.on_duty))
        self.blockSignals(False)

    def _save(self, on_duty: bool) -> None:
        username = self.context.actor.username
        try:
            with self.context.write() as session:
                staff.set_on_duty(session, self.context.actor, username, on_duty)
        except ServiceError as refusal:
            self.context.report(str(refusal), MessageLevel.ERROR)
            self.reload()
            return
        self.context.report(
            self.tr("You are on duty: the overview lists you with your phone.") if on_duty
            else self.tr("You are off duty."), MessageLevel.INFO)
