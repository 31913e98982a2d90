"""The status bar: who is signed in, with which role, on which database; lock and switch user;
and, while it lasts, that the database server cannot be reached."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget
from sqlalchemy.engine import make_url

from quarantine_desk.domain.enums import Role
from quarantine_desk.services.context import Actor
from quarantine_desk.ui.common import theme

_ROLE_LABELS = {
    Role.MANAGER: "point manager",
    Role.LIAISON: "liaison officer",
    Role.MEDICAL: "medical staff",
}


def role_label(role: Role) -> str:
    """The role as a person would say it, translated."""
    return QCoreApplication.translate("Roles", _ROLE_LABELS[role])


def describe_database(target: str) -> str:
    """The database for people to read: a file path (the home folder as ``~``, so the bar
    stays short), or a server URL without its password."""
    if "://" in target:
        return make_url(target).render_as_string(hide_password=True)
    path = Path(target)
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:  # not under the home folder (or a relative path): as given
        return target


def database_caption(database: str, parent: QWidget) -> QLabel:
    """The small grey line under the sign-in and setup forms naming the database."""
    caption = QLabel(QCoreApplication.translate("DeskStatusBar", "Database: {db}").format(
        db=describe_database(database)), parent)
    theme.mark(caption, "muted")
    caption.setWordWrap(True)
    return caption


class DeskStatusBar(QStatusBar):
    """Who is at the desk, the buttons to lock it or hand it over, and the database."""

    def __init__(self, actor: Actor, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.person = QLabel(self)
        self.lock_button = self._button(self.tr("Lock"), self.tr(
            "Cover the window until your password is typed again; everything stays as it is."))
        self.switch_button = self._button(self.tr("Switch user"), self.tr(
            "Hand the desk to the next person: they sign in with their own account, and "
            "what they do is recorded under their name."))
        self.database = QLabel(
            self.tr("Database: {db}").format(db=describe_database(database)), self
        )
        if "://" not in database:
            self.database.setToolTip(str(Path(database).expanduser().resolve()))
        #: One calm line while the database server does not answer (hidden otherwise).
        self.unreachable = QLabel(self.tr(
            "The database server cannot be reached: what you typed is kept, and the desk "
            "reconnects by itself."), self)
        self.unreachable.setStyleSheet(f"color: {theme.WARNING};")
        self.unreachable.hide()
        self.addWidget(self.person)
        self.addWidget(self.lock_button)
        self.addWidget(self.switch_button)
        self.addWidget(self.unreachable, 1)
        self.addPermanentWidget(self.database)
        self.set_actor(actor)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def set_actor(self, actor: Actor) -> None:
        """Name the person now at the desk."""
        self.person.setText(self.tr("Signed in: {name} · {role}").format(
            name=actor.display_name or actor.username, role=role_label(actor.role)))
        self.person.setToolTip(self.tr("Account: {username}").format(username=actor.username))

    def show_unreachable(self, reason: str = "") -> None:
        """Say that the database server does not answer (``reason``: the driver's words, in the
        tooltip for whoever looks after the server)."""
        if reason:
            self.unreachable.setToolTip(reason)
        self.unreachable.show()

    def clear_unreachable(self) -> bool:
        """The server answers again; True when the line was showing."""
        shown = not self.unreachable.isHidden()
        self.unreachable.hide()
        self.unreachable.setToolTip("")
        return shown

    def add_before_database(self, widget: QWidget) -> None:
        """Put ``widget`` on the right of the bar, left of the database (which stays last)."""
        self.removeWidget(self.database)
        self.addPermanentWidget(widget)
        self.addPermanentWidget(self.database)
        self.database.show()  # removeWidget hid it
