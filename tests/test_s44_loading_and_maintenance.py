"""A regimen's loading dose and its maintenance dose are each other's no figure (session 44).

"a 25 mg/kg loading dose, followed by 15 mg/kg every 12 hours": the step after "then" or
"followed by" a loading (initial, bolus) dose is the maintenance dose, judged against the
maintenance claim (whose group says so), never the loading claim; so the right pair passes
and a swapped pair is accused against each step's own claim. The dose's interval ("every 12
hours") is its own, no figure the dose is the arm of.
"""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "amikacin-loading",
            "The loading dose of amikacin in severe sepsis is 25 mg/kg.",
            "{value: 25, unit: mg/kg}",
            "amikacin",
            "severe sepsis",
            group="[loading dose]",
        ),
        valued_claim(
            "amikacin-maintenance",
            "The maintenance dose of amikacin in severe sepsis is 15 mg/kg every 24 hours.",
            "{value: 15, unit: mg/kg}",
            "amikacin",
            "severe sepsis",
            group="[maintenance dose, every 24 hours]",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In severe sepsis, amikacin is started with a 25 mg/kg loading dose, followed by "
            "15 mg/kg every 24 hours.",
            {},
        ),
        ("Amikacin in severe sepsis: loading dose 25 mg/kg, then 15 mg/kg every 24 hours.", {}),
        (
            "Amikacin in severe sepsis: loading dose 15 mg/kg, then 25 mg/kg every 24 hours.",
            {
                "15 mg/kg": ("CC101", "amikacin-loading"),
                "25 mg/kg": ("CC101", "amikacin-maintenance"),
            },
        ),
        ("The maintenance dose of amikacin in severe sepsis is 15 mg/kg every 24 hours.", {}),
    ],
)
def test_loading_and_maintenance_doses(lint_text, text, expected):
    assert lint_text(text) == expected
