"""The language of paper: what every word of a document is in, which labels a site's
documents carry, how a date reads on them.

Both sides of a document need this: the services that gather its words (the reasons the
release criteria give, category names, duties) and the documents layer that draws its labels.
It lives here, below both, so neither has to import the other.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date

from quarantine_desk.domain.text import speaking

#: The language every word of a document is in, whatever the window or the console speaks:
#: Chinese. A site set to English (``Site.language == "en"``) still gets Chinese text, with
#: English labels beside the Chinese ones (``documents.format.Labels``).
TEXT_LANGUAGE = "zh_CN"
#: A document's labels: Chinese, or Chinese with English beside them (the text is Chinese).
LANGUAGES = ("zh", "en")


def on_paper() -> AbstractContextManager[None]:
    """``with on_paper(): ...`` — every text made in the block (a service's reasons, a
    category's name, a document's labels) is in the documents' language."""
    return speaking(TEXT_LANGUAGE)


def label_language(site_language: str | None) -> str:
    """The labels a site's documents carry: ``en`` (English beside the Chinese) or ``zh``."""
    return site_language if site_language in LANGUAGES else "zh"


def fmt_date(on: date | None, language: str = "zh") -> str:
    """``2022年4月6日`` on Chinese forms, ISO ``2022-04-06`` on English ones; blank if unknown."""
    if on is None:
        return ""
    if language == "zh":
        return f"{on.year}年{on.month}月{on.day}日"
    return on.isoformat()
