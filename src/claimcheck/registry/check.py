"""Advice on a registry that loads: claims that repeat each other, are stale, or are retired.

Near-duplicates are pairs of approved claims that share a subject name and whose statements
score at least :data:`NEAR_DUPLICATE_SCORE` with rapidfuzz's ``token_set_ratio`` (word order
and repeated words ignored; one statement's words all inside the other's scores 100). Two
entries for one fact drift apart when one is updated, so the owner should merge them. Only
claims sharing a subject are compared, so the cost follows the index, not the registry squared.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations

from rapidfuzz import fuzz, utils

from claimcheck.registry.errors import RegistryWarning
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.model import RegistryClaim

NEAR_DUPLICATE_SCORE = 90


def _warning(claim: RegistryClaim, kind: str, message: str) -> RegistryWarning:
    return RegistryWarning(
        path=claim.path,
        line=claim.line,
        col=claim.col,
        message=message,
        kind=kind,
        claim_id=claim.id,
    )


def _near_duplicates(registry: Registry) -> list[RegistryWarning]:
    live = [claim for claim in registry.claims if not claim.is_retired]
    by_subject: dict[str, list[RegistryClaim]] = {}
    for claim in live:
        for name in {normalise_term(subject) for subject in claim.subject}:
            by_subject.setdefault(name, []).append(claim)
    warned: set[str] = set()  # each repeat is reported once, against the earliest claim
    warnings = []
    for claims in by_subject.values():
        for first, second in combinations(claims, 2):
            if second.id in warned or first.id in warned:
                continue
            score = fuzz.token_set_ratio(
                first.statement, second.statement, processor=utils.default_process
            )
            if score >= NEAR_DUPLICATE_SCORE:
                warned.add(second.id)
                warnings.append(
                    _warning(
                        second,
                        "near-duplicate",
                        f"'{second.id}' repeats '{first.id}' ({first.path}:{first.line}; "
                        f"statements {score:.0f}% alike): merge them or make them distinct",
                    )
                )
    return warnings


def check_registry(registry: Registry, today: date) -> list[RegistryWarning]:
    """Near-duplicate, stale (``review_by`` before ``today``) and retired claims, by position."""
    warnings = _near_duplicates(registry)
    for claim in registry.claims:
        if claim.is_retired:
            warnings.append(
                _warning(claim, "retired", f"'{claim.id}' is retired: drafts citing it get CC104")
            )
        elif claim.is_stale(today):
            warnings.append(
                _warning(
                    claim,
                    "stale",
                    f"'{claim.id}' was due for review on {claim.review_by.isoformat()}: "
                    "check the source is current, then move review_by forward",
                )
            )
    return sorted(warnings, key=lambda warning: (warning.path, warning.line, warning.kind))
