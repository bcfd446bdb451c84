"""Drafts that cannot be read (CC400), empty drafts and PATHS that do not exist, in `lint`.

A draft that cannot be read is a finding like any other, so JSON, SARIF and GitHub
annotations show it and it fails the run; it is no longer only a line on stderr beside an
exit code of 0."""

from __future__ import annotations

import json

import pytest
from test_lint import make_registry, write

from claimcheck.report.markdown import escape

CLEAN = (
    "Marker X is expressed in 60–70% of gallbladder tumours.\n\n"
    "This page is for information only and is not medical advice.\n"
)


@pytest.fixture
def registry(tmp_path):
    return make_registry(tmp_path)


def utf16_draft(folder, name="old.md"):
    path = folder / name
    path.write_bytes("Marker X is found in 65% of them.\n".encode("utf-16"))
    return path


def test_an_unreadable_draft_is_a_cc400_error_beside_the_other_drafts(tmp_path, run_cli, registry):
    write(tmp_path, CLEAN)
    bad = utf16_draft(tmp_path)
    result = run_cli("lint", "--no-cache", "--registry", registry, "--format", "json", tmp_path)
    assert result.exit_code == 1  # an error-level finding, the rest were checked
    report = json.loads(result.stdout)
    assert report["drafts_checked"] == 1
    [finding] = report["findings"]
    assert (finding["code"], finding["name"], finding["severity"]) == (
        "CC400",
        "unreadable",
        "error",
    )
    assert (finding["path"], finding["line"], finding["col"]) == (str(bad), 1, 1)
    assert finding["message"] == "UTF-16 encoded; save it as UTF-8"
    assert "UTF-16" not in result.stderr  # said once, in the report


def test_broken_front_matter_points_at_its_line(tmp_path, run_cli, registry):
    draft = write(tmp_path, "---\ntitle: ok\naudience: [patients\n---\n" + CLEAN)
    result = run_cli("lint", "--no-cache", "--registry", registry, draft)
    assert result.exit_code == 2  # nothing could be checked
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{draft}:3:1: CC400 error: front matter is not valid YAML")


def test_cc400_is_a_sarif_rule_and_a_github_error(tmp_path, run_cli, registry):
    write(tmp_path, CLEAN)
    utf16_draft(tmp_path)
    sarif = json.loads(
        run_cli("lint", "--no-cache", "--registry", registry, "--format", "sarif", tmp_path).stdout
    )
    run = sarif["runs"][0]
    assert "CC400" in {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert [r["ruleId"] for r in run["results"]] == ["CC400"]
    github = run_cli("lint", "--no-cache", "--registry", registry, "--format", "github", tmp_path)
    assert "::error file=" in github.stdout and "title=CC400 unreadable::" in github.stdout


def test_only_unreadable_drafts_still_report_and_exit_2(tmp_path, run_cli, registry):
    bad = utf16_draft(tmp_path)
    result = run_cli("lint", "--no-cache", "--registry", registry, bad)
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{bad}:1:1: CC400 error: UTF-16 encoded")


def test_cc400_can_be_ignored_like_any_code(tmp_path, run_cli, registry):
    write(tmp_path, CLEAN)
    utf16_draft(tmp_path)
    (tmp_path / ".claimcheck.yaml").write_text(f"registry: {registry}\nignore: [unreadable]\n")
    result = run_cli("lint", "--no-cache", "--config", tmp_path / ".claimcheck.yaml", tmp_path)
    assert result.exit_code == 0, result.stdout


def test_an_empty_draft_is_a_note_not_a_finding(tmp_path, run_cli, registry):
    write(tmp_path, CLEAN)
    empty = write(tmp_path, "", name="placeholder.md")
    result = run_cli("lint", "--no-cache", "--registry", registry, tmp_path)
    assert result.exit_code == 0
    assert result.stderr == f"claimcheck: note: {empty}: empty file, nothing to check\n"


def test_a_missing_path_is_a_usage_error_after_the_others_are_reported(tmp_path, run_cli, registry):
    draft = write(tmp_path, CLEAN.replace("60–70%", "90%"))  # a conflict
    missing = tmp_path / "renamed.md"
    result = run_cli("lint", "--no-cache", "--registry", registry, draft, missing)
    assert result.exit_code == 2
    assert "CC101" in result.stdout
    assert f"{missing}: no such file or directory" in result.stderr


def test_a_baseline_is_not_written_from_a_run_with_a_missing_path(tmp_path, run_cli, registry):
    draft = write(tmp_path, CLEAN)
    baseline = tmp_path / "baseline.json"
    args = ("lint", "--no-cache", "--registry", registry, "--write-baseline", baseline)
    result = run_cli(*args, draft, tmp_path / "renamed.md")
    assert result.exit_code == 2
    assert not baseline.exists()


def test_the_pr_comment_lists_an_unreadable_draft_among_its_errors(tmp_path, run_cli, registry):
    write(tmp_path, CLEAN)
    bad = utf16_draft(tmp_path)
    result = run_cli("lint", "--registry", registry, "--format", "markdown", tmp_path)
    assert result.exit_code == 1
    assert result.stdout.startswith("### claimcheck: 1 error, 0 warnings, 0 info in 1 draft")
    message = escape("UTF-16 encoded; save it as UTF-8")
    assert f"- {escape(str(bad))}:1:1 **CC400** error: {message}" in result.stdout


def test_the_editors_report_names_what_it_could_not_read(tmp_path, run_cli, registry):
    write(tmp_path, CLEAN)
    bad = utf16_draft(tmp_path)
    page = tmp_path / "report.html"
    result = run_cli("report", "--registry", registry, "-o", page, tmp_path)
    assert result.exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "Not checked: drafts that could not be read" in html
    assert f"<code>{bad}:1</code>" in html and "CC400 UTF-16 encoded; save it as UTF-8" in html
    assert '<dd data-count="findings">1</dd>' in html


def test_a_missing_path_exits_2_in_the_whole_draft_formats_too(tmp_path, run_cli, registry):
    draft = write(tmp_path, CLEAN)
    args = ("lint", "--registry", registry, "--format", "markdown", draft, tmp_path / "gone.md")
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "### claimcheck:" in result.stdout


def test_a_claimcheck_report_in_the_tree_is_not_linted_as_a_draft(tmp_path, run_cli, registry):
    draft = write(tmp_path, CLEAN)
    report = tmp_path / "claimcheck-report.html"
    assert run_cli("report", "--registry", registry, "-o", report, draft).exit_code == 0
    result = run_cli("lint", "--no-cache", "--registry", registry, "--format", "json", tmp_path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["drafts_checked"] == 1
    assert result.stderr == f"claimcheck: note: {report}: a claimcheck report, not a draft\n"


def test_a_draft_longer_than_spacys_million_characters_is_checked(tmp_path, run_cli, registry):
    # spaCy refuses texts over 1,000,000 characters for its parser, which we do not run
    padding = ("Our clinic is open on weekdays. " * 31_300)[:1_000_100]
    draft = write(tmp_path, CLEAN + "\n" + padding + "\n\nMarker X is found in 95% of them.\n")
    result = run_cli("lint", "--no-cache", "--registry", registry, "--format", "json", draft)
    assert result.exit_code == 1
    # the page also states the source's figure: the two cannot both hold (CC402)
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["CC101", "CC402"]


def test_a_draft_beyond_the_size_limit_is_cc400(tmp_path, run_cli, registry, monkeypatch):
    from claimcheck.documents import reader

    monkeypatch.setattr(reader, "MAX_DRAFT_CHARS", 100)
    draft = write(tmp_path, CLEAN * 3)
    result = run_cli("lint", "--no-cache", "--registry", registry, draft)
    assert result.exit_code == 2
    size = len(CLEAN * 3)
    assert result.stdout.startswith(
        f"{draft}:1:1: CC400 error: too large to check ({size} characters; the limit is 100)"
    )


def test_a_commit_of_only_an_empty_placeholder_passes(tmp_path, run_cli, registry):
    empty = write(tmp_path, "\n", name="coming-soon.md")
    result = run_cli("lint", "--no-cache", "--registry", registry, empty)
    assert result.exit_code == 0  # nothing wrong with it: the pre-commit hook lets it through
    assert result.stderr == f"claimcheck: note: {empty}: empty file, nothing to check\n"
