"""A share of people written "1 in N" or "X in every N" is a rate per that many people, so it
is judged against a claim stated per 100,000 (not left unbacked), its "1 in N" compared as a
page rounds it: 24.6 per 100,000 is 1 in 4,065, which "1 in 4,000" rounds and "1 in 6,000"
does not. A percentage is no such rate (it is mostly a share of something else)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: glass-bone-birth-prevalence
  statement: The birth prevalence of glass bone disease is 24.6 per 100,000 male births.
  subject: [glass bone disease]
  context: [birth prevalence, male births, boys]
  value: {value: 24.6, unit: "per 100,000"}
  sources: [{citation: "Registry meta-analysis 2020", quote: "24.6 per 100,000 male births"}]
  status: approved
  review_by: 2030-01-01
- id: glass-bone-yearly-incidence
  statement: Glass bone disease is diagnosed in 3.1 per 100,000 adults per year.
  subject: [glass bone disease]
  context: [adults, diagnosed, per year]
  value: {value: 3.1, unit: "per 100,000 person-years"}
  sources: [{citation: "Registry meta-analysis 2020", quote: "3.1 per 100,000 per year"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1 in 4,000 male births is a baby with glass bone disease.", {}),
        ("Glass bone disease affects 24.6 in every 100,000 male births.", {}),
        (
            "Glass bone disease affects 31 in every 100,000 male births.",
            {"31 in every 100,000": ("CC101", "glass-bone-birth-prevalence")},
        ),
        (
            "About 1 in 1,000 male births is a baby with glass bone disease.",
            {"About 1 in 1,000": ("CC101", "glass-bone-birth-prevalence")},
        ),
    ],
)
def test_a_share_of_people_is_a_rate(lint_text, text: str, expected: dict) -> None:
    assert lint_text(text) == expected
