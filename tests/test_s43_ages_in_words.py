"""Ages written in words or in a baby's months read as ages (session 43): "babies under
three months old", "younger than three months", "older than one year", "between one and two
years old" are group labels (no figure to back, no unsupported finding) and set the
figure's age group, as their digits do; "aged under 3 months" is a quarter of a year, not
three years, and "under 3 months old" a bound, not the age of three months."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

from claimcheck.nlp.quantities.groups import find_group_labels

AGES = "".join(
    (
        approved_claim(
            "uti-febrile-infants",
            "Among febrile infants younger than 3 months, 7.5% have a urinary tract infection.",
            7.5,
            "urinary tract infection, UTI",
            "fever",
            group="[aged under 3 months]",
        ),
        approved_claim(
            "uti-febrile-toddlers",
            "Among febrile children aged 1 to 2 years, 5.4% have a urinary tract infection.",
            5.4,
            "urinary tract infection, UTI",
            "fever",
            group="[aged 1 to 2 years]",
        ),
    )
)
lint_ages = figure_verdicts_fixture(AGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among febrile babies under three months old, 5.4% have a urinary tract infection.",
            {"5.4%": ("CC101", "uti-febrile-infants")},
        ),
        ("Among febrile babies up to three months old, 7.5% have a UTI.", {}),
        (
            "Among febrile babies younger than three months, 5.4% have a UTI.",
            {"5.4%": ("CC101", "uti-febrile-infants")},
        ),
        (
            "Among febrile toddlers between one and two years old, 7.5% have a UTI.",
            {"7.5%": ("CC101", "uti-febrile-toddlers")},
        ),
        ("Among febrile toddlers between one and two years old, 5.4% have a UTI.", {}),
        (
            "Among febrile babies under 3 months old, 5.4% have a UTI.",
            {"5.4%": ("CC101", "uti-febrile-infants")},
        ),
    ],
)
def test_ages_in_words_set_the_group(lint_ages, text, expected):
    assert lint_ages(text) == expected


@pytest.mark.parametrize(
    ("text", "label", "low", "high", "unit"),
    [
        (
            "Among babies up to three months old, 7.5% had it.",
            "babies up to three months old",
            None,
            3.0,
            "month",
        ),
        (
            "Among children older than one year, 7.5% had it.",
            "children older than one year",
            1.0,
            None,
            "year",
        ),
        (
            "Among toddlers between one and two years old, 7.5%.",
            "toddlers between one and two years old",
            1.0,
            2.0,
            "year",
        ),
        (
            "Among babies younger than three months, 7.5% had it.",
            "babies younger than three months",
            None,
            3.0,
            "month",
        ),
    ],
)
def test_worded_age_is_a_group_label(text, label, low, high, unit):
    (found,) = find_group_labels(text)
    assert (found.text, found.low, found.high, found.unit) == (label, low, high, unit)


@pytest.mark.parametrize(
    "text",
    ["He walked up to three miles a day.", "We followed women over twenty years after surgery."],
)
def test_worded_numbers_that_are_no_ages(text):
    assert find_group_labels(text) == []
