"""A sample's range in brackets after its median is a figure of its own.

A trial report or a bulletin gives a sample's spread as its smallest and largest values:
``Median age was 61 years (range 34–88)``, ``median follow-up 8 months (range 2–19)``. The
range says where every member of the sample lay, a fact of the sample to check as the
median is (s58x marks it, as s54x marked ``(range 7–21 days)`` where the unit is said again
and the finder always read it alone). A confidence interval or an IQR stays its point's
spread, no figure (its ends are no values any member had), and so does a range after a mean
or a change (``Mean age 61 (range 40–80) years``, ``–1.2 kg (range –2.5 to –0.3)``: decided
in earlier sessions as the figure's spread, issue 11); only ``median`` before the figure (a
trial report's ``median age … (range …)``, ``median follow-up … (range …)``) makes the range
the sample's own figure.

The range is read in its figure's unit, and the figure's span ends before the bracket.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

RANGE_BRACKET = re.compile(
    rf"{H}*[(\[]{H}*(?i:range)[:,]?{H}+(?P<range>[−-]?\d[\d.,]*{H}*(?:[-–—]|to){H}*[−-]?"
    rf"\d[\d.,]*)"
)
"""``(range 34–88)``, ``[range: 2 to 19``: the bracket's opening and its two ends."""


MEDIAN_BEFORE = re.compile(r"\b(?i:median)\b[^.;:!?()\n\u2029]*\Z")
"""``median`` before the figure in its clause."""


def sample_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each bracketed ``range`` spread (see the module) read as a figure."""
    out: list[Quantity] = []
    for quantity in found:
        spread = quantity.spread
        if (
            spread is None
            or spread.kind != "range"
            or spread.low is None
            or not MEDIAN_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
        ):
            out.append(quantity)
            continue
        at = quantity.text.find("(")
        bracket = RANGE_BRACKET.search(quantity.text, max(at, 0)) if at >= 0 else None
        if bracket is None or bracket.start() == 0:
            out.append(quantity)
            continue
        end = quantity.start + len(quantity.text[: bracket.start()].rstrip(" \t\u00a0\u2009\u202f"))
        start, stop = (quantity.start + i for i in bracket.span("range"))
        out.append(quantity.replaced(text=text[quantity.start : end], end=end, spread=None))
        out.append(
            Quantity(
                text=text[start:stop],
                start=start,
                end=stop,
                low=spread.low,
                high=spread.high,
                unit=quantity.unit,
                kind=quantity.kind,
                per=quantity.per,
            )
        )
    return out
