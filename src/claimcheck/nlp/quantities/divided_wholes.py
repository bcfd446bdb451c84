"""A whole divided in words: ``Fill half your plate with vegetables, a quarter with rice and
the remaining quarter with fish`` is three shares, 0.5, 0.25 and 0.25.

Diet pages split a plate, a bowl or a day's food into parts (the Eatwell guide, the plate
method), and money pages a budget. A share in words was read before ``of`` and ``the``
(``a quarter of your plate``, ``half the plate``), never before ``your`` (``half your
plate``), and the parts after the first name their whole only by leaving it out (``a quarter
with rice``), so all but the first were lost, and a wrong part passed unseen.

The rules (:func:`divided_wholes`):

- a share in words right before a possessive and its noun is that share of it: ``half your
  plate``, ``a third of my budget`` was read already, now ``half your plate``, ``a quarter
  their income``'s kind (``your``, ``my``, ``his``, ``her``, ``their``, ``our``, ``its``,
  ``each``);
- after such a share of a whole (or one read before, ``half the plate``, ``a quarter of your
  plate``) in the same sentence, a bare share that opens a part of the list (after a comma,
  ``and`` or ``or``, with ``a``, ``the``, ``the remaining``, ``the other`` or ``the last``
  before it) and goes on with ``with``, ``for``, ``on``, ``in``, ``to`` or ``of it`` is a share
  of the same whole: ``, a quarter with rice``, ``and the remaining quarter with fish``, ``the
  other half for later``.

Not read: a share before a noun it measures (``half an hour``, ``a third dose``, ``a quarter
mile``), a share with no whole divided before it in its sentence (``the other half said
no``), nor one another rule read already.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

_PARTS = {
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7}
_SHARE = (
    rf"(?:(?P<count>(?i:a|an|one|two|three|four|five|seven))[{H[1:-1]}-]+)?"
    r"(?P<part>(?i:half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?))\b"
)
SHARE_OF_POSSESSED = re.compile(
    rf"(?<![\w-]){_SHARE}{H}+(?=(?i:your|my|his|her|their|our|its|each){H}+[a-z])"
)
"""A share in words right before a possessive and its noun: ``half your plate``."""
WHOLE_DIVIDED = re.compile(
    rf"(?<![\w-]){_SHARE}{H}+(?:(?i:of){H}+)?(?i:your|my|his|her|their|our|its|each|the|this)"
    rf"{H}+[a-z]"
)
"""A share of a determined whole before the list's other parts: ``half the plate``, ``a
quarter of your plate``."""
ELIDED_PART = re.compile(
    rf"(?:,|{H}(?i:and|or)){H}+(?:(?i:then|finally){H}+)?"
    rf"(?P<share>(?:(?i:the){H}+(?:(?i:remaining|other|last|final){H}+)?)?{_SHARE})"
    rf"(?={H}+(?i:with|for|on|in|to|of{H}+it)\b)"
)
"""A bare share opening a later part of the list, its whole left out: ``, a quarter with
rice``, ``and the remaining quarter with fish``."""
SENTENCE_END = re.compile(r"[.!?](?=\s)|[\n\u2029\u2028]")


def _value(match: re.Match[str]) -> float | None:
    part = match.group("part").lower()
    count = (match.group("count") or "").lower()
    if part == "half":
        return 0.5 if count in ("", "a", "one") else None
    if not count and not part.endswith("s"):
        return 1 / _PARTS[part]  # "the remaining quarter", "a quarter" (count read as "a")
    if not count:
        return None
    return _COUNTS[count] / _PARTS[part] if _COUNTS[count] < _PARTS[part] else None


def _share(text: str, match: re.Match[str], start: int) -> Quantity | None:
    value = _value(match)
    if value is None:
        return None
    end = match.end("part")
    return Quantity(
        text=text[start:end], start=start, end=end, low=value, high=value, unit="proportion",
        kind="proportion",
    )  # fmt: skip


SHARE_WORD = re.compile(r"(?i:half|third|quarter|fourth|fifth|sixth|eighth|tenth)")
"""A word of a share: most texts have none, and the scans below are skipped."""


def divided_wholes(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the shares of a whole divided in words added (see the module), where no
    figure covers them (sorted by start)."""
    if not SHARE_WORD.search(text):
        return found
    added: list[Quantity] = []
    taken = list(found)
    for match in SHARE_OF_POSSESSED.finditer(text):
        share = _share(text, match, match.start())
        if share is not None and not _covered(share, taken):
            added.append(share)
            taken.append(share)
    for whole in WHOLE_DIVIDED.finditer(text):
        ends = SENTENCE_END.search(text, whole.end())
        sentence_end = ends.start() if ends else len(text)
        for part in ELIDED_PART.finditer(text, whole.end(), sentence_end):
            # ("the remaining quarter": the share is the quarter, as annotators mark it)
            start = part.start("count") if part.group("count") else part.start("part")
            share = _share(text, part, start)
            if share is None:
                continue
            counted = [q for q in taken if _counts_the_parts(q, share)]
            if counted:  # "the other three quarters": a share, no count of "quarters"
                taken = [q for q in taken if q not in counted]
                found = [q for q in found if q not in counted]
            if not _covered(share, taken):
                added.append(share)
                taken.append(share)
    if not added:
        return found
    return sorted([*found, *added], key=lambda q: q.start)


def _counts_the_parts(quantity: Quantity, share: Quantity) -> bool:
    """Whether ``quantity`` is the same words read as a count of the parts (``three
    quarters``: 3 ``quarters``), which the divided whole makes a share."""
    return (
        quantity.start == share.start
        and quantity.end == share.end
        and (quantity.unit or "").lower() in _PARTS
    )


def _covered(share: Quantity, found: list[Quantity]) -> bool:
    return any(q.start < share.end and share.start < q.end for q in found)
