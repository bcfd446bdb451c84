"""The Finding: one immutable result record that every reporter formats (flake8's Violation).

Findings sort by path and position; ``to_dict`` is the JSON shape all machine formats build on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimcheck.codes import CODES

_ONE_LINE = re.compile(r"(?:\S| (?! ))*")  # no line break, tab or run of spaces


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

    def __post_init__(self) -> None:
        # Every reporter prints a finding on one line (`path:line:col: CODE severity:
        # message`, a GitHub annotation): a line break from a registry quote or a YAML
        # message would split it, so whitespace runs in the message and hint are one space.
        for name in ("message", "suggestion"):
            text = getattr(self, name)
            if text is not None and not _ONE_LINE.fullmatch(text):
                object.__setattr__(self, name, " ".join(text.split()))

    @property
    def name(self) -> str:
        """The readable name users may select, ignore or suppress instead of the code."""
        if self.rule:
            return self.rule
        return CODES[self.code].name if self.code in CODES else self.code

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
        }
