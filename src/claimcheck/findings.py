"""The Finding: one immutable result record that every reporter formats (flake8's Violation).

Findings sort by path and position; ``to_dict`` is the JSON shape all machine formats build on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimcheck.codes import CODES
from claimcheck.fixes.model import Fix

if TYPE_CHECKING:
    from claimcheck.documents.document import Document

_ONE_LINE = re.compile(r"(?:\S| (?! ))*")  # no line break, tab or run of spaces


def _one_line(text: str) -> bool:
    """Whether ``text`` is on one line: no whitespace but single spaces (:data:`_ONE_LINE`).
    A printable text without two spaces in a row is (every other whitespace character is
    unprintable), which ``str.isprintable`` says in C: the pattern, whose alternation ran
    at every character of every message, is asked only of the rest."""
    return (text.isprintable() and "  " not in text) or _ONE_LINE.fullmatch(text) is not None


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    col: int
    code: str
    start: int = field(compare=False)
    end: int = field(compare=False)
    severity: str = field(compare=False)
    message: str = field(compare=False)
    registry_id: str | None = field(default=None, compare=False)
    suggestion: str | None = field(default=None, compare=False)
    claim_text: str | None = field(default=None, compare=False)  # the sentence
    quantity: dict[str, Any] | None = field(default=None, compare=False, hash=False)
    score: float | None = field(default=None, compare=False)  # the match score, 0–100
    rule: str | None = field(default=None, compare=False)  # the rule id, for rule findings
    # where a reader of a Word or PDF draft finds it (Document.place); None in other formats
    paragraph: int | None = field(default=None, compare=False)
    page: int | None = field(default=None, compare=False)
    fix: Fix | None = field(default=None, compare=False)  # the edits that fix it, if any

    def __post_init__(self) -> None:
        # Every reporter prints a finding on one line (`path:line:col: CODE severity:
        # message`, a GitHub annotation): a line break from a registry quote or a YAML
        # message would split it, so whitespace runs in the message and hint are one space.
        for name in ("message", "suggestion"):
            text = getattr(self, name)
            if text is not None and not _one_line(text):
                object.__setattr__(self, name, " ".join(text.split()))

    @property
    def name(self) -> str:
        """The readable name users may select, ignore or suppress instead of the code."""
        if self.rule:
            return self.rule
        return CODES[self.code].name if self.code in CODES else self.code

    @property
    def position(self) -> str:
        """Where the finding is, after the path: ``line:col``; in a Word draft ``¶12:col``
        (paragraph 12, which is line 12 of the extracted text), in a PDF ``p3:¶2:col`` (the
        second paragraph on page 3). The column counts characters in the extracted line."""
        return place_label(self.line, self.col, self.paragraph, self.page)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "col": self.col,
            "message": self.message,
            "registry_id": self.registry_id,
            "suggestion": self.suggestion,
            "claim": self.claim_text,
            "quantity": self.quantity,
            "score": self.score,
            "rule": self.rule,
            "paragraph": self.paragraph,
            "page": self.page,
            "fix": self.fix.to_dict() if self.fix else None,
        }


def place_label(line: int, col: int, paragraph: int | None, page: int | None) -> str:
    """``line:col``, ``¶12:col`` or ``p3:¶2:col`` (see :attr:`Finding.position`)."""
    if paragraph is None:
        return f"{line}:{col}"
    return (f"p{page}:" if page is not None else "") + f"¶{paragraph}:{col}"


def finding_at(document: Document, code: str, start: int, end: int, message: str) -> Finding:
    """A finding of ``code`` at ``start``–``end`` (offsets in the document's text), with the
    line and column a reader sees and the code's default severity."""
    line, col = document.line_col(start)
    return Finding(
        path=document.path,
        line=line,
        col=col,
        code=code,
        start=start,
        end=end,
        severity=CODES[code].severity,
        message=message,
    )
