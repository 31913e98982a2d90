"""A footer on every page of a document that runs over several pages (the release list, the
sampling team's collection sheet): what it is on the left, when it was printed and "page x of
y" on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from quarantine_desk.documents.fonts import register_fonts
from quarantine_desk.documents.format import Labels, fmt_datetime
from quarantine_desk.documents.styles import MUTED

#: Chinese wording, as on the documents it closes (adaptable through the translation files).
_tr = Labels("PageFooter", "zh").chinese


@dataclass(frozen=True)
class Footer:
    left: str  # site, title and date
    printed_at: datetime
    page_width: float
    margin: float  # the footer sits 5 mm into the bottom margin


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say "page x of y"."""

    def __init__(self, *args: object, footer: Footer, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._footer_text = footer
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(len(self._pages))
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        footer = self._footer_text
        self.saveState()
        self.setFont(register_fonts(), 7.5)
        self.setFillColor(MUTED)
        y = footer.margin - 5 * mm
        self.drawString(footer.margin, y, footer.left)
        self.drawRightString(footer.page_width - footer.margin, y, _tr(
            "打印时间 {printed}　第 {page} 页 / 共 {total} 页").format(
                printed=fmt_datetime(footer.printed_at), page=self._pageNumber, total=total))
        self.restoreState()


def numbered_canvas(footer: Footer) -> Callable[..., Canvas]:
    """The ``canvasmaker`` for ``doc.build``: every page gets ``footer``."""
    return lambda *args, **kwargs: _NumberedCanvas(*args, footer=footer, **kwargs)
