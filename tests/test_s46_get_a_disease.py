"""People who "get" a disease are its new cases (session 46), as those who "develop" or
"catch" it are: in "52,000 people get meningitis and 3,100 die from it every year" the first
figure's clause names no measure of its own, so it took the sentence's one measure, deaths,
and a right count of cases was accused against the deaths claim. "get better", "get
treated", "get a test" say nothing of it."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "fr-meningitis-cases",
            "Every year in Freedonia, 52,000 people develop meningitis.",
            "{value: 52000, unit: cases/year}",
            "meningitis",
            "Freedonia, new cases",
        ),
        valued_claim(
            "fr-meningitis-deaths",
            "Every year in Freedonia, meningitis causes 3,100 deaths.",
            "{value: 3100, unit: deaths/year}",
            "meningitis",
            "Freedonia, deaths",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, 52,000 people get meningitis and 3,100 die from it every year.", {}),
        (
            "In Freedonia, 3,100 people get meningitis and 52,000 die from it every year.",
            {
                "3,100 people": ("CC101", "fr-meningitis-cases"),
                "52,000": ("CC101", "fr-meningitis-deaths"),
            },
        ),
        ("Each year 52,000 Freedonians catch meningitis; 3,100 of them die.", {}),
    ],
)
def test_people_who_get_a_disease_are_new_cases(lint_text, text, expected):
    assert lint_text(text) == expected
