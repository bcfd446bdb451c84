"""`claimcheck report` applies the baseline as lint does (the config's, --baseline or none
with --no-baseline): it is the same page as `lint --format html`, so it counts the same."""

from __future__ import annotations

import pytest
from workflow_helpers import CONFLICT_PAGE, make_project


@pytest.fixture
def project(tmp_path, monkeypatch, run_cli):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    result = run_cli("lint", "drafts", "--write-baseline", "baseline.json")
    assert result.exit_code == 0, result.output
    return tmp_path


def findings_line(run_cli, *args: str) -> str:
    result = run_cli("report", "drafts", "-o", "out.html", *args)
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


def test_the_configs_baseline_is_applied(project, run_cli):
    everything = findings_line(run_cli)
    assert not everything.endswith(" 0 findings")
    (project / ".claimcheck.yaml").write_text("registry: claims\nbaseline: baseline.json\n")
    assert findings_line(run_cli) == "out.html: 1 draft, 0 findings"


def test_no_baseline_shows_every_finding(project, run_cli):
    everything = findings_line(run_cli)
    (project / ".claimcheck.yaml").write_text("registry: claims\nbaseline: baseline.json\n")
    assert findings_line(run_cli, "--no-baseline") == everything


def test_baseline_option_names_the_file(project, run_cli):
    assert findings_line(run_cli, "--baseline", "baseline.json") == "out.html: 1 draft, 0 findings"


def test_report_and_lint_html_agree(project, run_cli):
    (project / ".claimcheck.yaml").write_text("registry: claims\nbaseline: baseline.json\n")
    findings_line(run_cli)
    lint = run_cli("lint", "drafts", "--format", "html")
    assert lint.exit_code == 0
    assert (project / "out.html").read_text() == lint.stdout


def test_a_bad_baseline_is_one_line_and_exit_2(project, run_cli):
    (project / "baseline.json").write_text("[1, 2]")
    result = run_cli("report", "drafts", "-o", "out.html", "--baseline", "baseline.json")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: baseline.json")
    assert not (project / "out.html").exists()
