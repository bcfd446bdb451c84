"""A share of each unit of money, said in money: ``92p in every £1`` (0.92 of each pound),
``90 cents of every dollar``, ``£4 in every £10``, ``80c out of each $1``.

Charities and health services write where the money goes this way; read as two amounts it
was two figures to verify (92 pence and one pound), neither of which anyone claimed. It is
one proportion, the part over the whole in the same currency (pence and cents are a
hundredth of their pound, dollar or euro), spanning both amounts; a bound or an
approximation on the part carries over (``Up to 70 cents of every dollar`` at most 0.7).
A whole written as a currency word without a number (``every dollar``, ``each pound``) is one
of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

HUNDREDTHS = frozenset({"pence", "penny", "p", "cent", "cents", "c", "¢"})
"""Units of a part that are a hundredth of their currency."""
EVERY = re.compile(rf"{H}+(?i:in|of|out{H}+of|from){H}+(?i:every|each){H}+")
"""Between the part and the whole: ``in every``, ``of every``, ``out of each``."""
WHOLE_WORD = re.compile(
    r"(?i:(?P<usd>dollar)|(?P<gbp>pound)|(?P<eur>euro)|(?P<other>rand|rupee|franc|krona|krone))"
    r"(?![\w-])"
)
"""A whole said as a currency word with no number: one of it (``of every dollar``)."""


def _part_in_units(quantity: Quantity) -> float | None:
    """The part in units of its currency (92p is 0.92), None if it is no amount of money."""
    unit = (quantity.unit or "").lower()
    if quantity.kind == "money" and quantity.unit and "/" not in quantity.unit:
        scale = 1.0
    elif quantity.per is None and unit in HUNDREDTHS:
        scale = 0.01
    else:
        return None
    if quantity.low is None and quantity.high is None:
        return None
    return scale


def money_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join each part said in money and the whole of money after ``in every`` into one
    proportion (module docstring)."""
    result: list[Quantity] = []
    index = 0
    while index < len(found):
        part = found[index]
        scale = _part_in_units(part)
        between = EVERY.match(text, part.end) if scale is not None else None
        if between is None or part.low is None and part.high is None:
            result.append(part)
            index += 1
            continue
        whole_value, end, used = None, None, 0
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and following.start == between.end()
            and following.kind == "money"
            and following.low is not None
            and following.low == following.high
            and following.comparator is None
            and "/" not in (following.unit or "")
        ):
            whole_value, end, used = following.low, following.end, 1
        elif word := WHOLE_WORD.match(text, between.end()):
            whole_value, end = 1.0, word.end()
        if not whole_value or end is None:
            result.append(part)
            index += 1
            continue
        low = None if part.low is None else round(part.low * scale / whole_value, 12)
        high = None if part.high is None else round(part.high * scale / whole_value, 12)
        result.append(
            replace(
                part,
                text=text[part.start : end],
                end=end,
                low=low,
                high=high,
                unit="proportion",
                kind="proportion",
                per=None,
            )
        )
        index += 1 + used
    return result
