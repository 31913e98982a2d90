"""The search results of the Guests panel: the common table model, paging its rows in.

A search on 100,000 stays can match tens of thousands; the model holds only the pages read so
far and asks for the next one (``canFetchMore``/``fetchMore``, offset and limit) when the view
scrolls near the end.

Sorting by a column sorts the rows loaded so far, in the model (it does not query again: the
search service has one order, in quarantine first and newest arrival first, which is also
the order pages arrive in). Rows fetched later are merged into the chosen order, so the table
is always sorted as a whole; sorting by no column (``-1``) restores the search order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)

from quarantine_desk.domain.enums import StayStatus
from quarantine_desk.services.guest_search import GuestRow
from quarantine_desk.ui.common import theme
from quarantine_desk.ui.common.table import Column, Index, TableModel
from quarantine_desk.ui.guests import labels

#: Rows read per page: enough to fill a tall window twice, cheap to read (see the benchmark).
PAGE_SIZE = 200

#: ``fetch(offset, limit)``: the next rows of the same search.
Fetch = Callable[[int, int], list[GuestRow]]

_ROOT = QModelIndex()  # the invisible root: rows of a table have it as parent

_STATUS_RANK = {StayStatus.IN_QUARANTINE.value: 0, StayStatus.EXPECTED.value: 1}
_ENDED = {StayStatus.RELEASED.value, StayStatus.TRANSFERRED_OUT.value,
          StayStatus.CANCELLED.value}


def _natural(text: str) -> tuple[Any, ...]:
    """Room numbers in the order people count them (``2`` before ``10``); none last."""
    if not text:
        return (1,)
    return (0, *((0, int(p), "") if p.isdigit() else (1, 0, p)
                 for p in re.findall(r"\d+|\D+", text)))


def is_due(row: GuestRow) -> bool:
    """In quarantine and at or past the last day of the period."""
    return row.day is not None and row.of is not None and row.day >= row.of


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuestTableModel", text)


def stay_text(row: GuestRow) -> str:
    """"day 3 of 7" while in quarantine, when expected, or how the stay ended."""
    if row.day is not None and row.of is not None:
        return _tr("day {n} of {m}").format(n=row.day, m=row.of)
    if row.status == StayStatus.EXPECTED.value and row.expected_at is not None:
        return _tr("expected {when}").format(when=row.expected_at.strftime("%m-%d %H:%M"))
    return labels.status(row.status)


def _muted_if_ended(row: GuestRow) -> str | None:
    return theme.MUTED_TEXT if row.status in _ENDED else None


def _columns() -> list[Column[GuestRow]]:
    """Room, name, day of stay, masked ID, category, release, phone (what a desk looks for
    first, first: the table is often narrower than all of it); ended stays in grey."""
    def column(header: str, value: Callable[[GuestRow], str]) -> Column[GuestRow]:
        return Column(header, value, color=_muted_if_ended)

    return [
        column(_tr("Room"), lambda row: row.room or labels.dash()),
        Column(_tr("Name"), lambda row: row.name, color=_muted_if_ended,
               background=lambda row: theme.MISSING if row.incomplete else None,
               tooltip=lambda row: (_tr("Details still to be completed (walk-in)")
                                    if row.incomplete else None)),
        Column(_tr("Stay"), stay_text,
               color=lambda row: _muted_if_ended(row) or (
                   theme.DUE_FOR_RELEASE if is_due(row) else None),
               tooltip=lambda row: _tr("Due for release") if is_due(row) else None),
        column(_tr("ID number"), lambda row: row.id_number_masked),
        column(_tr("Category"), lambda row: labels.category(row.category)),
        column(_tr("Release"), lambda row: labels.day_text(row.planned_release)),
        column(_tr("Phone"), lambda row: row.phone),
    ]


class GuestTableModel(TableModel[GuestRow]):
    """Stays found by a search, a page at a time, sorted by any column; each row known by its
    stay id."""

    ROOM, NAME, STAY, ID_NUMBER, CATEGORY, RELEASE, PHONE = range(7)

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(_columns(), parent, key=lambda row: row.stay_id)
        self._page_size = page_size
        self._arrival: dict[int, int] = {}  # stay id -> position in search order
        self._fetch: Fetch | None = None
        self._more = False
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))

    # -- loading ----------------------------------------------------------------------------

    def reset_rows(self, rows: list[GuestRow], fetch: Fetch | None) -> None:
        """Show the first page of a new search; ``fetch`` reads later pages (None: no more)."""
        self.beginResetModel()
        self._rows = []
        self._arrival = {}
        self._add(rows)
        self._fetch = fetch
        self._more = fetch is not None and len(rows) >= self._page_size
        self._sort_rows()
        self.endResetModel()

    def _add(self, rows: list[GuestRow]) -> list[GuestRow]:
        """Keep rows not already listed (a page read after a change may repeat one)."""
        fresh = []
        for row in rows:
            if row.stay_id not in self._arrival:
                self._arrival[row.stay_id] = len(self._arrival)
                fresh.append(row)
        self._rows.extend(fresh)
        return fresh

    def canFetchMore(self, parent: Index = _ROOT) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = _ROOT) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = self._fetch(len(self._arrival), self._page_size)
        self._more = len(page) >= self._page_size
        known = set(self._arrival)
        fresh = [row for row in page if row.stay_id not in known]
        if not fresh:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._add(fresh)
        self.endInsertRows()
        if self._sort_column >= 0:
            self._resort()

    def has_more(self) -> bool:
        """Whether the search has rows not read yet."""
        return self._more

    # -- sorting ----------------------------------------------------------------------------

    def sort_column(self) -> int:
        """The column the rows are sorted by, or -1 for the search order."""
        return self._sort_column

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not -1 <= column < self.columnCount():
            return
        self._sort_column = column
        self._sort_order = order
        self._resort()

    def _sort_key(self, column: int) -> Callable[[GuestRow], Any]:
        if column == self.ROOM:
            return lambda row: _natural(row.room)
        if column == self.NAME:
            return lambda row: self._collator.sortKey(row.name)
        if column == self.ID_NUMBER:
            return lambda row: row.id_number_masked
        if column == self.CATEGORY:
            return lambda row: labels.category(row.category)
        if column == self.STAY:
            return lambda row: (_STATUS_RANK.get(row.status, 2), row.day or 0,
                                row.status)
        if column == self.RELEASE:
            return lambda row: row.planned_release
        return lambda row: row.phone

    def _sort_rows(self) -> None:
        """Search order first, then (stably) by the chosen column: ties keep search order."""
        self._rows.sort(key=lambda row: self._arrival[row.stay_id])
        if self._sort_column >= 0:
            self._rows.sort(key=self._sort_key(self._sort_column),
                            reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].stay_id for index in before]
        self._sort_rows()
        where = {row.stay_id: n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[stay_id], index.column())
                     for index, stay_id in zip(before, ids, strict=True)])
        self.layoutChanged.emit()
