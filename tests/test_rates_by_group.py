"""Rates that each name their group ("… highest rates: 31 per 100,000 men and 42 per
100,000 women") are about those groups, not paired one by one with the places named before
the colon; and a rate is no count of people who "have" something, whatever verb has it."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: rash-x-men
  statement: In Norway the incidence of rash X was 18 per 100,000 in men in 2021.
  subject: [rash X]
  context: [Norway]
  group: [men]
  value: {value: 18, unit: "cases per 100,000"}
  sources: [{citation: "Nordic registry 2022", quote: "men 18/100,000"}]
  status: approved
  review_by: 2030-01-01
- id: rash-x-women
  statement: In Norway the incidence of rash X was 26 per 100,000 in women in 2021.
  subject: [rash X]
  context: [Norway]
  group: [women]
  value: {value: 26, unit: "cases per 100,000"}
  sources: [{citation: "Nordic registry 2022", quote: "women 26/100,000"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_swapped_rates_by_sex_after_a_colon_are_conflicts(lint_text):
    found = lint_text(
        "Norway and Sweden have the highest rates of rash X: 26 per 100,000 men and 18 per "
        "100,000 women in 2021."
    )
    assert found == {
        "26 per 100,000 men": ("CC101", "rash-x-men"),
        "18 per 100,000 women": ("CC101", "rash-x-women"),
    }


def test_the_right_rates_pass(lint_text):
    found = lint_text(
        "Norway has the highest rates of rash X: 18 per 100,000 men and 26 per 100,000 women "
        "in 2021."
    )
    assert found == {}
