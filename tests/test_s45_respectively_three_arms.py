"""Three arms listed after their figures (session 45): "45%, 42% and 34% of patients
responded with velumab every 2 weeks, every 4 weeks and placebo, respectively". The two
schedules were read as a second list of measures for the last two figures (so the first arm
went unpaired and placebo's figure was judged against a schedule's claim), the list was not
found past "of patients responded" and the words of the outcome, and the last figure was
read as a share "of patients … with velumab" (the first arm), which ruled the placebo claim
out. Now each figure is its own arm's: a swap is accused against the right claims."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    approved_claim(ident, statement, value, "NOVA trial, velumab", "week 16, response", group=group)
    for ident, statement, value, group in (
        (
            "nova-q2w",
            "In the NOVA trial, 45% of patients given velumab every 2 weeks responded at week 16.",
            45,
            "[every 2 weeks]",
        ),
        (
            "nova-q4w",
            "In the NOVA trial, 42% of patients given velumab every 4 weeks responded at week 16.",
            42,
            "[every 4 weeks]",
        ),
        (
            "nova-placebo",
            "In the NOVA trial, 34% of patients given placebo responded at week 16.",
            34,
            "[placebo]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)

LISTED = (
    "In the NOVA trial, {}, {} and {} of patients {} velumab every 2 weeks, every 4 weeks and "
    "placebo, respectively."
)


def figures(found: dict) -> dict:
    return {k: v for k, v in found.items() if "weeks" not in k}  # the schedules: unsupported


@pytest.mark.parametrize(
    "outcome",
    [
        "responded with",
        "responded at week 16 with",
        "had a response on",
        "had responded by the week 16 visit with",
    ],
)
def test_three_arms_listed_after_their_figures(lint_text, outcome):
    assert figures(lint_text(LISTED.format("45%", "42%", "34%", outcome))) == {}


@pytest.mark.parametrize(
    ("order", "expected"),
    [
        (
            ("45%", "34%", "42%"),
            {"34%": ("CC101", "nova-q4w"), "42%": ("CC101", "nova-placebo")},
        ),
        (
            ("42%", "45%", "34%"),
            {"42%": ("CC101", "nova-q2w"), "45%": ("CC101", "nova-q4w")},
        ),
        (
            ("34%", "42%", "45%"),
            {"34%": ("CC101", "nova-q2w"), "45%": ("CC101", "nova-placebo")},
        ),
    ],
)
def test_swapped_figures_are_accused_against_their_own_arms(lint_text, order, expected):
    assert figures(lint_text(LISTED.format(*order, "responded with"))) == expected


PRESCRIBED = (
    "In the NOVA trial, {}, {} and {} of patients responded with velumab q2w, velumab q4w and "
    "placebo, respectively."
)


def test_arms_named_by_prescribers_intervals(lint_text):
    # the intervals name the arms: no figure of their own, no finding
    assert lint_text(PRESCRIBED.format("45%", "42%", "34%")) == {}
    assert lint_text(PRESCRIBED.format("42%", "45%", "34%")) == {
        "42%": ("CC101", "nova-q2w"),
        "45%": ("CC101", "nova-q4w"),
    }


def test_listed_schedules_raise_no_finding_of_their_own(lint_text):
    assert lint_text(LISTED.format("45%", "42%", "34%", "responded with")) == {}
