"""A YAML syntax error in a config, registry or rules file is one line naming the file and
the line where the mistake is: an unclosed '{', '[' or quote on the line that opens it, even
when the parser only trips over it lines later, worded the same way for every kind of file."""

from __future__ import annotations

import pytest
from workflow_helpers import CLEAN_PAGE, make_project

CLAIM = """\
- id: a
  statement: About 5% of adults have x.
  subject: [x, y]
  context: [adults]
  value: {value: 5, unit: percent}
  sources:
    - citation: "X"
  status: approved
"""

RULE = """\
- id: hype
  code: CC350
  kind: avoid
  severity: warning
  message: "Avoid hype"
  rationale: Hype misleads.
  terms: [miracle]
  examples: {bad: [a miracle cure], good: [a treatment]}
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            CLAIM.replace("About 5% of adults have x.", '"About 5% of adults have x.'),
            "reg/r.yaml:2:14: not valid YAML: '\"' is never closed",
        ),
        (
            CLAIM.replace("[x, y]", "[x, y"),
            "reg/r.yaml:3:12: not valid YAML: '[' is never closed",
        ),
        (
            CLAIM.replace("{value: 5, unit: percent}", "{value: 5, unit: percent"),
            "reg/r.yaml:5:10: not valid YAML: '{' is never closed",
        ),
        (
            CLAIM.replace('"X"', "'X"),
            'reg/r.yaml:7:17: not valid YAML: "\'" is never closed',
        ),
    ],
)
def test_registry_unclosed_opener_is_on_its_own_line(project, run_cli, broken, expected):
    """The parser trips lines later ('expected <block end>, but found ...' on line 7); the
    mistake is the quote or bracket opened and never closed."""
    (project / "reg").mkdir()
    (project / "reg" / "r.yaml").write_text(broken)
    result = run_cli("registry", "check", "reg")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"claimcheck: error: {expected}"]


def test_a_valid_flow_over_two_lines_is_not_blamed(project, run_cli):
    """A list that spans lines is valid: a later, unrelated error keeps its own line."""
    broken = CLAIM.replace("[x, y]", "[x,\n    y]").replace("status: approved", "status: : x")
    (project / "reg").mkdir()
    (project / "reg" / "r.yaml").write_text(broken)
    result = run_cli("registry", "check", "reg")
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: error: reg/r.yaml:9:")
    assert "never closed" not in result.stderr


def test_config_unclosed_bracket_on_first_line(project, run_cli):
    (project / ".claimcheck.yaml").write_text("rules: [claimcheck:default\nregistry: claims\n")
    (project / "drafts" / "a.md").write_text(CLEAN_PAGE)
    result = run_cli("lint", "drafts/a.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "claimcheck: error: .claimcheck.yaml:1: not valid YAML: '[' is never closed"
    ]


def test_config_unclosed_quote_mid_file(project, run_cli):
    (project / ".claimcheck.yaml").write_text(
        'registry: "claims\nfail-level: warning\nseverity: {CC102: info}\n'
    )
    (project / "drafts" / "a.md").write_text(CLEAN_PAGE)
    result = run_cli("lint", "drafts/a.md")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "claimcheck: error: .claimcheck.yaml:1: not valid YAML: '\"' is never closed"
    ]


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (RULE.replace("[miracle]", "[miracle"), "rules/x.yaml:7:10: not valid YAML: '[' is"),
        (
            RULE.replace('"Avoid hype"', '"Avoid hype'),
            "rules/x.yaml:5:12: not valid YAML: '\"' is",
        ),
    ],
)
def test_rules_unclosed_opener_is_on_its_own_line(project, run_cli, broken, expected):
    (project / "rules").mkdir()
    (project / "rules" / "x.yaml").write_text(broken)
    result = run_cli("rules", "list", "--rules", "rules")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"claimcheck: error: {expected} never closed"]


def test_registry_and_config_say_the_same_words(project, run_cli):
    """Both kinds of file say 'not valid YAML:' for a syntax error PyYAML words."""
    (project / "reg").mkdir()
    (project / "reg" / "r.yaml").write_text("- id: a\n  statement: x: y\n")
    result = run_cli("registry", "check", "reg")
    assert result.exit_code == 2
    assert result.stderr.startswith("claimcheck: error: reg/r.yaml:2:")
    assert ": not valid YAML: " in result.stderr
