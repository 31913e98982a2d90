"""Settings › Policy: the rules in force and their history, the editor for a new version with
its worked example, policy files in and out, and the stays a version would change (DESIGN.md
§3, §12)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.policy import Policy
from quarantine_desk.services import policies, policy_changes, policy_files
from quarantine_desk.services.errors import ValidationFailed
from quarantine_desk.services.policies import PolicyRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.settings.affected import AffectedView
from quarantine_desk.ui.settings.common import (
    Row,
    ask,
    card,
    label,
    row_columns,
    table_view,
    today,
)
from quarantine_desk.ui.settings.policy_editor import DraftEditor
from quarantine_desk.ui.settings.policy_example import ExampleView

#: Versions listed without scrolling; older ones scroll.
VERSIONS_SHOWN = 5


class PolicyTab(QWidget):
    """Everything about the rules on one scrolling page, the editor and its example side by
    side so each change shows its dates at once."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._in_force: PolicyRecord | None = None
        self._compare_id: int | None = None  # None: compare with the version in force

        page = QWidget(self)
        self.in_force = label("", page, "subtitle")

        editor_card, editor_box = card(page, self.tr("Draft a new version"))
        self.editor = DraftEditor(editor_card)
        editor_box.addWidget(self.editor)
        example_card = QGroupBox(self.tr("Example stay"), editor_card)
        example_box = QVBoxLayout(example_card)
        example_box.addWidget(label(self.tr("The dates the draft gives one stay:"),
                                    example_card, "muted"))
        self.example = ExampleView(example_card)
        example_box.addWidget(self.example, 1)
        example_card.setMinimumWidth(340)
        self.editor.categories.set_aside(example_card)  # beside the category being edited
        tab_chain = [self.editor.categories.form.home_tests, self.example.category,
                     self.example.exposure_known, self.example.exposure, self.example.arrival,
                     self.editor.adopt_button]
        for before, after in zip(tab_chain, tab_chain[1:], strict=False):
            QWidget.setTabOrder(before, after)  # the form, its example, then Adopt

        history_card, history_box = card(page, self.tr("Versions"))
        self.versions = TableModel(row_columns([self.tr("Name"), self.tr("In force from"),
                                                self.tr("Stays here"), self.tr("Adopted"),
                                                self.tr("By")]), history_card)
        self.history = table_view(self.versions, history_card, stretch=0)
        self.history.doubleClicked.connect(lambda _index: self.compare_selected())
        self.compare_button = QPushButton(self.tr("&Compare the stays"), history_card)
        self.compare_button.setToolTip(
            self.tr("List the stays in quarantine this version would change"))
        self.compare_button.clicked.connect(self.compare_selected)
        self.copy_button = QPushButton(self.tr("Cop&y into the draft"), history_card)
        self.copy_button.clicked.connect(self.copy_selected)
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.compare_button)
        history_buttons.addWidget(self.copy_button)
        history_buttons.addStretch(1)
        history_box.addWidget(self.history, 1)
        history_box.addLayout(history_buttons)

        self.affected_card, affected_box = card(page)
        self.affected = AffectedView(host, self.affected_card)
        affected_box.addWidget(self.affected)

        content = QVBoxLayout(page)
        content.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        content.setSpacing(theme.MARGIN)
        content.addWidget(self.in_force)
        content.addWidget(editor_card)
        content.addWidget(history_card)
        content.addWidget(self.affected_card)
        content.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.editor.changed.connect(self._draft_changed)
        self.editor.adopt_requested.connect(self.adopt)
        self.editor.import_requested.connect(self.ask_import)
        self.editor.export_requested.connect(self.ask_export)
        self.editor.categories.selected.connect(self.example.set_category)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        on = today()
        with self._host.context.read() as session:
            versions = policies.version_records(session)
            in_force = policies.record_in_force(session, on)
            counts = policy_changes.stays_per_version(session)
        self._in_force = in_force
        policy = in_force.policy
        self.in_force.setText(self.tr("In force today: {name} — since {day}, fever at or above "
                                      "{t} °C").format(name=in_force.name,
                                                       day=in_force.effective_from.isoformat(),
                                                       t=policy.fever_threshold))
        rows = []
        for version in reversed(versions):  # newest first
            current = version.id == in_force.id
            since = version.effective_from.isoformat()
            if current:
                since = self.tr("{day} · in force").format(day=since)
            elif version.effective_from > on:
                since = self.tr("{day} · not yet").format(day=since)
            rows.append(Row(
                cells=[version.name, since, str(counts.get(version.id, 0)),
                       version.created_at.strftime("%Y-%m-%d %H:%M"), version.created_by],
                payload=version, bold=current, tips={0: version.name}))
        self.versions.set_rows(rows)
        shown = min(len(rows), VERSIONS_SHOWN)
        self.history.setFixedHeight(self.history.horizontalHeader().sizeHint().height()
                                    + shown * self.history.verticalHeader().defaultSectionSize()
                                    + 2 * self.history.frameWidth())
        self.editor.set_in_force(in_force.name, policy)
        compare = next((v for v in versions if v.id == self._compare_id), in_force)
        self.affected.show_version(compare, compare.id == in_force.id)

    def _draft_changed(self) -> None:
        policy, problems = self.editor.draft()
        self.editor.show_problems(problems)
        self.example.show_policy(None if problems else policy)

    def _selected_version(self) -> PolicyRecord | None:
        rows = self.history.selectionModel().selectedRows()
        return self.versions.row_at(rows[0].row()).payload if rows else None

    # -- actions ------------------------------------------------------------------------------

    def compare_selected(self) -> None:
        version = self._selected_version()
        if version is None:
            self._host.context.report(self.tr("Select a version in the list first."),
                                      MessageLevel.ERROR)
            return
        self._compare_id = version.id
        self.affected.show_version(version, self._in_force is not None
                                   and version.id == self._in_force.id)
        self.show_affected()

    def copy_selected(self) -> None:
        version = self._selected_version()
        if version is None:
            self._host.context.report(self.tr("Select a version in the list first."),
                                      MessageLevel.ERROR)
            return
        self.editor.load(version.policy)

    def confirm(self, question: str) -> bool:
        return ask(self, self.tr("Adopt a new version"), question, self.tr("Adopt"))

    def adopt(self) -> None:
        """Check the draft, ask, adopt it, then list the stays it would change."""
        policy, problems = self.editor.draft()
        if policy is None or problems:
            self._host.context.report(problems[0], MessageLevel.ERROR)
            return
        if not self.confirm(self._question(policy)):
            return
        row = self._host.perform(
            lambda s: policy_changes.adopt_policy(s, self._host.context.actor, policy),
            done=self.tr("“{name}” is adopted, in force from {day}.").format(
                name=policy.name, day=policy.effective_from.isoformat()),
        )
        if row is None:
            return
        self._compare_id = row.id
        self.show_affected()

    def show_affected(self) -> None:
        """Scroll down to the stays the compared version would change."""
        self.scroll.ensureWidgetVisible(self.affected_card)
        self.affected.table.setFocus()

    # -- policy files ---------------------------------------------------------------------------

    def ask_import(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a policy file"), str(Path.home()),
            self.tr("Policy files (*.json);;All files (*)"))
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        """Fill the draft from the policy file ``path``; a file with faults changes nothing
        and every fault is listed in the editor."""
        try:
            policy = policy_files.read_file(path)
        except ValidationFailed as error:
            self.editor.show_file_problems(str(error))
            self._host.context.report(
                self.tr("{file} was not imported: its problems are listed in the editor.")
                .format(file=path.name), MessageLevel.ERROR)
            return False
        self.editor.load_file(path.name, policy)
        self._host.context.report(
            self.tr("{file} is in the draft, in force from {day} as the file says: check it, "
                    "then adopt it.").format(file=path.name,
                                             day=policy.effective_from.isoformat()),
            MessageLevel.INFO)
        return True

    def ask_export(self) -> None:
        policy = self._exportable()
        if policy is None:
            return
        stem = re.sub(r"[^a-z0-9]+", "-", policy.titles()[1].lower()).strip("-") or "policy"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the draft"), str(Path.home() / f"{stem}.json"),
            self.tr("Policy files (*.json)"))
        if chosen:
            self.export_file(Path(chosen))

    def _exportable(self) -> Policy | None:
        """The draft, or None (and why, on the message line) when it has problems."""
        policy, problems = self.editor.draft()
        if policy is None or problems:
            self._host.context.report(
                self.tr("Not exported: the draft has {n} problem(s): {problems}").format(
                    n=len(problems), problems="; ".join(problems)), MessageLevel.ERROR)
            return None
        return policy

    def export_file(self, path: Path) -> Path | None:
        """Write the draft as a policy file to ``path``; refused while it has problems."""
        policy = self._exportable()
        if policy is None:
            return None
        try:
            path.write_text(policy_files.file_text(policy), encoding="utf-8")
        except OSError as error:
            self._host.context.report(
                self.tr("The file could not be written: {error}").format(
                    error=error.strerror or error), MessageLevel.ERROR)
            return None
        self._host.context.report(self.tr("The draft is written to {path}.").format(path=path),
                                  MessageLevel.INFO)
        return path

    def _question(self, policy: Policy) -> str:
        return self.tr("Adopt “{name}”, in force from {day}? Check-ins from that date get "
                       "these rules; you can then re-apply them to stays already here.").format(
            name=policy.name, day=policy.effective_from.isoformat())
