"""Settings › Site: the name, address, code and duty phone printed on every form and report."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services import site as site_service
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.settings.common import card, label, primary_row

FORM_WIDTH = 640


class SiteTab(QWidget):
    """Edit the site's details; Enter in any field saves them (audited by the service)."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
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
        self.language = QComboBox(frame)
        # Each language named in itself, so anyone can find their own.
        self.language.addItem("中文", "zh")
        self.language.addItem("中文 + English", "en")
        self.language.setToolTip(self.tr(
            "The window's language from the next sign-in, and whether handover forms carry "
            "English labels beside the Chinese."))
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Site &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Site &code"), self.code)
        form.addRow(self.tr("Duty &phone"), self.phone)
        form.addRow(self.tr("&Language"), self.language)
        box.addLayout(form)
        self.save_button, buttons = primary_row(self.tr("&Save the site's details"), frame,
                                                self.save)
        box.addLayout(buttons)
        for field in self._fields():
            field.returnPressed.connect(self.save)
        self._shown = self._typed()  # the saved details last put in the fields

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.addWidget(frame)
        layout.addStretch(1)

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.address, self.code, self.phone)

    def _typed(self) -> tuple[str, ...]:
        return (*(field.text() for field in self._fields()), str(self.language.currentData()))

    def refresh(self) -> None:
        """Show the saved details, unless the person is part-way through changing them."""
        with self._host.context.read() as session:
            site = site_service.site_record(session)
        saved = ((site.name, site.address, site.code, site.phone, site.language) if site
                 else ("",) * 4 + ("zh",))
        if self._typed() != self._shown:
            return
        for field, value in zip(self._fields(), saved[:4], strict=True):
            field.setText(value)
        self.language.setCurrentIndex(max(0, self.language.findData(saved[4])))
        self._shown = self._typed()

    def has_unsaved_input(self) -> bool:
        """Details changed in the fields and not saved."""
        return self._typed() != self._shown

    def discard(self) -> None:
        """Put the saved details back in the fields."""
        self._shown = self._typed()
        self.refresh()

    def save(self) -> None:
        site = self._host.perform(
            lambda s: site_service.setup_site(
                s, self._host.context.actor, self.name.text(), self.address.text(),
                self.phone.text(), code=self.code.text(),
                language=str(self.language.currentData())),
            done=self.tr("The site's details are saved."),
        )
        if site is not None:
            self._shown = self._typed()
