"""Paragraph styles and colours shared by the documents, all in the embedded CJK font."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus import paragraph as _paragraph

from quarantine_desk.documents.fonts import (
    FONT_NAME,
    draw_runs,
    needs_fallback,
    register_fonts,
    runs_width,
)
from quarantine_desk.documents.format import markup

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


def cell_text(text: str, para_style: ParagraphStyle) -> str | Paragraph:
    """``text`` for a table cell: a plain string, drawn in the cell's font, unless a character
    needs a fallback font, which only a Paragraph (in ``para_style``) can switch to."""
    return Paragraph(markup(text), para_style) if needs_fallback(text) else text


def titled_table_style(size: float, *, grid_to: int = -1) -> list[tuple]:
    """The common frame of a ruled list table (a floor, a receiving community): row 0 a title
    across the width, row 1 the shaded column headings, ruled down to row ``grid_to``.

    Each writer appends its own alignments and paddings after these commands."""
    return [
        ("FONT", (0, 0), (-1, -1), register_fonts(), size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (0, 0), 2),
        ("BOTTOMPADDING", (0, 0), (0, 0), 4),
        ("GRID", (0, 1), (-1, grid_to), 0.4, RULE),
        ("BOX", (0, 1), (-1, -1), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, RULE),
        ("BACKGROUND", (0, 1), (-1, 1), LABEL_FILL),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]


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
        width = runs_width(self.text, self.size)
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(self.size * 0.025)
        draw_runs(canvas, (self.avail_width - width) / 2, self.size * 0.35, self.text, self.size,
                  render_mode=2)  # fill and stroke
        canvas.restoreState()
