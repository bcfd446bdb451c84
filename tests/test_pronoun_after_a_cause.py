"""A pronoun after a sentence that names a subject and then its cause ("X is almost always
caused by Y: it killed 2,268 people") stands for the subject, not the cause (issue 12,
held-out occupational health set: the figure was accused against the cause's claim)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: farmers-lung-deaths-2021
  statement: There were 40 deaths from farmer's lung in Norway in 2021.
  subject: [farmer's lung]
  context: [Norway, "2021"]
  measure: deaths
  value: {value: 40, unit: deaths}
  sources: [{citation: "Norway health statistics", quote: "40 deaths in 2021"}]
  status: approved
  review_by: 2030-01-01
- id: mouldy-hay-deaths
  statement: Disease from mouldy hay dust causes over 300 deaths a year in Norway.
  subject: [mouldy hay dust, mouldy hay]
  context: [Norway]
  measure: deaths
  value: {low: 300, unit: deaths/year}
  sources: [{citation: "Norway health statistics", quote: "over 300 deaths a year"}]
  status: approved
  review_by: 2030-01-01
"""

REGISTRY += """\
- id: laryngeal-deaths-2021
  statement: There were 640 laryngeal cancer deaths in Norway in 2021.
  subject: [laryngeal cancer]
  context: [Norway, "2021"]
  measure: deaths
  value: {value: 640, unit: deaths}
  sources: [{citation: "Norway cancer registry", quote: "640 deaths in 2021"}]
  status: approved
  review_by: 2030-01-01
- id: tobacco-deaths
  statement: Tobacco-related disease causes over 6,000 deaths a year in Norway.
  subject: [tobacco-related disease, tobacco-related diseases, tobacco]
  context: [Norway]
  measure: deaths
  value: {low: 6000, unit: deaths/year}
  sources: [{citation: "Norway health statistics", quote: "over 6,000 deaths a year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmer's lung is almost always caused by mouldy hay: it killed 40 people in "
            "Norway in 2021.",
            {},
        ),
        (
            "Farmer's lung is almost always caused by mouldy hay: it killed 55 people in "
            "Norway in 2021.",
            {"55 people": ("CC101", "farmers-lung-deaths-2021")},
        ),
        (
            "Farmer's lung is mostly due to mouldy hay; it killed 40 people in Norway in 2021.",
            {},
        ),
        (
            "Laryngeal cancer is almost always caused by tobacco: it killed 640 people in "
            "Norway in 2021.",
            {},
        ),
    ],
)
def test_the_pronoun_stands_for_the_subject(lint_text, text, expected):
    assert lint_text(text) == expected
