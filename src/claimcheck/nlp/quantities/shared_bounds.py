"""A bound said once before two parallel figures: ``above 1.0 mmol/L in men and 1.2 mmol/L in
women``, ``less than 94 cm for men and 80 cm for women``, ``below 140/90 mmHg in clinics and
135/85 mmHg at home``.

Health pages give a target or a threshold for two groups or settings in one breath, the
comparator written only before the first figure; the second figure is the same kind of
bound (a healthy HDL level above 1.2 mmol/L in women, not exactly 1.2). A plain point takes
the bound of the nearest figure before it in its sentence when both are figures of one kind,
unit, role (systolic, diastolic) and basis, the point comes right after a phrase that says
whom or where the first is for (``in men and``, ``for adults,``), and a phrase of the same
kind follows the point (``in women``): the parallel is what says the comparator is shared.
Without the second phrase (``over 65% of adults and 40% now``) or with other words between
(``above 7% in 2019, when 6.5% was …``), the point stays a point.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.restated_bounds import bounded_as, one_sided, plain_point
from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"
_PLACE = r"(?:in|for|among|at|on|with|amongst)"
PHRASE_THEN_AND = re.compile(
    rf"{H}+(?i:{_PLACE})\b[^.;:!?\d\n]{{1,40}}?(?:,?{H}+(?i:and|or|but|while|whereas)|,){H}+\Z"
)
"""Between the first figure (or its partner) and the point: whom or where the first is for,
then ``and`` (``in men and``, ``for adults, ``)."""
PHRASE_AFTER = re.compile(rf"(?:/\d+(?:\.\d+)?{H}*[^\s\d]*)?{H}+(?i:{_PLACE})\b")
"""After the point (or its diastolic partner): whom or where it is for (``in women``)."""
SLASH = re.compile(rf"{H}*/{H}*\Z")


SIDE_ROLES: frozenset[str | None] = frozenset({None, "systolic", "diastolic"})
"""The roles a point may have to take a bound said before it (a blood pressure's sides)."""


def _alike(bound: Quantity, point: Quantity) -> bool:
    return (bound.unit, bound.kind, bound.role, bound.per) == (
        point.unit,
        point.kind,
        point.role,
        point.per,
    )


def shared_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each plain point that carries on a bound said before
    it in parallel (see the module docstring) made that bound at its own value."""
    result = list(found)
    for index in range(1, len(result)):
        point = result[index]
        if point.approx or not plain_point(point, SIDE_ROLES):
            continue
        before = result[index - 1]
        partner = SLASH.fullmatch(text, before.end, point.start) is not None
        if partner:
            # "135/85 mmHg": the diastolic takes its bound where the systolic took one
            if not (before.comparator and before.role == "systolic"):
                continue
        elif not PHRASE_THEN_AND.search(text, before.end, point.start) or not PHRASE_AFTER.match(
            text, point.end
        ):
            continue
        bound = next(
            (
                earlier
                for earlier in reversed(result[:index] if not partner else result[: index - 1])
                if _alike(earlier, point)
            ),
            None,
        )
        if bound is None or not one_sided(bound) or not _same_sentence(text, bound, point):
            continue
        result[index] = bounded_as(point, bound)
    return result


SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")


def _same_sentence(text: str, first: Quantity, second: Quantity) -> bool:
    return SENTENCE_BREAK.search(text, first.end, second.start) is None
