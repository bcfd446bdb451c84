"""``lint --statistics``: how many findings each code has, instead of the findings (ruff's
``--statistics``; flake8's prints the same counts). Most first, then by code, so the largest
clean-up on an existing site shows at the top."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from claimcheck.findings import Finding
from claimcheck.report.text import summary_line


def counts(findings: Sequence[Finding]) -> list[dict]:
    """``[{"code", "name", "severity", "count"}]``: one entry per code and severity (a
    ``per-path`` entry can give one code two), most findings first; a rule's name is its id."""
    by_key = Counter((f.code, f.name, f.severity) for f in findings)
    return [
        {"code": code, "name": name, "severity": severity, "count": n}
        for (code, name, severity), n in sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def format_text(findings: Sequence[Finding], drafts_checked: int, summary: bool = True) -> str:
    """One line per code: count, code, name, severity; then the summary line."""
    rows = counts(findings)
    width = max((len(str(row["count"])) for row in rows), default=1)
    name_width = max((len(row["name"]) for row in rows), default=0)
    lines = [
        f"{row['count']:>{width}}  {row['code']}  {row['name']:<{name_width}}  {row['severity']}"
        for row in rows
    ]
    if summary:
        lines.append(summary_line(findings, drafts_checked))
    return "".join(line + "\n" for line in lines)


def format_json(findings: Sequence[Finding], drafts_checked: int, summary: bool = True) -> str:
    return json.dumps(counts(findings), indent=2) + "\n"
