"""A timepoint said as an adjective with any modifier before the measure ("a 20-year implant
survival", "10-year cumulative incidence", "the 5-year graft survival") or in decades ("within
a decade", "after two decades", "a decade later") is the figure's time: a claim about another
time is not its claim, and one about that time is."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: knee-10y
  statement: Cemented knee replacements had a 10-year implant survival rate of 94.1%.
  subject: [knee replacement]
  measure: survival
  timepoint: 10 years
  value: {value: 94.1, unit: percent}
  sources: [{citation: "Registry report", quote: "94.1% at 10 years"}]
  status: approved
  review_by: 2030-01-01
- id: knee-20y
  statement: Cemented knee replacements had a 20-year implant survival rate of 86.3%.
  subject: [knee replacement]
  measure: survival
  timepoint: 20 years
  value: {value: 86.3, unit: percent}
  sources: [{citation: "Registry report", quote: "86.3% at 20 years"}]
  status: approved
  review_by: 2030-01-01
- id: gout-flare-1y
  statement: Within one year of a first gout attack, 62% of people have another.
  subject: [gout attack, gout]
  timepoint: 1 year
  value: {value: 62, unit: percent}
  sources: [{citation: "Cohort report", quote: "62% within a year"}]
  status: approved
  review_by: 2030-01-01
- id: gout-flare-10y
  statement: Within ten years of a first gout attack, 84% of people have another.
  subject: [gout attack, gout]
  timepoint: 10 years
  value: {value: 84, unit: percent}
  sources: [{citation: "Cohort report", quote: "84% within ten years"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cemented knee replacements have a 20-year implant survival of 86.3%.", {}),
        (
            "Cemented knee replacements have a 20-year implant survival of 94.1%.",
            {"94.1%": ("CC101", "knee-20y")},
        ),
        (
            "Cemented knee replacements have a 15-year implant survival rate of 90%.",
            {"90%": ("CC102", None)},
        ),
        ("After two decades, 86.3% of cemented knee replacements were still in place.", {}),
        (
            "After two decades, 94.1% of cemented knee replacements were still in place.",
            {"94.1%": ("CC101", "knee-20y")},
        ),
        ("Within a decade of a first gout attack, 84% of people have another.", {}),
        (
            "Within a decade of a first gout attack, 62% of people have another.",
            {"62%": ("CC101", "gout-flare-10y")},
        ),
        ("Within a year of a first gout attack, 62% of people have another.", {}),
    ],
)
def test_timepoint_in_adjectives_and_decades(lint_text, text, expected):
    assert lint_text(text) == expected
