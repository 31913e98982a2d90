"""First-run setup: name the site and create the point manager's account, then sign in; the
window then opens on the next step, adding the rooms."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services import first_run
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons, error_label
from quarantine_desk.ui.shell.status import database_caption


class _Window(Protocol):
    """What :func:`show_first_step` needs of the main window."""

    desk: Desk

    def show_panel(self, key: str) -> object: ...


def show_first_step(window: _Window) -> bool:
    """Open Settings › Rooms when the site has no rooms yet and the person may add them (the
    main window calls this once, after sign-in); True when it did."""
    if not window.desk.query(first_run.needs_rooms):
        return False
    show_rooms = getattr(window.show_panel("settings"), "show_rooms", None)
    if not callable(show_rooms):
        return False
    show_rooms()
    return True


class FirstRunDialog(QDialog):
    """Shown on an empty database. On success :attr:`actor` is the new manager, signed in."""

    def __init__(self, desk: Desk, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("First-run setup — Quarantine Desk"))

        title = QLabel(self.tr("Welcome to Quarantine Desk"), self)
        theme.mark(title, "title")
        intro = QLabel(
            self.tr("This database is new. Name the site and create the point manager's "
                    "account. Next, the manager adds the site's rooms and the other staff in "
                    "Settings."),
            self,
        )
        intro.setWordWrap(True)
        theme.mark(intro, "muted")

        self.site_name = QLineEdit(self)
        self.site_name.setPlaceholderText(self.tr("as on the command centre's notice"))
        self.site_address = QLineEdit(self)
        self.site_phone = QLineEdit(self)
        self.site_phone.setPlaceholderText(self.tr("printed on handover forms"))
        self.username = QLineEdit(self)
        self.username.setPlaceholderText(self.tr("letters and digits, e.g. zhang.wei"))
        self.display_name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(self)
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self._section(self.tr("The site")))
        form.addRow(self.tr("Site &name"), self.site_name)
        form.addRow(self.tr("&Address"), self.site_address)
        form.addRow(self.tr("Duty &phone"), self.site_phone)
        form.addRow(self._section(self.tr("The point manager's account")))
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Display name"), self.display_name)
        form.addRow(self.tr("Pass&word"), self.password)
        form.addRow(self.tr("&Repeat password"), self.password_again)

        self.error = error_label(self)
        buttons, self.create_button, _ = dialog_buttons(
            self, self.tr("Create and sign in"), self.attempt, reject_text=self.tr("Quit"))

        database_label = database_caption(database, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(theme.SPACING)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        layout.addWidget(database_label)
        for field in self._fields():
            field.textEdited.connect(lambda _text: self.error.hide())
        self.site_name.setFocus()
        theme.fit_to_width(self, 520)

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.site_name, self.site_address, self.site_phone, self.username,
                self.display_name, self.password, self.password_again)

    def attempt(self) -> None:
        """Create the manager and the site in one transaction, then sign the manager in."""
        if self.password.text() != self.password_again.text():
            self._refuse(self.tr("The two passwords differ: type the same password twice."))
            self.password.clear()
            self.password_again.clear()
            self.password.setFocus()
            return
        username = self.username.text().strip()
        try:
            with self._desk.write() as session:
                first_run.set_up_site(
                    session, site_name=self.site_name.text(), address=self.site_address.text(),
                    phone=self.site_phone.text(), username=username,
                    display_name=self.display_name.text(), password=self.password.text(),
                )
            self.actor = self._desk.sign_in(username, self.password.text())
        except ServiceError as error:
            self._refuse(str(error))
            if not username:
                self.username.setFocus()
            return
        self.accept()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        theme.mark(label, "section")
        return label

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
