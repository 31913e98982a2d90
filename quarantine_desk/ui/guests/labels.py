"""Words for the codes the guest's record shows (categories, statuses, fields, audit actions).

The database keeps codes (``close_contact``, ``in_quarantine``); people read these words. The
words are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them and translated when shown.
Categories and test kinds are the policy files' words: each is named as the versions the
services read name it, else as COVID-19 named it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from quarantine_desk.services import policies

CONTEXT = "GuestLabels"

STATUSES = {
    "in_quarantine": QT_TRANSLATE_NOOP("GuestLabels", "in quarantine"),
    "expected": QT_TRANSLATE_NOOP("GuestLabels", "expected"),
    "released": QT_TRANSLATE_NOOP("GuestLabels", "released"),
    "transferred_out": QT_TRANSLATE_NOOP("GuestLabels", "transferred out"),
    "cancelled": QT_TRANSLATE_NOOP("GuestLabels", "cancelled"),
}

ID_TYPES = {
    "resident_id": QT_TRANSLATE_NOOP("GuestLabels", "resident ID"),
    "passport": QT_TRANSLATE_NOOP("GuestLabels", "passport"),
    "hk_macau_permit": QT_TRANSLATE_NOOP("GuestLabels", "HK/Macau permit"),
    "other": QT_TRANSLATE_NOOP("GuestLabels", "other document"),
}

SEXES = {
    "M": QT_TRANSLATE_NOOP("GuestLabels", "male"),
    "F": QT_TRANSLATE_NOOP("GuestLabels", "female"),
}

TEST_RESULTS = {
    "pending": QT_TRANSLATE_NOOP("GuestLabels", "pending"),
    "negative": QT_TRANSLATE_NOOP("GuestLabels", "negative"),
    "positive": QT_TRANSLATE_NOOP("GuestLabels", "positive"),
    "invalid": QT_TRANSLATE_NOOP("GuestLabels", "invalid"),
}

METHODS = {
    "forehead": QT_TRANSLATE_NOOP("GuestLabels", "forehead"),
    "ear": QT_TRANSLATE_NOOP("GuestLabels", "ear"),
    "armpit": QT_TRANSLATE_NOOP("GuestLabels", "armpit"),
    "oral": QT_TRANSLATE_NOOP("GuestLabels", "oral"),
}

ALERT_KINDS = {
    "fever": QT_TRANSLATE_NOOP("GuestLabels", "fever"),
    "positive": QT_TRANSLATE_NOOP("GuestLabels", "positive result"),
    "symptom": QT_TRANSLATE_NOOP("GuestLabels", "symptom"),
}

ALERT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("GuestLabels", "open"),
    "escalated": QT_TRANSLATE_NOOP("GuestLabels", "escalated"),
    "resolved": QT_TRANSLATE_NOOP("GuestLabels", "resolved"),
}

#: Field names of guest, stay, health record and the other audited rows.
FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("GuestLabels", "name"),
    "id_type": QT_TRANSLATE_NOOP("GuestLabels", "ID type"),
    "id_number": QT_TRANSLATE_NOOP("GuestLabels", "ID number"),
    "sex": QT_TRANSLATE_NOOP("GuestLabels", "sex"),
    "birth_date": QT_TRANSLATE_NOOP("GuestLabels", "birth date"),
    "phone": QT_TRANSLATE_NOOP("GuestLabels", "phone"),
    "home_address": QT_TRANSLATE_NOOP("GuestLabels", "home address"),
    "work_unit": QT_TRANSLATE_NOOP("GuestLabels", "work unit"),
    "notes": QT_TRANSLATE_NOOP("GuestLabels", "notes"),
    "incomplete": QT_TRANSLATE_NOOP("GuestLabels", "details incomplete"),
    "batch": QT_TRANSLATE_NOOP("GuestLabels", "transfer batch"),
    "origin": QT_TRANSLATE_NOOP("GuestLabels", "origin"),
    "community": QT_TRANSLATE_NOOP("GuestLabels", "community"),
    "exposure_date": QT_TRANSLATE_NOOP("GuestLabels", "last exposure"),
    "basis_date": QT_TRANSLATE_NOOP("GuestLabels", "basis date"),
    "planned_release": QT_TRANSLATE_NOOP("GuestLabels", "planned release"),
    "status": QT_TRANSLATE_NOOP("GuestLabels", "status"),
    "category": QT_TRANSLATE_NOOP("GuestLabels", "category"),
    "arrival_at": QT_TRANSLATE_NOOP("GuestLabels", "arrival"),
    "expected_at": QT_TRANSLATE_NOOP("GuestLabels", "expected arrival"),
    "exit_at": QT_TRANSLATE_NOOP("GuestLabels", "left at"),
    "exit_reason": QT_TRANSLATE_NOOP("GuestLabels", "reason for leaving"),
    "conditions": QT_TRANSLATE_NOOP("GuestLabels", "conditions"),
    "medication": QT_TRANSLATE_NOOP("GuestLabels", "medication"),
    "allergies": QT_TRANSLATE_NOOP("GuestLabels", "allergies"),
    "pregnant": QT_TRANSLATE_NOOP("GuestLabels", "pregnant"),
    "vaccination_doses": QT_TRANSLATE_NOOP("GuestLabels", "vaccination doses"),
    "psychological": QT_TRANSLATE_NOOP("GuestLabels", "psychological state"),
    "needs": QT_TRANSLATE_NOOP("GuestLabels", "needs"),
    "celsius": QT_TRANSLATE_NOOP("GuestLabels", "temperature"),
    "taken_at": QT_TRANSLATE_NOOP("GuestLabels", "taken at"),
    "symptoms": QT_TRANSLATE_NOOP("GuestLabels", "symptoms"),
    "voided_at": QT_TRANSLATE_NOOP("GuestLabels", "voided at"),
    "void_reason": QT_TRANSLATE_NOOP("GuestLabels", "reason for voiding"),
    "result": QT_TRANSLATE_NOOP("GuestLabels", "result"),
    "sample_no": QT_TRANSLATE_NOOP("GuestLabels", "sample number"),
    "sampled_at": QT_TRANSLATE_NOOP("GuestLabels", "sampled at"),
    "reported_at": QT_TRANSLATE_NOOP("GuestLabels", "reported at"),
    "address": QT_TRANSLATE_NOOP("GuestLabels", "address"),
    "suitable": QT_TRANSLATE_NOOP("GuestLabels", "suitable"),
    "verified_by": QT_TRANSLATE_NOOP("GuestLabels", "verified by"),
    "verified_at": QT_TRANSLATE_NOOP("GuestLabels", "verified at"),
    "at": QT_TRANSLATE_NOOP("GuestLabels", "at"),
    "by": QT_TRANSLATE_NOOP("GuestLabels", "by"),
    "summary": QT_TRANSLATE_NOOP("GuestLabels", "summary"),
    "note": QT_TRANSLATE_NOOP("GuestLabels", "note"),
    "method": QT_TRANSLATE_NOOP("GuestLabels", "method"),
    "kind": QT_TRANSLATE_NOOP("GuestLabels", "kind"),
    "reason": QT_TRANSLATE_NOOP("GuestLabels", "reason"),
    "entered_by": QT_TRANSLATE_NOOP("GuestLabels", "entered by"),
    "entered_at": QT_TRANSLATE_NOOP("GuestLabels", "entered at"),
    "voided_by": QT_TRANSLATE_NOOP("GuestLabels", "voided by"),
    "opened_at": QT_TRANSLATE_NOOP("GuestLabels", "opened at"),
    "resolved_at": QT_TRANSLATE_NOOP("GuestLabels", "resolved at"),
    "resolution": QT_TRANSLATE_NOOP("GuestLabels", "resolution"),
    "escalated_to": QT_TRANSLATE_NOOP("GuestLabels", "escalated to"),
    "lab": QT_TRANSLATE_NOOP("GuestLabels", "lab"),
    "scheduled_for": QT_TRANSLATE_NOOP("GuestLabels", "scheduled for"),
    "ct_orf1ab": QT_TRANSLATE_NOOP("GuestLabels", "Ct ORF1ab"),
    "ct_n": QT_TRANSLATE_NOOP("GuestLabels", "Ct N"),
    "start_at": QT_TRANSLATE_NOOP("GuestLabels", "from"),
    "end_at": QT_TRANSLATE_NOOP("GuestLabels", "until"),
    "household": QT_TRANSLATE_NOOP("GuestLabels", "household"),
    "released_by": QT_TRANSLATE_NOOP("GuestLabels", "released by"),
    "release_serial": QT_TRANSLATE_NOOP("GuestLabels", "release serial"),
    "street": QT_TRANSLATE_NOOP("GuestLabels", "street"),
    "grid_worker": QT_TRANSLATE_NOOP("GuestLabels", "grid worker"),
    "grid_phone": QT_TRANSLATE_NOOP("GuestLabels", "grid worker's phone"),
    "handed_to_authority": QT_TRANSLATE_NOOP("GuestLabels", "handed to another authority"),
    "transfer_plate": QT_TRANSLATE_NOOP("GuestLabels", "vehicle plate"),
    "escort": QT_TRANSLATE_NOOP("GuestLabels", "escort"),
    "escort_phone": QT_TRANSLATE_NOOP("GuestLabels", "escort's phone"),
    "notified_by": QT_TRANSLATE_NOOP("GuestLabels", "community told by"),
    "notified_at": QT_TRANSLATE_NOOP("GuestLabels", "community told at"),
}

#: Audit actions that concern a guest, as a person would say them.
ACTIONS = {
    "guest.add": QT_TRANSLATE_NOOP("GuestLabels", "registered"),
    "guest.update": QT_TRANSLATE_NOOP("GuestLabels", "identity edited"),
    "health.update": QT_TRANSLATE_NOOP("GuestLabels", "health record edited"),
    "stay.update": QT_TRANSLATE_NOOP("GuestLabels", "stay edited"),
    "stay.expect": QT_TRANSLATE_NOOP("GuestLabels", "arrival expected"),
    "stay.check_in": QT_TRANSLATE_NOOP("GuestLabels", "checked in"),
    "stay.admit": QT_TRANSLATE_NOOP("GuestLabels", "admitted"),
    "stay.cancel": QT_TRANSLATE_NOOP("GuestLabels", "arrival cancelled"),
    "stay.move": QT_TRANSLATE_NOOP("GuestLabels", "moved room"),
    "stay.release": QT_TRANSLATE_NOOP("GuestLabels", "released"),
    "stay.transfer_to_hospital": QT_TRANSLATE_NOOP("GuestLabels", "transferred to hospital"),
    "stay.exposure_restart": QT_TRANSLATE_NOOP("GuestLabels", "period restarted"),
    "reading.add": QT_TRANSLATE_NOOP("GuestLabels", "temperature recorded"),
    "reading.void": QT_TRANSLATE_NOOP("GuestLabels", "temperature voided"),
    "test.schedule": QT_TRANSLATE_NOOP("GuestLabels", "test scheduled"),
    "test.sample": QT_TRANSLATE_NOOP("GuestLabels", "sample taken"),
    "test.result": QT_TRANSLATE_NOOP("GuestLabels", "test result"),
    "alert.open": QT_TRANSLATE_NOOP("GuestLabels", "alert opened"),
    "alert.note": QT_TRANSLATE_NOOP("GuestLabels", "alert note"),
    "alert.finding": QT_TRANSLATE_NOOP("GuestLabels", "alert finding"),
    "alert.escalate": QT_TRANSLATE_NOOP("GuestLabels", "alert escalated"),
    "alert.resolve": QT_TRANSLATE_NOOP("GuestLabels", "alert resolved"),
    "destination.record": QT_TRANSLATE_NOOP("GuestLabels", "destination checked"),
    "destination.notify": QT_TRANSLATE_NOOP("GuestLabels", "community told"),
    "followup.call": QT_TRANSLATE_NOOP("GuestLabels", "follow-up call"),
}

#: Fields whose stored codes have words of their own.
_CODED_FIELDS = {"status": STATUSES | ALERT_STATUSES,
                 "id_type": ID_TYPES, "sex": SEXES, "result": TEST_RESULTS,
                 "kind": ALERT_KINDS, "method": METHODS}


def _word(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def category(code: str | None) -> str:
    """A category's name in the window's language, as its policy file names it."""
    return policies.category_label(code) if code else ""


def status(code: str | None) -> str:
    return _word(STATUSES, code)


def id_type(code: str | None) -> str:
    return _word(ID_TYPES, code)


def sex(code: str | None) -> str:
    return _word(SEXES, code)


def test_kind(code: str | None) -> str:
    """A test kind in the window's language, as its policy names it."""
    return policies.test_kind_label(code) if code else ""


def test_result(code: str | None) -> str:
    return _word(TEST_RESULTS, code)


def method(code: str | None) -> str:
    return _word(METHODS, code)


def alert_kind(code: str | None) -> str:
    return _word(ALERT_KINDS, code)


def field(name: str) -> str:
    """A field's name for people; unknown fields keep their code, spaced."""
    source = FIELDS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name.replace("_", " ")


def action(code: str) -> str:
    return _word(ACTIONS, code)


def dash() -> str:
    """What an empty value shows."""
    return "—"


def day_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def moment_text(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def value_text(name: str, value: Any) -> str:
    """A stored value of field ``name`` (as a row holds it, or as an audit snapshot in JSON
    holds it) in words: codes named, yes/no for flags, dates without seconds, ``—`` for
    nothing."""
    if value is None or value == "":
        return dash()
    if isinstance(value, bool):
        return QCoreApplication.translate("GuestLabels", "yes") if value else \
            QCoreApplication.translate("GuestLabels", "no")
    if name == "category" and isinstance(value, str):
        return category(value)
    if name == "kind" and isinstance(value, str) and policies.is_test_kind(value):
        return test_kind(value)
    if name in _CODED_FIELDS and isinstance(value, str):
        return _word(_CODED_FIELDS[name], value)
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and len(value) == 19 and value[10] == "T":
        return value[:16].replace("T", " ")  # an ISO moment from an audit snapshot
    if name == "conditions" and isinstance(value, str):
        return "、".join(part for part in value.split(";") if part)
    return str(value)
