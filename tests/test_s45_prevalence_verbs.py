"""Whom a rate or a `1 in N` share counts, said by its verb (session 45): people who "live
with" a condition or "suffer from" it are those who have it (a prevalence), so the figure is
judged against the prevalence claim, not against the incidence claim of the same subject
(a wrong prevalence was accused against the incidence claim, and a right one could pass
only by luck of wording). "Affects" says neither: "affects 1 in 2,500 babies born" is a
birth incidence."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "bx-prevalence-uk",
            "In the UK, bronchiectasis has a prevalence of 566 per 100,000 people.",
            '{value: 566, unit: "per 100,000"}',
            "bronchiectasis",
            "UK, United Kingdom",
            measure="prevalence",
        ),
        valued_claim(
            "bx-incidence-uk",
            "In the UK, 35 per 100,000 people are diagnosed with bronchiectasis each year.",
            '{value: 35, unit: "per 100,000"}',
            "bronchiectasis",
            "UK, United Kingdom",
            measure="incidence",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # right prevalences, said with the verbs of having it
        ("About 1 in 180 people in the UK live with bronchiectasis.", {}),
        ("In the UK, around 560 per 100,000 people suffer from bronchiectasis.", {}),
        # wrong ones: accused against the prevalence claim, not the incidence claim
        (
            "Roughly 1 in 1,000 people in the UK live with bronchiectasis.",
            {"Roughly 1 in 1,000": ("CC101", "bx-prevalence-uk")},
        ),
        (
            "In the UK, some 900 per 100,000 people suffer from bronchiectasis.",
            {"some 900 per 100,000 people": ("CC101", "bx-prevalence-uk")},
        ),
        (
            "Around 1 in 500 people in the UK suffer from bronchiectasis.",
            {"Around 1 in 500": ("CC101", "bx-prevalence-uk")},
        ),
        # new cases stay the incidence claim's
        ("In the UK, 35 per 100,000 people are newly diagnosed with bronchiectasis each year.", {}),
    ],
)
def test_a_verb_of_having_it_is_a_prevalence(lint_text, text, expected):
    assert lint_text(text) == expected
