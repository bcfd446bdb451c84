"""`claimcheck lint -`: one draft on standard input, as an editor sends the buffer it shows."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from workflow_helpers import CONFLICT_PAGE, make_project

from claimcheck.cli import main


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint_stdin(text: str, *args: str):
    return CliRunner().invoke(main, ["lint", *args], input=text.encode("utf-8"))


def test_the_draft_is_checked_under_the_name_it_stands_for(project, own_cache_and_state):
    result = lint_stdin(CONFLICT_PAGE, "--format", "json", "--stdin-filename", "docs/gpc3.md", "-")
    assert result.exit_code == 1
    [conflict] = json.loads(result.stdout)["findings"]
    assert (conflict["code"], conflict["path"], conflict["line"]) == ("CC101", "docs/gpc3.md", 3)
    assert conflict["quantity"]["text"] == "about 95%"
    assert not own_cache_and_state.exists()  # an unsaved buffer is never cached


def test_the_names_suffix_chooses_the_reader(project):
    page = "<p>GPC3 is found in about 95&#37; of hepatocellular carcinomas.</p>"
    as_html = lint_stdin(page, "--select", "CC101", "--stdin-filename", "page.html", "-")
    assert as_html.stdout.startswith('page.html:1:21: CC101 error: "about 95%" conflicts')
    unnamed = lint_stdin(page, "--select", "CC101", "-")  # plain text: "&#37;" is no per cent
    assert (unnamed.exit_code, unnamed.stdout.splitlines()[0]) == (
        0,
        "0 findings (0 errors, 0 warnings, 0 info) in 1 draft",
    )


def test_a_name_the_config_excludes_gets_no_findings(project):
    (project / ".claimcheck.yaml").write_text("registry: claims\nexclude: ['archive/**']\n")
    result = lint_stdin(CONFLICT_PAGE, "--stdin-filename", "archive/old.md", "-")
    assert result.exit_code == 0
    assert "CC101" not in result.stdout


def test_standard_input_goes_alone(project):
    result = lint_stdin(CONFLICT_PAGE, "-", "drafts")
    assert result.exit_code == 2
    assert result.stderr == (
        "claimcheck: error: PATHS '-' (standard input) goes alone, and --stdin-filename needs it\n"
    )


def test_an_unreadable_buffer_is_cc400(project):
    result = CliRunner().invoke(main, ["lint", "-"], input="Only 45%".encode("utf-16"))
    assert result.exit_code == 2
    assert result.stdout.startswith("-:1:1: CC400 error: UTF-16 encoded; save it as UTF-8")
