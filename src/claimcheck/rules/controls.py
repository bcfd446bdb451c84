"""Inline controls in drafts: HTML comments that switch findings off in Markdown and HTML,
and lines of their own in plain text (``claimcheck-disable CC301``, which has no comments).

    <!-- claimcheck-disable CC301 -->            from here to a matching enable (or the end)
    <!-- claimcheck-enable CC301 -->             ends what an open disable says of CC301
    <!-- claimcheck-disable-next-line cure-claims, CC102 -->   the next non-blank line only

A selector is a code (``CC301``), a code prefix (``CC3``: all wording findings), a readable
name (a rule id such as ``cure-claims`` or a code's name such as ``unsupported``) or ``all``;
several are separated by spaces or commas, and none means ``all``. Controls apply to every
finding, claim findings (CC1xx) included. A finding of the whole page (a missing disclaimer,
at line 1 col 1) is suppressed by a ``disable`` of it anywhere in the page.

An ``enable`` ends the open disables it overlaps: one that names no more than it (``disable
cure-claims`` ... ``enable CC3``) ends there; one that names more (``disable`` all, or
``disable CC3``, ... ``enable CC301``) goes on after it for everything else.

Like ruff's RUF100, a selector that suppresses nothing is reported (CC403), and so is an
``enable`` that ends no disable before it; a selector or a directive claimcheck does not know
is CC404: a typo never silently disables.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from claimcheck.codes import CODES
from claimcheck.documents.document import Document
from claimcheck.findings import Finding, finding_at
from claimcheck.rules.model import RuleSet

DIRECTIVE = re.compile(r"claimcheck-([\w-]*)(.*)", re.IGNORECASE | re.DOTALL)
DIRECTIVES = ("disable", "enable", "disable-next-line")
PREFIX = re.compile(r"CC\d{1,2}", re.IGNORECASE)
UNUSED, UNKNOWN = "CC403", "CC404"


@dataclass
class _Control:
    """One selector of one disable comment; reported (CC403) when none of its regions is used."""

    selector: str
    comment: int  # index of the comment that names it
    used: bool = False


@dataclass
class _Region:
    start: int
    end: int
    control: _Control
    whole_page: bool  # a disable (not next-line): also covers findings of the whole page
    reopened: tuple[str, ...] = ()  # selectors an enable took out of it ("all" but CC301)

    @property
    def selector(self) -> str:
        return self.control.selector

    def covers(self, finding: Finding) -> bool:
        return _matches(self.selector, finding) and not any(
            _matches(selector, finding) for selector in self.reopened
        )


def _known(rules: RuleSet | None) -> set[str]:
    known = {"all"} | {c.lower() for c in CODES} | {c.name for c in CODES.values()}
    for rule in rules or ():
        known |= {rule.id, rule.code.lower()}
    return known


def _closest(word: str, choices: list[str]) -> str | None:
    """The choice ``word`` is most likely a typo of (difflib, as the config's unknown keys
    are matched), or None: a CC404 that names what was meant is fixed at a glance."""
    by_lower = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=1)
    return by_lower[close[0]] if close else None


def _selector_names(rules: RuleSet | None) -> list[str]:
    """The selectors a typo is matched against: ``all``, code names and rule ids. Not codes:
    ``CC999`` is no typo of ``CC309``, and a guessed code would switch off another check."""
    return ["all", *(c.name for c in CODES.values()), *(rule.id for rule in rules or ())]


def _is_known(selector: str, known: set[str]) -> bool:
    if selector.lower() in known:
        return True
    prefix = selector.lower()
    return bool(PREFIX.fullmatch(selector)) and any(k.startswith(prefix) for k in known)


def _codes(selector: str, universe: set[str], rules: RuleSet | None) -> set[str]:
    """The codes a selector names, out of every code known."""
    s = selector.lower()
    if s == "all":
        return set(universe)
    if PREFIX.fullmatch(selector):
        return {c for c in universe if c.lower().startswith(s)}
    named = {c for c in universe if c.lower() == s or (c in CODES and CODES[c].name == selector)}
    return named | {r.code for r in rules or () if r.id == selector}


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


def _as_written(document: Document, comment) -> str:
    """The control as the draft has it, on one line: ``<!-- claimcheck-disable CC301 -->``
    in Markdown and HTML, ``claimcheck-disable CC301`` in plain text."""
    return " ".join(document.raw[comment.start : comment.end].split())


def _warning(document: Document, code: str, start: int, end: int, message: str) -> Finding:
    return finding_at(document, code, start, end, message)


def apply_inline_controls(
    document: Document, findings: list[Finding], rules: RuleSet | None = None
) -> list[Finding]:
    """The findings the draft's comments leave, plus CC403/CC404 for faulty controls."""
    known = _known(rules)
    universe = set(CODES) | {r.code for r in rules or ()}
    problems: list[Finding] = []
    controls: list[_Control] = []
    regions: list[_Region] = []
    open_regions: dict[str, _Region] = {}  # by selector, lower-case
    comments = list(document.comments)
    for index, comment in enumerate(comments):
        match = DIRECTIVE.match(comment.text)
        if not match:
            continue
        directive = match.group(1).lower()
        where = (comment.start, comment.end)
        if directive not in DIRECTIVES:
            meant = _closest(directive, list(DIRECTIVES))
            hint = f" (did you mean 'claimcheck-{meant}'?)" if meant else ""
            problems.append(
                _warning(
                    document,
                    UNKNOWN,
                    *where,
                    f"unknown inline control 'claimcheck-{match.group(1)}'{hint}: use "
                    + ", ".join(f"claimcheck-{d}" for d in DIRECTIVES),
                )
            )
            continue
        selectors = [s for s in re.split(r"[\s,]+", match.group(2).strip()) if s] or ["all"]
        for selector in selectors:
            if not _is_known(selector, known):
                meant = _closest(selector, _selector_names(rules))
                hint = f": did you mean '{meant}'?" if meant else ""
                problems.append(
                    _warning(
                        document,
                        UNKNOWN,
                        *where,
                        f"'{selector}' in 'claimcheck-{directive}' is not a code or rule id "
                        f"claimcheck knows{hint} (`claimcheck rules list` shows them)",
                    )
                )
                continue
            if directive == "disable-next-line":
                start, end = _next_line(document, comment.end)
                controls.append(control := _Control(selector, index))
                regions.append(_Region(start, end, control, whole_page=False))
            elif directive == "disable" and selector.lower() not in open_regions:
                controls.append(control := _Control(selector, index))
                region = _Region(comment.end, len(document.raw), control, whole_page=True)
                open_regions[selector.lower()] = region
                regions.append(region)
            elif directive == "enable" and not _enable(
                selector, comment.start, comment.end, open_regions, regions, universe, rules
            ):
                problems.append(
                    _warning(
                        document,
                        UNUSED,
                        *where,
                        f"'{selector}' in '{_as_written(document, comment)}' ends no disable "
                        "before it: remove it",
                    )
                )
    kept = []
    for finding in findings:
        suppressed = False
        for region in regions:
            inside = region.start <= finding.start < region.end
            page_wide = region.whole_page and finding.start == finding.end == 0
            if (inside or page_wide) and region.covers(finding):
                region.control.used = suppressed = True
        if not suppressed:
            kept.append(finding)
    for control in controls:
        if not control.used:
            comment = comments[control.comment]
            problems.append(
                _warning(
                    document,
                    UNUSED,
                    comment.start,
                    comment.end,
                    f"'{control.selector}' in '{_as_written(document, comment)}' suppresses "
                    "nothing: remove it",
                )
            )
    return kept + problems


def _enable(
    selector: str,
    start: int,
    end: int,
    open_regions: dict[str, _Region],
    regions: list[_Region],
    universe: set[str],
    rules: RuleSet | None,
) -> bool:
    """Apply ``claimcheck-enable selector`` (a comment at start:end) to the open disables:
    one that names no more than it ends there; one that names more ("all", "CC3") ends there
    and goes on after the comment without it. Whether it ended anything."""
    enabled = _codes(selector, universe, rules)
    changed = False
    for key, region in list(open_regions.items()):
        covered = _codes(region.selector, universe, rules)
        for reopened in region.reopened:
            covered -= _codes(reopened, universe, rules)
        if not covered & enabled and key != selector.lower():
            continue
        changed = True
        page_end, region.end = region.end, start
        del open_regions[key]
        if covered - enabled:  # the rest of the disable goes on
            rest = _Region(end, page_end, region.control, True, (*region.reopened, selector))
            open_regions[key] = rest
            regions.append(rest)
    return changed
