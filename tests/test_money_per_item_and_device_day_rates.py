"""A registry claim may state a sum of money per item (health spending per person, a charge
per visit, a price per cycle) and a rate per device-days (infection surveillance's CLABSI per
1,000 catheter-days), as their sources do (break31's spending page, the infprev set's writer
who had to leave five such claims out)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture
from verdict_helpers import valued_claim as _valued

from claimcheck.registry.units import normalise_unit

REGISTRY = _valued(
    "uk-health-spend-per-person-2018",
    "UK health spending was £3,227 per person in 2018.",
    "{value: 3227, unit: GBP per capita}",
    "health spending",
    "UK, per person",
) + _valued(
    "icu-clabsi-rate",
    "The ICU's CLABSI rate was 2.7 per 1,000 catheter-days.",
    "{value: 2.7, unit: 'per 1,000 catheter-days'}",
    "CLABSI, central line-associated bloodstream infection",
    "ICU",
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("GBP/person", "GBP/person"),
        ("USD per visit", "USD/visit"),
        ("EUR/cycles", "EUR/cycle"),
        ("GBP per capita", "GBP/person"),
        ("AUD per patients", "AUD/patient"),
        ("per 1,000 catheter-days", "per 1,000"),
        ("per 10,000 patient-days", "per 10,000"),
        ("deaths/patient", None),
        ("GBP/thing", None),
    ],
)
def test_money_per_item_and_device_day_rates_are_registry_units(written, unit):
    assert normalise_unit(written) == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UK health spending was £3,227 per person in 2018.", {}),
        (
            "UK health spending was £3,900 per person in 2018.",
            {"£3,900 per person": ("CC101", "uk-health-spend-per-person-2018")},
        ),
        ("In the ICU, the CLABSI rate was 2.7 per 1,000 catheter-days.", {}),
        (
            "In the ICU, the CLABSI rate was 3.4 per 1,000 catheter-days.",
            {"3.4 per 1,000 catheter-days": ("CC101", "icu-clabsi-rate")},
        ),
    ],
)
def test_figures_per_item_and_per_device_days_meet_their_claims(lint_text, text, expected):
    assert lint_text(text) == expected
