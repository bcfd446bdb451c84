"""A bound said once before two parallel figures: ``above 1.0 mmol/L in men and 1.2 mmol/L in
women``, ``less than 94 cm for men and 80 cm for women``, ``below 140/90 mmHg in clinics and
135/85 mmHg at home``, ``at least 30% of men and 25% of women``, ``at least 135 g/L (men) or
125 g/L (women)``.

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
from dataclasses import replace

from claimcheck.nlp.quantities.end_anchored import EndAnchored
from claimcheck.nlp.quantities.restated_bounds import bounded_as, one_sided, plain_point
from claimcheck.nlp.quantity import Quantity

H = r"[ \t\u00a0\u202f\u2009]"
_PLACE = r"(?:in|for|among|at|on|with|amongst|of|after|following)"
"""Words that open whom, where or after what a figure holds: ``in men``, ``after a vaginal
delivery`` (``Stays longer than 48 hours after a vaginal delivery or 96 hours after a
cesarean section``: both longer than, s57x)."""
_BRACKETED = r"{H}*\([^()\d\n]{{1,30}}\)"
PHRASE_THEN_AND = EndAnchored(
    re.compile(
        rf"(?:{H}+(?P<prep>(?i:{_PLACE}))\b[^.;:!?\d\n]{{1,40}}?"
        rf"|(?P<bracket>{_BRACKETED.format(H=H)}))"
        rf"(?:,?{H}+(?i:and|or|but|while|whereas)|,){H}+\Z"
    )
)
"""Between the first figure (or its partner) and the point: whom or where the first is for,
then ``and`` (``in men and``, ``for adults, ``, ``of men and``, ``(men) or``). Searched only
where the text before the point's blanks ends as ``and``, ``or`` … or a comma can
(:class:`EndAnchored`): the plain search tried it at every character between two figures."""
PHRASE_AFTER = re.compile(
    rf"(?:/\d+(?:\.\d+)?{H}*[^\s\d]*)?(?:{H}+(?P<prep>(?i:{_PLACE}))\b"
    rf"|(?P<bracket>{_BRACKETED.format(H=H)}))"
)
"""After the point (or its diastolic partner): whom or where it is for (``in women``, ``of
women``, ``(women)``)."""
SLASH = re.compile(rf"{H}*/{H}*\Z")


SIDE_ROLES: frozenset[str | None] = frozenset({None, "systolic", "diastolic"})
"""The roles a point may have to take a bound said before it (a blood pressure's sides)."""


def _alike(bound: Quantity, point: Quantity) -> bool:
    if (bound.unit, bound.kind, bound.role, bound.per) == (
        point.unit,
        point.kind,
        point.role,
        point.per,
    ):
        return True
    if bound.role != point.role:
        return False
    # "start at £199 a pair in the UK and about $99 in the US": a price in another currency;
    # "at least 150 minutes of moderate activity a week and 75 minutes of vigorous activity":
    # a length whose period was said once
    if _money(bound) and _money(point):
        return point.per in (None, bound.per)
    return (
        bound.kind == point.kind
        and bound.kind in SAME_KIND_ALIKE
        and bound.unit == point.unit
        and point.per is None
    )


SAME_KIND_ALIKE = frozenset({"duration", "measure", "count", "percent"})
"""Kinds whose second figure may leave the first's period unsaid and still be parallel."""


def _money(quantity: Quantity) -> bool:
    """A price: an amount in a currency, also per a period or an item (``GBP/pair``)."""
    unit = quantity.unit or ""
    return quantity.kind in ("money", "rate") and unit[:3].isalpha() and unit[:3].isupper()


def _elided(point: Quantity) -> bool:
    """A bare number that stands for the figure before it with its unit left out (``up to 4
    times a year for men, or 3 for women``)."""
    return (
        point.kind == "number"
        and point.unit is None
        and point.low is not None
        and point.low == point.high
        and not point.comparator
        and point.role is None
        and point.spread is None
        and point.statistic is None
    )


def shared_bounds(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (sorted by start) with each plain point that carries on a bound said before
    it in parallel (see the module docstring) made that bound at its own value."""
    result = list(found)
    for index in range(1, len(result)):
        point = result[index]
        elided = _elided(point)
        if not (elided or plain_point(point, SIDE_ROLES)):
            continue
        before = result[index - 1]
        partner = SLASH.fullmatch(text, before.end, point.start) is not None
        if partner:
            # "135/85 mmHg": the diastolic takes its bound where the systolic took one
            if not (before.comparator and before.role == "systolic"):
                continue
        elif not _parallel(text, before, point):
            continue
        if point.approx and partner:
            continue
        if elided:
            # "up to 4 times a year for men, or 3 for women": the bare number is the figure
            # before it said again, its unit left out
            if partner or not (one_sided(before) and before.unit):
                continue
            point = replace(point, unit=before.unit, kind=before.kind, per=before.per)
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


def _parallel(text: str, before: Quantity, point: Quantity) -> bool:
    """Whether the point comes after a phrase saying whom or where the figure before it is
    for, then ``and``, and is followed by a phrase of the same kind: the same preposition
    (``in men and … in women``, ``of men and … of women``) or a bracket (``(men) or …
    (women)``). "over 30% in Wales, and 25% of children" is no parallel."""
    first = PHRASE_THEN_AND.search(text, before.end, point.start)
    second = PHRASE_AFTER.match(text, point.end)
    if first is None or second is None:
        return False
    if first.group("bracket") or second.group("bracket"):
        return bool(first.group("bracket") and second.group("bracket"))
    # (the phrase nearest the "and": "150 minutes of activity for adults, while 60 minutes
    # for children" sets "for adults" beside "for children")
    *_, last = PLACE_WORD.finditer(text, first.start(), point.start)
    mine, theirs = last.group().lower(), second.group("prep").lower()
    return mine == theirs or "of" not in (mine, theirs)


PLACE_WORD = re.compile(rf"\b(?i:{_PLACE})\b")
JUST_AND = re.compile(rf"{H}+(?i:and){H}+\Z")
"""Only ``and`` between two counts: ``An estimated 249 million cases and 608 000 deaths``."""
COUNTS = frozenset({"count", "rate"})


def shared_hedges(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with each plain point that carries on a hedge said once before it made
    approximate too: two counts joined by ``and`` alone (``an estimated 249 million cases and
    608 000 deaths``, ``about 1,200 cases and 40 deaths``), or a figure said in parallel
    (``about 40% of men and 30% of women``, as a bound is, :func:`shared_bounds`)."""
    result = list(found)
    for index in range(1, len(result)):
        point, before = result[index], result[index - 1]
        if point.approx or not before.approx or not plain_point(point, SIDE_ROLES):
            continue
        if before.comparator or not _same_sentence(text, before, point):
            continue
        counts = (
            before.kind in COUNTS
            and point.kind in COUNTS
            and JUST_AND.search(text, before.end, point.start) is not None
        )
        parallel = _alike(before, point) and _parallel(text, before, point)
        if counts or parallel:
            result[index] = replace(point, approx=True)
    return result


SENTENCE_BREAK = re.compile(r"[.!?](?:\s|\Z)|\n")


def _same_sentence(text: str, first: Quantity, second: Quantity) -> bool:
    return SENTENCE_BREAK.search(text, first.end, second.start) is None
