"""Settings › Audit trail: who did what to which record, when — filtered by days, person and
guest, and exported as a spreadsheet (written owner-only, no cell a formula).

The trail is read through ``services.audit.trail`` as plain records; the newest
:data:`SHOWN` matching events are listed, and the export holds every one that matches.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.documents.audit_trail import write_audit_xlsx
from quarantine_desk.services import audit
from quarantine_desk.services.audit import AuditRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.busy import wait_cursor
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.settings.common import (
    Row,
    card,
    from_qdate,
    label,
    now,
    row_columns,
    table_view,
    to_qdate,
    today,
)

#: Events listed at most; the export holds all that match.
SHOWN = 1000
#: Days the trail shows when the tab first opens (today included).
FIRST_DAYS = 7
#: Quiet time after typing in the guest box before the list is read again.
TYPING_PAUSE_MS = 300
_DETAIL_CHARS = 160


def _change(record: AuditRecord) -> str:
    """The record's values after the change (before, for a removal), on one line."""
    text = record.after or record.before or ""
    try:
        values = json.loads(text) if text else None
    except ValueError:
        return text[:_DETAIL_CHARS]
    if isinstance(values, dict):
        text = ", ".join(f"{key}={value}" for key, value in values.items())
    return text if len(text) <= _DETAIL_CHARS else text[:_DETAIL_CHARS - 1] + "…"


class AuditTab(QWidget):
    """The audit browser for the manager."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        box, layout = card(self, self.tr("Audit trail"))
        layout.addWidget(label(self.tr(
            "Every change anyone made, with who made it and when. The trail cannot be edited "
            "or deleted."), box, "muted"))
        self.since = QDateEdit(box)
        self.until = QDateEdit(box)
        self.since.setDate(to_qdate(today() - timedelta(days=FIRST_DAYS - 1)))
        self.until.setDate(to_qdate(today()))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _day: self.refresh())
        self.person = QComboBox(box)
        self.person.setMinimumContentsLength(12)
        self.person.currentIndexChanged.connect(lambda _index: self.refresh())
        self.guest = QLineEdit(box)
        self.guest.setPlaceholderText(self.tr("Guest name or ID number"))
        self.guest.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self.guest.textChanged.connect(lambda _text: self._typing.start())
        self.export_button = QPushButton(self.tr("&Export .xlsx…"), box)
        self.export_button.clicked.connect(self.ask_export)
        filters = QHBoxLayout()
        for caption, widget in ((self.tr("From"), self.since), (self.tr("to"), self.until),
                                (self.tr("Person"), self.person), (self.tr("Guest"), self.guest)):
            filters.addWidget(QLabel(caption, box))
            filters.addWidget(widget, 1 if widget is self.guest else 0)
        filters.addSpacing(theme.MARGIN)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.model = TableModel(row_columns([
            self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Record"),
            self.tr("Guest"), self.tr("Change")]), box)
        self.view = table_view(self.model, box)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.view, 1)
        self.summary = label("", box, "muted")
        layout.addWidget(self.summary)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        outer.addWidget(box)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Events of every kind land in the trail, not only those the panel hears: read it
        again whenever the tab comes on screen."""
        super().showEvent(event)
        self.refresh()

    # -- the filter ---------------------------------------------------------------------------

    def filter(self) -> dict[str, object]:
        """The filter as ``audit.trail`` takes it."""
        return {"since": from_qdate(self.since.date()), "until": from_qdate(self.until.date()),
                "actor": self.person.currentData() or None,
                "guest": self.guest.text().strip() or None}

    def set_filter(self, since: date, until: date, person: str = "", guest: str = "") -> None:
        """Show the events of ``person`` ("" for everyone) about ``guest`` from ``since`` to
        ``until`` (for tests and for a link from elsewhere)."""
        for edit in (self.since, self.until, self.person, self.guest):
            edit.blockSignals(True)
        try:
            self.since.setDate(to_qdate(since))
            self.until.setDate(to_qdate(until))
            self._fill_people(person)
            self.guest.setText(guest)
        finally:
            for edit in (self.since, self.until, self.person, self.guest):
                edit.blockSignals(False)
        self.refresh()

    def _fill_people(self, keep: str) -> None:
        with self._host.context.read() as session:
            people = audit.actors(session)
        self.person.blockSignals(True)
        try:
            self.person.clear()
            self.person.addItem(self.tr("Everyone"), "")
            for name in people:
                self.person.addItem(name, name)
            index = self.person.findData(keep) if keep else 0
            self.person.setCurrentIndex(max(index, 0))
        finally:
            self.person.blockSignals(False)

    def refresh(self) -> None:
        self._typing.stop()
        self._fill_people(self.person.currentData() or "")
        with self._host.context.read() as session:
            found = audit.trail(session, limit=SHOWN + 1, **self.filter())  # type: ignore[arg-type]
        shown = found[:SHOWN]
        self.model.set_rows([Row(
            cells=[record.at.strftime("%Y-%m-%d %H:%M:%S"), record.actor, record.action,
                   record.entity + (f" {record.entity_id}" if record.entity_id is not None
                                    else ""),
                   record.guest_name, _change(record)],
            payload=record, tips={5: record.after or record.before or ""}) for record in shown])
        self.view.resizeColumnsToContents()
        if len(found) > SHOWN:
            self.summary.setText(self.tr(
                "The newest {n} matching events are shown; narrow the filter, or export them "
                "all.").format(n=SHOWN))
        else:
            self.summary.setText(self.tr("{n} event(s).").format(n=len(shown)))
        self.export_button.setEnabled(bool(shown))

    # -- export -------------------------------------------------------------------------------

    def ask_export(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"),
            str(Path.home() / f"audit-{now():%Y%m%d-%H%M}.xlsx"),
            self.tr("Spreadsheets (*.xlsx)"))
        if chosen:
            self.export(Path(chosen))

    def export(self, path: Path) -> Path | None:
        """Write every event that matches the filter to ``path`` (replacing a file the person
        chose to replace in the file dialog)."""
        wanted = self.filter()
        try:
            with wait_cursor():
                with self._host.context.read() as session:
                    records = audit.trail(session, **wanted)  # type: ignore[arg-type]
                written = write_audit_xlsx(
                    path, records, since=wanted["since"], until=wanted["until"],  # type: ignore[arg-type]
                    person=str(wanted["actor"] or ""), guest=str(wanted["guest"] or ""))
        except OSError as error:
            self._host.context.report(
                self.tr("The file could not be written: {error}").format(
                    error=error.strerror or error), MessageLevel.ERROR)
            return None
        self._host.context.report(self.tr("{n} audit events written to {path}.").format(
            n=len(records), path=written), MessageLevel.INFO)
        return written
