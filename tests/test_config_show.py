"""`claimcheck config show [PATH]`: the settings lint runs with, and for a draft at PATH
whether it is checked and each code's severity there (per-path entries applied)."""

from __future__ import annotations

import json

import pytest

CONFIG = """\
registry: claims
include: [content/**]
baseline: known.json
fail-level: error
severity: {CC102: info}
ignore: [CC104]
per-path:
  "content/legacy/**": {severity: {CC101: warning}, ignore: [not-medical-advice]}
"""


@pytest.fixture
def site(tmp_path, monkeypatch):
    (tmp_path / ".claimcheck.yaml").write_text(CONFIG)
    (tmp_path / "content" / "legacy").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "content")  # found by walking up, as lint finds it
    return tmp_path


def test_the_settings_with_their_paths_as_the_user_sees_them(site, run_cli):
    result = run_cli("config", "show")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:12] == [
        "config: ../.claimcheck.yaml",
        "registry: ../claims",
        "rules: claimcheck:default",
        "include: content/**",
        "exclude: (nothing)",
        "baseline: ../known.json",
        "fail-level: error",
        "threshold: 65",
        "select: (every code)",
        "ignore: CC104",
        "severity: CC102 = info",
        "per-path: content/legacy/**",
    ]
    assert "  CC102  unsupported" in result.stdout
    assert any(line.split()[:3] == ["CC102", "unsupported", "info"] for line in lines)
    assert any(line.split() == ["CC104", "stale-source", "off", "(default", "warning)"]
               for line in lines)  # fmt: skip


def test_a_path_gets_its_per_path_severities(site, run_cli):
    result = run_cli("config", "show", "legacy/old.md", "--format", "json")
    data = json.loads(result.stdout)
    assert data["path"] == {
        "path": "legacy/old.md",
        "checked": True,
        "reason": None,
        "per-path": ["content/legacy/**"],
    }
    by_code = {entry["code"]: entry for entry in data["codes"]}
    assert by_code["CC101"] == {
        "code": "CC101", "name": "conflict", "default": "error", "severity": "warning"
    }  # fmt: skip
    assert by_code["CC201"]["severity"] == "off"
    assert by_code["CC301"]["severity"] == "error"
    top = json.loads(run_cli("config", "show", "--format", "json").stdout)
    assert {e["code"]: e["severity"] for e in top["codes"]}["CC101"] == "error"


def test_a_path_outside_include_is_not_checked(site, run_cli, monkeypatch):
    monkeypatch.chdir(site)
    result = run_cli("config", "show", "README.md")
    assert (
        "README.md: not checked, outside the config's include; per-path entries that apply: none"
        in result.stdout.splitlines()
    )


def test_without_a_config_the_defaults_are_shown(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    result = run_cli("config", "show")
    assert result.exit_code == 0
    assert result.stdout.startswith("config: (none found: the defaults)\nregistry: claims\n")


def test_a_broken_config_exits_2_naming_the_line(tmp_path, monkeypatch, run_cli):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".claimcheck.yaml").write_text("registry: claims\nfail-level: loud\n")
    result = run_cli("config", "show")
    assert result.exit_code == 2
    assert ".claimcheck.yaml:2: fail-level must be" in result.stderr


def test_a_missing_rules_folder_is_named_where_the_config_lists_it(tmp_path, monkeypatch, run_cli):
    """A rules folder the config lists but that does not exist is one error naming the
    config file and the line of the entry (not only the folder), exit 2."""
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "c.yaml").write_text(
        "- id: c1\n  statement: Gout affects 4% of adults.\n  subject: [gout]\n"
        "  value: {value: 4, unit: percent}\n  sources: [{citation: s, quote: 4%}]\n"
        "  status: approved\n  review_by: 2030-01-01\n",
        encoding="utf-8",
    )
    (tmp_path / ".claimcheck.yaml").write_text(
        "registry: claims\nrules:\n  - claimcheck:default\n  - our-rules\n", encoding="utf-8"
    )
    (tmp_path / "page.md").write_text("Nothing to check here.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("lint", "page.md")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "claimcheck: error: .claimcheck.yaml:4: rules: 'our-rules': rules folder or file not found"
    ]
    given = run_cli("lint", "--rules", "elsewhere", "page.md")  # given on the command line
    assert "claimcheck: error: elsewhere: rules folder or file not found" in given.stderr
