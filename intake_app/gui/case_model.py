"""The case list as a Qt table model over `CaseStore` summaries, loaded page by page.

A vault may hold 100,000 cases, so the model never loads them all: it shows the
first page and Qt asks for more (`canFetchMore`/`fetchMore`) as the view scrolls
towards the end. Sorting re-queries the store rather than sorting in memory.
With search text the model holds the store's newest matches only (at most
`search_limit`), and sorts those few in memory.

Counting the matches of a filter can cost as much as listing its first page at
100,000 cases, so when the first page is full the count runs a moment later,
after the rows are on screen (`total` is None until then).

Summaries carry no identity fields, and the model keeps nothing it cannot drop:
`wipe()` forgets every row and the query that found them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from intake_app.cases.store import CaseFilter, CaseStore, CaseSummary
from intake_app.cases.vocab import load_vocabulary
from intake_app.errors import IntakeError
from intake_app.gui.i18n import vocab_label

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    PSEUDONYM = 1
    STATUS = 2
    UPDATED = 3
    FLAGS = 4


# The store's sort keys, by column; the flags column has none (the store cannot sort by it).
SORT_KEYS: dict[Column, str] = {
    Column.CODE: "code",
    Column.PSEUDONYM: "pseudonym",
    Column.STATUS: "status",
    Column.UPDATED: "updated",
}

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# ISO order on purpose: in Canada 03/04 means March 4th to some readers and April 3rd to others.
DATE_FORMAT = "yyyy-MM-dd HH:mm"


def _local_time(stamp: str) -> QDateTime | None:
    """A stored UTC time stamp ("2026-01-02T03:04:05Z") as a local QDateTime."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _count(n: int, one: str, many: str) -> str:
    # Only ever called with n >= 1, where English, French and Chinese agree on one/many.
    return one if n == 1 else many.format(n=QLocale().toString(n))


def _status_label(key: str) -> str:
    # In the language installed now; a key an older vault knows but resources/vocab no
    # longer lists shows as the key rather than failing the whole row.
    return vocab_label("case_statuses", key) if key in load_vocabulary("case_statuses") else key


class CaseTableModel(QAbstractTableModel):
    """Case summaries for a `QTableView`: lazy pages, store-side sorting, search and filters.

    `store` is called for every query instead of holding a `CaseStore`, so the
    model never keeps a locked vault alive; a query that fails (the vault was
    locked, or is damaged) leaves the model empty and emits `failed`.
    """

    counts_changed = Signal()  # after every query: rows, totals or the search cap changed
    failed = Signal(str)  # a query failed; the message is safe to show (no case text)

    def __init__(
        self,
        store: Callable[[], CaseStore],
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        search_limit: int = 200,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.page_size = page_size
        self.search_limit = search_limit
        self._rows: list[CaseSummary] = []
        self._text = ""
        self._where = CaseFilter()
        self._column = Column.UPDATED
        self._order = Qt.SortOrder.DescendingOrder
        # Cases matching the filters (list mode) or matches held (search mode); None while
        # the count is still to come.
        self._total: int | None = 0
        self._more = False  # the last page was full: there may be more (while uncounted)
        self._active = False  # False until the first query and after wipe(): nothing to fetch
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count)

    # -- what the pane reads ----------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return bool(self._text)

    @property
    def total(self) -> int | None:
        """Cases matching the filters (None until counted), or the search matches held."""
        return self._total

    @property
    def search_capped(self) -> bool:
        """True when the search found at least `search_limit` cases and shows only the newest."""
        return self.searching and len(self._rows) >= self.search_limit

    @property
    def sort_column(self) -> Column:
        return self._column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def case_id(self, row: int) -> str | None:
        """The id of the case shown in `row`, or None when there is no such row."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: str) -> int | None:
        """The row showing `case_id` among the rows loaded so far, or None."""
        for row, summary in enumerate(self._rows):
            if summary.id == case_id:
                return row
        return None

    # -- queries ------------------------------------------------------------------------------

    def set_query(self, text: str, where: CaseFilter) -> None:
        """Show the cases matching `where` and, when `text` is not blank, the search `text`."""
        self._text = text.strip()
        self._where = where
        self._reload(self.page_size)

    def refresh(self) -> None:
        """Run the current query again (after a save), keeping about as many rows loaded.

        Capped so that a refresh after scrolling deep into a large vault stays one
        quick query; the view fetches the rest again if the caseworker scrolls back.
        """
        self._reload(min(max(len(self._rows), self.page_size), 25 * self.page_size))

    def wipe(self) -> None:
        """Forget every row, the search text and the filters (on lock)."""
        self._count_timer.stop()
        self.beginResetModel()
        self._rows = []
        self._text = ""
        self._where = CaseFilter()
        self._total = 0
        self._more = self._active = False
        self.endResetModel()
        self.counts_changed.emit()

    def _reload(self, rows_wanted: int) -> None:
        self._count_timer.stop()
        self.beginResetModel()
        self._rows, self._total, self._more, self._active = [], 0, False, True
        error = ""
        try:
            store = self._store()
            if self._text:
                self._rows = store.search(self._text, limit=self.search_limit, where=self._where)
                self._sort_in_memory()
                self._total = len(self._rows)
            else:
                self._rows = self._page(store, 0, rows_wanted)
                self._more = len(self._rows) >= rows_wanted
                # A short page is the whole answer; a full one needs counting.
                self._total = None if self._more else len(self._rows)
        except IntakeError as exc:
            self._rows, self._total, self._active = [], 0, False
            error = str(exc)
        finally:
            self.endResetModel()
        if self._total is None:
            self._count_timer.start()
        self.counts_changed.emit()
        if error:
            self.failed.emit(error)

    def _count(self) -> None:
        if not self._active or self._text:
            return
        try:
            self._total = self._store().count(self._where)
        except IntakeError as exc:
            self._active = False
            self.failed.emit(str(exc))
            return
        self.counts_changed.emit()

    def _page(self, store: CaseStore, offset: int, limit: int) -> list[CaseSummary]:
        return store.list_cases(
            self._where,
            limit=limit,
            offset=offset,
            order=SORT_KEYS[self._column],
            descending=self._order == Qt.SortOrder.DescendingOrder,
        )

    def _sort_in_memory(self) -> None:
        key = SORT_KEYS[self._column]
        # Codes are unique, so they settle ties the way the store's row number would.
        self._rows.sort(
            key=lambda s: (getattr(s, key), s.code),
            reverse=self._order == Qt.SortOrder.DescendingOrder,
        )

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() or not self._active or self._text:
            return False
        return self._more if self._total is None else len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        try:
            page = self._page(self._store(), len(self._rows), self.page_size)
        except IntakeError as exc:
            self._active = False
            self.failed.emit(str(exc))
            return
        self._more = len(page) >= self.page_size
        if not page:
            # Cases were deleted since the count: stop asking rather than loop.
            self._total = len(self._rows)
            self.counts_changed.emit()
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return  # the flags column: keep the current order
        self._column, self._order = Column(column), order
        if not self._active:
            return  # remembered for the next query
        if self._text:
            self.layoutAboutToBeChanged.emit()
            self._sort_in_memory()
            self.layoutChanged.emit()
        else:
            self._reload(self.page_size)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = self._header(Column(section))
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return tip
        return None

    def _header(self, column: Column) -> tuple[str, str]:
        """A column's title and its longer description (translated at the time of asking)."""
        if column == Column.CODE:
            return self.tr("Case code"), self.tr("The case code")
        if column == Column.PSEUDONYM:
            return self.tr("Pseudonym"), self.tr("The name the case is recorded under")
        if column == Column.STATUS:
            return self.tr("Status"), self.tr("Where the case stands")
        if column == Column.UPDATED:
            return self.tr("Last updated"), self.tr("When the case was last saved (local time)")
        return self.tr("Flags"), self.tr(
            "⚠ Passport: a passport or travel document is at risk. Needs: open needs."
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(summary, column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- cell text ----------------------------------------------------------------------------

    def _display(self, summary: CaseSummary, column: Column) -> str:
        if column == Column.CODE:
            return summary.code
        if column == Column.PSEUDONYM:
            return summary.pseudonym
        if column == Column.STATUS:
            return _status_label(summary.status)
        if column == Column.UPDATED:
            moment = _local_time(summary.updated)
            return moment.toString(DATE_FORMAT) if moment else summary.updated
        parts = []
        if summary.passport_at_risk:
            parts.append(self.tr("⚠ Passport"))
        if summary.open_needs:
            parts.append(_count(summary.open_needs, self.tr("1 need"), self.tr("{n} needs")))
        return " · ".join(parts)

    def _describe(self, summary: CaseSummary, column: Column) -> str:
        """Tooltip and screen-reader text: the whole words the short cell text stands for."""
        if column == Column.UPDATED:
            moment = _local_time(summary.updated)
            if moment is None:
                return summary.updated
            when = QLocale().toString(moment, QLocale.FormatType.LongFormat)
            return self.tr("Last updated {when}").format(when=when)
        if column != Column.FLAGS:
            return self._display(summary, column)
        parts = []
        if summary.passport_at_risk:
            parts.append(self.tr("Passport or travel document at risk"))
        if summary.open_needs:
            parts.append(
                _count(summary.open_needs, self.tr("1 open need"), self.tr("{n} open needs"))
            )
        return "; ".join(parts) or self.tr("No passport risk and no open needs")
