"""A count of people is a count of new cases, of those who have (had) the condition, or of
deaths, and each is judged only against a claim that counts the same: "had a new heart
attack" and "had a first heart attack" count new cases; "living after a heart attack" and
"had survived a heart attack" count those who live on after it (not a survival rate), and
"killed" counts deaths, never the survivors."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: mi-new-2022
  statement: About 805,000 people in the US had a new heart attack in 2022.
  subject: [heart attack, heart attacks]
  context: [new, "2022"]
  value: {value: 805000, unit: people, approx: true}
  sources: [{citation: "Heart survey 2023", quote: "805,000 heart attacks"}]
  status: approved
  review_by: 2030-01-01
- id: mi-survivors-2022
  statement: In 2022, 8.8 million people in the US were living after a heart attack.
  subject: [heart attack, heart attacks]
  context: [living, "2022"]
  value: {value: 8800000, unit: people}
  sources: [{citation: "Heart survey 2023", quote: "8.8 million living after"}]
  status: approved
  review_by: 2030-01-01
- id: mi-deaths-2022
  statement: Heart attacks caused 110,000 deaths in the US in 2022.
  subject: [heart attack, heart attacks]
  context: [deaths, "2022"]
  value: {value: 110000, unit: deaths}
  sources: [{citation: "Heart survey 2023", quote: "110,000 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: hev-new-infections-2022
  statement: There were 1.3 million new hepatitis E infections in 2022.
  subject: [hepatitis E]
  context: ["2022"]
  value: {value: 1300000, unit: infections}
  sources: [{citation: "Hepatitis report 2024", quote: "1.3 million new infections"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new cases, said as having a new or first one
        ("In 2022, about 805,000 Americans had a new heart attack.", {}),
        (
            "In 2022, 8.8 million Americans had a new heart attack.",
            {"8.8 million Americans": ("CC101", "mi-new-2022")},
        ),
        (
            "Some 8.8 million people in the US had their first heart attack in 2022.",
            {"Some 8.8 million people": ("CC101", "mi-new-2022")},
        ),
        # those living on after one, said as surviving it
        ("In 2022, 8.8 million people in the US had survived a heart attack.", {}),
        (
            "In 2022, 805,000 people in the US had survived a heart attack.",
            {"805,000 people": ("CC101", "mi-survivors-2022")},
        ),
        # deaths are not the survivors
        (
            "Heart attacks killed 8.8 million people in the US in 2022.",
            {"8.8 million people": ("CC101", "mi-deaths-2022")},
        ),
        ("Heart attacks killed 110,000 people in the US in 2022.", {}),
        # "new hepatitis E infections": words between "new" and its noun still say new cases
        ("In 2022 about 1.3 million people caught hepatitis E.", {}),
        (
            "In 2022 some 2.9 million people became newly infected with hepatitis E.",
            {"some 2.9 million people": ("CC101", "hev-new-infections-2022")},
        ),
        (
            "In 2022 some 2.9 million people had a new hepatitis E infection.",
            {"some 2.9 million people": ("CC101", "hev-new-infections-2022")},
        ),
    ],
)
def test_a_count_of_people_is_judged_against_a_claim_counting_the_same(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 880,000 people are living with hepatitis E.",
        "In 2022, 2.9 million people were living with hepatitis E.",
        "Almost 2.9 million people are chronically infected with hepatitis E.",
    ],
)
def test_those_living_with_it_are_not_the_new_infections(lint_text, text):
    assert all(code != "CC101" for code, _ in lint_text(text).values())
