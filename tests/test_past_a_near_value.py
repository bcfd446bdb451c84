# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A source that says its value is "nearly" or "almost" a figure says the count falls short
of it: a draft's strict lower bound at or past it ("over 40,000", "more than 30%") cannot
hold with it, whatever the tolerance of an approximate value; a hedge of its own ("about
40,000") or a bound below it ("more than 35,000") still can."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = valued_claim(
    "mnd-people-uk",
    "Nearly 40,000 people are living with motor neurone disease in Freedonia.",
    "{value: 40000, unit: people, approx: true}",
    "motor neurone disease",
    "Freedonia, living with",
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40,000 people are living with motor neurone disease in Freedonia.", {}),
        ("More than 35,000 people are living with motor neurone disease in Freedonia.", {}),
        (
            "Over 40,000 people are living with motor neurone disease in Freedonia.",
            {"Over 40,000 people": ("CC101", "mnd-people-uk")},
        ),
        (
            "More than 41,000 people are living with motor neurone disease in Freedonia.",
            {"More than 41,000 people": ("CC101", "mnd-people-uk")},
        ),
    ],
)
def test_past_a_value_the_source_says_is_nearly_reached(lint_text, text, expected):
    assert lint_text(text) == expected
