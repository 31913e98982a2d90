"""How values and labels read on paper: times, temperatures, bilingual labels, safe markup.
The documents' language and dates are ``domain.paper_language``'s, shared with the services
that gather the documents' words."""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape

from quarantine_desk.documents.fonts import FONT_NAME, font_runs
from quarantine_desk.domain.paper_language import fmt_date
from quarantine_desk.domain.text import translate

#: What stands after a label whose value is not known (a site whose details were never
#: entered): never an empty label.
NO_VALUE = "—"


def or_dash(value: str | None) -> str:
    """``value`` when it says something, else :data:`NO_VALUE`."""
    return (value or "").strip() or NO_VALUE


def fmt_datetime(moment: datetime | None, language: str = "zh") -> str:
    if moment is None:
        return ""
    return f"{fmt_date(moment.date(), language)} {moment:%H:%M}"


def fmt_short_datetime(moment: datetime) -> str:
    """``04-06 09:30``: for dense tables where the year is plain from the context."""
    return f"{moment:%m-%d %H:%M}"


def fmt_celsius(celsius: float) -> str:
    """One decimal and ``°C`` (the font's ``℃`` glyph is empty)."""
    return f"{celsius:.1f}°C"


def markup(text: str) -> str:
    """Escape user text for a ReportLab Paragraph and keep its line breaks; characters the
    main font cannot draw (a rare character of a name) are set in the fallback font that can."""
    parts = []
    for font, run in font_runs(text or ""):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == FONT_NAME else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


class Labels:
    """Form labels in Chinese, with the English beside them when the site is set to English.

    The Chinese wording is the source text, so a site can adapt it through the translation
    files like any other text of the application.
    """

    def __init__(self, context: str, language: str) -> None:
        self.context = context
        self.language = language

    @property
    def english(self) -> bool:
        return self.language == "en"

    def chinese(self, zh: str) -> str:
        """The Chinese wording alone (titles, section names down the edge)."""
        return translate(self.context, zh)

    def pick(self, zh: str, en: str) -> str:
        """Wording inside a value (not a label): the form's one language, never both."""
        return translate(self.context, en if self.english else zh)

    def __call__(self, zh: str, en: str, sep: str = " ") -> str:
        """The label as plain text: ``姓名`` or ``姓名 Name``."""
        chinese = translate(self.context, zh)
        if not self.english:
            return chinese
        return f"{chinese}{sep}{translate(self.context, en)}"

    def stacked(self, zh: str, en: str, en_size: float) -> str:
        """The label as Paragraph markup, the English on a smaller second line."""
        chinese = markup(translate(self.context, zh))
        if not self.english:
            return chinese
        english = markup(translate(self.context, en))
        return f'{chinese}<br/><font size="{en_size}">{english}</font>'
