"""Adopting claimcheck on a site that already has pages: ``include`` decides what is checked
however a draft is named (the pre-commit hook names each staged file), the config's
``baseline`` key applies to every run, and ``init`` starts with unsourced figures as info.
(The real hook is run in test_precommit.py.)"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from workflow_helpers import CONFLICT_PAGE, make_project

from claimcheck.cli import main

CURE_NOTE = "# Team notes\n\nOur new protocol is a miracle cure.\n"


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A site whose config checks only ``drafts/``; a README beside it says something the
    wording rules report, so checking it by mistake shows."""
    make_project(tmp_path, "registry: claims\ninclude: [drafts/**]\n")
    (tmp_path / "README.md").write_text(CURE_NOTE)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes(result) -> list[tuple[str, str]]:
    return [(f["path"], f["code"]) for f in json.loads(result.stdout)["findings"]]


def test_a_named_file_outside_include_is_not_checked_and_says_so(site, run_cli):
    result = run_cli("lint", "README.md", "drafts/a.md", "--format", "json")
    assert result.exit_code == 1
    assert {path for path, _ in codes(result)} == {"drafts/a.md"}
    assert json.loads(result.stdout)["drafts_checked"] == 1
    assert result.stderr == (
        "claimcheck: note: README.md: not checked, outside the config's include\n"
    )


def test_a_commit_of_only_files_outside_include_passes(site, run_cli):
    result = run_cli("lint", "README.md")
    assert result.exit_code == 0, result.output
    assert "CC303" not in result.stdout
    assert "outside the config's include" in result.stderr


def test_a_named_excluded_file_gets_a_note_and_a_walk_skips_silently(site, run_cli):
    (site / ".claimcheck.yaml").write_text("registry: claims\nexclude: [drafts/old/**]\n")
    (site / "drafts" / "old").mkdir()
    (site / "drafts" / "old" / "b.md").write_text(CURE_NOTE)
    named = run_cli("lint", "drafts/old/b.md")
    assert named.exit_code == 0
    assert named.stderr == (
        "claimcheck: note: drafts/old/b.md: not checked, the config's exclude matches it\n"
    )
    walked = run_cli("lint", "drafts", "--format", "json", "--select", "CC3")
    assert walked.stderr == ""
    assert codes(walked) == []


def test_a_buffer_named_outside_include_gets_no_findings(site):
    result = CliRunner().invoke(
        main, ["lint", "--stdin-filename", "README.md", "-"], input=CURE_NOTE.encode()
    )
    assert result.exit_code == 0
    assert "CC303" not in result.stdout
    assert "README.md: not checked, outside the config's include" in result.stderr


# --- the config's baseline ----------------------------------------------------------------


@pytest.fixture
def baselined(site, run_cli):
    """The site with today's findings recorded and the config naming the baseline."""
    written = run_cli("lint", "--write-baseline", "known.json")
    assert written.exit_code == 0, written.output
    (site / ".claimcheck.yaml").write_text(
        "registry: claims\ninclude: [drafts/**]\nbaseline: known.json\n"
    )
    return site


def test_the_configs_baseline_applies_without_an_option(baselined, run_cli):
    assert run_cli("lint").exit_code == 0
    (baselined / "drafts" / "b.md").write_text(CONFLICT_PAGE.replace("95%", "99%"))
    result = run_cli("lint", "--format", "json")
    assert result.exit_code == 1
    assert codes(result) == [("drafts/b.md", "CC101")]


def test_the_baseline_is_found_from_a_subfolder(baselined, run_cli, monkeypatch):
    monkeypatch.chdir(baselined / "drafts")
    result = run_cli("lint", "a.md")
    assert result.exit_code == 0, result.output


def test_no_baseline_shows_every_finding_and_baseline_replaces_the_configs(baselined, run_cli):
    everything = run_cli("lint", "--no-baseline", "--format", "json")
    assert everything.exit_code == 1
    assert ("drafts/a.md", "CC101") in codes(everything)
    (baselined / "empty.json").write_text('{"claimcheck_baseline": 1, "findings": []}\n')
    replaced = run_cli("lint", "--baseline", "empty.json", "--format", "json")
    assert ("drafts/a.md", "CC101") in codes(replaced)


def test_a_missing_or_mistyped_baseline_is_a_usage_error(site, run_cli):
    (site / ".claimcheck.yaml").write_text("registry: claims\nbaseline: nowhere.json\n")
    missing = run_cli("lint")
    assert missing.exit_code == 2
    assert "nowhere.json: cannot read baseline" in missing.stderr
    (site / ".claimcheck.yaml").write_text("registry: claims\n\nbaseline: [a.json]\n")
    mistyped = run_cli("lint")
    assert mistyped.exit_code == 2
    assert ".claimcheck.yaml:3: baseline must be a baseline file path (string)" in mistyped.stderr


# --- init and the recipe ------------------------------------------------------------------


def test_init_then_the_readme_recipe_blocks_only_new_problems(tmp_path, run_cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0
    config = (tmp_path / ".claimcheck.yaml").read_text()
    assert "severity: {CC102: info}\n" in config
    assert "# baseline: .claimcheck-baseline.json\n" in config
    (tmp_path / "page.md").write_text(
        "# Clinic\n\nAbout 40% of our patients travel far. HCC makes up 95% of primary liver "
        "cancers.\n\nThis page is for information only and is not medical advice.\n"
    )
    first = run_cli("lint", "page.md", "--format", "json")
    found = {f["code"]: f["severity"] for f in json.loads(first.stdout)["findings"]}
    assert found == {"CC102": "info", "CC101": "error"}  # unsourced: shown, not failing
    assert first.exit_code == 1  # the conflict still fails

    assert run_cli("lint", "--write-baseline", ".claimcheck-baseline.json").exit_code == 0
    (tmp_path / ".claimcheck.yaml").write_text(config.replace("# baseline:", "baseline:"))
    assert run_cli("lint", "page.md").exit_code == 0
    (tmp_path / "new.md").write_text("# New\n\nHCC makes up 99% of primary liver cancers.\n")
    later = run_cli("lint", "page.md", "new.md", "--format", "json")
    assert later.exit_code == 1
    assert [(f["path"], f["code"]) for f in json.loads(later.stdout)["findings"]] == [
        ("new.md", "CC201"),  # the new page has no disclaimer
        ("new.md", "CC101"),
    ]


# --- a page checked outside any project ---------------------------------------------------


def test_lint_outside_a_project_runs_the_rules_and_says_once_there_is_no_registry(
    tmp_path, monkeypatch, run_cli
):
    monkeypatch.chdir(tmp_path)  # no config, no claims/
    (tmp_path / "a.md").write_text("# Our clinic\n\nAbout 95% of visitors call it a miracle.\n")
    note = (
        "claimcheck: note: no registry found (no --registry, no registry in a config, no "
        "claims/ folder here): figures are not checked against sourced claims; the rules "
        "still run\n"
    )
    for _ in range(2):  # analysed, then from the cache
        result = run_cli("lint", "a.md", "--format", "json")
        assert result.exit_code == 1
        assert result.stderr == note
        assert codes(result) == [("a.md", "CC201"), ("a.md", "CC303")]  # no CC102 for 95%
    report = run_cli("report", "a.md", "-o", "r.html")
    assert report.exit_code == 0, report.stderr
    assert report.stderr == note


def test_a_registry_the_config_names_must_exist(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimcheck.yaml").write_text("registry: sources\n")
    (tmp_path / "a.md").write_text("# Our clinic\n\nAbout 95% of visitors return.\n")
    result = run_cli("lint", "a.md")
    assert result.exit_code == 2
    assert ".claimcheck.yaml:1: registry: 'sources': registry directory not found" in result.stderr
