"""``one half``, ``one third``, ``one quarter`` of a dose form, as labels spell a part of one:
``Take one half tablet at night``, ``one-half tablet``, ``one quarter tablet daily``, ``one
third cup of oats``, ``one half teaspoon``.

``half a tablet`` (0.5) and ``one and a half tablets`` (1.5) were read, but ``one half
tablet`` was 1 ``half tablet`` (the ``one`` counted, the part made a noun), ``one quarter
tablet daily`` 1 ``quarter tablet`` a day, and ``one-half tablet``, ``one half teaspoon`` and
``one third cup`` were no figure at all. Recognizers-Text reads ``one-fourth`` as ``one
fourth`` for the same reason: the spelled part of one is one number, 0.5, 0.33, 0.25, of the
dose form after it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fourth": 0.25, "fifth": 0.2}
UNIT_FRACTION = re.compile(
    r"\b(?i:one)[- \u00a0](?P<part>(?i:half|third|quarter|fourth|fifth))[- \u00a0]"
    r"(?:(?i:of)[ \u00a0](?i:an?)[ \u00a0])?"
    r"(?P<noun>(?i:tablet|capsule|pill|caplet|sachet|teaspoon(?:ful)?|tablespoon(?:ful)?"
    r"|cup|scoop|glass|dose|vial|patch|suppository|pessary|measure|spoon(?:ful)?))\b"
)


def unit_fractions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each spelled part of one dose form read as its fraction (module doc):
    a figure read from the same words is corrected, a missing one added."""
    result = list(found)
    for match in UNIT_FRACTION.finditer(text):
        value = PARTS[match.group("part").lower()]
        noun = match.group("noun").lower()
        start, end = match.span()
        overlapping = [q for q in result if q.start < end and start < q.end]
        if any(q.start != start for q in overlapping):
            continue  # part of another figure: left as read
        if overlapping:
            old = overlapping[0]
            per_unit = old.unit.split("/", 1)[1] if old.unit and "/" in old.unit else None
            fixed = replace(
                old,
                low=value,
                high=value,
                unit=f"{noun}/{per_unit}" if per_unit else noun,
            )
            result[result.index(old)] = fixed
            continue
        result.append(
            Quantity(
                text=text[start:end], start=start, end=end, low=value, high=value,
                unit=noun, kind="count",
            )
        )  # fmt: skip
    return sorted(result, key=lambda q: q.start)
