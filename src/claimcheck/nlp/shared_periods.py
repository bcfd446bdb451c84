"""A period said once after coordinated counts is the period of each.

Public-health copy lists the counts of a burden and says the period once, at the end: "about
3,000 admissions and 40 deaths a year", "12 new cases, 5 deaths and 3 transfers each week",
"200 strokes and 50 deaths annually". The period is the list's, as a unit said once after a
coordinated list is (``5 and 10 mg``): read alone, "3,000 admissions" is a count with no
period, which matches no claim of admissions a year, and a wrong yearly figure passes unseen.

So a count (a number with its counted noun, no rate, statistic or bound of its own) takes the
period of the rate right after it in the list when nothing but ``,``, ``and``, ``or`` or ``,
and`` stands between them, and that rate is a count said per a unit of time with the period
at its end (``a year``, ``per day``, ``each week``, ``every month``, ``annually``). A count
set off by any other word (``3,000 admissions in 2019 and 40 deaths a year``, ``300 beds and
saw 40 deaths a day``) keeps its own reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

PERIOD_AT_END = re.compile(
    r"\s(?:(?:a|an|per|each|every)\s+(?:year|month|week|day|night)"
    r"|annually|yearly|monthly|weekly|daily|nightly)$",
    re.IGNORECASE,
)
"""A period that ends a rate's text: ``40 deaths a year``, ``3 transfers each week``, ``50
deaths annually`` (never a population's ``per 100,000``)."""
STANDING_NOUNS = frozenset(
    """beds wards staff nurses doctors gps physicians surgeons midwives employees workers
    members volunteers clinics hospitals practices pharmacies sites centres centers units
    services ambulances""".split()
)
"""What a service has rather than what happens in it: ``300 beds and 40 admissions a day`` is
300 beds (no beds a day), while ``300 admissions and 40 deaths a day`` are both per day."""
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*", re.IGNORECASE)
"""What joins two counts of one list: a comma, ``and``, ``or``, ``, and``."""


def _is_timed_rate(quantity: Quantity) -> bool:
    """A count per a unit of time whose period ends its text (``40 deaths a year``)."""
    return (
        quantity.kind == "rate"
        and quantity.per is not None
        and quantity.unit is not None
        and quantity.unit.endswith(f"/{quantity.per}")
        and quantity.statistic is None
        and PERIOD_AT_END.search(quantity.text) is not None
    )


def _is_plain_count(quantity: Quantity) -> bool:
    """A number with its counted noun and nothing else: ``about 3,000 admissions``."""
    return (
        quantity.kind == "count"
        and quantity.unit is not None
        and "/" not in quantity.unit
        and quantity.per is None
        and quantity.statistic is None
        and quantity.role is None
        and quantity.unit.split()[-1].lower() not in STANDING_NOUNS
    )


def with_shared_periods(quantities: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's, in order) with each count of a list that ends in a rate
    per a unit of time read per that period too; otherwise unchanged."""
    if len(quantities) < 2 or not any(_is_timed_rate(q) for q in quantities):
        return quantities
    read = list(quantities)
    for index in range(len(read) - 1, 0, -1):
        later, earlier = read[index], read[index - 1]
        if not (_is_timed_rate(later) or later is not quantities[index]):
            continue
        if not _is_plain_count(earlier):
            continue
        if not LIST_JOIN.fullmatch(text[earlier.end : later.start]):
            continue
        period = later.per
        read[index - 1] = replace(earlier, unit=f"{earlier.unit}/{period}", per=period, kind="rate")
    return tuple(read)
