"""A time unit said once for two timepoints: ``85% after 5 years and 70% after 10``, ``88% at
6 months and 71% at 24``. The second number is a duration in the first one's unit, not a
figure of its own nor an age (``at 24``), and its clause is measured at that timepoint. The
unit may be said with the later timepoint instead, the time word repeated (``40% at 6 and 55%
at 12 months``, ``at 6 and at 12 months``): the earlier number is a time in it all the same."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import ONES, TENS, H

TIME_WORD = r"(?P<word>after|at|by|within|over|for|until|to|in|last|lasts|lasted)"
_FILLER = (
    rf"(?:{H}+(?:just|only|about|around|nearly|roughly|approximately|almost|some|close{H}+to"
    rf"|another|a{H}+further))?"
)
"""Words between the time word and its number: a hedge (``in roughly 9``, ``after almost
10``) or ``another``."""
_NUMBER_WORDS = "|".join(sorted({*ONES, *TENS}, key=len, reverse=True))  # the reader's words
ELIDED_BEFORE = re.compile(rf"\b{TIME_WORD}{_FILLER}{H}+\Z", re.IGNORECASE)
"""The time word right before the elided number (``… and 70% after ``)."""
AGE_BEFORE = re.compile(rf"\b(?:aged|ages?){H}+\Z", re.IGNORECASE)
"""An age's word before the time word: ``a fifth of them aged over 85`` names whom the figure
is about (an age is a group label, s57x's annotation rules and session 55's), so the ``over``
there never takes the unit of ``waited over 12 hours`` earlier in the sentence."""
ELIDED_AFTER = re.compile(rf"{H}*(?:[,;:)]|\.(?!\d)|\Z|{H}+(?:and|or|but|while|whereas)\b)")
"""What may follow the elided number: its clause ends there."""
SAID_BEFORE = re.compile(
    rf"\b{TIME_WORD}{_FILLER}{H}+(?:\d+(?:\.\d+)?|{_NUMBER_WORDS}){H}*-?{H}*"
    rf"(?P<unit>year|month|week|day|hour|minute)s?\b",
    re.IGNORECASE,
)
"""A timepoint said with its unit (``after 5 years``, ``at 6 months``, ``within 30 days``)."""
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n\s*\n")


def elided_time_unit(text: str, start: int, end: int) -> str | None:
    """The time unit (``year``, ``month`` …) of the bare number at ``text[start:end]``
    when it is a timepoint whose unit the sentence said before it: a time word before it,
    its clause ending after it, and an earlier timepoint of the same sentence said with a
    unit and a time word (``at`` only after ``at``: ``at 30,`` alone is an age). None
    otherwise."""
    before = ELIDED_BEFORE.search(text, max(0, start - 30), start)
    if before is None or not ELIDED_AFTER.match(text, end):
        return None
    if AGE_BEFORE.search(text, max(0, before.start() - 12), before.start()):
        return None  # "… waited over 12 hours, a fifth of them aged over 85": an age
    said = None
    for found in SAID_BEFORE.finditer(text, max(0, start - 300), before.start()):
        said = found
    if said is None or SENTENCE_BREAK.search(text, said.end(), start):
        return None
    if (before.group("word").lower() == "at") != (said.group("word").lower() == "at"):
        return None
    return said.group("unit").lower()


_SHARE = rf"\d{{1,3}}(?:\.\d+)?{H}*(?:%|(?i:per{H}?cent))"
_LATER_ITEM = (
    rf"{H}*,{H}*(?:{_SHARE}{H}+)?(?i:after|at|by|within|over|for|until|to|in){H}+\d+(?:\.\d+)?"
)
SAID_AFTER = re.compile(
    rf"(?:{_LATER_ITEM})*"
    rf"{H}*,?{H}*(?i:and|or|&|,){H}+(?:{_SHARE}{H}+)?{TIME_WORD}{H}+\d+(?:\.\d+)?{H}*-?{H}*"
    rf"(?P<unit>year|month|week|day|hour|minute)s?\b(?!{H}+(?i:old|of{H}+age)\b)",
    re.IGNORECASE,
)
"""The later timepoint said with its unit and the same time word, after ``and`` or a comma and
perhaps its own share (``… and 55% at 12 months``, ``… and at 12 months``)."""


def time_unit_said_after(text: str, start: int, end: int) -> str | None:
    """The time unit of the bare number at ``text[start:end]`` when a time word stands before
    it and the next item of its list repeats that word with a unit (:data:`SAID_AFTER`):
    ``40% at 6 and 55% at 12 months`` makes 6 a time in months. None otherwise."""
    before = ELIDED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    after = SAID_AFTER.match(text, end)
    if after is None or after.group("word").lower() != before.group("word").lower():
        return None
    return after.group("unit").lower()
