"""What the Tests panel's pages share: the clock, the words for kinds and results, and the
one question asked before a write that is hard to undo.

Test kinds stay codes in the rows (``pcr``, ``antigen``); they are shown as the policy files
name them, once a page has read the versions (:func:`learn_kinds`)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import Session

from quarantine_desk.domain.enums import TestKind, TestResult
from quarantine_desk.services import policies
from quarantine_desk.ui.common import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sampling", text)


def now() -> datetime:
    """The panel's one reading of the clock (services take it as ``now=``)."""
    return datetime.now().replace(microsecond=0)


def today() -> date:
    return now().date()


def learn_kinds(session: Session) -> None:
    """Read the test kinds of every policy version, so :func:`kind_text` names each code as
    its policy file does (a page calls this when it reads its rows)."""
    policies.read_all(session)


def kind_text(kind: TestKind | str) -> str:
    """A test kind as a table shows it: the policy's name in the window's language, with a
    capital ("Antigen"); COVID-19's words, or the code, before any version was read."""
    name = policies.test_kind_label(str(kind))
    return name[:1].upper() + name[1:]


def result_text(result: TestResult | str | None) -> str:
    """A result as the tables show it; None is a sample the desk does not know yet."""
    if result is None:
        return _tr("new sample")
    return {
        TestResult.PENDING: _tr("pending"),
        TestResult.NEGATIVE: _tr("negative"),
        TestResult.POSITIVE: _tr("POSITIVE"),
        TestResult.INVALID: _tr("invalid"),
    }[TestResult(result)]


def result_color(result: TestResult | str | None) -> str | None:
    """The theme colour that makes a result stand out (positives), or None."""
    if result is not None and TestResult(result) is TestResult.POSITIVE:
        return theme.POSITIVE
    return None


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask before a write; the safe answer (No) is the default, Enter does not confirm."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stop)
    box.exec()
    return box.clickedButton() is go
