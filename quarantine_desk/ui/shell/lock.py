"""The idle lock: a cover over the whole window that only the same person's password lifts.

The panels stay as they are underneath (disabled, hidden by the cover), so nothing typed
before the lock is lost.
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
from quarantine_desk.ui.shell.status import role_label


class LockOverlay(QWidget):
    """Covers its parent window; emits ``unlocked`` once the password is right."""

    unlocked = Signal()

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self._desk = desk
        actor = desk.actor
        self.setObjectName("lockOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        card = QFrame(self)
        theme.mark(card, "card")
        card.setFixedWidth(460)
        title = QLabel(self.tr("Quarantine Desk is locked"), card)
        theme.mark(title, "title")
        who = QLabel(
            self.tr("{name} ({role}) stepped away. Enter your password to carry on where you "
                    "left off; nothing you typed is lost.").format(
                name=actor.display_name or actor.username, role=role_label(actor.role)
            ),
            card,
        )
        who.setWordWrap(True)
        theme.mark(who, "muted")
        self.password = QLineEdit(card)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("password of {username}").format(
            username=actor.username))
        self.password.returnPressed.connect(self.attempt)
        self.error = QLabel(card)
        theme.mark(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"), card)
        theme.mark(self.unlock_button, "primary")
        self.unlock_button.clicked.connect(self.attempt)

        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addLayout(row)
        inner.addWidget(self.error)

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
        self.hide()

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
        self.password.clear()
        self.hide()
        self.unlocked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
