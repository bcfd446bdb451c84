"""Rule files are validated like the registry: every error with file:line:col, exit 2."""

from __future__ import annotations

import textwrap

import pytest

from claimcheck.rules import RuleLoadError, load_rules, parse_rules

GOOD = """\
- id: hype
  code: CC350
  kind: avoid
  severity: warning
  message: '"{match}" is hype'
  rationale: a test rule
  terms: [amazing]
  examples: {pass: ["Fine."], fail: ["Amazing."]}
"""


def errors_of(text: str) -> list[str]:
    _, errors = parse_rules(textwrap.dedent(text), "rules/x.yaml")
    return [str(error) for error in errors]


def test_a_good_rule_loads():
    [rule] = parse_rules(GOOD, "rules/x.yaml")[0]
    assert (rule.id, rule.code, rule.kind, rule.terms, rule.line) == (
        "hype",
        "CC350",
        "avoid",
        ("amazing",),
        1,
    )


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            ("  terms:", "  term:"),
            "rules/x.yaml:7:3: unknown field 'term' in a rule (did you mean 'terms'?)",
        ),
        (("kind: avoid", "kind: avoidance"), "rules/x.yaml:3:9: kind 'avoidance' is not one of"),
        (("severity: warning", "severity: high"), "rules/x.yaml:4:13: severity 'high' is not one"),
        (
            ("code: CC350", "code: CC250"),
            "rules/x.yaml:2:9: a avoid rule's code is CC3xx, not CC250",
        ),
        (("code: CC350", "code: X1"), "rules/x.yaml:2:9: code 'X1' must be CC2xx"),
        (("id: hype", "id: Hype Words"), "rules/x.yaml:1:7: id 'Hype Words' is not kebab-case"),
        (("terms: [amazing]", "terms: amazing"), "rules/x.yaml:7:10: 'terms' must be a list"),
        (
            ("terms: [amazing]", "qualifiers: [x]"),
            "rules/x.yaml:7:3: field 'qualifiers' does not belong to a avoid rule",
        ),
        (
            (
                "kind: avoid\n",
                "kind: qualify\n  qualifiers: [x]\n  scope: chapter\n",
            ),
            "rules/x.yaml:5:10: scope 'chapter' is not one of sentence, paragraph, section, page",
        ),
        (
            ("terms: [amazing]", "terms: [amazing]\n  unless_followed_by: grace"),
            "rules/x.yaml:8:23: 'unless_followed_by' must be a list",
        ),
        (
            ("terms: [amazing]", "terms: [amazing]\n  unless_preceded_by: []"),
            "rules/x.yaml:8:23: 'unless_preceded_by' is empty",
        ),
        (
            ('examples: {pass: ["Fine."], fail: ["Amazing."]}', 'examples: {pass: ["Fine."]}'),
            "rules/x.yaml:8:13: examples need at least one 'fail' example",
        ),
    ],
)
def test_schema_errors_point_at_file_line_col(change, expected):
    text = GOOD.replace(*change)
    assert any(error.startswith(expected) for error in errors_of(text)), errors_of(text)


def test_word_exceptions_belong_to_avoid_and_qualify_only():
    text = GOOD.replace("kind: avoid", "kind: relative-needs-absolute").replace(
        "terms: [amazing]", "unless_followed_by: [grace]"
    )
    assert errors_of(text) == [
        "rules/x.yaml:7:3: field 'unless_followed_by' does not belong to a "
        "relative-needs-absolute rule"
    ]


def test_missing_fields_and_examples_are_errors():
    text = "- id: bare\n  code: CC350\n  kind: avoid\n"
    assert errors_of(text) == [
        f"rules/x.yaml:1:3: rule 'bare' is missing required field '{name}'"
        for name in ("severity", "message", "rationale", "examples", "terms")
    ]


def test_yaml_syntax_error_has_a_position():
    # the line and column of the '[' never closed, not one line past the end of the file
    assert errors_of("- id: [unclosed\n")[0].startswith(
        "rules/x.yaml:1:7: not valid YAML: '[' is never closed"
    )


def test_duplicate_ids_and_codes_across_files(tmp_path):
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text(GOOD.replace("id: hype", "id: other"))
    with pytest.raises(RuleLoadError) as failure:
        load_rules([tmp_path])
    assert [str(e) for e in failure.value.errors] == [
        f"{tmp_path / 'b.yaml'}:1:1: duplicate code 'CC350' "
        f"(first defined at {tmp_path / 'a.yaml'}:1)"
    ]


def test_unknown_preset_and_missing_folder(tmp_path):
    with pytest.raises(RuleLoadError) as failure:
        load_rules(["claimcheck:nope", tmp_path / "missing"])
    assert [str(e) for e in failure.value.errors] == [
        "claimcheck:nope: no such preset (known: claimcheck:default)",
        f"{tmp_path / 'missing'}: rules folder or file not found",
    ]
