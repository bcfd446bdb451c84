"""A year that dates a source ("a 2021 meta-analysis", "a 2019 Cochrane review", "the 2018
study") says when it was published, not the year its figure is about: a claim about the data
year is still the figure's. A year said elsewhere in the sentence, or a survey's year, still
is the figure's year."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: tinnitus-2019
  statement: Worldwide in 2019, 14.4% of adults had tinnitus.
  subject: [tinnitus]
  value: {value: 14.4, unit: percent}
  sources: [{citation: "Pooled analysis", quote: "14.4% in 2019"}]
  status: approved
  review_by: 2030-01-01
- id: tinnitus-2010
  statement: Worldwide in 2010, 11.9% of adults had tinnitus.
  subject: [tinnitus]
  value: {value: 11.9, unit: percent}
  sources: [{citation: "Earlier analysis", quote: "11.9% in 2010"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 2022 meta-analysis put tinnitus at 14.4% of adults worldwide in 2019.", {}),
        (
            "A 2022 meta-analysis put tinnitus at 19% of adults worldwide in 2019.",
            {"19%": ("CC101", "tinnitus-2019")},
        ),
        # the year of the review alone: the data year is unsaid, either claim may be it
        ("A 2023 Cochrane review found tinnitus in 14.4% of adults worldwide.", {}),
        ("According to a 2021 study, 11.9% of adults worldwide have tinnitus.", {}),
        # a year that is the figure's own still rules out the other year's claim
        (
            "In 2010, 14.4% of adults worldwide had tinnitus.",
            {"14.4%": ("CC101", "tinnitus-2010")},
        ),
    ],
)
def test_year_of_a_source_is_no_figure_year(lint_text, text, expected):
    assert lint_text(text) == expected
