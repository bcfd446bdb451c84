"""A dose multiplied by a verb: ``the doctor may double the dose`` (2-fold), ``your GP can
triple the dosage``, ``it is safe to double the amount``, ``the dose may be doubled``.

A label or leaflet says how far a dose may be raised; that is a figure a source can back (the
summary of product characteristics says whether a dose may be doubled), and it is read as the
multiple, ``fold``, exact. Read only where ``double``, ``triple`` or ``quadruple`` is a verb
after a modal (``may``, ``can``, ``could``, ``might``, ``will``, ``should``) or ``to``, before
``the``, ``your``, ``their`` … and ``dose``, ``dosage`` or ``amount``; or passive, ``dose`` …
``may be doubled``. A past ``the doctor doubled the dose at the second visit`` tells one
patient's story and stays no figure, as decided before. *Decided*:
a prohibition is an instruction and no figure (``do not double the dose to make up for a
missed one``, ``never double the dose``), and so is the bare determiner before a noun as
decided before (``Give double the dose.``, ``do not take double the dose``); halving a dose
stays the instruction it was decided to be (``halve the dose``).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

VALUES = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0}
_DOSE = r"(?:doses?|dosages?|amounts?|intake)\b"
_WHO = r"(?:may|can|could|might|will|would|should|must|to)"
"""What makes ``double`` a verb of what a label allows: a modal or ``to`` before it. A past
``doubled the dose`` tells one patient's story (as decided before, no figure)."""
ACTIVE = re.compile(
    rf"\b(?i:{_WHO}){H}+(?:(?i:then|also|usually|sometimes|safely|gradually){H}+)?"
    rf"(?P<verb>(?i:doubl|tripl|trebl|quadrupl)(?i:e|es|ed|ing))"
    rf"{H}+(?i:the|your|their|his|her|its|this|that|a|each){H}+(?:(?i:daily|starting|usual"
    rf"|weekly|single|total){H}+)?(?i:{_DOSE})"
)
PASSIVE = re.compile(
    rf"\b(?i:{_DOSE})(?:{H}+[a-z]+){{0,3}}?{H}+(?i:may|can|could|might|will|should|is|are|was"
    rf"|were){H}+(?:(?i:then|also|usually|safely|gradually){H}+)?(?i:be|been){H}+"
    rf"(?P<verb>(?i:doubl|tripl|trebl|quadrupl)ed)\b"
)
NEGATED_BEFORE = re.compile(
    rf"\b(?i:not|never|n['’]t|no{H}+need{H}+to|cannot){H}+(?:[a-z]+{H}+){{0,2}}\Z"
)


def dose_multiples(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Every dose multiplied by a verb in ``text`` (see the module); ``taken`` are spans
    already read."""
    found: list[Quantity] = []
    if not ("oubl" in text or "ripl" in text or "rebl" in text or "uadrupl" in text):
        return found
    for pattern in (ACTIVE, PASSIVE):
        for match in pattern.finditer(text):
            start, end = match.span("verb")
            if any(s < end and start < e for s, e in taken):
                continue
            if NEGATED_BEFORE.search(text, max(0, match.start() - 30), match.start("verb")):
                continue
            stem = next(s for s in VALUES if match.group("verb").lower().startswith(s))
            value = VALUES[stem]
            found.append(
                Quantity(
                    text=text[start:end],
                    start=start,
                    end=end,
                    low=value,
                    high=value,
                    unit="fold",
                    kind="multiple",
                )
            )
    return found
