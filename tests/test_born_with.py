"""Babies "born with" a condition are its new cases at birth, counted as births: a swapped
figure between a condition's births and deaths claims is a conflict with each one's own."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: dune-anaemia-births-2022
  statement: About 92,000 babies were born with dune anaemia in 2022.
  subject: [dune anaemia]
  context: [births, "2022"]
  value: {value: 92000, unit: births}
  sources: [{citation: "Burden study 2023", quote: "92,000 births with dune anaemia"}]
  status: approved
  review_by: 2030-01-01
- id: dune-anaemia-deaths-2022
  statement: Dune anaemia caused about 31,000 deaths in 2022.
  subject: [dune anaemia]
  context: [deaths, "2022"]
  value: {value: 31000, unit: deaths}
  sources: [{citation: "Burden study 2023", quote: "31,000 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022 about 92,000 babies were born with dune anaemia.", {}),
        ("Around 92,000 children were born with dune anaemia in 2022.", {}),
        (
            "In 2022 about 31,000 babies were born with dune anaemia.",
            {"about 31,000 babies": ("CC101", "dune-anaemia-births-2022")},
        ),
        (
            "In 2022, 31,000 babies were born with dune anaemia, and it caused 92,000 deaths.",
            {
                "31,000 babies": ("CC101", "dune-anaemia-births-2022"),
                "92,000 deaths": ("CC101", "dune-anaemia-deaths-2022"),
            },
        ),
    ],
)
def test_born_with_counts_births_not_deaths(lint_text, text, expected) -> None:
    assert lint_text(text) == expected
