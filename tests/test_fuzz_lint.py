"""The whole lint on generated Markdown, HTML and text drafts: no exception, ever, and every
finding's offsets exact.

Hypothesis writes drafts from the pieces that break readers: front matter (valid, broken,
nested, with aliases), nested and unclosed tags, comments and claimcheck's inline controls,
tables with ragged rows, lists, headings, code, entities, figures, control characters and
any Unicode. Each draft is read and linted with the default rules and a registry, and every
reporter formats the result. What must hold: nothing raises; a finding's ``start`` and
``end`` lie in the draft and its line and column are those of ``start``; a draft that cannot
be read is a one-line reason. Every fix edits only text the reader reads as prose, and the
draft with all its fixes applied is linted without the findings they fixed. The default is a
few hundred cases (a few seconds);
``CLAIMCHECK_FUZZ_EXAMPLES`` sets more (CI runs 2,000).
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robust_helpers import REGISTRY

from claimcheck.documents.document import DocumentError
from claimcheck.documents.reader import read_document
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import github, json_report, sarif, text
from claimcheck.rules import load_rules

EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "300"))

FRONT_MATTER = [
    "---\ntitle: A page\n---\n",
    "---\ntype: faq\ndate: 2024-02-30\n---\n",
    "---\n: : :\n---\n",
    "---\n- a list\n---\n",
    "---\nx: &a [1, 2]\ny: *a\nz: *a\n---\n",
    "---\nx: " + "[" * 150 + "]" * 150 + "\n---\n",
    "---\nn: " + "9" * 5000 + "\n---\n",
    "---\nunclosed: [\n",
    "---\n---\n",
]
BLOCKS = [
    "# Heading with 12%\n", "## Condition Q\n", "Setext\n===\n", "- item 8%\n", "1. first\n",
    "  - nested 15%\n", "> quoted 8% of adults\n", "    indented code 99%\n",
    "```\nfenced 5%\n```\n",
    "| a | b |\n|---|---|\n| Condition Q | 15% |\n", "| ragged | row | 3% |\n|-|\n| x |\n",
    "<table><tr><td>adults</td><td>8%</td></tr></table>\n", "<div><p>unclosed 8%\n",
    "<!-- claimcheck-disable CC101 -->\n", "<!-- claimcheck-enable -->\n",
    "<!-- claimcheck-disable-next-line CC102 -->\n", "<!-- claimcheck-disable NOPE -->\n",
    "<!-- unclosed comment\n", "Not medical advice; ask your doctor.\n", "\n", "\n\n",
]  # fmt: skip
INLINE = [
    "Condition Q affects ", "15%", "8%", "8.04%", " of adults", ". ", "about ", "3 in 0", "1e999",
    "10^400", "<b>", "</b>", "<i>", "<span>", "</div>", "**", "_", "`", "[link](", ")", "](x)",
    "&amp;", "&lt;", "&#x1F600;", "&#0;", "&nbsp;", "\u00a0", "\u200b", "\ufeff", "\u202e",
    "\x1b[3M", "\x1b]0;t\x07", "\r\n", "\r", "\t", "|", "\\", "–", "≥", "±", "μg", "ﬁ", "é",
    "caf\u00e9", "\U0001f600", "\u0301", "Ã©", "â€™", "miracle", "cure", "guaranteed",
]  # fmt: skip

inline = st.one_of(st.sampled_from(INLINE), st.text(max_size=8))
lines = st.lists(inline, max_size=12).map("".join).map(lambda line: line + "\n")
blocks = st.one_of(st.sampled_from(BLOCKS), lines)
drafts = st.tuples(
    st.one_of(st.just(""), st.sampled_from(FRONT_MATTER)),
    st.lists(blocks, max_size=12).map("".join),
).map("".join)
suffixes = st.sampled_from([".md", ".html", ".txt"])


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz") / "claims"
    folder.mkdir()
    (folder / "q.yaml").write_text(REGISTRY, encoding="utf-8")
    return load_registry(folder), load_rules()


def line_col(raw: str, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(draft=drafts, suffix=suffixes)
def test_lint_never_raises_and_its_offsets_are_exact(engine, draft, suffix):
    registry, rules = engine
    data = draft.encode("utf-8")
    try:
        document = read_document(Path(f"drafts/page{suffix}"), data)
    except DocumentError as error:  # unreadable (broken front matter, NUL...): one line
        assert "\n" not in str(error) and str(error).startswith(f"drafts/page{suffix}: ")
        return
    result = lint([document], registry, today=date(2026, 1, 1), rules=rules)
    findings = result.findings
    raw = document.raw
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(raw), finding
        if finding.end > finding.start:
            assert (finding.line, finding.col) == line_col(raw, finding.start), finding
        assert "\n" not in finding.message
    for report in (text.format_findings, json_report.format_findings, github.format_findings):
        report(findings, 1)
    sarif.format_findings(findings, 1, root=Path.cwd())


@settings(
    max_examples=max(EXAMPLES // 3, 20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(draft=drafts, suffix=suffixes)
def test_fixes_edit_only_prose_and_the_fixed_draft_has_no_finding_they_fixed(engine, draft, suffix):
    """Every fix (unsafe ones too) lies in the draft, edits only characters the reader reads
    as text (never front matter, code, comments or markup), and once applied, the draft is
    read again and linted without the findings that were fixed."""
    from claimcheck.fixes.apply import apply_fixes

    registry, rules = engine
    path = Path(f"drafts/page{suffix}")
    try:
        document = read_document(path, draft.encode("utf-8"))
    except DocumentError:
        return
    findings = lint([document], registry, today=date(2026, 1, 1), rules=rules).findings
    raw, analysis = document.raw, document.analysis
    for finding in findings:
        for edit in finding.fix.edits if finding.fix else ():
            assert 0 <= edit.start <= edit.end <= len(raw), finding
            assert analysis[edit.start : edit.end] == raw[edit.start : edit.end], finding
    applied = apply_fixes(raw, findings, unsafe=True)
    if not applied.fixed:
        return
    fixed = read_document(path, applied.text.encode("utf-8"))
    after = lint([fixed], registry, today=date(2026, 1, 1), rules=rules).findings

    edits = {edit for f in applied.fixed for edit in f.fix.edits}  # one per fix applied

    def moved(offset: int) -> int:  # where a character of the draft is in the fixed text
        return offset + sum(
            len(e.replacement) - (e.end - e.start) for e in edits if e.end <= offset
        )

    rules_fixed = Counter(f.rule for f in applied.fixed if f.rule)
    rules_now = Counter(f.rule for f in after if f.rule)
    rules_before = Counter(f.rule for f in findings if f.rule)
    for rule, count in rules_fixed.items():  # a missing disclaimer added is no longer missing
        assert rules_now[rule] <= rules_before[rule] - count, (rule, applied.text)
    for f in applied.fixed:
        if f.rule:
            continue
        start, end = moved(f.start), moved(f.end)  # the fixed figure: no such finding on it
        assert not [g for g in after if g.code == f.code and g.start < end and start < g.end], (
            f,
            applied.text,
        )
