"""A bound restated in brackets in another unit takes the bound: ``max 1.25 mg (2.5 mL)`` is
at most 2.5 mL as it is at most 1.25 mg, ``up to 400 µg (0.4 mg)``, ``at least 150 lb (68
kg)``. Labels and leaflets write a dose once in each unit; the comparator is said before the
first and governs both. Only a plain point alone in the brackets takes it (``under 30 (the
national mean)`` has no figure inside; ``up to 10 mg (range 5–10 mg)`` is a range of its own),
and never a share of a count or a share: ``more than half (56%)`` gives the share exactly,
while a measure's bound carries into its percentage (``above 75 mmol/mol (9%)``, ``up to 58
mmol/mol (7.5%)``: an HbA1c written in both its units). A bound on a share takes a
measure restated after it (``below 5.7% (39 mmol/mol)``: an HbA1c written in both its units)
but never a count (``under 10% (14 patients)`` counts the patients exactly).

A bare number bracketed right after a bound, with only the setting it holds in after it (``at
most 16 tablets (32 in a pharmacy)``, ``up to 3 doses (4 for adults)``), is the other
setting's limit: the same bound in the same unit (at most 32 tablets). Only a limit takes it,
a ceiling or a floor said with ``at least``/``minimum``: after ``over 40 patients`` the
bracketed ``(12 in London)`` counts a part of them exactly.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"
OPEN = re.compile(rf"{H}*[(\[]{H}*\Z")
CLOSE = re.compile(rf"{H}*[)\]]")


SHARES = frozenset({"percent", "proportion"})
"""A share restated in brackets is its exact value (``more than half (56%)``, ``over 1 in 3
(35%)``), never a second bound."""


def one_sided(quantity: Quantity) -> bool:
    """A bound on one side only, said with a comparator (``more than 5``, ``under 30``)."""
    return bool(quantity.comparator) and (quantity.low is None) != (quantity.high is None)


def plain_point(quantity: Quantity, roles: frozenset[str | None] = frozenset({None})) -> bool:
    """A point with a unit and nothing else said of it (no comparator, spread, or a role
    outside ``roles``)."""
    return (
        quantity.low is not None
        and quantity.low == quantity.high
        and not quantity.comparator
        and quantity.role in roles
        and quantity.spread is None
        and quantity.unit is not None
    )


def bounded_as(point: Quantity, bound: Quantity) -> Quantity:
    """``point`` made the one-sided bound ``bound`` is, at its own value: at least (more than)
    it where ``bound`` is a floor, at most (less than) it where a ceiling."""
    if bound.low is not None:
        return replace(
            point, high=None, low_inclusive=bound.low_inclusive, comparator=bound.comparator
        )
    return replace(
        point,
        low=None,
        high=point.low,
        high_inclusive=bound.high_inclusive,
        comparator=bound.comparator,
    )


def restated_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each plain point bracketed right after a one-sided
    bound in another unit made the same bound in its own unit."""
    result = list(found)
    for index in range(1, len(result)):
        bound, restated = result[index - 1], result[index]
        if not (one_sided(bound) and plain_point(restated) and restated.unit != bound.unit):
            continue
        if restated.unit in SHARES and (bound.kind != "measure" or bound.unit in SHARES):
            # "more than half (56%)", "over 40 patients (35%)": the brackets give the share
            # exactly; a measure's bound is a level in both units ("above 75 mmol/mol (9%)")
            continue
        if bound.unit in SHARES and restated.kind != "measure":
            continue  # "under 10% (14 patients)": the count itself, exactly
        if not OPEN.fullmatch(text, bound.end, restated.start) or not CLOSE.match(
            text, restated.end
        ):
            continue
        result[index] = bounded_as(restated, bound)
    return result


ALTERNATIVE_SETTING = re.compile(
    rf"{H}+(?:in|at|for|from|with|without|if|when|on|by|via|under|over|after|before)\b"
    rf"(?:[^()\[\]\d;:.%\n]|\d+(?:[.,]\d+)?(?![\d%])){{0,60}}[)\]]",
    re.IGNORECASE,
)
"""What a bracketed alternative bound says after its number: the setting it holds in (``in a
pharmacy``, ``for adults``, ``if prescribed``), up to the bracket's close. The setting may
name its people by a figure of their own (``(4 for children aged 10 to 15)``, ``(2 g in
adults under 50 kg)``, ``(7 for women over 65)``): the age or weight says who, and the bare
number before it is still their limit; never a share (``%``) or a new clause (``;``, ``:``)."""


def bracketed_alternatives(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a bare number (or one in the bound's unit) bracketed right after a
    one-sided bound, before the setting it holds in (:data:`ALTERNATIVE_SETTING`), made the
    same bound in the bound's unit: ``at most 16 tablets (32 in a pharmacy)`` is at most 32
    tablets too."""
    result = list(found)
    for index in range(1, len(result)):
        bound, other = result[index - 1], result[index]
        if not (one_sided(bound) and bound.unit is not None and bound.unit not in SHARES):
            continue
        if bound.high is None and not bound.low_inclusive:
            continue  # "over 40 patients (12 in London)": a part of those counted, exactly
        if not (
            other.low is not None
            and other.low == other.high
            and not other.comparator
            and other.role is None
            and other.spread is None
            and other.kind in ("number", "count", bound.kind)
            and other.unit in (None, bound.unit)
            and other.per is None
        ):
            continue
        if not OPEN.fullmatch(text, bound.end, other.start):
            continue
        if not ALTERNATIVE_SETTING.match(text, other.end):
            continue
        result[index] = bounded_as(
            replace(other, unit=bound.unit, kind=bound.kind, per=bound.per), bound
        )
    return result


def _share_value(quantity: Quantity) -> float | None:
    """The point or the bound of a share on the percent scale (``1 in 3`` is 33.3)."""
    value = quantity.low if quantity.low is not None else quantity.high
    if value is None:
        return None
    return value * 100 if quantity.unit == "proportion" else value


AS_HIGH_AS = re.compile(r"as\W+(?:high|many|much|great|large)\W+as\b", re.IGNORECASE)
"""A comparator that says the value reached (``as high as 4 in 10 (43%)``): the bracket is
that value exactly, as the source's quote gives it."""
RESTATED_SHARE_SPAN = 0.25
"""How far beyond a bound a bracketed share may lie and still restate it (``up to 30% (about
1 in 3)``: 33.3 is 11% above 30)."""


def restated_share_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a share bracketed right after a one-sided bound on a share made the same
    bound, where the bracket restates the bound rather than giving the exact share: its value
    equals the bound or lies beyond it (never inside), by at most a quarter. ``Up to 30%
    (about 1 in 3)`` is at most about a third: a share the bound leaves out can only be the
    bound said another way. A share inside the bound is the exact one, as decided before:
    ``more than a quarter (26.3%)`` is 26.3%, ``more than half (56%)`` 56%."""
    result = list(found)
    for index in range(1, len(result)):
        bound, restated = result[index - 1], result[index]
        if not (one_sided(bound) and bound.unit in SHARES and restated.unit in SHARES):
            continue
        if AS_HIGH_AS.match(bound.comparator or ""):
            continue  # "as high as 4 in 10 (43%)": the rate reached, its exact value bracketed
        if restated.low is None or restated.low != restated.high or restated.comparator:
            continue
        if restated.role is not None or restated.spread is not None:
            continue
        if not OPEN.fullmatch(text, bound.end, restated.start) or not CLOSE.match(
            text, restated.end
        ):
            continue
        limit, value = _share_value(bound), _share_value(restated)
        if not limit or value is None:
            continue
        beyond = value - limit if bound.low is not None else limit - value
        # (equal, up to a rounding of the bound's last digit, or beyond it: "at least 25% (1
        # in 4)", "up to 30% (about 1 in 3)")
        if beyond > 0.005 * limit or -beyond > RESTATED_SHARE_SPAN * limit:
            continue
        result[index] = bounded_as(replace(restated, high=restated.low), bound)
    return result


TOTAL_AFTER = re.compile(
    rf"(?:{H}+(?:in{H}+total|total|in{H}+all|altogether|overall|max(?:imum)?))?{H}*[)\]]",
    re.IGNORECASE,
)
"""What may follow a bracketed total before its close: ``in total``, ``altogether``."""


def bracketed_totals(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the total of a bounded dose given in brackets after how often it is
    taken made the same bound: ``up to a maximum of 1 g three times a day (3 g a day in
    total)`` is at most 3 g a day, ``at least 500 mg twice daily (1 g a day)`` at least 1 g a
    day, ``no more than 2 tablets four times daily (8 tablets in total)`` at most 8 tablets.
    The bracket follows the frequency, the bound comes right before the frequency, and the
    total is a plain point above the dose, in the bound's unit (or another of its mass or
    volume); only ``in total``, ``altogether`` or the like may follow it in the bracket."""
    result = list(found)
    for index in range(2, len(result)):
        bound, often, total = result[index - 2], result[index - 1], result[index]
        if not (
            one_sided(bound) and bound.kind in ("measure", "count") and often.kind == "frequency"
        ):
            continue
        if not (
            total.kind == bound.kind
            and total.low is not None
            and total.low == total.high
            and not total.comparator
            and total.role is None
            and total.spread is None
            and _same_dimension(total.unit, bound.unit)
            and (total.unit != bound.unit or total.low > (bound.low or bound.high or 0))
        ):
            continue  # (a day's total is more than one dose of it)
        if not BLANKS.fullmatch(text, bound.end, often.start):
            continue
        if not OPEN.fullmatch(text, often.end, total.start) or not TOTAL_AFTER.match(
            text, total.end
        ):
            continue
        result[index] = bounded_as(total, bound)
    return result


BLANKS = re.compile(rf"{H}*")
MASSES = frozenset({"mg", "g", "kg", "mcg", "µg", "microgram", "micrograms"})
VOLUMES = frozenset({"ml", "mL", "l", "L", "litre", "litres"})


def _same_dimension(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return False
    return first == second or {first, second} <= MASSES or {first, second} <= VOLUMES
