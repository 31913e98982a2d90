"""The handover form (DESIGN.md §7): one A4 page that passes a released person to their community.

Each form is drawn straight onto a canvas page, so one person, a combined batch and a folder of
files share the same code. The page is a ruled grid of labelled boxes, one block per section
with its name down the left edge. Everything must fit one page: when it would not, the tests
table gets a smaller font and tighter rows first, and only as a last resort the whole body is
scaled down.

The title and the 后续管理 block follow what the stay's policy has follow at home (health
monitoring, isolation, or nothing), its home tests named by the policy's test kind. Forms are
drawn in the documents' language (:func:`on_paper`): Chinese, with English labels beside it on
a site set to English.
"""

from __future__ import annotations

import errno
import io
import itertools
import os
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table

from quarantine_desk.documents.checksum import form_checksum, qr_payload
from quarantine_desk.documents.fonts import needs_fallback, register_fonts
from quarantine_desk.documents.format import (
    Labels,
    fmt_celsius,
    fmt_datetime,
    fmt_short_datetime,
    markup,
    or_dash,
)
from quarantine_desk.documents.output import write_private
from quarantine_desk.documents.styles import (
    BAND_FILL,
    INK,
    LABEL_FILL,
    MUTED,
    RULE,
    SEPARATOR,
    BoldLine,
    cell_text,
    style,
)
from quarantine_desk.domain.enums import HomeKind
from quarantine_desk.domain.paper_language import fmt_date, on_paper
from quarantine_desk.domain.paper_records import HandoverData, TestLine

__all__ = [
    "form_checksum",
    "qr_payload",
    "render_handover",
    "write_handover",
    "draw_forms",
    "write_handover_folder",
]

CONTEXT = "HandoverForm"
#: The form's title (Chinese, English) by what follows at home under the stay's policy.
TITLES = {
    HomeKind.HEALTH_MONITORING: (
        "解除集中隔离医学观察告知书暨居家健康监测交接单",
        "Notice of Release from Centralized Quarantine and Handover for Home Health Monitoring",
    ),
    HomeKind.ISOLATION: (
        "解除集中隔离医学观察告知书暨居家隔离交接单",
        "Notice of Release from Centralized Quarantine and Handover for Home Isolation",
    ),
    HomeKind.NONE: (
        "解除集中隔离医学观察告知书",
        "Notice of Release from Centralized Quarantine",
    ),
}
TITLE_ZH, TITLE_EN = TITLES[HomeKind.HEALTH_MONITORING]  # the usual form's
NOTICE_ZH = (
    "{name}：您在{site}的集中隔离医学观察已期满，经评估符合解除条件，"
    "自{release}起解除集中隔离医学观察，交由接收社区落实后续健康管理。"
    "请遵守下列要求，如出现{symptoms}等症状，"
    "请立即报告社区并联系隔离点。"
)
NOTICE_EN = (
    "{name}: your centralized medical observation at {site} is complete and you meet "
    "the release criteria. You are released from {release} and handed over to your "
    "community. Please follow the requirements below and report at once any {symptoms}."
)


def symptom_list(symptoms: tuple[str, ...], language: str) -> str:
    """Fever and the policy's symptoms as the notice lists them: ``发热、咳嗽、腹泻`` or
    ``fever, cough, or diarrhoea``."""
    if language == "zh":
        return "、".join(("发热", *symptoms))
    words = ["fever", *symptoms]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + ", or " + words[-1]

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 15 * mm  # the footer line sits in this margin
CONTENT_W = PAGE_W - 2 * MARGIN_X
CONTENT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
SECTION_W = 8 * mm
GRID_W = CONTENT_W - SECTION_W
LABEL_W = 20 * mm
VALUE_W = (GRID_W - 3 * LABEL_W) / 3
QR_SIZE = 24 * mm
_QR_MASK = 2
HAIRLINE = 0.4
FRAME_LINE = 0.8

#: Tests-table settings tried in order until the page fits: (font size, vertical cell padding).
_TEST_TABLE_STEPS = ((8.0, 1.6), (7.5, 1.1), (7.0, 0.7), (6.5, 0.4), (6.0, 0.2))
_TEST_COLUMNS = (7 * mm, 27 * mm, 12 * mm, 11 * mm)  # then the sample number takes the rest

CELL_PAD = 3  # left and right padding of a table cell
_TEST_HEADINGS = (("序号", "No."), ("采样时间", "Sampled"), ("类别", "Kind"), ("结果", "Result"),
                  ("样本编号", "Sample no."))

# A field of the grid: zh label, en label, plain value text, how many value columns it spans.
Field = tuple[str, str, str, int]

LABEL_STYLE = style(7.5, leading=9, color=MUTED, name="hf-label")
# two-line labels (Chinese over English) set tighter so English forms still fit the page
STACKED_LABEL_STYLE = style(7.5, leading=7.8, color=MUTED, name="hf-label-stacked")
VALUE_STYLE = style(8.5, leading=10.5, name="hf-value")
SMALL_STYLE = style(7, leading=8.5, color=MUTED, name="hf-small")
SERIAL_STYLE = style(9, leading=11, name="hf-serial")
SITE_STYLE = style(9.5, align="center", color=MUTED, name="hf-site")
TITLE_EN_STYLE = style(7.5, align="center", color=MUTED, name="hf-title-en")
SITE_LINE_STYLE = style(7.5, leading=9.5, color=MUTED, name="hf-site-line")
NOTICE_STYLE = style(8.5, leading=11.5, name="hf-notice")
STAMP_STYLE = style(8, align="center", color=MUTED, name="hf-stamp")


@cache
def _test_cell_style(size: float) -> ParagraphStyle:
    return style(size, leading=round(size * 1.2, 2), name=f"hf-test-{size}")


@cache
def _test_head_style(size: float) -> ParagraphStyle:
    return style(size - 0.5, align="center", leading=size + 1, color=MUTED,
                 name=f"hf-test-head-{size}")


class QrCode(Flowable):
    """A QR code drawn as one filled path (far faster than a widget of one shape per module)."""

    def __init__(self, payload: str, size: float, quiet_modules: int = 2) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        code.version = code.calculate_version()
        # The standard lets an encoder use any of the eight masks; scoring all eight (what
        # make() does) took a quarter of each form's time, and readers decode every mask
        # (zbarimg read 320 payloads, 40 per mask, at 150 dpi).
        code.makeImpl(False, _QR_MASK)
        self.modules: list[list[bool]] = code.modules
        self.size = size
        self.quiet = quiet_modules

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.quiet)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.quiet + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.quiet) * box, y, length * box, box)
                c += length
        self.canv.saveState()
        self.canv.setFillColor(INK)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()


class _Table(Table):
    """A table laid out once per width: drawing a nested table would otherwise lay it out again
    (with every Paragraph in it), and a form has a dozen nested tables."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if getattr(self, "_laid_out", None) is None or self._laid_out[0] != avail_width:
            self._laid_out = (avail_width, super().wrap(avail_width, avail_height))
        return self._laid_out[1]


class _Form:
    """Builds the flowables of one person's form.

    Short values go into the tables as plain strings and only text that needs wrapping becomes
    a Paragraph: the page stays the same and 500 forms render several times faster.
    """

    def __init__(self, data: HandoverData) -> None:
        self.data = data
        self.checksum = form_checksum(data)
        self.lang = data.language
        self.label = Labels(CONTEXT, data.language)
        self.font = register_fonts()

    @property
    def title(self) -> tuple[str, str]:
        return title_of(self.data)

    # -- small building blocks ------------------------------------------------------------

    def _text(self, text: str, width: float, para_style: ParagraphStyle) -> str | Paragraph:
        """``text`` as it goes in a cell ``width`` wide (paddings included): a plain string
        when each of its lines fits in the main font, else a Paragraph that wraps or switches
        to a fallback font."""
        text = text or "—"
        room = width - 2 * CELL_PAD
        size = para_style.fontSize
        if not needs_fallback(text) and all(
                stringWidth(line, self.font, size) <= room for line in text.split("\n")):
            return text
        return Paragraph(markup(text), para_style)

    def _label_cell(self, zh: str, en: str) -> str | Paragraph:
        if self.label.english:
            return Paragraph(self.label.stacked(zh, en, 6), STACKED_LABEL_STYLE)
        return self.label.chinese(zh)

    def _grid(self, rows: Sequence[Sequence[Field]]) -> Table:
        """A ruled grid of label / value boxes, six columns wide (three pairs)."""
        widths = [LABEL_W, VALUE_W] * 3
        cells = []
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), self.font, VALUE_STYLE.fontSize, VALUE_STYLE.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("INNERGRID", (0, 0), (-1, -1), HAIRLINE, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6 if self.label.english else 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 if self.label.english else 2.6),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ]
        for r, row in enumerate(rows):
            line: list[object] = []
            for zh, en, value, span in row:
                column = len(line)
                width = sum(widths[column + 1:column + 1 + span])
                line.append(self._label_cell(zh, en))
                line.append(self._text(value, width, VALUE_STYLE))
                line.extend([""] * (span - 1))
                commands += [
                    ("BACKGROUND", (column, r), (column, r), LABEL_FILL),
                    ("FONT", (column, r), (column, r), self.font, LABEL_STYLE.fontSize),
                    ("TEXTCOLOR", (column, r), (column, r), MUTED),
                ]
                if span > 1:
                    commands.append(("SPAN", (column + 1, r), (column + span, r)))
            if len(line) != 6:
                raise ValueError(f"handover grid row {r} fills {len(line)} of 6 columns")
            cells.append(line)
        return _Table(cells, colWidths=widths, style=commands)

    def _section(self, title: str, body: Flowable) -> Table:
        """A block of the form: its name down the left edge, the content beside it."""
        vertical = "\n".join(self.label.chinese(title))
        table = _Table([[vertical, body]], colWidths=[SECTION_W, GRID_W])
        table.setStyle([
            ("FONT", (0, 0), (0, 0), self.font, 8.5, 10.5),
            ("TEXTCOLOR", (0, 0), (0, 0), INK),
            ("ALIGN", (0, 0), (0, 0), "CENTER"),
            ("BOX", (0, 0), (-1, -1), FRAME_LINE, RULE),
            ("LINEAFTER", (0, 0), (0, 0), HAIRLINE, RULE),
            ("BACKGROUND", (0, 0), (0, 0), BAND_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 1),
            ("RIGHTPADDING", (0, 0), (0, 0), 1),
            ("LEFTPADDING", (1, 0), (1, 0), 0),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (1, 0), (1, 0), 0),
            ("BOTTOMPADDING", (1, 0), (1, 0), 0),
        ])
        return table

    # -- the parts of the page --------------------------------------------------------------

    def header(self) -> Table:
        data, label = self.data, self.label
        serial = [
            Paragraph(label.stacked("编号", "No.", 6), SMALL_STYLE),
            Paragraph(markup(data.serial), SERIAL_STYLE),
        ]
        title_zh, title_en = self.title
        middle: list[Flowable] = [BoldLine(label.chinese(title_zh), 14)]
        if data.site.name.strip():
            middle.insert(0, Paragraph(markup(data.site.name), SITE_STYLE))
        if label.english:
            middle.append(Paragraph(markup(label.pick(title_zh, title_en)), TITLE_EN_STYLE))
        side = (CONTENT_W - 120 * mm) / 2
        table = _Table(
            [[serial, middle, QrCode(qr_payload(data, self.checksum), QR_SIZE)]],
            colWidths=[side, 120 * mm, side],
        )
        table.setStyle([
            ("VALIGN", (0, 0), (1, 0), "BOTTOM"),
            ("VALIGN", (2, 0), (2, 0), "MIDDLE"),
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, RULE),
        ])
        return table

    def site_line(self) -> Paragraph:
        site, label = self.data.site, self.label
        parts = [
            f"{markup(label('隔离点', 'Site'))}：{markup(or_dash(site.name))}",
            f"{markup(label('地址', 'Address'))}：{markup(or_dash(site.address))}",
            f"{markup(label('电话', 'Phone'))}：{markup(or_dash(site.phone))}",
        ]
        return Paragraph(SEPARATOR.join(parts), SITE_LINE_STYLE)

    def notice(self) -> Paragraph:
        data, label = self.data, self.label
        values = {"name": markup(data.person.full_name),
                  "release": fmt_date(data.stay.release_date, self.lang)}
        site = data.site.name.strip()  # a site without a name yet is "this site", no blank
        text = markup(label.chinese(NOTICE_ZH)).format(
            site=markup(site or label.chinese("本隔离点")),
            symptoms=markup(symptom_list(data.symptoms_zh, "zh")), **values)
        if label.english:
            english = markup(label.pick(NOTICE_ZH, NOTICE_EN)).format(
                site=markup(site or label.pick("本隔离点", "this site")),
                symptoms=markup(symptom_list(data.symptoms_en, "en")), **values)
            text += f'<br/><font size="7.5">{english}</font>'
        return Paragraph(text, NOTICE_STYLE)

    def identity(self) -> Table:
        person = self.data.person
        return self._section("人员信息", self._grid([
            [("姓名", "Name", person.full_name, 1), ("性别", "Sex", person.sex_label, 1),
             ("联系电话", "Phone", person.phone, 1)],
            [("证件类型", "ID type", person.id_type_label, 1),
             ("证件号码", "ID number", person.id_number, 1),
             ("工作单位", "Work unit", person.work_unit, 1)],
            [("居住地址", "Home address", person.home_address, 5)],
        ]))

    def stay(self) -> Table:
        stay, lang = self.data.stay, self.lang
        period = self.label.pick("{start} 至 {end}", "{start} to {end}").format(
            start=fmt_date(stay.observation_from, lang), end=fmt_date(stay.observation_to, lang)
        )
        return self._section("隔离情况", self._grid([
            [("人员类别", "Category", stay.category_label, 1),
             ("房间号", "Room", stay.room, 1),
             ("起算日期", "Basis date", fmt_date(stay.basis_date, lang), 1)],
            [("入住时间", "Arrival", fmt_datetime(stay.arrival, lang), 1),
             ("观察期", "Observation", period, 3)],
            [("解除日期", "Release date", fmt_date(stay.release_date, lang), 1),
             ("检测次数", "Tests", str(len(self.data.tests)), 1),
             ("测温次数", "Readings", str(self.data.temperatures.count), 1)],
        ]))

    def tests(self, font_size: float, padding: float) -> Table:
        """Every test in two side-by-side runs, earliest first down the left run."""
        label = self.label
        cell_style = _test_cell_style(font_size)
        if label.english:
            head_style = _test_head_style(font_size)
            heads: list[object] = [
                Paragraph(label.stacked(zh, en, font_size - 1.5), head_style)
                for zh, en in _TEST_HEADINGS]
        else:
            heads = [label.chinese(zh) for zh, _ in _TEST_HEADINGS]
        run_w = GRID_W / 2
        widths = [*_TEST_COLUMNS, run_w - sum(_TEST_COLUMNS)]
        tests = sorted(self.data.tests, key=lambda t: t.sampled_at)
        half = (len(tests) + 1) // 2
        runs = (tests[:half], tests[half:])

        def cells(index: int, test: TestLine | None) -> list[object]:
            if test is None:
                return ["", "", "", "", ""]
            return [str(index), f"{test.sampled_at:%Y-%m-%d %H:%M}",
                    self._text(test.kind_label, widths[2], cell_style),
                    self._text(test.result_label, widths[3], cell_style),
                    self._text(test.sample_no, widths[4], cell_style)]

        rows: list[list[object]] = [heads + heads]
        for i in range(max(half, 1)):
            left = runs[0][i] if i < len(runs[0]) else None
            right = runs[1][i] if i < len(runs[1]) else None
            rows.append(cells(i + 1, left) + cells(half + i + 1, right))
        commands: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), self.font, font_size, cell_style.leading),
            ("FONT", (0, 0), (-1, 0), self.font, font_size - 0.5, cell_style.leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
            ("INNERGRID", (0, 0), (-1, -1), HAIRLINE, RULE),
            ("LINEAFTER", (4, 0), (4, -1), FRAME_LINE * 0.75, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 0), (1, -1), "CENTER"),
            ("ALIGN", (5, 0), (6, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 0.6),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 1),  # the narrow 序号 columns
            ("RIGHTPADDING", (0, 0), (0, -1), 1),
            ("LEFTPADDING", (5, 0), (5, -1), 1),
            ("RIGHTPADDING", (5, 0), (5, -1), 1),
        ]
        if not tests:
            rows[1] = [label.pick("无检测记录", "no tests recorded")] + [""] * 9
            commands.append(("SPAN", (0, 1), (-1, 1)))
        table = _Table(rows, colWidths=widths * 2, style=commands)
        return self._section("检测记录", table)

    def health(self) -> Table:
        temps, health, lang, label = self.data.temperatures, self.data.health, self.lang, self.label
        last = "；".join(
            f"{fmt_short_datetime(r.taken_at)} {fmt_celsius(r.celsius)}"
            for r in temps.last_readings
        )
        maximum = ""
        if temps.maximum is not None:
            maximum = label.pick("{celsius}（{when}）", "{celsius} ({when})").format(
                celsius=fmt_celsius(temps.maximum.celsius),
                when=fmt_datetime(temps.maximum.taken_at, lang),
            )
        none = label.pick("无", "none")
        return self._section("健康情况", self._grid([
            [("近期体温", "Last readings", last, 5)],
            [("最高体温", "Maximum", maximum, 3),
             ("测温次数", "Readings", str(temps.count), 1)],
            [("基础疾病", "Conditions", "、".join(health.conditions) or none, 3),
             ("重点人员", "Key person", "、".join(health.key_person_flags) or none, 1)],
            [("用药情况", "Medication", health.medication or none, 5)],
        ]))

    def next_steps(self) -> Table:
        steps, lang, label = self.data.next_steps, self.lang, self.label
        if steps.home_kind_label and steps.home_kind is not HomeKind.NONE:
            kind = steps.home_kind_label
            period = label.pick("{start} 至 {end}", "{start} to {end}").format(
                start=fmt_date(steps.home_from, lang), end=fmt_date(steps.home_to, lang))
        else:  # nothing follows at home: the block says so, no period, duties or tests
            kind = label.pick("无（不再居家管理）", "none (no home management)")
            period = label.pick("无", "none")
        rows: list[list[Field]] = [
            [("居家管理", "At home", kind, 1), ("居家期", "Home period", period, 3)],
        ]
        if steps.duties:
            duties = "\n".join(f"{n}．{duty}" for n, duty in enumerate(steps.duties, start=1))
            rows.append([("管理要求", "Duties", duties, 5)])
        home_tests = "；".join(
            f"{test.label} {fmt_date(test.on, lang)}".strip() for test in steps.home_tests)
        if home_tests and steps.home_test_kind_label:  # which test: 核酸检测：居家第3天 …
            home_tests = label.pick("{kind}检测：{tests}", "{kind}: {tests}").format(
                kind=steps.home_test_kind_label, tests=home_tests)
        rows.append([
            ("居家检测", "Home tests", home_tests or label.pick("无", "none"), 3),
            ("有症状请拨打", "If symptoms, call", steps.site_phone, 1),
        ])
        return self._section("后续管理", self._grid(rows))

    def destination(self) -> Table:
        dest, transfer, lang, label = (self.data.destination, self.data.transfer, self.lang,
                                       self.label)
        if dest.suitable is None:
            suitable = label.pick("待核实", "not yet confirmed")
        elif dest.suitable:
            suitable = label.pick("符合（单人单套）", "suitable (own unit)")
        else:
            suitable = label.pick("不符合", "unsuitable")
        grid = " ".join(part for part in (dest.grid_worker, dest.grid_phone) if part)
        rows: list[list[Field]] = [
            [("去向地址", "Destination", dest.address, 5)],
            [("所属街道", "Street", dest.street, 1),
             ("所属社区", "Community", dest.community, 1),
             ("网格员", "Grid worker", grid, 1)],
            [("核实人", "Verified by", dest.verified_by, 1),
             ("核实时间", "Verified at", fmt_datetime(dest.verified_at, lang), 1),
             ("居家条件", "Home check", suitable, 1)],
            [("转运车辆", "Vehicle", transfer.vehicle_plate, 1),
             ("随车人员", "Escort", transfer.escort, 1),
             ("随车电话", "Escort phone", transfer.escort_phone, 1)],
        ]
        if self.data.inbound_note:
            rows.append([("信息推送", "Province notice", self.data.inbound_note, 5)])
        return self._section("去向转运", self._grid(rows))

    def signatures(self) -> Table:
        label = self.label
        gap = " " * 8
        date_blank = label.pick("{gap}年{gap}月{gap}日", "{gap}/{gap}/").format(gap=gap)
        lines = [
            (("隔离点点位长签字", "Site manager"), ("日期", "Date"), date_blank),
            (("转运人员签字", "Transfer escort"), ("电话", "Phone"),
             self.data.transfer.escort_phone),
            (("街道负责人签字", "Street official"), ("电话", "Phone"), ""),
            (("社区网格员签字", "Grid worker"), ("电话", "Phone"),
             self.data.destination.grid_phone),
            (("本人签收", "Received by"), ("日期", "Date"), date_blank),
        ]
        stamp = Paragraph(markup(label("接收社区（盖章）", "Community stamp")), STAMP_STYLE)
        stamp_w = 42 * mm
        widths = [27 * mm, 46 * mm, 14 * mm, GRID_W - stamp_w - 87 * mm, stamp_w]
        rows = []
        for r, ((who_zh, who_en), (what_zh, what_en), value) in enumerate(lines):
            rows.append([
                self._label_cell(who_zh, who_en), "",
                self._label_cell(what_zh, what_en),
                cell_text(value, VALUE_STYLE),
                stamp if r == 0 else "",
            ])
        table = _Table(rows, colWidths=widths, rowHeights=[8.6 * mm] * len(rows))
        table.setStyle([
            ("FONT", (0, 0), (-1, -1), self.font, VALUE_STYLE.fontSize),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("FONT", (0, 0), (0, -1), self.font, LABEL_STYLE.fontSize),
            ("FONT", (2, 0), (2, -1), self.font, LABEL_STYLE.fontSize),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
            ("INNERGRID", (0, 0), (-1, -1), HAIRLINE, RULE),
            ("SPAN", (4, 0), (4, -1)),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
            ("BACKGROUND", (2, 0), (2, -1), LABEL_FILL),
            ("VALIGN", (0, 0), (3, -1), "MIDDLE"),
            ("VALIGN", (4, 0), (4, 0), "TOP"),
            ("TOPPADDING", (4, 0), (4, 0), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ])
        return self._section("交接签字", table)

    def above_tests(self) -> list[Flowable]:
        return [
            self.header(),
            Spacer(1, 1.5 * mm),
            self.site_line(),
            Spacer(1, 1.5 * mm),
            self.notice(),
            Spacer(1, 2 * mm),
            self.identity(),
            self.stay(),
        ]

    def below_tests(self) -> list[Flowable]:
        return [self.health(), self.next_steps(), self.destination(), self.signatures()]


LaidOut = tuple[Flowable, float, float]  # the flowable, its width and height on the page


def _fitted_body(form: _Form, canvas: Canvas) -> list[LaidOut]:
    """The page's flowables, each laid out, the tests table shrunk step by step until
    everything fits; past the last step the whole body is scaled down."""

    def laid_out(flowable: Flowable) -> LaidOut:
        return (flowable, *flowable.wrapOn(canvas, CONTENT_W, CONTENT_H))

    above = [laid_out(f) for f in form.above_tests()]
    below = [laid_out(f) for f in form.below_tests()]
    fixed = sum(h for *_, h in above) + sum(h for *_, h in below)
    for font_size, padding in _TEST_TABLE_STEPS:
        tests = laid_out(form.tests(font_size, padding))
        if fixed + tests[2] <= CONTENT_H:
            return [*above, tests, *below]
    content = [f for f, *_ in (*above, tests, *below)]
    return [laid_out(KeepInFrame(CONTENT_W, CONTENT_H, content, mode="shrink"))]


def title_of(data: HandoverData) -> tuple[str, str]:
    """The form's title, Chinese and English: what follows at home is in it."""
    return TITLES[HomeKind(data.next_steps.home_kind or HomeKind.NONE)]


def _draw_footer(canvas: Canvas, data: HandoverData, checksum: str) -> None:
    label = Labels(CONTEXT, data.language)
    canvas.saveState()
    canvas.setFont(register_fonts(), 7)
    canvas.setFillColor(MUTED)
    y = MARGIN_BOTTOM - 6 * mm
    lines = label(
        "本单一式三份，隔离点、转运人员、接收社区各执一份；扫描二维码可核验本单内容。",
        "Three copies: site, transfer escort, receiving community. Scan the QR code to verify.",
        sep="\n",
    ).splitlines()
    for n, line in enumerate(lines):
        canvas.drawString(MARGIN_X, y - n * 3 * mm, line)
    canvas.drawRightString(PAGE_W - MARGIN_X, y,
                           f"{label('校验码', 'Checksum')} {checksum}")
    canvas.restoreState()


def _draw_form(canvas: Canvas, data: HandoverData) -> None:
    """Draw one person's form on the canvas's current page and end the page."""
    form = _Form(data)
    y = PAGE_H - MARGIN_TOP
    for flowable, width, height in _fitted_body(form, canvas):
        y -= height
        flowable.drawOn(canvas, MARGIN_X + (CONTENT_W - width) / 2, y)
    _draw_footer(canvas, data, form.checksum)
    canvas.showPage()


def _canvas(target: str | BinaryIO, title: str, author: str) -> Canvas:
    canvas = Canvas(target, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setCreator("Quarantine Desk")
    return canvas


def draw_forms(target: str | BinaryIO, items: Sequence[HandoverData]) -> None:
    """Draw the forms, one page each, into ``target`` (a path or a binary file), in the
    documents' language."""
    if not items:
        raise ValueError("no handover forms to write")
    with on_paper():
        _draw_forms(target, items)


def _draw_forms(target: str | BinaryIO, items: Sequence[HandoverData]) -> None:
    register_fonts()
    first = items[0]
    title = Labels(CONTEXT, first.language)(*title_of(first))
    if len(items) == 1:
        title = f"{title} {first.serial} {first.person.full_name}"
    canvas = _canvas(target, title, first.site.name)
    for data in items:
        _draw_form(canvas, data)
    canvas.save()


def render_handover(data: HandoverData) -> bytes:
    """One person's handover form as the bytes of a one-page PDF."""
    buffer = io.BytesIO()
    draw_forms(buffer, [data])
    return buffer.getvalue()


def write_handover(path: str | Path, data: HandoverData, *, replace: bool = True) -> Path:
    """Write one person's form to ``path`` (owner-only; an existing file is replaced only when
    ``replace``)."""
    return write_private(path, lambda handle: handle.write(render_handover(data)),
                         replace=replace)


_UNSAFE_IN_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def handover_filename(data: HandoverData) -> str:
    """``<serial>_<name>.pdf`` with characters no file system accepts replaced."""
    stem = _UNSAFE_IN_FILENAME.sub("_", f"{data.serial}_{data.person.full_name}").strip(" .")
    return f"{stem}.pdf"


def write_handover_folder(folder: str | Path, items: Sequence[HandoverData], *,
                          replace: bool = True) -> list[Path]:
    """Write one file per person into ``folder`` (made if missing, inside an existing folder),
    named by serial and name; unless ``replace``, nothing is written when one of the files
    exists already."""
    if not items:
        raise ValueError("no handover forms to write")
    target = Path(folder)
    paths = [target / handover_filename(data) for data in items]
    if len(set(paths)) < len(paths):
        twice = next(data for data, path in zip(items, paths, strict=True)
                     if paths.count(path) > 1)
        raise ValueError(f"two handover forms share the serial number {twice.serial}")
    if not replace:
        for path in paths:
            if os.path.lexists(path):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    target.mkdir(exist_ok=True)
    return [write_handover(path, data) for path, data in zip(paths, items, strict=True)]
