"""A measure said in one clause of a sentence (deaths) holds for a clause that says none,
but never for one that counts people by its own words: "made 249 million ill" counts cases
and "had multiple sclerosis" those living with it, though the sentence also says "killed"."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: malaria-deaths-2022
  statement: Malaria killed an estimated 608,000 people worldwide in 2022.
  subject: [malaria]
  value: {value: 608000, unit: deaths}
  sources: [{citation: "World malaria report", quote: "608 000 malaria deaths"}]
  status: approved
  review_by: 2030-01-01
- id: malaria-cases-2022
  statement: There were an estimated 249 million malaria cases worldwide in 2022.
  subject: [malaria]
  value: {value: 249000000, unit: cases}
  sources: [{citation: "World malaria report", quote: "249 million cases"}]
  status: approved
  review_by: 2030-01-01
- id: ms-living-2023
  statement: In 2023, 2.9 million people worldwide were living with multiple sclerosis.
  subject: [multiple sclerosis, MS]
  value: {value: 2900000, unit: people}
  sources: [{citation: "Atlas of MS", quote: "2.9 million people"}]
  status: approved
  review_by: 2030-01-01
- id: ms-deaths-2019
  statement: Multiple sclerosis caused about 22,000 deaths worldwide in 2019.
  subject: [multiple sclerosis, MS]
  value: {value: 22000, unit: deaths}
  sources: [{citation: "GBD", quote: "22,000 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaria killed 608,000 people in 2022 and made 249 million ill.", {}),
        ("In 2022 malaria made 249 million people sick and killed 608,000.", {}),
        ("Malaria killed 608,000 people in 2022 and made 300 million ill.",
         {"300 million": ("CC101", "malaria-cases-2022")}),
        ("Some 2.9 million people had multiple sclerosis in 2023, and in 2019 it"
         " caused about 22,000 deaths.", {}),
        ("Some 3.5 million people had multiple sclerosis in 2023, and in 2019 it"
         " caused about 22,000 deaths.",
         {"Some 3.5 million people": ("CC101", "ms-living-2023")}),
    ],
)  # fmt: skip
def test_a_clause_keeps_its_own_measure(lint_text, text, expected):
    assert lint_text(text) == expected
