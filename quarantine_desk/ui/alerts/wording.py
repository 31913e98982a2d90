"""How alert kinds, statuses and history entries read in the window, and their colours."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from quarantine_desk.domain.enums import AlertKind, AlertStatus
from quarantine_desk.services.alerts import AlertView
from quarantine_desk.ui.common import theme

_CONTEXT = "Alerts"

_KINDS = {
    AlertKind.FEVER: QT_TRANSLATE_NOOP("Alerts", "Fever"),
    AlertKind.POSITIVE: QT_TRANSLATE_NOOP("Alerts", "Positive result"),
    AlertKind.SYMPTOM: QT_TRANSLATE_NOOP("Alerts", "Symptoms"),
}
_ACTIONS = {
    "opened": QT_TRANSLATE_NOOP("Alerts", "Alert opened"),
    "finding": QT_TRANSLATE_NOOP("Alerts", "Further finding"),
    "note": QT_TRANSLATE_NOOP("Alerts", "Note"),
    "escalated_to_command_centre": QT_TRANSLATE_NOOP("Alerts", "Reported to the command centre"),
    "escalated_to_hospital": QT_TRANSLATE_NOOP("Alerts", "Hospital transfer requested"),
    "resolved": QT_TRANSLATE_NOOP("Alerts", "Resolved"),
}
_TARGETS = {
    "command_centre": QT_TRANSLATE_NOOP("Alerts", "command centre"),
    "hospital": QT_TRANSLATE_NOOP("Alerts", "hospital transfer"),
}
KIND_COLOURS = {AlertKind.FEVER: theme.FEVER, AlertKind.POSITIVE: theme.POSITIVE,
                AlertKind.SYMPTOM: theme.WARNING}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: str) -> str:
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


def action_label(action: str) -> str:
    return _tr(_ACTIONS[action]) if action in _ACTIONS else action


def status_label(view: AlertView) -> str:
    """"Open", "Escalated: hospital transfer" or "Resolved"."""
    alert = view.alert
    if alert.status == AlertStatus.ESCALATED:
        target = _TARGETS.get(alert.escalated_to)
        return _tr("Escalated: {target}").format(target=_tr(target)) if target else _tr(
            "Escalated")
    if alert.status == AlertStatus.RESOLVED:
        return _tr("Resolved")
    return _tr("Open")


def is_active(view: AlertView) -> bool:
    return view.alert.status != AlertStatus.RESOLVED
