"""A clause that says nothing but a change word, a figure and a year ("…, falling to 3,200 in
2022", "down from 9,800 in 2018") keeps what the clause before it counts and whom: the 3,200
are new infections among the same women, in another year, so a claim about everyone's new
infections that year is not the figure's (its count is larger by nature), nor is a claim
about those living with the infection."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: hcv-women-2018
  statement: In 2018, 4,100 women in Eastland acquired hepatitis C.
  subject: [hepatitis C]
  context: [women, Eastland, new infections, "2018"]
  value: {value: 4100, unit: infections}
  sources: [{citation: "Eastland surveillance 2019", quote: "4,100 women"}]
  status: approved
  review_by: 2030-01-01
- id: hcv-new-2022
  statement: In 2022, 9,000 people in Eastland acquired hepatitis C.
  subject: [hepatitis C]
  context: [Eastland, new infections, "2022"]
  value: {value: 9000, unit: infections}
  sources: [{citation: "Eastland surveillance 2023", quote: "9,000 new infections"}]
  status: approved
  review_by: 2030-01-01
- id: hcv-living-2022
  statement: In 2022, 61,000 people in Eastland were living with hepatitis C.
  subject: [hepatitis C]
  context: [Eastland, "2022"]
  value: {value: 61000, unit: people}
  sources: [{citation: "Eastland surveillance 2023", quote: "61,000 living with"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "In Eastland, 4,100 women acquired hepatitis C in 2018, falling to 3,200 in 2022.",
        "In Eastland, an estimated 4,100 women acquired hepatitis C in 2018, dropping to 3,900"
        " in 2022.",
    ],
)
def test_the_gapped_change_keeps_whom_and_what_it_counts(lint_text, text):
    assert all(code != "CC101" for code, _ in lint_text(text).values())


def test_the_first_clause_is_still_checked(lint_text):
    text = "In Eastland, 5,100 women acquired hepatitis C in 2018, falling to 3,200 in 2022."
    assert lint_text(text)["5,100 women"] == ("CC101", "hcv-women-2018")
