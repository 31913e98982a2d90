"""The CJK font every document uses, registered once with ReportLab.

ReportLab embeds only TrueType (``glyf``) outlines, so the shipped WenQuanYi Micro Hei is used:
it embeds as a subset and Chinese text renders on any computer (DESIGN.md §11). Its ``℃`` glyph
is empty, so documents always write ``°C``.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from quarantine_desk import RESOURCES_DIR

FONT_NAME = "WenQuanYiMicroHei"
FONT_PATH = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"

#: How a held / failed criterion is marked, best first; the first pair the font can draw wins.
_MARK_CANDIDATES = (("✓", "✗"), ("√", "×"), ("是", "否"))


@cache
def register_fonts() -> str:
    """Register the CJK font with ReportLab (once) and return its name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
    return FONT_NAME


def has_glyph(char: str) -> bool:
    """True when the font maps ``char`` to a glyph with an outline (not missing, not empty)."""
    face = pdfmetrics.getFont(register_fonts()).face
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None:
        return False
    return face.glyphPos[glyph + 1] > face.glyphPos[glyph]


@cache
def check_marks() -> tuple[str, str]:
    """The (holds, fails) marks the font can actually draw."""
    for yes, no in _MARK_CANDIDATES:
        if has_glyph(yes) and has_glyph(no):
            return yes, no
    raise RuntimeError(f"font {FONT_PATH.name} cannot draw any pair of check marks")
