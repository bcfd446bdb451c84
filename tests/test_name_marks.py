"""Registry names written with a mark inside ("RTS,S", "A+B") are found where a page writes
them the same way, and a name said as absent ("without a booster", "no adjuvant") names the
claim whose context is its absence ("no booster"), not the claim about it; a registry name
that opens with "no" is found said with "without" ("without any screening")."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kl-m-booster
  statement: The KL,M vaccine with a booster dose was 41.2% effective against infection.
  subject: ["KL,M", KL,M vaccine]
  context: [booster]
  value: {value: 41.2, unit: percent}
  sources: [{citation: "KLM trial 2021", quote: "efficacy 41.2% with the fourth dose"}]
  status: approved
  review_by: 2030-01-01
- id: kl-m-no-booster
  statement: Without a booster, the KL,M vaccine was 30.6% effective against infection.
  subject: ["KL,M", KL,M vaccine]
  context: [no booster]
  value: {value: 30.6, unit: percent}
  sources: [{citation: "KLM trial 2021", quote: "efficacy 30.6% with three doses"}]
  status: approved
  review_by: 2030-01-01
- id: no-screening-deaths
  statement: With no screening, 9 in 1,000 people die of bowel tumour T by age 80.
  subject: [no screening]
  context: [bowel tumour T]
  value: {value: 0.9, unit: percent}
  sources: [{citation: "Screening model 2020", quote: "no screening: 9 per 1,000"}]
  status: approved
  review_by: 2030-01-01
- id: drug-p-plus-q
  statement: P+Q cleared the infection in 94% of patients.
  subject: [P+Q]
  context: [cure]
  value: {value: 94, unit: percent}
  sources: [{citation: "PQ trial 2019", quote: "94% cured"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_swapped_figures_of_a_name_with_a_comma_are_conflicts(lint_text):
    found = lint_text(
        "Children given KL,M with a booster were 30.6% protected; without a booster, 41.2% were."
    )
    assert found == {
        "30.6%": ("CC101", "kl-m-booster"),
        "41.2%": ("CC101", "kl-m-no-booster"),
    }


def test_the_right_figure_of_a_name_with_a_comma_passes(lint_text):
    assert lint_text("The KL,M vaccine with a booster dose was 41.2% effective.") == {}


def test_a_name_with_a_plus_inside_is_found(lint_text):
    assert lint_text("P+Q cleared the infection in 84% of patients.") == {
        "84%": ("CC101", "drug-p-plus-q")
    }


def test_a_name_said_as_absent_names_the_claim_about_its_absence(lint_text):
    assert lint_text("Without a booster dose, KL,M gave 30.6% protection.") == {}
    assert lint_text("With no booster, KL,M gave 41.2% protection.") == {
        "41.2%": ("CC101", "kl-m-no-booster")
    }


def test_a_name_that_opens_with_no_is_found_said_with_without(lint_text):
    assert (
        lint_text("Without any screening, 9 in 1,000 people die of bowel tumour T by age 80.") == {}
    )
    assert lint_text("Without screening, 2% of people die of bowel tumour T by age 80.") == {
        "2%": ("CC101", "no-screening-deaths")
    }
