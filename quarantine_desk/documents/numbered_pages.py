"""A footer on every page of a document that runs over several pages (the release list, the
sampling team's collection sheet): what it is on the left, when it was printed and "page x of
y" on the right. :func:`write_paged` builds such a document: one frame a page, the footer below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from quarantine_desk.documents.fonts import draw_runs, register_fonts
from quarantine_desk.documents.format import Labels, fmt_datetime
from quarantine_desk.documents.output import write_private
from quarantine_desk.documents.styles import MUTED
from quarantine_desk.domain.paper_language import fmt_date

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
        draw_runs(self, footer.margin, y, footer.left, 7.5)  # the site's name is anyone's text
        self.drawRightString(footer.page_width - footer.margin, y, _tr(
            "打印时间 {printed}　第 {page} 页 / 共 {total} 页").format(
                printed=fmt_datetime(footer.printed_at), page=self._pageNumber, total=total))
        self.restoreState()


def numbered_canvas(footer: Footer) -> Callable[..., Canvas]:
    """The ``canvasmaker`` for ``doc.build``: every page gets ``footer``."""
    return lambda *args, **kwargs: _NumberedCanvas(*args, footer=footer, **kwargs)


def footer_left(site_name: str, title: str, day: date) -> str:
    """Site, title and date (the site left out while it has no name)."""
    return "　".join(part for part in (site_name.strip(), title, fmt_date(day)) if part)


def write_paged(target: Path, story: Callable[[], list[Flowable]], *,
                page: tuple[float, float], margin: float, footer_height: float, title: str,
                author: str, footer: str, printed_at: datetime, replace: bool = True) -> Path:
    """Build ``story`` into one frame a page inside ``margin``, less ``footer_height`` at the
    bottom, with the numbered footer (``footer`` on its left) on every page; the file is
    owner-only and replaces an existing one only when ``replace`` (:func:`write_private`).

    The fonts are registered before ``story`` is called: laying it out measures text."""

    def build(handle: BinaryIO) -> None:
        register_fonts()
        doc = BaseDocTemplate(handle, pagesize=page, title=title, author=author,
                              creator="Quarantine Desk")
        frame = Frame(margin, margin + footer_height, page[0] - 2 * margin,
                      page[1] - 2 * margin - footer_height,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(frames=[frame])])
        doc.build(story(),
                  canvasmaker=numbered_canvas(Footer(footer, printed_at, page[0], margin)))

    return write_private(target, build, replace=replace)
