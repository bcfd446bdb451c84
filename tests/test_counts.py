"""Counts in summaries read as English: "1 warning", "2 drafts", and "info" never "infos"."""

from __future__ import annotations

import pytest
from workflow_helpers import make_project

from claimcheck.wording import counted


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [(1, "warning", "1 warning"), (0, "warning", "0 warnings"), (2, "draft", "2 drafts"),
     (1, "info", "1 info"), (0, "info", "0 info"), (3, "info", "3 info")],
)  # fmt: skip
def test_counted(n, noun, said):
    assert counted(n, noun) == said


def test_text_summary_with_one_warning(tmp_path, monkeypatch, run_cli):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text("# Visiting hours\n\nThe ward opens at noon.\n")
    result = run_cli("lint", "drafts/a.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == "1 finding (0 errors, 1 warning, 0 info) in 1 draft"


def test_markdown_and_registry_check_counts(tmp_path, monkeypatch, run_cli):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text("# Visiting hours\n\nThe ward opens at noon.\n")
    markdown = run_cli("lint", "drafts/a.md", "--format", "markdown")
    assert markdown.stdout.startswith("### claimcheck: 0 errors, 1 warning, 0 info in 1 draft\n")


def test_registry_check_counts_one_claim(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    assert run_cli("init").exit_code == 0  # claims/ with two example claims: keep the first
    example = tmp_path / "claims" / "example.yaml"
    example.write_text(example.read_text().split("\n# The frame says")[0] + "\n")
    check = run_cli("registry", "check")
    assert check.stdout.splitlines()[-1] == "1 claim, 0 errors, 0 warnings in claims"
