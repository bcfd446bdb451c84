"""Fractions and mixed numbers: ``¾``, ``1½``, ``1/16``, ``2 1/2``, ``six and a half``.

Kept apart from :mod:`numbers` (whole numerals and number words) because a slash fraction
looks like a date (``3/4``) and must prove itself by what follows it.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

VULGAR = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip
"""Unicode's vulgar fraction characters and their values."""

FRACTION_NUMERAL = (
    rf"(?:\d{{1,3}}{H}?)?[{''.join(VULGAR)}]"
    rf"|(?:\d{{1,3}}(?:{H}+|-(?=\d[/⁄]\d{{1,2}}(?:{H}+[A-Za-z]|{H}?%))))?"
    rf"\d{{1,2}}[/⁄]\d{{1,3}}(?![\d/⁄])"
)
"""A numeral fraction, possibly after a whole number: ``¾``, ``1½``, ``1/16``, ``2 1/2``, and
the whole hyphened to its fraction as US recipes, labels and older rate tables write it
(``1-1/2 cups``, ``2-3/4 inches``, ``4-1/2%``: one digit over at most two, then a word or a
percent sign)."""

_WHOLE_AND_SLASH = re.compile(
    rf"(?:(?P<whole>\d{{1,3}})(?:{H}+|-))?(?P<num>\d{{1,2}})[/⁄](?P<den>\d+)"
)
_WHOLE_AND_VULGAR = re.compile(rf"(?P<whole>\d{{1,3}})?{H}?(?P<vulgar>[{''.join(VULGAR)}])")

HALF_AFTER = re.compile(
    rf"(?:{H}+and{H}+|-and-)(?P<num>a|one|two|three|four|seven)(?:{H}+|-)"
    rf"(?P<part>half|quarters?|thirds?|fifths?|eighths?)\b",
    re.IGNORECASE,
)
"""``six and a half``, ``five and one-half``, ``one and a quarter``, ``two and three quarters``,
``one and three-quarter hours``, ``two and two-thirds``, and hyphenated as one word
(``one-and-a-half hours``): a part of one added to the number before (the part below one:
``and four thirds`` is not read)."""
PART_OF_ONE = {"half": 2, "quarter": 4, "third": 3, "fifth": 5, "eighth": 8}
_NUMERATOR = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "seven": 7}


def part_after(found: re.Match[str]) -> float | None:
    """What a :data:`HALF_AFTER` match adds (0.5, 0.25, 1/3, 0.75, 2/3 …), or None when the
    part is one or more (``and three halves``)."""
    numerator = _NUMERATOR[found.group("num").lower()]
    denominator = PART_OF_ONE[found.group("part").lower().removesuffix("s")]
    return numerator / denominator if numerator < denominator else None


def parse_fraction(surface: str) -> float | None:
    """The value of a :data:`FRACTION_NUMERAL`, or None for a slash that is no fraction
    (the part must be smaller than the whole, the whole not zero: ``3/4`` yes, ``5/3`` no)."""
    if found := _WHOLE_AND_VULGAR.fullmatch(surface):
        return float(found.group("whole") or 0) + VULGAR[found.group("vulgar")]
    found = _WHOLE_AND_SLASH.fullmatch(surface)
    if not found:
        return None
    numerator, denominator = int(found.group("num")), int(found.group("den"))
    if denominator == 0 or numerator >= denominator:
        return None
    return float(found.group("whole") or 0) + numerator / denominator


def is_slash(surface: str) -> bool:
    """Whether the fraction is written with a slash (and so could be a date)."""
    return "/" in surface or "⁄" in surface
