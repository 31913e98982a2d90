"""What the desk's dialogs share: the line where a refusal is shown, and the button row whose
primary button accepts (so every dialog looks and answers Enter and Esc the same way)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from quarantine_desk.ui.common import theme


def error_label(parent: QWidget) -> QLabel:
    """A hidden, wrapping line in the error colour; shown with the message when a try fails."""
    error = QLabel(parent)
    theme.mark(error, "error")
    error.setWordWrap(True)
    error.hide()
    return error


def dialog_buttons(dialog: QDialog, accept_text: str, on_accept: Callable[[], object], *,
                   reject_text: str = "", default: bool = True,
                   ) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A button box with a primary button that runs ``on_accept`` and one that rejects the
    dialog (Cancel unless ``reject_text`` names it); returns the box and both buttons.

    ``default=False`` leaves Enter without a default, for a button that must be clicked."""
    buttons = QDialogButtonBox(dialog)
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    theme.mark(accept, "primary")
    if default:
        accept.setDefault(True)
    if reject_text:
        reject = buttons.addButton(reject_text, QDialogButtonBox.ButtonRole.RejectRole)
    else:
        reject = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept, reject
