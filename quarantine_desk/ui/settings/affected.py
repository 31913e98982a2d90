"""Which stays in quarantine a policy version would change, and re-applying it to those the
point manager ticks (services/policy_changes.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from quarantine_desk.services import policy_changes
from quarantine_desk.services.policies import PolicyRecord
from quarantine_desk.services.policy_changes import AffectedStay
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.settings.common import Row, ask, label, row_columns, table_view

_Index = QModelIndex | QPersistentModelIndex


class CheckedRowsModel(TableModel[Row]):
    """Rows with a tick box in the first column; new rows start ticked, and a row the person
    unticked stays unticked when the list is reloaded."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(row_columns(headers), parent)
        self._unticked: set[Any] = set()  # payloads

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._unticked &= {row.payload for row in rows}
        super().set_rows(rows)

    def ticked(self) -> list[Any]:
        """The payloads of the ticked rows, in order."""
        return [row.payload for row in self.rows() if row.payload not in self._unticked]

    def tick_all(self, ticked: bool) -> None:
        self._unticked = set() if ticked else {row.payload for row in self.rows()}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            return (Qt.CheckState.Unchecked if self.row_at(index.row()).payload in self._unticked
                    else Qt.CheckState.Checked)
        return super().data(index, role)

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        payload = self.row_at(index.row()).payload
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._unticked.discard(payload)
        else:
            self._unticked.add(payload)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class AffectedView(QWidget):
    """The stays a version would change, ticked for re-applying, with the re-apply button."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._version: PolicyRecord | None = None
        self.heading = label("", self, "subtitle")
        self.compared = label("", self)
        self.explain = label(
            self.tr("Stays keep the rules in force at their check-in. Tick those that move to "
                    "this version: their planned release is recomputed and the change is "
                    "recorded for each stay."), self, "muted")
        self.model = CheckedRowsModel(
            [self.tr("Room"), self.tr("Name"), self.tr("Category"), self.tr("Release now"),
             self.tr("New release"), self.tr("What changes")], self)
        self.table = table_view(self.model, self, stretch=5)
        self.table.setMinimumHeight(320)
        self.empty = label("", self, "muted")
        self.tick_all = QPushButton(self.tr("Tick all"), self)
        self.tick_all.clicked.connect(lambda: self.model.tick_all(True))
        self.tick_none = QPushButton(self.tr("Tick none"), self)
        self.tick_none.clicked.connect(lambda: self.model.tick_all(False))
        self.reapply_button = QPushButton(self.tr("&Re-apply to the ticked stays…"), self)
        theme.mark(self.reapply_button, "primary")
        self.reapply_button.clicked.connect(self.reapply)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick_all)
        buttons.addWidget(self.tick_none)
        buttons.addStretch(1)
        buttons.addWidget(self.reapply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.compared)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.model.dataChanged.connect(self._count)
        self.model.modelReset.connect(self._count)

    def version(self) -> PolicyRecord | None:
        return self._version

    def show_version(self, version: PolicyRecord, in_force: bool) -> None:
        """List the stays in quarantine that ``version`` would change."""
        self._version = version
        with self._host.context.read() as session:
            affected = policy_changes.affected_stays(session, version.policy)
        self.heading.setText(self.tr("Stays on other rules"))
        self.compared.setText(
            (self.tr("Compared with “{name}”, in force: {n} stay(s) in quarantine would "
                     "change.") if in_force
             else self.tr("Compared with “{name}”: {n} stay(s) in quarantine would change."))
            .format(name=version.name, n=len(affected)))
        self.model.set_rows([self._row(change) for change in affected])
        self.empty.setText(self.tr("Nothing to re-apply: every stay in quarantine already has "
                                   "these dates."))
        for widget in (self.table, self.tick_all, self.tick_none, self.reapply_button):
            widget.setVisible(bool(affected))
        self.empty.setVisible(not affected)

    def _row(self, change: AffectedStay) -> Row:
        shorter = change.new_release < change.old_release
        return Row(
            cells=[change.room or "—", change.guest_name,
                   policy_changes.category_name(change.category),
                   change.old_release.isoformat(), change.new_release.isoformat(),
                   self._what_changes(change)],
            payload=change.stay_id,
            colour=theme.DUE_FOR_RELEASE if shorter else "",
        )

    def _what_changes(self, change: AffectedStay) -> str:
        parts = []
        days = (change.new_release - change.old_release).days
        if days < 0:
            parts.append(self.tr("release {n} day(s) earlier").format(n=-days))
        elif days > 0:
            parts.append(self.tr("release {n} day(s) later").format(n=days))
        if change.tests_added:
            parts.append(self.tr("extra {kind} on {days}").format(
                kind=self._test_kind(change),
                days=", ".join(d.strftime("%m-%d") for d in change.tests_added)))
        if change.tests_dropped:
            parts.append(self.tr("no {kind} on {days}").format(
                kind=self._test_kind(change),
                days=", ".join(d.strftime("%m-%d") for d in change.tests_dropped)))
        if change.home_changed:
            parts.append(self.tr("home period changes"))
        if change.no_longer_managed:
            parts.append(self.tr("no longer held at a site"))
        return "; ".join(parts)

    def _test_kind(self, change: AffectedStay) -> str:
        """The kind of the stay's tests under the version shown, as its file names it."""
        if self._version is None:
            return ""
        policy = self._version.policy
        rule = policy.rules.get(change.category)
        return policy.test_kind(rule.test_kind).label() if rule else ""

    def _count(self) -> None:
        n = len(self.model.ticked())
        self.reapply_button.setText(self.tr("&Re-apply to {n} ticked stay(s)…").format(n=n))
        self.reapply_button.setEnabled(n > 0)

    def confirm(self, question: str) -> bool:
        return ask(self, self.tr("Re-apply the rules"), question, self.tr("Re-apply"))

    def reapply(self) -> None:
        version = self._version
        ids = [int(stay_id) for stay_id in self.model.ticked()]
        if version is None or not ids:
            return
        question = self.tr("Re-apply “{name}” to {n} stay(s)? Their planned release dates are "
                           "recomputed under these rules.").format(name=version.name, n=len(ids))
        if not self.confirm(question):
            return
        self._host.perform(
            lambda s: policy_changes.reapply_policy(s, self._host.context.actor, ids,
                                                    version.id),
            done=self.tr("“{name}” now applies to {n} more stay(s).").format(
                name=version.name, n=len(ids)),
        )
