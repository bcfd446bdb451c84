"""The default lint output: one ``path:line:col: CODE severity: message`` line per finding.

This is what a writer sees when the pre-commit hook refuses a commit, so the message says
what the source says and, on a following indented line, what to do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from claimcheck.findings import Finding


def format_findings(findings: Sequence[Finding], drafts_checked: int) -> str:
    lines = []
    for f in findings:
        lines.append(f"{f.path}:{f.line}:{f.col}: {f.code} {f.severity}: {f.message}")
        if f.suggestion:
            lines.append(f"    hint: {f.suggestion}")
    counts = Counter(f.severity for f in findings)
    parts = [
        f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info")
    ]
    noun = "draft" if drafts_checked == 1 else "drafts"
    lines.append(
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} "
        f"({', '.join(parts)}) in {drafts_checked} {noun}"
    )
    return "\n".join(lines) + "\n"
