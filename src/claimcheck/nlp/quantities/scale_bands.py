"""Bands of a named clinical scale: ``GCS 13-15``, ``NIHSS 0–4``, ``APGAR 7-10``, ``mRS 0-2``,
``a PHQ-9 score of 10-14``, ``NYHA class II-III``, ``CKD stage 3-4``.

A range written straight after the name of a scoring scale (optionally with ``score``,
``class``, ``grade``, ``stage`` and ``of``/``between`` before it) names the band a group of
patients falls in, as ``ECOG PS 0-1`` does: it says *who* a figure is about (mild head
injury, minor stroke, good functional outcome), not a finding to verify. Only a range is
a band: a single score (``scored 24/30``, ``an NIHSS of 12``, ``GCS fell from 14 to 6``)
stays a figure, and so does a range with a comparator, a currency or a percent sign.
"""

from __future__ import annotations

import re

SCALE_NAMES = (
    r"GCS|NIHSS|NIH\s+Stroke\s+Scale|APGAR|Apgar|mRS|Rankin|Mallampati|NYHA|PHQ-?9|PHQ-?2|GAD-?7"
    r"|CKD|MMSE|MoCA|EDSS|Child[-\s]Pugh|MELD|CURB-?65|CRB-?65|CHA2?DS2?-?VASc|HAS-?BLED|ASA"
    r"|Braden|Waterlow|Bishop|Gleason|Karnofsky|KPS|BI-?RADS|Tanner|Fitzpatrick|Killip|Rockall"
    r"|q?SOFA|APACHE(?:\s+II)?|Barthel|EPDS|AUDIT(?:-C)?|Epworth|ESS|IPSS|WHO\s+PS|Glasgow"
    r"|Glasgow\s+Coma\s+Scale|ASIA|Hunt\s+and\s+Hess|Fisher|Spetzler-Martin|Wells|GRACE|TIMI"
    r"|NEWS2?|PEWS|MEWS"
)
_SCALE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{SCALE_NAMES})(?:[\s-]+(?i:total|scores?|class|grades?|stages?|category))?"
    r"(?:\s+(?i:of|between|from|in\s+the\s+range))?\s*\Z"
)


def names_a_scale_band(text: str, start: int, low: float | None, high: float | None) -> bool:
    """Whether the range from ``low`` to ``high`` read at ``start`` is a band of a clinical
    scale named just before it (see the module)."""
    if low is None or high is None or low == high:
        return False
    return bool(_SCALE_BEFORE.search(text, max(0, start - 40), start))


_SCORE_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?:{SCALE_NAMES})(?:[\s-]+(?i:total|scores?))?|(?<![\w-])(?i:score))"
    r"(?:\s+(?i:of|was|is|at))?\s*"
    r"(?:(?:[≥≤<>]=?|(?i:at\s+least|over|above|under|below|more\s+than|less\s+than))\s*)?\Z"
)
SCORE_UNITS = frozenset({"points", "marks", "point", "mark"})


def names_a_score(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a score a scale's name (or ``score``) states just
    before it (``a NEWS2 score of 5 or more triggers review``, ``NEWS2 ≥ 5 triggers``, ``a
    score of 10 suggests``): a score counts nothing, so the word after it is no counted noun
    (only ``points``/``marks`` are its unit)."""
    return bool(_SCORE_BEFORE.search(text, max(0, start - 40), start))
