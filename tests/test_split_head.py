"""A subject name said apart, its modifier as the predicate and its head in the plural ("28%
of strokes are haemorrhagic", "the haemorrhagic share of strokes"): the figure is about the
named subject, haemorrhagic stroke, even where the registry knows "strokes" as a subject of
its own."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: haemorrhagic-share
  statement: Haemorrhagic stroke accounts for 28% of all strokes in Regionland.
  subject: [haemorrhagic stroke, hemorrhagic stroke]
  context: [Regionland, all strokes]
  value: {value: 28, unit: percent}
  sources: [{citation: "Regionland stroke audit 2023", quote: "28% haemorrhagic"}]
  status: approved
  review_by: 2030-01-01
- id: strokes-regionland
  statement: Regionland recorded 41,000 strokes in 2023.
  subject: [stroke, strokes]
  context: [Regionland, "2023"]
  value: {value: 41000, unit: cases}
  sources: [{citation: "Regionland stroke audit 2023", quote: "41,000 strokes"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Regionland, about 28% of strokes are haemorrhagic.", {}),
        (
            "In Regionland, 40% of all strokes were haemorrhagic.",
            {"40%": ("CC101", "haemorrhagic-share")},
        ),
        (
            "The hemorrhagic share of strokes in Regionland was 40%.",
            {"40%": ("CC101", "haemorrhagic-share")},
        ),
    ],
)
def test_a_subject_said_apart_is_still_named(lint_text, text, expected):
    assert lint_text(text) == expected
