"""The shipped fonts, so Chinese renders on a desk PC with no CJK fonts installed.

WenQuanYi Micro Hei draws the window; the rare characters of some names (CJK Extensions A to F,
𠮷 𪚥) come from the Hanazono subsets shipped beside it, made Qt's substitutes for the main
family so every font of that family, not only the application's, falls back to them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.ui.common import theme

FONT_FILE = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"
#: For what the main font cannot draw, in the order tried (as in ``documents.fonts``).
FALLBACK_FILES = (RESOURCES_DIR / "fonts" / "HanaMinA-ext.ttf",
                  RESOURCES_DIR / "fonts" / "HanaMinB-ext.ttf")


class FontMissing(RuntimeError):
    """A shipped font file is absent or unreadable: the installation is broken."""


def _add(path: Path) -> str:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FontMissing(
            QCoreApplication.translate(
                "fonts", "cannot load the font {path}: reinstall Quarantine Desk"
            ).format(path=path)
        )
    return families[0]


@cache
def fallback_families() -> tuple[str, ...]:
    """The fallback fonts' families, registered with Qt once."""
    return tuple(_add(path) for path in FALLBACK_FILES)


@cache
def register_fonts() -> str:
    """Register the shipped fonts with Qt once and return the main font's family, whose
    missing characters Qt then takes from the fallbacks."""
    family = _add(FONT_FILE)
    QFont.insertSubstitutions(family, list(fallback_families()))
    return family


def apply_font(app: QApplication) -> QFont:
    """Make the shipped font, then its fallbacks, the application's font at the theme's
    reading size."""
    font = QFont(register_fonts())
    font.setFamilies([register_fonts(), *fallback_families()])
    font.setPointSizeF(theme.FONT_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return font
