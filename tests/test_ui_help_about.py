"""F1's desk guides, the About dialog and the application icon."""

from __future__ import annotations

import struct
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from quarantine_desk import __version__, i18n
from quarantine_desk.ui.shell import about
from quarantine_desk.ui.shell import help as desk_help
from quarantine_desk.ui.shell.app import ICON_SIZES, application_icon
from quarantine_desk.ui.shell.registry import PANELS

LANGUAGES = ("zh", "en")


@pytest.fixture
def window(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_in_application(app, i18n.CHINESE)
    try:
        yield
    finally:
        i18n.install_in_application(app, i18n.ENGLISH)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", [spec.key for spec in PANELS])
def test_every_panel_has_a_guide_in_both_languages(key: str, language: str) -> None:
    text = desk_help.guide_path(key, language).read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "F1" in text and "Ctrl+1" in text  # the keys table names the window's own keys
    if language == "zh":
        assert "按键" in text
    else:
        assert "**Keys**" in text


def test_no_guide_without_its_panel() -> None:
    keys = {spec.key for spec in PANELS}
    for language in LANGUAGES:
        pages = {path.stem for path in (desk_help.HELP_DIR / language).glob("*.md")}
        assert pages == keys, language


def test_f1_shows_the_guide_of_the_panel_in_english(window: QWidget) -> None:
    dialog = desk_help.show_help(window, "temperatures")
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Help: Temperatures"
    text = dialog.browser.toPlainText()
    assert "Type each temperature and press Enter" in text
    assert "| S | symptoms of the guest on the row |" not in text  # a table, not Markdown
    assert "symptoms of the guest on the row" in text


def test_f1_speaks_chinese_when_the_window_does(window: QWidget, chinese: None) -> None:
    dialog = desk_help.show_help(window, "releases")
    assert "按键" in dialog.browser.toPlainText()
    assert "Ctrl+R" in dialog.browser.toPlainText()
    assert dialog.windowTitle() != "Help: Releases"


def test_one_guide_window_follows_the_panel(window: QWidget) -> None:
    first = desk_help.show_help(window, "rooms")
    second = desk_help.show_help(window, "alerts")
    assert first is second and second.panel_key == "alerts"
    assert desk_help.show_help(window, None).panel_key == PANELS[0].key
    assert desk_help.show_help(window, "no-such-panel").panel_key == PANELS[0].key


def test_about_hides_the_server_password(window: QWidget) -> None:
    dialog = about.show_about(window, "postgresql+psycopg://desk:s3cret@10.0.0.5/quarantine")
    shown = dialog.database_label.text()
    assert "s3cret" not in shown and "10.0.0.5/quarantine" in shown
    assert dialog.folder_label.text() == str(about.data_folder())
    dialog.close()


def test_about_shows_every_licence_text(window: QWidget, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = about.AboutDialog(str(tmp_path / "site.db"), window)
    names = [notice.name for notice in dialog.notices]
    assert any("WenQuanYi" in name for name in names)
    assert any("Hanazono" in name for name in names)
    expected = {"Qt 6 / PySide6": "LESSER GENERAL PUBLIC LICENSE", "ReportLab": "ReportLab Inc",
                "WenQuanYi": "Apache", "Hanazono": "Hanazono"}
    for row, notice in enumerate(dialog.notices):
        assert all(path.is_file() for path in notice.files), notice.name
        dialog.parts.setCurrentRow(row)
        text = dialog.text.toPlainText()
        assert text and "missing" not in text
        for part, words in expected.items():
            if part in notice.name:
                assert words in text, notice.name
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Version {__version__}" in labels


def test_the_icon_comes_at_every_size() -> None:
    icon = application_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    ico = (about.RESOURCES_DIR / "icons" / "quarantine-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
