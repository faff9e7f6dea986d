"""PartialDateEdit: year, year-month or full dates, validated as they are typed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QValidator
from pytestqt.qtbot import QtBot

from intake_app.cases.dates import PartialDate
from intake_app.errors import ValidationError
from intake_app.gui.editor.partial_date import (
    PartialDateEdit,
    PartialDateValidator,
    lenient_partial,
)
from intake_app.gui.editor.widgets import InputError

State = QValidator.State


@pytest.fixture
def edit(qtbot: QtBot) -> PartialDateEdit:
    widget = PartialDateEdit("Incident date")
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("", State.Acceptable),
        ("2024", State.Acceptable),
        ("2024-06", State.Acceptable),
        ("2024-06-01", State.Acceptable),
        ("2", State.Intermediate),
        ("2024-", State.Intermediate),
        ("2024-0", State.Intermediate),
        ("2024-06-", State.Intermediate),
        ("2024-13", State.Intermediate),  # complete but impossible: kept, refused on save
        ("2023-02-29", State.Intermediate),
        ("1850", State.Intermediate),
        ("20245", State.Invalid),
        ("2024a", State.Invalid),
        ("-06", State.Invalid),
        ("2024-123", State.Invalid),
        ("June 2024", State.Invalid),
    ],
)
def test_validator_states(text: str, state: QValidator.State) -> None:
    result = PartialDateValidator().validate(text, len(text))
    assert isinstance(result, tuple)
    assert result[0] == state


def test_validator_turns_other_separators_into_dashes() -> None:
    result = PartialDateValidator().validate("2024/06/01", 10)
    assert isinstance(result, tuple)
    assert result[:2] == (State.Acceptable, "2024-06-01")


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("", None, ""),
        ("2024", PartialDate(2024), "year"),
        ("2024-06", PartialDate(2024, 6), "year and month"),
        ("2024-06-01", PartialDate(2024, 6, 1), "full date"),
    ],
)
def test_values_and_precision(
    edit: PartialDateEdit, text: str, value: PartialDate | None, precision: str
) -> None:
    edit.setText(text)
    assert edit.value() == value
    assert edit.precision_text() == precision
    assert edit.is_acceptable()


def test_typing_refuses_what_can_never_be_a_date(qtbot: QtBot, edit: PartialDateEdit) -> None:
    qtbot.keyClicks(edit.edit, "20x24-0/6")
    assert edit.text() == "2024-06"
    assert edit.value() == PartialDate(2024, 6)


def test_unfinished_and_impossible_dates_are_marked_and_kept(edit: PartialDateEdit) -> None:
    edit.setText("2024-0")
    assert edit.precision_text() == "unfinished"
    edit.setText("2024-02-30")
    assert edit.precision_text() == "not a real date"
    assert not edit.is_acceptable()
    with pytest.raises(InputError) as raised:
        edit.value("Incident 1, date")
    assert raised.value.field == "Incident 1, date"
    assert raised.value.widget is edit.edit
    assert edit.text() == "2024-02-30"  # nothing typed is lost
    assert edit.lenient_value() == PartialDate(2024, 2)


def test_set_value_round_trips(edit: PartialDateEdit) -> None:
    for date in (PartialDate(1998, 6, 4), PartialDate(2016, 9), PartialDate(2030), None):
        edit.set_value(date)
        assert edit.value() == date


def test_lenient_keeps_the_most_precise_prefix() -> None:
    assert lenient_partial("2024-13-40") == PartialDate(2024)
    assert lenient_partial("2024-06-31") == PartialDate(2024, 6)
    assert lenient_partial("20") is None
    assert lenient_partial("") is None


def test_accessible_name_and_focus_proxy(edit: PartialDateEdit) -> None:
    assert edit.edit.accessibleName() == "Incident date"
    assert edit.focusProxy() is edit.edit
    assert "A year" in edit.edit.accessibleDescription()


def test_invalid_text_raises_a_validation_error_subclass(edit: PartialDateEdit) -> None:
    edit.setText("2024-13")
    with pytest.raises(ValidationError):
        edit.value()
