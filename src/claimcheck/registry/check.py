"""Check a registry that loads: each claim against its own evidence (errors, see
:mod:`claimcheck.registry.evidence`), and advice on claims that repeat each other, are stale,
retired or drafts (warnings).

Near-duplicates are pairs of live claims that share a subject name, state the same value for
the same group and time (their ``group`` fields, else the group labels of their statements;
their ``timepoint`` and the years their statements name), and whose statements score at least
:data:`NEAR_DUPLICATE_SCORE` with rapidfuzz's ``token_set_ratio`` (word order and repeated
words ignored; one statement's words all inside the other's scores 100). Two entries for one
fact drift apart when one is updated, so the owner should merge them; siblings that differ
only by age group, arm, year or figure are not one fact. Only claims sharing a subject are
compared, so the cost follows the index, not the registry squared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from rapidfuzz import fuzz, utils

from claimcheck.registry.errors import RegistryWarning
from claimcheck.registry.evidence import QuoteFound, check_evidence
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


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _value_key(claim: RegistryClaim) -> tuple:
    value = claim.value
    return (value.low, value.high, value.unit)


def _groups(claim: RegistryClaim) -> frozenset[str]:
    """Who the claim is about: its ``group`` field, else the group labels of its statement."""
    from claimcheck.nlp.quantities.groups import find_group_labels

    written = claim.group or tuple(label.text for label in find_group_labels(claim.statement))
    return frozenset(" ".join(group.lower().split()) for group in written)


def _when(claim: RegistryClaim) -> tuple[str | None, frozenset[str]]:
    return claim.timepoint, frozenset(_YEAR.findall(claim.statement))


def _same_fact(first: RegistryClaim, second: RegistryClaim) -> bool:
    """Whether two claims can be one fact written twice: same value, group and time. Sibling
    claims (another age group, arm, year or figure) are distinct however alike their words."""
    return (
        _value_key(first) == _value_key(second)
        and _groups(first) == _groups(second)
        and _when(first) == _when(second)
    )


def near_duplicates(registry: Registry) -> list[RegistryWarning]:
    live = [claim for claim in registry.claims if not claim.is_retired]
    by_subject: dict[str, list[RegistryClaim]] = {}
    for claim in live:
        for name in {normalise_term(subject) for subject in claim.subject}:
            by_subject.setdefault(name, []).append(claim)
    warned: set[str] = set()  # each repeat is reported once, against the earliest claim
    warnings = []
    for claims in by_subject.values():
        for first, second in combinations(claims, 2):
            if second.id in warned or first.id in warned or not _same_fact(first, second):
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


@dataclass
class RegistryCheck:
    """What ``registry check`` found: ``problems`` (errors and warnings, by position) and
    the quotes found in their sources' files."""

    problems: list[RegistryWarning]
    found: list[QuoteFound] = field(default_factory=list)

    @property
    def errors(self) -> list[RegistryWarning]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def warnings(self) -> list[RegistryWarning]:
        return [problem for problem in self.problems if not problem.is_error]


def check_registry(registry: Registry, today: date) -> RegistryCheck:
    """Every problem of the registry: each claim's evidence (errors), near-duplicate, stale
    (``review_by`` before ``today``), retired and draft claims (warnings), by position."""
    found: list[QuoteFound] = []
    warnings = near_duplicates(registry)
    for claim in registry.claims:
        warnings.extend(check_evidence(claim, found))
        if claim.is_draft:
            warnings.append(
                _warning(
                    claim,
                    "draft",
                    f"'{claim.id}' is a draft: it supports no figure until a reviewer checks "
                    "it against its source and sets status: approved",
                )
            )
        elif claim.is_retired:
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
    ordered = sorted(warnings, key=lambda warning: (warning.path, warning.line, warning.kind))
    return RegistryCheck(ordered, sorted(found, key=lambda quote: (quote.path, quote.line)))
