"""A fraction given as a bound ("more than half", "over a third", "under a quarter") claims
the side of the fraction the figure is on: it gets no fraction's rounding tolerance, so 46%
is not "more than half", while "about half" still is."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: unaware-share
  statement: An estimated 46% of adults with glaucoma are unaware that they have it.
  subject: [glaucoma]
  context: [unaware]
  value: {value: 46, unit: percent}
  sources: [{citation: "Eye survey", quote: "46% unaware"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than half of adults with glaucoma are unaware that they have it.",
            {"More than half": ("CC101", "unaware-share")},
        ),
        (
            "Over half of adults with glaucoma are unaware that they have it.",
            {"Over half": ("CC101", "unaware-share")},
        ),
        ("About half of adults with glaucoma are unaware that they have it.", {}),
        ("Nearly half of adults with glaucoma are unaware that they have it.", {}),
        ("Over 40% of adults with glaucoma are unaware that they have it.", {}),
    ],
)
def test_fraction_bound_is_no_rounding(lint_text, text, expected):
    assert lint_text(text) == expected
