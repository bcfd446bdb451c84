"""A swap is two figures given each to the other's claim: a sibling claim that only bounds
its figure ("up to 80%") agrees with every smaller one, so it pairs nothing, and the second
figure of a coordination about another subject ("… and air pollution 20.7%") is not
accused as a swap of the first figure's claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: smoking-share-lung-cancer
  statement: In the UK, smoking causes 72% of lung cancer cases.
  subject: [lung cancer]
  value: {value: 72, unit: percent}
  sources: [{citation: "Cancer charity", quote: "72% of lung cancer cases"}]
  status: approved
  review_by: 2030-01-01
- id: lung-cancer-never-smokers
  statement: Up to 15% of people with lung cancer in the UK have never smoked.
  subject: [lung cancer]
  value: {high: 15, unit: percent}
  sources: [{citation: "Cancer charity", quote: "up to 15%"}]
  status: approved
  review_by: 2030-01-01
- id: radon-share-lung-cancer
  statement: Radon causes 3.3% of lung cancer cases in the UK.
  subject: [lung cancer, radon]
  value: {value: 3.3, unit: percent}
  sources: [{citation: "Cancer charity", quote: "3.3%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second figure's subject is one the registry does not hold
        ("In the UK smoking causes 72% of lung cancer cases and workplace exposures 13%.",
         {"13%": ("CC102", None)}),
        ("Smoking is behind 72% of UK lung cancer cases, and air pollution 8%.",
         {"8%": ("CC102", None)}),
        # a true swap of two held figures is still accused on both sides
        ("In the UK smoking causes 3.3% of lung cancer cases and radon 72%.",
         {"3.3%": ("CC101", "smoking-share-lung-cancer"),
          "72%": ("CC101", "radon-share-lung-cancer")}),
    ],
)  # fmt: skip
def test_a_bound_pairs_no_swap(lint_text, text, expected):
    assert lint_text(text) == expected
