"""Signing in: the dialog at start-up, and the check the idle lock shares with it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from quarantine_desk.services import site as site_service
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.errors import AuthenticationFailed
from quarantine_desk.store.engine import read_session, write_session
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.shell.status import database_caption


def sign_in(engine: Engine, username: str, password: str,
            now: datetime | None = None) -> Actor:
    """Check a password, committing the failure count even when sign-in is refused.

    ``authenticate`` counts wrong passwords towards the lock-out; the refusal is caught inside
    the transaction so that the count is committed, then raised again once it is saved.
    """
    refusal: AuthenticationFailed | None = None
    with write_session(engine) as session:
        try:
            return staff_service.authenticate(session, username, password, now=now)
        except AuthenticationFailed as error:
            refusal = error
    raise refusal


def site_name(engine: Engine) -> str:
    """The site's name for headings, or "" before first-run setup."""
    with read_session(engine) as session:
        site = site_service.get_site(session)
        return site.name if site is not None else ""


class SignInDialog(QDialog):
    """Username and password; refusals (and the lock-out) are shown in the dialog."""

    def __init__(self, engine: Engine, database: str, *, username: str = "", note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — Quarantine Desk"))

        title = QLabel(site_name(engine) or self.tr("Quarantine Desk"), self)
        theme.mark(title, "title")
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("Quarantine Desk · sign in to continue"), self)
        theme.mark(subtitle, "muted")

        self.username = QLineEdit(username, self)
        self.username.setPlaceholderText(self.tr("your staff account"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        self.error = QLabel(self)
        theme.mark(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(self)
        self.sign_in_button = buttons.addButton(self.tr("Sign in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        theme.mark(self.sign_in_button, "primary")
        self.sign_in_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
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
            self.actor = sign_in(self._engine, username, self.password.text())
        except AuthenticationFailed as error:
            self._refuse(str(error), self.password)
            return
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        self.error.setText(message)
        self.error.show()
        self.password.clear()
        focus.setFocus()
