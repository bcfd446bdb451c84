"""An age threshold given as two alternatives (session 53): ``women under 40 or 42``,
``adults over 65 or 70``, ``aged under 16 or 18``. The bare number after ``or`` is the same
group's other cut-off, as areas and guidelines differ on it, so it takes the bound of the
one before: ``under 40 or 42`` is a group under 40 and one under 42 (never a bare figure 42).

Only after ``or`` (``and`` joins two single ages: ``aged 50 and 51``), only a whole number
above an upper cut-off or a lower one by at most ten years, and only where the group's
clause goes on after it (``LADDER_FOLLOWS`` in :mod:`groups`): ``under 40 or 42 patients``
counts patients."""

from __future__ import annotations

GAP = 10
"""How far past the first cut-off the alternative may lie and still be one."""


def alternative_bound(
    joint: str,
    low: float | None,
    high: float | None,
    low_inclusive: bool,
    high_inclusive: bool,
    number: float | None,
) -> tuple[float | None, float | None, bool, bool] | None:
    """The bound (low, high, low_inclusive, high_inclusive) of the alternative ``number``
    after a one-sided age bound, or None where it is not one (``joint`` is the text between
    them, ``low``/``high`` the first bound's)."""
    if joint.strip().lower() != "or" or number is None or number != int(number):
        return None
    if (low is None) == (high is None):
        return None  # a point or a bracket: the single-age and ladder rules read those
    cut = high if low is None else low
    if not 0 < number - cut <= GAP:
        return None
    if low is None:
        return None, number, True, high_inclusive
    return number, None, low_inclusive, True
