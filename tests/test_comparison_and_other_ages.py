"""What a figure's comparison says of it (issue 12, this session's held-out sets): a ``than``
right after a comparative is the figure's own comparison, so a timepoint after it is the
figure's; and "younger"/"older" people set against one age group said before are the rest
of the ages, not that group."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(ident: str, statement: str, value: float, unit: str, timepoint: str = "") -> str:
    when = f"\n  timepoint: {timepoint}" if timepoint else ""
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [stepped care, stepped-care physiotherapy]
  context: [Quarry trial, Oswestry disability score, usual physiotherapy]{when}
  value: {{value: {value}, unit: {unit}}}
  sources: [{{citation: "Trial report", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


TIMEPOINTS = _claim(
    "quarry-3-months",
    "In the Quarry trial, stepped care improved Oswestry disability scores by 2.4 points more"
    " than usual physiotherapy at 3 months.",
    2.4,
    "points",
    "3 months",
) + _claim(
    "quarry-12-months",
    "In the Quarry trial, stepped care improved Oswestry disability scores by 3.9 points more"
    " than usual physiotherapy at 12 months.",
    3.9,
    "points",
    "12 months",
)
lint_timepoints = figure_verdicts_fixture(TIMEPOINTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the Quarry trial, stepped care improved Oswestry disability scores by 2.4 points"
            " more than usual physiotherapy at 3 months and by 3.9 points at 12 months.",
            {},
        ),
        # swapped: the timepoint after "than usual physiotherapy" is the first figure's
        (
            "In the Quarry trial, stepped care improved Oswestry disability scores by 3.9 points"
            " more than usual physiotherapy at 3 months and by 2.4 points at 12 months.",
            {
                "3.9 points": ("CC101", "quarry-3-months"),
                "2.4 points": ("CC101", "quarry-12-months"),
            },
        ),
        (
            "In the Quarry trial, Oswestry scores with stepped care were 3.9 points better than"
            " with usual physiotherapy at 3 months, and 2.4 points better at 12 months.",
            {
                "3.9 points": ("CC101", "quarry-3-months"),
                "2.4 points": ("CC101", "quarry-12-months"),
            },
        ),
    ],
)
def test_a_timepoint_after_the_figures_own_comparison_is_its_own(lint_timepoints, text, expected):
    assert lint_timepoints(text) == expected


AGES = """\
- id: falls-ed-visits-75-plus
  statement: >-
    Adults aged 75 and over made 61 emergency department visits for falls per 1,000 people a
    year in Norland.
  subject: [falls, fall injuries]
  context: [Norland, emergency department visits]
  group: [aged 75 and over]
  value: {value: 61, unit: visits per 1000 people}
  sources: [{citation: "Norland injury report", quote: "75+: 61 per 1,000"}]
  status: approved
  review_by: 2030-01-01
"""
lint_ages = figure_verdicts_fixture(AGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Norland, adults aged 75 and over made 61 emergency department visits for falls"
            " per 1,000 people a year, compared with 9 per 1,000 for younger adults.",
            {"9 per 1,000": ("CC102", None)},
        ),
        (
            "Adults aged 75 and over in Norland made 61 emergency department visits for falls"
            " per 1,000 people a year, against 14 per 1,000 among younger people.",
            {"14 per 1,000": ("CC102", None)},
        ),
        # the 75-and-over figure itself, said wrong, is still accused
        (
            "In Norland, adults aged 75 and over made 48 emergency department visits for falls"
            " per 1,000 people a year, compared with 9 per 1,000 for younger adults.",
            {
                "48 emergency department visits for falls per 1,000 people": (
                    "CC101",
                    "falls-ed-visits-75-plus",
                ),
                "9 per 1,000": ("CC102", None),
            },
        ),
    ],
)
def test_younger_people_after_an_age_group_are_the_other_ages(lint_ages, text, expected):
    found = lint_ages(text)
    assert {figure: (code, claim) for figure, (code, claim) in found.items()} == expected
