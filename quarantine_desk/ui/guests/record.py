"""The guest's record: a header with what needs attention, the tabs, and the save bar.

Identity and Stay are edited with the guest-edit permission, Health with the health
permission; the other tabs show. Save hands every changed tab, with the versions loaded, to
one service call in one transaction, so either all of it is saved or, when someone else saved
first, none of it and the conflict is shown side by side.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import AlertStatus, TestResult
from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services import guest_editing, guest_record
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.guest_editing import (
    RecordSection,
    SectionChangedElsewhere,
    SectionEdit,
)
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import PanelContext
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.conflict import ConflictDialog, conflict_rows
from quarantine_desk.ui.guests.form import EditForm
from quarantine_desk.ui.guests.tab_destination import DestinationTab
from quarantine_desk.ui.guests.tab_health import HealthTab
from quarantine_desk.ui.guests.tab_history import HistoryTab
from quarantine_desk.ui.guests.tab_identity import IdentityTab
from quarantine_desk.ui.guests.tab_stay import StayTab
from quarantine_desk.ui.guests.tab_temperatures import TemperaturesTab
from quarantine_desk.ui.guests.tab_tests import TestsTab


class EditableTab(Protocol):
    form: EditForm
    section: RecordSection  # the part of the record its edits are saved to

    @property
    def version(self) -> int: ...

    def title(self) -> str: ...


def _badge(text: str, background: str, foreground: str = "white") -> QLabel:
    badge = QLabel(text)
    badge.setStyleSheet(f"background: {background}; color: {foreground}; border-radius: 9px; "
                        "padding: 2px 9px; font-weight: bold;")
    return badge


class GuestRecordView(QWidget):
    """One stay's record; ``saved`` carries the stay id after a save went through."""

    saved = Signal(int)
    #: A stay whose follow-up calls were asked for (the window shows the key persons' list).
    follow_up_requested = Signal(int)

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: GuestRecord | None = None
        self._loaded_by_save = False  # the next change signal is our own save's
        self.conflict_dialog: ConflictDialog | None = None

        self.name = QLabel(self)
        theme.mark(self.name, "title")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        theme.mark(self.facts, "muted")
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        header = QFrame(self)
        theme.mark(header, "card")
        top = QVBoxLayout(header)
        top.setContentsMargins(14, 10, 14, 10)
        top.setSpacing(4)
        top.addWidget(self.name)
        top.addWidget(self.facts)
        top.addLayout(self.badges)

        can_edit_guest = context.can(Permission.GUEST_EDIT)
        self.identity = IdentityTab(can_edit_guest, self)
        self.stay = StayTab(can_edit_guest, self)
        self.health = HealthTab(context.can(Permission.HEALTH), self)
        self.health.follow_up_requested.connect(self.follow_up_requested)
        self.temperatures = TemperaturesTab(self)
        self.tests = TestsTab(self)
        self.destination = DestinationTab(self)
        self.history = HistoryTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        for tab in (self.identity, self.stay, self.health, self.temperatures, self.tests,
                    self.destination, self.history):
            self.tabs.addTab(tab, tab.title())
        self._editable: list[EditableTab] = [tab for tab in (self.identity, self.stay,
                                                             self.health) if tab.form.editable]
        for tab in self._editable:
            tab.form.edited.connect(self._update_save_bar)

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo changes"), self)
        self.undo_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changed tabs (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.save_button)
        self.save_bar = QWidget(self)
        self.save_bar.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.save_bar.setVisible(bool(self._editable))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_bar)
        self._update_save_bar()

    # -- state ------------------------------------------------------------------------------

    @property
    def stay_id(self) -> int | None:
        return self.record.stay.id if self.record is not None else None

    def dirty_tabs(self) -> list[EditableTab]:
        return [tab for tab in self._editable if tab.form.has_changes()]

    def is_dirty(self) -> bool:
        """Something typed and not saved (valid or not)."""
        return any(tab.form.has_changes() or tab.form.errors() for tab in self._editable)

    def can_save(self) -> bool:
        """Valid everywhere and changed somewhere."""
        return (self.record is not None and bool(self.dirty_tabs())
                and all(tab.form.is_valid() for tab in self._editable))

    def _update_save_bar(self) -> None:
        dirty = self.dirty_tabs()
        broken = [tab for tab in self._editable if not tab.form.is_valid()]
        for tab in self._editable:
            index = self.tabs.indexOf(tab)  # type: ignore[arg-type]
            marked = tab in dirty or tab in broken
            self.tabs.setTabText(index, tab.title() + (" *" if marked else ""))
        ready = self.can_save()
        self.save_button.setEnabled(ready)
        theme.mark(self.save_button, "primary" if ready else "")  # primary looks clickable
        self.undo_button.setEnabled(bool(dirty or broken))
        if broken:
            self.state.setText(self.tr("Correct the marked fields in {tabs} to save.").format(
                tabs=", ".join(tab.title() for tab in broken)))
            theme.mark(self.state, "error")
        elif dirty:
            self.state.setText(self.tr("Unsaved changes in {tabs}.").format(
                tabs=", ".join(tab.title() for tab in dirty)))
            theme.mark(self.state, "muted")
        else:
            self.state.setText("")

    # -- loading ----------------------------------------------------------------------------

    def open_stay(self, stay_id: int) -> bool:
        """Show the record of ``stay_id``; while edits of another guest are unsaved the
        person first saves or drops them, or stays (False), so a stray click loses nothing."""
        if stay_id != self.stay_id and not self.may_leave():
            return False
        return self.load(stay_id)

    def may_leave(self) -> bool:
        """Whether the record on screen may be replaced or left: nothing unsaved, or the
        person chose to save it (and it went through) or to drop it."""
        if self.record is None or not self.is_dirty():
            return True
        answer = self.ask_unsaved(self.record.guest.full_name, self.state.text())
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        if answer != QMessageBox.StandardButton.Save:
            return False
        broken = [tab for tab in self._editable if not tab.form.is_valid()]
        if broken:
            self.tabs.setCurrentWidget(broken[0])  # type: ignore[arg-type]
            self.context.report(self.tr("Not saved: correct the marked fields in {tabs} "
                                        "first.").format(
                tabs=", ".join(tab.title() for tab in broken)), MessageLevel.ERROR)
            return False
        return self.save()

    def ask_unsaved(self, name: str, detail: str) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for the unsaved edits of ``name`` (tests replace it)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Your changes to {name} are not saved.").format(name=name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(detail)
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard changes"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def load(self, stay_id: int) -> bool:
        """Read the record afresh and show it; edits on screen are replaced."""
        self._loaded_by_save = False
        try:
            with self.context.read() as session:
                record = guest_record.guest_record(session, stay_id)
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            return False
        rule = record.rule
        assert rule is not None  # the service gives every record its stay's rule
        self.record = record
        self._show_header(record)
        self.identity.show_record(record)
        self.stay.show_record(record, rule)
        self.health.show_record(record)
        self.temperatures.show_record(record)
        self.tests.show_record(record)
        self.destination.show_record(record)
        self.history.show_record(record)
        self._update_save_bar()
        return True

    def reload(self) -> None:
        """Show the record as saved now, unless edits are on screen (they are kept; the save
        will tell if someone else changed it meanwhile)."""
        if self._loaded_by_save:  # the change signal of our own save: shown already
            self._loaded_by_save = False
            return
        if self.record is not None and not self.is_dirty():
            assert self.stay_id is not None
            self.load(self.stay_id)

    def _show_header(self, record: GuestRecord) -> None:
        stay = record.stay
        self.name.setText(record.guest.full_name)
        facts = [self.tr("Room {room}").format(room=record.room) if record.room
                 else self.tr("no room"),
                 record.category_name or labels.category(stay.category),
                 labels.status(stay.status)]
        if record.day is not None:
            facts.insert(1, self.tr("day {n} of {m}").format(n=record.day, m=record.of))
        facts.append(self.tr("release {date}").format(date=stay.planned_release.isoformat()))
        if record.age is not None:
            facts.append(self.tr("aged {age}").format(age=record.age))
        self.facts.setText(" · ".join(facts))
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone now, not only once the event loop deletes it
                item.widget().deleteLater()
        for badge in self._badges(record):
            self.badges.addWidget(badge)
        self.badges.addStretch(1)

    def _badges(self, record: GuestRecord) -> list[QLabel]:
        found: list[QLabel] = []
        if record.key_reasons:
            badge = _badge(self.tr("Key person: {why}").format(
                why=" · ".join(record.key_reasons)), theme.KEY_PERSON)
            found.append(badge)
        fevers = [r for r in record.readings
                  if r.voided_at is None and r.celsius >= record.fever_threshold]
        if fevers:
            last = fevers[-1]
            found.append(_badge(self.tr("Fever {c:.1f} °C on {when}").format(
                c=last.celsius, when=last.taken_at.strftime("%m-%d %H:%M")), theme.FEVER))
        positives = [t for t in record.tests if t.result == TestResult.POSITIVE.value]
        if positives:
            found.append(_badge(self.tr("Positive {kind}").format(
                kind=labels.test_kind(positives[-1].kind)), theme.POSITIVE))
        active = [a for a in record.alerts if AlertStatus(a.status).is_active]
        if active:
            badge = _badge(self.tr("{n} open alerts").format(n=len(active)), theme.WARNING)
            badge.setToolTip("\n".join(
                f"{labels.alert_kind(a.kind)}: {record.alert_summaries.get(a.id or 0, a.summary)}"
                for a in active))
            found.append(badge)
        if record.day is not None and record.day >= record.of:
            found.append(_badge(self.tr("Due for release"), theme.DUE_FOR_RELEASE))
        if record.guest.incomplete:
            found.append(_badge(self.tr("Details incomplete"), theme.MISSING, theme.TEXT))
        return found

    # -- saving -----------------------------------------------------------------------------

    def revert(self) -> None:
        for tab in self._editable:
            tab.form.revert()
        self._update_save_bar()

    def save(self) -> bool:
        """Save every changed tab in one transaction; True when it went through."""
        if not self.can_save() or self.record is None:
            return False
        stay_id = self.stay_id
        assert stay_id is not None
        pending = [(tab, tab.form.changes()) for tab in self.dirty_tabs()]
        edits = {tab.section: SectionEdit(tab.version, changes) for tab, changes in pending}
        release_before = self.record.stay.planned_release
        try:
            with self.context.write() as session:
                guest_editing.save_guest_record(session, self.context.actor, stay_id, edits)
        except SectionChangedElsewhere as conflict:
            clashing = next(tab for tab, _ in pending if tab.section is conflict.section)
            self._show_conflict(clashing, conflict, pending)
            return False
        except ServiceError as error:
            self.context.report(str(error), MessageLevel.ERROR)
            return False
        self.load(stay_id)
        self._loaded_by_save = True
        assert self.record is not None
        done = self.tr("Saved: {name}.").format(name=self.record.guest.full_name)
        if self.record.stay.planned_release != release_before:
            done += " " + self.tr("The period now counts from {basis}; planned release "
                                  "{release}.").format(
                basis=self.record.stay.basis_date.isoformat(),
                release=self.record.stay.planned_release.isoformat())
        self.context.report(done, MessageLevel.INFO)
        self.saved.emit(stay_id)
        return True

    def _show_conflict(self, tab: EditableTab, conflict: SectionChangedElsewhere,
                       pending: list[tuple[EditableTab, dict[str, Any]]]) -> None:
        rows = conflict_rows(tab.form.loaded_values(), conflict.mine, conflict.theirs)
        dialog = ConflictDialog(tab.title(), str(conflict), rows, self)
        others = [(other, changes) for other, changes in pending if other is not tab]
        dialog.finished.connect(lambda result: self._after_conflict(result, tab, others))
        self.conflict_dialog = dialog
        self.tabs.setCurrentWidget(tab)  # type: ignore[arg-type]
        dialog.open()

    def _after_conflict(self, result: int, tab: EditableTab,
                        others: list[tuple[EditableTab, dict[str, Any]]]) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or self.stay_id is None:
            self.context.report(self.tr("Your changes are still on screen, not saved: reload "
                                        "their version to save anything."),
                                MessageLevel.ERROR)
            return
        versions = {id(other): other.version for other, _ in others}
        self.load(self.stay_id)
        for other, changes in others:
            if other.version == versions[id(other)]:  # untouched meanwhile: keep those edits
                other.form.reapply(changes)
        self._update_save_bar()
        self.context.report(self.tr("Their version of {section} is loaded. Make your changes "
                                    "again where they still apply.").format(
            section=tab.title()), MessageLevel.INFO)
