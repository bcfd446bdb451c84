"""A phrase that opens a sentence ("In the per-protocol analysis, …", "Analysed per protocol,
…", "With typical use, …") sets a condition for every clause after it, not only the first:
among one subject's claims, the one with that condition is each figure's claim, so a
figure swapped in from the other analysis is a conflict, and the right one is not accused."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: drug-a-itt-cure
  statement: In the intention-to-treat analysis, drug A cured 85% of patients.
  subject: [drug A]
  context: [intention-to-treat analysis, cure]
  value: {value: 85, unit: percent}
  sources: [{citation: "Trial X 2020", quote: "cure 85% (ITT)"}]
  status: approved
  review_by: 2030-01-01
- id: drug-a-pp-cure
  statement: In the per-protocol analysis, drug A cured 92% of patients.
  subject: [drug A]
  context: [per-protocol analysis, cure]
  value: {value: 92, unit: percent}
  sources: [{citation: "Trial X 2020", quote: "cure 92% (per protocol)"}]
  status: approved
  review_by: 2030-01-01
- id: drug-b-itt-cure
  statement: In the intention-to-treat analysis, drug B cured 80% of patients.
  subject: [drug B]
  context: [intention-to-treat analysis, cure]
  value: {value: 80, unit: percent}
  sources: [{citation: "Trial X 2020", quote: "cure 80% (ITT)"}]
  status: approved
  review_by: 2030-01-01
- id: drug-b-pp-cure
  statement: In the per-protocol analysis, drug B cured 88% of patients.
  subject: [drug B]
  context: [per-protocol analysis, cure]
  value: {value: 88, unit: percent}
  sources: [{citation: "Trial X 2020", quote: "cure 88% (per protocol)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_opening_condition_holds_in_the_second_clause(lint_text):
    # drug B's 88% is its per-protocol figure, said in an intention-to-treat sentence
    found = lint_text(
        "In the intention-to-treat analysis, drug A cured 85% of patients, while drug B cured 88%."
    )
    assert found == {"88%": ("CC101", "drug-b-itt-cure")}


def test_the_right_figures_under_an_opening_participle_pass(lint_text):
    assert lint_text("Analysed per protocol, drug A cured 92% of patients and drug B 88%.") == {}


def test_a_figure_of_the_other_analysis_is_a_conflict_though_it_is_that_claims_figure(lint_text):
    # 85% is exactly the intention-to-treat figure: the opening phrase says per protocol
    found = lint_text("In the per-protocol analysis, drug A cured 85% of patients and drug B 88%.")
    assert found == {"85%": ("CC101", "drug-a-pp-cure")}
