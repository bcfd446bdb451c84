"""A share counted as n of N and restated in brackets as its percentage is one figure, the
percentage as written: ``18/24 (75%) improved``, ``9 of 12 patients (75%)``, ``27 147 of
33 839 (80%)``.

Trials and screening reports write the count and its percentage together; reading both made
one share two figures to verify (and two findings when one is wrong). The figure is the
percentage as its writer rounded it, over the whole span from the count to the closing
bracket: a registry statement that quotes ``27 147 of 33 839 (80%)`` states 80%, not the
80.22% the counts make, and a draft saying ``30/40 women (75%)`` is judged as 75%. Only a
percentage equal to the count's share rounded to its own decimals restates it (``12/16
(80%)`` keeps both figures, for the checker to see the slip), and only after a count (n/N,
``n of N``, ``n out of N``): after odds (``about 1 in 25 (4.0%)``, ``1 in 3 adults (35%)``)
the percentage is a share of its own, the odds being rounded as a rule.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.groups import NOUNS
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

BETWEEN = re.compile(rf"(?:{H}+(?P<noun>[a-z]+))?{H}*\({H}*\Z")
"""Between a count and its percentage: the opening bracket, with at most the plural noun of
the people counted before it (``45/60 patients (75%)``)."""
CLOSE = re.compile(rf"{H}*\)")
COUNTED = re.compile(rf"\d/\d|\d{H}+(?:out{H}+)?of{H}+\d", re.IGNORECASE)
"""A share written as a count of a whole (``18/24``, ``9 of 12``, ``11 out of 16``), not as
odds (``1 in 25``)."""


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
    """``found`` (sorted by start, offsets into ``text``) with each count's share and the
    percentage restating it right after, in brackets, made one figure: the percentage, as
    written, spanning both."""
    result: list[Quantity] = []
    for quantity in found:
        share = result[-1] if result else None
        if (
            share is not None
            and share.kind == "proportion"
            and quantity.kind == "percent"
            and COUNTED.search(text, share.start, share.end)
            and (between := BETWEEN.fullmatch(text, share.end, quantity.start))
            and (not between.group("noun") or between.group("noun") in NOUNS)
            and (close := CLOSE.match(text, quantity.end))
            and _restates(share, quantity)
        ):
            end = close.end()
            result[-1] = replace(quantity, start=share.start, end=end, text=text[share.start : end])
            continue
        result.append(quantity)
    return result
