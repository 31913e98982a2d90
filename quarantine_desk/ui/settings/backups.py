"""Settings › Backups: back up now, check the database, and how to restore (from the command
line only: replacing the database under a running window would pull it from under every panel).
"""

from __future__ import annotations

import json
import shlex
import sqlite3
import subprocess
import sys
from collections.abc import Callable
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

from quarantine_desk.services import audit, maintenance
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.busy import wait_cursor
from quarantine_desk.ui.common.messages import MessageLevel
from quarantine_desk.ui.common.panel import Panel
from quarantine_desk.ui.common.table import TableModel
from quarantine_desk.ui.settings.common import Row, card, label, now, row_columns, table_view

T = TypeVar("T")
RECENT_BACKUPS = 8


def _quoted(path: Path | str) -> str:
    text = str(path)
    return subprocess.list2cmdline([text]) if sys.platform == "win32" else shlex.quote(text)


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, round(n / 1024))} KB"


class BackupsTab(QWidget):
    """Backups taken through ``services.maintenance`` (audited), the check, and the restore
    command ready to copy."""

    def __init__(self, host: Panel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._database: Path | None = None

        backup_card, backup_box = card(self, self.tr("Back up"))
        self.backup_intro = label("", backup_card, "muted")
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
        self.recent = TableModel(row_columns([self.tr("When"), self.tr("By"), self.tr("Size"),
                                              self.tr("File")]), backup_card)
        self.recent_view = table_view(self.recent, backup_card)
        self.recent_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.no_backups = label(self.tr("No backup has been taken of this database yet."),
                                backup_card, "muted")
        backup_box.addWidget(self.backup_intro)
        backup_box.addLayout(buttons)
        backup_box.addWidget(self.backup_result)
        backup_box.addWidget(label(self.tr("Recent backups"), backup_card, "section"))
        backup_box.addWidget(self.recent_view)
        backup_box.addWidget(self.no_backups)

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
        restore_box.addWidget(label(
            self.tr("Restoring replaces the whole database, so it is not done from a window "
                    "that has it open. Close Quarantine Desk on every desk, then run this "
                    "command (a safety copy of the current database is kept):"),
            restore_card, "muted"))
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

    def refresh(self) -> None:
        engine = self._host.context.desk.engine
        try:
            self._database = maintenance.sqlite_file(
                engine.url.render_as_string(hide_password=False))
        except ServiceError as refusal:
            self._database = None
            self.backup_intro.setText(str(refusal))
        else:
            self.backup_intro.setText(self.tr(
                "A copy of the whole database, taken while everyone keeps working, readable "
                "by your account only. Back up now goes to {folder}.").format(
                folder=maintenance.backup_folder()))
        for button in (self.backup_now, self.backup_to):
            button.setVisible(self._database is not None)
        self._show_restore_command(None)
        with self._host.context.read() as session:
            events = [e for e in audit.history_entries(session, entity="database", limit=50)
                      if e.action == "database.backup"][:RECENT_BACKUPS]
        rows = []
        for event in events:
            after = json.loads(event.after or "{}")
            rows.append(Row(cells=[event.at.strftime("%Y-%m-%d %H:%M"), event.actor,
                                   _size(int(after.get("bytes", 0))), str(after.get("path", ""))],
                            payload=after.get("path"), tips={3: str(after.get("path", ""))}))
        self.recent.set_rows(rows)
        self.recent_view.resizeColumnsToContents()
        self.recent_view.setFixedHeight(
            self.recent_view.horizontalHeader().sizeHint().height()
            + len(rows) * self.recent_view.verticalHeader().defaultSectionSize()
            + 2 * self.recent_view.frameWidth())
        self.recent_view.setVisible(bool(rows))
        self.no_backups.setVisible(not rows)

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
        """Back up into ``to`` (a new file or a folder), or the default folder."""
        context = self._host.context
        path = self._busy(lambda: maintenance.backup(context.desk.engine, to, actor=context.actor,
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
        suggested = maintenance.backup_folder() / f"quarantine-desk-{now():%Y%m%d-%H%M}.db"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up to a file"), str(suggested),
            self.tr("Database backups (*.db);;All files (*)"))
        if chosen:
            self.back_up(Path(chosen))

    def check(self) -> None:
        report = self._busy(lambda: maintenance.check(self._host.context.desk.engine))
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
