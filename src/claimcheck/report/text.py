"""The default lint output: one ``path:line:col: CODE severity: message`` line per finding.

This is what a writer sees when the pre-commit hook refuses a commit, so the message says
what the source says and, on a following indented line, what to do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import click

from claimcheck.findings import Finding

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def format_findings(findings: Sequence[Finding], drafts_checked: int, color: bool = False) -> str:
    """The findings, one per line; ``color`` (for a terminal only) marks severities and codes,
    while the words stay the same, so colour is never the only signal."""

    def paint(text: str, **style) -> str:
        return click.style(text, **style) if color else text

    lines = []
    for f in findings:
        where = paint(f"{f.path}:{f.line}:{f.col}:", bold=True)
        severity = paint(f.severity, fg=SEVERITY_COLOURS.get(f.severity), bold=True)
        lines.append(f"{where} {paint(f.code, bold=True)} {severity}: {f.message}")
        if f.suggestion:
            lines.append(paint(f"    hint: {f.suggestion}", dim=True))
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
