"""People "on combination therapy with X plus Y" are an arm, not people who have X (session
45): after "N% of", a "with" that follows a word of treatment (on, given, treated, therapy,
regimen) names what the people were given. It was read as "patients with X" (those who have
it), so the share was taken as a share of the subject and the arm's claim was ruled out: a
swapped figure went unaccused."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = approved_claim(
    "duet-combination",
    "In DUET, relapse occurred in 22% of patients who started lorvimab plus tesamide together.",
    22,
    "DUET, lorvimab plus tesamide",
    "relapse, combination therapy",
) + approved_claim(
    "duet-monotherapy",
    "In DUET, relapse occurred in 35% of patients who started either drug alone.",
    35,
    "DUET, lorvimab plus tesamide",
    "relapse",
    group="[monotherapy]",
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In DUET, relapse occurred in 35% of patients on combination therapy with lorvimab "
            "plus tesamide and in 22% of those on monotherapy.",
            {"35%": ("CC101", "duet-combination"), "22%": ("CC101", "duet-monotherapy")},
        ),
        (
            "In DUET, relapse occurred in 35% of patients on a regimen with lorvimab plus "
            "tesamide.",
            {"35%": ("CC101", "duet-combination")},
        ),
        (
            "In DUET, relapse occurred in 35% of patients treated with lorvimab plus tesamide.",
            {"35%": ("CC101", "duet-combination")},
        ),
        (
            "In DUET, relapse occurred in 22% of patients on combination therapy with lorvimab "
            "plus tesamide and in 35% of those on monotherapy.",
            {},
        ),
    ],
)
def test_people_on_a_treatment_with_a_drug_are_its_arm(lint_text, text, expected):
    assert lint_text(text) == expected
