"""How a figure is put into words in messages: ``70–80%``, ``more than 70%``, ``~$15,000``."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹"}


SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words a source writes a large figure with (``1.28 billion``): a hint writes the
figure the same way rather than ``1,280,000,000``, which a writer must count digits to read."""
SCALE_FROM = 1_000_000
_SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|trillion)\b", re.IGNORECASE)


def number(value: float, scale: str | None = None) -> str:
    """``value`` as a message writes it: ``1,200``, ``11.6``; with ``scale`` (a key of
    :data:`SCALES`) a value of a million or more as ``1.28 billion``."""
    if scale in SCALES and abs(value) >= SCALE_FROM:
        scaled = float(f"{value / SCALES[scale]:.12g}")  # no binary-float noise
        text = f"{int(scaled):,}" if scaled.is_integer() else f"{scaled:,.12g}"
        return f"{text} {scale}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:g}"


def source_scale(texts: Iterable[str], values: Iterable[float | None]) -> str | None:
    """The scale word (``million``, ``billion``) ``texts`` (a claim's statement and quotes)
    state one of ``values`` of a million or more with: ``1.28 billion`` for 1,280,000,000.
    None when no text writes such a value with a scale word (then digits stand)."""
    large = [v for v in values if v is not None and abs(v) >= SCALE_FROM]
    if not large:
        return None
    for text in texts:
        for found in _SCALED.finditer(text or ""):
            word = found.group(2).lower()
            said = float(found.group(1).replace(",", "")) * SCALES[word]
            if any(math.isclose(said, v, rel_tol=1e-9) for v in large):
                return word
    return None


UNCOUNTABLE = frozenset({"info"})  # a severity, like "advice": never "infos"


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless n is 1: ``1 warning``, ``2 warnings``, ``0 info``."""
    return f"{n} {noun}" if n == 1 or noun in UNCOUNTABLE else f"{n} {noun}s"


TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _with_unit(text: str, unit: str | None, plural: bool = True) -> str:
    if unit is None:
        return text
    if unit in TIME_UNITS or unit == "second":
        return f"{text} {unit}{'s' if plural else ''}"
    if unit == "percent":
        return f"{text}%"
    head, _, period = unit.partition("/")
    if head in CURRENCY_SIGNS:
        return f"{CURRENCY_SIGNS[head]}{text}" + (f"/{period}" if period else "")
    if head.isupper() and len(head) == 3:
        return f"{text} {unit}"
    return f"{text} {unit}"


def figure(
    low: float | None,
    high: float | None,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
    approx: bool = False,
    unit: str | None = None,
    scale: str | None = None,
) -> str:
    """A short, readable statement of an interval with its unit; ``scale`` writes values of
    a million or more with that word, as the source does (:func:`source_scale`)."""
    tilde = "~" if approx else ""
    if low is not None and high is not None:
        if low == high:
            return tilde + _with_unit(number(low, scale), unit, plural=low != 1)
        if unit == "percent":
            return f"{tilde}{number(low)}–{number(high)}%"
        return tilde + _with_unit(f"{number(low, scale)}–{number(high, scale)}", unit)
    if low is not None:
        words = "more than" if not low_inclusive else "at least"
        return f"{words} {tilde}{_with_unit(number(low, scale), unit)}"
    if high is not None:
        words = "less than" if not high_inclusive else "at most"
        return f"{words} {tilde}{_with_unit(number(high, scale), unit)}"
    return "any value"
