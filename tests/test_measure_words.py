"""A count of deaths said in other words ("claimed 1.2 million lives", "died of") is not a
count of people who fell ill, and a claim about a part of the dead ("people with HIV who died
of TB") is not the claim about all of them when nothing nearby names the part."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: fever-x-ill-2021
  statement: An estimated 4.2 million people fell ill with fever X in 2021.
  subject: [fever X]
  value: {value: 4200000, unit: people}
  sources: [{citation: "Agency report 2022", quote: "4.2 million people fell ill with fever X"}]
  status: approved
  review_by: 2030-01-01
- id: fever-x-deaths-2021
  statement: Fever X caused an estimated 610,000 deaths in 2021.
  subject: [fever X]
  value: {value: 610000, unit: deaths}
  sources: [{citation: "Agency report 2022", quote: "an estimated 610,000 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: fever-x-deaths-diabetes-2021
  statement: In 2021, 48,000 people with diabetes died of fever X.
  subject: [fever X]
  context: [diabetes]
  value: {value: 48000, unit: deaths}
  sources: [{citation: "Agency report 2022", quote: "48,000 deaths among people with diabetes"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deaths said as lives claimed, lost or as dying: the deaths claim, not the ill
        (
            "Fever X claimed 4.2 million lives in 2021.",
            {"4.2 million lives": ("CC101", "fever-x-deaths-2021")},
        ),
        (
            "In 2021, 4.2 million people died of fever X.",
            {"4.2 million people": ("CC101", "fever-x-deaths-2021")},
        ),
        # … and falling ill, becoming ill or developing it is a count of cases
        (
            "In 2021, 610,000 people fell ill with fever X.",
            {"610,000 people": ("CC101", "fever-x-ill-2021")},
        ),
        (
            "Some 610,000 people developed fever X in 2021.",
            {"Some 610,000 people": ("CC101", "fever-x-ill-2021")},
        ),
        # the right figures pass
        ("Fever X claimed about 610,000 lives in 2021.", {}),
        ("In 2021, 4.2 million people became ill with fever X.", {}),
        # the part is named: its claim
        ("In 2021, 48,000 people with diabetes died of fever X.", {}),
    ],
)
def test_deaths_and_cases_in_other_words(lint_text, text, expected):
    assert lint_text(text) == expected
