"""``points`` beside the ends of a change in percent are percentage points.

News and public-health copy write a change of a share as ``rose 5 points to 62%`` or ``fell by
3 points, from 45% to 48%``: the points are percentage points, the absolute difference of two
shares, which is what tells it from a relative change (``rose 5%``). Read alone, ``5 points``
is a count of points that matches no claim in percentage points. So a figure counted in
``points`` becomes one in percentage points when its sentence gives a change's end (a figure
with the role ``before`` or ``after``) in percent; a score's points (``improved by 5 points``)
stay points.
"""

from __future__ import annotations

from dataclasses import replace

from claimcheck.nlp.quantity import AFTER, BEFORE, Quantity

POINTS = "points"
PERCENTAGE_POINTS = "percentage points"


def with_share_points(quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """``quantities`` (one sentence's) with each figure in ``points`` read in percentage
    points when another figure of the sentence is a change's end in percent; otherwise
    unchanged."""
    if not any(q.unit == POINTS for q in quantities):
        return quantities
    if not any(q.unit == "percent" and q.role in (BEFORE, AFTER) for q in quantities):
        return quantities
    return tuple(
        replace(q, unit=PERCENTAGE_POINTS, kind="percent") if q.unit == POINTS else q
        for q in quantities
    )
