"""Two bounds joined into one interval: ``greater than 30 and less than or equal to 40``,
``more than 5 but less than 10 mg``, ``above 2 and below 8 °C``, ``at least 18 and under 65``.

Each side reads on its own as a one-sided figure (a floor, then a ceiling), but the sentence
claims the interval between them, as Recognizers-Text reads a ``numberrange`` (issue 2289 of
its tracker): a claim of 35 is inside it, one of 45 is not. They are one figure only when the
floor comes first, the ceiling second, the floor is below the ceiling, nothing but ``and`` or
``but`` stands between them, and their units agree (or one side has none). The other order,
``lower than 70 and higher than 180``, names two disjoint ranges and stays two figures; so do
two floors or two ceilings. A point, a dash and a ceiling sign (``BMI 25–<30``, ``2 to
<12``) is the bracket from the point up to, not including, the ceiling: [25, 30); so is a
point, ``to`` and a strict ceiling in words (``a BMI of 25 to less than 30``, ``18.5 to
under 25``).

Written with a sign at both ends, the pair may also be joined by ``to`` or a dash
(``≥ 0.5 to ≤ 1 mg/kg``, ``>2–<5 cm``): the signs say it is a bracket, not a change or two
claims. A point, a sign, a short variable name and a second sign (``2°C≤T≤8°C``,
``0.5 < x ≤ 1``) is the chained inequality maths writes: the same bracket, its low end
inclusive unless the first sign is strict. The unit of the second end applies to both, as
for ranges.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"
JOIN = re.compile(rf",?{H}+(?:and|but){H}+", re.IGNORECASE)
DASH = re.compile(rf"{H}*[-–—‐‑‒−]{H}*|{H}+to{H}+", re.IGNORECASE)
"""Between a range's first end and a ceiling sign: ``BMI 25–<30``, ``2 to <12 years``."""
CEILING_SIGNS = ("<", "≤", "<=", "=<", "⩽")
CEILING_WORDS = re.compile(
    rf"(?:less|fewer|lower){H}+than|under|below"
    rf"|(?:up{H}+to{H}+)?but{H}+(?:not{H}+including|excluding)",
    re.IGNORECASE,
)
"""A strict ceiling said in words after ``to`` (``a BMI of 25 to less than 30``, ``18.5 to
under 25``): a bracket's top it does not include, as ``25 to <30`` writes it."""
TO = re.compile(rf"{H}+to{H}+", re.IGNORECASE)
BLANK = re.compile(rf"{H}+")
"""Between a point and a worded ceiling: ``to`` (``25 to less than 30``), or only a blank
where the ceiling's own words say ``up to`` (``25 up to but not including 30``)."""
FLOOR_SIGNS = (">", "≥", ">=", "=>", "⩾")
SIGNED_JOIN = re.compile(rf",?{H}+(?:and|but|to){H}+|{H}*[-–—‒−]{H}*", re.IGNORECASE)
"""Between two signed bounds (``≥ 0.5 to ≤ 1``, ``>2–<5``): the signs make ``to`` or a dash
a bracket's join, not a change's."""
CHAINED = re.compile(rf"{H}*(?P<sign><=|=<|[<≤⩽]){H}*[A-Za-z][A-Za-z0-9₀-₉]{{0,7}}{H}*")
"""``2°C≤T≤8°C``: the first sign and the variable between a point and a signed ceiling."""


def _floor(quantity: Quantity) -> bool:
    return quantity.low is not None and quantity.high is None and bool(quantity.comparator)


def _ceiling(quantity: Quantity) -> bool:
    return quantity.high is not None and quantity.low is None and bool(quantity.comparator)


MODAL = re.compile(r"(?:can|could|may|might|will|would)\b", re.IGNORECASE)


def _said_by_a_verb(quantity: Quantity) -> bool:
    """``can reach 9 lakh``, ``may top 400``: a bound its own verb states is a clause of its
    own (``starts at £5,900 and can reach £9,000`` says where prices start, then how high
    they go), never the second end of the bound before it."""
    return bool(MODAL.match(quantity.comparator or ""))


def _negated(quantity: Quantity) -> bool:
    """``not >5``: a ceiling read from a negated floor says its own words; kept apart."""
    return (quantity.comparator or "").lower().startswith(("not", "no "))


def _point_then_signed_ceiling(text: str, previous: Quantity, quantity: Quantity) -> bool:
    """``25–<30``, ``2 to <12``: a point, a dash or ``to``, and a ceiling written with its
    sign, as tables and labels write a bracket that excludes its top (BMI 25 to under 30);
    or ``to`` and the ceiling in words (``25 to less than 30``, ``18.5 to under 25``), as WHO
    and NICE tables word the same bracket."""
    if _point_below_ceiling(previous, quantity) and DASH.fullmatch(
        text, previous.end, quantity.start
    ):
        return True
    join = BLANK if (quantity.comparator or "").lower().startswith("up") else TO
    return (
        _point_below_ceiling(previous, quantity, worded=True)
        and not quantity.high_inclusive
        and bool(join.fullmatch(text, previous.end, quantity.start))
    )


def _point_below_ceiling(previous: Quantity, quantity: Quantity, worded: bool = False) -> bool:
    """A plain point (no sign, no role) before a signed ceiling above it (with ``worded``, a
    ceiling said in :data:`CEILING_WORDS`), in one unit: the two ends of one bracket,
    whatever joins them."""
    ceiling = (
        CEILING_WORDS.fullmatch(quantity.comparator or "") is not None
        if worded
        else quantity.comparator in CEILING_SIGNS
    )
    return (
        previous.low is not None
        and previous.low == previous.high
        and not previous.comparator
        and previous.role is None
        and ceiling
        and quantity.high is not None
        and previous.low < quantity.high
        and (previous.unit is None or quantity.unit is None or previous.unit == quantity.unit)
    )


def _both_signed(text: str, floor: Quantity, ceiling: Quantity) -> bool:
    """``≥ 0.5 to ≤ 1 mg/kg``: a floor and a ceiling each written with its sign, joined by
    ``to`` or a dash as well as ``and``."""
    return (
        floor.comparator in FLOOR_SIGNS
        and ceiling.comparator in CEILING_SIGNS
        and bool(SIGNED_JOIN.fullmatch(text, floor.end, ceiling.start))
    )


def _chained(text: str, previous: Quantity, quantity: Quantity) -> re.Match[str] | None:
    """``2°C≤T≤8°C``, ``0.5 < x ≤ 1``: a point, a sign, a variable and a signed ceiling."""
    if not _point_below_ceiling(previous, quantity):
        return None
    return CHAINED.fullmatch(text, previous.end, quantity.start)


def joined_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each floor-and-ceiling pair made one interval, and
    each point followed by a dash and a signed ceiling (``25–<30``) made [25, 30)."""
    merged: list[Quantity] = []
    for quantity in found:
        previous = merged[-1] if merged else None
        if previous is not None and _point_then_signed_ceiling(text, previous, quantity):
            merged[-1] = _joined(text, previous, quantity)
            continue
        if previous is not None and (chain := _chained(text, previous, quantity)):
            merged[-1] = replace(
                _joined(text, previous, quantity), low_inclusive=chain.group("sign") != "<"
            )
            continue
        if (
            previous is not None
            and _floor(previous)
            and _ceiling(quantity)
            and not _negated(previous)
            and not _negated(quantity)
            and not _said_by_a_verb(quantity)
            and previous.low < quantity.high
            and (previous.unit is None or quantity.unit is None or previous.unit == quantity.unit)
            and previous.role is None
            and quantity.role is None
            and (
                JOIN.fullmatch(text, previous.end, quantity.start)
                or _both_signed(text, previous, quantity)
            )
        ):
            merged[-1] = _joined(text, previous, quantity)
            continue
        merged.append(quantity)
    return merged


def _joined(text: str, floor: Quantity, ceiling: Quantity) -> Quantity:
    """One interval from ``floor``'s start to ``ceiling``'s end, in the unit either says."""
    return replace(
        floor,
        text=text[floor.start : ceiling.end],
        end=ceiling.end,
        high=ceiling.high,
        high_inclusive=ceiling.high_inclusive,
        unit=ceiling.unit or floor.unit,
        kind=ceiling.kind if ceiling.unit else floor.kind,
        per=ceiling.per or floor.per,
        comparator=None,
    )
