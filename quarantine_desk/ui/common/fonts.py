"""The shipped font, so Chinese renders on a desk PC with no CJK fonts installed."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.ui.common import theme

FONT_FILE = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"


class FontMissing(RuntimeError):
    """The shipped font file is absent or unreadable: the installation is broken."""


@cache
def register_fonts() -> str:
    """Register the shipped font with Qt once and return its family name."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FontMissing(
            QCoreApplication.translate(
                "fonts", "cannot load the font {path}: reinstall Quarantine Desk"
            ).format(path=FONT_FILE)
        )
    return families[0]


def apply_font(app: QApplication) -> QFont:
    """Make the shipped font the application's font at the theme's reading size."""
    font = QFont(register_fonts())
    font.setPointSizeF(theme.FONT_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return font
