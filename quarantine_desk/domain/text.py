"""A translation hook for text made below the ui layer.

The domain and services must not import Qt, yet every user-visible string has to pass through
Qt's translation machinery. Code below ``ui`` calls :func:`translate`; the window installs
``QCoreApplication.translate`` here at start-up, the command line keeps the identity.
"""

from collections.abc import Callable

_translator: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install_translator(func: Callable[[str, str], str]) -> None:
    """Route every later :func:`translate` call through ``func(context, text)``."""
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` (identity until a translator is installed)."""
    return _translator(context, text)
