"""A translation hook for text made below the ui layer.

The domain and services must not import Qt, yet every user-visible string has to pass through
Qt's translation machinery. Code below ``ui`` calls :func:`translate`; the window installs
``QCoreApplication.translate`` here at start-up, the command line a translator of its
language (:func:`install_translator`): that is the language the *reader* speaks.

Some text is not for the reader but for paper: a release list or a handover form is written
in the site's language whatever the window or the console speaks. For that, ``i18n`` also
installs a *loader* (:func:`install_loader`) that builds a translate function for any
language, and ``with speaking(language): ...`` routes every :func:`translate` call made inside
the block — the reasons a service words, the labels a document draws — through that
language. The choice is held in a context variable, so a block in one thread (or task) does
not change what another one reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Translate = Callable[[str, str], str]
#: Builds the translate function of a language; None when it has no translation (English,
#: the source text, or a missing file).
Loader = Callable[[str], Translate | None]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translate = _identity
_loader: Loader | None = None
_by_language: dict[str, Translate] = {}
_speaking: ContextVar[Translate | None] = ContextVar("speaking", default=None)


def install_translator(func: Translate) -> None:
    """Route every later :func:`translate` call through ``func(context, text)``."""
    global _translator
    _translator = func


def install_loader(loader: Loader | None) -> None:
    """How :func:`speaking` gets the translate function of a language (``None``: none can
    be had, every language reads the source text). Forgets the ones built before."""
    global _loader
    _loader = loader
    _by_language.clear()


def translator_for(language: str) -> Translate:
    """The translate function of ``language`` (built once by the installed loader); the
    identity when no loader is installed or the language has no translation."""
    found = _by_language.get(language)
    if found is None:
        found = (_loader(language) if _loader is not None else None) or _identity
        _by_language[language] = found
    return found


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Within the block, :func:`translate` speaks ``language`` (e.g. ``zh_CN``) instead of
    the reader's language; blocks nest, and the reader's language returns on leaving."""
    token = _speaking.set(translator_for(language))
    try:
        yield
    finally:
        _speaking.reset(token)


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context``: in the language of the innermost
    :func:`speaking` block, else the installed translator's (identity until one is)."""
    return (_speaking.get() or _translator)(context, text)


def reader_language() -> str:
    """``zh`` when the text of the moment is Chinese (the reader's, or paper's inside
    :func:`speaking`), else ``en``: which of a policy file's two names to show."""
    return "zh" if translate("language", "en") == "zh" else "en"
