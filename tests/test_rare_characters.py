"""Every name prints (issue 13, point 6): characters of CJK Extensions A to F that the main font
lacks come from the shipped Hanazono subsets, on paper and in the window."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from test_documents import need, pdf_text, release_list, run, sample_handover

from quarantine_desk.documents.collection_sheet import write_collection_sheet
from quarantine_desk.documents.fonts import (
    FALLBACKS,
    FONT_NAME,
    font_runs,
    has_glyph,
    needs_fallback,
)
from quarantine_desk.documents.format import markup
from quarantine_desk.documents.handover import write_handover
from quarantine_desk.documents.release_list import write_release_list_pdf
from quarantine_desk.domain.paper_records import CollectionSheetData, SheetRow

NAME = "𠮷田𪚥"  # U+20BB7 (Extension B), 田, U+2A6A5 (Extension B)
ADDRESS = "北京市䶮区𬌗巷<1>号 & 𠀀里"  # 䶮 Extension A, 𬌗 Extension E, 𠀀 Extension B
RARE = "𠮷𪚥䶮𬌗𠀀"


def fonts_of(path: Path) -> str:
    need("pdffonts")
    return run("pdffonts", path)


def embedded(fonts: str, name: str) -> bool:
    return any(name in line and re.search(r"\byes\b", line) for line in fonts.splitlines())


def test_the_main_font_lacks_them_and_a_fallback_draws_each() -> None:
    assert not any(has_glyph(char) for char in RARE)
    runs = font_runs("张" + NAME)
    assert runs == [(FONT_NAME, "张"), ("HanaMinB-ext", "𠮷"), (FONT_NAME, "田"),
                    ("HanaMinB-ext", "𪚥")]
    assert [font for font, _ in font_runs("䶮")] == ["HanaMinA-ext"]
    assert not needs_fallback("欧阳晓峰 O'Brien 😀") and needs_fallback(NAME)
    assert all(fallback.path.stat().st_size > 0 for fallback in FALLBACKS)


def test_markup_escapes_and_switches_font() -> None:
    assert markup("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert markup("𠮷<\n") == '<font name="HanaMinB-ext">𠮷</font>&lt;<br/>'


def test_handover_for_a_rare_name_shows_every_character(tmp_path: Path) -> None:
    data = sample_handover()
    data = dataclasses.replace(
        data,
        person=dataclasses.replace(data.person, full_name=NAME, home_address=ADDRESS),
        site=dataclasses.replace(data.site, name="𠮷田集中隔离点"),
        transfer=dataclasses.replace(data.transfer, escort="𡈽陈", escort_phone="137𠀋"))
    path = write_handover(tmp_path / "rare.pdf", data)
    fonts = fonts_of(path)
    assert embedded(fonts, "WenQuanYi") and embedded(fonts, "HanaMinB"), fonts
    assert embedded(fonts, "HanaMinA"), fonts  # 䶮
    text = pdf_text(path)
    assert f"{NAME}：您在𠮷田集中隔离点" in text  # the notice, as text (ToUnicode is right)
    assert "北京市䶮区𬌗巷<1>号 & 𠀀里" in text
    assert "𡈽陈" in text and "137𠀋" in text
    need("pdftoppm")
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(path), str(tmp_path / "page")],
                   check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_release_list_and_collection_sheet_print_rare_names(tmp_path: Path) -> None:
    data, _ = release_list(3)
    rows = list(data.rows)
    rows[0] = dataclasses.replace(rows[0], name=NAME, room="𠮷1")
    data = dataclasses.replace(data, rows=tuple(rows), site_name="𪚥隔离点")
    listing = write_release_list_pdf(tmp_path / "list.pdf", data)
    text = pdf_text(listing)
    assert NAME in text and "𠮷1" in text and "𪚥隔离点" in text  # the footer's site too
    assert embedded(fonts_of(listing), "HanaMinB")

    sheet = CollectionSheetData(
        site_name="𪚥隔离点", on=date(2022, 7, 15), printed_at=datetime(2022, 7, 15, 7, 0),
        rows=(SheetRow(3, "301", NAME, "第3天", "核酸", sample_no="S𠀋1", sampled=True),))
    text = pdf_text(write_collection_sheet(tmp_path / "sheet.pdf", sheet))
    assert NAME in text and "S𠀋1" in text and "𪚥隔离点" in text


def test_window_draws_rare_characters_from_the_fallbacks(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QTextLayout

    from quarantine_desk.ui.common.fonts import apply_font, register_fonts

    apply_font(qapp)
    layout = QTextLayout(NAME + ADDRESS, QFont(register_fonts(), 20))  # substitution alone
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    families: dict[str, int] = {}
    for glyph_run in layout.glyphRuns():
        indexes = list(glyph_run.glyphIndexes())
        assert 0 not in indexes, glyph_run.rawFont().familyName()  # glyph 0 is the empty box
        families[glyph_run.rawFont().familyName()] = len(indexes)
    assert {"HanaMinA", "HanaMinB", register_fonts()} <= set(families), families


@pytest.mark.parametrize("char", list(RARE))
def test_each_rare_character_is_in_a_fallback(char: str) -> None:
    assert font_runs(char)[0][0] != FONT_NAME
