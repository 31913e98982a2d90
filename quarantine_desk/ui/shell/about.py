"""About Quarantine Desk: the version, the database in use, the data folder and the licences.

What a site's IT person asks first (which version, which database, where the files are), and
the licence texts the program ships under, the fonts' included.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk import RESOURCES_DIR, __version__
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.shell.status import describe_database

ICON = RESOURCES_DIR / "icons" / "quarantine-desk-64.png"
LICENSES = RESOURCES_DIR / "licenses"
FONTS = RESOURCES_DIR / "fonts"


@dataclass(frozen=True)
class Notice:
    """One part of the program and the licence it comes under (texts: files shipped)."""

    name: str
    licence: str
    files: tuple[Path, ...]


def data_folder() -> Path:
    """The user data folder (default database, backups, errors.log), as the store names it."""
    return Path(platformdirs.user_data_dir("quarantine-desk", appauthor=False))


class AboutDialog(QDialog):
    """Version, database and data folder above; the licences below, one text at a time."""

    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Quarantine Desk"))
        self.notices = self._notices()

        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(ICON)))
        name = QLabel(self.tr("Quarantine Desk"), self)
        theme.mark(name, "title")
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        theme.mark(version, "muted")
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(version)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(theme.MARGIN)
        top.addLayout(heading, 1)

        facts = QFormLayout()
        self.database_label = self._selectable(describe_database(database))
        self.folder_label = self._selectable(str(data_folder()))
        facts.addRow(self.tr("Database in use"), self.database_label)
        facts.addRow(self.tr("Data folder"), self.folder_label)

        licences_label = QLabel(self.tr("Licences"), self)
        theme.mark(licences_label, "subtitle")
        self.parts = QListWidget(self)
        for notice in self.notices:
            self.parts.addItem(f"{notice.name}\n{notice.licence}")
        self.parts.setFixedWidth(260)
        self.parts.setSpacing(3)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.parts.currentRowChanged.connect(self._show_notice)
        licences = QHBoxLayout()
        licences.addWidget(self.parts)
        licences.addWidget(self.text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(theme.SPACING)
        layout.addLayout(facts)
        layout.addSpacing(theme.SPACING)
        layout.addWidget(licences_label)
        layout.addLayout(licences, 1)
        layout.addWidget(buttons)
        self.parts.setCurrentRow(0)
        self.resize(860, 620)

    def _selectable(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _notices(self) -> list[Notice]:
        return [
            Notice(self.tr("Quarantine Desk"), self.tr("the project's own terms"), ()),
            Notice("Qt 6 / PySide6", "LGPL-3.0",
                   (LICENSES / "LGPL-3.txt", LICENSES / "GPL-3.txt")),
            Notice("ReportLab", "BSD", (LICENSES / "ReportLab-BSD.txt",)),
            Notice(self.tr("WenQuanYi Micro Hei (font)"), "Apache-2.0 / GPL-3.0",
                   (FONTS / "LICENSE-wqy-microhei.txt",)),
            Notice(self.tr("Hanazono Mincho (font)"), self.tr("Hanazono Font License"),
                   (FONTS / "LICENSE-hanazono.txt",)),
        ]

    def _show_notice(self, row: int) -> None:
        if not 0 <= row < len(self.notices):
            return
        notice = self.notices[row]
        if not notice.files:
            self.text.setPlainText(self.tr(
                "Quarantine Desk {version}, the desk application of a centralized quarantine "
                "hotel.\n\nIt is built with the parts listed here, each under its own licence; "
                "their texts travel with the program.").format(version=__version__))
            return
        texts = []
        for path in notice.files:
            try:
                texts.append(path.read_text(encoding="utf-8"))
            except OSError:
                texts.append(self.tr("The licence text {name} is missing from this "
                                     "installation.").format(name=path.name))
        self.text.setPlainText("\n\n".join(texts))
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)


def show_about(window: QWidget, database: str) -> AboutDialog:
    """Open the About dialog over ``window`` for the database it has open."""
    dialog = AboutDialog(database, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
