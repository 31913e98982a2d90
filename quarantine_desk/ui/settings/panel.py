"""Settings (point manager only, DESIGN.md §8): the site, the policy, staff and backups."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.settings.backups import BackupsTab
from quarantine_desk.ui.settings.policy import PolicyTab
from quarantine_desk.ui.settings.site import SiteTab
from quarantine_desk.ui.settings.staff import StaffTab


class SettingsPanel(Panel):
    """Four tabs; Ctrl+Tab / Ctrl+PgDn move between them."""

    topics = frozenset({Topic.SITE, Topic.POLICY, Topic.STAFF, Topic.STAYS})

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.site = SiteTab(self)
        self.policy = PolicyTab(self)
        self.staff = StaffTab(self)
        self.backups = BackupsTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.site, self.tr("Site"))
        self.tabs.addTab(self.policy, self.tr("Policy"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.SPACING, theme.MARGIN, theme.MARGIN)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        for tab in (self.site, self.policy, self.staff, self.backups):
            tab.refresh()
