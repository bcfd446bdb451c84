"""Prices as medicine pages write them (session 47).

- "Alendronic acid costs the NHS about £20 a year": a payer named with a sum of a patient's
  size is what the payer pays for one patient, not a national total; "Hip fractures cost the
  NHS £1.1 billion a year" (a million or more) stays a total. The per-patient claim was ruled
  out for the first ("it is one unit's cost, the figure a total"), so a wrong price went
  unaccused.
- "A year of apixaban costs about $6,600": the period said before the thing priced is the
  price's period, compared with a claim of $550 a month as $6,600 a year."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "quinavir-cost-year",
            "Quinavir costs the Freedonian health service about 20 EUR per patient per year.",
            "{value: 20, unit: EUR/year}",
            "quinavir",
            "Freedonia, cost, per patient, per year",
        ),
        valued_claim(
            "marsh-fever-cost",
            "Marsh fever costs the Freedonian health service about 1.1 billion EUR a year.",
            "{value: 1100000000, unit: EUR/year}",
            "marsh fever",
            "Freedonia, cost",
        ),
        valued_claim(
            "zemocept-cost-month",
            "Zemocept costs about $550 a month without insurance.",
            "{value: 550, unit: USD/month}",
            "zemocept",
            "cost, per month",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quinavir costs the health system about 20 EUR a year.", {}),
        (
            "Quinavir costs the health system about 45 EUR a year.",
            {"about 45 EUR a year": ("CC101", "quinavir-cost-year")},
        ),
        ("Marsh fever costs the health system about 1.1 billion EUR a year.", {}),
        (
            "Marsh fever costs the health system about 2.4 billion EUR a year.",
            {"about 2.4 billion EUR a year": ("CC101", "marsh-fever-cost")},
        ),
        ("A year of zemocept costs about $6,600 without insurance.", {}),
        (
            "A year of zemocept costs about $9,000 without insurance.",
            {"about $9,000": ("CC101", "zemocept-cost-month")},
        ),
        ("A month's supply of zemocept costs $550 without insurance.", {}),
    ],
)
def test_payer_and_period(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A year of zemocept costs about $6,600.", "USD"),
        ("A month's supply of the pen is £45.", "GBP"),
        ("A week of treatment with it costs €90.", "EUR"),
        ("A year of it will set you back £690.", "GBP"),
        ("A day in intensive care costs £1,900.", "GBP"),
        ("A day in intensive care costs the NHS around £1,900.", "GBP"),
        # a year named as a time, not as what is priced
        ("In a year, the clinic charged $300.", "USD"),
    ],
)
def test_period_said_before_the_price(tmp_path, extract_json, text, unit):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["unit"] for q in quantities] == [unit]
