"""A clause that names its group only as younger or older than the group a phrase opening
the sentence names is about the rest of the ages: in "For patients aged 65 and older, the
30-day death rate was 4.8%, against 1.7% in younger patients" the 1.7% is not the 65-and-over
claim's (issue 12, held-out surgery set)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: death-rate-65-plus
  statement: Aged 65 and older, 8.2% of patients died within 30 days of hip fracture surgery.
  subject: [hip fracture surgery]
  context: [30-day death rate]
  group: [aged 65 and older]
  value: {value: 8.2, unit: percent}
  sources: [{citation: "Audit 2021", quote: "8.2%"}]
  status: approved
  review_by: 2030-01-01
- id: death-rate-under-65
  statement: Aged under 65, 2.1% of patients died within 30 days of hip fracture surgery.
  subject: [hip fracture surgery]
  context: [30-day death rate]
  group: [aged under 65]
  value: {value: 2.1, unit: percent}
  sources: [{citation: "Audit 2021", quote: "2.1%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "For patients aged 65 and older, the 30-day death rate after hip fracture surgery"
            " was 8.2%, against 2.1% in younger patients.",
            {},
        ),
        (
            "For patients aged 65 and older, the 30-day death rate after hip fracture surgery"
            " was 8.2%, against 1.4% in younger patients.",
            {"1.4%": ("CC101", "death-rate-under-65")},
        ),
        (
            "For patients aged 65 and older, the 30-day death rate after hip fracture surgery"
            " was 2.1%, against 8.2% in younger patients.",
            {"2.1%": ("CC101", "death-rate-65-plus"), "8.2%": ("CC101", "death-rate-under-65")},
        ),
    ],
)
def test_younger_in_a_later_clause_is_the_rest_of_the_ages(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aged 65 and older, 8.2% of patients died within 30 days of hip fracture surgery,"
            " while in younger patients it was 2.1%.",
            {},
        ),
        (
            "Aged 65 and older, 8.2% of patients died within 30 days of hip fracture surgery;"
            " in younger patients it was 1.4%.",
            {"1.4%": ("CC101", "death-rate-under-65")},
        ),
        (
            "Aged 65 and older, 8.2% of patients died within 30 days of hip fracture surgery,"
            " but among younger patients it was only 2.1%.",
            {},
        ),
    ],
)
def test_younger_after_while_but_or_a_pronoun(lint_text, text, expected):
    assert lint_text(text) == expected
