"""Which registry claim a draft's quantity refers to.

Candidates come only from the registry terms found in the sentence, or the sentence before
(``claimcheck_terms``), so the cost per claim depends on how many claims share its terms, not
on the registry's size. A candidate must have its subject named there, its context (if any)
named somewhere in the document, a unit the figure can be converted to, and the same kind of
statistic; it is scored with rapidfuzz on the sentence against the claim's statement and
approved variants, plus a bonus for where its names sit (see :func:`_evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, utils

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.model import RegistryClaim
from claimcheck.registry.units import normalise_unit, units_compatible

DEFAULT_THRESHOLD = 65.0  # text score plus name bonuses below which a candidate does not match
SUBJECT_BONUS = 15.0  # the subject named in the figure's own sentence
NEARBY_SUBJECT_BONUS = 5.0  # named only in the sentence before ("GPC3 … It is found in …")
CONTEXT_BONUS = 5.0  # the context (disease, population) named in the sentence too
DOCUMENT_CONTEXT_BONUS = 2.0  # … or elsewhere in the document
MISSING_CONTEXT_PENALTY = 5.0  # … or nowhere
OTHER_SUBJECT_PENALTY = 20.0  # the sentence names a subject the claim does not know
DISTANCE_PENALTY_PER_CHAR = 0.1
MAX_DISTANCE_PENALTY = 15.0


@dataclass(frozen=True)
class Match:
    registry_claim: RegistryClaim
    quantity: Quantity  # the draft's quantity, converted to the registry claim's unit
    score: float  # rapidfuzz text similarity, 0–100
    rank: float  # score with the subject bonus and the distance penalty


# Exact factors between time units where the calendar gives one; others go through days.
EXACT_TIME_FACTORS = {
    ("year", "month"): 12.0,
    ("week", "day"): 7.0,
    ("day", "hour"): 24.0,
    ("hour", "minute"): 60.0,
}
DAYS_PER_UNIT = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 365.25 / 12,
    "year": 365.25,
}


def _time_factor(source: str, target: str) -> tuple[float, bool]:
    """How many ``target`` units one ``source`` unit holds, and whether that is exact."""
    if (source, target) in EXACT_TIME_FACTORS:
        return EXACT_TIME_FACTORS[(source, target)], True
    if (target, source) in EXACT_TIME_FACTORS:
        return 1 / EXACT_TIME_FACTORS[(target, source)], True
    return DAYS_PER_UNIT[source] / DAYS_PER_UNIT[target], False


def convert(quantity: Quantity, unit: str | None) -> Quantity | None:
    """The quantity expressed in ``unit``, or None when the two units measure different things.

    Durations convert (``2 years`` is ``24 months``; week/month conversions are approximate);
    other units must be compatible as :func:`units_compatible` says.
    """
    draft_unit = normalise_unit(quantity.unit) if quantity.unit else None
    if draft_unit in DAYS_PER_UNIT and unit in DAYS_PER_UNIT and draft_unit != unit:
        factor, exact = _time_factor(draft_unit, unit)

        def scale(value: float | None) -> float | None:
            return None if value is None else round(value * factor, 9)

        return replace(
            quantity,
            low=scale(quantity.low),
            high=scale(quantity.high),
            unit=unit,
            approx=quantity.approx or not exact,
        )
    return quantity if units_compatible(quantity.unit, unit) else None


def text_score(sentence: str, registry_claim: RegistryClaim) -> float:
    """How close the sentence's wording is to the claim's statement or an approved variant."""
    wordings = (registry_claim.statement, *registry_claim.variants)
    return max(
        fuzz.token_set_ratio(sentence, wording, processor=utils.default_process)
        for wording in wordings
    )


@lru_cache(maxsize=8192)
def _normalised(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise_term(name) for name in names)


@lru_cache(maxsize=8192)
def _statistic_of(registry_claim: RegistryClaim) -> str | None:
    """The statistic (HR, OR, P…) the claim's value is, read off its own statement."""
    value = registry_claim.value
    for figure in find_quantities(registry_claim.statement):
        if figure.statistic and (figure.low, figure.high) == (value.low, value.high):
            return figure.statistic
    return None


def _statistics_agree(quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """A P value only matches a P value; an HR never matches an OR."""
    if quantity.statistic is None:
        return True
    known = _statistic_of(registry_claim)
    if known is None:
        return quantity.statistic != "P" and registry_claim.value.unit is None
    return known == quantity.statistic


def candidates(registry: Registry, claim: Claim) -> dict[str, list[int]]:
    """Registry ids whose subject is named in the sentence (with the offsets where), or,
    failing any in the sentence, in the sentence before (an empty offset list)."""
    found: dict[str, list[int]] = {}
    for start, _end, name in claim.terms:
        for claim_id in registry.by_term.get(normalise_term(name), ()):
            found.setdefault(claim_id, []).append(start)
    for name in claim.nearby_terms:
        for claim_id in registry.by_term.get(normalise_term(name), ()):
            found.setdefault(claim_id, [])
    return found


def _evidence(
    registry_claim: RegistryClaim,
    claim: Claim,
    quantity: Quantity,
    positions: list[int],
    subject_terms: frozenset[str],
) -> float | None:
    """The bonus the names around the figure give a candidate, or None when they rule it out.

    The subject (what is measured) must be named in the sentence, or in the sentence before.
    A sentence that also names another registry subject this claim does not know (DC-CIK
    beside a trial of another drug) is likely about that other thing: a penalty.
    A context (where, in whom) named in the sentence adds to the bonus, one named elsewhere in
    the document a little, and one named nowhere takes some away. A subject named far from
    the figure counts for less.
    """
    subjects = _normalised(registry_claim.subject)
    here = {normalise_term(name) for _s, _e, name in claim.terms}
    before = {normalise_term(name) for name in claim.nearby_terms}
    if subjects & here:
        bonus = SUBJECT_BONUS
    elif subjects & before:
        bonus = NEARBY_SUBJECT_BONUS
    else:
        return None
    own = subjects | _normalised(registry_claim.context)
    if any(name in subject_terms and name not in own for name in here):
        bonus -= OTHER_SUBJECT_PENALTY
    contexts = _normalised(registry_claim.context)
    if contexts & here:
        bonus += CONTEXT_BONUS
    elif contexts & {normalise_term(name) for name in claim.document_terms}:
        bonus += DOCUMENT_CONTEXT_BONUS
    elif contexts:
        bonus -= MISSING_CONTEXT_PENALTY
    if positions:
        distance = min(abs(p - quantity.start) for p in positions)
        bonus -= min(MAX_DISTANCE_PENALTY, distance * DISTANCE_PENALTY_PER_CHAR)
    return bonus


def ranked_matches(
    registry: Registry,
    claim: Claim,
    quantity: Quantity,
    named: dict[str, list[int]],
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[list[Match], Match | None]:
    """The candidates that match, best first, and the best one that does not (a near miss)."""
    accepted: list[Match] = []
    near: Match | None = None
    for claim_id, positions in named.items():
        registry_claim = registry.by_id[claim_id]
        converted = convert(quantity, registry_claim.value.unit)
        if converted is None or not _statistics_agree(quantity, registry_claim):
            continue
        score = text_score(claim.text, registry_claim)
        bonus = _evidence(registry_claim, claim, quantity, positions, registry.subject_terms)
        match = Match(registry_claim, converted, score, score + (bonus or 0.0))
        if bonus is not None and match.rank >= threshold:
            accepted.append(match)
        elif near is None or match.rank > near.rank:
            near = match
    accepted.sort(key=lambda m: m.rank, reverse=True)
    return accepted, near
