"""Settings (point manager only, DESIGN.md §8): the site, the policy, staff, backups, the
rooms and the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.settings.audit_trail import AuditTab
from quarantine_desk.ui.settings.backups import BackupsTab
from quarantine_desk.ui.settings.policy import PolicyTab
from quarantine_desk.ui.settings.rooms import RoomsTab
from quarantine_desk.ui.settings.site import SiteTab
from quarantine_desk.ui.settings.staff import StaffTab

#: The changes after which the Rooms tab reloads; the other tabs reload after the rest.
_ROOM_TOPICS = frozenset({Topic.ROOMS, Topic.STAYS})
_OTHER_TOPICS = frozenset({Topic.SITE, Topic.POLICY, Topic.STAFF, Topic.STAYS})


class SettingsPanel(Panel):
    """Six tabs; Ctrl+Tab / Ctrl+PgDn move between them."""

    topics = _ROOM_TOPICS | _OTHER_TOPICS

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._changed: frozenset[Topic] = frozenset()  # heard since the last reload
        self.site = SiteTab(self)
        self.policy = PolicyTab(self)
        self.staff = StaffTab(self)
        self.backups = BackupsTab(self)
        self.rooms = RoomsTab(self)
        self.audit = AuditTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.site, self.tr("Site"))
        self.tabs.addTab(self.policy, self.tr("Policy"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.tabs.addTab(self.rooms, self.tr("Rooms"))
        self.tabs.addTab(self.audit, self.tr("Audit trail"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, theme.MARGIN)
        layout.addWidget(self.tabs)

    def notify_changed(self, topics: frozenset[Topic]) -> None:
        self._changed |= topics & self.topics
        super().notify_changed(topics)

    def refresh(self) -> None:
        """Reload the tabs the changes heard concern (all of them on the first load)."""
        changed, self._changed = self._changed, frozenset()
        if not changed or changed & _OTHER_TOPICS:
            for tab in (self.site, self.policy, self.staff, self.backups):
                tab.refresh()
        if not changed or changed & _ROOM_TOPICS:
            self.rooms.refresh()
        if self.audit.isVisible():  # else it reads the trail when it comes on screen
            self.audit.refresh()

    def show_rooms(self) -> None:
        """Bring the Rooms tab forward with the cursor in its room numbers (the Rooms panel's
        empty board and a new site's first sign-in lead here)."""
        self.tabs.setCurrentWidget(self.rooms)
        self.rooms.numbers.setFocus()

    def may_leave(self) -> bool:
        """Typed and not saved — room numbers, the site's details, a new account: save it,
        drop it, or stay on its tab."""
        unsaved = [
            (self.rooms, self.tr("Rooms {numbers} are typed but not added yet.").format(
                numbers=self.rooms.numbers.text().strip()), self.tr("Add them"),
             self.rooms.add, self.rooms.numbers.clear),
            (self.site, self.tr("The site's details are changed but not saved."),
             self.tr("Save"), self.site.save, self.site.discard),
            (self.staff, self.tr("A new account is typed but not added."),
             self.tr("Add it"), self.staff.add, self.staff.discard),
        ]
        for tab, question, keep, save, discard in unsaved:
            if not tab.has_unsaved_input():
                continue
            answer = self.ask_unsaved(question, keep)
            if answer == QMessageBox.StandardButton.Save:
                save()
                if tab.has_unsaved_input():  # refused: its reason is on the message line
                    self.tabs.setCurrentWidget(tab)
                    return False
            elif answer == QMessageBox.StandardButton.Discard:
                discard()
            else:
                self.tabs.setCurrentWidget(tab)
                if tab is self.rooms:
                    self.rooms.numbers.setFocus()
                return False
        return True

    def ask_unsaved(self, question: str, keep: str) -> QMessageBox.StandardButton:
        """The question before leaving what is typed (tests replace it); ``keep`` names the
        button that saves it."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Not saved"), question,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Save).setText(keep)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())
