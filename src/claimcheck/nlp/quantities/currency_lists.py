"""``CHF 300, 500, 1'000 or 1'500``, ``£20, 30 and 50``, ``€150, 250, 400``: a list of bare
amounts after one currency sign or code is a list of amounts in that currency.

Price lists, fee schedules and leaflets write the currency once, before the first amount.
Read alone, every amount after the first is a bare number (or was dropped as one), so a
wrong fee passes unseen and a right one backs nothing. The rule: after a money figure whose
currency is written before it, a run of amounts joined by commas, ``and`` or ``or`` is a
list of that currency when it has at least three amounts, or two with the last after
``and``/``or`` (``£20 and 30``; ``cost £20, 30 patients came`` is no list). Each amount
that has no unit of its own takes the currency (a period the amount carries stays its
period: ``199 a month`` is USD/month); an amount with its own scale keeps it (``£1m, 2.5m
or 4m``); an amount that has a unit, percent or noun of its own (``£20, 30%``) ends the list. A
period said
after the last amount is every amount's (``$99, 149 or 199 a month``: each USD/month).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H, parse_digits
from claimcheck.nlp.quantity import Quantity

_AMOUNT = r"\d{1,3}(?:(?:,|['’])\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9, "million": 1e6, "billion": 1e9, "thousand": 1e3}
_SCALED = rf"(?P<amount>{_AMOUNT})(?:{H}?(?P<scale>k|m|bn|million|billion|thousand)\b)?"
CURRENCY_BEFORE = re.compile(
    rf"(?:[£$€¥₹]|\b(?:US|A|C|NZ|HK|S)\$|\b(?:USD|GBP|EUR|CHF|AUD|CAD|NZD|INR|JPY|SEK|NOK|DKK"
    rf"|ZAR|SGD|HKD|Fr\.|CHF\.|Rs\.?){H}?)\Z"
)
"""The currency written right before a list's first amount."""
NEXT_ITEM = re.compile(rf"(?:,{H}+(?:(?P<word1>and|or){H}+)?|{H}+(?P<word2>and|or){H}+){_SCALED}")
"""A list's next amount, after a comma (and ``and``/``or``) or after ``and``/``or``."""
YEAR = re.compile(r"(?:19|20)\d\d")
"""A year among the amounts ends the list: it dates, it prices nothing."""
NOT_A_PRICE_AFTER = re.compile(rf"{H}*(?:%|per{H}*cent|percent|[-–]\d)", re.IGNORECASE)


def _items(text: str, end: int) -> list[re.Match[str]]:
    """The amounts that follow a first amount ending at ``end``, the joining word of the
    last told by its group."""
    items = []
    while found := NEXT_ITEM.match(text, end):
        if NOT_A_PRICE_AFTER.match(text, found.end()):
            break
        items.append(found)
        if found.group("word1") or found.group("word2"):
            break  # "… or 1'500": the last of the list
        end = found.end()
    return items


def _is_list(items: list[re.Match[str]]) -> bool:
    """Three amounts, or two with ``and``/``or`` before the last (the first is not in
    ``items``)."""
    if not items:
        return False
    joined = bool(items[-1].group("word1") or items[-1].group("word2"))
    return len(items) >= 2 or joined


def _value(item: re.Match[str]) -> float:
    amount = item.group("amount").replace("’", "").replace("'", "")
    scale = item.group("scale")
    return parse_digits(amount) * (_SCALE[scale.lower()] if scale else 1.0)


def _in_currency(quantity: Quantity, currency: str) -> Quantity:
    """``quantity`` (a bare number) read as money in ``currency``."""
    if quantity.per:
        return quantity.replaced(unit=f"{currency}/{quantity.per}", kind="rate")
    return quantity.replaced(unit=currency, kind="money")


def currency_lists(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the bare amounts of each list after a currency read in that currency,
    and the amounts another rule dropped put back (sorted by start)."""
    by_start = {q.start: q for q in found}
    changed = False
    for first in list(found):
        if first.kind != "money" or first.unit is None or "/" in first.unit:
            continue
        opening = text[max(0, first.start - 8) : first.end]
        number = re.search(r"\d", first.text)
        if number is None:
            continue
        cut = len(opening) - len(first.text) + number.start()
        if not CURRENCY_BEFORE.search(opening, 0, cut):
            continue
        items = _items(text, first.end)
        if not _is_list(items):
            continue
        for item in items:
            start, end = item.span("amount")
            if item.group("scale"):
                end = item.end("scale")
            if YEAR.fullmatch(item.group("amount")):
                break  # "£20 in 2019, 2020 and 2021": years, no prices
            present = by_start.get(start)
            if present is not None:
                if present.unit is not None or present.kind != "number" or present.statistic:
                    break  # "£20, 3 times a week": a figure of its own ends the list
                by_start[start] = _in_currency(present, first.unit)
                changed = True
                continue
            if any(q.start < end and start < q.end for q in by_start.values()):
                continue
            value = _value(item)
            by_start[start] = Quantity(
                text=text[start:end], start=start, end=end, low=value, high=value,
                unit=first.unit, kind="money",
            )  # fmt: skip
            changed = True
        last = by_start.get(items[-1].start("amount"))
        if last is not None and last.per and first.per is None:
            # "$99, 149 or 199 a month": the period said once, at the end, is each amount's
            for start in [first.start, *(item.start("amount") for item in items)]:
                if (
                    (q := by_start.get(start)) is not None
                    and q.per is None
                    and q.unit == first.unit
                ):
                    by_start[start] = _in_currency(q.replaced(per=last.per), first.unit)
            changed = True
    if not changed:
        return found
    return sorted(by_start.values(), key=lambda q: q.start)
