"""Where each registry claim is used: the draft lines whose figures matched it, with verdicts.

When a claim changes or is retired, its owner needs the pages that state it. A *use* is a
figure of a draft that the matcher judged against the claim (supported, conflict or
overprecise); figures no claim supports are uses of nothing. Claims used nowhere are listed
too: a claim no page states may be ready to retire, or its wording may need variants.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.lint import DocumentResult
from claimcheck.registry.model import RegistryClaim
from claimcheck.wording import counted


@dataclass(frozen=True)
class Use:
    """One figure of a draft judged against a claim: where, as written, and the verdict."""

    path: str
    line: int
    col: int
    text: str
    verdict: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "text": self.text,
            "verdict": self.verdict,
        }


@dataclass
class ClaimUsage:
    claim: RegistryClaim
    uses: list[Use] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.claim.path}:{self.claim.line}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.claim.id,
            "status": self.claim.status,
            "where": self.where,
            "uses": [use.to_dict() for use in self.uses],
        }


def usage(claims: Sequence[RegistryClaim], documents: Iterable[DocumentResult]) -> list[ClaimUsage]:
    """Each of ``claims`` (in registry order) with its uses in ``documents``, in file order."""
    by_id = {claim.id: ClaimUsage(claim) for claim in claims}
    for result in documents:
        document = result.document
        for verdict in result.verdicts:
            claim = verdict.registry_claim
            if claim is None or claim.id not in by_id:
                continue
            q = verdict.quantity
            line, col = document.line_col(q.start)
            text = document.as_read(q.start, q.end)
            by_id[claim.id].uses.append(Use(document.path, line, col, text, verdict.status))
    for item in by_id.values():
        item.uses.sort(key=lambda use: (use.path, use.line, use.col))
    return list(by_id.values())


def format_text(usages: Sequence[ClaimUsage], drafts: int) -> str:
    """One block per claim (``id (file:line): N uses`` then a line per use), unused claims
    last under their own heading, and a count line."""
    lines = []
    used = [item for item in usages if item.uses]
    unused = [item for item in usages if not item.uses]
    for item in used:
        lines.append(f"{item.claim.id} ({item.where}): {counted(len(item.uses), 'use')}")
        lines.extend(
            f'  {use.path}:{use.line}:{use.col}: "{use.text}" {use.verdict}' for use in item.uses
        )
    if unused:
        lines.append("used nowhere:")
        lines.extend(f"  {item.claim.id} ({item.where})" for item in unused)
    uses = sum(len(item.uses) for item in used)
    lines.append(
        f"{counted(len(usages), 'claim')}, {len(used)} used ({counted(uses, 'use')}), "
        f"{len(unused)} used nowhere, in {counted(drafts, 'draft')}"
    )
    return "\n".join(lines) + "\n"


def format_json(usages: Sequence[ClaimUsage], drafts: int) -> dict[str, Any]:
    return {
        "drafts_checked": drafts,
        "claims": [item.to_dict() for item in usages],
        "unused": [item.claim.id for item in usages if not item.uses],
    }
