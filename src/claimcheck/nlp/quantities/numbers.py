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
    "lac": 1e5,  # the older spelling of lakh, still common in Indian news ("3.3 lac people")
    "crore": 1e7,
}
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9,
    "B": 1e9, "tn": 1e12, "trn": 1e12, "MM": 1e6, "Mio": 1e6, "Mrd": 1e9, "Mld": 1e9,
    "bln": 1e9, "Bn": 1e9, "Mn": 1e6, "cr": 1e7, "L": 1e5,
}  # fmt: skip
"""``Mio``/``Mrd`` are German and Dutch (``€ 3,9 Mio.``), ``Mld`` Italian: million and
milliard (a thousand million). ``bln``, ``Bn`` and ``Mn`` are the wire services' spellings
(``$3.1 bln``, ``USD 12.5 Mn``); ``cr`` (crore) and ``L`` (lakh) are Indian, and the finder
reads them only after rupees or before a counted noun (``Rs. 2.5 cr``, ``₹5L``)."""
MULTIPLE_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "hundredfold": 100, "double": 2,
    "triple": 3, "quadruple": 4, "thousandfold": 1000,
}  # fmt: skip
MULTIPLE_WORDS |= {
    f"{word}fold": value for word, value in (*ONES.items(), *TENS.items()) if value > 1
}
"""Every number word up to ninety with ``fold`` joined (``twelvefold``, ``fifteenfold``,
``twentyfold``, ``fortyfold``), as dictionaries spell them: the joined word is one multiple
as ``tenfold`` is, and ``fifteen-fold`` (hyphened) is read as a number word and ``-fold``."""

_NUMBER_WORD = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_SCALE_WORD = "|".join(SCALES)
_HYPHEN_SCALE_WORD = "million|billion|trillion|lakh|crore"
"""Scale words a hyphen may join to a numeral, as a compound adjective before a noun (``a
$1.2-million grant``, ``a 10-million-dose order``, the Canadian Press and AP style): the
large ones only, since ``a 2-hundred`` is no style and a ``thousand`` after a hyphen is rare."""

DOT_DECIMALS = r"(?:\.\d+|·(?!10(?:\^|\*|[⁰¹²³⁴⁵⁶⁷⁸⁹⁻(]|[eE][-+]?\d))\d+)"
"""The decimals after a decimal point: a full stop, or the raised point (U+00B7, ``57·4``) of
The Lancet and other British journals, unless what follows it is a power of ten (``5·10^8``,
``5·10⁸``: a times sign)."""
PLAIN_DIGITS = (
    rf"(?:\d{{1,3}}(?:,\d{{3}}){{1,6}}{DOT_DECIMALS}?|\d{{1,15}}(?!\d){DOT_DECIMALS}?|\.\d+)"
)
"""A numeral in the compact English style: comma thousands, decimal point (``3,756.5``).

Every numeral pattern is bounded (at most 15 digits ungrouped, six groups after the first,
two-digit exponents) so that every value is a finite float: a longer run of digits is an
identifier, not a figure, and ``10^999`` is no quantity anyone writes."""

GROUPING_SPACES = " \u00a0\u2009\u202f"
"""Spaces that group thousands: space, no-break (U+00A0), thin (U+2009), narrow no-break
(U+202F), the styles of SI, ISO 80000 and most of Europe (``1 250 000``)."""
_GROUPING_APOSTROPHES = "'’"


def _grouped_by(sep: str) -> str:
    """Thousands grouped by ``sep``, one separator throughout. A decoded HTML entity
    (``12&nbsp;500``) leaves blank padding after it in the analysis text, so a typeset space
    may be followed by plain spaces; a plain space may not. After a space grouping the
    decimal mark may be a comma (``1 250,5``), after an apostrophe only a point."""
    padding = " *" if sep in GROUPING_SPACES[1:] else ""
    decimals = rf"(?:,\d+|{DOT_DECIMALS})?" if sep in GROUPING_SPACES else r"(?:\.\d+)?"
    return rf"(?!0)\d{{1,3}}(?:{re.escape(sep)}{padding}\d{{3}}(?!\d)){{1,6}}{decimals}"


_GROUPED = "".join(f"|{_grouped_by(sep)}" for sep in GROUPING_SPACES + _GROUPING_APOSTROPHES)
_ZERO_SPACED = (
    rf"|(?<![\d.,])0[{GROUPING_SPACES}]\d{{2,4}}(?![\d.,]\d|{H}*[-–—]|[{GROUPING_SPACES}]\d)"
    rf"(?!{H}*(?i:and|or|to|in|of|the|yrs?|mos?|wks?|days?|hrs?|mins?)\b)"
    rf"(?={H}*(?:%|[µμ€$£]|[A-Za-z]{{1,4}}(?:/[A-Za-z]{{1,4}})?(?![A-Za-z])))"
)
"""A zero, one space, then two to four digits and a unit (a sign or a short symbol, no word
of time): ``0 014 mSv``, ``0 05 mg/L``, ``0 001%``, ``0 50 EUR``. A zero never opens a group
of thousands, so the space stands for a decimal point that a PDF's text layer or an odd style
lost (0.014 mSv, never 14 nor 14,000). A period, a second figure (``0 12 to 18``) or a range
stays as it was."""
_DECIMAL_COMMA = (
    r"|(?<!\d,)\d{1,3},(?:\d{1,2}|\d{4,})(?!\d)(?!,\d)"
    rf"(?!{H}*(?:,{H}*)?(?:and|or|&)?{H}*\d+(?![.,]\d))"
)
_EUROPEAN = r"|\d{1,3}(?:\.\d{3}(?!\d)){1,6},\d{1,2}(?!\d|[.,]\d)"
"""Points grouping thousands before a decimal comma: ``1.234,56``, ``12.345.678,9``. The
shape has no English reading, so it is one number, never two figures cut at the comma; a
full stop after it ends the sentence (``The grant was EUR 1.234,56.``)."""
_LEADING_DECIMAL_COMMA = (
    rf"|(?<![\w.,]),\d{{1,2}}(?={H}*(?:€|EUR\b|kr\b|zł|Kč|PLN\b|CZK\b|DKK\b|SEK\b|NOK\b))"
)
"""A decimal comma with no whole part, before a currency of a decimal-comma country: ``,89 €``
(0.89 EUR), as ``.5`` is 0.5."""
POWER_OF_TEN = r"10(?:\^|\*\*)[-−]?\d{1,2}(?!\d)|10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"
"""A bare power of ten: ``10^6``, ``10**6``, ``10⁶``, ``10^-3``."""

DIGITS = (
    r"(?:\d{1,2}(?:,\d\d){1,6},\d{3}(?!\d)(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3}(?!\d)){1,6}(?:\.\d+)?"
    + _EUROPEAN
    + _LEADING_DECIMAL_COMMA
    + _ZERO_SPACED
    + _GROUPED
    + _DECIMAL_COMMA
    + rf"|{POWER_OF_TEN}"
    + r"|\d{1,3}(?:\.\d{3}(?!\d)){2,6}(?![.,]\d)"
    + rf"|\d{{1,15}}(?!\d){DOT_DECIMALS}?(?:[eE][-+]?0{{0,3}}\d{{1,2}}(?!\w))?|\.\d+"
    + r"|(?<![\w.·])·\d+(?![\d·]))"
)
"""A numeral, in any of the written styles this reader accepts (README "What counts"):

- comma thousands ``3,756`` and Indian lakh grouping ``2,35,000`` (the last group three
  digits, the others two);
- thousands grouped by a space, no-break, thin or narrow no-break space (``1 250 000``,
  decimals after a point or a comma) or by an apostrophe (``1'200``, Swiss style): every
  group after the first exactly three digits, the first one to three digits, one separator
  throughout, so ``ages 18 65`` and ``in 2019 12 patients`` never join;
- a decimal comma where no thousands reading fits: ``12,5``, ``3,75``, ``0,8`` (one or two
  digits, or four and more, after the comma), never in a list (``1,8,15``, ``5,10 and 20``);
  ``1,250`` with exactly three digits stays one thousand two hundred and fifty;
- thousands grouped by points, two or more of them (``12.500.000``: never a decimal), or
  one or more before a decimal comma (``1.234,56``, the continental European style);
- a decimal comma with no whole part before a currency of a decimal-comma country (``,89 €``);
- a raised decimal point (``57·4``, ``1 234·5``: The Lancet's style), also with no whole
  part, as ``.02`` is written (``P = ·02``, ``p<·001``: the older British journals' P values);
- E notation ``5e8``, ``5.0E+08``, ``3.6E+004`` (leading zeros in the exponent, as
  spreadsheets write it), a bare power of ten ``10^6`` / ``10⁶``, decimals ``.5``.

Whitespace grouping is further refused by the finder where context says two figures
(``Phase 3 200 patients``, ``2 500 mg tablets``); see ``finder``.
"""

_TENS_WORD = "|".join(TENS)
_UNIT_WORD = "|".join(word for word, value in ONES.items() if 1 <= value <= 9)
_HYPHENED_AFTER_COMPOUND = (
    r"-(?=(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|fold"
    r"|percent|per-cent)\b)"
)
"""A period, ``fold`` or ``percent`` hyphened after a compound number word, which ends it as an
adjective (``a twenty-four-hour wait``, ``a fifty-two-week course``): the compound is one
number, never a range ``fifty–two`` of weeks."""
_WORD_UNIT = (
    rf"(?:(?:{_TENS_WORD})(?:[-{H[1:-1]}](?:{_UNIT_WORD})(?!\w|-(?!{_HYPHENED_AFTER_COMPOUND[1:]})))?"
    rf"|(?:{_NUMBER_WORD}))"
)
"""One number word, or a tens word and a unit joined (``twenty-five``, ``seventy five``,
``twenty-four-hour``). No other pair is one number: ``two-three times a day`` and
``five-seven days`` are ranges, and ``fifty-fifty`` is no hundred."""
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"
_SCORE = (
    rf"(?:(?:two|three|four|five|six|seven|eight|nine)[-{H[1:-1]}]?score"
    rf"(?:{H}+and{H}+(?:{_UNIT_WORD}|ten)\b)?)(?![-\w]|{H}+(?:of|on|in|for|at|is|was|were|points?)\b)"
)
"""An old score of twenty said with its count (``four score`` 80, ``threescore and ten`` 70);
never a test's score (``a score of 4``, ``four score points``)."""
_PARTS_AFTER = rf"{H}+(?:quarters|thirds|fifths|eighths)\b"
"""A plural part after a number word that follows a scale and ``and``: ``a million and three
quarters`` is 1.75 million (the part is read by the finder's ``HALF_AFTER``), never a
million and three, then "quarters"."""
WORDS = (
    rf"(?:an?{H}+couple(?:{H}+of)?{H}+(?:{_SCALE_WORD})\b|{_SCORE}"
    rf"|half{H}+a{H}+(?:{_SCALE_WORD}|dozen)|(?:a{H}+)?half[-{H[1:-1]}]dozen"
    rf"|(?:an?{H}+)?half[-{H[1:-1]}](?:{_HYPHEN_SCALE_WORD})\b"
    rf"|(?:hundred|thousand){H}+and{H}+{_WORD_UNIT}(?![-\w]|{_PARTS_AFTER})"
    rf"|(?:an?{H}+|(?:one|two|three)[-{H[1:-1]}])?(?:quarters?|thirds?)[-{H[1:-1]}]"
    rf"(?:{_HYPHEN_SCALE_WORD})\b"
    rf"|an?{H}+(?:dozen|thousand(?:{H}+{_WORD_UNIT}{H}+hundred(?![-{H[1:-1]}]+(?:{_SCALE_WORD}))"
    rf"(?:{H}+and{H}+{_WORD_UNIT}(?![-\w]|{_PARTS_AFTER}))?|{H}+and{H}+{_WORD_UNIT}(?![-\w]|{_PARTS_AFTER}))?"
    rf"|(?:{_SCALE_WORD})(?:{H}+and{H}+{_WORD_UNIT}(?![-\w]|{_PARTS_AFTER}))?)"
    rf"|{_WORD_UNIT}(?:{H}+(?:{_SCALE_WORD}|dozen)"
    rf"(?:{H}+(?:and{H}+)?{_WORD_UNIT}(?!{_PARTS_AFTER})|(?<=thousand),{H}+{_WORD_UNIT}(?={H}+hundred\b))?)*"
    rf"(?:(?<![Aa]t one)(?<![Aa]t some){H}+point(?:{H}+{_DIGIT_WORD})+)?)"
)
"""Spelled-out numbers: ``seventy``, ``twenty-five``, ``two hundred and fifty``, ``a dozen``,
``a thousand six hundred and fifty-five``, ``a half-million`` (500,000), ``two thousand, one
hundred and three`` (a comma
after ``thousand`` joins only a count of hundreds; ``two thousand, three were ill`` stays two
figures, and ``a million, two hundred beds`` a list),
and decimals said aloud: ``ninety-nine point five`` (99.5), ``two point oh five`` (never the
idiom ``at one point``); a vague round amount, ``a couple hundred`` (about 200, see
:func:`is_vague_words`), and an old score (``four score`` 80)."""

SCALE_AFTER = re.compile(
    rf"(?:{H}*(?P<abbr>bln|bn|Bn|mn|Mn|mln|mil|tn|trn|MM|Mio|Mrd|Mld|cr|[kKmMbBL])(?![\w²]|2\b)"
    rf"|(?:{H}+|-(?=(?:{_HYPHEN_SCALE_WORD})\b))(?P<word>(?:{_SCALE_WORD}|dozen)s?)\b)"
    rf"(?:{H}+(?P<word2>{_SCALE_WORD})\b)?"
)
"""A scale after a numeral: ``1.2 million``, ``4 hundred million``, ``25k``, ``$3bn``, and
``dozen`` (``2 dozen eggs`` is 24 eggs)."""


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_MARKS = frozenset("^*⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_GROUPING_MARKS = re.compile(f"[{GROUPING_SPACES}{_GROUPING_APOSTROPHES}]")


def parse_digits(surface: str) -> float:
    """The value of a :data:`DIGITS` numeral: ``3,756`` 3756.0, ``27.7``, ``2,35,000``
    235000.0, ``1 250,5`` 1250.5, ``12,5`` 12.5, ``0,125`` 0.125, ``5.0E+08``, ``10^-3``.

    A comma is a decimal comma when the numeral is grouped by spaces or apostrophes, or when
    it is the only comma and is not followed by exactly three digits (or follows a lone 0);
    otherwise commas group thousands."""
    if surface.isdecimal():
        return float(surface)
    surface = surface.replace("·", ".")  # "57·4": a raised decimal point
    if surface[:2] == "10" and len(surface) > 2 and surface[2] in _POWER_MARKS:
        exponent = surface[2:].lstrip("^*").replace("−", "-").translate(_SUPERSCRIPTS)
        return power_of_ten(int(exponent))
    if "." in surface and "," in surface and surface.rindex(",") > surface.rindex("."):
        return float(surface.replace(".", "").replace(",", "."))  # "1.234,56": European
    if surface.count(".") > 1:  # "12.500.000": points group thousands
        return float(surface.replace(".", ""))
    if surface[:1] == "0" and surface[1:2] in GROUPING_SPACES and surface[2:].isdecimal():
        return float("0." + surface[2:])  # "0 014": a lost decimal point, never 14
    grouped = _GROUPING_MARKS.search(surface) is not None
    digits = _GROUPING_MARKS.sub("", surface)
    if "," in digits and (grouped or _is_decimal_comma(digits)):
        return float(digits.replace(",", "."))
    return float(digits.replace(",", ""))


def power_of_ten(exponent: int) -> float:
    """10 to the ``exponent``; ``inf`` or 0.0 past a float's range, never OverflowError (the
    finder drops a figure whose value is not finite)."""
    return float(f"1e{exponent}")


def _is_decimal_comma(digits: str) -> bool:
    """``12,5`` and ``0,125`` have a decimal comma; ``1,250`` and ``2,35,000`` group."""
    whole, _, fraction = digits.partition(",")
    if "," in fraction or "." in fraction:
        return False
    return len(fraction) != 3 or whole == "0"


def parse_words(surface: str) -> float:
    """The value of a spelled-out number; scale words multiply what precedes them."""
    words = [word for word in re.split(r"[\s\-,]+", surface.lower()) if word]
    if "point" in words:  # "ninety-nine point five": the digits after "point" are decimals
        at = words.index("point")
        digits = "".join(str(ONES.get(word, 0)) for word in words[at + 1 :])
        return parse_words(" ".join(words[:at])) + float(f"0.{digits}")
    if words[:2] == ["half", "a"]:
        return 0.5 * (12.0 if words[2] == "dozen" else SCALES[words[2]])
    if words[-2:] == ["half", "dozen"]:  # "a half dozen", "half-dozen"
        return 6.0
    if len(words) in (2, 3) and words[-2] == "half" and words[-1] in SCALES:
        return 0.5 * SCALES[words[-1]]  # "a half-million", "half million": 500,000
    if (
        len(words) in (2, 3)
        and words[-2].rstrip("s") in ("quarter", "third")
        and (words[-1] in SCALES)
    ):  # "a quarter million" 250,000, "three-quarter million" 750,000, "a third-billion"
        parts = ONES.get(words[0], 1) if len(words) == 3 else 1
        return parts * SCALES[words[-1]] / (4 if words[-2].startswith("quarter") else 3)
    total = 0.0
    current = 0.0
    for word in words:
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word in ("a", "an"):
            current = 1.0
        elif word == "couple":  # "a couple hundred": about two hundred
            current = 2.0
        elif word in ("score", "threescore", "fourscore"):  # "four score": 4 × 20
            current = (current or ONES.get(word[:-5], 1.0)) * 20
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in SCALES:
            total += (current or 1.0) * SCALES[word]
            current = 0.0
    return total + current


def is_vague_words(surface: str) -> bool:
    """A spelled amount that is only about its value: ``a couple hundred`` (200, approximate)."""
    return "couple" in surface.lower()


def trailing_scale(surface: str) -> float:
    """The scale word a spelled-out number ends with (``five thousand`` -> 1000), else 1."""
    last = re.split(r"[\s\-]+", surface.lower())[-1]
    return SCALES.get(last, 1.0) if last != "hundred" else 1.0


def scale_value(match: re.Match[str]) -> float:
    """The multiplier a :data:`SCALE_AFTER` match stands for (``hundred million`` stacks)."""
    if match.group("abbr"):
        factor = SCALE_ABBREVIATIONS[match.group("abbr")]
    else:
        word = match.group("word").lower().rstrip("s")
        factor = 12.0 if word == "dozen" else SCALES[word]
    if match.group("word2"):
        factor *= SCALES[match.group("word2").lower()]
    return factor
