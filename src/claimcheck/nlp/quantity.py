"""The record of one quantity found in a text: the interval it asserts and how it was said.

Every later stage (matching, verdicts, reports) reasons on these fields, never on the
surface text, so a figure written "more than 70%" and one written ">70 per cent" compare equal.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Quantity:
    """One quantity. Offsets index the text it was found in (the file's text, in the pipeline).

    ``low``/``high`` are the interval the claim asserts: equal for a point, ``None`` for an
    open side (``more than 70%`` -> low 70, high None, low_inclusive False).
    ``unit`` is ``percent``, an ISO currency code (``USD``, ``USD/month``), a time unit
    (``day``, ``week``, ``month``, ``year``, ``hour``), a counted noun (``patients``,
    ``deaths/year``) or ``None`` for bare statistics.
    ``kind`` says which family the quantity belongs to: percent, money, duration, count,
    rate, statistic, multiple, proportion, measure, number.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approx: bool = False
    unit: str | None = None
    kind: str = "number"
    comparator: str | None = None  # the comparator as written: "more than", "≥", "up to"
    statistic: str | None = None  # HR, OR, RR, CI, P for reported statistics
    per: str | None = None  # the rate's denominator: "year", "100,000"

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of DESIGN.md plus our extra fields."""
        return asdict(self)

    def moved(self, text: str) -> Quantity:
        """The same reading with its surface taken from another text of the same offsets."""
        return replace(self, text=text[self.start : self.end])

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high
