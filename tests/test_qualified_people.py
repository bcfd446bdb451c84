"""People told apart by a relative clause saying what they are or have ("adults who are
obese", "children who have asthma") are a part of those a claim counts when the claim's
words do not say it: their figure is neither accused of differing from the claim nor
backed by an equal one. What people did ("who took the drug") is an arm, weighed as arms."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: europe-fatty-liver
  statement: About 25% of adults in Europe have fatty liver disease.
  subject: [fatty liver disease]
  context: [Europe]
  value: {value: 25, unit: percent}
  sources: [{citation: "Review", quote: "25% of adults"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Europe, among adults who are obese, fatty liver disease is found in 75%.",
         {"75%": ("CC102", None)}),
        ("In European adults who have type 2 diabetes, fatty liver disease affects 60%.",
         {"60%": ("CC102", None)}),
        ("In Europe, 25% of adults who are heavy drinkers have fatty liver disease.",
         {"25%": ("CC102", None)}),
        # the qualifier after a place
        ("About 55% of adults in Europe who are obese have fatty liver disease.",
         {"About 55%": ("CC102", None)}),
        ("Among adults in the European Union who have diabetes, 25% have fatty liver disease.",
         {"25%": ("CC102", None)}),
        # the whole the claim counts, right and wrong
        ("About 25% of adults in Europe have fatty liver disease.", {}),
        ("About 40% of adults in Europe have fatty liver disease.",
         {"About 40%": ("CC101", "europe-fatty-liver")}),
    ],
)  # fmt: skip
def test_a_qualified_group_is_a_part(lint_text, text, expected):
    assert lint_text(text) == expected
