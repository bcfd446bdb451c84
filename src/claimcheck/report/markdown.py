"""``lint --format markdown``: a short summary for a pull-request comment.

A heading with the totals, one table row per draft (figures by verdict, findings by severity)
and the first findings that fail the run, folded in ``<details>``. Draft text in the comment
is escaped for Markdown and HTML, so a draft cannot add links, images or markup to it.
"""

from __future__ import annotations

import re
from collections import Counter

from claimcheck.codes import ERROR, INFO, WARNING, severity_at_least
from claimcheck.display import printable
from claimcheck.lint import LintResult
from claimcheck.report.figures import NO_CLAIM, NOT_REPORTED, figure_statuses
from claimcheck.verify.verdicts import CONFLICT, OVERPRECISE, SUPPORTED, UNSUPPORTED
from claimcheck.wording import counted

MAX_LISTED = 20  # a PR comment is read, not searched: the rest is one line
MAX_MESSAGE = 200
VERDICT_COLUMNS = ((SUPPORTED, "✓ supported"), (CONFLICT, "✗ conflict"),
                   (OVERPRECISE, "≈ overprecise"), (UNSUPPORTED, "? unsupported"),
                   (NOT_REPORTED, "○ not reported"), (NO_CLAIM, "– no claim needed"))  # fmt: skip
"""Figures by their status as lint reports them (:mod:`.figures`): "unsupported" counts the
CC102 findings, never a P value or another figure's time, arm or table heading."""
SEVERITY_COLUMNS = ((ERROR, "errors"), (WARNING, "warnings"), (INFO, "info"))
_SPECIAL = re.compile(r"([\\`*_\[\]!|~])")  # what can start markup mid-line


def escape(text: str) -> str:
    """Text that renders as itself in a GitHub comment: no markup, links, tables or HTML."""
    text = printable(" ".join(text.split()))  # no terminal controls in a comment either
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def format_result(result: LintResult, fail_level: str = WARNING) -> str:
    """The comment: totals, a table per draft, then the findings that fail the run (at or
    above ``fail_level``, errors first), as the exit code counts them."""
    findings = result.findings
    severities = Counter(f.severity for f in findings)
    drafts = len(result.documents)
    head = (
        f"### claimcheck: {counted(severities[ERROR], 'error')}, "
        f"{counted(severities[WARNING], 'warning')}, {counted(severities[INFO], 'info')} "
        f"in {counted(drafts, 'draft')}"
    )
    header = ["Draft", "figures", *(label for _, label in VERDICT_COLUMNS)]
    header += [label for _, label in SEVERITY_COLUMNS]
    lines = [head, "", "| " + " | ".join(header) + " |"]
    lines.append("|---|" + "--:|" * (len(header) - 1))
    totals: Counter = Counter()
    for doc in result.documents:
        judged = doc.judged  # a figure in "100% safe" is the wording rule's, not a verdict
        verdicts = Counter(s.status for s in figure_statuses(doc).values())
        sev = Counter(f.severity for f in doc.findings)
        row = [len(judged), *(verdicts[v] for v, _ in VERDICT_COLUMNS)]
        row += [sev[s] for s, _ in SEVERITY_COLUMNS]
        totals.update(dict(enumerate(row)))
        lines.append(f"| {escape(doc.document.path)} | " + " | ".join(map(str, row)) + " |")
    if drafts > 1:
        total_row = " | ".join(f"**{totals[i]}**" for i in range(len(header) - 1))
        lines.append(f"| **total** | {total_row} |")
    failing = [f for f in findings if severity_at_least(f.severity, fail_level)]
    if failing:
        kinds = [s for s in (ERROR, WARNING, INFO) if severity_at_least(s, fail_level)]
        summary = f"{counted(len(failing), 'finding')} at or above {fail_level}"
        lines += ["", f"<details><summary>{summary}</summary>", ""]
        # errors first: a long list is cut, and the errors are what must be fixed
        for f in sorted(failing, key=lambda f: kinds.index(f.severity))[:MAX_LISTED]:
            message = f.message if len(f.message) <= MAX_MESSAGE else f.message[:MAX_MESSAGE] + "…"
            lines.append(
                f"- {escape(f.path)}:{f.position} **{escape(f.code)}** {f.severity}: "
                f"{escape(message)}"
            )
        if len(failing) > MAX_LISTED:
            lines.append(f"- … and {len(failing) - MAX_LISTED} more")
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"
