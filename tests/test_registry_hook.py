"""`claimcheck registry hook`, the claimcheck-registry pre-commit hook's command, in a git
repository of our own: a registry change shows the pages it breaks, before the commit."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from workflow_helpers import DISCLAIMER, make_project

from claimcheck.registry.loader import load_registry

HBV_PAGE = f"""# Hepatitis B and liver cancer

Chronic hepatitis B infection accounts for 56% of liver cancer cases around the world.

{DISCLAIMER}
"""
OTHER_PAGE = f"""# Visiting hours

The ward opens at noon.

{DISCLAIMER}
"""
GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
}


def git(cwd: Path, *args: str) -> None:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=GIT_ENV)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path)
    (tmp_path / "drafts" / "hbv.md").write_text(HBV_PAGE)
    (tmp_path / "drafts" / "visiting.md").write_text(OTHER_PAGE)
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "site")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit_claim(project: Path, old: str, new: str) -> None:
    path = project / "claims" / "epidemiology.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_changing_a_claims_figure_shows_the_page_that_now_conflicts(project, run_cli):
    edit_claim(project, "accounts for 56% of liver", "accounts for 50% of liver")
    edit_claim(project, "{value: 56, unit: percent}", "{value: 50, unit: percent}")
    edit_claim(project, 'quote: "56% (95% CI: 52–60)', 'quote: "50% (95% CI: 52–60)')
    result = run_cli("registry", "hook", "claims/epidemiology.yaml")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        'drafts/hbv.md:3:44: CC101 error: "56%" conflicts with hbv-attributable-liver-cancer: 50%'
    )
    assert lines[-1] == (
        "0 registry errors; 1 claim added, changed or removed (hbv-attributable-liver-cancer); "
        "1 finding on their figures in 1 draft of 2"
    )


def test_removing_a_claim_shows_the_page_it_leaves_unsupported(project, run_cli):
    registry = load_registry(project / "claims")
    claim = registry.by_id["hbv-attributable-liver-cancer"]
    path = project / "claims" / "epidemiology.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    end = next(
        (c.line for c in registry.claims if c.path == claim.path and c.line > claim.line),
        len(lines) + 1,
    )
    path.write_text("".join(lines[: claim.line - 1] + lines[end - 1 :]), encoding="utf-8")
    result = run_cli("registry", "hook", "claims/epidemiology.yaml")
    assert result.exit_code == 1, result.output
    assert result.stdout.splitlines()[0].startswith(
        'drafts/hbv.md:3:44: CC102 warning: "56%" is not backed by any sourced claim'
    )


def test_a_change_no_page_states_passes(project, run_cli):
    edit_claim(
        project,
        "a mortality-to-incidence ratio of 0.86.",
        "a mortality-to-incidence ratio of 0.86.\n  variants: [Liver cancer killed about"
        " 759,000 people in 2022.]",
    )
    result = run_cli("registry", "hook", "claims/epidemiology.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "0 registry errors; 1 claim added, changed or removed (liver-cancer-deaths-2022); "
        "0 findings on their figures in 0 drafts of 2"
    ]


def test_a_registry_error_fails_the_hook(project, run_cli):
    edit_claim(project, "{value: 56, unit: percent}", "{value: 57, unit: percent}")
    result = run_cli("registry", "hook", "claims/epidemiology.yaml")
    assert result.exit_code == 1
    assert ": error: figure: 'hbv-attributable-liver-cancer': value 57% is not what its " in (
        result.stdout
    )


def test_a_changed_value_is_never_hinted_with_the_old_words(project, run_cli):
    """Only the value edited: the statement and quote still say 56%, so the hint quotes
    neither (the registry error names the mismatch) and never contradicts the new figure."""
    (project / "drafts" / "hbv.md").write_text(HBV_PAGE.replace("56%", "60%"))
    edit_claim(project, "{value: 56, unit: percent}", "{value: 50, unit: percent}")
    result = run_cli("registry", "hook", "claims/epidemiology.yaml")
    assert result.exit_code == 1, result.output
    hint = next(line for line in result.stdout.splitlines() if line.startswith("    hint:"))
    assert "56%" not in hint and "accounts for 56" not in hint
    assert hint == (
        "    hint: the registry says 50%, though neither its statement nor a source quote "
        "states it yet: `claimcheck registry check` shows what to fix"
    )


def test_a_changed_statement_and_value_are_hinted_with_the_new_statement(project, run_cli):
    """The statement and value edited, the quote not yet: the hint quotes the new statement,
    the words that state the new figure, not the quote that states the old one."""
    edit_claim(project, "accounts for 56% of liver", "accounts for 50% of liver")
    edit_claim(project, "{value: 56, unit: percent}", "{value: 50, unit: percent}")
    result = run_cli("registry", "hook", "claims/epidemiology.yaml")
    hint = next(line for line in result.stdout.splitlines() if line.startswith("    hint:"))
    assert hint == (
        '    hint: the source supports 50% (registry: "Chronic hepatitis B infection accounts '
        'for 50% of liver cancer cases around the world.")'
    )
