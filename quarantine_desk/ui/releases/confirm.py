"""The manager's last look before a release: who goes, and who will be refused and why."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services.release import ReleaseCandidate
from quarantine_desk.ui.common import theme

#: Height of the list of names before it scrolls, in pixels.
LIST_HEIGHT = 320


def _who(candidate: ReleaseCandidate, no_room: str) -> str:
    return f"<b>{escape(candidate.name)}</b> ({escape(candidate.room or no_room)})"


class ReleaseConfirmDialog(QDialog):
    """Names the eligible people to release on ``on`` and the selected ones to be refused."""

    def __init__(self, on: date, eligible: Sequence[ReleaseCandidate],
                 refused: Sequence[ReleaseCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve release"))
        no_room = self.tr("no room")
        if len(eligible) == 1:
            question = self.tr("Release 1 person on {date}?")
            button = self.tr("&Release 1 person")
        else:
            question = self.tr("Release {n} people on {date}?")
            button = self.tr("&Release {n} people")
        heading = QLabel(question.format(n=len(eligible), date=on.isoformat()), self)
        theme.mark(heading, "subtitle")
        heading.setWordWrap(True)

        lines = [f"<p style='margin:2px 0'>{_who(c, no_room)}</p>" for c in eligible]
        if refused:
            lines.append("<p style='margin:12px 0 4px 0'>{}</p>".format(escape(
                self.tr("Not ready — these will be refused and stay in quarantine:"))))
            lines += [
                f"<p style='margin:2px 0'>{_who(c, no_room)}: "
                f"<span style='color:{theme.ERROR}'>{escape('; '.join(c.reasons))}</span></p>"
                for c in refused
            ]
        self.names = QLabel("".join(lines), self)
        self.names.setTextFormat(Qt.TextFormat.RichText)
        self.names.setWordWrap(True)
        self.names.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.names.setContentsMargins(10, 8, 10, 8)
        scroll = QScrollArea(self)
        scroll.setWidget(self.names)
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(LIST_HEIGHT)
        scroll.setFrameShape(QScrollArea.Shape.StyledPanel)

        consequence = QLabel(self.tr("Their stays end now under your name, each gets a handover "
                                     "serial number, and their rooms go to terminal "
                                     "disinfection."), self)
        consequence.setWordWrap(True)
        theme.mark(consequence, "muted")

        buttons = QDialogButtonBox(self)
        self.release_button = buttons.addButton(button.format(n=len(eligible)),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        theme.mark(self.release_button, "primary")
        self.release_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(scroll)
        layout.addWidget(consequence)
        layout.addWidget(buttons)
        theme.fit_to_width(self, 620)
