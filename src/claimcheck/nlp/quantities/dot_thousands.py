"""Whether a single point before exactly three digits groups thousands: ``905.677 new
cases`` (905,677) or ``1.200 mg`` (1.2 mg).

The shape alone cannot tell: continental Europe, Brazil, Indonesia and the IARC's own tables
write ``905.677`` for nine hundred thousand, English writes ``1.200`` for one point two. A
fact-checker's worst outcome is a figure read a thousand times too small (a true count
reported as a conflict), so the point groups thousands whenever the figure or its document
says so (:func:`groups_thousands`); otherwise it stays a decimal point, as in English.
"""

from __future__ import annotations

import re
from functools import cached_property

from claimcheck.nlp.quantities import lexicon
from claimcheck.nlp.quantities.first_chars import StartScanned

SINGLE_POINT = re.compile(r"\d{1,3}\.\d{3}")
"""The ambiguous shape, as a whole numeral: one to three digits, a point, three digits."""

EUROPEAN_NUMERAL = StartScanned(
    re.compile(
        r"(?<![\d.,])\d{1,3}(?:\.\d{3}){1,6},\d{1,2}(?!\d|[.,]\d)"
        r"|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,6}(?![\d.]|,\d)"
    )
)
"""A numeral only the European style writes: ``1.234,56``, ``12.500.000``."""
ENGLISH_NUMERAL = StartScanned(
    re.compile(
        r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d,])"
        r"|(?<![\d.,])\d{1,3}(?:,\d{3}){2,6}(?![\d.]|,\d)"
    )
)
"""A numeral only the English style writes: ``1,234.5``, ``12,500,000``."""
GROUPED_WHOLE = StartScanned(
    re.compile(r"(?<![\d.,])\d{1,3}(?:[, \u00a0\u2009\u202f'’]\d{3}){1,6}(?!\d|[.,]\d)")
)
"""A whole number written with another grouping: ``905,677``, ``905 677``, ``1'200``. These
three open with a digit no digit precedes: tried at the text's runs of digits only
(:class:`~claimcheck.nlp.quantities.first_chars.StartScanned`)."""

DECIMAL_COMMA_CURRENCIES = frozenset(
    """kr BRL PLN CZK DKK NOK SEK ISK HUF RON BGN RSD UAH RUB TRY ARS CLP COP IDR VND""".split()
)
"""Currencies of countries that write a decimal comma and group thousands with a point: a
price in one of them (``kr. 1.200``, ``Rp 1.500``) is never written to a thousandth."""

PRICE_NEVER_TO_A_THOUSANDTH = DECIMAL_COMMA_CURRENCIES | {"EUR"}
"""Currencies whose price before the amount groups thousands with a point: those of
decimal-comma countries, and the euro, which most of its countries write that way (``€
2.500``, ``EUR 1.200``); no euro price is written to a thousandth (``2.500 €`` after the amount
was already 2 500)."""

_MEASURES = """years months weeks days hours minutes decades percent dollars euros pounds
    miles kilometres kilometers metres meters yards feet inches units""".split()
WHOLE_NOUNS = lexicon.COUNTABLE_NOUNS - frozenset(_MEASURES)
"""What is counted in whole numbers (people, cases, deaths, births, hospitals …): the
:data:`lexicon.COUNTABLE_NOUNS` less units of time, money and length."""
AVERAGE_BEFORE = re.compile(
    r"\b(?:mean|average|avg|median|typical|expected|per)\b[^.;:!?\n]{0,30}\Z", re.IGNORECASE
)
"""``a mean of 1.250 visits``: an average count may be fractional."""
PER_AFTER = re.compile(r"[ \t\u00a0]+(?:per|each|every|an?)[ \t\u00a0]+[A-Za-z]", re.IGNORECASE)
"""``1.125 births per woman``: a count per something is a rate, and may be fractional."""


class DocumentStyle:
    """How a document writes its other numerals, read from the whole text when first asked:
    most documents have no figure of the ambiguous shape, and the scans cost as much as a
    tenth of the finder."""

    def __init__(self, text: str) -> None:
        self._text = text

    @cached_property
    def european(self) -> bool:
        """It writes a European-only numeral and no English-only one."""
        return EUROPEAN_NUMERAL.search(self._text) is not None and not ENGLISH_NUMERAL.search(
            self._text
        )

    @cached_property
    def grouped_wholes(self) -> frozenset[str]:
        """Whole numbers written with another grouping, digits only."""
        return frozenset(
            re.sub(r"\D", "", found.group())
            for found in GROUPED_WHOLE.finditer(self._text)
            if not opens_with_zero(found.group())
        )


def document_style(text: str) -> DocumentStyle:
    """The :class:`DocumentStyle` of ``text``."""
    return DocumentStyle(text)


def groups_thousands(
    text: str,
    surfaces: list[str],
    style: DocumentStyle,
    *,
    start: int,
    end: int,
    currency: str | None,
    currency_before: bool,
    noun_head: str | None,
    per: str | None,
) -> bool:
    """Whether the point of every numeral in ``surfaces`` (each of the :data:`SINGLE_POINT`
    shape) groups thousands. It does when

    - a currency of a decimal-comma country, or the euro, stands before the amount (``kr.
      1.200``, ``€ 2.500``; a currency after it, ``1.200 kr``, is decided where the currency is
      read);
    - the same digits are written elsewhere in the document as a whole number with another
      grouping (``905.677`` in a table, ``905,677 people`` in the text);
    - the document writes numerals only the European style writes (``1.234,56``,
      ``12.500.000``) and none only the English style writes (``1,234.5``);
    - a range's other end is a whole number with no point, and only the grouped reading
      rises from the first end to the last (``€998–€1.650``, ``998 to 1.650 mg``: 998 to
      1,650, never the reversed 1.65 to 998; ``1–1.500 mg`` rises either way and stays 1 to
      1.5, as a range whose ends are all whole or all pointed is decided by the rules below);
    - the figure counts things that come whole (people, cases, deaths, births, clinics …),
      with no rate and no average before it: ``905.677 new cases`` (a count cannot be
      fractional; ``a mean of 1.250 visits`` and ``1.125 births per woman`` stay decimals).
    """
    # (most numerals have no point: a substring test, not a regex call, says so)
    pointed = [surface for surface in surfaces if "." in surface]
    if not pointed or not all(SINGLE_POINT.fullmatch(surface) for surface in pointed):
        return False
    if any(opens_with_zero(surface) for surface in pointed):
        return False
    if len(pointed) < len(surfaces):
        return _range_rises_only_grouped(surfaces)
    if currency_before and currency in PRICE_NEVER_TO_A_THOUSANDTH:
        return True
    if all(surface.replace(".", "") in style.grouped_wholes for surface in surfaces):
        return True
    if style.european:
        return True
    return (
        noun_head in WHOLE_NOUNS
        and per is None
        and not PER_AFTER.match(text, end)
        and not AVERAGE_BEFORE.search(text, max(0, start - 40), start)
    )


def opens_with_zero(surface: str) -> bool:
    """Whether a numeral's whole part is a zero (``0.014``, ``0,125``, ``0 014``): nobody
    groups thousands after a leading zero, so the mark after it is a decimal one, whatever
    the currency before it, the page's style or the same digits grouped elsewhere say (``€
    0.125`` is an eighth of a euro, ``0.014 mSv`` never 14)."""
    return len(surface) > 1 and surface[0] == "0" and not surface[1].isdigit()


def _range_rises_only_grouped(surfaces: list[str]) -> bool:
    """Whether a range's ends, some with a point and some without, go up from first to last
    only when the point groups thousands: read as a decimal the range would be reversed,
    which no writer means (``998–1.650``)."""
    try:
        as_decimal = [float(surface) for surface in surfaces]
        as_grouped = [float(surface.replace(".", "")) for surface in surfaces]
    except ValueError:
        return False
    return as_decimal != sorted(as_decimal) and as_grouped == sorted(as_grouped)
