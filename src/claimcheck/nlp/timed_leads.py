"""The time a list's lead-in names is the list's timepoint, no figure to verify.

``People alive five years after diagnosis:`` above ``- Stage 1: 90%`` says *when* the items
were measured, as a heading's ``(30 days)`` does: the five years is the frame of each item
(the claim grouper hands the lead-in's text to the items, and the verdicts read the time
from it), never a claim a registry would hold. It was reported as a duration and, with no
claim about a bare five years, as CC102 on every such page.

A lead-in's duration is such a timepoint when it is said as one: after ``at``, ``after``,
``by``, ``within``, ``over``, ``during``, ``in`` or ``for`` (``Survival at 5 years:``,
``Readmitted within 30 days of discharge:``, ``Weight lost over 68 weeks:``), or before
``after``, ``post``, ``from``, ``since``, ``following``, ``on``, ``later``, ``of follow-up``
(``Share surviving 12 months after surgery:``, ``Survival 10 years on:``). A lead-in that
states a length as its claim keeps it: ``Recovery takes about 6 weeks:`` is a figure, its
verb puts the duration in no timepoint's place; so does a span of time (``Reactions in the
1 to 2 days after the jab:``), which says when something happens rather than naming one
time, and a lead-in above a list with no figure (the list says what, the lead-in how long).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantity import Quantity

TIMEPOINT_BEFORE = re.compile(
    rf"(?<![\w-])(?i:at|after|by|within|over|during|in|for|in{H}+the{H}+first){H}+"
    rf"(?:(?i:the|a|about|around|roughly|approximately|nearly|some){H}+)?\Z"
)
"""The word before a duration that makes it when a list was measured: ``at 5 years``."""
TIMEPOINT_AFTER = re.compile(
    rf"{H}+(?i:after|post|from|since|following|on|later|out|of{H}+follow-?up)\b"
)
"""The word after a duration that makes it a time since an event: ``12 months after``."""
TIMEPOINT_COMPARATORS = frozenset({"within", "over", "after", "by", "at"})
"""Comparators read into a duration that still say when: ``within 30 days``."""


def is_timepoint(text: str, quantity: Quantity) -> bool:
    """Whether a lead-in's ``quantity`` names when its list was measured (see the module)."""
    if quantity.kind != "duration" or (quantity.comparator is None and not quantity.is_point):
        return False  # "in the 1 to 2 days after the jab:" says when things happen, a claim
    if quantity.comparator is not None:
        # "within 30 days", "after 12 months": the comparator is the timepoint's word
        return quantity.comparator.lower() in TIMEPOINT_COMPARATORS
    opening = quantity.start
    before = text[max(0, opening - 24) : opening]
    return bool(TIMEPOINT_BEFORE.search(before) or TIMEPOINT_AFTER.match(text, quantity.end))


def timepoints_of_lead(text: str, quantities: tuple[Quantity, ...] | list[Quantity]) -> bool:
    """Whether every figure of a lead-in is a timepoint of its list (and there is one)."""
    return bool(quantities) and all(is_timepoint(text, q) for q in quantities)
