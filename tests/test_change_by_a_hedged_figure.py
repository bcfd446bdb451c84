# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A relative change said with a hedge between "by" and the figure ("lowered the risk by only
19%", "by about a third", "by up to 30%") is still a change: judged against a claim stating
the relative risk it means (a 19% cut is a relative risk of 0.81)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "velaspirin-stroke-rr",
    "In atrial fibrillation, velaspirin reduced stroke by 19% against placebo (relative risk 0.81).",
    "{value: 0.81}",
    "velaspirin",
    "atrial fibrillation, relative risk, stroke",
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In atrial fibrillation, velaspirin lowered the risk of stroke by only 19% against placebo.",
            {},
        ),
        (
            "In atrial fibrillation, velaspirin lowered the risk of stroke by just 19% against placebo.",
            {},
        ),
        (
            "In atrial fibrillation, velaspirin lowered the risk of stroke by only 40% against placebo.",
            {"40%": ("CC101", "velaspirin-stroke-rr")},
        ),
    ],
)
def test_a_hedged_change_is_a_change(lint_text, text, expected):
    assert lint_text(text) == expected
