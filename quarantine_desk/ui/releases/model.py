"""The lists of the Releases panel, as columns of the common table model: the stays due with
their five criteria, and the people already released on the day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.services import policies
from quarantine_desk.services.release import ReleaseCandidate
from quarantine_desk.services.released import ReleasedEntry
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, TableModel
from quarantine_desk.ui.releases.marks import MARK_ROLE

CONTEXT = "ReleaseModel"

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
    """The category in the window's language, as the stay's policy file names it (the release
    service read the policy of every stay it lists)."""
    return policies.category_label(code)


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


class ReleasedColumn(IntEnum):
    ROOM = 0
    NAME = 1
    ID_NUMBER = 2
    SERIAL = 3
    RELEASED_AT = 4
    APPROVED_BY = 5


def _candidate_tr(text: str) -> str:
    return QCoreApplication.translate("CandidateModel", text)


def _released_tr(text: str) -> str:
    return QCoreApplication.translate("ReleasedModel", text)


def candidate_model(today: Callable[[], date], parent: QObject | None = None,
                    ) -> TableModel[ReleaseCandidate]:
    """Stays due for release, in the service's order (overdue first, then by room), each row
    known by its stay id; ``today`` words planned releases as "today"."""
    columns = [  # in CandidateColumn order
        Column(_candidate_tr("Room"), lambda c: c.room or _candidate_tr("no room"),
               bold=lambda _c: True),
        Column(_candidate_tr("Name"), lambda c: c.name, bold=lambda _c: True),
        Column(_candidate_tr("Category"), lambda c: category_label(c.category)),
        Column(_candidate_tr("Planned release"), lambda c: _planned_text(c, today()),
               color=lambda c: theme.WARNING if c.days_overdue else None),
        *(_criterion_column(key) for key in CRITERIA_KEYS),
        Column(_candidate_tr("What still stands in the way"), _why_text, tooltip=_why_text,
               color=lambda c: theme.SUCCESS if c.eligible else theme.ERROR),
    ]
    return TableModel(columns, parent, key=lambda c: c.stay_id)


def _criterion_column(key: str) -> Column[ReleaseCandidate]:
    """A criterion's mark (painted by the mark delegate), its reasons in the tooltip."""
    def holds(candidate: ReleaseCandidate) -> bool:
        return candidate.criteria.get(key, False)

    def tooltip(candidate: ReleaseCandidate) -> str:
        reasons = candidate.reasons_by_key.get(key, [])
        if holds(candidate) or not reasons:
            return _candidate_tr("{criterion}: yes").format(criterion=criterion_wording(key))
        return _candidate_tr("{criterion}: no — {why}").format(
            criterion=criterion_wording(key), why="; ".join(reasons))

    return Column(criterion_heading(key), lambda c: "✓" if holds(c) else "✗", tooltip=tooltip,
                  header_tooltip=criterion_wording(key),
                  header_align=Qt.AlignmentFlag.AlignCenter, roles={MARK_ROLE: holds})


def _planned_text(candidate: ReleaseCandidate, today: date) -> str:
    planned = candidate.planned_release.isoformat()
    if candidate.days_overdue:
        return f"{planned}\n{overdue_text(candidate.days_overdue)}"
    if candidate.planned_release == today:
        return _candidate_tr("{date} (today)").format(date=planned)
    return planned


def _why_text(candidate: ReleaseCandidate) -> str:
    if candidate.eligible:
        return _candidate_tr("Ready for release")
    return "\n".join(candidate.reasons)


def released_model(parent: QObject | None = None) -> TableModel[ReleasedEntry]:
    """People released on the chosen day, whose handover forms carry their serial number; each
    row known by its stay id."""
    return TableModel([  # in ReleasedColumn order
        Column(_released_tr("Room"), lambda e: e.room),
        Column(_released_tr("Name"), lambda e: e.name),
        Column(_released_tr("ID number"), lambda e: e.id_number_masked),
        Column(_released_tr("Serial number"), lambda e: e.serial),
        Column(_released_tr("Released at"), lambda e: e.released_at.strftime("%Y-%m-%d %H:%M")),
        Column(_released_tr("Approved by"), lambda e: e.released_by),
    ], parent, key=lambda e: e.stay_id)
