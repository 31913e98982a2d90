"""Start-up of the window: the Qt application, translations, font, theme, then sign-in."""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from quarantine_desk import RESOURCES_DIR, __version__, i18n
from quarantine_desk.domain.text import install_translator
from quarantine_desk.services import staff as staff_service
from quarantine_desk.services.context import Actor
from quarantine_desk.services.desk import Desk
from quarantine_desk.ui.common.background import wait_for_all
from quarantine_desk.ui.common.fonts import apply_font
from quarantine_desk.ui.common.theme import apply_theme
from quarantine_desk.ui.shell.main_window import MainWindow
from quarantine_desk.ui.shell.setup import FirstRunDialog
from quarantine_desk.ui.shell.signin import SignInDialog
from quarantine_desk.ui.shell.window_memory import WindowMemory

_READY = "quarantineDeskReady"
#: Imported on a thread of their own while the person signs in, which leaves the interpreter
#: free (the password check, or their typing): what the first panel needs that is slow to
#: import and safe off the GUI thread (numpy, under the overview's chart). Issue 16.
WARM_UP_MODULES = ("numpy",)
#: The sizes rendered from resources/icons/quarantine-desk.svg (tools/make_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def application_icon() -> QIcon:
    """The desk's icon at every rendered size, so title bars and task bars pick a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(RESOURCES_DIR / "icons" / f"quarantine-desk-{size}.png"))
    return icon


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one ``QApplication``, prepared once: names, translations, font and theme.

    Text made below the ui layer (service messages) is routed through Qt's translator too.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    if app.property(_READY):
        return app
    app.setApplicationName("Quarantine Desk")
    app.setOrganizationName("quarantine-desk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("quarantine-desk")  # the .deb's desktop entry: its icon on Wayland
    install_translator(_translate)
    i18n.install_in_application(app, i18n.window_language())
    apply_theme(app)
    apply_font(app)
    app.aboutToQuit.connect(wait_for_all)
    app.setProperty(_READY, True)
    return app


def warm_up(modules: tuple[str, ...] = WARM_UP_MODULES) -> threading.Thread:
    """Start importing ``modules`` in the background; whoever imports one later waits for it
    (Python's import lock), so it is never loaded twice nor half."""
    def load() -> None:
        for name in modules:
            importlib.import_module(name)

    thread = threading.Thread(target=load, name="warm-up", daemon=True)
    thread.start()
    return thread


def obtain_actor(desk: Desk, database: str, *, username: str = "",
                 note: str = "") -> Actor | None:
    """First-run setup on an empty database, else sign-in; None when the person quits."""
    dialog: FirstRunDialog | SignInDialog
    if not desk.query(staff_service.has_any_staff):
        dialog = FirstRunDialog(desk, database)
    else:
        dialog = SignInDialog(desk, database, username=username, note=note)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def run_desk(desk: Desk, database: str, *, username: str = "", note: str = "",
             idle_minutes: float | None = None) -> int:
    """Open the application: sign in, then the main window until it is closed."""
    app = create_application()
    i18n.install_in_application(app, i18n.window_language(desk.engine))
    warm_up()
    actor = obtain_actor(desk, database, username=username, note=note)
    if actor is None:
        return 0
    window = MainWindow(desk.acting_as(actor), database, idle_minutes=idle_minutes,
                        memory=WindowMemory())
    window.show_on_screen()
    return app.exec()


def run_until_shown(desk: Desk, database: str, actor: Actor,
                    report: Callable[[str], None]) -> int:
    """Start as :func:`run_desk` does for ``actor`` (signed in already, so no dialog) and end
    once the first panel shows its data: the measure of start-up (``benchmarks/
    bench_startup.py``). ``report`` is told ``"window"`` when the window is first on screen
    (the figures may still be loading) and ``"shown"`` when they are painted. Nothing is
    remembered or backed up."""
    app = create_application()
    i18n.install_in_application(app, i18n.window_language(desk.engine))
    window = MainWindow(desk.acting_as(actor), database, idle_minutes=0)
    window.show_on_screen()
    poll = QTimer(window)
    exposed = False

    def check() -> None:
        nonlocal exposed
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            return
        if not exposed:
            exposed = True
            report("window")
        panel = window.current_panel()
        if panel is not None and panel.is_loading():
            return
        poll.stop()
        window.repaint()  # the figures painted, not only arrived
        report("shown")
        window.close()
        app.exit(0)

    poll.timeout.connect(check)
    poll.start(5)
    return app.exec()
