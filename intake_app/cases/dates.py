"""Partial dates: a year, a year and month, or a full date.

People often remember "spring 2019" or "June 2024" rather than a day; the model
keeps exactly what was said instead of inventing a day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from intake_app.errors import ValidationError

_PATTERN = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day (ISO 8601 text form)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1900 <= self.year <= 2200:
            raise ValueError(f"year {self.year} is out of range 1900-2200")
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if self.day is not None:
            assert self.month is not None
            dt.date(self.year, self.month, self.day)  # raises ValueError on 31 June

    @classmethod
    def parse(cls, text: str, field: str = "date") -> PartialDate:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValidationError naming `field`."""
        if not isinstance(text, str):
            raise ValidationError(field, "must be a date text like 2024, 2024-06 or 2024-06-01")
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValidationError(field, "is not a date like 2024, 2024-06 or 2024-06-01")
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            return cls(year, month, day)
        except ValueError:
            raise ValidationError(field, "is not a real calendar date in 1900-2200") from None

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        """`year`, `month` or `day`."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def earliest(self) -> dt.date:
        """The first day this partial date could mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this partial date could mean."""
        if self.day is not None:
            return self.earliest()
        if self.month is None:
            return dt.date(self.year, 12, 31)
        first_next = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text
