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
from claimcheck.report.figures import figure_statuses

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
        verdicts = Counter(s.status for s in figure_statuses(doc).values())
        codes = Counter(f.code for f in doc.findings)
        severities = Counter(f.severity for f in doc.findings)
        assert int(cells["figures"]) == len(doc.verdicts)
        assert int(cells["✗ conflict"]) == verdicts["conflict"]
        assert int(cells["? unsupported"]) == verdicts["unsupported"]
        assert int(cells["? unsupported"]) == codes["CC102"]  # a figure with no finding is not
        assert int(cells["– no claim needed"]) == verdicts["no-claim"]
        assert int(cells["errors"]) == severities["error"]
        assert int(cells["warnings"]) == severities["warning"]
    severities = Counter(f.severity for f in examples_result.findings)
    assert text.startswith(f"### claimcheck: {severities['error']} error")
    failing = [f for f in examples_result.findings if f.severity in ("error", "warning")]
    listed = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(listed) == min(len(failing), markdown.MAX_LISTED) + (
        len(failing) > markdown.MAX_LISTED
    )
    assert f"<summary>{len(failing)} findings at or above warning</summary>" in text


def test_the_warnings_that_fail_the_run_are_listed_errors_first(tmp_path, monkeypatch, run_cli):
    from workflow_helpers import CONFLICT_PAGE, DISCLAIMER, make_project

    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    # a warning (no disclaimer) before an error (the conflict) in the draft
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE.replace(DISCLAIMER, "See you soon."))
    result = run_cli("lint", "drafts", "--format", "markdown")
    assert result.exit_code == 1
    listed = [line for line in result.stdout.splitlines() if line.startswith("- ")]
    assert [line.split("**")[1] for line in listed] == ["CC101", "CC201"]
    assert "** warning: no disclaimer" in listed[1]
    only_errors = run_cli("lint", "drafts", "--format", "markdown", "--fail-level", "error")
    listed = [line for line in only_errors.stdout.splitlines() if line.startswith("- ")]
    assert [line.split("**")[1] for line in listed] == ["CC101"]
    assert "<summary>1 finding at or above error</summary>" in only_errors.stdout


def test_the_baseline_applies_to_the_markdown_and_html_formats(tmp_path, monkeypatch, run_cli):
    from workflow_helpers import CONFLICT_PAGE, make_project

    make_project(tmp_path, "registry: claims\nbaseline: known.json\n")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    assert run_cli("lint", "--write-baseline", "known.json").exit_code == 0
    for output_format in ("markdown", "html"):
        known = run_cli("lint", "--format", output_format)
        assert known.exit_code == 0, output_format
    (tmp_path / "drafts" / "b.md").write_text(CONFLICT_PAGE.replace("95%", "99%"))
    new = run_cli("lint", "--format", "markdown")
    assert new.exit_code == 1
    listed = [line for line in new.stdout.splitlines() if line.startswith("- ")]
    assert len(listed) == 1 and listed[0].startswith("- drafts/b.md:3:31 **CC101**")


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
