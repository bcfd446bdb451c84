"""The record of one quantity found in a text: the interval it asserts and how it was said.

Every later stage (matching, verdicts, reports) reasons on these fields, never on the
surface text, so a figure written "more than 70%" and one written ">70 per cent" compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

from claimcheck.nlp.annotation_units import annotation_unit

BEFORE, AFTER = "before", "after"
"""The roles of a change's two ends: ``fell from 8.1% (before) to 6.9% (after)``."""
STRENGTH = "strength"
"""The role of a percentage that is a product's strength: ``5% minoxidil``, ``1%
hydrocortisone cream``, ``the 2% solution``: what the product is, like a dose, not a figure
about people."""


@dataclass(frozen=True)
class Spread:
    """The dispersion or interval written after a figure, which belongs to it and is not a
    second figure to verify: ``12.4 ± 3.1 kg``, ``52 (SD 9) years``, ``0.8 (95% CI 0.6–0.9)``.

    ``kind`` is ``±``, ``SD``, ``SE``, ``SEM``, ``CI``, ``IQR`` or ``range``. A dispersion
    (``±``, ``SD``, ``SE``, ``SEM``) has ``value``; an interval (``CI``, ``IQR``, ``range``) has
    ``low`` and ``high``, in the figure's unit; ``level`` is a CI's confidence in percent (95).
    """

    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    level: float | None = None


SPREAD_LABEL_AT_END = re.compile(
    r"[;,]?[ \t\u00a0]*(?:\d+(?:\.\d+)?[ \u00a0]?%[ \u00a0]*)?"
    r"(?:CI|confidence[ \u00a0]+interval|IQR|SD|SE|SEM|range)[ \t\u00a0]*[,:]?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
"""A spread's label left before the bracket of its bounds (``; 95% CI [1.5, 3.1]``)."""
SPREAD_LABEL_AFTER_POINT = re.compile(
    r"(?<=\d)(?:%|[ \u00a0]?[^\s\d;,()\[\]]+(?:[ \u00a0][^\s\d;,()\[\]]+){0,3})?"
    r"(?P<spread>[ \u00a0]*[;,][ \t\u00a0]*"
    r"(?:\d+(?:\.\d+)?[ \u00a0]?%[ \u00a0]*)?"
    r"(?:CI|confidence[ \u00a0]+interval|IQR|interquartile[ \u00a0]+range|range)\b)",
    re.IGNORECASE,
)
"""A spread said after a comma or semicolon inside brackets the figure opens in (``hazard ratio
0.91, 95% confidence interval 0.87 to 0.95``): the figure ends before the comma, also after a
unit of several words (``difference 6.2 percentage points; 95% CI 3.0 to 9.4; P<0.001``, ``6.2
beats per minute; 95% CI …``, ``6.2 per cent, 95% CI …``)."""


@dataclass(frozen=True)
class Quantity:
    """One quantity. Offsets index the text it was found in (the file's text, in the pipeline).

    ``low``/``high`` are the interval the claim asserts: equal for a point, ``None`` for an
    open side (``more than 70%`` -> low 70, high None, low_inclusive False).
    ``unit`` is ``percent``, an ISO currency code (``USD``, ``USD/month``), a time unit
    (``day``, ``week``, ``month``, ``year``, ``hour``), a counted noun (``patients``,
    ``deaths/year``) or ``None`` for bare statistics.
    ``kind`` says which family the quantity belongs to: percent, money, duration, count,
    rate, statistic, multiple, frequency (``3 times a day``: unit ``times/day``), proportion,
    measure, number.
    ``role`` marks the two ends of a change (``fell from 8.1% to 6.9%``: ``before`` 8.1,
    ``after`` 6.9); each end is its own point, never an interval between them. The two
    figures of one blood pressure reading (``140/90 mmHg``) are ``systolic`` and
    ``diastolic``.
    ``spread`` is the dispersion or interval written after the figure (:class:`Spread`).
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
    role: str | None = None  # "before"/"after" (a change), "systolic"/"diastolic" (a BP)
    spread: Spread | None = None  # "± 3.1", "(SD 9)", "(95% CI 0.6–0.9)" after the figure

    @property
    def unmeasured(self) -> bool:
        """A bare number: no unit, rate or statistic says what it counts or measures (a later
        stage may lend it one: a list's unit, a lab result's, the figure before it's)."""
        return (
            self.kind == "number"
            and self.unit is None
            and self.per is None
            and self.statistic is None
        )

    def replaced(self, **changes: Any) -> Quantity:
        """``dataclasses.replace(self, **changes)`` in a quarter of its time: the verdicts and
        ``registry check`` convert every figure to each candidate's unit, and the frozen
        class's ``__init__`` sets each of fifteen fields through ``object.__setattr__``. The
        copy is made as that ``__init__`` makes it, field by field in order, into the new
        object's ``__dict__`` (the class has no ``__post_init__`` to run)."""
        unknown = changes.keys() - _QUANTITY_FIELD_SET
        if unknown:
            raise TypeError(f"Quantity has no field {sorted(unknown)[0]!r}")
        copy = object.__new__(Quantity)
        own = self.__dict__
        copy.__dict__.update(
            {name: changes[name] if name in changes else own[name] for name in _QUANTITY_FIELDS}
        )
        return copy

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (README, "claimcheck extract") plus our extra fields: what
        ``dataclasses.asdict`` gives (every field in order, the spread as a dict of its
        own), made field by field, since every finding carries one and ``asdict`` deep-copies
        each number (a fiftieth of a lint beyond extraction)."""
        record = {name: getattr(self, name) for name in _QUANTITY_FIELDS}
        if self.spread is not None:
            record["spread"] = {name: getattr(self.spread, name) for name in _SPREAD_FIELDS}
        return record

    def extraction_record(self) -> dict[str, Any]:
        """:meth:`to_dict` as ``claimcheck extract`` prints it: a spread in brackets that
        closes the figure (``65% (41–79)``, ``0.8 (95% CI 0.6–0.9)``) is given in ``spread``
        and left out of ``text``/``end``, so the span is the figure with what touches it
        (comparator, sign, unit), as annotators mark it (``spread_text`` keeps the whole
        surface). Findings keep the whole span, which is what a fix rewrites. ``unit`` is the
        annotation guide's (:mod:`~claimcheck.nlp.annotation_units`: a price a month is in
        its currency, working days are days), claimcheck's own in ``unit_as_read`` where it
        differs."""
        record = self.to_dict()
        printed = annotation_unit(self.unit)
        if printed != self.unit:
            # "£45 a month": the guide's GBP, with claimcheck's GBP/month beside it
            record["unit"], record["unit_as_read"] = printed, self.unit
        cut = self.point_end()
        if cut is not None:
            record["spread_text"] = self.text
            record["text"] = self.text[: cut - self.start]
            record["end"] = cut
        return record

    def point_end(self) -> int | None:
        """Where the figure ends before a bracketed spread that closes its span, or None
        (no spread, or one that a unit or a word follows: ``52 (SD 9) years``). The bracket
        may stay open in the span when a statistic after a semicolon is a figure of its own
        (``0.81 (95% CI 0.62–1.06; p=0.12)``)."""
        if self.spread is None:
            return None
        opened: list[int] = []
        last_closed = None
        for index, char in enumerate(self.text):
            if char in "([":
                opened.append(index)
            elif char in ")]" and opened:
                last_closed = opened.pop()
        if opened:
            cut = opened[0]  # the bracket the span leaves open
        elif last_closed is not None and self.text.endswith((")", "]")):
            cut = last_closed
        elif (label := SPREAD_LABEL_AFTER_POINT.search(self.text)) is not None:
            cut = label.start("spread")  # "hazard ratio 0.91, 95% confidence interval 0.87 to 0.95"
        else:
            return None
        # "aOR 2.2; 95% CI [1.5, 3.1]": the bracket holds the bounds, the label opens the spread
        point = SPREAD_LABEL_AT_END.sub("", self.text[:cut]).rstrip(" \t\u00a0,;")
        if not any(char.isdigit() for char in point):
            return None
        return self.start + len(point)

    def moved(self, text: str) -> Quantity:
        """The same reading with its surface taken from another text of the same offsets."""
        return replace(self, text=text[self.start : self.end])

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


_QUANTITY_FIELDS = tuple(field.name for field in fields(Quantity))
_QUANTITY_FIELD_SET = frozenset(_QUANTITY_FIELDS)
_SPREAD_FIELDS = tuple(field.name for field in fields(Spread))
