"""A figure that counts a part of the group an earlier figure of its sentence counts ("2,700
people died of myeloma …, 1,500 of whom were over 75", "about 1,500 of them men") is never
accused against the claim that earlier figure is judged against (the whole): the part is
not the whole's figure. A claim about that very part may still back or accuse it, and "of
those" names an arm ("12% of those on placebo"), no part."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: myeloma-deaths-2012
  statement: Around 2,700 people died of myeloma in Freedonia in 2012.
  subject: [myeloma]
  context: [Freedonia]
  value: {value: 2700, unit: deaths, approx: true}
  sources: [{citation: "Freedonia cancer statistics", quote: "2,700 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: adults-overweight-2022
  statement: In 2022, 2.5 billion adults worldwide were overweight.
  subject: [overweight]
  context: [adults, worldwide]
  value: {value: 2500000000, unit: people}
  sources: [{citation: "WHO fact sheet 2024", quote: "2.5 billion adults"}]
  status: approved
  review_by: 2030-01-01
- id: adults-obesity-2022
  statement: In 2022, 890 million adults worldwide were living with obesity.
  subject: [obesity]
  context: [adults, worldwide]
  value: {value: 890000000, unit: people}
  sources: [{citation: "WHO fact sheet 2024", quote: "890 million"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 2,700 people died of myeloma in Freedonia in 2012, 1,500 of whom were over 75.",
            {"1,500": ("CC102", None)},
        ),
        (
            "Worldwide in 2022, 890 million adults were overweight, and 2.5 billion of them had"
            " obesity.",
            {
                "890 million adults": ("CC101", "adults-overweight-2022"),
                "2.5 billion": ("CC101", "adults-obesity-2022"),
            },
        ),
        (
            "Myeloma killed 3,500 people in Freedonia in 2012.",
            {"3,500 people": ("CC101", "myeloma-deaths-2012")},
        ),
    ],
)
def test_a_part_of_them_is_not_the_wholes_figure(lint_text, text, expected):
    assert lint_text(text) == expected
