"""A share said of people of a kind ("among US veterans", "of nurses", "in current smokers")
is not accused against a claim about everyone, whose words do not say that kind: it is about
a part of the people the claim is about (README, "A word that narrows the subject"). A claim
that says the kind is still that figure's claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: freedonia-chronic-pain-2021
  statement: In 2021, 20.4% of adults in Freedonia had chronic pain.
  subject: [chronic pain]
  context: [Freedonia, adults, "2021"]
  value: {value: 20.4, unit: percent}
  sources: [{citation: "Freedonia health survey 2021", quote: "20.4% of adults"}]
  status: approved
  review_by: 2030-01-01
- id: freedonia-chronic-pain-smokers-2021
  statement: In 2021, 27.9% of current smokers in Freedonia had chronic pain.
  subject: [chronic pain]
  context: [Freedonia, smokers, "2021"]
  value: {value: 27.9, unit: percent}
  sources: [{citation: "Freedonia health survey 2021", quote: "27.9% of current smokers"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among Freedonian veterans, 31.5% had chronic pain in 2021.", {"31.5%": ("CC102", None)}),
        ("In 2021, chronic pain affected 38% of nurses in Freedonia.", {"38%": ("CC102", None)}),
        # the whole's own figure, said of a kind of people, is no support either
        (
            "In 2021, chronic pain affected 20.4% of nurses in Freedonia.",
            {"20.4%": ("CC102", None)},
        ),
        (
            "In 2021, 25.0% of adults in Freedonia had chronic pain.",
            {"25.0%": ("CC101", "freedonia-chronic-pain-2021")},
        ),
        (
            "In 2021, 33.0% of current smokers in Freedonia had chronic pain.",
            {"33.0%": ("CC101", "freedonia-chronic-pain-smokers-2021")},
        ),
    ],
)
def test_people_of_a_kind_the_claim_does_not_say(lint_text, text, expected):
    assert lint_text(text) == expected
