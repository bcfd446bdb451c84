"""What a hedge does to an avoid rule's hit is the rule's choice (its ``hedged`` field).

A cure, a guarantee or a miracle hedged only by a modal ("may cure") is still reported; a
negation, or a hedge of possibility, intent, purpose, doubt or reach, passes it; the rules
where a hedge defuses the claim keep passing hedged hits. Rows are our own sentences, in the
notation of test_wording_kinds: brackets mark the words a finding quotes and where it points;
a row without brackets gets no wording finding.
"""

from __future__ import annotations

import pytest
from test_wording_kinds import check, in_tmp_path  # noqa: F401  (drafts linted by relative path)

from claimcheck.rules import parse_rules

MODAL_CURE_CLAIMS = [
    "This herbal tea may [cure] cancer.",
    "Our clinic's protocol might [cure] arthritis for good.",
    "Perhaps the tonic [cures] migraine.",
    "Maybe the drops [cure] glaucoma.",
    "The cleanse could [wipe out tumours] in a month.",
    "Frequency therapy may [eliminate liver cancer].",
    "This fasting plan could [reverse type 2 diabetes].",
    "Chemotherapy may [shrink the tumour].",
    # a negation of something else earlier in the sentence does not reach past "and"/"but"
    "The programme has no bad effects and may [cure] nicotine addiction.",
    "It is not painful but it can [cure] warts in a week.",
    "There is no waiting list and the tonic [cures] migraine.",
]

STILL_SILENT_CURES = [
    # negated
    "This tea does not cure cancer.",
    "The tonic may not cure migraine.",
    "No juice could ever reverse diabetes.",
    "A diet will never cure arthritis.",
    # a possibility named as such, an intent, a purpose, a doubt, a limit of reach
    "Potentially curative options include a transplant.",
    "Researchers hope the vaccine could cure melanoma.",
    "It is too early to say whether it may cure liver cancer.",
    "Radiotherapy is given to shrink the tumour.",
    "Immunotherapy may shrink tumours in some patients.",
    "It is unclear if the drug could cure hepatitis.",
    # what it is done for
    "Chemotherapy may shrink the tumour before surgery.",
    "Drugs might shrink the cancer ahead of the operation.",
]


@pytest.mark.parametrize("row", MODAL_CURE_CLAIMS)
def test_a_cure_hedged_by_a_modal_is_still_a_cure_claim(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC301", row)


@pytest.mark.parametrize("row", STILL_SILENT_CURES)
def test_negated_and_defused_cures_stay_silent(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC301", row)


@pytest.mark.parametrize(
    ("code", "row"),
    [
        ("CC302", "Results may be [guaranteed] within weeks."),
        ("CC302", "Recovery could be [guaranteed] for members."),
        ("CC302", "We might [guarantee] a response."),
        ("CC302", "Nothing may be guaranteed in medicine."),
        ("CC302", "We cannot guarantee a response."),
        ("CC303", "It may be the [wonder drug] of the decade."),
        ("CC303", "This could be a [miracle] for your joints."),
        ("CC303", "Perhaps a [magic bullet] for fatigue."),
        ("CC303", "There may be no miracle here."),
    ],
)
def test_guarantees_and_miracles_hedged_by_a_modal_are_reported(run_cli, tmp_path, code, row):
    check(run_cli, tmp_path, code, row)


@pytest.mark.parametrize(
    ("code", "row"),
    [
        ("CC305", "You may have no side effects at all."),
        ("CC305", "Some patients might have no side effects."),
        ("CC304", "It could be a breakthrough for some."),
        ("CC304", "This may prove revolutionary in time."),
        ("CC307", "The device may be FDA-approved next year."),
        ("CC308", "The benefit might be proven by 2030."),
        ("CC309", "It may be the most effective therapy for you."),
        ("CC306", "The procedure could be completely safe for you."),
    ],
)
def test_rules_where_a_hedge_defuses_the_claim_still_pass_hedged_hits(run_cli, tmp_path, code, row):
    check(run_cli, tmp_path, code, row)


OWN_RULE = """\
- id: detox-claims
  code: CC360
  kind: avoid
  severity: error
  message: '"{{match}}" promises a detox'
  rationale: a test rule
  terms: [detox, detoxify]
  hedged: {hedged}
  examples: {{pass: ["It does not detox anything."], fail: ["It detoxes the liver."]}}
"""


@pytest.mark.parametrize(
    ("hedged", "text", "reported"),
    [
        ("report", "The tea may detox the liver.", True),
        ("report", "We hope it will detox the liver.", True),
        ("report", "It does not detox the liver.", False),
        ("report-modal", "The tea may detox the liver.", True),
        ("report-modal", "We hope it will detox the liver.", False),
        ("pass", "The tea may detox the liver.", False),
        ("pass", "The tea detoxes the liver.", True),
    ],
)
def test_a_rule_of_ones_own_chooses_what_a_hedge_does(run_cli, tmp_path, hedged, text, reported):
    rules = tmp_path / "rules"
    rules.mkdir(exist_ok=True)
    (rules / "own.yaml").write_text(OWN_RULE.format(hedged=hedged), encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(text + "\n", encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--rules", rules, draft.name)
    assert result.exit_code == (1 if reported else 0), result.output
    assert ("CC360" in result.stdout) is reported


def test_a_rule_defaults_to_passing_hedged_hits():
    [rule] = parse_rules(OWN_RULE.replace("  hedged: {hedged}\n", "").format(), "r.yaml")[0]
    assert rule.hedged == "pass"


def test_an_unknown_hedged_choice_is_an_error_at_its_line(run_cli, tmp_path):
    _, errors = parse_rules(OWN_RULE.format(hedged="sometimes"), "rules/own.yaml")
    assert [str(e) for e in errors] == [
        "rules/own.yaml:8:11: hedged 'sometimes' is not one of pass, report-modal, report"
    ]
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "own.yaml").write_text(OWN_RULE.format(hedged="sometimes"))
    (tmp_path / "draft.md").write_text("The tea detoxes the liver.\n")
    result = run_cli("lint", "--no-cache", "--rules", tmp_path / "rules", "draft.md")
    assert result.exit_code == 2
    assert "own.yaml:8:11" in result.stderr


def test_rules_explain_says_what_a_hedge_does(run_cli):
    result = run_cli("rules", "explain", "cure-claims")
    assert "Hedged: report-modal" in result.stdout
    assert "Hedged: pass" in run_cli("rules", "explain", "no-side-effects").stdout
