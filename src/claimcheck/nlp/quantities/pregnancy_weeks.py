"""``from 16 weeks`` of pregnancy: a time from which on, a lower bound.

A page on vaccination or care in pregnancy says from which week a thing is offered: ``ideally
from 16 weeks``, ``offered from 20 weeks of pregnancy``. The week is no age (a baby's age is
a group label, :mod:`~claimcheck.nlp.quantities.youngest_ages`) but the time since an event,
and ``from`` makes it the start of an open period: at least 16 weeks, with ``from`` in the
span as a comparator is (s58x). Read so only in a sentence that speaks of pregnancy or
gestation, where ``from`` opens no range (``from 12 to 16 weeks`` stays the range).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.youngest_ages import PREGNANCY_CUE, _cued
from claimcheck.nlp.quantity import Quantity

FROM_BEFORE = re.compile(rf"(?<![\w-])(?i:from){H}+\Z")
NO_RANGE_AFTER = re.compile(rf"(?!{H}*(?:[-–—]|(?i:to|until|till|and)\b))")


def pregnancy_weeks(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each point in weeks after ``from`` in a sentence about pregnancy read
    as at least that many weeks (see the module)."""
    out = []
    for quantity in found:
        opener = FROM_BEFORE.search(text, max(0, quantity.start - 8), quantity.start)
        if (
            opener is None
            or quantity.unit != "week"
            or quantity.comparator
            or quantity.low != quantity.high
            or not NO_RANGE_AFTER.match(text, quantity.end)
            or not _cued(text, quantity.start, quantity.end, PREGNANCY_CUE)
        ):
            out.append(quantity)
            continue
        start = opener.start()
        out.append(
            quantity.replaced(
                text=text[start : quantity.end], start=start, high=None, comparator="from"
            )
        )
    return out
