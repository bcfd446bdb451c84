"""What a fix is: a short title, an applicability and non-overlapping text edits.

The shape is ruff's: a :class:`Fix` is *safe* when applying it keeps the meaning the author
meant (an overprecise figure written at its source's precision, the disclaimer a rule asks
for), *unsafe* when it may change what the draft says (a conflicting figure replaced by the
source's). ``lint --fix`` applies safe fixes, ``--unsafe-fixes`` adds the others; the JSON and
SARIF reports and the language server carry both.

An :class:`Edit` replaces ``text[start:end]`` of the draft's decoded text (character offsets,
the finding's own) with ``replacement``; ``start == end`` inserts. Its 1-based line and
column (Unicode code points, as the findings count them) are kept beside the offsets for
tools that work in lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SAFE, UNSAFE = "safe", "unsafe"
APPLICABILITIES = (SAFE, UNSAFE)


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str
    line: int = 1
    col: int = 1
    end_line: int = 1
    end_col: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line,
            "end_col": self.end_col,
        }


@dataclass(frozen=True)
class Fix:
    """``edits`` are sorted by offset and never overlap one another."""

    title: str
    applicability: str
    edits: tuple[Edit, ...]

    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return self.edits[-1].end

    def to_dict(self) -> dict[str, Any]:
        return {
            "applicability": self.applicability,
            "title": self.title,
            "edits": [edit.to_dict() for edit in self.edits],
        }


def make_fix(title: str, applicability: str, spans, line_col) -> Fix:
    """A Fix from ``(start, end, replacement)`` spans; ``line_col(offset)`` gives a 1-based
    (line, column), e.g. :meth:`claimcheck.documents.document.Document.line_col`."""
    edits = []
    for start, end, replacement in sorted(spans):
        line, col = line_col(start)
        end_line, end_col = line_col(end)
        edits.append(Edit(start, end, replacement, line, col, end_line, end_col))
    for before, after in zip(edits, edits[1:], strict=False):
        if after.start < before.end:
            raise ValueError("a fix's edits overlap")
    return Fix(title, applicability, tuple(edits))


def fix_from_dict(data: Any) -> Fix:
    """A Fix from its ``to_dict`` record (the results cache); ValueError for anything else."""
    if type(data) is not dict or set(data) != {"applicability", "title", "edits"}:
        raise ValueError("not a fix record")
    if data["applicability"] not in APPLICABILITIES or type(data["title"]) is not str:
        raise ValueError("a fix's applicability or title is wrong")
    edits = data["edits"]
    if type(edits) is not list or not edits:
        raise ValueError("a fix without edits")
    built = []
    fields = ("start", "end", "line", "col", "end_line", "end_col")
    for edit in edits:
        if type(edit) is not dict or set(edit) != {*fields, "replacement"}:
            raise ValueError("not an edit record")
        if not all(type(edit[name]) is int and 0 <= edit[name] < 1 << 53 for name in fields):
            raise ValueError("an edit's position is not a whole number")
        if type(edit["replacement"]) is not str or edit["end"] < edit["start"]:
            raise ValueError("an edit's replacement or span is wrong")
        built.append(Edit(**edit))
    for before, after in zip(built, built[1:], strict=False):
        if after.start < before.end:
            raise ValueError("a fix's edits overlap or are out of order")
    return Fix(data["title"], data["applicability"], tuple(built))
