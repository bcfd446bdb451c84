"""GitHub workflow commands: escaping, positions, and the per-step annotation limits."""

from __future__ import annotations

from workflow_helpers import CONFLICT_PAGE, finding, make_project

from claimcheck.report import github


def test_annotation_escapes_data_and_properties():
    f = finding(
        path="drafts/a,b:c.md",
        line=3,
        col=31,
        start=0,
        end=9,
        message='"100%" conflicts\r\nwith x',  # a Finding's message is made one line
        quantity={"text": "about 95%"},
    )
    line = github.annotation(f)
    assert line == (
        "::error file=drafts/a%2Cb%3Ac.md,line=3,col=31,endLine=3,endColumn=40,"
        'title=CC101 conflict::"100%25" conflicts with x'
    )
    assert github.escape_data("a\r\nb%") == "a%0D%0Ab%25"


def test_suggestion_follows_on_an_escaped_new_line():
    line = github.annotation(finding(suggestion="write 70–80%"))
    assert line.endswith("::a message%0Awrite 70–80%25")


def test_severities_map_to_commands():
    assert github.annotation(finding(severity="warning")).startswith("::warning ")
    assert github.annotation(finding(severity="info")).startswith("::notice ")


def test_beyond_the_limits_the_rest_is_summarised_in_one_notice():
    findings = (
        [finding(line=n, severity="error") for n in range(1, 13)]
        + [finding(line=n, severity="warning", code="CC102") for n in range(20, 23)]
        + [finding(line=n, severity="info", code="CC104") for n in range(30, 41)]
    )
    lines = github.format_findings(findings, 2).splitlines()
    commands = [line.split(" ", 1)[0] for line in lines if line.startswith("::")]
    assert commands.count("::error") == 10
    assert commands.count("::warning") == 3
    assert commands.count("::notice") == 10  # 9 findings + the summary
    assert lines[-2].startswith("::notice title=claimcheck::4 more findings not annotated")
    assert "(2 errors, 2 info)" in lines[-2]
    # the findings not annotated are still in the log
    assert sum(1 for line in lines if not line.startswith("::")) == 4 + 1


def test_lint_format_github(tmp_path, monkeypatch, run_cli):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "a.md").write_text(CONFLICT_PAGE)
    result = run_cli("lint", "drafts", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.startswith(
        "::error file=drafts/a.md,line=3,col=31,endLine=3,endColumn=40,title=CC101 conflict::"
    )
