"""Verdicts: what the registry says about each quantity of each claim.

``supported``: a matched registry claim's figure (or any figure of its statement) backs it;
``conflict``: the matched claim's figure disagrees; ``overprecise``: the draft is more precise
than the source allows; ``unsupported``: no registry claim matched. The interval arithmetic
lives in :mod:`claimcheck.registry.compare`; this module only decides which claim to ask.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.matching import DEFAULT_THRESHOLD, Match, best_match, candidates, convert
from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.compare import compare
from claimcheck.registry.loader import Registry
from claimcheck.registry.model import RegistryClaim

SUPPORTED, CONFLICT, OVERPRECISE, UNSUPPORTED = (
    "supported",
    "conflict",
    "overprecise",
    "unsupported",
)


@dataclass(frozen=True)
class Verdict:
    claim: Claim
    quantity: Quantity
    status: str
    match: Match | None = None  # the registry claim asked, when one matched
    near_miss: Match | None = None  # the best candidate below the threshold, for editors

    @property
    def registry_claim(self) -> RegistryClaim | None:
        return self.match.registry_claim if self.match else None


@lru_cache(maxsize=4096)
def statement_figures(statement: str) -> tuple[Quantity, ...]:
    """The figures a registry statement itself states; each is supported when repeated."""
    return tuple(find_quantities(statement))


def _repeats_statement(quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    for figure in statement_figures(registry_claim.statement):
        converted = convert(quantity, figure.unit)
        if converted is not None and (converted.low, converted.high) == (figure.low, figure.high):
            return True
    return False


def judge_claim(
    registry: Registry, claim: Claim, threshold: float = DEFAULT_THRESHOLD
) -> list[Verdict]:
    named = candidates(registry, claim)
    verdicts = []
    matched_here = []
    for quantity in claim.quantities:
        match, near = best_match(registry, claim, quantity, named, threshold)
        if match is None:
            verdicts.append(Verdict(claim, quantity, UNSUPPORTED, None, near))
            continue
        matched_here.append(match.registry_claim)
        status = compare(match.quantity, match.registry_claim.value, match.registry_claim.tolerance)
        if status == CONFLICT and _repeats_statement(quantity, match.registry_claim):
            status = SUPPORTED
        verdicts.append(Verdict(claim, quantity, status or CONFLICT, match, near))
    # A figure that matched nothing may still be one the matched claim's statement states.
    for i, verdict in enumerate(verdicts):
        if verdict.status != UNSUPPORTED:
            continue
        for registry_claim in matched_here:
            if _repeats_statement(verdict.quantity, registry_claim):
                match = Match(registry_claim, verdict.quantity, 100.0, 100.0)
                verdicts[i] = Verdict(claim, verdict.quantity, SUPPORTED, match)
                break
    return verdicts


def judge(
    registry: Registry, claims: Iterable[Claim], threshold: float = DEFAULT_THRESHOLD
) -> list[Verdict]:
    return [v for claim in claims for v in judge_claim(registry, claim, threshold)]
