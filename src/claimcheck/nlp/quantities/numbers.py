"""Numerals, number words and scale words: the patterns that find them, the parsers that read them.

Kept apart from units and filters so the question "what value does this surface have?" has
one answer, whatever the surrounding words.
"""

from __future__ import annotations

import re

H = r"[ \t\u00a0\u2009\u202f]"
"""Horizontal whitespace: a quantity never crosses a newline (a block boundary)."""

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,  # Indian numbering: ₹25 lakh = 2,500,000
    "crore": 1e7,
}
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9,
    "B": 1e9, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
MULTIPLE_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "double": 2,
    "triple": 3, "quadruple": 4,
}  # fmt: skip

_NUMBER_WORD = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_SCALE_WORD = "|".join(SCALES)

DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
"""A numeral: thousands separators, decimals, a bare leading decimal point."""

_WORD_UNIT = rf"(?:(?:{_NUMBER_WORD})(?:[-{H[1:-1]}](?:{_NUMBER_WORD}))?)"
WORDS = (
    rf"(?:half{H}+a{H}+(?:{_SCALE_WORD})"
    rf"|an?{H}+(?:dozen|{_SCALE_WORD})"
    rf"|{_WORD_UNIT}(?:{H}+(?:{_SCALE_WORD}|dozen)(?:{H}+(?:and{H}+)?{_WORD_UNIT})?)*)"
)
"""Spelled-out numbers: ``seventy``, ``twenty-five``, ``two hundred and fifty``, ``a dozen``."""

SCALE_AFTER = re.compile(
    rf"(?:{H}*(?P<abbr>bn|mn|mln|mil|tn|trn|[kKmMbB])(?![\w²]|2\b)|{H}+(?P<word>(?:{_SCALE_WORD})s?)\b)"
    rf"(?:{H}+(?P<word2>{_SCALE_WORD})\b)?"
)
"""A scale after a numeral: ``1.2 million``, ``4 hundred million``, ``25k``, ``$3bn``."""


def parse_digits(surface: str) -> float:
    """The value of a numeral such as ``3,756`` or ``27.7``."""
    return float(surface.replace(",", ""))


def parse_words(surface: str) -> float:
    """The value of a spelled-out number; scale words multiply what precedes them."""
    words = re.split(r"[\s\-]+", surface.lower())
    if words[:2] == ["half", "a"]:
        return 0.5 * SCALES[words[2]]
    total = 0.0
    current = 0.0
    for word in words:
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ("a", "an"):
            current = 1.0
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
    return total + current


def trailing_scale(surface: str) -> float:
    """The scale word a spelled-out number ends with (``five thousand`` -> 1000), else 1."""
    last = re.split(r"[\s\-]+", surface.lower())[-1]
    return SCALES.get(last, 1.0) if last != "hundred" else 1.0


def scale_value(match: re.Match[str]) -> float:
    """The multiplier a :data:`SCALE_AFTER` match stands for (``hundred million`` stacks)."""
    if match.group("abbr"):
        factor = SCALE_ABBREVIATIONS[match.group("abbr")]
    else:
        factor = SCALES[match.group("word").lower().rstrip("s")]
    if match.group("word2"):
        factor *= SCALES[match.group("word2").lower()]
    return factor
