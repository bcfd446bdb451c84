"""A place in a claim's ``context`` (``US``) is said by the page however the place is written
("in the United States", "in America"): the claim is no part the sentence leaves unsaid,
beside a sibling about the same subject with no context of its own; a place said in the
sentence before holds for "For women, the figure is …", and a pair of figures swapped across
the two sentences is the swap a reviewer looks for (both accused)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gallstones-recur-5y
  statement: After treatment, gallstones come back in 40% of patients within 5 years.
  subject: [gallstones]
  timepoint: 5 years
  value: {value: 40, unit: percent}
  sources: [{citation: "Cohort", quote: "40% within 5 years"}]
  status: approved
  review_by: 2030-01-01
- id: gallstones-prev-men
  statement: The prevalence of gallstones in the United States is 7.9% in men.
  subject: [gallstones]
  context: [US]
  group: [men]
  measure: prevalence
  value: {value: 7.9, unit: percent}
  sources: [{citation: "NHANES", quote: "7.9% of men"}]
  status: approved
  review_by: 2030-01-01
- id: gallstones-prev-women
  statement: The prevalence of gallstones in the United States is 16.6% in women.
  subject: [gallstones]
  context: [US]
  group: [women]
  measure: prevalence
  value: {value: 16.6, unit: percent}
  sources: [{citation: "NHANES", quote: "16.6% of women"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The prevalence of gallstones in the United States is 7.9% in men.", {}),
        ("In the US, the prevalence of gallstones is 16.6% in women.", {}),
        (
            "The prevalence of gallstones in the United States is 16.6% in men.",
            {"16.6%": ("CC101", "gallstones-prev-men")},
        ),
        (
            "In the United States, gallstones are found in 7.9% of women.",
            {"7.9%": ("CC101", "gallstones-prev-women")},
        ),
        (
            "The prevalence of gallstones in the United States is 7.9% in men. For women,"
            " the figure is 16.6%.",
            {},
        ),
        (
            "The prevalence of gallstones in the United States is 16.6% in men. For women,"
            " the figure is 16.6%.",
            {"16.6%": ("CC101", "gallstones-prev-men")},
        ),
        (
            "The prevalence of gallstones in the United States is 16.6% in men. For women,"
            " the figure is 7.9%.",
            {"16.6%": ("CC101", "gallstones-prev-men"), "7.9%": ("CC101", "gallstones-prev-women")},
        ),
    ],
)
def test_a_place_said_another_way(lint_text, text, expected):
    assert lint_text(text) == expected
