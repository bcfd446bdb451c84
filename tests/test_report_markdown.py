"""`lint --format markdown`: the pull-request comment's table and error list, counted from
`lint()` (the examples change), and escaped so a draft cannot add markup to the comment."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from claimcheck.cli import read_drafts
from claimcheck.lint import lint
from claimcheck.registry.loader import load_registry
from claimcheck.report import markdown

REPO = Path(__file__).resolve().parent.parent
HOSTILE = REPO / "tests" / "fixtures" / "report"


@pytest.fixture(scope="module")
def examples_result():
    documents, _ = read_drafts([str(REPO / "examples")])
    return lint(documents, load_registry(str(REPO / "claims")))


def table_rows(text: str) -> list[list[str]]:
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    return [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows]


def test_one_row_per_draft_with_counts_from_lint(examples_result):
    text = markdown.format_result(examples_result)
    header, *rows = table_rows(text)
    assert header[:2] == ["Draft", "figures"]
    by_path = {row[0]: row for row in rows}
    for doc in examples_result.documents:
        row = by_path[markdown.escape(doc.document.path)]
        cells = dict(zip(header, row, strict=True))
        verdicts = Counter(v.status for v in doc.verdicts)
        severities = Counter(f.severity for f in doc.findings)
        assert int(cells["figures"]) == len(doc.verdicts)
        assert int(cells["✗ conflict"]) == verdicts["conflict"]
        assert int(cells["? unsupported"]) == verdicts["unsupported"]
        assert int(cells["errors"]) == severities["error"]
        assert int(cells["warnings"]) == severities["warning"]
    severities = Counter(f.severity for f in examples_result.findings)
    assert text.startswith(f"### claimcheck: {severities['error']} error")
    errors = [f for f in examples_result.findings if f.severity == "error"]
    listed = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(listed) == min(len(errors), markdown.MAX_LISTED) + (
        len(errors) > markdown.MAX_LISTED
    )


def test_a_hostile_draft_cannot_add_markup(run_cli):
    result = run_cli("lint", HOSTILE, "--registry", HOSTILE / "claims", "--format", "markdown")
    assert result.exit_code in (0, 1), result.stderr
    text = result.stdout
    assert "<script" not in text and "<a " not in text and "<img" not in text
    assert "&lt;a href" in text  # the registry's citation, shown as text
    body = text.split("<details>", 1)[-1]
    assert "<" not in body.replace("<summary>", "").replace("</summary>", "").replace(
        "</details>", ""
    )


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a|b", "a\\|b"),
        ("[x](javascript:1)", "\\[x\\](javascript:1)"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"),
        ("two\nlines", "two lines"),
        ("70–80% of 3,756", "70–80% of 3,756"),
    ],
)
def test_escape(raw, shown):
    assert markdown.escape(raw) == shown
