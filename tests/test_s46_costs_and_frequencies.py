"""Costs and frequencies as service pages write them (session 46).

- A price per person, then the period it covers (``£35,000 per patient per year``,
  ``$1,200 per person a month``): the price a year (a month), one figure with its period;
  the period was dropped, so a right yearly cost went unsupported and the registry's own
  statement failed ``registry check``.
- ``Each dialysis session costs the NHS £250``: one session's cost, though the sentence
  names who pays (which made it a total and ruled its own claim out).
- ``3 times a week`` counts the sessions (visits, doses) a claim counts per week.
- A price in pence is compared with a claim in pounds (``85p`` is £0.85)."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "rehab-sessions",
            "Cardiac rehabilitation in Freedonia is given as two sessions a week.",
            "{value: 2, unit: sessions/week}",
            "cardiac rehabilitation",
            "Freedonia, sessions",
        ),
        valued_claim(
            "rehab-session-cost",
            "One cardiac rehabilitation session costs the Freedonian health service 180 EUR.",
            "{value: 180, unit: EUR/session}",
            "cardiac rehabilitation",
            "Freedonia, cost, per session",
        ),
        valued_claim(
            "rehab-yearly-cost",
            "Cardiac rehabilitation costs the Freedonian health service 4,100 EUR per patient "
            "per year.",
            "{value: 4100, unit: EUR/year}",
            "cardiac rehabilitation",
            "Freedonia, cost, per year",
        ),
        valued_claim(
            "rehab-diary-price",
            "A printed cardiac rehabilitation diary costs £0.85 in Freedonian pharmacies.",
            "{value: 0.85, unit: GBP}",
            "cardiac rehabilitation diary",
            "Freedonia, price, pharmacies",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "unit", "surface"),
    [
        (
            "It costs about £35,000 per patient per year.",
            "GBP",
            "about £35,000 per patient per year",
        ),
        ("The drug costs $1,200 per person a month.", "USD", "$1,200 per person a month"),
        ("Care costs €900 per resident each week.", "EUR", "€900 per resident each week"),
        # a price per person alone keeps its person
        ("The course costs £400 per patient.", "GBP", "£400 per patient"),
    ],
)
def test_price_per_person_then_its_period(tmp_path, extract_json, text, unit, surface):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["unit"]) for q in quantities] == [(surface, unit)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, cardiac rehabilitation costs 4,100 EUR per patient per year.", {}),
        (
            "In Freedonia, cardiac rehabilitation costs 5,300 EUR per patient per year.",
            {"5,300 EUR per patient per year": ("CC101", "rehab-yearly-cost")},
        ),
        ("Each cardiac rehabilitation session costs the Freedonian health service 180 EUR.", {}),
        (
            "An outpatient cardiac rehabilitation session costs the Freedonian health service "
            "180 EUR.",
            {},
        ),
        (
            "A single cardiac rehabilitation session costs the Freedonian health service 240 EUR.",
            {"240 EUR": ("CC101", "rehab-session-cost")},
        ),
        (
            "Every cardiac rehabilitation session costs the Freedonian health service 4,100 EUR.",
            {"4,100 EUR": ("CC101", "rehab-session-cost")},
        ),
        ("In Freedonia, cardiac rehabilitation is usually given twice a week.", {}),
        ("In Freedonia, cardiac rehabilitation sessions are held 2 times a week.", {}),
        # pence against a claim in pounds: a hundred to the pound
        ("A printed cardiac rehabilitation diary costs 85p in Freedonian pharmacies.", {}),
        (
            "A printed cardiac rehabilitation diary costs 95p in Freedonian pharmacies.",
            {"95p": ("CC101", "rehab-diary-price")},
        ),
    ],
)
def test_costs_and_frequencies(lint_text, text, expected):
    assert lint_text(text) == expected
