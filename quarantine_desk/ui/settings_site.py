"""Settings › Site: the name, address, code and duty phone printed on every form and report."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from quarantine_desk.services import site as site_service
from quarantine_desk.ui import theme
from quarantine_desk.ui.panels.base import Panel
from quarantine_desk.ui.settings_common import card, label

FORM_WIDTH = 640


class SiteTab(QWidget):
    """Edit the site's details; Enter in any field saves them (audited by the service)."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._shown: tuple[str, ...] = ("",) * 4  # the saved details last put in the fields
        frame, box = card(self, self.tr("The site"))
        frame.setMaximumWidth(FORM_WIDTH)
        box.addWidget(label(
            self.tr("Printed on handover forms and release lists and at the head of the daily "
                    "report: write them as the command centre does."), frame, "muted"))
        self.name = QLineEdit(frame)
        self.name.setPlaceholderText(self.tr("e.g. 城东集中隔离医学观察点"))
        self.address = QLineEdit(frame)
        self.code = QLineEdit(frame)
        self.code.setPlaceholderText(self.tr("the command centre's number for the site"))
        self.phone = QLineEdit(frame)
        self.phone.setPlaceholderText(self.tr("the number guests and communities call"))
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Site &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Site &code"), self.code)
        form.addRow(self.tr("Duty &phone"), self.phone)
        box.addLayout(form)
        self.save_button = QPushButton(self.tr("&Save the site's details"), frame)
        theme.mark(self.save_button, "primary")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        for field in self._fields():
            field.returnPressed.connect(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.addWidget(frame)
        layout.addStretch(1)

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.address, self.code, self.phone)

    def _typed(self) -> tuple[str, ...]:
        return tuple(field.text() for field in self._fields())

    def refresh(self) -> None:
        """Show the saved details, unless the person is part-way through changing them."""
        with self._host.context.read() as session:
            site = site_service.get_site(session)
        saved = (site.name, site.address, site.code, site.phone) if site else ("",) * 4
        if self._typed() != self._shown:
            return
        for field, value in zip(self._fields(), saved, strict=True):
            field.setText(value)
        self._shown = saved

    def save(self) -> None:
        site = self._host.perform(
            lambda s: site_service.setup_site(
                s, self._host.context.actor, self.name.text(), self.address.text(),
                self.phone.text(), code=self.code.text()),
            done=self.tr("The site's details are saved."),
        )
        if site is not None:
            self._shown = self._typed()
            self.refresh()
