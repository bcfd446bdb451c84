"""A blood test in molar units against a claim in mass units, or the other way round, through
the molar mass of what the claim measures (session 47): glucose (``5.1 mmol/L`` is 92 mg/dL),
vitamin D (``10 ng/mL`` is 25 nmol/L). These never converted, so a right UK figure against a
US source went unsupported and a wrong one unaccused. A claim that names no analyte of the
pair still never converts."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

from claimcheck.verify.analytes import molar_factor

REGISTRY = "".join(
    (
        valued_claim(
            "marsh-diabetes-threshold",
            "Marsh diabetes is diagnosed when fasting plasma glucose is 92 mg/dL or higher.",
            "{low: 92, unit: mg/dL}",
            "marsh diabetes",
            "fasting plasma glucose, diagnosis",
        ),
        valued_claim(
            "sun-deficiency",
            "Sun deficiency is a serum 25-hydroxyvitamin D level below 25 nmol/L.",
            "{high: 25, unit: nmol/L}",
            "sun deficiency",
            "vitamin D, serum level, threshold",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marsh diabetes is diagnosed when fasting plasma glucose is 5.1 mmol/L or higher.", {}),
        (
            "Marsh diabetes is diagnosed when fasting plasma glucose is 7.0 mmol/L or higher.",
            {"7.0 mmol/L or higher": ("CC101", "marsh-diabetes-threshold")},
        ),
        ("Sun deficiency means a serum vitamin D level below 10 ng/mL.", {}),
        (
            "Sun deficiency means a serum vitamin D level below 20 ng/mL.",
            {"below 20 ng/mL": ("CC101", "sun-deficiency")},
        ),
    ],
)
def test_molar_and_mass_units(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("units", "text", "factor"),
    [
        (("mmol/L", "mg/dL"), "fasting plasma glucose", 18.016),
        (("mg/dL", "mmol/L"), "LDL cholesterol", 1 / 38.67),
        (("mmol/L", "mg/dL"), "serum sodium", None),  # no analyte of the pair named
        (("mmol/L", "mg/dL"), "glucose and cholesterol", None),  # two: which one?
        (("mmol/L", "ng/mL"), "glucose", None),  # no such pair
    ],
)
def test_molar_factor(units, text, factor):
    assert molar_factor(*units, text) == factor
