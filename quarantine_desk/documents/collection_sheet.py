"""The collection sheet (核酸采样登记表): the sampling team's list for one day's walk.

A4 portrait, floor by floor in walking order, one row per guest to sample with room, name and
which test is due, a blank column to write the tube number and a box to tick; the team signs at
the end. Samples already recorded when the sheet is printed show their number and a ticked box,
so a sheet printed mid-round still tells the truth. Like every document it is in Chinese
(:func:`on_paper`) whatever the window or the console speaks: "第3天", "入住", "加测". Who is
due and which tubes are recorded is gathered by ``services.collection_sheet``, each test's kind
named as the guest's policy names it; the title names the kind when every row shares it
(抗原采样登记表 under rules that test by antigen).
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from quarantine_desk.documents.fonts import register_fonts
from quarantine_desk.documents.format import Labels, markup, or_dash
from quarantine_desk.documents.numbered_pages import footer_left, write_paged
from quarantine_desk.documents.styles import (
    INK,
    MUTED,
    RULE,
    SEPARATOR,
    BoldLine,
    cell_text,
    style,
    titled_table_style,
)
from quarantine_desk.domain.paper_language import fmt_date, on_paper
from quarantine_desk.domain.paper_records import CollectionSheetData, SheetRow

CONTEXT = "CollectionSheet"
TITLE = "核酸采样登记表"
_tr = Labels(CONTEXT, "zh").chinese


def title_of(data: CollectionSheetData) -> str:
    """The sheet's title: of the one kind of test every row is due (核酸采样登记表 for PCRs),
    the usual title when the day mixes kinds or has none."""
    kinds = {row.kind_label for row in data.rows}
    if len(kinds) == 1 and (kind := kinds.pop()):
        return _tr("{kind}采样登记表").format(kind=kind)
    return _tr(TITLE)

PAGE = A4
MARGIN = 12 * mm
_FOOTER_H = 2 * mm
_FRAME_W = PAGE[0] - 2 * MARGIN
_FRAME_H = PAGE[1] - 2 * MARGIN - _FOOTER_H
_ROW_H = 9 * mm  # room to write a tube number by hand
_BOX = 4.2 * mm
_GAP = "&nbsp;" * 6
_BLANK = "<u>" + "&nbsp;" * 36 + "</u>"
_COLUMNS = (  # heading, width
    ("序号", 11 * mm), ("房间", 16 * mm), ("姓名", 30 * mm), ("检测", 24 * mm),
    ("类型", 13 * mm), ("样本编号", 50 * mm), ("已采", 12 * mm),
)
_NOTE_W = _FRAME_W - sum(width for _, width in _COLUMNS)
_SAMPLE_COL = 5


class TickBox(Flowable):
    """An empty square to tick by hand, or a ticked one for a sample already recorded."""

    def __init__(self, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail_width = avail_width
        return avail_width, _BOX

    def draw(self) -> None:
        canvas = self.canv
        x = (self.avail_width - _BOX) / 2
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.7)
        canvas.rect(x, 0, _BOX, _BOX)
        if self.ticked:
            canvas.setLineWidth(1.2)
            canvas.setStrokeColor(INK)
            path = canvas.beginPath()
            path.moveTo(x + _BOX * 0.2, _BOX * 0.5)
            path.lineTo(x + _BOX * 0.42, _BOX * 0.22)
            path.lineTo(x + _BOX * 0.82, _BOX * 0.8)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


class _Sheet:
    def __init__(self, data: CollectionSheetData) -> None:
        self.data = data
        self.cell = style(10, leading=12, name="cs-cell")
        self.centred = style(10, align="center", leading=12, name="cs-centred")
        self.sample = style(9, leading=11, name="cs-sample")
        self.small = style(8, leading=9.5, color=MUTED, name="cs-small")
        self.head = style(8.5, align="center", leading=10, color=MUTED, name="cs-head")
        self.info = style(9.5, leading=12, name="cs-info")

    def heading(self) -> list[Flowable]:
        data = self.data
        info = [
            _tr("隔离点：{site}").format(site=or_dash(data.site_name)),
            _tr("采样日期：{date}").format(date=fmt_date(data.on)),
            _tr("应采样 {due} 人，已采 {done} 人").format(due=len(data.rows), done=data.sampled),
        ]
        return [
            BoldLine(title_of(data), 16),
            Spacer(1, 2 * mm),
            Paragraph(SEPARATOR.join(markup(part) for part in info), self.info),
            Spacer(1, 3 * mm),
        ]

    def floor_table(self, floor: int, rows: list[SheetRow], start: int) -> Table:
        """The floor's title and column headings (repeated on each page), then its rooms."""
        title = _tr("{floor} 层（{people} 人）").format(floor=floor, people=len(rows))
        lines: list[list] = [
            [Paragraph(markup(title), style(10.5, leading=13, name="cs-floor"))],
            [Paragraph(markup(_tr(h)), self.head) for h in (*(h for h, _ in _COLUMNS), "备注")],
        ]
        for offset, row in enumerate(rows):
            lines.append([
                str(start + offset), cell_text(row.room, self.centred),
                Paragraph(markup(row.name), self.cell),
                Paragraph(markup(row.test_label), self.cell), row.kind_label,
                cell_text(row.sample_no, self.sample),
                TickBox(row.sampled), Paragraph(markup(row.note), self.small),
            ])
        commands = titled_table_style(10) + [
            ("ALIGN", (0, 2), (1, -1), "CENTER"),
            ("ALIGN", (4, 2), (4, -1), "CENTER"),
            ("FONT", (_SAMPLE_COL, 2), (_SAMPLE_COL, -1), register_fonts(), 9),
            ("TOPPADDING", (0, 1), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
        ]
        widths = [width for _, width in _COLUMNS] + [_NOTE_W]
        heights = [None, None] + [_ROW_H] * len(rows)
        return Table(lines, colWidths=widths, rowHeights=heights, repeatRows=2,
                     style=commands)

    def story(self) -> list[Flowable]:
        story = self.heading()
        if not self.data.rows:
            story.append(Paragraph(markup(_tr("当日无应采样人员。")), self.cell))
        start = 1
        for floor, members in groupby(self.data.rows, key=lambda row: row.floor):
            rows = list(members)
            table = self.floor_table(floor, rows, start)
            # a short floor stays on one page; a long one starts where it is and runs on
            fits = table.wrap(_FRAME_W, _FRAME_H)[1] <= _FRAME_H / 3
            story.append(KeepTogether([table]) if fits else table)
            story.append(Spacer(1, 4 * mm))
            start += len(rows)
        story.append(self.signatures())
        return story

    def signatures(self) -> Flowable:
        lines = [
            [_tr("采样人员签字：{blank}").format(blank=_BLANK),
             _tr("记录人签字：{blank}").format(blank=_BLANK)],
            [_tr("采样时间：{gap}时{gap}分 至 {gap}时{gap}分").format(gap=_GAP),
             _tr("送检时间：{gap}时{gap}分{sep}样本数：{gap}份").format(gap=_GAP,
                                                                     sep=SEPARATOR)],
        ]
        table = Table([[Paragraph(part, self.cell) for part in line] for line in lines],
                      colWidths=[_FRAME_W / 2] * 2)
        table.setStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
        return KeepTogether([Spacer(1, 2 * mm), table])


def write_collection_sheet(path: str | Path, data: CollectionSheetData) -> Path:
    """The day's collection sheet as an A4 PDF for the sampling team."""
    with on_paper():
        return _write(Path(path), data)


def _write(target: Path, data: CollectionSheetData) -> Path:
    return write_paged(
        target, _Sheet(data).story, page=PAGE, margin=MARGIN, footer_height=_FOOTER_H,
        title=f"{title_of(data)} {data.on.isoformat()}", author=data.site_name,
        footer=footer_left(data.site_name, title_of(data), data.on),
        printed_at=data.printed_at)

