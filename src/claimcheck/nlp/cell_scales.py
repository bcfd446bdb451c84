"""A bare number in a table cell takes the scale its headers state.

Statistical tables say their scale once, in a header or the caption, as GBD, WHO and ONS
tables do: ``People blind (millions)``, ``Cost (£m)``, ``Deaths ('000)``, ``Population, in
thousands``, ``Spending (US$ billion)``. The cells then hold ``15.2`` for 15.2 million, and
read bare they are a millionth of the figure the source states: a right cell would be
accused of a conflict, and a wrong one could pass against a small claim.

The scale is a scale word in brackets, after the header's last comma or after ``in`` at its
end, alone or after a currency (``(millions)``, ``(in thousands)``, ``(US$ bn)``, ``, £000s``),
optionally followed by what is counted (``(millions of people)``); a currency named in words
there is the cells' currency (``(in thousands of dollars)``: $ thousands). A currency and its
scale ending a header after a year (``2024 £m``, ``2023/24 £000``) state it too, as does a
header that is a currency's scale alone (``£ billion per year``, ``US$ millions``). The letters
``m`` and ``k``
count as a scale only after a currency: ``Height (m)`` is metres. A cell that states its own
scale (``15.2 million``) keeps it, and only counts, money and bare numbers take one: a
percentage, rate, duration or statistic under a scaled header is not scaled.
"""

from __future__ import annotations

import re

from claimcheck.nlp.cell_units import read_as_unit
from claimcheck.nlp.claim import CellText
from claimcheck.nlp.quantity import Quantity

_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|[£$€¥₹]|USD|GBP|EUR|AUD|CAD|INR|CHF)"
_SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "000": 1e3, "000s": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9,
}  # fmt: skip
HEADER_SCALE = re.compile(
    r"(?:\(|(?<!\d),|\bin\b)\s*(?:in\s+)?(?:(?P<currency>" + _CURRENCY + r")\s*)?"
    r"(?P<scale>millions?|billions?|thousands?|mn|mln|bn|['’‘]?000s?|m|k)"
    r"(?:\s+(?:of\s+)?(?P<counted>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?))?\s*(?:\)|$|,)"
    r"|(?:^|(?<=\s))(?P<trailing>" + _CURRENCY + r")\s?(?P<trailing_scale>m|bn|k|['’‘]?000s?)\s*$"
    r"|^\s*(?P<whole>"
    + _CURRENCY
    + r")\s?(?P<whole_scale>millions?|billions?|thousands?|mn|bn|m|k)"
    r"(?:\s+(?:per|a|each)\s+(?:year|month|week|day|person|patient))?\s*$",
    re.IGNORECASE,
)
"""A scale a header states (:mod:`claimcheck.nlp.cell_scales`): ``(millions)``, ``(£m)``,
``('000)``, ``, in thousands``, ``(US$ billion)``, ``(millions of people)``."""
OWN_SCALE = re.compile(
    r"\d\s*(?:million|billion|thousand|mn|mln|bn|[mkMK])\b|\b(?:million|billion|thousand)",
    re.IGNORECASE,
)
"""A cell's own scale word (``15.2 million``, ``£3.4m``, ``12k``)."""
_CURRENCY_WORDS = {
    "dollars": "USD", "us dollars": "USD", "pounds": "GBP", "pounds sterling": "GBP",
    "euros": "EUR", "swiss francs": "CHF", "francs": "CHF", "rupees": "INR",
    "australian dollars": "AUD", "canadian dollars": "CAD",
}  # fmt: skip
"""The currency a scale header names in words (``(in thousands of dollars)``): in a scale's
header ``pounds`` is money, never the pound of weight."""
SCALED_KINDS = frozenset({"number", "count", "money"})


def header_scale(cell: CellText) -> tuple[float, str] | None:
    """The multiplier the cell's column header, row header, row title or the table's caption
    or heading states (:data:`HEADER_SCALE`), the column's first, with the currency said
    before it ("" if none); None if none does."""
    for header in (cell.column, cell.row, cell.row_title, cell.heading):
        found = HEADER_SCALE.search(header) if header else None
        if found is not None and found.group("trailing"):
            # "2024 £m", "2023/24 £000": a year's column in a currency's scale
            word = found.group("trailing_scale").lower().lstrip("'’‘").strip()
            return _SCALE_WORDS[word], found.group("trailing")
        if found is not None and found.group("whole"):
            # "£ billion per year", "US$ millions": a header that is a currency's scale alone
            return _SCALE_WORDS[found.group("whole_scale").lower()], found.group("whole")
        if found is not None:
            word = found.group("scale").lower().lstrip("'’‘").strip()
            if word in ("m", "k") and not found.group("currency"):
                return None  # "Height (m)": metres, not millions, whatever is said above
            counted = (found.group("counted") or "").lower()
            return _SCALE_WORDS[word], found.group("currency") or _CURRENCY_WORDS.get(counted, "")
        if header is cell.column and "(" in header:
            return None  # the column states its own unit ("Weight (kg)"): no scale from above
    return None


def scaled_by_header(quantity: Quantity, cell: CellText) -> float | None:
    """The scale :func:`with_header_scale` reads ``quantity`` at from its cell's headers, or
    None where it reads none (a percentage, a cell with its own scale, no scale stated)."""
    if quantity.kind not in SCALED_KINDS or quantity.per is not None or quantity.statistic:
        return None
    if OWN_SCALE.search(quantity.text):
        return None
    stated = header_scale(cell)
    return None if stated is None else stated[0]


def with_header_scale(quantity: Quantity, cell: CellText) -> Quantity:
    """``quantity`` multiplied by the scale its cell's headers state (``15.2`` under ``People
    blind (millions)`` is 15,200,000), when it states none of its own and is a count, money
    or a bare number; otherwise unchanged."""
    if scaled_by_header(quantity, cell) is None:
        return quantity
    scale, currency = header_scale(cell) or (1.0, "")
    scaled = quantity.replaced(
        low=None if quantity.low is None else quantity.low * scale,
        high=None if quantity.high is None else quantity.high * scale,
    )
    if currency and scaled.unit is None and (money := read_as_unit(currency)) is not None:
        # "Cost (£m)": the cells are pounds too
        scaled = scaled.replaced(unit=money.unit, kind=money.kind)
    return scaled
