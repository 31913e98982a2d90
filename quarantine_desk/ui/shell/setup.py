"""First-run setup: name the site and create the point manager's account, then sign in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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
from quarantine_desk.ui.shell.status import database_caption


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
                    "account; the manager then adds the other staff in Settings."),
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

        self.error = QLabel(self)
        theme.mark(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("Create and sign in"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        theme.mark(self.create_button, "primary")
        self.create_button.setDefault(True)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)

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
        self.site_name.setFocus()
        theme.fit_to_width(self, 520)

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
            return
        self.accept()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        theme.mark(label, "section")
        return label

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
