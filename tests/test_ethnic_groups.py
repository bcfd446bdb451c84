"""A racial or ethnic group is part of a figure's frame, as surveys report it (NCHS, CDC,
ACS): a figure for Hispanic children is neither the claim about all children nor the one
about Black children, and a figure restated in brackets (``0.1% (1 in 1,000)``) keeps the
words after the brackets in its clause."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: asthma-children-us
  statement: Asthma affects about 6.5% of children in the United States.
  subject: [childhood asthma, asthma]
  context: [children, United States]
  value: {value: 6.5, unit: percent, approx: true}
  sources: [{citation: "National survey 2021", quote: "6.5% of children"}]
  status: approved
  review_by: 2030-01-01
- id: glaucoma-risk-white
  statement: The lifetime risk of glaucoma blindness is about 2% (1 in 50) for White people.
  subject: [glaucoma]
  context: [lifetime risk, White people]
  value: {value: 2, unit: percent, approx: true}
  sources: [{citation: "Registry report 2019", quote: "about 2% (1 in 50) for White people"}]
  status: approved
  review_by: 2030-01-01
- id: lupus-incidence-black-women
  statement: Lupus is diagnosed in about 31 per 100,000 Black women each year.
  subject: [lupus, SLE]
  context: [Black women, incidence]
  value: {value: 31, unit: "cases per 100,000", approx: true}
  sources: [{citation: "Lupus registry 2017", quote: "31 per 100,000 Black women"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the claim's own group, right and wrong
        ("Asthma affects about 6.5% of children in the United States.", {}),
        (
            "Asthma affects about 11% of children in the United States.",
            {"about 11%": ("CC101", "asthma-children-us")},
        ),
        # a part of the claim's population the claim does not state: not its figure
        (
            "Asthma affects about 11% of Hispanic children in the United States.",
            {"about 11%": ("CC102", None)},
        ),
        (
            "Among non-Hispanic Black children in the US, asthma affects about 12%.",
            {"about 12%": ("CC102", None)},
        ),
        (
            "In the United States asthma affects about 9% of American Indian children.",
            {"about 9%": ("CC102", None)},
        ),
        # another group than the claim's
        (
            "The lifetime risk of glaucoma blindness is about 5% (1 in 20) for Black Americans.",
            {"about 5%": ("CC102", None), "1 in 20": ("CC102", None)},
        ),
        (
            "Lupus is diagnosed in about 9 per 100,000 White women each year.",
            {"about 9 per 100,000": ("CC102", None)},
        ),
        (
            "Lupus is diagnosed in about 60 per 100,000 Black women each year.",
            {"about 60 per 100,000": ("CC101", "lupus-incidence-black-women")},
        ),
        # words that only look like a group name no one
        (
            "Lupus is diagnosed in about 31 per 100,000 Black female workers each year.",
            {},
        ),
        # a figure that names no group is about everyone, not the claim's group
        (
            "Lupus is diagnosed in about 31 per 100,000 women each year.",
            {"about 31 per 100,000 women": ("CC102", None)},
        ),
        # "White" of "white blood cell" is no ethnic group (and the share is of all children)
        (
            "White blood cell counts aside, 6.5% of children in the United States have asthma.",
            {},
        ),
    ],
)
def test_a_figure_for_another_ethnic_group_is_not_the_claims(lint_text, text, expected):
    assert lint_text(text) == expected
