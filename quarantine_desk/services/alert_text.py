"""What an alert is about, in the language of whoever reads it.

An alert keeps the summary written when it was opened (the record), but the desk shows the
text made again from the reading or test behind it, so an alert opened from an English command
line reads in Chinese in a Chinese window, and the other way round. The wording keeps the
translation contexts of the services that first wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, select

from quarantine_desk.domain.enums import AlertKind
from quarantine_desk.domain.text import translate
from quarantine_desk.services import policies
from quarantine_desk.store.models import Alert, AlertAction, LabTest, Reading


def reading_summary(kind: AlertKind, reading: Reading) -> str:
    """``fever 37.6 °C at 04-07 08:10, with cough`` or ``cough at 04-07 08:10 (36.9 °C)``."""
    when = reading.taken_at.strftime("%m-%d %H:%M")
    symptoms = reading.symptoms.replace(";", ", ")
    if kind is AlertKind.FEVER:
        summary = translate("readings", "fever {celsius} °C at {time}").format(
            celsius=reading.celsius, time=when)
        if symptoms:
            summary += translate("readings", ", with {symptoms}").format(symptoms=symptoms)
        return summary
    return translate("readings", "{symptoms} at {time} ({celsius} °C)").format(
        symptoms=symptoms, time=when, celsius=reading.celsius)


def positive_summary(test: LabTest) -> str:
    """``PCR positive, sampled 2022-04-07, sample HS001 (Ct ORF1ab 28, N 30)``."""
    kind = policies.test_kind_label(test.kind)
    summary = translate("labtests", "{kind} positive, sampled {day}").format(
        kind=kind, day=test.sampled_at.strftime("%Y-%m-%d") if test.sampled_at else "?")
    if test.sample_no:
        summary += translate("labtests", ", sample {no}").format(no=test.sample_no)
    if test.ct_orf1ab is not None or test.ct_n is not None:
        summary += translate("labtests", " (Ct ORF1ab {orf}, N {n})").format(
            orf=test.ct_orf1ab if test.ct_orf1ab is not None else "-",
            n=test.ct_n if test.ct_n is not None else "-")
    return summary


def _current_texts(session: Session,
                   sources: Sequence[tuple[int, str, int | None, int | None, str]],
                   ) -> dict[int, str]:
    """``(key, alert kind, reading id, test id, stored text)`` → the text made now, by key
    (two queries for any number); the stored text where there is nothing to make it from."""
    reading_ids = {reading for _, _, reading, _, _ in sources if reading is not None}
    test_ids = {test for _, _, _, test, _ in sources if test is not None}
    readings = {r.id: r for r in session.exec(
        select(Reading).where(Reading.id.in_(reading_ids)))} if reading_ids else {}  # type: ignore[union-attr]
    tests = {t.id: t for t in session.exec(
        select(LabTest).where(LabTest.id.in_(test_ids)))} if test_ids else {}  # type: ignore[union-attr]
    if tests:
        policies.read_all(session)  # every test kind named as its policy names it
    texts: dict[int, str] = {}
    for key, kind, reading_id, test_id, stored in sources:
        reading = readings.get(reading_id)
        test = tests.get(test_id)
        if reading is not None and kind in (AlertKind.FEVER.value, AlertKind.SYMPTOM.value):
            texts[key] = reading_summary(AlertKind(kind), reading)
        elif test is not None and kind == AlertKind.POSITIVE.value:
            texts[key] = positive_summary(test)
        else:
            texts[key] = stored
    return texts


def current_summaries(session: Session, alerts: Sequence[Alert]) -> dict[int, str]:
    """Each alert's summary by alert id, made now from its reading or test."""
    return _current_texts(session, [(a.id or 0, a.kind, a.reading_id, a.test_id, a.summary)
                                    for a in alerts])


def current_notes(session: Session, alerts: Sequence[Alert],
                  actions: Sequence[AlertAction]) -> dict[int, str]:
    """The note of each action that records a finding (opened, a later fever or result), by
    action id, made now from its reading or test; other notes are people's own words."""
    kinds = {a.id: a.kind for a in alerts}
    return _current_texts(session, [
        (action.id or 0, kinds.get(action.alert_id, ""), action.reading_id, action.test_id,
         action.note)
        for action in actions if action.reading_id is not None or action.test_id is not None])
