"""Settings › Staff: the accounts, adding one, switching one off or on, resetting a password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from quarantine_desk.domain.enums import Role
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.staff import StaffRecord
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.dialogs import dialog_buttons, error_label
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.settings.common import (
    Row,
    card,
    label,
    primary_row,
    row_columns,
    table_view,
)
from quarantine_desk.ui.shell.status import role_label

ADD_FORM_WIDTH = 380


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    """Asks for a new password twice; :attr:`password` holds it once both agree."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = ""
        self.setWindowTitle(self.tr("Reset the password of {user}").format(user=username))
        self.first = _password_field(self)
        self.second = _password_field(self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("New &password"), self.first)
        form.addRow(self.tr("&Repeat it"), self.second)
        buttons, _, _ = dialog_buttons(self, self.tr("Set the password"), self.attempt)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Tell {user} the new password in person; they can "
                                       "change it after signing in.").format(user=username),
                               self, "muted"))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        theme.fit_to_width(self, 420)

    def attempt(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passwords differ: type the same one twice."))
            self.error.show()
            self.first.clear()
            self.second.clear()
            self.first.setFocus()
            return
        self.password = self.first.text()
        self.accept()


class StaffTab(QWidget):
    """The accounts in a table; adding, deactivating and password resets go through
    ``services.staff`` (manager only, audited)."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        list_card, list_box = card(self, self.tr("Accounts"))
        self.model = TableModel(row_columns([self.tr("Username"), self.tr("Name"),
                                             self.tr("Role"), self.tr("Phone"),
                                             self.tr("Status"), self.tr("On duty")]), list_card)
        self.table = table_view(self.model, list_card)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self.active_button = QPushButton(self.tr("&Deactivate"), list_card)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Reset the pass&word…"), list_card)
        self.password_button.clicked.connect(self.reset_password)
        self.duty_button = QPushButton(self.tr("On d&uty"), list_card)
        self.duty_button.setToolTip(self.tr("The overview lists the doctors and nurses on duty "
                                            "with their phone numbers."))
        self.duty_button.clicked.connect(self.toggle_on_duty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.duty_button)
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        self.selection_note = label("", list_card, "muted")
        list_box.addWidget(self.table, 1)
        list_box.addWidget(self.selection_note)
        list_box.addLayout(buttons)

        add_card, add_box = card(self, self.tr("Add an account"))
        add_card.setFixedWidth(ADD_FORM_WIDTH)
        self.username = QLineEdit(add_card)
        self.username.setPlaceholderText(self.tr("letters and digits, e.g. zhang.wei"))
        self.display_name = QLineEdit(add_card)
        self.role = QComboBox(add_card)
        for role in (Role.LIAISON, Role.MEDICAL, Role.MANAGER):
            self.role.addItem(role_label(role), role.value)
        self.phone = QLineEdit(add_card)
        self.password = _password_field(add_card)
        self.password_again = _password_field(add_card)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("R&ole"), self.role)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("Repe&at it"), self.password_again)
        add_box.addLayout(form)
        self.add_button, add_row = primary_row(self.tr("Add the a&ccount"), add_card, self.add)
        add_box.addLayout(add_row)
        add_box.addStretch(1)
        for field in self._form():
            field.returnPressed.connect(self.add)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.MARGIN)
        layout.addWidget(list_card, 1)
        layout.addWidget(add_card)
        self._selection()

    def refresh(self) -> None:
        chosen = self._selected()
        with self._host.context.read() as session:
            accounts = staff_service.list_staff(session)
        me = self._host.context.actor.username
        self.model.set_rows([self._row(account, account.username == me)
                             for account in accounts])
        self.table.resizeColumnsToContents()
        for n, row in enumerate(self.model.rows()):
            if chosen is not None and row.payload.username == chosen.username:
                self.table.selectRow(n)
        self._selection()

    def _row(self, account: StaffRecord, me: bool) -> Row:
        status = self.tr("active") if account.active else self.tr("deactivated")
        name = account.display_name + (self.tr("  (you)") if me else "")
        duty = self.tr("on duty") if account.on_duty else ""
        return Row(cells=[account.username, name, role_label(account.role),
                          account.phone, status, duty],
                   payload=account, muted=not account.active)

    def _selected(self) -> StaffRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).payload if rows else None

    def _selection(self) -> None:
        account = self._selected()
        mine = account is not None and account.username == self._host.context.actor.username
        self.active_button.setText(self.tr("&Reactivate") if account is not None
                                   and not account.active else self.tr("&Deactivate"))
        self.active_button.setEnabled(account is not None and not mine)
        self.password_button.setEnabled(account is not None)
        self.duty_button.setText(self.tr("Off d&uty") if account is not None
                                 and account.on_duty else self.tr("On d&uty"))
        self.duty_button.setEnabled(account is not None and (account.on_duty or (
            account.active and account.role is Role.MEDICAL)))
        if account is None:
            self.selection_note.setText(self.tr("Select an account to mark it on or off duty, "
                                                "deactivate it or reset its password."))
        elif mine:
            self.selection_note.setText(self.tr("This is your own account: another manager "
                                                "deactivates it if needed."))
        else:
            self.selection_note.setText("")
        self.selection_note.setVisible(bool(self.selection_note.text()))

    # -- actions ------------------------------------------------------------------------------

    def _form(self) -> tuple[QLineEdit, ...]:
        return (self.username, self.display_name, self.phone, self.password,
                self.password_again)

    def has_unsaved_input(self) -> bool:
        """Something typed into the new account's form and not added."""
        return any(field.text().strip() for field in self._form())

    def discard(self) -> None:
        for field in self._form():
            field.clear()

    def add(self) -> None:
        if self.password.text() != self.password_again.text():
            self._host.context.report(
                self.tr("The two passwords differ: type the same password twice."),
                MessageLevel.ERROR)
            self.password.clear()
            self.password_again.clear()
            self.password.setFocus()
            return
        username = self.username.text().strip()
        added = self._host.perform(
            lambda s: staff_service.add_staff(
                s, self._host.context.actor, username, Role(self.role.currentData()),
                self.password.text(), display_name=self.display_name.text(),
                phone=self.phone.text().strip()),
            done=self.tr("Account {user} is added.").format(user=username),
        )
        if added is None:
            return
        self.discard()
        self.username.setFocus()

    def toggle_active(self) -> None:
        account = self._selected()
        if account is None or account.username == self._host.context.actor.username:
            return
        active = not account.active
        self._change(
            lambda s, actor: staff_service.set_active(s, actor, account.username, active),
            (self.tr("{user} can sign in again.") if active
             else self.tr("{user} can no longer sign in.")).format(user=account.username))

    def toggle_on_duty(self) -> None:
        account = self._selected()
        if account is None:
            return
        on_duty = not account.on_duty
        self._change(
            lambda s, actor: staff_service.set_on_duty(s, actor, account.username, on_duty),
            (self.tr("{user} is on duty.") if on_duty
             else self.tr("{user} is off duty.")).format(user=account.username))

    def _change(self, change: Callable[[Session, Actor], object], done: str) -> None:
        """Make one change to an account through the staff service (the list reloads on the
        change it announces)."""
        self._host.perform(lambda s: change(s, self._host.context.actor), done=done)

    def ask_password(self, username: str) -> str | None:
        dialog = PasswordDialog(username, self)
        return dialog.password if dialog.exec() == QDialog.DialogCode.Accepted else None

    def reset_password(self) -> None:
        account = self._selected()
        if account is None:
            return
        password = self.ask_password(account.username)
        if password is None:
            return
        self._host.perform(
            lambda s: staff_service.set_password(s, self._host.context.actor, account.username,
                                                 password),
            done=self.tr("The password of {user} is reset.").format(user=account.username),
        )
