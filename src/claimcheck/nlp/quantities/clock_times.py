"""``8 h 30 to 16 h 30``, ``Mon–Fri 8h–18h``, ``opens 07h30``, ``from 24.12. to 02.01.``: times
of day and dates in the French, Swiss, Belgian and German styles are no figures.

European clinics write a time of day as hours, ``h`` and minutes, and a date as day and month
with dots. Read as figures, ``8h–18h`` was two durations of 8 and 18 hours and ``8 h 30 to 16
h 30`` the range [16, 30] hours and a bare 30, each a false finding. The rules:

- two times in the ``h`` style joined as a span (``–``, ``to``, ``until``, ``and``, ``à``)
  are opening hours, not a range of durations, when the clause names opening or a day before
  them (``open``, ``closed``, ``hours``, ``reception``, ``visiting``, ``daily``, a weekday;
  not ``surgery`` or ``clinic``, which also name what lasts ``3 h 30``), or when an end writes
  its minutes and the later end is past noon
  (``8h30–17h``); ``symptoms start 6h to 24h after eating`` and ``1h30 to 2h`` stay durations;
- one time in the ``h`` style with its minutes (``07h30``, ``8 h 30``) after such a word is a
  time of day too (after ``at``, ``from`` or ``until`` the finder already reads it so);
- an hour past noon with its minutes after ``at``, ``until`` or ``till`` (``at 17.30 today``)
  is a time of day whatever word follows (the finder already drops a quarter hour before
  ``daily``, ``on`` …), unless a unit follows; ``at 7.25`` stays a figure, as a lab value is;
- a day and month with a dot after the month and a year (``24.12.2025``) is a date; so is
  one of two digits each with a dot after it before the next date of a span or list
  (``from 24.12. to 02.01.``), and two pairs with a leading zero joined as a span (``24.12
  to 02.01``); ``K 5.6.`` ending a sentence stays a decimal.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import Gated

_TIME = rf"(?<![\w.,])(?:[01]?\d|2[0-4]){H}?h(?:{H}?[0-5]\d)?(?![\w])"
_CUE = (
    r"(?i:open(?:s|ing)?|closed?|closes|closing|hours|reception|visiting|daily"
    r"|weekdays?|weekends?"
    r"|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?"
    r"|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|horaires?)"
)
CUE_BEFORE = re.compile(rf"\b{_CUE}\b[^.;!?\n]{{0,40}}\Z")
"""A word of opening or a day earlier in the clause."""
TIME_SPAN = StartScanned(
    re.compile(
        rf"(?P<low>{_TIME})(?:{H}*[-–—]{H}*|{H}+(?:to|until|till|and|à|-){H}+)(?P<high>{_TIME})"
    )
)
TIME_WITH_MINUTES = Gated(re.compile(rf"(?<![\w.,])(?:[01]?\d|2[0-3]){H}?h{H}?[0-5]\d(?![\w])"))
DOTTED_DATE = StartScanned(
    re.compile(
        r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?![\d])"
        rf"|(?<![\w.,])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\."
        rf"(?={H}*(?:[-–,]|(?:to|until|and|bis)\b))"
        r"|(?<![\w.,])(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])"
        rf"(?:{H}*[-–]{H}*|{H}+(?:to|until|and){H}+)(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])(?![\d.,])"
    )
)
"""``24.12.2025``; ``24.12.`` two digits each, before a span's or list's next date (``from
24.12. to 02.01.``: a sentence's ``K 5.6.`` is a decimal and its full stop); ``24.12 to
02.01`` (zero-padded pairs in a span)."""
AFTERNOON_AT = StartScanned(
    re.compile(
        rf"(?<![\w])(?i:at|until|till){H}+(?P<time>(?:1[3-9]|2[0-3])[.:][0-5]\d)"
        rf"(?![\d.,])(?!{H}*(?:%|per\b|percent|[a-zµμ]{{1,5}}/|mg|g|kg|cm|mmol|mL|L\b|IU|units?"
        rf"|points?|(?:second|minute|hour|day|week|month|year)s?\b|mins?\b|hrs?\b))"
    )
)
"""``at 17.30 today``, ``until 16.45 please``: an hour past noon with its minutes after
``at``, ``until`` or ``till`` is a time of day whatever follows, but a unit (``by 19.03
minutes`` is a change, so ``by``, ``from`` and ``after`` are left to the finder's own rule)."""
_HOURS = re.compile(r"\d+")


def _cued(text: str, start: int) -> bool:
    return CUE_BEFORE.search(text, max(0, start - 60), start) is not None


def _after_noon_with_minutes(span: re.Match[str]) -> bool:
    low, high = span.group("low"), span.group("high")
    minutes = len(_HOURS.findall(low)) > 1 or len(_HOURS.findall(high)) > 1
    return minutes and 13 <= int(_HOURS.findall(high)[0]) <= 24


def clock_times(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are times of day or dates (see the module), no figures."""
    spans: list[tuple[int, int]] = []
    if "h" in text:
        for span in TIME_SPAN.finditer(text):
            if _cued(text, span.start()) or _after_noon_with_minutes(span):
                spans.append(span.span())
        for time in TIME_WITH_MINUTES.finditer(text):
            if _cued(text, time.start()):
                spans.append(time.span())
    if "." in text or ":" in text:
        spans.extend(match.span() for match in DOTTED_DATE.finditer(text))
        spans.extend(match.span("time") for match in AFTERNOON_AT.finditer(text))
    return spans
