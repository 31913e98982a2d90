"""The small symptoms checklist of the rounds sheet, driven by number keys.

The symptoms are those of the policy in force on the sheet's date, in the reader's language.
The nurse ticks what the guest reports (1 to n, n + 1 for anything else, 0 to clear; keys go
up to 9), presses Enter, then types the temperature: the symptoms are saved with it, their
names joined with ";".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme

#: The highest number key: symptoms after the ninth line are ticked with the mouse or Space.
_LAST_KEY = 9


def _numbered(number: int, text: str) -> str:
    """A line's text with its number key as its mnemonic, while there are keys."""
    return f"&{number}  {text}" if number <= _LAST_KEY else text


class SymptomsDialog(QDialog):
    """Tick symptoms with their number key (or Space), clear with 0, Enter to keep, Esc to
    cancel. ``names`` are the policy's symptoms as the nurse reads and the record stores
    them; ``ticked`` what was ticked before (a name not among them is "anything else")."""

    def __init__(self, who: str, names: Sequence[str], ticked: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = list(names)
        self.setWindowTitle(self.tr("Symptoms — {who}").format(who=who))
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        heading = QLabel(self.tr("Symptoms of {who}").format(who=who), self)
        theme.mark(heading, "subtitle")
        layout.addWidget(heading)
        hint = QLabel(self.tr("Number keys tick and untick, 0 clears; Enter keeps them for the "
                              "temperature you type next."), self)
        hint.setWordWrap(True)
        theme.mark(hint, "muted")
        layout.addWidget(hint)

        known = self._names
        self._boxes: list[QCheckBox] = []
        for number, name in enumerate(known, start=1):
            box = QCheckBox(_numbered(number, name), self)
            box.setChecked(name in ticked)
            layout.addWidget(box)
            self._boxes.append(box)
        other_number = len(known) + 1
        self.other = QCheckBox(self.tr("&{number}  other:").format(number=other_number)
                               if other_number <= _LAST_KEY else self.tr("Other:"), self)
        self.other_text = QLineEdit(self)
        self.other_text.setPlaceholderText(self.tr("what else the guest reports"))
        extra = [item for item in ticked if item not in known]
        self.other.setChecked(bool(extra))
        self.other_text.setText("; ".join(extra))
        self.other_text.setEnabled(bool(extra))
        self.other.toggled.connect(self._on_other_toggled)
        layout.addWidget(self.other)
        layout.addWidget(self.other_text)
        self._boxes.append(self.other)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._boxes[0].setFocus()
        theme.fit_to_width(self, 380)

    def symptoms(self) -> list[str]:
        """What is ticked, "other" replaced by what was written for it."""
        names = [name for name, box in zip(self._names, self._boxes, strict=False)
                 if box.isChecked()]
        if self.other.isChecked():
            written = [part.strip() for part in self.other_text.text().split(";")]
            names += [part for part in written if part] or [self.tr("other symptom")]
        return names

    def toggle(self, number: int) -> None:
        """Tick or untick symptom ``number`` (1-based); 0 unticks them all."""
        if number == 0:
            for box in self._boxes:
                box.setChecked(False)
        elif 1 <= number <= min(len(self._boxes), _LAST_KEY):
            box = self._boxes[number - 1]
            box.setChecked(not box.isChecked())
            box.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        text = event.text()
        if text.isdigit() and len(text) == 1 and not self.other_text.hasFocus():
            self.toggle(int(text))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def _on_other_toggled(self, checked: bool) -> None:
        self.other_text.setEnabled(checked)
        if checked:
            self.other_text.setFocus()
