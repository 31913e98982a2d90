"""The audit trail as a spreadsheet: who did what to which record, when, for a manager to
keep or hand to an inspector.

Every word is Chinese (the documents' language, :func:`on_paper`). The cells hold what people
typed (names, notes in the before/after values), so each goes through :func:`sheet_value` and
none can become a formula; the file is the owner's only (:func:`write_private`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from quarantine_desk.documents.format import Labels
from quarantine_desk.documents.output import sheet_value, write_private
from quarantine_desk.domain.paper_language import on_paper

CONTEXT = "AuditTrail"
TITLE = "操作审计记录"
_tr = Labels(CONTEXT, "zh").chinese
_HEADINGS = ("时间", "操作人", "操作", "记录类型", "记录编号", "人员", "修改前", "修改后")
_WIDTHS = (20, 16, 24, 16, 10, 14, 60, 60)
_HEAD_FILL = PatternFill("solid", fgColor="E4E4E4")
_THIN = Side(style="thin", color="999999")


class AuditLine(Protocol):
    """What a line of the trail carries (``services.audit.AuditRecord`` has it)."""

    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    guest_name: str
    before: str | None
    after: str | None


def write_audit_xlsx(path: str | Path, lines: Sequence[AuditLine], *,
                     since: date | None = None, until: date | None = None, person: str = "",
                     guest: str = "", printed_at: datetime | None = None,
                     replace: bool = True) -> Path:
    """The trail ``lines`` (newest first) as a spreadsheet with a sheet naming the filter it
    was read with; an existing file is replaced only when ``replace``."""
    printed = printed_at or datetime.now().replace(microsecond=0)
    with on_paper():
        book = _workbook(lines, since, until, person, guest, printed)
        return write_private(path, book.save, replace=replace)


def _workbook(lines: Sequence[AuditLine], since: date | None, until: date | None,
              person: str, guest: str, printed: datetime) -> Workbook:
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = _tr("审计记录")
    sheet.append([sheet_value(_tr(heading)) for heading in _HEADINGS])
    for line in lines:
        sheet.append([sheet_value(value) for value in (
            line.at, line.actor, line.action, line.entity, line.entity_id, line.guest_name,
            line.before or "", line.after or "")])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = Border(bottom=_THIN)
    for row in sheet.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "yyyy-mm-dd hh:mm:ss"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(_HEADINGS))}{max(sheet.max_row, 1)}"
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width

    info = book.create_sheet(_tr("导出信息"))
    for row in ([_tr("名称"), _tr(TITLE)],
                [_tr("起"), since or _tr("不限")], [_tr("止"), until or _tr("不限")],
                [_tr("操作人"), person or _tr("全部")],
                [_tr("人员"), guest or _tr("全部")],
                [_tr("条数"), len(lines)], [_tr("导出时间"), printed]):
        info.append([sheet_value(value) for value in row])
    for cell in ("B2", "B3"):
        info[cell].number_format = "yyyy-mm-dd"
    info["B7"].number_format = "yyyy-mm-dd hh:mm"
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 28
    book.properties.title = _tr(TITLE)
    book.properties.creator = "Quarantine Desk"
    return book
