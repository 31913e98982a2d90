"""Words and colours for room states, categories and tile badges, and the desk's clock, shared
by the Rooms and Overview panels so the legend, the tiles and the figure cards always say the
same thing about the same moment. Categories are named as the policy files name them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from quarantine_desk.domain.enums import RoomState
from quarantine_desk.services import policies
from quarantine_desk.services.board import Badge
from quarantine_desk.ui.common import theme

#: Translation context of every text in this module.
CONTEXT = "RoomLabels"

_STATES: dict[RoomState, str] = {
    RoomState.AVAILABLE: QT_TRANSLATE_NOOP("RoomLabels", "Available"),
    RoomState.RESERVED: QT_TRANSLATE_NOOP("RoomLabels", "Reserved"),
    RoomState.OCCUPIED: QT_TRANSLATE_NOOP("RoomLabels", "Occupied"),
    RoomState.AWAITING_DISINFECTION: QT_TRANSLATE_NOOP("RoomLabels", "Awaiting disinfection"),
    RoomState.OUT_OF_SERVICE: QT_TRANSLATE_NOOP("RoomLabels", "Out of service"),
}

_KINDS: dict[str, str] = {
    "single": QT_TRANSLATE_NOOP("RoomLabels", "single"),
    "double": QT_TRANSLATE_NOOP("RoomLabels", "double"),
    "family": QT_TRANSLATE_NOOP("RoomLabels", "family"),
}


@dataclass(frozen=True)
class BadgeLook:
    """How a badge is drawn: a short mark on a coloured chip, and what it means."""

    mark: str
    name: str
    fill: str
    text: str


_BADGES: dict[Badge, BadgeLook] = {
    Badge.FEVER: BadgeLook(QT_TRANSLATE_NOOP("RoomLabels", "F"),
                           QT_TRANSLATE_NOOP("RoomLabels", "fever"), theme.FEVER, "#ffffff"),
    Badge.POSITIVE: BadgeLook(QT_TRANSLATE_NOOP("RoomLabels", "P"),
                              QT_TRANSLATE_NOOP("RoomLabels", "positive result"),
                              theme.POSITIVE, "#ffffff"),
    Badge.KEY_PERSON: BadgeLook(QT_TRANSLATE_NOOP("RoomLabels", "K"),
                                QT_TRANSLATE_NOOP("RoomLabels", "key person"),
                                theme.KEY_PERSON, "#ffffff"),
    Badge.DUE: BadgeLook(QT_TRANSLATE_NOOP("RoomLabels", "R"),
                         QT_TRANSLATE_NOOP("RoomLabels", "due for release"),
                         theme.DUE_FOR_RELEASE, "#ffffff"),
    Badge.INCOMPLETE: BadgeLook(QT_TRANSLATE_NOOP("RoomLabels", "?"),
                                QT_TRANSLATE_NOOP("RoomLabels", "record incomplete"),
                                theme.MISSING, theme.WARNING),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_label(state: RoomState | str) -> str:
    """The translated name of a room state ("Awaiting disinfection")."""
    return _tr(_STATES[RoomState(state)])


def category_label(category: str) -> str:
    """A category's name in the window's language, as the policy versions the services have
    read name it (the board and the overview read every version); an unknown code is shown
    as stored."""
    return policies.category_label(str(category))


def kind_label(kind: str) -> str:
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


def badge_mark(badge: Badge) -> str:
    """The one-letter mark drawn on the badge's chip."""
    return _tr(_BADGES[badge].mark)


def badge_name(badge: Badge) -> str:
    return _tr(_BADGES[badge].name)


def badge_colors(badge: Badge) -> tuple[str, str]:
    """Chip fill and mark colour of ``badge``."""
    look = _BADGES[badge]
    return look.fill, look.text


def desk_now() -> datetime:
    """The desk's clock: the one place the panels read the time (services take ``now=``)."""
    return datetime.now().replace(microsecond=0)
