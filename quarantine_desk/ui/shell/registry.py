"""The panels of the navigation column, in order: one entry per panel.

A panel is a package ``quarantine_desk/ui/<key>/`` whose ``panel.py`` holds a subclass of
:class:`~quarantine_desk.ui.common.panel.Panel`; its entry here has the ``factory``
``"quarantine_desk.ui.<key>.panel:<Class>"`` (imported on first use, so start-up stays fast)
or any callable taking a :class:`~quarantine_desk.ui.common.panel.PanelContext`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from quarantine_desk.domain.enums import Role
from quarantine_desk.services.context import Actor
from quarantine_desk.ui.common.panel import Panel, PanelContext

PanelFactory = Callable[[PanelContext], Panel]

#: Translation context of the titles and summaries below.
CONTEXT = "Navigation"


@dataclass(frozen=True)
class PanelSpec:
    key: str
    title: str
    summary: str
    factory: str | PanelFactory
    manager_only: bool = False

    def translated_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def translated_summary(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.summary)

    def visible_to(self, actor: Actor) -> bool:
        """Every role sees every panel (actions inside are role-shaped) except manager-only."""
        return not self.manager_only or actor.role is Role.MANAGER


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(
        "overview", QT_TRANSLATE_NOOP("Navigation", "Overview"),
        QT_TRANSLATE_NOOP("Navigation", "Today's figures, alerts needing action, arrivals and "
                          "releases due, overdue stays and the rooms free over the next "
                          "14 days."),
        factory="quarantine_desk.ui.overview.panel:OverviewPanel",
    ),
    PanelSpec(
        "rooms", QT_TRANSLATE_NOOP("Navigation", "Rooms"),
        QT_TRANSLATE_NOOP("Navigation", "The floor plan: every room coloured by state, with "
                          "its guest and badges; check in, move, release, disinfect."),
        factory="quarantine_desk.ui.rooms.panel:RoomsPanel",
    ),
    PanelSpec(
        "guests", QT_TRANSLATE_NOOP("Navigation", "Guests"),
        QT_TRANSLATE_NOOP("Navigation", "Search as you type by name, ID, room or phone, and "
                          "open a guest's record: stay, health, temperatures, tests, history."),
        factory="quarantine_desk.ui.guests.panel:GuestsPanel",
    ),
    PanelSpec(
        "temperatures", QT_TRANSLATE_NOOP("Navigation", "Temperatures"),
        QT_TRANSLATE_NOOP("Navigation", "The rounds sheet for a date and slot: type each "
                          "temperature and press Enter; fevers turn red at once."),
        factory="quarantine_desk.ui.temperatures.panel:TemperaturesPanel",
    ),
    PanelSpec(
        "tests", QT_TRANSLATE_NOOP("Navigation", "Tests"),
        QT_TRANSLATE_NOOP("Navigation", "Who is due for sampling today in walking order, "
                          "samples taken and results entered or imported."),
        factory="quarantine_desk.ui.tests.panel:TestsPanel",
    ),
    PanelSpec(
        "releases", QT_TRANSLATE_NOOP("Navigation", "Releases"),
        QT_TRANSLATE_NOOP("Navigation", "The stays due for release with each criterion, "
                          "destination checks, approval, handover forms and the release list."),
        factory="quarantine_desk.ui.releases.panel:ReleasesPanel",
    ),
    PanelSpec(
        "alerts", QT_TRANSLATE_NOOP("Navigation", "Alerts"),
        QT_TRANSLATE_NOOP("Navigation", "Fever, positive and symptom alerts with their "
                          "history: escalate, or resolve with a note."),
        factory="quarantine_desk.ui.alerts.panel:AlertsPanel",
    ),
    PanelSpec(
        "settings", QT_TRANSLATE_NOOP("Navigation", "Settings"),
        QT_TRANSLATE_NOOP("Navigation", "The site's details, the quarantine policy, staff "
                          "accounts and backups."),
        factory="quarantine_desk.ui.settings.panel:SettingsPanel",
        manager_only=True,
    ),
)


def find_spec(key: str, specs: Sequence[PanelSpec] = PANELS) -> PanelSpec | None:
    return next((spec for spec in specs if spec.key == key), None)


def create_panel(spec: PanelSpec, context: PanelContext) -> Panel:
    """Build the panel of ``spec`` (a module is imported on first use, keeping start-up fast)."""
    if isinstance(spec.factory, str):
        module_name, _, class_name = spec.factory.partition(":")
        factory: PanelFactory = getattr(importlib.import_module(module_name), class_name)
    else:
        factory = spec.factory
    return factory(context)
