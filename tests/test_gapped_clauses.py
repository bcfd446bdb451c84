"""A clause of nothing but a figure and a year after one that names the group ("… among
sixth-form students was 15% in 2019 and 18% in 2023") says that group again: its figure is
judged against the group's claim for that year, not a sibling group's."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(id_, group, year, value):
    return f"""\
- id: {id_}
  statement: In {year}, {value}% of UK {group} students said they had binge drunk.
  subject: [binge drinking]
  context: [{group} students, UK, "{year}"]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Our own school survey {year}", quote: "{value}% of {group} students"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim("sixth-form-2019", "sixth-form", 2019, 15)
    + _claim("sixth-form-2023", "sixth-form", 2023, 18)
    + _claim("lower-school-2023", "lower-school", 2023, 6)
)


lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Binge drinking among UK sixth-form students was 15% in 2019 and 18% in 2023.", {}),
        (
            "Binge drinking among UK sixth-form students was 18% in 2019 and 15% in 2023.",
            {"18%": ("CC101", "sixth-form-2019"), "15%": ("CC101", "sixth-form-2023")},
        ),
        # a clause with a group of its own keeps it
        (
            "Binge drinking among UK sixth-form students was 18% in 2023, and 6% among "
            "lower-school students.",
            {},
        ),
    ],
)
def test_a_gapped_clause_keeps_the_group_said_before(lint_text, text, expected):
    assert lint_text(text) == expected
