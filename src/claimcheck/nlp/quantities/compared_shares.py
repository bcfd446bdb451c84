"""``compared with a quarter in 1990``, ``versus half in the control group``, ``vs a fifth
before``: a share said in words after a word of comparison is a proportion figure.

Reports set a share now against one before or in another group, the first in digits and the
second in words (``40% of adults, compared with a quarter in 1990``). A share in words was read
only before ``of`` or in a few places (``up from a third``), so the second side of such a
comparison was dropped, and a wrong one passed unseen. The rule: after ``compared with``/
``to``, ``versus``, ``vs``, ``against``, ``as against``, ``rather than``, ``up from`` or ``down
from`` (a hedge between is kept as approximate: ``against about half``), a share in words
(``half``, ``a third``, ``a quarter``, ``a fifth`` … ``a tenth``, ``two-thirds``, ``three
quarters``, ``two in five``) is a proportion, when a share (a percentage or proportion) stands
before it in the same sentence, and the words after it do not make it an amount of something
else (``half an hour``, ``half the dose``, ``a third dose``, ``a quarter century``).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import Gated
from claimcheck.nlp.quantity import Quantity

_PARTS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
           "nine": 9}  # fmt: skip
_HEDGES = r"about|around|roughly|approximately|nearly|almost|some|just{H}+(?:over|under)"
COMPARED_SHARE = Gated(
    re.compile(
        rf"\b(?i:compared{H}+(?:with|to)|versus|vs\.?|against|rather{H}+than|up{H}+from"
        rf"|down{H}+from){H}+"
        rf"(?:(?P<hedge>(?i:{_HEDGES})){H}+)?"
        rf"(?P<share>(?i:(?P<count>a|an|one|two|three|four|five|seven|nine)[{H[1:-1]}-]+)?"
        rf"(?P<part>halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
        rf"|ninths?|tenths?))\b"
        rf"(?!{H}+(?:an?|the|of{H}+(?:an?|the){H}+(?:hour|day|week|month|year|dose|century))\b"
        rf"|[{H[1:-1]}-]+(?:dose|time|trimester|century|hour|day|week|month|year|way|final|term"
        rf"|point|party|place|round|cycle|line)s?\b)"
    )
)
"""A comparison word, a hedge, then a share in words (see the module)."""
SHARE_BEFORE = re.compile(r"\d\s?%|\b(?:\d+|one|two|three)\s+in\s+\d+|\bper\s?cent\b|\bhalf\b")


def _value(match: re.Match[str]) -> float | None:
    part = match.group("part").lower()
    count = (match.group("count") or "").lower()
    if part == "half":
        return 0.5 if count in ("", "a", "one") else None
    if part == "halves":
        return None
    if not count:
        return None  # "versus quarters": no share said
    return _COUNTS[count] / _PARTS[part] if _COUNTS[count] < _PARTS[part] else None


def compared_shares(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each share in words after a word of comparison added as a proportion,
    where no figure covers it (sorted by start)."""
    added = []
    for match in COMPARED_SHARE.finditer(text):
        start, end = match.span("share")
        if match.group("hedge"):
            start = match.start("hedge")
        if any(q.start < end and start < q.end for q in found):
            continue
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
        if not SHARE_BEFORE.search(text, sentence_start, start):
            continue
        value = _value(match)
        if value is None:
            continue
        added.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                low=value,
                high=value,
                approx=bool(match.group("hedge")),
                unit="proportion",
                kind="proportion",
            )  # fmt: skip
        )
    if not added:
        return found
    return sorted([*found, *added], key=lambda q: q.start)
