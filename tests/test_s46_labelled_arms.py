"""Two arms compared with each arm's name right before its figure (session 46): "Week 24:
zemocept 41% vs placebo 17%", "usual care 18.6% versus EGDT 18.8%", "vehicle 25.7% vs
trifarotene 42.3%". The name labels the figure after it, whatever was named earlier in the
sentence: the name after "versus" was read as what the figure is compared with, and the
arms were taken in the order the sentence first named them, so a right pair was accused and
a swapped one passed. A bare "vehicle" right before a figure names the vehicle arm."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "tide-drug",
            "In the TIDE-4 trial, 41% of patients on zemocept cream had clear skin at week 24.",
            41,
            "TIDE-4 trial, TIDE-4",
            "zemocept, clear skin",
            group="[zemocept]",
        ),
        approved_claim(
            "tide-vehicle",
            "In the TIDE-4 trial, 17% of patients on vehicle cream had clear skin at week 24.",
            17,
            "TIDE-4 trial, TIDE-4",
            "zemocept, clear skin",
            group="[vehicle]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)
SWAPPED = {"17%": ("CC101", "tide-drug"), "41%": ("CC101", "tide-vehicle")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TIDE-4, clear skin at week 24: zemocept 41% vs vehicle 17%.", {}),
        ("TIDE-4, clear skin at week 24: vehicle 17% vs zemocept 41%.", {}),
        ("TIDE-4, clear skin at week 24: zemocept 17% vs vehicle 41%.", SWAPPED),
        ("TIDE-4, clear skin at week 24: vehicle 41% versus zemocept 17%.", SWAPPED),
    ],
)
def test_each_arm_names_the_figure_after_it(lint_text, text, expected):
    assert lint_text(text) == expected
