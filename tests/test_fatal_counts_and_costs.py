"""Two readings a figure's own words decide (issue 12, held-out occupational health set):

- a count of events said fatal (``5,190 fatal work injuries``, ``fatal crashes``) counts
  deaths, as the US Census of Fatal Occupational Injuries does: it is judged against a claim
  in deaths, not left unmatched;
- a sum of money measures cost, whatever its clause says it is the cost of (``the bill for
  workplace injury and new cases of ill health came to £20.74 billion`` is a cost, not a
  count of cases or injuries)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: mining-deaths-2022
  statement: There were 412 deaths from mining accidents in Ruritania in 2022.
  subject: [mining deaths, fatal mining injuries, mine fatalities]
  context: [Ruritania, "2022"]
  measure: deaths
  value: {value: 412, unit: deaths}
  sources: [{citation: "Ruritania mines report 2023", quote: "412 deaths in 2022"}]
  status: approved
  review_by: 2030-01-01
- id: mining-injury-cost-2022
  statement: Mining injuries and ill health cost Ruritania 3.4 billion euros in 2022.
  subject: [mining injuries, mining ill health]
  context: [Ruritania, cost, "2022"]
  measure: cost
  value: {value: 3400000000, unit: EUR}
  sources: [{citation: "Ruritania mines report 2023", quote: "EUR 3.4 billion"}]
  status: approved
  review_by: 2030-01-01
- id: overdose-deaths-2022
  statement: There were 1,079 drug overdose deaths in Ruritania in 2022.
  subject: [drug overdoses, overdoses]
  context: [Ruritania, "2022"]
  value: {value: 1079, unit: deaths}
  sources: [{citation: "Ruritania vital statistics", quote: "1,079 overdose deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania recorded 412 fatal mining injuries in 2022.", {}),
        (
            "Ruritania recorded 455 fatal mining injuries in 2022.",
            {"455 fatal mining injuries": ("CC101", "mining-deaths-2022")},
        ),
        (
            "The bill for mining injuries and new cases of mining ill health in Ruritania "
            "came to €3.44 billion in 2022.",
            {"€3.44 billion": ("CC103", "mining-injury-cost-2022")},
        ),
        (
            "The bill for mining injuries and new cases of mining ill health in Ruritania "
            "came to €5.1 billion in 2022.",
            {"€5.1 billion": ("CC101", "mining-injury-cost-2022")},
        ),
        # "fatal" says the claim's deaths, no narrower kind of overdose
        ("Fatal overdoses in Ruritania reached 1,079 in 2022.", {}),
        (
            "Fatal overdoses in Ruritania reached 1,179 in 2022.",
            {"1,179": ("CC101", "overdose-deaths-2022")},
        ),
    ],
)
def test_fatal_counts_and_sums_of_money(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
