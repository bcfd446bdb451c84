"""A zero count said as "no", and "-free" / "free of" said as "without" (session 39, the
breaker of session 38's rules).

``60% had zero migraine days`` was read as two figures, and the zero was flagged as
unsupported; ``were seizure-free`` did not say "without seizures", so the right figure was
flagged against the claim whose context says ``no seizures``; a column headed ``Zero
seizures`` or ``the zero-seizure rate`` lent its figure no "without", so a swapped figure
passed against the sibling claim; a row headed ``Result`` was taken for a part of the
table's whole that no claim names."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import approved_claim, figure_verdicts_fixture

SEIZURE_REGISTRY = "".join(
    (
        approved_claim(
            "velo-seizure-free",
            "In the KESTREL trial, 31% of patients given velotrigine had no seizures in 12 weeks.",
            31,
            "velotrigine, KESTREL",
            "no seizures, seizure-free, epilepsy",
        ),
        approved_claim(
            "velo-frequency-cut",
            "In KESTREL, velotrigine cut monthly seizure frequency by 62% against placebo.",
            62,
            "velotrigine, KESTREL",
            "seizure frequency, fewer seizures, epilepsy",
        ),
    )
)

lint_seizures = figure_verdicts_fixture(SEIZURE_REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "In KESTREL, 31% of patients on velotrigine were seizure-free.",
        "In KESTREL, 31% of patients on velotrigine had zero seizures over 12 weeks.",
        "In KESTREL, 31% of patients on velotrigine had 0 seizures.",
        "In KESTREL, 31% of patients on velotrigine stayed free of seizures.",
        "In KESTREL, velotrigine left 31% of patients free from seizures for 12 weeks.",
        "In KESTREL, velotrigine cut seizure frequency by 62%, though few patients reached zero.",
    ],
)
def test_free_of_and_zero_say_without(lint_seizures, text):
    assert lint_seizures(text) == {}


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # swapped figures, told apart by the zero or the -free alone
        ("In KESTREL, the zero-seizure rate on velotrigine was 62%.", "62%", "velo-seizure-free"),
        (
            "| Velotrigine in KESTREL | Zero seizures | Cut in seizure frequency |\n"
            "|---|---|---|\n| Result | 62% | 31% |",
            "62%",
            "velo-seizure-free",
        ),
        (
            "| KESTREL outcome (velotrigine) | Share |\n|---|---|\n"
            "| Zero seizures | 62% |\n| Fall in monthly seizure frequency | 31% |",
            "62%",
            "velo-seizure-free",
        ),
        ("In KESTREL, 62% of those on velotrigine were seizure-free.", "62%", "velo-seizure-free"),
    ],
)
def test_a_swapped_figure_is_caught_by_its_zero_or_free(lint_seizures, text, figure, claim):
    assert lint_seizures(text)[figure] == ("CC101", claim)


def _figures(tmp_path, extract_json, text: str) -> list:
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [q["text"] for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almost 40% of children had zero wheezing episodes.", ["Almost 40%"]),
        ("ZERO RELAPSES: 18% of patients at two years.", ["18%", "two years"]),
        ("About 25% reported 0 hospital admissions.", ["About 25%"]),
        ("The clinic brought waiting times close to zero.", []),
        ("Nearly zero patients stopped treatment.", []),
        # a zero with a unit, or alone in a table cell, is a figure
        ("Uptake was 0% in the first month.", ["0%"]),
        ("The scheme costs £0 for children.", ["£0"]),
        ("| Deaths | 0 |\n|---|---|", ["0"]),
    ],
)
def test_a_zero_count_is_no_figure(tmp_path, extract_json, text, expected):
    assert _figures(tmp_path, extract_json, text) == expected


COST_REGISTRY = approved_claim(
    "knee-dvt-aspirin",
    "After knee replacement, 2.1% of patients given aspirin prophylaxis develop deep vein"
    " thrombosis.",
    2.1,
    "deep vein thrombosis, DVT",
    "knee replacement, prophylaxis",
    group="[aspirin]",
)
lint_dvt = figure_verdicts_fixture(COST_REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Under a no-cost scheme, knee replacement patients given aspirin prophylaxis had a 2.1%"
        " rate of DVT.",
        "In a zero-cost pilot, knee replacement patients on aspirin prophylaxis had a 2.1% DVT"
        " rate.",
        "With fee-free aspirin prophylaxis, knee replacement patients had a 2.1% rate of DVT.",
    ],
)
def test_a_cost_said_absent_makes_no_figure_a_cost(lint_dvt, text):
    assert lint_dvt(text) == {}
