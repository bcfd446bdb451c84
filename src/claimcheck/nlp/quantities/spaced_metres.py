"""A spaced ``m`` after a number as metres: ``above 2,000 m``, ``at altitudes of 3,500 m``,
``walk 400 m``. A single spaced letter is refused as a unit (``5 m`` may be five million in
news style), so an altitude or a distance lost its unit and read as a bare number. It is
metres only where the sentence says so: a bound on a height (``above``, ``below``, ``over``,
``under`` right before the number), a word of height or distance in the same clause, or a
conversion to feet or yards in brackets right after (``up to 10 m (33 ft)``, a device's
wireless range, s57x). Money
(``£2 m``) and a counted noun after (``20 m people``) stay millions, read before this."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

HEIGHT_BOUND_BEFORE = re.compile(
    rf"(?<![\w])(?i:above|below|over|under|beyond|exceeding){H}+[\d][\d,.]*\Z"
)
DISTANCE_WORDS = re.compile(
    r"(?i:\b(?:altitudes?|elevations?|sea[ -]level|heights?|high|tall|long|deep|away"
    r"|distances?|walk\w*|run|runs|running|swim\w*|sprint\w*|climb\w*|ascen\w+|descen\w+)\b)"
)
IMPERIAL_AFTER = re.compile(
    rf"{H}*\({H}*(?:~|≈|about{H}+|approx\.?{H}+)?\d[\d,.]*{H}*(?i:ft|feet|foot|yd|yds|yards?)\b"
)
"""The same length in feet or yards, bracketed right after the ``m``."""
CLAUSE = re.compile(r"[^.;:!?\n]*")
CLAUSE_BEFORE = re.compile(r"[^.;:!?\n]*\Z")


def spaced_metres(text: str, start: int, end: int) -> bool:
    """Whether the spaced ``m`` between ``start`` (right after its number) and ``end`` is
    metres."""
    if HEIGHT_BOUND_BEFORE.search(text, max(0, start - 40), start):
        return True
    if IMPERIAL_AFTER.match(text, end):
        return True  # "up to 10 m (33 ft)": a length said twice
    before = CLAUSE_BEFORE.search(text, max(0, start - 120), start)
    after = CLAUSE.match(text, end)
    return bool(
        (before and DISTANCE_WORDS.search(before.group()))
        or (after and DISTANCE_WORDS.search(after.group()[:80]))
    )
