"""A rate per one person-year can be registered and checked (session 43): a claim's unit
``episodes per person-year`` (or ``episodes/person-year``) is a rate per one person-year, and
a draft's ``1.4 episodes of cystitis per person-year`` keeps its person-time though words of
what is counted stand between, as ``12 cases of TB per 100,000`` always did."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

from claimcheck.nlp.quantities import find_quantities
from claimcheck.registry.units import normalise_unit, rate_denominator

RATES = valued_claim(
    "cystitis-episodes-prophylaxis",
    "In the trial, women taking the prophylaxis had 1.40 episodes of cystitis per person-year.",
    "{value: 1.40, unit: episodes per person-year}",
    "cystitis",
    "prophylaxis, recurrence",
)
lint_rates = figure_verdicts_fixture(RATES)


@pytest.mark.parametrize(
    ("unit", "canonical", "per"),
    [
        ("episodes per person-year", "episodes per 1", 1.0),
        ("episodes/person-year", "episodes per 1", 1.0),
        ("events per 100 person-years", "events per 100", 100.0),
    ],
)
def test_person_time_units(unit, canonical, per):
    assert (normalise_unit(unit), rate_denominator(unit)) == (canonical, per)


def test_counted_words_before_person_time():
    (found,) = find_quantities("Women had 1.4 episodes of cystitis per person-year.")
    assert (found.text, found.unit) == (
        "1.4 episodes of cystitis per person-year",
        "episodes/person-year",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the trial, women taking the prophylaxis had 1.40 episodes of cystitis per"
            " person-year.",
            {},
        ),
        (
            "In the trial, women taking the prophylaxis had 2.1 episodes of cystitis per"
            " person-year.",
            {
                "2.1 episodes of cystitis per person-year": (
                    "CC101",
                    "cystitis-episodes-prophylaxis",
                )
            },
        ),
        ("Women taking the prophylaxis had 140 episodes of cystitis per 100 person-years.", {}),
    ],
)
def test_rate_per_person_year_judged(lint_rates, text, expected):
    assert lint_rates(text) == expected
