"""``lint --format github``: GitHub Actions workflow commands, one annotation per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=CODE name::message``; in the
message ``%``, CR and LF are escaped, in properties also ``:`` and ``,``. GitHub shows at most
10 error, 10 warning and 10 notice annotations per step; the findings beyond are still printed
as plain log lines, and one notice says how many were not annotated.

Nothing a draft holds can issue a workflow command of its own: every field of an annotation
is escaped (the file name too), control characters in messages are shown as visible
stand-ins, and the plain lines, which start with a file name, are printed between
``::stop-commands::TOKEN`` and ``::TOKEN::`` with a random token, as GitHub advises for
untrusted output, so that no line among them is read as a command.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Sequence

from claimcheck.display import clean, printable, shown_path
from claimcheck.findings import Finding
from claimcheck.report.sarif import end_position
from claimcheck.wording import counted

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
LIMIT = 10  # annotations of each kind that GitHub shows per step


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _place(finding: Finding) -> str:
    """`` at p3:¶2`` for a Word or PDF draft, whose lines GitHub cannot show (they count the
    extracted text, see README "Word and PDF drafts"); nothing for other drafts."""
    if finding.paragraph is None:
        return ""
    return " at " + finding.position.rsplit(":", 1)[0]


def annotation(finding: Finding) -> str:
    command = COMMANDS.get(finding.severity, "warning")
    end_line, end_col = end_position(finding)
    properties = [
        ("file", clean(finding.path)),
        ("line", str(finding.line)),
        ("col", str(finding.col)),
        ("endLine", str(end_line)),
        ("endColumn", str(end_col)),
        ("title", f"{finding.code} {finding.name}" + _place(finding)),
    ]
    message = printable(finding.message)
    if finding.suggestion:
        message += "\n" + printable(finding.suggestion)
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{command} {joined}::{escape_data(message)}"


def format_findings(findings: Sequence[Finding], drafts_checked: int) -> str:
    annotated: list[Finding] = []
    shown: Counter[str] = Counter()
    overflow: list[Finding] = []
    for finding in findings:
        command = COMMANDS.get(finding.severity, "warning")
        if shown[command] < LIMIT:
            shown[command] += 1
            annotated.append(finding)
        else:
            overflow.append(finding)
    if overflow and shown["notice"] >= LIMIT:
        # the summary is a notice too: the last notice gives way to it
        last = max(i for i, f in enumerate(annotated) if COMMANDS.get(f.severity) == "notice")
        overflow.insert(0, annotated.pop(last))
    lines = [annotation(finding) for finding in annotated]
    if overflow:
        token = secrets.token_hex(16)
        lines.append(f"::stop-commands::{token}")
        for finding in overflow:
            lines.append(
                f"{shown_path(finding.path)}:{finding.line}:{finding.col}: {finding.code} "
                f"{finding.severity}: {printable(finding.message)}"
            )
        lines.append(f"::{token}::")
        counts = Counter(f.severity for f in overflow)
        parts = ", ".join(counted(counts[s], s) for s in ("error", "warning", "info") if counts[s])
        lines.append(
            f"::notice title=claimcheck::{counted(len(overflow), 'more finding')} not annotated "
            f"({escape_data(parts)}): GitHub shows {LIMIT} annotations of each kind per step; "
            "see the log above or the SARIF report"
        )
    lines.append(
        f"claimcheck: {counted(len(findings), 'finding')} in {counted(drafts_checked, 'draft')}"
    )
    return "\n".join(lines) + "\n"
