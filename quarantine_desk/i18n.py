"""Which language the desk speaks, and the Qt translator that makes it speak it.

English is the source text of every message; Chinese comes from
``resources/translations/quarantine_desk_zh_CN.qm`` (made by ``tools/i18n.py``). The language
follows ``QUARANTINE_DESK_LANG`` when it is set (``zh``, ``zh_CN`` or ``en``); otherwise the
window speaks the site's language (``Site.language``, Chinese unless the site chose English)
and the command line the system's (Chinese on a Chinese system, else English).

Only ``cli`` and ``ui`` import this module: it loads Qt's translator and hands it to
:mod:`quarantine_desk.domain.text`, so text made below ``ui`` is translated too. Importing it
also gives ``domain.text`` a loader of any language's ``.qm`` (:func:`translator_of`): the
documents are written in the site's language through ``text.speaking`` whatever the reader's.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from sqlalchemy.engine import Engine

from quarantine_desk import RESOURCES_DIR
from quarantine_desk.domain.text import Translate, install_loader, install_translator

ENV = "QUARANTINE_DESK_LANG"
ENGLISH = "en"
CHINESE = "zh_CN"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
#: The window's language when neither the environment nor a site says (the Site default).
WINDOW_DEFAULT = CHINESE

#: Translators in use, kept referenced: Qt does not own them.
_loaded: list[QTranslator] = []


def qm_file(language: str) -> str:
    return str(TRANSLATIONS_DIR / f"quarantine_desk_{language}.qm")


def normalise(name: str | None) -> str | None:
    """``zh``, ``zh_CN``, ``zh-Hans-CN``… as ``zh_CN``; ``en…`` as ``en``; else None."""
    code = (name or "").strip().replace("-", "_").lower()
    if code.startswith("zh"):
        return CHINESE
    if code.startswith("en"):
        return ENGLISH
    return None


def env_language() -> str | None:
    """The language ``QUARANTINE_DESK_LANG`` asks for, None when unset or not shipped."""
    return normalise(os.environ.get(ENV))


def system_language() -> str:
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def site_language(engine: Engine) -> str | None:
    """The language the site is set to, None before first-run setup."""
    from quarantine_desk.services.site import get_site
    from quarantine_desk.store.engine import read_session

    with read_session(engine) as session:
        site = get_site(session)
        return (normalise(site.language) or ENGLISH) if site is not None else None


def command_line_language() -> str:
    return env_language() or system_language()


def window_language(engine: Engine | None = None) -> str:
    """The environment's choice, else the site's (when a database is given), else Chinese."""
    chosen = env_language()
    if chosen is None and engine is not None:
        chosen = site_language(engine)
    return chosen or WINDOW_DEFAULT


def load(language: str) -> QTranslator | None:
    """The application's translator for ``language``; None for English (the source text).

    A Chinese desk whose ``.qm`` is missing falls back to English rather than not starting.
    """
    if language == ENGLISH:
        return None
    translator = QTranslator()
    return translator if translator.load(qm_file(language)) else None


def translator_of(language: str) -> Translate | None:
    """A translate function of ``language`` (``zh``, ``zh_CN``, ``en``…) read straight from
    its ``.qm``, without installing anything; None for English (the source text) or when the
    file is missing."""
    translator = load(normalise(language) or language)
    if translator is None:
        return None

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


def _forget() -> None:
    """Take the translators installed before out of the application (if any) and drop them."""
    app = QCoreApplication.instance()
    for old in _loaded:
        if app is not None:
            app.removeTranslator(old)
    _loaded.clear()


def install(language: str) -> str:
    """Translate text made below ``ui`` (services, criteria, reports) into ``language``.

    For the command line, which has no Qt application: the translator is asked directly.
    """
    _forget()
    translate = translator_of(language)
    if translate is None:
        install_translator(lambda context, text: text)
        return ENGLISH
    install_translator(translate)
    return language


def install_in_application(app: QCoreApplication, language: str) -> None:
    """Make the running application speak ``language``: ours and Qt's own dialogs' texts.

    Replaces whatever language was installed before, sets the default ``QLocale`` (the long
    date in the header), and routes text below ``ui`` through ``QCoreApplication.translate``.
    """
    _forget()
    translators = [load(language)]
    if language != ENGLISH:
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translators.append(qt_own if qt_own.load(f"qtbase_{language}", folder) else None)
    for translator in translators:
        if translator is not None and app.installTranslator(translator):
            _loaded.append(translator)
    QLocale.setDefault(locale_for(language))
    install_translator(QCoreApplication.translate)


def locale_for(language: str) -> QLocale:
    """Dates and numbers as the language writes them: the system's own when it matches (a
    ``C``/POSIX system counts as English)."""
    system = QLocale.system()
    spoken = normalise(system.name()) or ENGLISH
    return system if spoken == language else QLocale(language)


# Documents ask ``domain.text`` for the site's language whatever the reader's: from the .qm.
install_loader(translator_of)
