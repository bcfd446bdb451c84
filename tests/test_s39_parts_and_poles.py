"""An amount per part of a course, and a kind said by its opposite modifier (session 39,
the breaker of session 38's rules).

``2.67 Gy per fraction`` lost its ``per fraction`` and was accused by the claim of the whole
course's 40 Gy; a table row ``High-activity`` under ``Activity (GBq)`` was judged against the
claim whose context declares ``low-activity``."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "prostate-rt-total",
            "Moderately hypofractionated prostate radiotherapy gives 60 Gy in 20 fractions.",
            "{value: 60, unit: Gy}",
            "prostate radiotherapy",
            "hypofractionated, 20 fractions",
        ),
        valued_claim(
            "infliximab-course",
            "An induction course of infliximab totals 15 mg/kg over six weeks.",
            "{value: 15, unit: mg/kg}",
            "infliximab",
            "induction course",
        ),
        valued_claim(
            "low-income-density",
            "Low-income countries have 0.3 doctors per 1,000 people on average.",
            '{value: 0.3, unit: "per 1,000"}',
            "doctors",
            "low-income countries",
        ),
        valued_claim(
            "short-course-tb",
            "The short-course regimen for drug-sensitive TB lasts 4 months.",
            "{value: 4, unit: month}",
            "TB treatment, tuberculosis treatment",
            "short-course regimen, drug-sensitive TB",
        ),
    )
)

lint_parts = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("- 3 Gy per fraction is used in hypofractionated prostate radiotherapy", "3 Gy"),
        ("Hypofractionated prostate radiotherapy gives 3 Gy a fraction.", "3 Gy"),
        ("Infliximab is given as 5 mg/kg per infusion in the induction course.", "5 mg/kg"),
    ],
)
def test_an_amount_per_part_is_no_figure_of_the_whole_course(lint_parts, text, figure):
    code, _claim = lint_parts(text)[figure]
    assert code == "CC102"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "| Country income | Doctors per 1,000 people |\n|---|---|\n"
            "| Low-income | 0.3 |\n| High-income | 3.1 |",
            "3.1",
        ),
        (
            "High-income countries have 3.1 doctors per 1,000 people.",
            "3.1 doctors per 1,000 people",
        ),
        ("The long-course regimen for drug-sensitive TB lasts 6 months.", "6 months"),
    ],
)
def test_the_opposite_kind_is_no_figure_of_the_claim(lint_parts, text, figure):
    code, _claim = lint_parts(text)[figure]
    assert code == "CC102"


@pytest.mark.parametrize(
    "text",
    [
        "Hypofractionated prostate radiotherapy gives 60 Gy in 20 fractions.",
        "Low-income countries have about 0.3 doctors per 1,000 people.",
        "The short-course regimen for drug-sensitive TB lasts 4 months.",
    ],
)
def test_the_claims_own_figures_still_pass(lint_parts, text):
    assert lint_parts(text) == {}
