"""What else tells a bare pair of numbers (``135/85``) is a blood pressure reading (session 53),
besides its unit or blood pressure named before it (the finder's own cue).

- Blood pressure named later in the pair's own sentence: ``A reading of 135/85 or higher at
  home means high blood pressure``, ``Under 140/90 is the usual target for hypertension``.
- A comparator after a pair that lies where a pressure does (systolic 90-220, diastolic
  50-130, below it), as a target or threshold is written: ``Aim for 120/80 or lower``, ``140/90
  or less``; a score over its top (``70/100 or higher``) has its second number above the
  first and is no reading, and a date's parts (``12/10``) lie below a pressure's.

A cue in another sentence is none (a heading's ``BP`` is no cue for the lines under it)."""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.lexicon import COMPARATOR_AFTER

NAMED_LATER = re.compile(
    r"[^.;!?\n]{0,120}?\b(?:blood\s+pressures?|BP|systolic|diastolic|hypertensi\w*"
    r"|hypotensi\w*)\b",
    re.IGNORECASE,
)
"""Blood pressure named after the pair, before its sentence ends."""
SYSTOLIC = (90, 220)
DIASTOLIC = (50, 130)


def pressure_said_after(text: str, end: int, systolic: int, diastolic: int) -> bool:
    """Whether what follows the pair ending at ``end`` makes it a blood pressure reading."""
    if NAMED_LATER.match(text, end):
        return True
    return (
        SYSTOLIC[0] <= systolic <= SYSTOLIC[1]
        and DIASTOLIC[0] <= diastolic <= DIASTOLIC[1]
        and COMPARATOR_AFTER.match(text, end) is not None
    )
