"""Applying fixes to a draft's text, as ruff does: in offset order, each fix whole or not at
all, and a fix that overlaps one already applied left for the next pass (after a re-lint,
its finding either is gone or comes back with a fix made for the new text)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.findings import Finding
from claimcheck.fixes.model import SAFE, Edit, Fix


@dataclass(frozen=True)
class Applied:
    text: str
    fixed: list[Finding]  # the findings whose fix was applied
    left: list[Finding]  # fixable findings whose fix overlapped another: the next pass's


def wanted(finding: Finding, unsafe: bool) -> bool:
    """Whether ``finding`` has a fix this run applies (safe ones, or all with ``unsafe``)."""
    return finding.fix is not None and (unsafe or finding.fix.applicability == SAFE)


def _clash(a: Edit, b: Edit) -> bool:
    """Two edits that touch the same text, or insert at the same place (the order of the two
    insertions would be a guess)."""
    return (a.start < b.end and b.start < a.end) or a.start == b.start


def _clashes(edit: Edit, chosen: list[Edit], starts: list[int]) -> bool:
    """Whether ``edit`` clashes with one of ``chosen`` (sorted by start, never overlapping
    one another, so only the neighbours of its place need a look)."""
    at = bisect.bisect_left(starts, edit.start)
    return any(_clash(edit, chosen[i]) for i in (at - 1, at) if 0 <= i < len(chosen))


def apply_fixes(text: str, findings: Sequence[Finding], unsafe: bool = False) -> Applied:
    """``text`` with the fixes of ``findings`` applied (see the module docstring). Two
    findings with the same fix (one edit, two codes) are both fixed by applying it once. A
    fix whose edits fall outside ``text`` is never applied."""
    by_fix: dict[Fix, list[Finding]] = {}
    for finding in findings:
        if wanted(finding, unsafe):
            by_fix.setdefault(finding.fix, []).append(finding)  # type: ignore[arg-type]
    chosen: list[Edit] = []  # sorted by start
    starts: list[int] = []
    fixed: list[Finding] = []
    left: list[Finding] = []
    for fix in sorted(by_fix, key=lambda f: (f.start, f.end, f.title)):
        if fix.edits[-1].end > len(text):
            continue
        if any(_clashes(edit, chosen, starts) for edit in fix.edits):
            left.extend(by_fix[fix])
            continue
        for edit in fix.edits:
            at = bisect.bisect_left(starts, edit.start)
            starts.insert(at, edit.start)
            chosen.insert(at, edit)
        fixed.extend(by_fix[fix])
    return Applied(_edited(text, chosen), sorted(fixed), sorted(left))


def _edited(text: str, edits: Iterable[Edit]) -> str:
    parts, cursor = [], 0
    for edit in edits:  # in order, none overlapping
        parts += [text[cursor : edit.start], edit.replacement]
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)
