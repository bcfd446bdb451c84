"""A rate said before its numbers: ``Per 100,000 women, 8 were diagnosed``.

Surveillance tables and their prose often name the population first and then give bare
numbers: ``Per 100,000 women, 8 were diagnosed``, ``Rate per 1,000: 6.2``, ``Incidence per
100,000 population: 12.4 in men and 9.1 in women``. Read alone, each number is bare and matches
no rate claim, so a right rate is unsupported and a wrong one passes unseen. The rule: a
phrase ``per N [people]`` ending in a comma or colon before the sentence's first figure (the
sentence's opening words, at most four before ``per``) gives its population to every bare
number after it in the sentence; a counted figure (``4 babies``) keeps its own noun.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.cell_units import read_as_unit
from claimcheck.nlp.quantity import Quantity

RATE_LEAD = re.compile(
    r"\W*(?:[A-Za-z][\w-]*\s+){0,4}?(?P<rate>per\s+(?:\d{1,3}(?:[,\s]\d{3})+|\d+"
    r"|(?:a\s+)?(?:thousand|million))(?:\s+[A-Za-z][\w-]*){0,3}?)\s*[:,]",
    re.IGNORECASE,
)
"""The opening words up to a rate's population and the comma or colon after it (matched at the
sentence's start)."""


def with_rate_lead(quantities: tuple[Quantity, ...], text: str, start: int) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's, offsets into ``text``; the sentence starts at
    ``start``) with each bare number after an opening ``per N …,`` given that population;
    otherwise unchanged."""
    if not quantities or "per" not in text[start : quantities[0].start].lower():
        return quantities
    lead = RATE_LEAD.match(text, start, quantities[0].start)
    if lead is None:
        return quantities
    rate = lead.group("rate")
    read = read_as_unit(rate[:1].lower() + rate[1:])  # "Per 100,000 women" opening a line
    if read is None or read.per is None:
        return quantities
    return tuple(
        replace(q, unit=read.unit, kind=read.kind, per=read.per) if q.unmeasured else q
        for q in quantities
    )
