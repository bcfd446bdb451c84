"""A share counted as n of N and restated in brackets as its percentage is one figure:
``18/24 (75%) improved``, ``9 of 12 (75%)``, ``11 out of 16 women (68.8%)``. Trials write the
count and its percentage together; reading both made one share two figures to verify (and
two findings when one is wrong). The percentage is taken into the share's span, as a number
said again in digits is (``thirty (30) days``). Only a percentage equal to the share as
rounded to its own decimals is a restatement: ``1 in 3 adults (35%)`` gives two figures, a
rounded odds and a measured share, and ``12/16 (80%)`` keeps both for the checker to see.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.groups import NOUNS
from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"
BETWEEN = re.compile(rf"(?:{H}+(?P<noun>[a-z]+))?{H}*\({H}*\Z")
"""Between a share and its percentage: the opening bracket, with at most the plural noun of
the people counted before it (``45/60 patients (75%)``)."""
CLOSE = re.compile(rf"{H}*\)")


def _decimals(surface: str) -> int:
    digits = re.search(r"\d+(?:[.,](\d+))?", surface)
    return len(digits.group(1) or "") if digits else 0


def _restates(share: Quantity, percent: Quantity) -> bool:
    """Whether ``percent`` is ``share`` rounded to the decimals the percentage is written in."""
    if share.low is None or share.low != share.high or percent.low != percent.high:
        return False
    if percent.low is None or percent.comparator or percent.spread is not None:
        return False
    half_step = 0.5 * 10 ** -_decimals(percent.text)
    return abs(share.low * 100 - percent.low) <= half_step + 1e-9


def restated_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each percentage that restates the n-of-N share right
    before it taken into that share's span."""
    result: list[Quantity] = []
    for quantity in found:
        share = result[-1] if result else None
        if (
            share is not None
            and share.kind == "proportion"
            and quantity.kind == "percent"
            and (between := BETWEEN.fullmatch(text, share.end, quantity.start))
            and (not between.group("noun") or between.group("noun") in NOUNS)
            and (close := CLOSE.match(text, quantity.end))
            and _restates(share, quantity)
        ):
            end = close.end()
            result[-1] = replace(share, end=end, text=text[share.start : end])
            continue
        result.append(quantity)
    return result
