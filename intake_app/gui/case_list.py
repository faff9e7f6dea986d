"""The case list pane: search box, filter bar, the table of cases and a count.

Typing in the search box (or the tag filter) restarts a short timer and the query
runs when it fires, so a 100,000-case vault is searched once per pause rather than
once per keystroke. The interval is injectable so tests never sleep.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.cases.store import CaseStore
from intake_app.gui.case_model import CaseTableModel, Column
from intake_app.gui.filters import FilterBar, name_clear_button
from intake_app.gui.session import Session

DEBOUNCE_MS = 250


def format_count(n: int) -> str:
    """`n` with the locale's digit grouping (the C locale groups nothing, so use English)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.Canada)
    return locale.toString(n)


class CaseListPane(QWidget):
    """Finds cases and says which one the caseworker chose.

    `case_activated(id)` fires when the current row moves to another case (mouse,
    arrow keys, Enter); `open_requested(id)` fires on Enter or double-click so the
    window can move the focus to the editor; `new_case_requested` from the button.
    """

    case_activated = Signal(str)
    open_requested = Signal(str)
    new_case_requested = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        page_size: int = 200,
        search_limit: int = 200,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._current_id: str | None = None
        self._restoring = False  # re-selecting after a refresh must not reload the editor

        def store() -> CaseStore:
            return session.store  # raises IntakeError when locked; the model handles it

        self.model = CaseTableModel(store, self, page_size=page_size, search_limit=search_limit)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(debounce_ms)
        self.debounce.timeout.connect(self.apply_query)

        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(self.tr("Pseudonym, case code, account, incidents…"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search, self.tr("Clear the search"))
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self._search_now)
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)

        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setObjectName("new_case_button")
        self.new_button.setAccessibleName(self.tr("New case"))
        self.new_button.clicked.connect(self.new_case_requested)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self.apply_query)
        self.filters.tag_edited.connect(self.debounce.start)

        self.table = QTableView(self)
        self._setup_table()

        self.count_label = QLabel(self)
        self.count_label.setObjectName("case_count")
        self.count_label.setAccessibleName(self.tr("Number of cases shown"))
        self.model.counts_changed.connect(self._show_count)
        self.model.failed.connect(self._show_failure)
        self.model.modelReset.connect(self._after_reset)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.search)

    def _setup_table(self) -> None:
        table = self.table
        table.setObjectName("case_table")
        table.setAccessibleName(self.tr("Cases"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        # Tab leaves the table (keyboard-first forms); arrows move within it.
        table.setTabKeyNavigation(False)
        table.setCornerButtonEnabled(False)  # single selection: "select all" means nothing
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the flags column takes what is left
        header.setHighlightSections(False)
        # Widths from sample text, not from rows: rows load lazily and hold case data.
        metrics = table.fontMetrics()
        padding = 3 * metrics.horizontalAdvance("M")
        for column, sample in (
            (Column.CODE, "C-2026-00000"),
            (Column.PSEUDONYM, "Kingfisher"),
            (Column.STATUS, "Referred"),
            (Column.UPDATED, "2026-12-31 23:59"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + padding)
        # Sorting is enabled after the indicator is set, so the first sort is "newest first".
        header.setSortIndicator(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.activated.connect(self._row_opened)

    # -- queries ------------------------------------------------------------------------------

    def apply_query(self) -> None:
        """Run the search text and filters now (the debounce timer ends up here)."""
        self.debounce.stop()
        if not self.session.is_unlocked:
            return
        self.model.set_query(self.search.text(), self.filters.current())

    def refresh(self) -> None:
        """Re-run the current query (after a save), keeping the chosen case selected."""
        if self.session.is_unlocked:
            self.model.refresh()

    def _search_now(self) -> None:
        self.apply_query()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_case(self, case_id: str | None) -> None:
        """Make `case_id` the current row without announcing it (the editor already shows it)."""
        self._current_id = case_id
        row = None if case_id is None else self.model.row_of(case_id)
        selection = self.table.selectionModel()
        self._restoring = True
        try:
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
        finally:
            self._restoring = False

    def wipe(self) -> None:
        """Forget the search, the filters and every row (on lock)."""
        self.debounce.stop()
        self.search.blockSignals(True)
        try:
            # setText, not clear(): clear() is undoable and Ctrl+Z would restore the text.
            self.search.setText("")
        finally:
            self.search.blockSignals(False)
        self.filters.reset()
        self._current_id = None
        self.model.wipe()
        self.count_label.setText("")

    # -- reactions ----------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        case_id = self.model.case_id(current.row())
        if case_id is not None and case_id != self._current_id:
            self._current_id = case_id
            self.case_activated.emit(case_id)

    def _row_opened(self, index: QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is None:
            return
        if case_id != self._current_id:
            self._current_id = case_id
            self.case_activated.emit(case_id)
        self.open_requested.emit(case_id)

    def _after_reset(self) -> None:
        # A reset (new query, sort, refresh) drops the selection; put the open case back.
        if self._current_id is not None:
            self.select_case(self._current_id)

    def _keep_sortable_indicator(self, section: int, _order: Qt.SortOrder) -> None:
        if section == Column.FLAGS:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def _show_count(self) -> None:
        model = self.model
        if model.total is None:
            self.count_label.setText(self.tr("Counting cases…"))
            return
        n = format_count(model.total)
        if model.search_capped:
            text = self.tr("Showing the newest {n} matches").format(n=n)
        elif model.searching:
            text = self.tr("1 match") if model.total == 1 else self.tr("{n} matches").format(n=n)
        elif self.filters.is_filtering():
            text = (
                self.tr("1 matching case")
                if model.total == 1
                else self.tr("{n} matching cases").format(n=n)
            )
        else:
            text = self.tr("1 case") if model.total == 1 else self.tr("{n} cases").format(n=n)
        self.count_label.setText(text)

    def _show_failure(self, message: str) -> None:
        self.count_label.setText(
            self.tr("Cases could not be listed: {reason}").format(reason=message)
        )
