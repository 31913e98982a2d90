"""The release list (DESIGN.md §7) as a landscape PDF to sign and a spreadsheet to send on.

People are grouped by receiving street and community, because each group is handed to that
community's staff, who sign for it. Only masked ID numbers appear: the list leaves the site.
Every word is Chinese (the documents' language, :func:`on_paper`) whatever the window or the
console speaks; a site whose details were never entered shows ``—`` after its label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from quarantine_desk.documents.fonts import check_marks, register_fonts
from quarantine_desk.documents.format import Labels, markup, or_dash
from quarantine_desk.documents.numbered_pages import footer_left, write_paged
from quarantine_desk.documents.output import sheet_value, write_private
from quarantine_desk.documents.styles import (
    ALERT,
    LABEL_FILL,
    MUTED,
    RULE,
    SEPARATOR,
    BoldLine,
    cell_text,
    style,
    titled_table_style,
)
from quarantine_desk.domain.criteria import CRITERIA_KEYS
from quarantine_desk.domain.identity import mask_id_number
from quarantine_desk.domain.paper_language import fmt_date, on_paper
from quarantine_desk.domain.paper_records import ReleaseListData, ReleaseRow

CONTEXT = "ReleaseList"
TITLE = "解除集中隔离医学观察人员名单"
_tr = Labels(CONTEXT, "zh").chinese

#: Column headings of the five criteria of DESIGN.md §3; the tests column is headed by the
#: final test of the stays' policies (:func:`heading_text`): 核酸阴性 under the COVID-19 rules.
CRITERIA_HEADINGS = {
    "period_complete": "期满",
    "tests_complete_negative": "核酸阴性",
    "no_fever": "无发热",
    "destination_verified": "去向核实",
    "no_open_alerts": "无异常",
}

PAGE = landscape(A4)
MARGIN = 12 * mm
_PDF_COLUMNS = (  # heading, width
    ("序号", 10 * mm), ("房间", 14 * mm), ("姓名", 20 * mm), ("证件号码", 36 * mm),
    ("人员类别", 24 * mm), ("接收社区", 32 * mm),
    *((CRITERIA_HEADINGS[key], 16 * mm) for key in CRITERIA_KEYS),
)
_STATUS_W = PAGE[0] - 2 * MARGIN - sum(width for _, width in _PDF_COLUMNS)
_FRAME_W = PAGE[0] - 2 * MARGIN
_FOOTER_H = 2 * mm  # above the bottom margin, which holds the footer line
_FRAME_H = PAGE[1] - 2 * MARGIN - _FOOTER_H
_GAP = "&nbsp;" * 6  # room to write a number by hand
_BLANK = "<u>" + "&nbsp;" * 40 + "</u>"  # a line to sign on
_STATUS_COL = len(_PDF_COLUMNS)
_FIRST_MARK_COL = _STATUS_COL - len(CRITERIA_KEYS)


@dataclass(frozen=True)
class Group:
    """The people handed to one street and community."""

    street: str
    community: str
    rows: tuple[ReleaseRow, ...]

    @property
    def title(self) -> str:
        if not (self.street or self.community):
            return _tr("去向未登记")
        return " ".join(part for part in (self.street, self.community) if part)

    @property
    def eligible(self) -> int:
        return sum(row.eligible for row in self.rows)


def heading_text(data: ReleaseListData, heading: str) -> str:
    """A column heading as printed: the tests column names the test the list is about."""
    if heading == CRITERIA_HEADINGS["tests_complete_negative"]:
        return _tr("{kind}阴性").format(kind=data.final_test_label)
    return _tr(heading)


def _natural(text: str) -> tuple:
    """Sort ``302`` before ``1201`` and ``A2`` before ``A10``."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def groups(data: ReleaseListData) -> list[Group]:
    """Rows grouped by (street, community), unrecorded destinations last, rooms in order."""
    by_key: dict[tuple[str, str], list[ReleaseRow]] = {}
    for row in data.rows:
        by_key.setdefault((row.street.strip(), row.community.strip()), []).append(row)
    ordered = sorted(by_key, key=lambda key: (key == ("", ""), _natural(key[0]), _natural(key[1])))
    return [
        Group(street, community, tuple(sorted(by_key[(street, community)],
                                              key=lambda row: _natural(row.room))))
        for street, community in ordered
    ]


def _status(row: ReleaseRow) -> str:
    if row.released_serial:
        return _tr("已解除（交接单 {serial}）").format(serial=row.released_serial)
    if row.eligible:
        return _tr("可解除")
    return _tr("暂缓：{reasons}").format(reasons="；".join(row.reasons) or _tr("条件未满足"))


def _summary(people: int, eligible: int) -> str:
    return _tr("{people} 人，其中可解除 {eligible} 人，暂缓 {held} 人").format(
        people=people, eligible=eligible, held=people - eligible)


# -- PDF ------------------------------------------------------------------------------------


class _Pdf:
    def __init__(self, data: ReleaseListData) -> None:
        self.data = data
        self.yes, self.no = check_marks()
        self.cell = style(8.5, leading=10.5, name="rl-cell")
        self.centred = style(8.5, align="center", leading=10.5, name="rl-centred")
        self.small = style(7.5, leading=9, name="rl-small")
        self.held = style(7.5, leading=9, color=ALERT, name="rl-held")
        self.head = style(8, align="center", leading=9.5, color=MUTED, name="rl-head")

    def heading(self) -> list:
        data = self.data
        info = [
            _tr("日期：{date}").format(date=fmt_date(data.release_date)),
            _tr("隔离点：{site}").format(site=or_dash(data.site_name)),
        ]
        if data.batch:
            info.append(_tr("批次：{batch}").format(batch=data.batch))
        info.append(_tr("共 {summary}").format(
            summary=_summary(len(data.rows), sum(r.eligible for r in data.rows))))
        legend = _tr("标记：{yes} 已满足　{no} 未满足").format(yes=self.yes, no=self.no)
        return [
            BoldLine(_tr(TITLE), 16),
            Spacer(1, 2 * mm),
            Table([[Paragraph(SEPARATOR.join(markup(i) for i in info), self.cell),
                    Paragraph(markup(legend), style(8, align="right", color=MUTED,
                                                    name="rl-legend"))]],
                  colWidths=[_FRAME_W - 60 * mm, 60 * mm],
                  style=[("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]),
            Spacer(1, 3 * mm),
        ]

    def _header_row(self) -> list:
        headings = [*(heading_text(self.data, h) for h, _ in _PDF_COLUMNS), _tr("状态")]
        return [Paragraph(markup(h), self.head) for h in headings]

    def group_table(self, group: Group, start: int) -> Table:
        """The group's title and column headings (repeated on each page), people, subtotal,
        and the line where the community signs for them."""
        title = _tr("{group}（{people} 人）").format(group=group.title, people=len(group.rows))
        rows: list[list] = [
            [Paragraph(markup(title), style(10, leading=13, name="rl-group"))],
            self._header_row(),
        ]
        commands = titled_table_style(8.5, grid_to=-2) + [
            ("ALIGN", (0, 2), (1, -3), "CENTER"),
            ("ALIGN", (_FIRST_MARK_COL, 2), (_STATUS_COL - 1, -3), "CENTER"),
            ("FONT", (_FIRST_MARK_COL, 2), (_STATUS_COL - 1, -3), register_fonts(), 10),
            ("TOPPADDING", (0, 1), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
        ]
        for offset, row in enumerate(group.rows):
            r = len(rows)
            marks = []
            for c, key in enumerate(CRITERIA_KEYS, start=_FIRST_MARK_COL):
                marks.append(self.yes if row.criteria[key] else self.no)
                if not row.criteria[key]:
                    commands.append(("TEXTCOLOR", (c, r), (c, r), ALERT))
            rows.append([
                str(start + offset), cell_text(row.room, self.centred),
                Paragraph(markup(row.name), self.cell),
                cell_text(mask_id_number(row.id_number_masked), self.cell),
                Paragraph(markup(row.category_label), self.cell),
                Paragraph(markup(row.community), self.cell),
                *marks,
                Paragraph(markup(_status(row)), self.small if row.eligible else self.held),
            ])
        last = len(rows)
        width = len(_PDF_COLUMNS)
        subtotal = _tr("小计（{group}）：{summary}").format(
            group=group.title, summary=_summary(len(group.rows), group.eligible))
        sign = _tr("接收社区签收人：{blank}　联系电话：{blank}　交接时间：{date}").format(
            blank=_BLANK, date=_tr("{gap}月{gap}日{gap}时{gap}分").format(gap=_GAP))
        rows.append([Paragraph(markup(subtotal), self.cell)] + [""] * width)
        rows.append([Paragraph(sign, self.cell)] + [""] * width)
        commands += [
            ("SPAN", (0, last), (-1, last)),
            ("SPAN", (0, last + 1), (-1, last + 1)),
            ("BACKGROUND", (0, last), (-1, last), LABEL_FILL),
            ("TOPPADDING", (0, last + 1), (-1, last + 1), 12),
            ("BOTTOMPADDING", (0, last + 1), (-1, last + 1), 6),
            # the last people, the subtotal and the signature line stay on one page
            ("NOSPLIT", (0, max(last - 2, 2)), (-1, last + 1)),
        ]
        widths = [w for _, w in _PDF_COLUMNS] + [_STATUS_W]
        return Table(rows, colWidths=widths, repeatRows=2, style=commands)

    def story(self) -> list:
        """Each group whole on one page when it can be; a longer one starts where it is."""
        story = self.heading()
        room_left = _FRAME_H - sum(f.wrap(_FRAME_W, _FRAME_H)[1] for f in story)
        start = 1
        for group in groups(self.data):
            table = self.group_table(group, start)
            fits_a_page = table.wrap(_FRAME_W, _FRAME_H)[1] <= room_left
            story.append(KeepTogether([table]) if fits_a_page else table)
            story.append(Spacer(1, 5 * mm))
            start += len(group.rows)
        story.append(self.closing())
        return story

    def closing(self) -> Table:
        data = self.data
        total = _tr("合计：{communities} 个接收社区，{summary}").format(
            communities=len(groups(data)),
            summary=_summary(len(data.rows), sum(r.eligible for r in data.rows)))
        if not data.rows:
            total = _tr("合计：当日无到期解除人员")
        sign = _tr("隔离点点位长签字：{blank}　　日期：{date}").format(
            blank=_BLANK, date=_tr("{gap}年{gap}月{gap}日").format(gap=_GAP))
        table = Table([[Paragraph(markup(total), self.cell)], [Paragraph(sign, self.cell)]],
                      colWidths=[_FRAME_W])
        table.setStyle([
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
            ("TOPPADDING", (0, 1), (-1, 1), 12),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
        ])
        return KeepTogether([table])


def write_release_list_pdf(path: str | Path, data: ReleaseListData, *,
                           replace: bool = True) -> Path:
    """The day's release list as an A4 landscape PDF, grouped by receiving community; an
    existing file is replaced only when ``replace``."""
    with on_paper():
        return _write_pdf(Path(path), data, replace)


def _write_pdf(target: Path, data: ReleaseListData, replace: bool) -> Path:
    return write_paged(
        target, _Pdf(data).story, page=PAGE, margin=MARGIN, footer_height=_FOOTER_H,
        title=f"{_tr(TITLE)} {data.release_date.isoformat()}", author=data.site_name,
        footer=footer_left(data.site_name, _tr(TITLE), data.release_date),
        printed_at=data.printed_at, replace=replace)


# -- spreadsheet ----------------------------------------------------------------------------

_XLSX_HEADINGS = (
    "序号", "房间", "姓名", "证件号码", "人员类别", "街道", "接收社区",
    *(CRITERIA_HEADINGS[key] for key in CRITERIA_KEYS),
    "可否解除", "原因", "入境目的地省份",
)
_HEAD_FILL = PatternFill("solid", fgColor="E4E4E4")
_THIN = Side(style="thin", color="999999")


def _xlsx_rows(data: ReleaseListData) -> Iterator[list[object]]:
    number = 0
    for group in groups(data):
        for row in group.rows:
            number += 1
            yield [
                number, row.room, row.name, mask_id_number(row.id_number_masked),
                row.category_label, row.street, row.community,
                *(_tr("是") if row.criteria[key] else _tr("否") for key in CRITERIA_KEYS),
                _tr("已解除") if row.released_serial
                else _tr("可解除") if row.eligible else _tr("暂缓"),
                "；".join(row.reasons), row.inbound_province,
            ]


def _totals(data: ReleaseListData) -> list[object]:
    """合计 with the number of people, of each criterion held and of people eligible."""
    line: list[object] = [""] * len(_XLSX_HEADINGS)
    line[0] = _tr("合计")
    line[_XLSX_HEADINGS.index("姓名")] = len(data.rows)
    for key in CRITERIA_KEYS:
        line[_XLSX_HEADINGS.index(CRITERIA_HEADINGS[key])] = sum(
            bool(row.criteria[key]) for row in data.rows)
    line[_XLSX_HEADINGS.index("可否解除")] = sum(row.eligible for row in data.rows)
    return line


def _display_width(value: object) -> int:
    """Characters as a spreadsheet shows them: CJK and full-width count double."""
    return sum(2 if ord(char) > 0x2E7F else 1 for char in str(value))


def write_release_list_xlsx(path: str | Path, data: ReleaseListData, *,
                            replace: bool = True) -> Path:
    """The release list as a spreadsheet: one header row, one row per person, a totals row.
    Every text cell is plain text (:func:`sheet_value`); an existing file is replaced only
    when ``replace``."""
    with on_paper():
        return write_private(path, lambda handle: _workbook(data).save(handle),
                             replace=replace)


def _workbook(data: ReleaseListData) -> Workbook:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = _tr("解除名单")
    lines = [[heading_text(data, h) for h in _XLSX_HEADINGS], *_xlsx_rows(data),
             _totals(data)]
    for line in lines:
        sheet.append([sheet_value(value) for value in line])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(bottom=_THIN)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
        cell.border = Border(top=_THIN)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(_XLSX_HEADINGS))}{sheet.max_row - 1}"
    for index in range(len(_XLSX_HEADINGS)):
        widest = max(_display_width(line[index]) for line in lines)
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, 6), 60)

    info = book.create_sheet(_tr("名单信息"))
    for line in ([_tr("名称"), _tr(TITLE)], [_tr("日期"), data.release_date],
                 [_tr("隔离点"), or_dash(data.site_name)], [_tr("批次"), data.batch or _tr("全部")],
                 [_tr("打印时间"), data.printed_at]):
        info.append([sheet_value(value) for value in line])
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = max(20, _display_width(or_dash(data.site_name)) + 2)
    info["B2"].number_format = "yyyy-mm-dd"
    info["B5"].number_format = "yyyy-mm-dd hh:mm"
    book.properties.title = f"{_tr(TITLE)} {data.release_date.isoformat()}"
    book.properties.creator = "Quarantine Desk"
    return book
