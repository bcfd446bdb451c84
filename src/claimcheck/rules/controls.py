"""Inline controls in drafts: HTML comments that switch findings off, in Markdown and HTML.

    <!-- claimcheck-disable CC301 -->            from here to a matching enable (or the end)
    <!-- claimcheck-enable CC301 -->             ends the disable that named the same thing
    <!-- claimcheck-disable-next-line cure-claims, CC102 -->   the next non-blank line only

A selector is a code (``CC301``), a code prefix (``CC3``: all wording findings), a readable
name (a rule id such as ``cure-claims`` or a code's name such as ``unsupported``) or ``all``;
several are separated by spaces or commas, and none means ``all``. Controls apply to every
finding, claim findings (CC1xx) included. A finding of the whole page (a missing disclaimer,
at line 1 col 1) is suppressed by a ``disable`` of it anywhere in the page.

Like ruff's RUF100, a selector that suppresses nothing is reported (CC403), and so is a
selector or a directive claimcheck does not know (CC404): a typo never silently disables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.codes import CODES
from claimcheck.documents.document import Document
from claimcheck.findings import Finding
from claimcheck.rules.model import RuleSet

DIRECTIVE = re.compile(r"claimcheck-([\w-]*)(.*)", re.IGNORECASE | re.DOTALL)
DIRECTIVES = ("disable", "enable", "disable-next-line")
PREFIX = re.compile(r"CC\d{1,2}", re.IGNORECASE)
UNUSED, UNKNOWN = "CC403", "CC404"


@dataclass
class _Region:
    start: int
    end: int
    selector: str
    comment: int  # index of the comment that opened it
    whole_page: bool  # a disable (not next-line): also covers findings of the whole page
    used: bool = False


def _known(rules: RuleSet | None) -> set[str]:
    known = {"all"} | {c.lower() for c in CODES} | {c.name for c in CODES.values()}
    for rule in rules or ():
        known |= {rule.id, rule.code.lower()}
    return known


def _is_known(selector: str, known: set[str]) -> bool:
    if selector.lower() in known:
        return True
    prefix = selector.lower()
    return bool(PREFIX.fullmatch(selector)) and any(k.startswith(prefix) for k in known)


def _matches(selector: str, finding: Finding) -> bool:
    s = selector.lower()
    code = finding.code.lower()
    return (
        s == "all"
        or s == code
        or selector == finding.name
        or (bool(PREFIX.fullmatch(selector)) and code.startswith(s))
    )


def _next_line(document: Document, offset: int) -> tuple[int, int]:
    """The next non-blank line after the one holding ``offset``, as (start, end)."""
    starts = document.line_starts
    line, _ = document.line_col(offset)
    for index in range(line, len(starts)):
        end = starts[index + 1] if index + 1 < len(starts) else len(document.raw)
        if document.raw[starts[index] : end].strip():
            return starts[index], end
    return len(document.raw), len(document.raw)


def _warning(document: Document, code: str, start: int, end: int, message: str) -> Finding:
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


def apply_inline_controls(
    document: Document, findings: list[Finding], rules: RuleSet | None = None
) -> list[Finding]:
    """The findings the draft's comments leave, plus CC403/CC404 for faulty controls."""
    known = _known(rules)
    problems: list[Finding] = []
    regions: list[_Region] = []
    open_regions: dict[str, _Region] = {}
    comments = list(document.comments)
    for index, comment in enumerate(comments):
        match = DIRECTIVE.match(comment.text)
        if not match:
            continue
        directive = match.group(1).lower()
        where = (comment.start, comment.end)
        if directive not in DIRECTIVES:
            problems.append(
                _warning(
                    document,
                    UNKNOWN,
                    *where,
                    f"unknown inline control 'claimcheck-{match.group(1)}': use "
                    + ", ".join(f"claimcheck-{d}" for d in DIRECTIVES),
                )
            )
            continue
        selectors = [s for s in re.split(r"[\s,]+", match.group(2).strip()) if s] or ["all"]
        for selector in selectors:
            if not _is_known(selector, known):
                problems.append(
                    _warning(
                        document,
                        UNKNOWN,
                        *where,
                        f"'{selector}' in 'claimcheck-{directive}' is not a code or rule id "
                        "claimcheck knows (`claimcheck rules list` shows them)",
                    )
                )
                continue
            if directive == "disable-next-line":
                start, end = _next_line(document, comment.end)
                regions.append(_Region(start, end, selector, index, whole_page=False))
            elif directive == "disable" and selector not in open_regions:
                region = _Region(comment.end, len(document.raw), selector, index, whole_page=True)
                open_regions[selector] = region
                regions.append(region)
            elif directive == "enable":
                ending = list(open_regions) if selector.lower() == "all" else [selector]
                for name in ending:
                    if name in open_regions:
                        open_regions.pop(name).end = comment.start
    kept = []
    for finding in findings:
        suppressed = False
        for region in regions:
            inside = region.start <= finding.start < region.end
            page_wide = region.whole_page and finding.start == finding.end == 0
            if (inside or page_wide) and _matches(region.selector, finding):
                region.used = suppressed = True
        if not suppressed:
            kept.append(finding)
    for region in regions:
        if not region.used:
            comment = comments[region.comment]
            problems.append(
                _warning(
                    document,
                    UNUSED,
                    comment.start,
                    comment.end,
                    f"'{region.selector}' in '<!-- {comment.text} -->' suppresses nothing: "
                    "remove it",
                )
            )
    return kept + problems
