"""Settings › Backups: where the site's backups go, back up now, the backups there are (the
window's automatic ones and those made by hand), restore one, and check the database.

Restoring writes the backup into the open database through SQLite itself, so every panel
reloads what it holds (the restore announces every topic); a safety copy of what it replaced
is kept. A PostgreSQL database is restored with pg_restore into an empty one (README), not from
a window that has it open.
"""

from __future__ import annotations

import shlex
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from quarantine_desk.services import backup_folder, backups, maintenance
from quarantine_desk.services.backups import BackupRecord
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.busy import wait_cursor
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.settings.common import Row, ask, card, label, now, row_columns, table_view

T = TypeVar("T")
#: Rows the list shows before it scrolls.
VISIBLE_BACKUPS = 8


def _quoted(path: Path | str) -> str:
    text = str(path)
    return subprocess.list2cmdline([text]) if sys.platform == "win32" else shlex.quote(text)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


class BackupsTab(QWidget):
    """Backups through ``services.maintenance`` and ``services.backups`` (audited), the
    folder they go to, restore with a confirmation, and the check."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._database: Path | None = None  # None on a server

        backup_card, backup_box = card(self, self.tr("Back up"))
        self.backup_intro = label("", backup_card, "muted")
        self.folder_label = label("", backup_card)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_folder = QPushButton(self.tr("Choose &folder…"), backup_card)
        self.choose_folder.clicked.connect(self.ask_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder, 0, Qt.AlignmentFlag.AlignTop)
        self.automatic_note = label(self.tr(
            "The window backs up by itself on its first start each day and when it closes, "
            "into this folder, and keeps the last {n} automatic backups; backups made by hand "
            "are kept. Choose a second disk or a USB stick.").format(
            n=backups.AUTOMATIC_KEPT), backup_card, "muted")
        self.backup_now = QPushButton(self.tr("&Back up now"), backup_card)
        theme.mark(self.backup_now, "primary")
        self.backup_now.clicked.connect(lambda: self.back_up(None))
        self.backup_to = QPushButton(self.tr("Back up &to a file…"), backup_card)
        self.backup_to.clicked.connect(self.back_up_to_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now)
        buttons.addWidget(self.backup_to)
        buttons.addStretch(1)
        self.backup_result = label("", backup_card, "success")
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_result.hide()
        self.recent = TableModel(row_columns([self.tr("When"), self.tr("Kind"), self.tr("Size"),
                                              self.tr("File"), self.tr("Verified")]),
                                 backup_card)
        self.recent_view = table_view(self.recent, backup_card, stretch=3)
        self.recent_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent_view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.no_backups = label(self.tr("No backup has been taken of this database yet."),
                                backup_card, "muted")
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), backup_card)
        self.restore_button.clicked.connect(self.restore_selected)
        self.recent_view.selectionModel().selectionChanged.connect(
            lambda *_: self._enable_restore())
        restore_row = QHBoxLayout()
        restore_row.addStretch(1)
        restore_row.addWidget(self.restore_button)
        backup_box.addWidget(self.backup_intro)
        backup_box.addLayout(folder_row)
        backup_box.addWidget(self.automatic_note)
        backup_box.addLayout(buttons)
        backup_box.addWidget(self.backup_result)
        backup_box.addWidget(label(self.tr("Backups"), backup_card, "section"))
        backup_box.addWidget(self.recent_view)
        backup_box.addWidget(self.no_backups)
        backup_box.addLayout(restore_row)

        check_card, check_box = card(self, self.tr("Check the database"))
        check_box.addWidget(label(
            self.tr("Reads everything without changing it: SQLite's own integrity check, then "
                    "the site's rules (one room per guest, rooms within capacity, room states "
                    "that match who is in them, release numbers never reused)."),
            check_card, "muted"))
        self.check_button = QPushButton(self.tr("C&heck the database"), check_card)
        self.check_button.clicked.connect(self.check)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        check_box.addLayout(check_row)
        self.check_result = label("", check_card)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_result.hide()
        check_box.addWidget(self.check_result)

        restore_card, restore_box = card(self, self.tr("Restore a backup"))
        self.restore_intro = label("", restore_card, "muted")
        restore_box.addWidget(self.restore_intro)
        self.restore_file = QPushButton(self.tr("Restore from a fi&le…"), restore_card)
        self.restore_file.clicked.connect(self.restore_from_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.restore_file)
        file_row.addStretch(1)
        restore_box.addLayout(file_row)
        restore_box.addWidget(label(self.tr("From the command line (with Quarantine Desk "
                                            "closed):"), restore_card, "muted"))
        self.restore_command = QPlainTextEdit(restore_card)
        self.restore_command.setReadOnly(True)
        self.restore_command.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.restore_command.setFixedHeight(
            3 * self.restore_command.fontMetrics().lineSpacing() + 16)
        self.copy_command = QPushButton(self.tr("Co&py"), restore_card)
        self.copy_command.clicked.connect(self._copy_command)
        command_row = QHBoxLayout()
        command_row.addWidget(self.restore_command, 1)
        command_row.addWidget(self.copy_command, 0, Qt.AlignmentFlag.AlignTop)
        restore_box.addLayout(command_row)

        left = QVBoxLayout()
        left.addWidget(backup_card)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(theme.MARGIN)
        right.addWidget(check_card)
        right.addWidget(restore_card)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.MARGIN)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    @property
    def _engine(self) -> Engine:
        return self._host.context.desk.engine

    def refresh(self) -> None:
        target = self._engine.url.render_as_string(hide_password=False)
        on_server = maintenance.server_database(target) is not None
        self._database = None if on_server else maintenance.sqlite_file(target)
        self.backup_intro.setText(self.tr(
            "A copy of the whole database, taken while everyone keeps working, checked before "
            "it is kept, readable by your account only."))
        with self._host.context.read() as session:
            chosen = backup_folder.chosen_folder(session)
        folder = chosen or backup_folder.default_backup_folder()
        self.folder_label.setText(
            self.tr("Backups go to {folder}").format(folder=folder) if chosen else
            self.tr("Backups go to {folder} (on this disk: choose another one)").format(
                folder=folder))
        self.automatic_note.setVisible(not on_server)
        self.restore_intro.setText(self.tr(
            "Restoring replaces the whole database with the backup; a safety copy of the "
            "current database is kept. Close Quarantine Desk on the other desks first.")
            if not on_server else self.tr(
            "A PostgreSQL database is restored with pg_restore into a new, empty database "
            "(see the README), not from a window that has it open."))
        for widget in (self.restore_file, self.restore_button):
            widget.setVisible(not on_server)
        self._show_restore_command(None)
        self._list(backups.list_backups(self._engine))

    def _list(self, found: list[BackupRecord]) -> None:
        rows = [Row(cells=[_when(record.taken_at),
                           self.tr("automatic") if record.automatic else self.tr("by hand"),
                           _size(record.size), str(record.path),
                           self.tr("verified") if record.verified else self.tr("not whole")],
                    payload=record, tips={3: str(record.path)},
                    colour="" if record.verified else theme.ERROR)
                for record in found]
        self.recent.set_rows(rows)
        self.recent_view.resizeColumnsToContents()
        self.recent_view.setFixedHeight(
            self.recent_view.horizontalHeader().sizeHint().height()
            + min(len(rows), VISIBLE_BACKUPS)
            * self.recent_view.verticalHeader().defaultSectionSize()
            + 2 * self.recent_view.frameWidth())
        self.recent_view.setVisible(bool(rows))
        self.no_backups.setVisible(not rows)
        self._enable_restore()

    def _enable_restore(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupRecord | None:
        rows = self.recent_view.selectionModel().selectedRows()
        return self.recent.rows()[rows[0].row()].payload if rows else None

    def _show_restore_command(self, backup: Path | None) -> None:
        database = _quoted(self._database) if self._database else self.tr("DATABASE")
        chosen = _quoted(backup) if backup else self.tr("BACKUP-FILE")
        self.restore_command.setPlainText(f"quarantine-desk --db {database} restore {chosen}")

    def _copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.restore_command.toPlainText())
        self._host.context.report(self.tr("The restore command is copied."), MessageLevel.INFO)

    def _busy(self, work: Callable[[], T]) -> T | None:
        """Run ``work`` under a wait cursor; a refusal or a file error goes to the message bar."""
        try:
            with wait_cursor():
                return work()
        except ServiceError as refusal:
            self._host.context.report(str(refusal), MessageLevel.ERROR)
        except (OSError, sqlite3.Error) as error:
            self._host.context.report(
                self.tr("The file could not be read or written: {error}").format(error=error),
                MessageLevel.ERROR)
        return None

    # -- actions ------------------------------------------------------------------------------

    def back_up(self, to: Path | None) -> Path | None:
        """Back up into ``to`` (a new file or a folder), or the site's backup folder."""
        context = self._host.context
        path = self._busy(lambda: maintenance.backup(self._engine, to, actor=context.actor,
                                                     now=now()))
        if path is None:
            return None
        self.backup_result.setText(self.tr("Backed up to {path} ({size}).").format(
            path=path, size=_size(path.stat().st_size)))
        self.backup_result.show()
        context.report(self.tr("The database is backed up."), MessageLevel.INFO)
        self.refresh()
        self._show_restore_command(path)
        return path

    def back_up_to_file(self) -> None:
        with self._host.context.read() as session:
            folder = backup_folder.folder_for(session)
        suggested = folder / f"quarantine-desk-{now():%Y%m%d-%H%M}.db"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to a file"), str(suggested),
            self.tr("Database backups (*.db);;All files (*)"))
        if chosen:
            self.back_up(Path(chosen))

    def ask_folder(self) -> None:
        with self._host.context.read() as session:
            current = backup_folder.folder_for(session)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The folder for backups"), str(current))
        if chosen:
            self.use_folder(Path(chosen))

    def use_folder(self, folder: Path) -> None:
        """Send this site's backups to ``folder`` (the Settings tab reloads on the change)."""
        actor = self._host.context.actor
        self._host.perform(
            lambda session: backup_folder.choose_folder(session, actor, folder, now=now()),
            self.tr("Backups now go to {folder}.").format(folder=folder))

    def restore_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.restore(record.path, record.taken_at)

    def restore_from_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(backup_folder.default_backup_folder()),
            self.tr("Database backups (*.db);;All files (*)"))
        if chosen:
            path = Path(chosen)
            self.restore(path, datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0))

    def confirm_restore(self, when: str, path: Path) -> bool:
        """The question before a restore, naming the backup's time (tests replace it)."""
        return ask(self, self.tr("Restore a backup"), self.tr(
            "Replace the whole database with the backup of {when}?\n\nEverything written "
            "since then is lost; the current database is kept as a safety copy in {folder}. "
            "Close Quarantine Desk on the other desks first.\n\n{path}").format(
            when=when, folder=maintenance.backup_folder(), path=path),
            self.tr("Restore the backup of {when}").format(when=when))

    def restore(self, path: Path, taken_at: datetime) -> bool:
        """Restore ``path`` after the confirmation; True when the database was replaced."""
        when = _when(taken_at)
        if not self.confirm_restore(when, path):
            return False
        context = self._host.context
        target = self._engine.url.render_as_string(hide_password=False)
        done = self._busy(lambda: (maintenance.restore(target, path, actor=context.actor,
                                                       now=now()),))
        if done is None:
            return False
        (safety,) = done
        text = self.tr("Restored the backup of {when}.").format(when=when)
        if safety is not None:
            text += " " + self.tr("The database it replaced is kept in {path}.").format(
                path=safety)
        context.report(text, MessageLevel.INFO)
        self.refresh()
        return True

    def check(self) -> None:
        report = self._busy(lambda: maintenance.check(self._engine))
        if report is None:
            return
        if report.ok:
            self.check_result.setText(self.tr("No problems found."))
            theme.mark(self.check_result, "success")
        else:
            self.check_result.setText(
                self.tr("{n} problem(s) found:").format(n=len(report.problems)) + "\n"
                + "\n".join(f"• {problem}" for problem in report.problems))
            theme.mark(self.check_result, "error")
        self.check_result.show()
