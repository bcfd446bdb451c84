"""A change in risk said absolute is no figure of a claim of a relative change, nor the other
way round (session 47): "an absolute reduction of 64%" against the claim that a drug cuts the
relative risk by 64% agreed in number and passed, though a relative reduction of 64% is a
difference of a few percentage points in absolute terms. A figure that says neither is
judged as before."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = approved_claim(
    "quinavir-relapse-rrr",
    "Quinavir cuts the relative risk of a marsh fever relapse by 64%.",
    64,
    "quinavir",
    "marsh fever, relapse, relative risk reduction",
) + approved_claim(
    "zemocept-fall-arr",
    "Zemocept cuts the absolute risk of a fall by 2.7% a year.",
    2.7,
    "zemocept",
    "falls, absolute risk reduction",
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quinavir cuts the risk of a marsh fever relapse by 64%.", {}),
        ("Quinavir gives a relative risk reduction of 64% for marsh fever relapse.", {}),
        (
            "Quinavir gives an absolute reduction of 64% in the risk of a marsh fever relapse.",
            {"64%": ("CC102", None)},
        ),
        (
            "Quinavir cuts the absolute risk of a marsh fever relapse by 64%.",
            {"64%": ("CC102", None)},
        ),
        (
            "Quinavir cuts marsh fever relapses by 64% in absolute terms.",
            {"64%": ("CC102", None)},
        ),
        (
            "Quinavir gives an absolute risk reduction of about two-thirds for marsh fever "
            "relapse.",
            {"about two-thirds": ("CC102", None)},
        ),
        (
            "Quinavir cuts the relative risk of a marsh fever relapse by 46%.",
            {"46%": ("CC101", "quinavir-relapse-rrr")},
        ),
    ],
)
def test_absolute_or_relative(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zemocept cuts the absolute risk of a fall by 2.7 percentage points a year.", {}),
        (
            "Zemocept cuts the absolute risk of a fall by 4.7 percentage points a year.",
            {"4.7 percentage points a year": ("CC101", "zemocept-fall-arr")},
        ),
    ],
)
def test_percentage_points_are_an_absolute_change(lint_text, text, expected):
    assert lint_text(text) == expected
