"""The Tests panel (DESIGN.md §8): who is due a sample today in walking order, the collection
sheet, samples recorded by typing or scanning, results entered by key or in bulk, and the lab's
file imported after a preview.

Medical staff and the point manager record; a liaison officer sees the due list and prints the
sheet, and is not offered the rest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from quarantine_desk.domain.permissions import Permission
from quarantine_desk.services.events import Topic
from quarantine_desk.ui.common.panel import Panel, PanelContext
from quarantine_desk.ui.tests.due import DuePage
from quarantine_desk.ui.tests.lab_import import ImportPage
from quarantine_desk.ui.tests.results import ResultsPage


class TestsPanel(Panel):
    """Three pages in tabs: sampling (the due list), results, lab file."""

    topics = frozenset({Topic.TESTS, Topic.STAYS, Topic.ROOMS, Topic.POLICY, Topic.ALERTS})

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.due = DuePage(self)
        self.tabs.addTab(self.due, self.tr("&Sampling"))
        self.due.loaded.connect(self._retitle)
        self.results: ResultsPage | None = None
        self.lab_file: ImportPage | None = None
        if context.can(Permission.TESTS):
            self.results = ResultsPage(self)
            self.lab_file = ImportPage(self)
            self.tabs.addTab(self.results, self.tr("&Results"))
            self.tabs.addTab(self.lab_file, self.tr("&Lab file"))
            self.results.loaded.connect(self._retitle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def activate(self) -> None:
        """On screen: the sample field takes the keyboard (a scanner types into it)."""
        super().activate()
        if self.tabs.currentWidget() is self.due and self.due.sample_field.isEnabled():
            self.due.sample_field.setFocus()

    def refresh(self) -> None:
        self.due.reload()
        if self.results is not None:
            self.results.reload()

    def _retitle(self) -> None:
        """Tab titles carry the counts, so the pending work shows from any tab."""
        left = sum(not row.due.sampled for row in self.due.model.rows())
        self.tabs.setTabText(0, self.tr("&Sampling ({n} to go)").format(n=left))
        if self.results is not None:
            self.tabs.setTabText(1, self.tr("&Results ({n} awaited)").format(
                n=self.results.model.rowCount()))
