"""A period hyphened as an adjective before a noun: a length, or the name of a kind.

``a 12-month course``, ``a six-week programme`` and ``a two-week trip`` say how long the thing
lasts: a duration figure (ANNOTATION.md: "durations that are results or facts of a
process"), whether the number is in digits or in words. Digits were read so before any noun
and words only before a list of nouns of a length (course, wait, stay …), so ``a 2-week
trip`` was a figure and ``a two-week trip`` none, ``a 5-year study`` one and ``a three-year
study`` none.

One rule for both now: the period is the length of the noun after it (one word may come
between) unless that noun names a kind of thing by its period, which lasts no such time as a
fact to check: a plan or a strategy (``a five-year plan``, ``the 10-year NHS strategy``: a
plan's horizon, decided before as no figure), a market's ``52-week high``, an
``anniversary``, a forecast's horizon, an age (``five-year-olds``: a group label); nor is
the term of an amount of money said right after it (``a five-year $700,000 grant``). Those
are no figures in digits or words.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

KIND_NAMED = re.compile(
    rf"{H}+(?:[A-Za-z][\w’'-]*{H}+){{0,2}}(?i:plans?|planning|strateg(?:y|ies)|roadmaps?|visions?"
    rf"|frameworks?|agendas?|blueprints?|horizons?|forecasts?|outlooks?|projections?|highs?"
    rf"|lows?|anniversar(?:y|ies)|jubilees?|birthdays?|celebrations?)\b"
    rf"|,?{H}*(?:[$£€¥₹]|(?:US|A|C|NZ|HK|S)\$)"
    # an age said as a kind of person: "five-year-olds", "a three-year-old child"
    r"|[-‐](?i:olds?)\b"
)
"""The nouns a hyphened period before them names a kind of (two words may come between: ``a
three-year network growth forecast``), and an amount of money right after the period, whose
term it is: ``a five-year $700,000 award`` is one figure, the amount (the period is the
award's term, no length of anything to check on its own)."""


def names_a_kind(text: str, end: int) -> bool:
    """Whether the period hyphened before ``end`` is an adjective naming a kind of the noun
    after it (``a five-year plan``, ``a 52-week high``), not how long it lasts."""
    return KIND_NAMED.match(text, end) is not None
