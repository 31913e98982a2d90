"""Signing in: the dialog at start-up and when the desk changes hands (the check itself,
shared with the idle lock, is :meth:`~quarantine_desk.services.desk.Desk.sign_in`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import AuthenticationFailed
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons, error_label
from quarantine_desk.ui.shell.status import database_caption


class SignInDialog(QDialog):
    """Username and password; refusals (and the lock-out) are shown in the dialog."""

    def __init__(self, desk: Desk, database: str, *, username: str = "", note: str = "",
                 switching: bool = False, parent: QWidget | None = None) -> None:
        """``switching``: the window is open and passes to the next person (Cancel keeps
        the one signed in, rather than quitting)."""
        super().__init__(parent)
        self._desk = desk
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Switch user — Quarantine Desk") if switching
                            else self.tr("Sign in — Quarantine Desk"))

        title = QLabel(desk.site_name() or self.tr("Quarantine Desk"), self)
        theme.mark(title, "title")
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("The next person signs in with their own account.")
                          if switching else self.tr("Quarantine Desk · sign in to continue"),
                          self)
        theme.mark(subtitle, "muted")

        self.username = QLineEdit(username, self)
        self.username.setPlaceholderText(self.tr("your staff account"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        self.error = error_label(self)
        buttons, self.sign_in_button, quit_button = dialog_buttons(
            self, self.tr("Sign in"), self.attempt,
            reject_text="" if switching else self.tr("Quit"))
        quit_button.setAutoDefault(False)

        database_label = database_caption(database, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.error)
        if note:
            self.note = QLabel(note, self)
            self.note.setWordWrap(True)
            self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            theme.mark(self.note, "muted")
            layout.addSpacing(6)
            layout.addWidget(self.note)
        layout.addSpacing(10)
        layout.addWidget(buttons)
        layout.addSpacing(4)
        layout.addWidget(database_label)

        (self.password if username else self.username).setFocus()
        theme.fit_to_width(self, 440)

    def attempt(self) -> None:
        """Try the typed credentials; accept on success, say why not otherwise."""
        username = self.username.text().strip()
        if not username:
            self._refuse(self.tr("Type your username."), self.username)
            return
        try:
            self.actor = self._desk.sign_in(username, self.password.text())
        except AuthenticationFailed as error:
            self._refuse(str(error), self.password)
            return
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        focus.setFocus()
