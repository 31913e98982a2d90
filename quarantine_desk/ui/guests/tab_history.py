"""The History tab: the guest's audit trail — when, who, what, and what changed, written as
``field: old → new`` instead of the JSON the trail keeps."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from quarantine_desk.services.audit import HistoryEntry
from quarantine_desk.services.guest_record import GuestRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.guests import labels
from quarantine_desk.ui.guests.list_view import list_view

#: Bookkeeping columns nobody needs to read in a change.
_HIDDEN = {"id", "version", "password_hash"}
MAX_VALUE_LENGTH = 80


def _shown(name: str) -> bool:
    return name not in _HIDDEN and not name.endswith("_id")


def _short(text: str) -> str:
    return text if len(text) <= MAX_VALUE_LENGTH else text[:MAX_VALUE_LENGTH - 1] + "…"


def _value(name: str, value: Any) -> str:
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    return _short(labels.value_text(name, value))


def _parse(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return {"": text}  # not JSON: show it as it is
    return found if isinstance(found, dict) else {"": found}


def describe_changes(before: str | None, after: str | None) -> list[str]:
    """The audit event's before/after JSON as lines a person reads: ``field: old → new`` for
    an edit, ``field: value`` for what a new record holds, "removed" for a deletion."""
    old, new = _parse(before), _parse(after)
    if new is None and old is None:
        return []
    if new is None:
        return [QCoreApplication.translate("GuestHistory", "removed")]
    if old is None:
        return [f"{labels.field(name)}: {_value(name, value)}" if name else _value(name, value)
                for name, value in new.items()
                if _shown(name) and value not in (None, "", False)]
    return [f"{labels.field(name)}: {_value(name, old.get(name))} → {_value(name, new.get(name))}"
            for name in dict.fromkeys([*old, *new])
            if _shown(name) and old.get(name) != new.get(name)]


class HistoryTab(QWidget):
    """Newest first; each event's changes on lines of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: TableModel[HistoryEntry] = TableModel([
            Column(self.tr("When"), lambda e: labels.moment_text(e.at)),
            Column(self.tr("Who"), lambda e: e.actor),
            Column(self.tr("Action"), lambda e: labels.action(e.action)),
            Column(self.tr("What changed"),
                   lambda e: "\n".join(describe_changes(e.before, e.after))),
        ], parent=self)
        self.table = list_view(self.model, self, stretch=3)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("Nothing recorded yet."), self)
        theme.mark(self.empty, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("History")

    def show_record(self, record: GuestRecord) -> None:
        self.model.set_rows(record.history)
        self.empty.setVisible(not record.history)
