"""`registry check` with local copies of sources: each quote found in its PDF, HTML or text
file across what PDF text does to it, or an error at the quote; the page where it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_helpers import write_pdf

REPO = Path(__file__).resolve().parent.parent

PDF_PAGES: list[list[str | bytes]] = [
    ["Widgetosis outcomes in the WIDGET-2 trial", "Methods"],
    [
        "Results",
        "In the intention-to-treat population, median overall sur-",
        "vival was 10.7 months with widgetinib and 7.9 months with",
        b"placebo. The \x80rst \x93responders\x94 were 12 patients \x96 as planned.",
    ],
]


def claim_with(source: str, quote: str = "median overall survival was 10.7 months") -> str:
    return (
        "- id: widgetinib-median-os\n"
        "  statement: Median overall survival on widgetinib was 10.7 months.\n"
        "  subject: [widgetinib]\n"
        "  value: {value: 10.7, unit: month}\n"
        "  sources:\n"
        '    - citation: "WIDGET-2 investigators. Widget J 2024;1:1-9"\n'
        f'      quote: "{quote}"\n'
        f"{source}"
        "  status: approved\n"
    )


def check(tmp_path: Path, run_cli, text: str, *options: str):
    (tmp_path / "claims.yaml").write_text(text, encoding="utf-8")
    result = run_cli("registry", "check", *options, tmp_path)
    lines = [line.replace(f"{tmp_path}/", "") for line in result.stdout.splitlines()]
    return result.exit_code, lines


@pytest.fixture
def trial_pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "sources" / "widget-2.pdf", PDF_PAGES)


def test_a_quote_is_found_across_a_pdf_line_break_and_hyphenation(tmp_path, run_cli, trial_pdf):
    status, lines = check(
        tmp_path, run_cli, claim_with("      file: sources/widget-2.pdf\n      page: 2\n"), "-v"
    )
    assert (status, lines) == (
        0,
        [
            "claims.yaml:7:14: found: 'widgetinib-median-os' quote in sources/widget-2.pdf, page 2",
            f"1 claim, 0 errors, 0 warnings, 1 quote found in source files in {tmp_path}",
        ],
    )


def test_ligatures_curly_quotes_and_dashes_in_pdf_text_do_not_hide_a_quote(
    tmp_path, run_cli, trial_pdf
):
    quote = "The first 'responders' were 12 patients - as planned"
    text = claim_with("      file: sources/widget-2.pdf\n", quote=quote).replace(
        "value: {value: 10.7, unit: month}", "value: {value: 12, unit: patients}"
    )
    text = text.replace("Median overall survival on widgetinib was 10.7 months.", "12 responded.")
    status, lines = check(tmp_path, run_cli, text)
    assert status == 0, lines


def test_a_quote_not_in_its_pdf_is_an_error_at_the_quote(tmp_path, run_cli, trial_pdf):
    status, lines = check(
        tmp_path,
        run_cli,
        claim_with(
            "      file: sources/widget-2.pdf\n", quote="median overall survival was 11.7 months"
        ).replace("10.7", "11.7"),
    )
    assert status == 1
    assert lines[0] == (
        "claims.yaml:7:14: error: quote: 'widgetinib-median-os': quote not found in "
        "sources/widget-2.pdf (2 pages searched)"
    )


def test_a_page_that_is_not_where_the_quote_is_is_a_warning(tmp_path, run_cli, trial_pdf):
    status, lines = check(
        tmp_path, run_cli, claim_with("      file: sources/widget-2.pdf\n      page: 1\n")
    )
    assert status == 0
    assert lines[0] == (
        "claims.yaml:9:13: warning: page: 'widgetinib-median-os': quote is on page 2 of "
        "sources/widget-2.pdf, not page 1"
    )


HTML = """<!doctype html><html><head><title>WIDGET-2</title>
<script>var note = "median overall survival was 10.7 months";</script></head>
<body><p>In the trial, median overall&nbsp;survival was <b>10.7</b>
months with widgetinib.</p></body></html>
"""


def test_a_quote_is_found_in_an_html_source_and_not_in_its_script(tmp_path, run_cli):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "widget-2.html").write_text(HTML, encoding="utf-8")
    source = "      file: sources/widget-2.html\n"
    status, lines = check(tmp_path, run_cli, claim_with(source), "-v")
    assert status == 0
    found = "claims.yaml:7:14: found: 'widgetinib-median-os' quote in sources/widget-2.html"
    assert lines[0] == found
    quote = 'var note = \\"median overall survival was 10.7 months\\"'
    status, lines = check(tmp_path, run_cli, claim_with(source, quote=quote))
    assert status == 1
    assert "quote not found in sources/widget-2.html (1 page searched)" in lines[0]


def test_a_text_source_has_pages_at_form_feeds_and_ellipses_skip_words(tmp_path, run_cli):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "widget-2.txt").write_text(
        "Page one.\fMedian overall survival (the primary\nend point) was 10.7 months.\n",
        encoding="utf-8",
    )
    source = "      file: sources/widget-2.txt\n      page: 2\n"
    quote = "Median overall survival … was 10.7 months"
    status, lines = check(tmp_path, run_cli, claim_with(source, quote=quote), "-v")
    assert status == 0, lines
    assert lines[0].endswith("quote in sources/widget-2.txt, page 2")
    status, lines = check(tmp_path, run_cli, claim_with(source))
    assert status == 1
    assert "quote not found in sources/widget-2.txt (2 pages searched)" in lines[0]


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (None, "source file sources/widget-2.pdf: not found (No such file or directory)"),
        (b"%PDF-1.4\nnot really a PDF", "source file sources/widget-2.pdf: cannot be read as PDF"),
    ],
)
def test_a_missing_or_broken_source_file_is_an_error_at_its_file(tmp_path, run_cli, write, message):
    if write is not None:
        (tmp_path / "sources").mkdir()
        (tmp_path / "sources" / "widget-2.pdf").write_bytes(write)
    status, lines = check(tmp_path, run_cli, claim_with("      file: sources/widget-2.pdf\n"))
    assert status == 1
    assert lines[0].startswith(f"claims.yaml:8:13: error: source: {message}")


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("      file: /srv/widget-2.pdf\n", "file '/srv/widget-2.pdf' must be a path relative"),
        ("      file: sources/widget-2.docx\n", "is not a PDF, HTML or text file"),
        ("      page: 2\n", "'page' needs a 'file'"),
        ("      file: sources/a.pdf\n      page: 0\n", "page 0 must be 1 or more"),
        ("      file: sources/a.pdf\n      page: two\n", "'page' must be a whole number, not text"),
    ],
)
def test_file_and_page_are_validated_with_the_schema(tmp_path, run_cli, source, message):
    (tmp_path / "claims.yaml").write_text(claim_with(source), encoding="utf-8")
    result = run_cli("registry", "check", tmp_path)
    assert result.exit_code == 2
    assert message in result.stderr


def test_the_shipped_registry_finds_its_quotes_in_the_shipped_excerpts(run_cli):
    result = run_cli("registry", "check", "-v", REPO / "claims")
    assert result.exit_code == 0, result.output
    found = [line for line in result.stdout.splitlines() if ": found: " in line]
    assert len(found) >= 3
    assert all(" quote in sources/" in line for line in found)


def test_lint_never_takes_the_registry_folders_source_copies_for_drafts(
    tmp_path, run_cli, monkeypatch
):
    from workflow_helpers import CLEAN_PAGE, make_project

    make_project(tmp_path)  # the shipped claims/, with its claims/sources/ excerpts
    (tmp_path / "drafts" / "a.md").write_text(CLEAN_PAGE)
    monkeypatch.chdir(tmp_path)
    walked = run_cli("lint", "--format", "json")  # no PATHS: the config's folder
    assert walked.exit_code == 0, walked.output
    assert json.loads(walked.stdout)["drafts_checked"] == 1
    named = run_cli("lint", "claims/sources/li-2024-chin-med-j.txt")
    assert named.stderr.splitlines()[0] == (
        "claimcheck: note: claims/sources/li-2024-chin-med-j.txt: not checked, it is in the "
        "registry's folder (copies of sources are not drafts)"
    )


def test_registry_draft_proposes_a_stub_per_figure_that_registry_check_passes(
    tmp_path, run_cli, trial_pdf
):
    registry = tmp_path / "claims"
    registry.mkdir()
    result = run_cli(
        "registry", "draft", trial_pdf, "--registry", registry, "--id-prefix", "widget-2"
    )
    assert result.exit_code == 0, result.stderr
    stubs = result.stdout
    assert stubs.count("- id: widget-2-") == 3  # 10.7 months, 7.9 months, 12 patients
    assert stubs.count("  status: draft\n") == 3
    assert "statement: In the intention-to-treat population, median overall survival was 10.7" in (
        " ".join(stubs.split())
    )  # the hyphenated line end joined, the heading "Results" left out
    assert "file: ../sources/widget-2.pdf, page: 2}" in stubs
    assert "value: {value: 10.7, unit: month}" in stubs
    (registry / "widget-2.yaml").write_text(stubs, encoding="utf-8")
    check = run_cli("registry", "check", "-v", registry)
    assert check.exit_code == 0, check.output
    assert check.stdout.splitlines()[-1] == (
        f"3 claims, 0 errors, 3 warnings, 3 quotes found in source files in {registry}"
    )
    assert all(
        line.endswith("quote in ../sources/widget-2.pdf, page 2")
        for line in check.stdout.splitlines()
        if ": found: " in line
    )


def test_registry_draft_refuses_what_it_cannot_read(tmp_path, run_cli):
    missing = run_cli("registry", "draft", tmp_path / "absent.pdf")
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"claimcheck: error: {tmp_path}/absent.pdf: not found")
    (tmp_path / "notes.docx").write_text("x")
    wrong = run_cli("registry", "draft", tmp_path / "notes.docx")
    assert wrong.exit_code == 2
    assert "not a PDF, HTML or text file" in wrong.stderr


def test_registry_draft_keeps_a_rate_per_population_as_its_unit(tmp_path, run_cli):
    """A rate in a source ("8.7 per 100,000 women") drafts a rate unit, so the stub's value
    is what its statement and quote state and `registry check` finds nothing to fix."""
    source = tmp_path / "rates.txt"
    source.write_text(
        "In 2022 the incidence of the disease was 8.7 per 100,000 women per year.\n",
        encoding="utf-8",
    )
    registry = tmp_path / "claims"
    registry.mkdir()
    drafted = run_cli("registry", "draft", source, "--registry", registry)
    assert drafted.exit_code == 0, drafted.stderr
    assert "unit: 'per 100,000'" in drafted.stdout or 'unit: "per 100,000"' in drafted.stdout
    (registry / "rates.yaml").write_text(drafted.stdout, encoding="utf-8")
    checked = run_cli("registry", "check", registry)
    assert "is not what its statement states" not in checked.stdout + checked.stderr
