"""A count of the people a condition "affects" counts those who have it (prevalence), not
those newly struck each year: "around 12,000 people are newly diagnosed every year" is
no figure of "rheumatoid arthritis affects more than 400,000 people in Freedonia"."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: ra-people-freedonia
  statement: Rheumatoid arthritis affects more than 400,000 people in Freedonia.
  subject: [rheumatoid arthritis, RA]
  context: [Freedonia]
  value: {low: 400000, low_inclusive: false, unit: people}
  sources: [{citation: "Freedonia health service 2022", quote: "more than 400,000 people"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every year around 12,000 people in Freedonia are newly diagnosed with rheumatoid"
            " arthritis.",
            {"around 12,000 people": ("CC102", None)},
        ),
        (
            "Rheumatoid arthritis affects about 250,000 people in Freedonia.",
            {"about 250,000 people": ("CC101", "ra-people-freedonia")},
        ),
        ("More than 400,000 people in Freedonia have rheumatoid arthritis.", {}),
    ],
)
def test_affects_counts_those_who_have_it(lint_text, text, expected):
    assert lint_text(text) == expected
