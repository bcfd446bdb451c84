"""A count followed by its share in brackets is a count, and only the share is a percentage.

Trial tables and their prose write a count and the share it is of a group side by side:
``200 (81.6%)``, ``108 among 242 (44.6%)``, ``112 (28.4%) of 394 patients``, ``n = 45 (12%)``,
and in a table under ``n (%)`` a cell ``386 (16.3)``. The count is not in percent: read as
one (the unit said once before it, or the ``(%)`` of the column header), a right ``200`` is
accused against an 81.6% claim and the right 81.6% then "contradicts 200". So a bare number
with its share right after it keeps no percent: it takes the counted noun its sentence gives
the group (``of 394 patients``), or none, and the bracketed number is the share.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.claim import CellText
from claimcheck.nlp.quantities import lexicon
from claimcheck.nlp.quantity import Quantity

_S = r"[ \t\u00a0\u202f\u2009]"
SHARE = rf"[(\[]{_S}*\d+(?:[.,]\d+)?{_S}*(?:%|per{_S}?cent\b){_S}*[)\]]"
"""The share in brackets: ``(81.6%)``, ``[12 per cent]``."""
BARE_SHARE = rf"[(\[]{_S}*\d+(?:[.,]\d+)?{_S}*[)\]]"
"""A share without its sign, as a cell under ``n (%)`` writes it: ``(16.3)``."""
WHOLE = (
    rf"(?:(?:among|of|out{_S}+of|in){_S}+|/{_S}*)\d[\d,]*"
    rf"(?P<noun>{_S}+[^\W\d_][\w-]*)?{_S}*"
)
"""The group the count is of, between the count and its share: ``among 242``, ``of 484
patients``, ``/245``."""
COUNT_THEN_SHARE = re.compile(rf"{_S}*(?:{WHOLE})?{SHARE}", re.IGNORECASE)
COUNT_THEN_BARE_SHARE = re.compile(rf"{_S}*(?:{WHOLE})?{BARE_SHARE}", re.IGNORECASE)
WHOLE_AFTER_SHARE = re.compile(
    rf"{_S}+(?:of|among|out{_S}+of){_S}+(?:(?:all|the){_S}+)?\d[\d,]*{_S}+"
    rf"(?P<noun>[^\W\d_][\w-]*)",
    re.IGNORECASE,
)
"""The group said after the share: ``112 (28.4%) of 394 patients``."""
NOUN_AFTER_SHARE = re.compile(rf"{_S}+(?P<noun>[^\W\d_][\w-]*)")
"""A counted noun right after the share: ``200 (81.6%) patients``."""
COUNT_AND_SHARE_HEADER = re.compile(
    r"(?:^|[\s,;:(])(?:n|no\.?|number|count)\s*\(\s*%\s*\)", re.IGNORECASE
)
"""A header that says its cells are a count and its share: ``n (%)``, ``No. (%)``."""


def count_with_share(quantity: Quantity, text: str, cell: CellText | None = None) -> bool:
    """Whether ``quantity`` is a bare count with its share in brackets right after it
    (``200 (81.6%)``, ``108 among 242 (44.6%)``), or in a cell whose header says ``n (%)``,
    a bare number with a bracketed number after it (``386 (16.3)``)."""
    if quantity.spread is not None or quantity.statistic is not None or quantity.per is not None:
        return False
    if quantity.kind not in ("number", "percent") or "%" in quantity.text:
        return False
    if any(word in quantity.text.lower() for word in ("per cent", "percent")):
        return False
    if COUNT_THEN_SHARE.match(text, quantity.end):
        return True
    if cell is None or not any(
        COUNT_AND_SHARE_HEADER.search(header)
        for header in (cell.column, cell.row, cell.row_title, cell.heading)
    ):
        return False
    return COUNT_THEN_BARE_SHARE.match(text, quantity.end) is not None


def as_count(quantity: Quantity, text: str, read: tuple[Quantity, ...]) -> Quantity:
    """``quantity`` read as the count of a count-and-share: the counted noun of the group it
    is of when the sentence names one (``of 484 patients (34.5%)``, ``(28.4%) of 394
    patients``) and that group was read as a count, otherwise a bare number."""
    counted = None
    found = COUNT_THEN_SHARE.match(text, quantity.end) or COUNT_THEN_BARE_SHARE.match(
        text, quantity.end
    )
    if found is not None:
        noun_at = found.start("noun") if found.group("noun") else None
        if noun_at is None and (after := WHOLE_AFTER_SHARE.match(text, found.end())):
            noun_at = after.start("noun")
        after = NOUN_AFTER_SHARE.match(text, found.end()) if noun_at is None else None
        if after is not None and after.group("noun").lower() in lexicon.COUNTABLE_NOUNS:
            counted = after.group("noun").lower()  # "200 (81.6%) patients": both count them
        whole = next((q for q in read if noun_at is not None and q.start < noun_at < q.end), None)
        if whole is not None and whole.kind == "count" and whole.unit is not None:
            counted = whole.unit
    if counted is None:
        counted = _parallel_noun(quantity, text, read)
    if counted is not None:
        return replace(quantity, unit=counted, kind="count", per=None)
    return replace(quantity, unit=None, kind="number", per=None)


PARALLEL_GAP = 80  # characters between a counted count-and-share and a bare one after it


def _parallel_noun(quantity: Quantity, text: str, read: tuple[Quantity, ...]) -> str | None:
    """The counted noun of the count-and-share said before in the same shape (``64 deaths
    (21.3%) on the drug and 58 (24.4%) on placebo``: 58 deaths): the nearest earlier figure
    other than a share is a count with its noun and its own share right after it."""
    earlier = [q for q in read if q.end <= quantity.start and "%" not in q.text]
    if not earlier:
        return None
    before = earlier[-1]
    if before.kind != "count" or before.unit is None or quantity.start - before.end > PARALLEL_GAP:
        return None
    if not re.match(rf"{_S}*{SHARE}", text[before.end :], re.IGNORECASE):
        return None
    return before.unit


def with_counts_kept(
    read: tuple[Quantity, ...],
    given: tuple[Quantity, ...],
    text: str,
    cells: tuple[CellText, ...] = (),
) -> tuple[Quantity, ...]:
    """``given`` (a sentence's quantities after units said once were lent to bare numbers)
    with each count of a count-and-share (judged on ``read``, the quantities as found) read
    as a count again (:func:`as_count`) when it was lent a percent or nothing; a counted noun
    or other unit said once before it (``64 deaths (21.3%) …, and 58 (4.4%)``) stays."""
    out = list(given)
    for index, quantity in enumerate(read):
        cell = cells[index] if index < len(cells) else None
        if not count_with_share(quantity, text, cell):
            continue
        lent = given[index]
        if lent.kind not in ("number", "percent") and lent.unit not in ("percent", "proportion"):
            continue  # a counted noun said once before ("64 deaths (21.3%) … 58 (4.4%)")
        out[index] = as_count(quantity, text, read)
    return tuple(out)
