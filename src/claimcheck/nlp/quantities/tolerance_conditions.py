"""The condition a device's tolerance holds under: no figure of its own.

A monitor's or an oximeter's specification gives an accuracy as a ``±`` tolerance and, in
brackets right after it, the measured range it holds over: ``±2% (70–100%)``, ``±3 bpm
(30–250 bpm)``, ``±3 mmHg (0–300 mmHg)``; then what holds outside it, ``unspecified below
70%``. The tolerance is the claim (an interval around zero); the bracketed range and the
bound said to be unspecified frame it, as a device accuracy table's band row headers do
(:mod:`~claimcheck.nlp.frame_headers`), and read as figures they were extras (s58x).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

BRACKET_AFTER = re.compile(rf"{H}*\(\Z")
CLOSES_AFTER = re.compile(rf"{H}*\)")
UNSPECIFIED_BEFORE = re.compile(
    rf"(?i:unspecified|not{H}+specified|undefined|not{H}+(?:validated|stated|guaranteed))"
    rf"{H}+\Z"
)


def tolerance_conditions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` without the ranges bracketed right after a ``±`` tolerance and the bounds
    said to be unspecified after one (see the module)."""
    kept: list[Quantity] = []
    tolerance_end = -1
    for quantity in found:
        if quantity.text.startswith("±") or quantity.text.startswith("+/-"):
            kept.append(quantity)
            tolerance_end = quantity.end
            continue
        between = text[tolerance_end : quantity.start] if tolerance_end >= 0 else None
        if (
            between is not None
            and BRACKET_AFTER.fullmatch(between)
            and quantity.low is not None
            and quantity.high is not None
            and quantity.low < quantity.high
            and CLOSES_AFTER.match(text, quantity.end)
        ):
            continue  # "±2% (70–100%)": the range the tolerance holds over
        if (
            between is not None
            and len(between) < 40
            and "\n" not in between
            and UNSPECIFIED_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        ):
            continue  # "±2% (70–100%); unspecified below 70%"
        kept.append(quantity)
    return kept
