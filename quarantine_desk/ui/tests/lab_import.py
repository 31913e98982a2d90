"""Importing a lab's results file from the Tests panel: choose the file, read the preview of
what will change (results set, samples new to the desk, rows that cannot be used and why,
alerts and restarted periods), then apply it — the import the preview ran, now for real."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import TestResult
from quarantine_desk.services import medical_import
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.lab_import_preview import ResultChange, ResultPreview, preview_results
from quarantine_desk.services.medical_import import ImportReport
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.tests.common import kind_text, learn_kinds, result_color, result_text
from quarantine_desk.ui.tests.positive import PositiveBox
from quarantine_desk.ui.tests.table_view import fit_columns, make_table

Skipped = tuple[int, str]


class ImportPage(QWidget):
    """Choose → preview → apply, for one lab file at a time."""

    def __init__(self, panel: Panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.preview: ResultPreview | None = None

        choose = QPushButton(self.tr("Choose lab file…"), self)
        choose.setToolTip(self.tr("Open the lab's results spreadsheet (Ctrl+O)"))
        theme.mark(choose, "primary")
        choose.clicked.connect(self.choose_file)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        help_text = QLabel(self.tr(
            "An .xlsx or .csv file with the columns sample_no (样本编号) or id_number (身份证号), "
            "kind (检测类型), sampled_at (采样时间), result (检测结果), and optionally "
            "reported_at, lab, ct_orf1ab, ct_n. Nothing is written until you press Apply."), self)
        help_text.setWordWrap(True)
        theme.mark(help_text, "muted")

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        theme.mark(self.summary, "subtitle")
        self.changes: TableModel[ResultChange] = TableModel([
            Column(self.tr("Room"), lambda c: c.room),
            Column(self.tr("Guest"), lambda c: c.guest_name),
            Column(self.tr("Kind"), lambda c: kind_text(c.kind)),
            Column(self.tr("Sample no."), lambda c: c.sample_no),
            Column(self.tr("Now"), lambda c: result_text(c.before)),
            Column(self.tr("Becomes"), lambda c: result_text(c.after),
                   color=lambda c: result_color(c.after),
                   bold=lambda c: c.after is TestResult.POSITIVE),
        ], self)
        self.skipped: TableModel[Skipped] = TableModel([
            Column(self.tr("Row"), lambda s: str(s[0]), Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("Why it cannot be used"), lambda s: s[1], tooltip=lambda s: s[1]),
        ], self)
        self.changes_table = make_table(self.changes, self)
        self.skipped_table = make_table(self.skipped, self)
        self.skipped_table.setWordWrap(True)  # reasons are whole sentences: wrap them, and
        # fit the rows once the header has settled on its new widths
        self.skipped_table.horizontalHeader().sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.skipped_table.resizeRowsToContents))
        self.changes_box = self._boxed(self.tr("Will change"), self.changes_table)
        self.skipped_box = self._boxed(self.tr("Cannot be used"), self.skipped_table)
        tables = QHBoxLayout()
        tables.addWidget(self.changes_box, 3)
        tables.addWidget(self.skipped_box, 2)
        self.consequences = QLabel(self)
        self.consequences.setWordWrap(True)
        self.consequences.setStyleSheet(f"color: {theme.POSITIVE};")

        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setToolTip(self.tr("Import the file as previewed"))
        theme.mark(self.apply_button, "primary")
        self.apply_button.clicked.connect(self.apply)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setToolTip(self.tr("Forget this file; nothing was written"))
        self.discard_button.clicked.connect(self.clear)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.apply_button)

        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.positives = QWidget(self)
        self.positives_layout = QVBoxLayout(self.positives)
        self.positives_layout.setContentsMargins(0, 0, 0, 0)
        self.positive_boxes: list[PositiveBox] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.positives)
        self.positives_scroll = scroll

        # the preview and the outcome of applying it take turns in the space below the help
        self.preview_area = QWidget(self)
        area = QVBoxLayout(self.preview_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(theme.SPACING + 2)
        area.addWidget(self.summary)
        area.addLayout(tables, 1)
        area.addWidget(self.consequences)
        area.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.SPACING + 2)
        layout.addLayout(top)
        layout.addWidget(help_text)
        layout.addWidget(self.preview_area, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(scroll, 1)
        layout.addStretch(0)
        self.clear()
        self.clear_outcome()

    def _boxed(self, title: str, table: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        inner.addWidget(table)
        return box

    # -- states ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Back to "choose a file": no preview, nothing pending."""
        self.preview = None
        self.file_label.setText(self.tr("No file chosen"))
        self.summary.clear()
        self.changes.set_rows([])
        self.skipped.set_rows([])
        self.consequences.clear()
        self.preview_area.hide()

    def _show_preview(self, preview: ResultPreview) -> None:
        self.preview = preview
        self.file_label.setText(str(preview.path))
        positives = len(preview.positives)
        parts = [self.tr("{n} rows will be imported").format(n=preview.imported),
                 self.tr("{n} results set").format(n=len(preview.changes))]
        if positives:
            parts.append(self.tr("{n} POSITIVE").format(n=positives))
        parts.append(self.tr("{n} rows cannot be used").format(n=len(preview.skipped)))
        self.summary.setText(" · ".join(parts))
        self.changes.set_rows(preview.changes)
        self.skipped.set_rows(preview.skipped)
        fit_columns(self.changes_table)
        fit_columns(self.skipped_table, minimum=50)
        self.consequences.setText("\n".join(self._consequences(preview)))
        self.preview_area.show()
        self.skipped_box.setVisible(bool(preview.skipped))
        self.consequences.setVisible(bool(preview.alerts or preview.restarts))
        self.apply_button.setEnabled(preview.imported > 0)
        self.apply_button.setFocus()

    def _consequences(self, preview: ResultPreview) -> list[str]:
        lines = []
        for alert in preview.alerts:
            text = (self.tr("Opens a positive alert for {name} (room {room}): {summary}")
                    if alert.opens else
                    self.tr("Adds to the open alert of {name} (room {room}): {summary}"))
            lines.append(text.format(name=alert.guest_name, room=alert.room or "—",
                                     summary=alert.summary))
        for restart in preview.restarts:
            lines.append(self.tr(
                "Restarts the period of {name} (room {room}): exposure {exposure}, release "
                "{release} (was {before})").format(
                    name=restart.guest_name, room=restart.room or "—",
                    exposure=restart.exposure_date.isoformat(),
                    release=restart.planned_release.isoformat(),
                    before=restart.previous_release.isoformat()))
        return lines

    # -- actions ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the lab's results file"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if chosen:
            self.preview_file(Path(chosen))

    def preview_file(self, path: Path) -> ResultPreview | None:
        """Work out what importing ``path`` would do and show it; nothing is written."""
        self.clear_outcome()
        try:
            with self.panel.context.read() as session:
                learn_kinds(session)
                preview = preview_results(session, self.panel.context.actor, path)
        except ServiceError as error:
            self.clear()
            self.panel.context.report(str(error), MessageLevel.ERROR)
            return None
        self._show_preview(preview)
        return preview

    def apply(self) -> ImportReport | None:
        """Import the previewed file, then say what was done and whether it matches."""
        preview = self.preview
        if preview is None:
            return None
        actor = self.panel.context.actor
        report = self.panel.perform(
            lambda s: medical_import.import_results(s, actor, preview.path))
        if report is None:
            return None
        self.clear()
        text = self.tr("{file}: {imported} rows imported, {skipped} skipped.").format(
            file=preview.path.name, imported=report.imported, skipped=len(report.skipped))
        if preview.agrees_with(report):
            self.outcome.setText(text + " " + self.tr("As previewed."))
            theme.mark(self.outcome, "success")
        else:
            self.outcome.setText(text + " " + self.tr(
                "This differs from the preview: the data changed meanwhile (someone entered "
                "samples or results). Check the results list."))
            theme.mark(self.outcome, "error")
        self.outcome.show()
        self.panel.context.report(text, MessageLevel.INFO)
        self._show_positives(preview)
        return report

    def _show_positives(self, preview: ResultPreview) -> None:
        """A box per positive of the file: its alert and the neighbours to test."""
        summaries = {alert.stay_id: alert.summary for alert in preview.alerts if alert.opens}
        for change in preview.positives:
            box = PositiveBox(self.panel, self.positives)
            box.show_positive(change.stay_id, change.guest_name, change.room,
                              summaries.get(change.stay_id, ""),
                              [r for r in preview.restarts if r.room == change.room])
            box.setMinimumHeight(300)
            self.positives_layout.addWidget(box)
            self.positive_boxes.append(box)
        self.positives_scroll.setVisible(bool(self.positive_boxes))

    def clear_outcome(self) -> None:
        self.outcome.clear()
        self.outcome.hide()
        for box in self.positive_boxes:
            box.deleteLater()
        self.positive_boxes = []
        self.positives_scroll.hide()
