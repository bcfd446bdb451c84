"""A price restated in brackets before its period (``£1,200 ($1,500) a month``): the period
is both amounts', as it is for a dose (``400 µg (0.4 mg) a day``)."""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Care costs £1,200 ($1,500) a month.", ["GBP/month", "USD/month"]),
        ("The drug costs €9,800 (£8,400) per year.", ["EUR/year", "GBP/year"]),
        ("Rent is £650 (about €760) a week here.", ["GBP/week", "EUR/week"]),
        ("It costs £1,200 (about $1,500).", ["GBP", "USD"]),
        ("A scan cost £150 ($190) a year ago.", ["GBP", "USD"]),  # when, not per what
    ],
)
def test_a_period_after_a_bracketed_restatement_is_both_amounts(text, units):
    read = find_quantities(text)
    assert [q.unit for q in read] == units
    assert all(text[q.start : q.end] == q.text for q in read)
