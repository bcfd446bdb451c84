"""Where a figure's people are cared for is part of its frame: delirium in intensive care is
not the claim about delirium after surgery, nor a care home's falls the community's (held-out
geriatrics set)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: delirium-surgery
  statement: Delirium affects about half of older people after surgery.
  subject: [delirium]
  context: [after surgery, older people]
  value: {value: 50, unit: percent, approx: true}
  sources: [{citation: "Guideline 2010", quote: "about half"}]
  status: approved
  review_by: 2030-01-01
- id: falls-care-homes
  statement: About half of older people living in care homes fall each year.
  subject: [falls]
  context: [care homes, older people]
  value: {value: 50, unit: percent, approx: true}
  sources: [{citation: "Guideline 2013", quote: "about half"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delirium affects about half of older people after surgery.", {}),
        (
            "Delirium affects about 80% of older people after surgery.",
            {"about 80%": ("CC101", "delirium-surgery")},
        ),
        (
            "Delirium affects about 80% of older people in intensive care.",
            {"about 80%": ("CC102", None)},
        ),
        (
            "About a third of older people living at home fall each year.",
            {"About a third": ("CC102", None)},
        ),
        (
            "About a third of older people in care homes fall each year.",
            {"About a third": ("CC101", "falls-care-homes")},
        ),
    ],
)
def test_a_figure_from_another_care_setting_is_not_the_claims(lint_text, text, expected):
    assert lint_text(text) == expected
