"""Even chances: ``a 50-50 chance``, ``a 50:50 risk``, ``a fifty-fifty chance``, ``the odds are
50/50``. Genetics pages say it of every autosomal dominant condition (``each child has a 50:50
chance of inheriting it``): a share of one half, a figure to check like ``1 in 2``. Read only
where a word of chance stands next to it, because ``50:50`` is also a mix (``a 50:50 blend``)
and ``50-50`` a score or a split of money."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

CHANCE_WORDS = r"chances?|odds|risk|probability|likelihood|possibility|shot|bet"
EVEN = rf"(?:50{H}*[-–:/]{H}*50|(?i:fifty)[-{H[1:-1]}](?i:fifty))"
EVEN_CHANCE = StartScanned(
    re.compile(
        rf"(?<![\w.,:/-])(?P<before>{EVEN})(?=(?:{H}+[a-z]+)?{H}+(?i:{CHANCE_WORDS})\b)"
        rf"|\b(?i:odds|chances?){H}+(?i:are|were|is|was){H}+(?P<after>{EVEN})(?![\w:/-]|[.,]\d)"
    )
)
"""A 50-50 before a word of chance (``a 50:50 chance``, ``a fifty-fifty genetic risk``), or
after ``the odds are``/``chances are``."""


def even_chances(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Each even chance in ``text`` as a proportion of 0.5, outside the ``taken`` spans."""
    found = []
    for match in EVEN_CHANCE.finditer(text):
        group = "before" if match.group("before") else "after"
        begin, finish = match.span(group)
        if any(start < finish and begin < end for start, end in taken):
            continue
        found.append(
            Quantity(
                text=match.group(group),
                start=begin,
                end=finish,
                low=0.5,
                high=0.5,
                unit="proportion",
                kind="proportion",
            )
        )
    return found
