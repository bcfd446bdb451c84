"""The options users of ruff and flake8 reach for: --exit-zero, --quiet, --statistics."""

from __future__ import annotations

import json

import pytest
from workflow_helpers import CONFLICT_PAGE, make_project

# a conflict (error), two unsupported figures (warnings), no disclaimer (warning)
PAGE = """# Clinic notes

GPC3 is found in about 95% of hepatocellular carcinomas.

Our nurses answered 4,200 calls and 1,300 emails last year.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path, "registry: claims\ninclude: [drafts/**]\n")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(PAGE)
    return tmp_path


def test_exit_zero_reports_but_passes(project, run_cli):
    plain = run_cli("lint", "drafts")
    zero = run_cli("lint", "drafts", "--exit-zero")
    assert (plain.exit_code, zero.exit_code) == (1, 0)
    assert zero.stdout == plain.stdout
    for output_format in ("json", "markdown", "html"):
        assert run_cli("lint", "drafts", "--exit-zero", "--format", output_format).exit_code == 0
    missing = run_cli("lint", "drafts", "nowhere.md", "--exit-zero")
    assert missing.exit_code == 2  # a usage error is still one


def test_quiet_prints_the_findings_only(project, run_cli):
    (project / "NOTES.md").write_text(CONFLICT_PAGE)
    loud = run_cli("lint", "drafts/a.md", "NOTES.md")
    quiet = run_cli("lint", "drafts/a.md", "NOTES.md", "--quiet")
    assert quiet.exit_code == loud.exit_code == 1
    assert loud.stderr and quiet.stderr == ""  # no "not checked" note
    assert quiet.stdout.splitlines() == loud.stdout.splitlines()[:-1]  # no summary line
    assert loud.stdout.splitlines()[-1].startswith("4 findings (1 error, 3 warnings")
    (project / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    clean = run_cli("lint", "drafts", "-q", "--select", "CC3")
    assert (clean.exit_code, clean.stdout, clean.stderr) == (0, "", "")


def test_statistics_count_each_code_most_first(project, run_cli):
    result = run_cli("lint", "drafts", "--statistics")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "2  CC102  unsupported         warning",
        "1  CC101  conflict            error",
        "1  CC201  not-medical-advice  warning",
        "4 findings (1 error, 3 warnings, 0 info) in 1 draft",
    ]
    as_json = json.loads(run_cli("lint", "drafts", "--statistics", "--format", "json").stdout)
    assert as_json[0] == {"code": "CC102", "name": "unsupported", "severity": "warning", "count": 2}
    quiet = run_cli("lint", "drafts", "--statistics", "-q")
    assert len(quiet.stdout.splitlines()) == 3
    sarif = run_cli("lint", "drafts", "--statistics", "--format", "sarif")
    assert sarif.exit_code == 2
    assert sarif.stderr == "claimcheck: error: --statistics prints text or json, not sarif\n"
