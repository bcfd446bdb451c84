"""An event said in everyday words ("will break a bone", "a chest infection") is the event
the field names ("fracture", "lower respiratory tract infection"): the figure is judged
against the claim about that event, not against a sibling claim whose figure it happens to
equal."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: brittle-bone-prevalence
  statement: Brittle bone disease affects 20% of women aged over 50.
  subject: [brittle bone disease]
  context: [women, aged over 50, prevalence]
  value: {value: 20, unit: percent}
  sources: [{citation: "Health survey 2020", quote: "20% of women over 50"}]
  status: approved
  review_by: 2030-01-01
- id: brittle-bone-fractures
  statement: One in three women aged over 50 will have a fracture caused by brittle bone disease.
  subject: [brittle bone disease]
  context: [women, aged over 50, fracture]
  value: {value: 33.3, unit: percent, approx: true}
  sources: [{citation: "Foundation fact sheet", quote: "one in three women over 50 (33.3%)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One in three women over 50 will break a bone because of brittle bone disease.", {}),
        (
            "One in five women over 50 will break a bone because of brittle bone disease.",
            {"One in five": ("CC101", "brittle-bone-fractures")},
        ),
    ],
)
def test_break_a_bone_is_a_fracture(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
