# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""Trials count months in four-week steps: week 24 is reported as "six months", week 12 as
"three months", week 52 as "a year". A figure at six months is a claim's at 24 weeks, though
24 weeks is 8% short of six calendar months; week 48 is no year, and week 20 no six months."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = approved_claim(
    "velo-retention-24w",
    "In the VELO trial, 46% of patients on velorphine remained in treatment at 24 weeks.",
    46,
    "velorphine, VELO",
    "VELO, retention, remained in treatment",
    timepoint="24 weeks",
) + approved_claim(
    "velo-retention-52w",
    "In the VELO trial, 31% of patients on velorphine remained in treatment at 52 weeks.",
    31,
    "velorphine, VELO",
    "VELO, retention, remained in treatment",
    timepoint="52 weeks",
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After six months in the VELO trial, 46% of patients on velorphine remained in treatment.",
            {},
        ),
        (
            "After a year in the VELO trial, 31% of patients on velorphine remained in treatment.",
            {},
        ),
        (
            "After six months in the VELO trial, 39% of patients on velorphine remained in treatment.",
            {"39%": ("CC101", "velo-retention-24w")},
        ),
        # week 20 is no six months: another timepoint, neither backed nor accused
        (
            "After 20 weeks in the VELO trial, 46% of patients on velorphine remained in treatment.",
            {"46%": ("CC102", None)},
        ),
    ],
)
def test_trial_months_are_four_weeks(lint_text, text, expected):
    assert lint_text(text) == expected
