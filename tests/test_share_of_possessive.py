"""A claim written "92% of the world's road deaths" is a share of its own subject, as "92% of
road deaths" is: the place's possessive before the subject names no other whole."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: snakebite-deaths-south-asia
  statement: About 70% of the world's venomous snakebite deaths occur in South Asia.
  subject: [venomous snakebite deaths]
  context: [South Asia]
  value: {value: 70, unit: percent, approx: true}
  sources: [{citation: "Review 2020", quote: "about 70% of global snakebite deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 70% of venomous snakebite deaths occur in South Asia.", {}),
        ("Over 70% of venomous snakebite deaths occur in South Asia.", {}),
        (
            "About 40% of venomous snakebite deaths occur in South Asia.",
            {"About 40%": ("CC101", "snakebite-deaths-south-asia")},
        ),
    ],
)
def test_a_share_of_the_worlds_subject_is_a_share_of_the_subject(lint_text, text, expected):
    assert lint_text(text) == expected
