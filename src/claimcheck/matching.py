"""Which registry claim a draft's quantity refers to.

Candidates come only from the registry terms found in the sentence (``claimcheck_terms``),
so the cost per claim depends on how many claims share its terms, not on the registry's size.
Each candidate with a compatible unit is scored with rapidfuzz on the sentence against the
claim's statement and approved variants; a candidate whose subject (not only its context)
is named, and whose term sits near the figure, ranks first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, utils

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.model import RegistryClaim
from claimcheck.registry.units import normalise_unit, units_compatible

DEFAULT_THRESHOLD = 55.0  # rapidfuzz score (0–100) below which a candidate does not match
SUBJECT_BONUS = 15.0  # a named subject is stronger evidence than a shared context word
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
    wordings = (registry_claim.statement, *registry_claim.variants)
    return max(
        fuzz.token_set_ratio(sentence, wording, processor=utils.default_process)
        for wording in wordings
    )


def candidates(registry: Registry, claim: Claim) -> dict[str, list[int]]:
    """Registry ids named by the claim's terms, with the offsets where their terms occur."""
    found: dict[str, list[int]] = {}
    for start, _end, name in claim.terms:
        for claim_id in registry.by_term.get(normalise_term(name), ()):
            found.setdefault(claim_id, []).append(start)
    return found


def best_match(
    registry: Registry,
    claim: Claim,
    quantity: Quantity,
    named: dict[str, list[int]],
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[Match | None, Match | None]:
    """The best match at or above the threshold, and the best one below it (a near miss)."""
    best: Match | None = None
    near: Match | None = None
    for claim_id, positions in named.items():
        registry_claim = registry.by_id[claim_id]
        converted = convert(quantity, registry_claim.value.unit)
        if converted is None:
            continue
        score = text_score(claim.text, registry_claim)
        subjects = {normalise_term(name) for name in registry_claim.subject}
        subject_named = any(normalise_term(name) in subjects for _s, _e, name in claim.terms)
        distance = min(abs(p - quantity.start) for p in positions)
        rank = (
            score
            + (SUBJECT_BONUS if subject_named else 0.0)
            - min(MAX_DISTANCE_PENALTY, distance * DISTANCE_PENALTY_PER_CHAR)
        )
        match = Match(registry_claim, converted, score, rank)
        if score >= threshold and subject_named:
            if best is None or rank > best.rank:
                best = match
        elif near is None or rank > near.rank:
            near = match
    return best, near
