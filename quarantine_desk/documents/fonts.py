"""The CJK fonts every document uses, registered with ReportLab.

ReportLab embeds only TrueType (``glyf``) outlines, so the shipped WenQuanYi Micro Hei is used:
it embeds as a subset and Chinese text renders on any computer (DESIGN.md §11). Its ``℃`` glyph
is empty, so documents always write ``°C``.

WenQuanYi has no glyph for the rare characters of some names and addresses (CJK Extensions A
to F, e.g. 𠮷 U+20BB7, 𪚥 U+2A6A5), and ReportLab never falls back to another font by itself.
So text from people is cut into runs by which font draws each character (:func:`font_runs`):
a Paragraph gets the fallback runs as ``<font name=...>`` (``format.markup``), a canvas draws
the runs one after another (:func:`draw_runs`). The fallbacks are subsets of Hanazono Mincho
(``resources/fonts/README.md``), registered only when a document first needs one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from quarantine_desk import RESOURCES_DIR

FONT_NAME = "WenQuanYiMicroHei"
FONT_PATH = RESOURCES_DIR / "fonts" / "wqy-microhei.ttc"


@dataclass(frozen=True)
class Fallback:
    """A font for characters the main font cannot draw, and the code points it is for (so a
    character outside them, an emoji say, never loads the file)."""

    name: str
    path: Path
    ranges: tuple[tuple[int, int], ...]

    def covers(self, codepoint: int) -> bool:
        return any(low <= codepoint <= high for low, high in self.ranges)


#: Tried in order after the main font.
FALLBACKS = (
    Fallback("HanaMinA-ext", RESOURCES_DIR / "fonts" / "HanaMinA-ext.ttf",
             ((0x3400, 0x4DBF), (0x9FA6, 0x9FFF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))),
    Fallback("HanaMinB-ext", RESOURCES_DIR / "fonts" / "HanaMinB-ext.ttf",
             ((0x20000, 0x2A6DF), (0x2A700, 0x2EBEF))),
)

_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with each character beyond U+FFFF written as its UTF-16
    surrogate pair (ReportLab writes the bare code point, so copying 𠮷 from a PDF, or a
    search for it, gave a wrong character)."""
    text = _reportlab_to_unicode(fontname, [min(code, 0xFFFF) for code in subset])
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            text = text.replace(f"<{index:02X}> <FFFF>", f"<{index:02X}> <{pair}>", 1)
    return text


ttfonts.makeToUnicodeCMap = _to_unicode_cmap

#: How a held / failed criterion is marked, best first; the first pair the font can draw wins.
_MARK_CANDIDATES = (("✓", "✗"), ("√", "×"), ("是", "否"))


@cache
def register_fonts() -> str:
    """Register the CJK font with ReportLab (once) and return its name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_PATH), subfontIndex=0))
    return FONT_NAME


@cache
def _register(fallback: Fallback) -> str:
    if fallback.name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(fallback.name, str(fallback.path)))
    return fallback.name


def _draws(font_name: str, char: str) -> bool:
    """True when the font maps ``char`` to a glyph with an outline (not missing, not empty)."""
    face = pdfmetrics.getFont(font_name).face
    glyph = face.charToGlyph.get(ord(char))
    if glyph is None:
        return False
    return face.glyphPos[glyph + 1] > face.glyphPos[glyph]


def has_glyph(char: str) -> bool:
    """True when the main font draws ``char``."""
    return _draws(register_fonts(), char)


@cache
def font_for(char: str) -> str:
    """The font that draws ``char``: the main font when it can, else the first fallback that
    can; a character no font draws (a space, a control character) stays in the main font."""
    main = register_fonts()
    if char.isascii() or unicodedata.category(char)[0] in "CZ" or _draws(main, char):
        return main
    codepoint = ord(char)
    for fallback in FALLBACKS:
        if fallback.covers(codepoint) and _draws(_register(fallback), char):
            return fallback.name
    return main


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (font name, run) pieces, each drawn wholly by its font, in order."""
    runs: list[tuple[str, str]] = []
    if text.isascii():
        return [(register_fonts(), text)] if text else runs
    for char in text:
        font = font_for(char)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def needs_fallback(text: str) -> bool:
    """True when some character of ``text`` is drawn by a fallback font."""
    return not text.isascii() and any(font_for(char) != FONT_NAME for char in text)


def runs_width(text: str, size: float) -> float:
    """The width of ``text`` at ``size`` points, each run measured in its own font."""
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text))


def draw_runs(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              anchor: str = "left", render_mode: int = 0) -> None:
    """Draw ``text`` at ``size`` points on one line, each run in the font that draws it.

    ``anchor`` is ``left`` or ``right`` (``x`` is where the text ends); ``render_mode`` is the
    PDF text render mode (2 fills and strokes, a heavier line for a font with no bold face)."""
    if anchor == "right":
        x -= runs_width(text, size)
    line = canvas.beginText(x, y)
    if render_mode:
        line.setTextRenderMode(render_mode)
    for font, run in font_runs(text):
        line.setFont(font, size)
        line.textOut(run)
    canvas.drawText(line)


@cache
def check_marks() -> tuple[str, str]:
    """The (holds, fails) marks the font can actually draw."""
    for yes, no in _MARK_CANDIDATES:
        if has_glyph(yes) and has_glyph(no):
            return yes, no
    raise RuntimeError(f"font {FONT_PATH.name} cannot draw any pair of check marks")
