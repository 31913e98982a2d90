"""A short dialog that asks for a note (a reason, what was done) and, when asked, a choice.

Used for voiding a reading and for every action on an alert: the note is required where the
service requires it, so the OK button waits until something is written, and Enter saves.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.ui.common import theme


class NoteDialog(QDialog):
    """``message`` explains what will happen; the person writes the note and confirms."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        message: str,
        label: str,
        confirm: str,
        placeholder: str = "",
        required: bool = True,
        choices: Sequence[tuple[str, str]] = (),
        danger: bool = False,
    ) -> None:
        """``choices``: (code, label) pairs offered as radio buttons, the first one chosen."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self._required = required
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        if danger:
            theme.mark(self.message, "error")
        layout.addWidget(self.message)

        self._choices = QButtonGroup(self)
        self._codes: list[str] = []
        for number, (code, text) in enumerate(choices):
            button = QRadioButton(text, self)
            button.setChecked(number == 0)
            self._choices.addButton(button, number)
            self._codes.append(code)
            layout.addWidget(button)

        caption = QLabel(label, self)
        theme.mark(caption, "section")
        layout.addWidget(caption)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(placeholder)
        caption.setBuddy(self.note)
        layout.addWidget(self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirm: QPushButton = buttons.addButton(confirm,
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.textChanged.connect(self._update)
        self._update()
        self.note.setFocus()
        theme.fit_to_width(self, 460)

    def text(self) -> str:
        return self.note.text().strip()

    def choice(self) -> str:
        """The code of the chosen option ("" when none were offered)."""
        return self._codes[self._choices.checkedId()] if self._codes else ""

    def accept(self) -> None:
        if self._required and not self.text():
            return  # Enter in an empty field: nothing to save yet
        super().accept()

    def _update(self) -> None:
        ready = bool(self.text()) or not self._required
        self.confirm.setEnabled(ready)
        # The theme's primary look has no disabled variant: show it only once it can be used.
        theme.mark(self.confirm, "primary" if ready else "")
