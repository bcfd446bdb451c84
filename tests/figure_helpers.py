"""How the extraction tests write an expected figure, shared by the tables of issue 11's kinds."""

from __future__ import annotations


def fig(surface, low, high=..., unit=None, approx=False, li=True, hi=True, **extra):
    """One expected figure as ``extract --format json`` prints it; ``high`` defaults to
    ``low`` (a point); ``extra`` holds fields such as ``role`` or ``spread``."""
    return {
        "text": surface,
        "low": low,
        "high": low if high is ... else high,
        "low_inclusive": li,
        "high_inclusive": hi,
        "approx": approx,
        "unit": unit,
        **extra,
    }
