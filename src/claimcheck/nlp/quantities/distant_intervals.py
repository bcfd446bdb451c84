"""A confidence interval in brackets after the words its statistic qualifies: ``2.1 points
higher on speech tests than basic ones (95% CI −0.4 to 4.6)``, ``a 30% lower risk of stroke
in the treated group (95% CI 18 to 40)``.

Trial summaries put the interval at the end of the clause, after what the figure compares;
it belongs to the figure as ``0.8 (95% CI 0.6–0.9)`` does, and is no figure of its own to
verify. The interval is the nearest figure's where nothing but words stands between them (no
figure, no sentence or clause break, at most fourteen words) and the figure as written lies
inside it (a change said by its size, ``fell by 5.2 kg … (95% CI −6.1 to −4.3)``, with its
sign turned), so an interval of something else (``12% of women in the trial (95% CI 2 to
6)``, the interval of a difference) stays a figure of its own. Up to three words were read
before (the finder's ``WORDS_THEN_INTERVAL``); this reads the longer stretches.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity, Spread

H = r"[ \t\u00a0\u202f\u2009]"
WORDS_BEFORE_BRACKET = re.compile(
    rf"(?:{H}*,)?(?:{H}+[A-Za-z][A-Za-z'’-]*,?){{1,14}}{H}*[(\[]{H}*\Z"
)
"""Only words (a comma may follow one) between the figure and the interval's bracket."""
LEVEL = re.compile(r"(\d{2}(?:\.\d+)?)\s*%")


def distant_intervals(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each bracketed interval read on its own made the
    spread of the figure before it, where the module docstring's conditions hold."""
    result: list[Quantity] = []
    for interval in found:
        before = result[-1] if result else None
        if (
            before is None
            or interval.statistic != "CI"
            or interval.low is None
            or interval.high is None
            or before.spread is not None
            or before.statistic == "CI"
            or before.low is None
            or before.low != before.high
            or not WORDS_BEFORE_BRACKET.fullmatch(text, before.end, interval.start)
            or not _inside(before.low, interval.low, interval.high)
        ):
            result.append(interval)
            continue
        level = LEVEL.match(interval.text)
        spread = Spread(
            "CI",
            low=interval.low,
            high=interval.high,
            level=float(level.group(1)) if level else None,
        )
        result[-1] = replace(before, spread=spread)
    return result


def _inside(value: float, low: float, high: float) -> bool:
    return low <= value <= high or (high < 0 < value and low <= -value <= high)
