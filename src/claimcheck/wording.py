"""How a figure is put into words in messages: ``70–80%``, ``more than 70%``, ``~$15,000``."""

from __future__ import annotations

CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹"}


def number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:g}"


UNCOUNTABLE = frozenset({"info"})  # a severity, like "advice": never "infos"


def counted(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless n is 1: ``1 warning``, ``2 warnings``, ``0 info``."""
    return f"{n} {noun}" if n == 1 or noun in UNCOUNTABLE else f"{n} {noun}s"


TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year"})


def _with_unit(text: str, unit: str | None, plural: bool = True) -> str:
    if unit is None:
        return text
    if unit in TIME_UNITS:
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
) -> str:
    """A short, readable statement of an interval with its unit."""
    tilde = "~" if approx else ""
    if low is not None and high is not None:
        if low == high:
            return tilde + _with_unit(number(low), unit, plural=low != 1)
        if unit == "percent":
            return f"{tilde}{number(low)}–{number(high)}%"
        return tilde + _with_unit(f"{number(low)}–{number(high)}", unit)
    if low is not None:
        words = "more than" if not low_inclusive else "at least"
        return f"{words} {tilde}{_with_unit(number(low), unit)}"
    if high is not None:
        words = "less than" if not high_inclusive else "at most"
        return f"{words} {tilde}{_with_unit(number(high), unit)}"
    return "any value"
