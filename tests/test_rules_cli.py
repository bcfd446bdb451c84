"""`claimcheck rules list|explain` and `lint --rules`: what a user sees, and exit codes."""

from __future__ import annotations

import pytest

from tests.conftest import REPO

BAD_RULE = "- id: x\n  code: CC350\n  kind: avoid\n  severity: loud\n"


def test_rules_list_shows_every_default_rule(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("rules", "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["CC201", "not-medical-advice", "required", "warning"]
    assert any(line.split()[:2] == ["CC301", "cure-claims"] for line in lines)
    assert lines[-1] == "12 rules"


def test_rules_explain_by_id_or_code(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    by_id = run_cli("rules", "explain", "relative-without-absolute")
    by_code = run_cli("rules", "explain", "cc311")
    assert by_id.exit_code == by_code.exit_code == 0
    assert by_id.stdout == by_code.stdout
    assert by_id.stdout.startswith("CC311 relative-without-absolute (relative-needs-absolute")
    assert "FDA guidance" in by_id.stdout and "Example reported:" in by_id.stdout


def test_rules_explain_unknown_exits_2(run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("rules", "explain", "no-such-rule")
    assert result.exit_code == 2
    assert "no rule or code 'no-such-rule'" in result.stderr


@pytest.mark.parametrize("word", ["CC400", "cc400", "unreadable"])
def test_rules_explain_also_explains_finding_codes_no_rule_defines(run_cli, word):
    result = run_cli("rules", "explain", word)
    assert result.exit_code == 0
    assert result.stdout.startswith("CC400 unreadable (error)\nA draft that cannot be read")
    assert "Fix:" in result.stdout


def test_rules_explain_does_not_explain_a_rule_code_without_its_rule(run_cli, tmp_path):
    result = run_cli("rules", "explain", "--rules", REPO / "rules", "CC301")  # project rules only
    assert result.exit_code == 2
    assert "no rule or code 'CC301'" in result.stderr


def test_lint_with_a_broken_rules_folder_exits_2_with_positions(run_cli, tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "bad.yaml").write_text(BAD_RULE)
    (tmp_path / "page.md").write_text("Hello.\n")
    result = run_cli(
        "lint",
        "--no-cache",
        "--registry",
        REPO / "claims",
        "--rules",
        tmp_path / "rules",
        tmp_path / "page.md",
    )
    assert result.exit_code == 2
    assert f"{tmp_path / 'rules' / 'bad.yaml'}:4:13: severity 'loud' is not one of" in result.stderr


def test_lint_reports_rule_findings_and_exits_1(run_cli, tmp_path):
    (tmp_path / "page.md").write_text("# Offer\n\nOur therapy cures liver cancer.\n")
    result = run_cli(
        "lint",
        "--no-cache",
        "--registry",
        REPO / "claims",
        "--rules",
        "claimcheck:default",
        tmp_path / "page.md",
    )
    assert result.exit_code == 1
    assert f'{tmp_path / "page.md"}:3:13: CC301 error: "cures" promises a cure' in result.stdout
    assert f"{tmp_path / 'page.md'}:1:1: CC201 warning:" in result.stdout


def test_lint_with_project_rules_only(run_cli, tmp_path):
    (tmp_path / "page.md").write_text("We offer the cheapest care. It cures all.\n")
    result = run_cli(
        "lint",
        "--no-cache",
        "--registry",
        REPO / "claims",
        "--fail-level",
        "error",
        "--rules",
        REPO / "rules",
        tmp_path / "page.md",
    )
    assert result.exit_code == 0
    assert 'CC350 warning: "cheapest"' in result.stdout
    assert "CC301" not in result.stdout


def test_explain_and_list_show_the_severity_the_config_sets(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimcheck.yaml").write_text(
        "severity: {CC102: info, superlatives: off, cure-claims: warning}\nignore: [CC104]\n"
    )
    said = {
        word: run_cli("rules", "explain", word).stdout.splitlines()[0]
        for word in ("CC102", "superlatives", "CC301", "CC104", "CC101")
    }
    assert said == {
        "CC102": "CC102 unsupported (info in .claimcheck.yaml; default warning)",
        "superlatives": "CC309 superlatives (avoid, off in .claimcheck.yaml: not reported; "
        "default warning)",
        "CC301": "CC301 cure-claims (avoid, warning in .claimcheck.yaml; default error)",
        "CC104": "CC104 stale-source (off in .claimcheck.yaml: not reported; default warning)",
        "CC101": "CC101 conflict (error)",
    }
    listed = {
        line.split()[0]: line.split()[3]
        for line in run_cli("rules", "list").stdout.splitlines()[:-1]
    }
    assert (listed["CC301"], listed["CC309"], listed["CC302"]) == ("warning", "off", "error")
