"""A registry folder the config names that does not exist is an error naming the config file
and line, as a missing rules folder is: the user fixes the config, not the command."""

from __future__ import annotations

import pytest
from workflow_helpers import CLEAN_PAGE


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(CLEAN_PAGE)
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [
        ("lint", "a.md"),
        ("report", "a.md", "-o", "r.html"),
        ("registry", "check"),
        ("registry", "usage"),
    ],
)
def test_yaml_config(project, run_cli, command):
    (project / ".claimcheck.yaml").write_text("fail-level: error\nregistry: nope\n")
    result = run_cli(*command)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "claimcheck: error: .claimcheck.yaml:2: registry: 'nope': registry directory not found"
    ]


def test_toml_config(project, run_cli):
    (project / "pyproject.toml").write_text('[tool.claimcheck]\nregistry = "claims/nope"\n')
    result = run_cli("lint", "a.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "claimcheck: error: pyproject.toml:2: registry: 'claims/nope': registry directory not found"
    ]


def test_a_config_found_above_is_named_from_here(project, run_cli, monkeypatch):
    (project / ".claimcheck.yaml").write_text("registry: nope\n")
    (project / "sub").mkdir()
    (project / "sub" / "b.md").write_text(CLEAN_PAGE)
    monkeypatch.chdir(project / "sub")
    result = run_cli("lint", "b.md")
    assert result.stderr.splitlines() == [
        "claimcheck: error: ../.claimcheck.yaml:1: registry: 'nope': registry directory not found"
    ]


def test_the_command_lines_registry_is_named_as_given(project, run_cli):
    result = run_cli("lint", "--registry", "gone", "a.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == ["claimcheck: error: gone: registry directory not found"]
