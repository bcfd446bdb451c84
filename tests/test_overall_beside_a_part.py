"""A ratio claim's reference group ("an odds ratio of 1.9 compared with people without
psoriasis") is whom it compares with, not whom it is about: a draft about people with
psoriasis is that claim's figure. And a figure its clause says is about everyone counted
("overall", "across all studies"), set beside another clause's part of them ("… and 1.5 in
age-matched studies"), is the whole's: never the part's claim. A figure that names no part
is judged against the claim about the whole, not one narrower by a part nothing names."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: psoriasis-depression-or
  statement: People with psoriasis have an odds ratio of 1.9 for depression compared with
    people without psoriasis.
  subject: [psoriasis]
  context: [depression, odds ratio, odds]
  value: {value: 1.9}
  sources: [{citation: "Review A", quote: "OR 1.9"}]
  status: approved
  review_by: 2030-01-01
- id: psoriasis-depression-or-age-matched
  statement: In age-matched studies, people with psoriasis have an odds ratio of 1.5 for
    depression.
  subject: [psoriasis]
  context: [depression, odds ratio, odds, age-matched]
  value: {value: 1.5}
  sources: [{citation: "Review A", quote: "age-matched OR 1.5"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People with psoriasis have nearly twice the odds of depression (odds ratio 1.9).", {}),
        ("People with psoriasis have an odds ratio of 2.8 for depression.",
         {"odds ratio of 2.8": ("CC101", "psoriasis-depression-or")}),
        ("For depression in psoriasis the odds ratio was 1.9 across all studies and 1.5 in"
         " age-matched studies.", {}),
        ("For depression in psoriasis the odds ratio was 1.5 across all studies and 1.9 in"
         " age-matched studies.",
         {"odds ratio was 1.5": ("CC101", "psoriasis-depression-or"),
          "1.9": ("CC101", "psoriasis-depression-or-age-matched")}),
        ("For depression in psoriasis the odds ratio was 1.5 overall and 1.9 in age-matched"
         " studies.",
         {"odds ratio was 1.5": ("CC101", "psoriasis-depression-or"),
          "1.9": ("CC101", "psoriasis-depression-or-age-matched")}),
    ],
)  # fmt: skip
def test_ratio_reference_group_and_overall_beside_a_part(lint_text, text, expected):
    assert lint_text(text) == expected
