"""The case list: table model over a real vault, lazy pages, sorting, filters, search, wipe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from intake_app.cases.demo import generate_cases
from intake_app.cases.model import Account, Case, Identity, Incident, Need, TravelDocument
from intake_app.cases.store import CaseFilter, CaseStore
from intake_app.gui.case_list import CaseListPane
from intake_app.gui.case_model import ID_ROLE, CaseTableModel, Column
from intake_app.gui.session import Session

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
)

WIDGET_TEXT = (
    "text",
    "toolTip",
    "statusTip",
    "whatsThis",
    "accessibleName",
    "accessibleDescription",
    "placeholderText",
    "windowTitle",
)


def make_case(pseudonym: str, day: int = 1, **fields: object) -> Case:
    """A small valid case last updated on `day` January 2026 (so sort order is known)."""
    moment = dt.datetime(2026, 1, day, 12, 0, tzinfo=dt.UTC)
    case = Case(pseudonym=pseudonym, created=moment, updated=moment)
    for name, value in fields.items():
        setattr(case, name, value)
    return case


def add(session: Session, *cases: Case) -> list[Case]:
    return CaseStore(session.vault).add_many(cases)


def pseudonyms(model: CaseTableModel) -> list[str]:
    return [model.index(r, Column.PSEUDONYM).data() for r in range(model.rowCount())]


def every_text(model: CaseTableModel) -> Iterator[str]:
    """Every piece of text the model would hand a view, a tooltip or a screen reader."""
    for section in range(model.columnCount()):
        for role in ROLES:
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if value:
                yield str(value)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                value = model.index(row, column).data(role)
                if value:
                    yield str(value)


def widget_text(root: QWidget) -> Iterator[str]:
    """Every string `root` and its child widgets show, announce or keep for undo-free display."""
    for widget in [root, *root.findChildren(QWidget)]:
        for name in WIDGET_TEXT:
            getter = getattr(widget, name, None)
            if callable(getter):
                value = getter()
                if isinstance(value, str) and value:
                    yield value
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))


@pytest.fixture
def pane(unlocked: Session, qtbot: QtBot) -> CaseListPane:
    made = CaseListPane(unlocked, debounce_ms=10)
    qtbot.addWidget(made)
    return made


@pytest.fixture
def filtered_cases(unlocked: Session) -> dict[str, Case]:
    """Cases that differ in exactly the things the filter bar can pick."""
    at_risk = [TravelDocument(kind="hksar_passport", status="confiscated")]
    valid = [TravelDocument(kind="hksar_passport", status="valid")]
    cases = {
        "Brave": make_case(
            "Brave",
            1,
            status="active",
            tags=["rally-2024"],
            incidents=[Incident(kind="stalking", location="Toronto")],
            documents=at_risk,
            needs=[Need(kind="legal"), Need(kind="housing")],
        ),
        "Calm": make_case(
            "Calm",
            2,
            status="closed",
            tags=["other"],
            incidents=[Incident(kind="doxxing", location="online")],
            documents=valid,
            needs=[Need(kind="legal", status="met")],
        ),
        "Maple": make_case("Maple", 3, status="new"),
    }
    add(unlocked, *cases.values())
    return cases


def test_columns_show_code_pseudonym_status_date_and_flags(
    pane: CaseListPane, filtered_cases: dict[str, Case]
) -> None:
    pane.apply_query()
    model = pane.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Case code", "Pseudonym", "Status", "Last updated", "Flags"]
    assert pseudonyms(model) == ["Maple", "Calm", "Brave"]  # newest first
    row = 2
    brave = filtered_cases["Brave"]
    assert model.case_id(row) == brave.id and model.index(row, 0).data(ID_ROLE) == brave.id
    assert model.index(row, Column.CODE).data() == brave.code
    assert model.index(row, Column.STATUS).data() == "Active"
    local = brave.updated.astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.index(row, Column.UPDATED).data() == local
    flags = model.index(row, Column.FLAGS)
    assert flags.data() == "⚠ Passport · 2 needs"
    described = "Passport or travel document at risk; 2 open needs"
    assert flags.data(Qt.ItemDataRole.ToolTipRole) == described
    assert flags.data(Qt.ItemDataRole.AccessibleTextRole) == described
    assert model.index(0, Column.FLAGS).data() == ""  # Maple: nothing to flag
    assert "No passport risk" in model.index(0, Column.FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.case_id(99) is None and model.index(99, 0).data() is None
    assert pane.count_label.text() == "3 cases"


def test_pages_load_lazily_as_the_view_scrolls(pane: CaseListPane, qtbot: QtBot) -> None:
    store = CaseStore(pane.session.vault)
    store.add_many(generate_cases(450, seed=3), audit_each=False)
    pane.apply_query()
    model = pane.model
    # A full first page shows at once; counting every match waits for the next turn.
    assert model.rowCount() == 200 and model.total is None
    assert model.canFetchMore(QModelIndex())
    assert pane.count_label.text() == "Counting cases…"
    qtbot.waitUntil(lambda: model.total == 450)
    assert pane.count_label.text() == "450 cases"

    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: model.rowCount() == 400)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more: a no-op
    expected = [s.id for s in store.list_cases(limit=450)]
    assert [model.case_id(r) for r in range(450)] == expected


def test_sorting_asks_the_store_and_keeps_pages(pane: CaseListPane) -> None:
    add(pane.session, *(make_case(n, d) for d, n in enumerate(("Delta", "Alpha", "Cedar"), 1)))
    pane.apply_query()
    model = pane.model
    pane.table.sortByColumn(Column.PSEUDONYM, Qt.SortOrder.AscendingOrder)
    assert pseudonyms(model) == ["Alpha", "Cedar", "Delta"]
    pane.table.sortByColumn(Column.CODE, Qt.SortOrder.DescendingOrder)
    assert pseudonyms(model) == ["Cedar", "Alpha", "Delta"]  # codes follow insertion
    pane.table.sortByColumn(Column.UPDATED, Qt.SortOrder.AscendingOrder)
    assert pseudonyms(model) == ["Delta", "Alpha", "Cedar"]
    # The store cannot sort by flags: the order and the header's indicator stay put.
    pane.table.sortByColumn(Column.FLAGS, Qt.SortOrder.AscendingOrder)
    assert pseudonyms(model) == ["Delta", "Alpha", "Cedar"]
    assert pane.table.horizontalHeader().sortIndicatorSection() == Column.UPDATED


def test_sorting_search_results_in_memory(pane: CaseListPane) -> None:
    story = Account(original="Followed home after the rally.")
    add(pane.session, *(make_case(n, d, account=story) for d, n in enumerate("CAB", 1)))
    pane.table.sortByColumn(Column.PSEUDONYM, Qt.SortOrder.AscendingOrder)
    pane.model.set_query("rally", CaseFilter())
    assert pseudonyms(pane.model) == ["A", "B", "C"]
    pane.table.sortByColumn(Column.PSEUDONYM, Qt.SortOrder.DescendingOrder)
    assert pseudonyms(pane.model) == ["C", "B", "A"]
    assert not pane.model.canFetchMore(QModelIndex())


@pytest.mark.parametrize(
    ("field", "key", "expected"),
    [
        ("status", "closed", ["Calm"]),
        ("status", "new", ["Maple"]),
        ("incident_kind", "stalking", ["Brave"]),
        ("incident_kind", "doxxing", ["Calm"]),
        ("document_status", "valid", ["Calm"]),
        ("document_status", "confiscated", ["Brave"]),
        ("need", "legal", ["Brave"]),  # Calm's legal need was met: not open
        ("need", "housing", ["Brave"]),
        ("need", "financial", []),
    ],
)
def test_each_filter_narrows_the_list(
    pane: CaseListPane, filtered_cases: dict[str, Case], field: str, key: str, expected: list[str]
) -> None:
    pane.apply_query()
    assert len(pseudonyms(pane.model)) == 3
    pane.filters.select(field, key)  # runs the query at once, no debounce
    assert pseudonyms(pane.model) == expected
    assert pane.count_label.text().endswith("matching case" if len(expected) == 1 else "cases")
    pane.filters.select(field, "")
    assert len(pseudonyms(pane.model)) == 3


def test_tag_and_passport_at_risk_filters(
    pane: CaseListPane, filtered_cases: dict[str, Case], qtbot: QtBot
) -> None:
    pane.apply_query()
    pane.filters.at_risk.setChecked(True)
    assert pseudonyms(pane.model) == ["Brave"]
    pane.filters.at_risk.setChecked(False)
    with qtbot.waitSignal(pane.model.modelReset):
        QTest.keyClicks(pane.filters.tag, "other")  # free text: debounced like the search
    assert pseudonyms(pane.model) == ["Calm"]
    # Filters combine with search text.
    pane.filters.tag.setText("")
    pane.filters.select("status", "active")
    pane.search.setText("Toronto")
    pane.apply_query()
    assert pseudonyms(pane.model) == ["Brave"]


def test_search_is_debounced_and_enter_runs_it_at_once(pane: CaseListPane, qtbot: QtBot) -> None:
    add(
        pane.session,
        make_case("Kestrel", 1, account=Account(original="Photographed at the vigil.")),
        make_case("Heron", 2, account=Account(original="Threatening messages online.")),
    )
    pane.apply_query()
    queries: list[int] = []
    pane.model.modelReset.connect(lambda: queries.append(pane.model.rowCount()))
    with qtbot.waitSignal(pane.model.modelReset):
        QTest.keyClicks(pane.search, "vigil")
        assert queries == []  # nothing runs while the caseworker types
    assert queries == [1]  # once, after the pause
    assert pseudonyms(pane.model) == ["Kestrel"]
    assert pane.count_label.text() == "1 match"

    pane.search.setText("messages")
    QTest.keyClick(pane.search, Qt.Key.Key_Return)
    assert pseudonyms(pane.model) == ["Heron"]
    assert not pane.debounce.isActive()


def test_many_matches_say_only_the_newest_are_shown(unlocked: Session, qtbot: QtBot) -> None:
    pane = CaseListPane(unlocked, debounce_ms=10, search_limit=5)
    qtbot.addWidget(pane)
    story = Account(original="Followed home after the rally.")
    add(unlocked, *(make_case(f"P{n}", n, account=story) for n in range(1, 9)))
    pane.search.setText("rally")
    pane.apply_query()
    assert pane.model.rowCount() == 5 and pane.model.search_capped
    assert pseudonyms(pane.model) == ["P8", "P7", "P6", "P5", "P4"]
    assert pane.count_label.text() == "Showing the newest 5 matches"


def test_selection_and_enter_announce_the_case(
    pane: CaseListPane, filtered_cases: dict[str, Case], qtbot: QtBot
) -> None:
    pane.apply_query()
    pane.show()
    qtbot.waitExposed(pane)
    activated: list[str] = []
    opened: list[str] = []
    pane.case_activated.connect(activated.append)
    pane.open_requested.connect(opened.append)
    pane.table.setFocus()
    pane.table.selectRow(0)
    QTest.keyClick(pane.table, Qt.Key.Key_Down)
    QTest.keyClick(pane.table, Qt.Key.Key_Return)
    ids = [filtered_cases[n].id for n in ("Maple", "Calm")]
    assert activated == ids  # Enter on the current case does not announce it again
    assert opened == ids[1:]
    with qtbot.waitSignal(pane.new_case_requested):
        pane.new_button.click()


def test_refresh_keeps_the_open_case_selected_without_announcing_it(
    pane: CaseListPane, filtered_cases: dict[str, Case]
) -> None:
    pane.apply_query()
    pane.table.selectRow(2)
    activated: list[str] = []
    pane.case_activated.connect(activated.append)
    add(pane.session, make_case("Newest", 9))
    pane.refresh()
    assert pseudonyms(pane.model)[0] == "Newest"
    assert pane.table.currentIndex().row() == 3  # Brave, moved down by one
    assert activated == []


def test_wipe_leaves_no_rows_and_no_case_text(
    pane: CaseListPane, filtered_cases: dict[str, Case]
) -> None:
    pane.search.setText("Toronto")
    pane.filters.tag.setText("rally-2024")
    pane.filters.select("status", "active")
    pane.apply_query()
    pane.table.selectRow(0)
    secrets = {"Toronto", "rally-2024"}
    secrets |= {c.pseudonym for c in filtered_cases.values()}
    secrets |= {c.code for c in filtered_cases.values()}
    assert secrets & set(every_text(pane.model))  # the check below can see case text

    pane.wipe()
    assert pane.model.rowCount() == 0 and not pane.model.canFetchMore(QModelIndex())
    assert list(every_text(pane.model)) == [
        str(pane.model.headerData(c, Qt.Orientation.Horizontal, r))
        for c in range(5)
        for r in ROLES
        if pane.model.headerData(c, Qt.Orientation.Horizontal, r)
    ]
    assert pane.filters.current() == CaseFilter()
    for line in pane.findChildren(QLineEdit):
        assert line.text() == "" and not line.isUndoAvailable()
    shown = list(widget_text(pane))
    assert len(shown) > 20
    assert not [s for s in shown for secret in secrets if secret in s]
    pane.apply_query()  # still usable afterwards (the next unlock)
    assert pane.model.rowCount() == 3


def test_identity_is_never_displayed(pane: CaseListPane) -> None:
    identity = Identity(
        legal_name="MARKERLEGAL Chan",
        chinese_name="陳標記",
        other_names=["MARKERALIAS"],
        emails=["marker@example.org"],
        addresses=["1 MARKERSTREET Road"],
        notes="MARKERNOTE",
    )
    add(pane.session, make_case("Brave", 1, identity=identity, documents=[]))
    pane.apply_query()
    pane.search.setText("Brave")
    pane.apply_query()
    assert pane.model.rowCount() == 1
    texts = list(every_text(pane.model))
    assert "Brave" in texts
    for marker in ("MARKER", "marker", "陳標記"):
        assert not [t for t in texts if marker in t]


def test_a_locked_vault_empties_the_list_instead_of_crashing(
    pane: CaseListPane, filtered_cases: dict[str, Case], qtbot: QtBot
) -> None:
    pane.apply_query()
    pane.session.lock()
    pane.apply_query()  # ignored while locked
    with qtbot.waitSignal(pane.model.failed):
        pane.model.set_query("", CaseFilter())
    assert pane.model.rowCount() == 0 and not pane.model.canFetchMore(QModelIndex())
    assert "locked" in pane.count_label.text()


def test_every_input_has_an_accessible_name(pane: CaseListPane) -> None:
    inputs: list[QWidget] = [pane.table]
    for kind in (QLineEdit, QComboBox, QAbstractButton):
        inputs += pane.findChildren(kind)
    assert len(inputs) >= 8
    assert [w for w in inputs if not w.accessibleName() and w.isEnabled()] == []


def test_a_count_due_after_lock_fails_quietly(pane: CaseListPane, qtbot: QtBot) -> None:
    CaseStore(pane.session.vault).add_many(generate_cases(201, seed=4), audit_each=False)
    pane.apply_query()
    assert pane.model.total is None  # the count is still to come
    pane.session.lock()
    with qtbot.waitSignal(pane.model.failed):
        pass  # the deferred count meets a locked vault
    assert not pane.model.canFetchMore(QModelIndex())
