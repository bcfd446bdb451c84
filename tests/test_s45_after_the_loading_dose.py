"""A claim whose statement names the loading dose only as the step before ("After the
loading dose, X is given at 5 mg/kg a day") is the maintenance dose's claim (session 45): it
was read as a loading-dose claim, so the maintenance figure was ruled out against its own
claim ("it is about the loading dose") and judged against the loading dose's instead."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "pht-loading",
            "Phenytoin is given as a loading dose of 20 mg/kg intravenously.",
            "{value: 20, unit: mg/kg}",
            "phenytoin",
            "loading dose, status epilepticus",
        ),
        valued_claim(
            "pht-maintenance",
            "After the loading dose, phenytoin maintenance is 5 mg/kg a day.",
            "{value: 5, unit: mg/kg}",
            "phenytoin",
            "maintenance, status epilepticus",
        ),
        valued_claim(
            "vpa-maintenance",
            "Following a loading dose, valproate is continued at 10 mg/kg every 12 hours.",
            "{value: 10, unit: mg/kg}",
            "valproate",
            "status epilepticus",
        ),
        valued_claim(
            "vpa-loading",
            "Valproate is started with a loading dose of 40 mg/kg.",
            "{value: 40, unit: mg/kg}",
            "valproate",
            "loading dose, status epilepticus",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phenytoin is given as a 20 mg/kg loading dose, followed by 5 mg/kg a day.", {}),
        ("Valproate: a loading dose of 40 mg/kg, then 10 mg/kg every 12 hours.", {}),
        (
            "Phenytoin: a loading dose of 20 mg/kg, then 7 mg/kg a day.",
            {"7 mg/kg a day": ("CC101", "pht-maintenance")},
        ),
        (
            "Valproate dosing: loading dose 10 mg/kg, then 40 mg/kg every 12 hours.",
            {"10 mg/kg": ("CC101", "vpa-loading"), "40 mg/kg": ("CC101", "vpa-maintenance")},
        ),
    ],
)
def test_after_the_loading_dose_is_the_maintenance_dose(lint_text, text, expected):
    assert {k: v for k, v in lint_text(text).items() if "hours" not in k} == expected
