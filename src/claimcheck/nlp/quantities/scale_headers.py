"""``(£000)``, ``(€ '000)``, ``(in thousands of dollars)``, ``($000s)``, ``£000`` ending a
header: a table's statement of its scale is no figure.

Annual accounts and NHS trust reports head a money column with the currency and three zeros
(thousands) or the scale in words. Read as a figure, ``(£000)`` was £0 and ``(in thousands of
dollars)`` a vague amount of $1,000–10,000, each a figure no registry holds; the cells under
them take the scale instead (:mod:`claimcheck.nlp.cell_scales`). The rule: a currency and
``000``/``'000``/``000s`` with nothing else in its bracket, after a comma or a year, or ending
its line, holds no figure; nor does ``thousands``/``millions``/``billions`` ``of`` a currency
in brackets or after ``in`` (``cost thousands of pounds`` in prose stays the vague amount it
says).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import Gated

_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|[£$€¥₹]|USD|GBP|EUR|AUD|CAD|INR|CHF)"
_ZEROS = r"['’‘]?000s?"
SCALE_HEADER = Gated(
    re.compile(
        rf"(?:(?<=\(){H}*(?:in{H}+)?{_CURRENCY}{H}*{_ZEROS}(?={H}*\))"
        rf"|(?:(?<=,)|(?<=\d)|(?<=^)|(?<=\|)|(?<=\u2029)){H}*{_CURRENCY}{H}*{_ZEROS}{H}*"
        rf"(?=$|\||\n|\u2029)"
        rf"|(?<=\()(?:in{H}+)?(?:thousands|millions|billions){H}+of{H}+[A-Za-z ]{{0,20}}(?=\))"
        rf"|(?<=\bin{H})(?:thousands|millions|billions){H}+of{H}+(?:[A-Z][a-z]+{H}+)?"
        rf"(?:dollars|pounds|euros|francs|rupees)\b)",
        re.IGNORECASE | re.MULTILINE,
    )
)
"""A header's scale said with a currency: ``(£000)``, ``, $000s``, ``(in millions of pounds)``."""


def scale_headers(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that state a table's scale (see the module): no figure."""
    if "000" not in text and "thousands" not in text and "millions" not in text:
        return []
    return [match.span() for match in SCALE_HEADER.finditer(text)]
