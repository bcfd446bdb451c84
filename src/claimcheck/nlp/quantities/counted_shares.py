"""n/N people: a count of people over their whole, as trials report it, is a share.

``45/60 patients``, ``14/56 respondents``, ``112/150 participants``, ``1,234/2,000 adults``:
the share 0.75, 0.25, 0.747, 0.617 (unit ``proportion``), never "0.75 patients". A slash
reads as a share only before a plural noun of people (:data:`SHARE_NOUNS`) or with its
percentage restated in brackets (:mod:`restated_shares`); elsewhere the same shape is a date,
a blood pressure, a score or a ratio, and those readings stay. Even before a noun of people
it is none

- at the opening of a clause after ``On``/``Dated`` when it is shaped as a day and month (``On
  1/12 patients were seen``: the first of December),
- in the first row of a table, which names columns (``| 30/40 women | 36/40 women |``),
- as weeks of a pregnancy (``At 30/40 women are offered …``, :mod:`shorthand`), and
- for a large count (past what :data:`fractions.FRACTION_NUMERAL` reads), a month and a
  year (``In 3/2020 patients were recalled``).

The count is exact, unlike odds (``1 in 25``) or a fraction said as one (``3/4``, ``7 out of
10``): :func:`is_counted_share` tells the verdict so, which then holds it to the source's own
rounding (``27/33`` is 81.8%, an 82% source's figure; ``44/60`` is 73.3%, not a 75%).
"""

from __future__ import annotations

import re

from claimcheck.documents.document import BLOCK_BREAK
from claimcheck.nlp.quantities import lexicon
from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.groups import NOUNS
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity
from claimcheck.nlp.tables import in_first_row

SHARE_NOUNS = (
    NOUNS - {"those", "them", "anyone", "everyone", "someone", "population", "group", "cohort"}
) | frozenset(
    """respondents responders non-responders nonresponders inpatients outpatients controls
    clients carers caregivers interviewees attendees""".split()
)
"""Nouns of the people a count of a whole counts (``45/60 patients``, ``14/56 respondents``)."""

NOUN_AFTER = re.compile(rf"{H}+(?P<noun>[a-z][a-z-]*)\b")

DATE_WORD_BEFORE = re.compile(rf"(?<![\w])(?:On|on|Dated|dated){H}+\Z")
CLAUSE_BREAKS = "\n\u2028\u2029.!?;:"
"""What ends the clause before a word that opens the next one (the masked text blanks
markup to spaces, so only these and spaces stand before it)."""

LARGE_COUNT = StartScanned(
    re.compile(
        r"(?<![\w/⁄.,])(?P<part>\d{1,3}(?:,\d{3})+|\d{1,6})/"
        r"(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,7})(?![\w/⁄]|[.,]\d)"
    )
)
"""A count of a whole in digits too long for a numeral fraction: ``112/150``, ``1,234/2,000``
(its matches start runs of digits: tried at those, :class:`StartScanned`)."""
PERCENT_RESTATED = re.compile(rf"{H}*[(\[]{H}*\d{{1,3}}(?:\.\d+)?{H}*%{H}*[)\]]")

COUNTED = re.compile(
    rf"(?P<part>\d[\d,]*(?:{H}\d{{3}})*)(?:{H}*/{H}*|{H}+(?:out{H}+)?of{H}+)"
    rf"(?P<whole>\d[\d,]*(?:{H}\d{{3}})*)(?![\d.])",
    re.IGNORECASE,
)
"""A count of a whole in digits, by slash or ``of`` (``27/33``, ``27 147 of 33 839``)."""
ROUND_WHOLE = 10
"""A whole of at most ten (``3/4``, ``7 out of 10``) is a fraction said as one, not a count."""


def names_people_after(text: str, end: int) -> bool:
    """Whether a noun of people (:data:`SHARE_NOUNS`) follows ``end``."""
    noun = NOUN_AFTER.match(text, end)
    return bool(noun) and noun.group("noun") in SHARE_NOUNS


def _opens_a_clause(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\u00a0\u202f\u2009")
    return not before or before[-1] in CLAUSE_BREAKS


def said_as_no_share(text: str, start: int, part: int, whole: int) -> bool:
    """Whether the slash count ``part``/``whole`` at ``start`` is a date opening its clause
    (``On 1/12 patients …``) or a label in a table's first row, whatever follows it."""
    if part <= 12 and whole <= 31:
        word = DATE_WORD_BEFORE.search(text, max(0, start - 8), start)
        if word and _opens_a_clause(text, word.start()):
            return True
    return BLOCK_BREAK in text and in_first_row(text, start)


def large_counts(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every count of a whole too long for a numeral fraction (``112/150 participants``,
    ``1,234/2,000 adults (61.7%)``) as its share, when a noun of people or its percentage in
    brackets follows (a hedge before it is read too: ``nearly 112/150``); ``taken`` are spans
    already read."""
    found: list[Quantity] = []
    for match in LARGE_COUNT.finditer(text):
        part_text, whole_text = match.group("part"), match.group("whole")
        if len(part_text) <= 2 and len(whole_text) <= 3:
            continue  # a numeral fraction, read with the others
        part, whole = int(part_text.replace(",", "")), int(whole_text.replace(",", ""))
        if not 0 < part < whole or any(s < match.end() and match.start() < e for s, e in taken):
            continue
        if part <= 31 and 1900 <= whole <= 2099:
            continue  # "in 3/2020": a month and a year
        if not (names_people_after(text, match.end()) or PERCENT_RESTATED.match(text, match.end())):
            continue
        if said_as_no_share(text, match.start(), part, whole):
            continue
        start, approx = match.start(), False
        if hedge := lexicon.APPROX_BEFORE.search(text, max(0, start - 40), start):
            start, approx = hedge.start(), True
        found.append(
            Quantity(
                text=text[start : match.end()],
                start=start,
                end=match.end(),
                low=part / whole,
                high=part / whole,
                approx=approx,
                unit="proportion",
                kind="proportion",
            )
        )
    return found


def is_counted_share(quantity: Quantity) -> bool:
    """Whether ``quantity`` is a share written as an exact count of a whole (``27/33``, ``18
    of 24``, ``27 147 of 33 839 (80%)``'s count): a whole past ten and no power of ten, so
    not a fraction said as one (``3/4``, ``7 out of 10``, ``45/100``) nor odds (``1 in 25``)."""
    if quantity.kind != "proportion":
        return False
    counted = COUNTED.search(quantity.text)
    if counted is None:
        return False
    digits = re.sub(r"\D", "", counted.group("whole"))
    whole = int(digits) if digits else 0
    return whole > ROUND_WHOLE and digits.rstrip("0") != "1"
