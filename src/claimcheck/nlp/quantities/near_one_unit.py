"""``just under a pint``, ``just over a litre``: a hedged bound on one of a unit, said with
``a``/``an``.

Donor, diet and device pages size a thing against one of a familiar unit: ``we collect 470
ml, just under a pint``, ``a bottle holds just over a litre``, ``slightly under a
teaspoon``. The article is the number one; ``just``/``slightly``/``a little`` before ``under``
or ``over`` makes the bound approximate, as ``just under 2.9%`` is (s56x's ``just over``
rule; s57x marks ``just under a pint`` below 1 pint, approximate). Without the hedge the
article stays a word here (``under a litre of water`` is as often how much is poured as a
claim): only the hedged form is read, and only before a unit of volume, mass or length that
English sizes things by (:data:`UNITS`); units of time have their own reader
(``finder._read_an_time``).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

UNITS = {
    "pint": "pint", "litre": "L", "liter": "L", "gallon": "gallon", "teaspoon": "teaspoon",
    "tablespoon": "tablespoon", "cup": "cup", "kilo": "kg", "kilogram": "kg", "pound": "lb",
    "stone": "st", "ounce": "oz", "metre": "m", "meter": "m", "kilometre": "km",
    "kilometer": "km", "mile": "mile", "foot": "ft", "yard": "yd", "inch": "in",
}  # fmt: skip
"""The unit words read, and the unit each is written as (claimcheck's, as for digits)."""
NEAR_ONE = re.compile(
    rf"(?<![\w-])(?P<hedge>(?i:just|slightly|a{H}+little|a{H}+bit)){H}+"
    rf"(?P<bound>(?i:under|over|below|above|less{H}+than|more{H}+than)){H}+(?i:an?){H}+"
    rf"(?P<unit>(?i:{'|'.join(UNITS)}))(?![\w'’-])"
)
"""The hedge, the bound, the article and the unit word."""
GATE = re.compile(r"(?i:just|slightly|a little|a bit) (?i:under|over|below|above|less|more)")
"""A cheap test that a text may hold such a phrase."""


def near_one_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each hedged bound on one of a unit added where no figure covers it
    (sorted by start)."""
    if not GATE.search(text):
        return found
    added = []
    for match in NEAR_ONE.finditer(text):
        if any(q.start < match.end() and match.start() < q.end for q in found):
            continue
        below = match.group("bound").split()[0].lower() in ("under", "below", "less")
        added.append(
            Quantity(
                text=match.group(), start=match.start(), end=match.end(),
                low=None if below else 1.0, high=1.0 if below else None,
                low_inclusive=below, high_inclusive=not below, approx=True,
                unit=UNITS[match.group("unit").lower()], kind="measure",
                comparator=match.group("bound").lower(),
            )
        )  # fmt: skip
    return sorted([*found, *added], key=lambda q: q.start) if added else found
