"""The idle lock: a cover over the whole window that the same person's password lifts, or
that the next person on shift passes by switching user.

The panels stay as they are underneath (disabled, hidden by the cover), so nothing typed
before the lock is lost when the same person comes back; switching user asks about unsaved
input first (the window does that).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import AuthenticationFailed
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import error_label
from quarantine_desk.ui.shell.status import role_label


class LockOverlay(QWidget):
    """Covers its parent window; emits ``unlocked`` once the password is right, and
    ``switch_requested`` when someone else wants to sign in."""

    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        card = QFrame(self)
        theme.mark(card, "card")
        card.setFixedWidth(460)
        title = QLabel(self.tr("Quarantine Desk is locked"), card)
        theme.mark(title, "title")
        self.who = QLabel(card)
        self.who.setWordWrap(True)
        theme.mark(self.who, "muted")
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.attempt)
        self.error = error_label(card)
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        theme.mark(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self.attempt)
        self.switch_button = QPushButton(self.tr("Switch user…"), card)
        self.switch_button.setToolTip(self.tr(
            "Someone else takes over the desk and signs in with their own account."))
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self.switch_requested)

        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        other = QHBoxLayout()
        other.addStretch(1)
        other.addWidget(self.switch_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.who)
        inner.addLayout(row)
        inner.addWidget(self.error)
        inner.addLayout(other)

        # Centred by stretches, not alignment, so the wrapped text gets its full height.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        parent.installEventFilter(self)
        self.set_desk(desk)
        self.hide()

    def set_desk(self, desk: Desk) -> None:
        """Whose password lifts the lock (after a switch of user, the new person's)."""
        self._desk = desk
        actor = desk.actor
        self.who.setText(
            self.tr("{name} ({role}) stepped away. Enter your password to carry on where you "
                    "left off; nothing you typed is lost.").format(
                name=actor.display_name or actor.username, role=role_label(actor.role)))
        self.password.setPlaceholderText(self.tr("password of {username}").format(
            username=actor.username))

    def cover(self) -> None:
        """Show the lock over the whole window and wait for the password."""
        self.password.clear()
        self.error.hide()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.password.setFocus()

    def attempt(self) -> None:
        """Check the password of the same person; lift the cover when right."""
        try:
            self._desk.sign_in(self._desk.actor.username, self.password.text())
        except AuthenticationFailed as error:
            self.password.clear()
            self.error.setText(str(error))
            self.error.show()
            self.password.setFocus()
            return
        self.lift()
        self.unlocked.emit()

    def lift(self) -> None:
        """Take the cover away (the right password, or another person signed in)."""
        self.password.clear()
        self.error.hide()
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
