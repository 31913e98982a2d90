"""Qt item models of the Releases panel: the stays due with their five criteria, and the people
already released on the day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.enums import CATEGORY_LABELS_EN, Category
from quarantine_desk.services.release import ReleaseCandidate
from quarantine_desk.services.released import ReleasedEntry
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.releases.marks import MARK_ROLE

CONTEXT = "ReleaseModel"
#: The item-data role holding the stay id of a row.
STAY_ROLE = Qt.ItemDataRole.UserRole + 2

#: Each criterion's column heading and its full wording (header tooltip, detail pane).
CRITERIA_LABELS: dict[str, tuple[str, str]] = {
    "period_complete": (
        QT_TRANSLATE_NOOP("ReleaseModel", "Period"),
        QT_TRANSLATE_NOOP("ReleaseModel", "Quarantine period complete"),
    ),
    "tests_complete_negative": (
        QT_TRANSLATE_NOOP("ReleaseModel", "Tests"),
        QT_TRANSLATE_NOOP("ReleaseModel", "Every required PCR done and negative"),
    ),
    "no_fever": (
        QT_TRANSLATE_NOOP("ReleaseModel", "No fever"),
        QT_TRANSLATE_NOOP("ReleaseModel", "No fever in the last 48 hours, read in the last 24"),
    ),
    "destination_verified": (
        QT_TRANSLATE_NOOP("ReleaseModel", "Destination"),
        QT_TRANSLATE_NOOP("ReleaseModel", "Destination confirmed by the community"),
    ),
    "no_open_alerts": (
        QT_TRANSLATE_NOOP("ReleaseModel", "No alerts"),
        QT_TRANSLATE_NOOP("ReleaseModel", "No open alert"),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def criterion_heading(key: str) -> str:
    return _tr(CRITERIA_LABELS[key][0])


def criterion_wording(key: str) -> str:
    return _tr(CRITERIA_LABELS[key][1])


def category_label(code: str) -> str:
    """The category in the window's language (English source, translated like the rest)."""
    return QCoreApplication.translate("categories", CATEGORY_LABELS_EN[Category(code)])


def overdue_text(days: int) -> str:
    if days == 1:
        return _tr("1 day overdue")
    return _tr("{n} days overdue").format(n=days)


class CandidateColumn(IntEnum):
    ROOM = 0
    NAME = 1
    CATEGORY = 2
    PLANNED = 3
    PERIOD = 4
    TESTS = 5
    FEVER = 6
    DESTINATION = 7
    ALERTS = 8
    WHY = 9


#: The criterion shown in each mark column.
CRITERION_OF_COLUMN: dict[int, str] = {
    CandidateColumn.PERIOD + offset: key for offset, key in enumerate(CRITERIA_KEYS)
}


class CandidateModel(QAbstractTableModel):
    """Stays due for release, in the service's order (overdue first, then by room)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReleaseCandidate] = []
        self._today: date | None = None

    # -- contents ---------------------------------------------------------------------------

    def set_candidates(self, candidates: Sequence[ReleaseCandidate], today: date) -> None:
        """Show ``candidates``; ``today`` words planned releases as "today"."""
        self.beginResetModel()
        self._rows = list(candidates)
        self._today = today
        self.endResetModel()

    def candidate(self, row: int) -> ReleaseCandidate:
        return self._rows[row]

    def candidates(self) -> list[ReleaseCandidate]:
        return list(self._rows)

    def row_of(self, stay_id: int) -> int:
        """The row showing ``stay_id``, or -1."""
        return next((i for i, c in enumerate(self._rows) if c.stay_id == stay_id), -1)

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(CandidateColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CandidateColumn):
            return None
        key = CRITERION_OF_COLUMN.get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if key is not None:
                return criterion_heading(key)
            return {
                CandidateColumn.ROOM: self.tr("Room"),
                CandidateColumn.NAME: self.tr("Name"),
                CandidateColumn.CATEGORY: self.tr("Category"),
                CandidateColumn.PLANNED: self.tr("Planned release"),
                CandidateColumn.WHY: self.tr("What still stands in the way"),
            }[CandidateColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole and key is not None:
            return criterion_wording(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key is not None:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        candidate = self._rows[index.row()]
        column = CandidateColumn(index.column())
        if role == STAY_ROLE:
            return candidate.stay_id
        key = CRITERION_OF_COLUMN.get(column)
        if key is not None:
            return self._criterion_data(candidate, key, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(candidate, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == CandidateColumn.WHY:
            return self._text(candidate, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(candidate, column)
        if role == Qt.ItemDataRole.FontRole and column in (CandidateColumn.ROOM,
                                                           CandidateColumn.NAME):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def _criterion_data(self, candidate: ReleaseCandidate, key: str, role: int) -> Any:
        holds = candidate.criteria.get(key, False)
        if role == MARK_ROLE:
            return holds
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if holds else "✗"
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = candidate.reasons_by_key.get(key, [])
            if holds or not reasons:
                return self.tr("{criterion}: yes").format(criterion=criterion_wording(key))
            return self.tr("{criterion}: no — {why}").format(
                criterion=criterion_wording(key), why="; ".join(reasons))
        return None

    def _text(self, candidate: ReleaseCandidate, column: CandidateColumn) -> str:
        if column == CandidateColumn.ROOM:
            return candidate.room or self.tr("no room")
        if column == CandidateColumn.NAME:
            return candidate.name
        if column == CandidateColumn.CATEGORY:
            return category_label(candidate.category)
        if column == CandidateColumn.PLANNED:
            planned = candidate.planned_release.isoformat()
            if candidate.days_overdue:
                return f"{planned}\n{overdue_text(candidate.days_overdue)}"
            if candidate.planned_release == self._today:
                return self.tr("{date} (today)").format(date=planned)
            return planned
        if candidate.eligible:
            return self.tr("Ready for release")
        return "\n".join(candidate.reasons)

    def _foreground(self, candidate: ReleaseCandidate, column: CandidateColumn) -> Any:
        if column == CandidateColumn.PLANNED and candidate.days_overdue:
            return theme.qcolor(theme.WARNING)
        if column == CandidateColumn.WHY:
            return theme.qcolor(theme.SUCCESS if candidate.eligible else theme.ERROR)
        return None


class ReleasedColumn(IntEnum):
    ROOM = 0
    NAME = 1
    ID_NUMBER = 2
    SERIAL = 3
    RELEASED_AT = 4
    APPROVED_BY = 5


class ReleasedModel(QAbstractTableModel):
    """People released on the chosen day, whose handover forms carry their serial number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReleasedEntry] = []

    def set_entries(self, entries: Sequence[ReleasedEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> ReleasedEntry:
        return self._rows[row]

    def row_of(self, stay_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.stay_id == stay_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(ReleasedColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < len(ReleasedColumn)):
            return None
        return {
            ReleasedColumn.ROOM: self.tr("Room"),
            ReleasedColumn.NAME: self.tr("Name"),
            ReleasedColumn.ID_NUMBER: self.tr("ID number"),
            ReleasedColumn.SERIAL: self.tr("Serial number"),
            ReleasedColumn.RELEASED_AT: self.tr("Released at"),
            ReleasedColumn.APPROVED_BY: self.tr("Approved by"),
        }[ReleasedColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == STAY_ROLE:
            return entry.stay_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ReleasedColumn.ROOM: entry.room,
            ReleasedColumn.NAME: entry.name,
            ReleasedColumn.ID_NUMBER: entry.id_number_masked,
            ReleasedColumn.SERIAL: entry.serial,
            ReleasedColumn.RELEASED_AT: entry.released_at.strftime("%Y-%m-%d %H:%M"),
            ReleasedColumn.APPROVED_BY: entry.released_by,
        }[ReleasedColumn(index.column())]
