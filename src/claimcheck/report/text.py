"""The default lint output: one ``path:line:col: CODE severity: message`` line per finding.

This is what a writer sees when the pre-commit hook refuses a commit, so the message says
what the source says and, on a following indented line, what to do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import click

from claimcheck.display import printable, shown_path
from claimcheck.findings import Finding
from claimcheck.fixes.model import SAFE
from claimcheck.wording import counted

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}
CONTEXT_CHARS = 40  # of the line shown on each side of the finding with --show-source

SourceLine = Callable[[str, int], "str | None"]
"""The text of line N (1-based) of a draft, or None when it cannot be had."""


def format_findings(
    findings: Sequence[Finding],
    drafts_checked: int,
    color: bool = False,
    source_line: SourceLine | None = None,
    summary: bool = True,
) -> str:
    """The findings, one per line; ``color`` (for a terminal only) marks severities and codes,
    while the words stay the same, so colour is never the only signal. With ``source_line``
    (``--show-source``), each finding on words also shows them in their line, underlined:
    prose lines are whole paragraphs, and column 1372 is hard to find by eye. ``summary``
    (off with ``--quiet``) ends the report with the counts line."""

    def paint(text: str, **style) -> str:
        return click.style(text, **style) if color else text

    lines = []
    for f in findings:  # the draft's words and name are shown, never obeyed (see display)
        where = paint(f"{shown_path(f.path)}:{f.position}:", bold=True)
        severity = paint(f.severity, fg=SEVERITY_COLOURS.get(f.severity), bold=True)
        lines.append(f"{where} {paint(f.code, bold=True)} {severity}: {printable(f.message)}")
        if source_line is not None:
            lines.extend(paint(line, dim=True) for line in excerpt(f, source_line))
        if f.suggestion:
            lines.append(paint(f"    hint: {printable(f.suggestion)}", dim=True))
    if summary:
        lines.append(summary_line(findings, drafts_checked))
    return "".join(line + "\n" for line in lines)


def summary_line(findings: Sequence[Finding], drafts_checked: int) -> str:
    """``3 findings (1 error, 2 warnings, 0 info) in 2 drafts``."""
    counts = Counter(f.severity for f in findings)
    parts = [counted(counts[s], s) for s in ("error", "warning", "info")]
    return (
        f"{counted(len(findings), 'finding')} ({', '.join(parts)}) "
        f"in {counted(drafts_checked, 'draft')}"
    )


def fixable_note(findings: Sequence[Finding]) -> str | None:
    """``2 findings fixable with --fix (1 more with --fix --unsafe-fixes)``, or None when
    no finding has a fix (a note on stderr after a text report)."""
    safe = sum(1 for f in findings if f.fix is not None and f.fix.applicability == SAFE)
    unsafe = sum(1 for f in findings if f.fix is not None) - safe
    if not safe and not unsafe:
        return None
    if not safe:
        return f"{counted(unsafe, 'finding')} fixable with --fix --unsafe-fixes"
    more = f" ({unsafe} more with --fix --unsafe-fixes)" if unsafe else ""
    return f"{counted(safe, 'finding')} fixable with --fix{more}"


def excerpt(finding: Finding, source_line: SourceLine) -> list[str]:
    """The finding's line, cut to CONTEXT_CHARS either side, and a line of carets under the
    finding's words (to the end of the line when they run on); nothing for a finding about
    the whole draft, or a line that cannot be read."""
    if finding.end <= finding.start:
        return []
    text = source_line(finding.path, finding.line)
    if text is None or finding.col > len(text):
        return []
    text = printable(text.replace("\t", " "))  # one for one: the carets stay in place
    start = finding.col - 1
    end = min(len(text), start + finding.end - finding.start)
    left, right = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    shown = ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")
    offset = start - left + (1 if left else 0)
    number = str(finding.line)
    return [
        f"    {number} | {shown.rstrip()}",
        f"    {' ' * len(number)} | {' ' * offset}{'^' * max(1, end - start)}",
    ]
