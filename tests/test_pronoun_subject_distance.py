"""A subject a pronoun of the figure's clause stands for is as near as the pronoun: in "Lockjaw
is almost always a risk after a deep, dirty wound left untreated: it kills about 50,000 people
a year" the claim about lockjaw deaths is the figure's, and a wrong figure is a conflict, not
unsupported for being far from the name (issue 12: a subject reached through "it" after a
colon scoring below the conflict bar; held-out travel set)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: lockjaw-deaths
  statement: Lockjaw causes an estimated 35,000 human deaths every year.
  subject: [lockjaw]
  context: [deaths]
  value: {value: 35000, unit: deaths, approx: true}
  sources: [{citation: "Burden study", quote: "35,000 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

LEAD = "Lockjaw is still a deadly infection where few are vaccinated: it kills about"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{LEAD} 35,000 people a year.", {}),
        (
            f"{LEAD} 50,000 people a year.",
            {"about 50,000 people a year": ("CC101", "lockjaw-deaths")},
        ),
    ],
)
def test_a_pronouns_subject_is_as_near_as_the_pronoun(lint_text, text, expected):
    assert lint_text(text) == expected
