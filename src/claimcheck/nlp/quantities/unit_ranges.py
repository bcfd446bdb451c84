"""Ranges whose two ends are written in different units of one kind: ``between 500 mg and 1
g``, ``from 800 g to 1.5 kg``, ``30 minutes to 2 hours``, ``between 6 months and 2 years``.

Each end reads on its own as a point with its unit, but neither point is what the sentence
claims: the claim is the interval between them. So two such points joined the way a range is
(``between … and``, ``from … to``, ``to`` or a dash, the hyphen too: ``500 mg - 1 g``)
become one range, in the smaller end's unit (the unit the writer gave the low end), so low
never exceeds high (``250 Hz to 8 kHz`` is [250, 8,000] Hz, never [8, 250]). Only units whose
ratio is exact are joined (grams to milligrams, hours to minutes, years to months, weeks to
days, hertz to kilohertz, kilobytes to megabytes, watts to kilowatts, metres to kilometres); a
month is no whole number of weeks, so ``from 2 weeks to 3 months`` stays two
figures rather than get a made-up bound.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"

SIZES: dict[str, tuple[str, float]] = {
    # unit as the finder writes it -> (what it measures, its size in that dimension's base)
    "µg": ("mass", 1e-6),
    "mg": ("mass", 1e-3),
    "g": ("mass", 1.0),
    "kg": ("mass", 1e3),
    "mL": ("volume", 1e-3),
    "L": ("volume", 1.0),
    "ng": ("mass", 1e-9),
    "t": ("mass", 1e6),
    "dL": ("volume", 1e-1),
    "nm": ("length", 1e-9),
    "µm": ("length", 1e-6),
    "mm": ("length", 1e-3),
    "cm": ("length", 1e-2),
    "m": ("length", 1.0),
    "km": ("length", 1e3),
    "Hz": ("frequency", 1.0),
    "kHz": ("frequency", 1e3),
    "MHz": ("frequency", 1e6),
    "GHz": ("frequency", 1e9),
    "KB": ("data", 1e3),
    "MB": ("data", 1e6),
    "GB": ("data", 1e9),
    "TB": ("data", 1e12),
    "W": ("power", 1.0),
    "kW": ("power", 1e3),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "ms": ("short time", 1e-3),
    "second": ("short time", 1.0),
    "minute": ("short time", 60.0),
    "hour": ("short time", 3600.0),
    "day": ("short time", 86400.0),
    "week": ("short time", 604800.0),
    "month": ("long time", 1.0),
    "year": ("long time", 12.0),
}
"""Units with an exact ratio to one another, by what they measure. Days and weeks are exact
in hours; months and years only in each other."""

JOINS = {
    "between": re.compile(rf"{H}+and{H}+\Z", re.IGNORECASE),
    "from": re.compile(rf"{H}+to{H}+\Z", re.IGNORECASE),
    "": re.compile(rf"(?:{H}+to{H}+|{H}*[–—‒-]{H}*)\Z", re.IGNORECASE),
}
"""What may stand between the two ends, by the word that opens the range."""
OPENING = re.compile(rf"(?<![\w])(?P<word>between|from){H}+\Z", re.IGNORECASE)


def bounds_in_two_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Join each pair of neighbouring points written as a range's two ends in two units of
    one kind (see the module's docstring) into one range; leave everything else as it is.
    ``found`` is sorted by start."""
    result: list[Quantity] = []
    index = 0
    while index < len(found):
        if index + 1 < len(found) and (joined := _joined(text, found[index], found[index + 1])):
            result.append(joined)
            index += 2
            continue
        result.append(found[index])
        index += 1
    return result


def _joined(text: str, low: Quantity, high: Quantity) -> Quantity | None:
    if not (_plain_point(low) and _plain_point(high)) or low.unit == high.unit:
        return None
    if low.per is not None and low.per != high.per:
        return None  # "500 mg a day and 1 g a week": two doses, not one range
    low_size, high_size = SIZES.get(low.unit or ""), SIZES.get(high.unit or "")
    if low_size is None or high_size is None or low_size[0] != high_size[0]:
        return None
    opening = OPENING.search(text, max(0, low.start - 9), low.start)
    word = opening.group("word").lower() if opening else ""
    if not JOINS[word].fullmatch(text[low.end : high.start]):
        return None
    ratio = high_size[1] / low_size[1]
    top = float(f"{high.low * ratio:.12g}")  # type: ignore[operator]
    if not low.low < top:  # type: ignore[operator]
        return None  # "2 kg to 500 g" is written high to low: no range we can be sure of
    start = opening.start() if opening else low.start
    return replace(
        low,
        text=text[start : high.end],
        start=start,
        end=high.end,
        high=top,
        approx=low.approx or high.approx,
        per=high.per,  # "between 500 mcg and 1 mg daily": the rate is said once, at the end
    )


def _plain_point(quantity: Quantity) -> bool:
    """A point with a unit and nothing else said about it: no bound, role or spread."""
    return (
        quantity.low is not None
        and quantity.low == quantity.high
        and quantity.comparator is None
        and quantity.role is None
        and quantity.spread is None
        and quantity.statistic is None
        and quantity.kind in ("measure", "duration")
    )
