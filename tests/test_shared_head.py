"""Two registry names that share their last words, said once ("white and South Asian adults",
"Black or Hispanic women"): each first part names its own claim, so figures that "respectively"
pairs with them are judged against their own group's claim."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gout-white-adults
  statement: Gout affects 3% of white adults in Regionland.
  subject: [gout]
  group: [white adults, Regionland]
  value: {value: 3, unit: percent}
  sources: [{citation: "Regionland health survey 2022", quote: "3% (white adults)"}]
  status: approved
  review_by: 2030-01-01
- id: gout-south-asian-adults
  statement: Gout affects 5% of South Asian adults in Regionland.
  subject: [gout]
  group: [South Asian adults, Regionland]
  value: {value: 5, unit: percent}
  sources: [{citation: "Regionland health survey 2022", quote: "5% (South Asian adults)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Regionland, gout affects 3% and 5% of white and South Asian adults, respectively.",
            {},
        ),
        (
            "In Regionland, gout affects 5% and 3% of South Asian and white adults, respectively.",
            {},
        ),
        (
            "In Regionland, gout affects 5% and 3% of white and South Asian adults, respectively.",
            {"5%": ("CC101", "gout-white-adults"), "3%": ("CC101", "gout-south-asian-adults")},
        ),
    ],
)
def test_names_sharing_a_head_said_once_name_their_own_claims(lint_text, text, expected):
    assert lint_text(text) == expected
