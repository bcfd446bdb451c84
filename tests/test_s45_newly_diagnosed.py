"""The words of new cases are an incidence claim's own (session 45): "newly diagnosed",
"develop" said of a rate against a claim that counts new cases (declared `measure:
incidence`, its statement saying "annual incidence") were words the claim did not use, so a
wrong incidence was left unsupported instead of accused."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "gbs-incidence",
            "The annual incidence of Guillain-Barre syndrome is 1 to 2 per 100,000.",
            '{low: 1, high: 2, unit: "per 100,000"}',
            "Guillain-Barre syndrome, GBS",
            "annual incidence",
            measure="incidence",
        ),
        valued_claim(
            "gbs-prevalence",
            "Guillain-Barre syndrome has a prevalence of 8 per 100,000.",
            '{value: 8, unit: "per 100,000"}',
            "Guillain-Barre syndrome, GBS",
            "prevalence",
            measure="prevalence",
        ),
    )
)
REGISTRY += valued_claim(
    "epilepsy-incidence",
    "Each year about 50 per 100,000 people are diagnosed with epilepsy.",
    '{value: 50, unit: "per 100,000", approx: true}',
    "epilepsy",
    "each year",
    measure="incidence",
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each year, 5 to 10 per 100,000 people are newly diagnosed with Guillain-Barre "
            "syndrome.",
            {"5 to 10 per 100,000 people": ("CC101", "gbs-incidence")},
        ),
        (
            "Guillain-Barre syndrome is newly diagnosed in about 4 per 100,000 people a year.",
            {"about 4 per 100,000 people": ("CC101", "gbs-incidence")},
        ),
        (
            "Around 6 per 100,000 people develop Guillain-Barre syndrome each year.",
            {"Around 6 per 100,000 people": ("CC101", "gbs-incidence")},
        ),
        # "develop" right before the subject: no narrowing of it
        (
            "Roughly 5 per 100,000 people develop Guillain-Barre syndrome every year.",
            {"Roughly 5 per 100,000 people": ("CC101", "gbs-incidence")},
        ),
        (
            "Roughly 80 per 100,000 people develop epilepsy every year.",
            {"Roughly 80 per 100,000 people": ("CC101", "epilepsy-incidence")},
        ),
        ("Roughly 50 per 100,000 people develop epilepsy every year.", {}),
        ("Guillain-Barre syndrome is newly diagnosed in about 1.5 per 100,000 people a year.", {}),
        ("Each year, 1 to 2 per 100,000 people develop Guillain-Barre syndrome.", {}),
    ],
)
def test_new_case_words_are_the_incidence_claims(lint_text, text, expected):
    assert lint_text(text) == expected
