"""A share of each unit of money, said in money: ``92p in every £1`` (0.92 of each pound),
``90 cents of every dollar``, ``£4 in every £10``, ``80c out of each $1``.

Charities and health services write where the money goes this way; read as two amounts it
was two figures to verify (92 pence and one pound), neither of which anyone claimed. It is
one proportion, the part over the whole in the same currency (pence and cents are a
hundredth of their pound, dollar or euro), spanning both amounts; a bound or an
approximation on the part carries over (``Up to 70 cents of every dollar`` at most 0.7).
A whole written as a currency word without a number (``every dollar``, ``each pound``) is one
of it.

The whole may come first, in a clause of its own: ``Of every £1 you give, 90p goes to
research`` is 0.9 of each pound, ``Every £10 you give, £8 …`` 0.8. After ``for every`` a part
larger than its whole is a return, a multiple of it: ``For every $1 spent, $4 is saved`` is
4-fold (``fold``), as ``for every dollar spent on vaccines, 16 dollars are saved`` is 16.
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


_EVERY = rf"(?:\b(?P<lead>(?i:of|for|from|out{H}+of|in)){H}+|(?<![\w]))(?i:every|each){H}+"
"""``Of every``, ``For every``, ``Every`` and the space after: what opens a whole's clause."""
EVERY_BEFORE = re.compile(rf"{_EVERY}\Z")
"""Before a whole that opens its own clause: ``Of every``, ``For every``, ``Every``."""
CLAUSE_TO_PART = re.compile(rf"(?:{H}+[a-z][\w'’-]*){{1,8}}{H}*[,–—]{H}*\Z")
"""The rest of the whole's clause, words only, to its comma: `` you give, ``, `` spent, ``."""
WHOLE_WORD_BEFORE = re.compile(
    _EVERY + r"(?i:(?P<usd>dollar)|(?P<gbp>pound)|(?P<eur>euro))"
    r"(?P<rest>(?:[ \t\u00a0]+[a-z][\w'’-]*){1,8}[ \t\u00a0]*[,–—][ \t\u00a0]*)\Z"
)
"""A whole said as a currency word opening its own clause: ``For every dollar spent on
vaccines, ``."""
WORD_CURRENCY = {"usd": "USD", "gbp": "GBP", "eur": "EUR"}


def _currency_of(quantity: Quantity) -> str | None:
    """The currency of an amount of money or of its hundredths (92p is GBP's, 80c USD's)."""
    unit = quantity.unit or ""
    if quantity.kind == "money" and unit and "/" not in unit:
        return unit
    if unit.lower() in ("pence", "penny", "p"):
        return "GBP"
    return None


def _whole_first(
    text: str, whole_start: int, lead: str | None, whole_value: float, part: Quantity
) -> Quantity | None:
    """The share or return of a part said after its whole's clause (module docstring)."""
    scale = _part_in_units(part)
    if scale is None or part.low is None or part.low != part.high or not whole_value:
        return None
    ratio = round(part.low * scale / whole_value, 12)
    if ratio > 1 and (lead or "").lower() == "for":
        unit, kind = "fold", "multiple"
    elif ratio <= 1:
        unit, kind = "proportion", "proportion"
    else:
        return None
    return replace(
        part,
        text=text[whole_start : part.end],
        start=whole_start,
        low=ratio,
        high=ratio,
        unit=unit,
        kind=kind,
        per=None,
    )


def whole_first_money_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """``Of every £1 you give, 90p …``, ``For every $1 spent, $4 is saved``: a whole of money
    opening a clause, then the part after its comma, one proportion or return."""
    result: list[Quantity] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (
            second is not None
            and first.kind == "money"
            and first.low is not None
            and first.low == first.high
            and first.comparator is None
            and "/" not in (first.unit or "")
            and (before := EVERY_BEFORE.search(text, max(0, first.start - 16), first.start))
            and CLAUSE_TO_PART.fullmatch(text, first.end, second.start)
            and _currency_of(second) == first.unit
            and (joined := _whole_first(text, first.start, before.group("lead"), first.low, second))
        ):
            result.append(joined)
            index += 2
            continue
        word = WHOLE_WORD_BEFORE.search(text, max(0, first.start - 100), first.start)
        if (
            word is not None
            and _currency_of(first)
            == next(WORD_CURRENCY[k] for k in WORD_CURRENCY if word.group(k))
            and (joined := _whole_first(text, _word_start(word), word.group("lead"), 1.0, first))
        ):
            result.append(joined)
            index += 1
            continue
        result.append(first)
        index += 1
    return result


def _word_start(word: re.Match[str]) -> int:
    """Where the currency word of a :data:`WHOLE_WORD_BEFORE` match starts."""
    return next(word.start(k) for k in WORD_CURRENCY if word.group(k))


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
