"""Paragraph styles and colours shared by the documents, all in the embedded CJK font."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _paragraph

from quarantine_desk.documents.fonts import FONT_NAME, register_fonts

# ReportLab's CJK line breaking keeps 、。） off the start of a line but not the other full-width
# marks of Chinese text; without this a line can begin with a comma. Both line breakers (one
# style per paragraph, several styles) read the module-level list.
_CHINESE_CANNOT_START = "，；：！？》"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(
        char for char in _CHINESE_CANNOT_START if char not in _module.ALL_CANNOT_START
    )

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#333333")
LABEL_FILL = colors.HexColor("#F0F0F0")
BAND_FILL = colors.HexColor("#E4E4E4")
ALERT = colors.HexColor("#B00020")

#: Space between items on one line of a Paragraph (plain and ideographic spaces collapse).
SEPARATOR = "&nbsp;" * 4

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def style(
    size: float,
    *,
    align: str = "left",
    leading: float | None = None,
    color: colors.Color = INK,
    name: str = "",
) -> ParagraphStyle:
    """A paragraph style in the CJK font that wraps Chinese anywhere and Latin at spaces.

    Only names the font: writers register it before drawing, so importing costs nothing."""
    return ParagraphStyle(
        name or f"qd-{size}-{align}",
        fontName=FONT_NAME,
        fontSize=size,
        leading=leading if leading is not None else round(size * 1.25, 2),
        alignment=_ALIGN[align],
        textColor=color,
        wordWrap="CJK",
        splitLongWords=True,
    )


class BoldLine(Flowable):
    """One centred line of heavier text: the CJK font has no bold face, so stroke the glyphs."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail_width = avail_width
        return avail_width, self.size * 1.35

    def draw(self) -> None:
        canvas = self.canv
        font = register_fonts()
        width = canvas.stringWidth(self.text, font, self.size)
        text = canvas.beginText((self.avail_width - width) / 2, self.size * 0.35)
        text.setFont(font, self.size)
        text.setTextRenderMode(2)  # fill and stroke
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self.size * 0.025)
        text.textLine(self.text)
        canvas.drawText(text)
        canvas.restoreState()
