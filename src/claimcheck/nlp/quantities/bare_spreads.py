"""A mean and its standard deviation in brackets before the unit they share: ``LDL was 67·7
(25·2) mg/dL vs 67·2 (26·0) mg/dL``, ``weight 82.4 (12.1) kg``, ``a mean age of 54.2 (9.8)
years``.

Trial reports print ``mean (SD)`` with the unit written once, after the bracket; the bracketed
number is the mean's dispersion and no figure of its own, and the unit is the mean's (it gave
two bare numbers and no unit). Read where a bare number is followed by a bare, smaller,
positive number alone in brackets and then a unit of measure. *Decided*: the bracket's kind is
``SD``, the convention such reports follow for a mean; a standard error or a range is
labelled where it is meant (``(SE 1.2)``, ``(range 3–9)``), and those are read as their labels
say.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities import units
from claimcheck.nlp.quantity import Quantity, Spread

H = r"[ \t\u00a0\u202f\u2009]"
OPEN = re.compile(rf"{H}*\({H}*\Z")
CLOSE = re.compile(rf"{H}*\)")


def _bare(quantity: Quantity) -> bool:
    return (
        quantity.kind == "number"
        and quantity.unit is None
        and quantity.low is not None
        and quantity.low == quantity.high
        and not quantity.comparator
        and quantity.statistic is None
        and quantity.spread is None
        and quantity.role is None
        and quantity.per is None
        and not quantity.approx
    )


def bracketed_dispersions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each mean, its bracketed SD and the unit after both
    made one figure: the mean in that unit, the SD its spread (see the module)."""
    result: list[Quantity] = []
    index = 0
    while index < len(found):
        mean = found[index]
        if index + 1 < len(found) and _bare(mean) and _bare(sd := found[index + 1]):
            close = CLOSE.match(text, sd.end)
            unit = units.MEASURE.match(text, close.end()) if close else None
            if (
                unit is not None
                and OPEN.search(text, mean.end, sd.start)
                and OPEN.fullmatch(text, mean.end, sd.start)
                and 0 < sd.low < mean.low
            ):
                result.append(
                    replace(
                        mean,
                        text=text[mean.start : unit.end()],
                        end=unit.end(),
                        unit=units.measure_unit(unit),
                        kind="measure",
                        spread=Spread("SD", value=sd.low),
                    )
                )
                index += 2
                continue
        result.append(mean)
        index += 1
    return result
