"""An age group said with ``at`` and a bracket ("offered the vaccine at 12 to 13", "at age
16 or 17") is the figure's age group, so figures swapped between two age groups are each a
conflict with their own group's claim; ``at 12 to 13 weeks`` is a time, not an age."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: rotavax-younger
  statement: Hospital stays fell 71% in children first vaccinated at ages 2 to 3.
  subject: [rotavax]
  context: [hospital stays]
  group: [aged 2-3]
  value: {value: 71, unit: percent}
  sources: [{citation: "Rota cohort 2022", quote: "71% (ages 2-3) and 38% (ages 6-7)"}]
  status: approved
  review_by: 2030-01-01
- id: rotavax-older
  statement: Hospital stays fell 38% in children first vaccinated at ages 6 to 7.
  subject: [rotavax]
  context: [hospital stays]
  group: [aged 6-7]
  value: {value: 38, unit: percent}
  sources: [{citation: "Rota cohort 2022", quote: "71% (ages 2-3) and 38% (ages 6-7)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hospital stays fell by 38% in children given rotavax at 2 to 3 and by 71% in those "
            "given it at 6 to 7.",
            {"38%": ("CC101", "rotavax-younger"), "71%": ("CC101", "rotavax-older")},
        ),
        (
            "In children given rotavax at 2 to 3, hospital stays fell 71%; at 6 to 7, they fell "
            "38%.",
            {},
        ),
        (
            "Children first given rotavax at age 6 or 7 had 71% fewer hospital stays.",
            {"71%": ("CC101", "rotavax-older")},
        ),
    ],
)
def test_an_age_bracket_after_at_is_the_figures_group(lint_text, text, expected):
    assert lint_text(text) == expected
