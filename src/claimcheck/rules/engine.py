"""Run a RuleSet over one document: the rules that apply to it, on one shared Page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.documents.document import Document
from claimcheck.findings import Finding
from claimcheck.nlp.claim import Claim
from claimcheck.registry.loader import Registry
from claimcheck.rules.checks import check_rule
from claimcheck.rules.model import RuleSet
from claimcheck.rules.page import page_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def rule_findings(
    document: Document,
    claims: Sequence[Claim],
    rules: RuleSet,
    registry: Registry | None = None,
    doc: Doc | None = None,
) -> list[Finding]:
    """The findings of every rule whose scope (paths, front matter) covers the document.
    ``doc`` is the extraction's Doc of the document, whose sentences the rules read (without
    it, the document is tokenised again)."""
    applicable = [r for r in rules if r.applies_to(document.path, document.front_matter)]
    if not applicable:
        return []
    page = page_of(document, doc)
    findings: list[Finding] = []
    for rule in applicable:
        findings.extend(check_rule(page, rule, claims, registry))
    return findings
