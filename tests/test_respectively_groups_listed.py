"""With "respectively", the figures pair one by one with the groups listed together: before
them beside a place said apart ("Men and women in the US … 12.1% and 10.5%,
respectively": the place is no third group) or after them ("… by 18.2% and 11.4% of
women and men, respectively"), and a survey's look-back period ("in the past three
months") is when the figures were asked about, not a figure of the list (README, frames:
"respectively")."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: freedonia-smoking-men-2021
  statement: In 2021, 18.2% of men in Freedonia smoked cigarettes.
  subject: [smoking, cigarette smoking]
  context: [Freedonia, UK, "2021"]
  group: [men]
  value: {value: 18.2, unit: percent}
  sources: [{citation: "Freedonia health survey 2021", quote: "18.2% of men"}]
  status: approved
  review_by: 2030-01-01
- id: freedonia-smoking-women-2021
  statement: In 2021, 11.4% of women in Freedonia smoked cigarettes.
  subject: [smoking, cigarette smoking]
  context: [Freedonia, UK, "2021"]
  group: [women]
  value: {value: 11.4, unit: percent}
  sources: [{citation: "Freedonia health survey 2021", quote: "11.4% of women"}]
  status: approved
  review_by: 2030-01-01
- id: freedonia-smoking-adults-2021
  statement: In 2021, 14.7% of adults in Freedonia smoked cigarettes.
  subject: [smoking, cigarette smoking]
  context: [Freedonia, UK, "2021"]
  value: {value: 14.7, unit: percent}
  sources: [{citation: "Freedonia health survey 2021", quote: "14.7% of adults"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

MEN, WOMEN = "freedonia-smoking-men-2021", "freedonia-smoking-women-2021"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2021, smoking was reported by 11.4% and 18.2% of Freedonian women and men,"
            " respectively.",
            {},
        ),
        (
            "In 2021, smoking was reported by 18.2% and 11.4% of Freedonian women and men,"
            " respectively.",
            {"18.2%": ("CC101", WOMEN), "11.4%": ("CC101", MEN)},
        ),
        (
            "In 2021, smoking was reported by 18.2% and 11.4% of women and men in Freedonia,"
            " respectively.",
            {"18.2%": ("CC101", WOMEN), "11.4%": ("CC101", MEN)},
        ),
        (
            "In Freedonia, smoking in the past 12 months was reported by 11.4% and 18.2% of"
            " women and men, respectively, in 2021.",
            {},
        ),
        (
            "Men and women in the UK reported smoking at rates of 11.4% and 18.2%,"
            " respectively, in 2021.",
            {"11.4%": ("CC101", MEN), "18.2%": ("CC101", WOMEN)},
        ),
        (
            "Men and women in the UK reported smoking at rates of 18.2% and 11.4%,"
            " respectively, in 2021.",
            {},
        ),
    ],
)
def test_figures_pair_with_the_listed_groups(lint_text, text, expected):
    assert lint_text(text) == expected


LOOK_BACK = """\
- id: freedonia-back-pain-women-3m
  statement: In 2021, 40.6% of women in Freedonia had back pain in the past 3 months.
  subject: [back pain]
  context: [Freedonia, "2021"]
  group: [women]
  value: {value: 40.6, unit: percent}
  sources: [{citation: "Freedonia health survey 2021", quote: "40.6% of women"}]
  status: approved
  review_by: 2030-01-01
"""

lint_look_back = figure_verdicts_fixture(LOOK_BACK)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2021, 40.6% of women in Freedonia had back pain in the past 3 months.", {}),
        (
            "In 2021, 40.6% of women in Freedonia had back pain in the past 30 days.",
            {"40.6%": ("CC102", None)},
        ),
    ],
)
def test_the_look_back_period_is_the_figures_time(lint_look_back, text, expected):
    """A survey's look-back period ("in the past 30 days") is when the figure was asked
    about: a claim about the past 3 months is another timepoint."""
    assert lint_look_back(text) == expected
