"""A year said relative to the sentence's one year ("up from 1,180 the year before", "a year
earlier", "the previous year") is that year less one: the figure is judged against the claim
about that year, not the one the sentence names."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: measles-cases-2023
  statement: Regionland reported 1,420 measles cases in 2023.
  subject: [measles]
  context: [Regionland, "2023"]
  value: {value: 1420, unit: cases}
  sources: [{citation: "Regionland surveillance 2024", quote: "2023: 1,420 cases"}]
  status: approved
  review_by: 2030-01-01
- id: measles-cases-2022
  statement: Regionland reported 1,180 measles cases in 2022.
  subject: [measles]
  context: [Regionland, "2022"]
  value: {value: 1180, unit: cases}
  sources: [{citation: "Regionland surveillance 2023", quote: "2022: 1,180 cases"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regionland saw 1,420 measles cases in 2023, up from 1,180 the year before.", {}),
        ("In 2023 Regionland had 1,420 cases of measles, against 1,180 a year earlier.", {}),
        ("Measles cases in Regionland reached 1,420 in 2023; the previous year, 1,180.", {}),
        (
            "Regionland saw 1,420 measles cases in 2023, up from 1,050 the year before.",
            {"1,050": ("CC101", "measles-cases-2022")},
        ),
    ],
)
def test_the_year_before_is_the_sentences_year_less_one(lint_text, text, expected):
    assert lint_text(text) == expected
