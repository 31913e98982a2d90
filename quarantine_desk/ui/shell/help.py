"""F1: the desk guide of the panel in view, in the window's language.

The guides are the Markdown pages of ``docs/help/<language>/<panel>.md``: one source, read in
the repository and shipped beside ``resources/`` in the built program (``build.spec``), so the
guide in the window and the page in ``docs/`` never differ.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.ui.shell.registry import PANELS, find_spec

HELP_DIR = RESOURCES_DIR.parent / "docs" / "help"
#: The guide shown when no panel is in view (before the first one opens).
FIRST_PANEL = PANELS[0].key


def guide_language() -> str:
    """``zh`` when the window speaks Chinese, else ``en`` (the window's default locale is set
    with its translations, :func:`quarantine_desk.i18n.install_in_application`)."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"


def guide_path(panel_key: str, language: str) -> Path:
    return HELP_DIR / language / f"{panel_key}.md"


def read_guide(panel_key: str, language: str) -> str:
    """The guide's Markdown; the English one when the language has none."""
    path = guide_path(panel_key, language)
    if not path.is_file():
        path = guide_path(panel_key, "en")
    return path.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide beside the window, not over it: it stays open while the panel is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel_key = ""
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def show_guide(self, panel_key: str) -> None:
        spec = find_spec(panel_key)
        title = spec.translated_title() if spec is not None else panel_key
        self.panel_key = panel_key
        self.setWindowTitle(self.tr("Help: {panel}").format(panel=title))
        self.browser.setMarkdown(read_guide(panel_key, guide_language()))


def show_help(window: QWidget, panel_key: str | None) -> HelpDialog:
    """Open (or bring forward) the guide of ``panel_key`` for ``window``; the first panel's
    guide when none is in view."""
    key = panel_key if panel_key and find_spec(panel_key) is not None else FIRST_PANEL
    dialog = window.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if dialog is None:
        dialog = HelpDialog(window)
    dialog.show_guide(key)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
