"""A share counted as n of N and restated in brackets as its percentage is one figure, the
percentage as written: ``18/24 (75%) improved``, ``9 of 12 patients (75%)``, ``27 147 of
33 839 (80%)``, ``14/56 respondents [25%]``, ``45/60 patients (i.e. 75%)``.

Trials and screening reports write the count and its percentage together; reading both made
one share two figures to verify (and two findings when one is wrong). The figure is the
percentage as its writer rounded it, over the whole span from the count to the closing
bracket: a registry statement that quotes ``27 147 of 33 839 (80%)`` states 80%, not the
80.22% the counts make, and a draft saying ``30/40 women (75%)`` is judged as 75%. A
percentage with its interval in the bracket keeps it and its own span (``45/60 patients
(75%, 95% CI 62–85)``: ``75%`` with its CI). Said the other way round, the count in
brackets after its percentage is its support and no figure either: ``75% (45 of 60
patients)`` and ``75% of patients (45/60)`` are 75%.

Only a percentage equal to the count's share rounded (or cut) to its own decimals restates
it (``2/3 patients (66%)`` and ``(67%)`` do; ``12/16 (80%)`` keeps both figures, for the
checker to see the slip), and only beside a count (n/N, ``n of N``, ``n out of N``): after
odds (``about 1 in 25 (4.0%)``, ``1 in 3 adults (35%)``) the percentage is a share of its
own, the odds being rounded as a rule.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantities.counted_shares import SHARE_NOUNS
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

BETWEEN = re.compile(
    rf"(?:{H}+(?P<noun>[a-z][a-z-]*))?{H}*[(\[]{H}*"
    rf"(?:(?i:i\.{H}?e\.|that{H}+is|or),?{H}*)?\Z"
)
"""Between a count and its percentage: the opening bracket, with at most the plural noun of
the people counted before it (``45/60 patients (75%)``) and a word that says the same again
inside it (``(i.e. 75%)``)."""
CLOSE = re.compile(rf"{H}*[)\]]")
COUNTED = re.compile(rf"\d/\d|\d{H}+(?:out{H}+)?of{H}+\d", re.IGNORECASE)
"""A share written as a count of a whole (``18/24``, ``9 of 12``, ``11 out of 16``), not as
odds (``1 in 25``)."""
BEFORE_ITS_COUNT = re.compile(
    rf"(?:{H}+(?i:of){H}+(?:(?i:the|all){H}+)?[a-z][a-z-]*)?{H}*[(\[]{H}*\Z"
)
"""Between a percentage and the count it restates: the opening bracket, with at most whom it
is a share of before it (``75% of patients (45/60)``)."""
AFTER_ITS_COUNT = re.compile(rf"(?:{H}+(?P<noun>[a-z][a-z-]*))?{H}*[)\]]")


def _decimals(surface: str) -> int:
    digits = re.search(r"\d+(?:[.,](\d+))?", surface)
    return len(digits.group(1) or "") if digits else 0


def _restates(share: Quantity, percent: Quantity) -> bool:
    """Whether ``percent`` is ``share`` rounded, or cut, to the decimals the percentage is
    written in (``2/3`` is 67% rounded, 66% cut)."""
    if share.low is None or share.low != share.high or percent.low != percent.high:
        return False
    if percent.low is None or percent.comparator:
        return False
    step = 10.0 ** -_decimals(percent.text)
    exact = share.low * 100
    return abs(exact - percent.low) <= step / 2 + 1e-9 or 0 <= exact - percent.low < step - 1e-9


def _people(noun: str | None) -> bool:
    return not noun or noun in SHARE_NOUNS


def restated_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start, offsets into ``text``) with each count's share and the
    percentage restating it right after, in brackets, made one figure: the percentage, as
    written, spanning both; and a count in brackets right after the percentage it restates
    dropped."""
    result: list[Quantity] = []
    for quantity in found:
        before = result[-1] if result else None
        if (
            before is not None
            and before.kind == "proportion"
            and quantity.kind == "percent"
            and (quantity.spread is None or quantity.spread.kind == "CI")
            and _restated_after(text, before, quantity)
            and (close := CLOSE.match(text, quantity.end))
        ):
            approx = quantity.approx or before.approx
            if quantity.spread is not None:
                # "(75%, 95% CI 62–85)": the percentage keeps its span, its interval after it
                result[-1] = replace(quantity, approx=approx)
            else:
                end = close.end()
                result[-1] = replace(
                    quantity,
                    start=before.start,
                    end=end,
                    text=text[before.start : end],
                    approx=approx,
                )
            continue
        if (
            before is not None
            and before.kind == "percent"
            and quantity.kind == "proportion"
            and _restated_before(text, before, quantity)
        ):
            continue  # "75% (45 of 60 patients)": the count is the percentage's support
        result.append(quantity)
    return result


def _restated_after(text: str, share: Quantity, percent: Quantity) -> bool:
    """``45/60 patients (75%)``: ``percent`` in brackets right after the count ``share``."""
    between = BETWEEN.fullmatch(text, share.end, percent.start)
    return (
        between is not None
        and _people(between.group("noun"))
        and COUNTED.search(text, share.start, share.end) is not None
        and _restates(share, percent)
    )


def _restated_before(text: str, percent: Quantity, share: Quantity) -> bool:
    """``75% (45 of 60 patients)``: the count ``share`` alone in brackets right after the
    percentage it restates."""
    if percent.spread is not None or percent.role is not None:
        return False
    after = AFTER_ITS_COUNT.match(text, share.end)
    return (
        BEFORE_ITS_COUNT.fullmatch(text, percent.end, share.start) is not None
        and after is not None
        and _people(after.group("noun"))
        and COUNTED.search(text, share.start, share.end) is not None
        and _restates(share, percent)
    )
