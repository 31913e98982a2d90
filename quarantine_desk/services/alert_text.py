"""What an alert is about, in the language of whoever reads it.

An alert keeps the summary written when it was opened (the record), but the desk shows the
text made again from the reading or test behind it, so an alert opened from an English command
line reads in Chinese in a Chinese window, and the other way round. The wording keeps the
translation contexts of the services that first wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, select

from quarantine_desk.domain.enums import AlertKind, TestKind
from quarantine_desk.domain.text import translate
from quarantine_desk.store.models import Alert, LabTest, Reading


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
    kind = (translate("labtests", "PCR") if test.kind == TestKind.PCR.value
            else translate("labtests", "antigen"))
    summary = translate("labtests", "{kind} positive, sampled {day}").format(
        kind=kind, day=test.sampled_at.strftime("%Y-%m-%d") if test.sampled_at else "?")
    if test.sample_no:
        summary += translate("labtests", ", sample {no}").format(no=test.sample_no)
    if test.ct_orf1ab is not None or test.ct_n is not None:
        summary += translate("labtests", " (Ct ORF1ab {orf}, N {n})").format(
            orf=test.ct_orf1ab if test.ct_orf1ab is not None else "-",
            n=test.ct_n if test.ct_n is not None else "-")
    return summary


def current_summaries(session: Session, alerts: Sequence[Alert]) -> dict[int, str]:
    """Each alert's summary made now from its reading or test (two queries for any number of
    alerts); the stored summary where there is nothing to make it from."""
    reading_ids = {a.reading_id for a in alerts if a.reading_id is not None}
    test_ids = {a.test_id for a in alerts if a.test_id is not None}
    readings = {r.id: r for r in session.exec(
        select(Reading).where(Reading.id.in_(reading_ids)))} if reading_ids else {}  # type: ignore[union-attr]
    tests = {t.id: t for t in session.exec(
        select(LabTest).where(LabTest.id.in_(test_ids)))} if test_ids else {}  # type: ignore[union-attr]
    summaries: dict[int, str] = {}
    for alert in alerts:
        reading = readings.get(alert.reading_id)
        test = tests.get(alert.test_id)
        if reading is not None and alert.kind in (AlertKind.FEVER.value, AlertKind.SYMPTOM.value):
            summaries[alert.id or 0] = reading_summary(AlertKind(alert.kind), reading)
        elif test is not None and alert.kind == AlertKind.POSITIVE.value:
            summaries[alert.id or 0] = positive_summary(test)
        else:
            summaries[alert.id or 0] = alert.summary
    return summaries
