"""The manager's last look before a release: who goes, and who will be refused and why.

It starts on everyone due by the date, so one approval releases all who are ready without
choosing rows first; "only the selected" narrows it to the rows chosen in the list."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services.release import ReleaseCandidate
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons

#: Height of the list of names before it scrolls, in pixels.
LIST_HEIGHT = 320


def _who(candidate: ReleaseCandidate, no_room: str) -> str:
    return f"<b>{escape(candidate.name)}</b> ({escape(candidate.room or no_room)})"


class ReleaseConfirmDialog(QDialog):
    """Names the people ready to release on ``on`` and those who will be refused, with their
    reasons: of everyone ``due``, or (the check box) only of ``selected`` (stay ids)."""

    def __init__(self, on: date, due: Sequence[ReleaseCandidate],
                 selected: Collection[int] = (), parent: QWidget | None = None, *,
                 only_selected: bool = False) -> None:
        super().__init__(parent)
        self._on = on
        self._due = list(due)
        self._selected = set(selected)
        self.setWindowTitle(self.tr("Approve release"))

        self.heading = QLabel(self)
        theme.mark(self.heading, "subtitle")
        self.heading.setWordWrap(True)
        self.only_selected = QCheckBox(self.tr("&Only the {n} selected in the list").format(
            n=len(self._selected)), self)
        self.only_selected.setToolTip(self.tr("Release only the rows selected in the list "
                                              "instead of everyone due who is ready"))
        self.only_selected.setVisible(bool(self._selected))
        self.only_selected.setChecked(only_selected and bool(self._selected))

        self.names = QLabel(self)
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

        buttons, self.release_button, _ = dialog_buttons(self, "", self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.only_selected)
        layout.addWidget(scroll)
        layout.addWidget(consequence)
        layout.addWidget(buttons)
        self._show_choice()
        self.only_selected.toggled.connect(lambda _on: self._show_choice())
        theme.fit_to_width(self, 620)

    def chosen(self) -> list[ReleaseCandidate]:
        """The people the approval is for, ready or not (the service refuses the others)."""
        if self.only_selected.isChecked():
            return [c for c in self._due if c.stay_id in self._selected]
        return list(self._due)

    def eligible(self) -> list[ReleaseCandidate]:
        return [c for c in self.chosen() if c.eligible]

    def refused(self) -> list[ReleaseCandidate]:
        return [c for c in self.chosen() if not c.eligible]

    def _show_choice(self) -> None:
        """Heading, names and button for the people chosen now."""
        eligible, refused = self.eligible(), self.refused()
        no_room = self.tr("no room")
        if not eligible:
            question = self.tr("Nobody selected can be released on {date}.")
            button = self.tr("&Release")
        elif len(eligible) == 1:
            question = self.tr("Release 1 person on {date}?")
            button = self.tr("&Release 1 person")
        else:
            question = self.tr("Release {n} people on {date}?")
            button = self.tr("&Release {n} people")
        self.heading.setText(question.format(n=len(eligible), date=self._on.isoformat()))
        self.release_button.setText(button.format(n=len(eligible)))
        self.release_button.setEnabled(bool(eligible))
        theme.mark(self.release_button, "primary" if eligible else "")

        lines = [f"<p style='margin:2px 0'>{_who(c, no_room)}</p>" for c in eligible]
        if refused:
            lines.append("<p style='margin:{top}px 0 4px 0'>{text}</p>".format(
                top=12 if eligible else 2, text=escape(
                    self.tr("Not ready — these will be refused and stay in quarantine:"))))
            lines += [
                f"<p style='margin:2px 0'>{_who(c, no_room)}: "
                f"<span style='color:{theme.ERROR}'>{escape('; '.join(c.reasons))}</span></p>"
                for c in refused
            ]
        self.names.setText("".join(lines))
