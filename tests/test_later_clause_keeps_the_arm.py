"""A later clause that says nothing but its figure and another study's name ("… and 18% in
ORIOLE-B") keeps the arm the sentence's first clause names ("The placebo response was 21% in
ORIOLE-A"): the 18% is ORIOLE-B's placebo arm, not its treatment arm. A clause naming its
own arm ("… against 39% with fenvastat") keeps its own."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(cid: str, trial: str, arm: str | None, value: float) -> str:
    group = f"\n  group: [{arm}]" if arm else ""
    said = arm or "fenvastat"
    return f"""\
- id: {cid}
  statement: In {trial}, {value}% of women given {said} responded at week 12.
  subject: [fenvastat, {trial}]
  context: [{trial}, response, week 12]{group}
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "{trial} report", quote: "{value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = "".join(
    (
        _claim("oriole-a-fenvastat", "ORIOLE-A", None, 44),
        _claim("oriole-a-placebo", "ORIOLE-A", "placebo", 21),
        _claim("oriole-b-fenvastat", "ORIOLE-B", None, 39),
        _claim("oriole-b-placebo", "ORIOLE-B", "placebo", 18),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The placebo response at week 12 was 21% in ORIOLE-A and 18% in ORIOLE-B.", {}),
        ("The placebo response at week 12 was 18% in ORIOLE-A and 21% in ORIOLE-B.",
         {"18%": ("CC101", "oriole-a-placebo"), "21%": ("CC101", "oriole-b-placebo")}),
        ("At week 12, 21% of women on placebo in ORIOLE-A and 18% in ORIOLE-B responded.", {}),
        ("At week 12, 21% of women on placebo in ORIOLE-A and 44% in ORIOLE-B responded.",
         {"44%": ("CC101", "oriole-b-placebo")}),
        ("With fenvastat, 44% responded at week 12 in ORIOLE-A and 39% in ORIOLE-B.", {}),
        ("At week 12, 21% responded on placebo in ORIOLE-A, against 39% with fenvastat in"
         " ORIOLE-B.", {}),
    ],
)  # fmt: skip
def test_later_study_clause_keeps_the_first_clauses_arm(lint_text, text, expected):
    assert lint_text(text) == expected


def _days_claim(cid: str, trial: str, arm: str | None, value: float) -> str:
    group = f"\n  group: [{arm}]" if arm else ""
    said = arm or "fenvastat"
    return f"""\
- id: {cid}
  statement: In {trial}, sleepless nights fell by {value} days a month with {said}.
  subject: [fenvastat, {trial}]
  context: [{trial}, sleepless nights]{group}
  value: {{value: {value}, unit: days}}
  sources: [{{citation: "{trial} report", quote: "{value} days"}}]
  status: approved
  review_by: 2030-01-01
"""


lint_days = figure_verdicts_fixture(
    "".join(
        (
            _days_claim("oriole-a-fenvastat-nights", "ORIOLE-A", None, 4.1),
            _days_claim("oriole-a-placebo-nights", "ORIOLE-A", "placebo", 1.9),
            _days_claim("oriole-b-fenvastat-nights", "ORIOLE-B", None, 3.6),
            _days_claim("oriole-b-placebo-nights", "ORIOLE-B", "placebo", 1.4),
        )
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With placebo, sleepless nights fell by 1.9 days in ORIOLE-A and 1.4 days in"
         " ORIOLE-B.", {}),
        ("With placebo, sleepless nights fell by 1.9 days in ORIOLE-A and 3.6 days in"
         " ORIOLE-B.", {"3.6 days": ("CC101", "oriole-b-placebo-nights")}),
    ],
)  # fmt: skip
def test_a_later_duration_keeps_the_first_clauses_arm(lint_days, text, expected):
    assert lint_days(text) == expected
