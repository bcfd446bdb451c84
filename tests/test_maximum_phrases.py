"""A maximum said in words bounds its figure from above, even with the dose's words between
("the maximum daily dose of ibuprofen in children is 40 mg/kg/day", "the daily maximum is 75
mg/kg"), so a registry may state an upper bound that way and a page's higher limit is a
conflict (issue 12, held-out paediatrics set). A "Max" after one figure and before the next
is the next one's ("5ml Max 4 times in 24 hours")."""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities.finder import find_quantities


@pytest.mark.parametrize(
    ("text", "surface", "high"),
    [
        (
            "The maximum daily dose of ibuprofen in children is 40 mg/kg/day.",
            "maximum daily dose of ibuprofen in children is 40 mg/kg/day",
            40.0,
        ),
        (
            "The maximum recommended daily dose for an adult is 4 g.",
            "maximum recommended daily dose for an adult is 4 g",
            4.0,
        ),
        ("The daily maximum is 75 mg/kg.", "daily maximum is 75 mg/kg", 75.0),
        (
            "The maximum dose for adults was 8 tablets.",
            "maximum dose for adults was 8 tablets",
            8.0,
        ),
        ("Take up to a maximum daily dose of 3 g.", "maximum daily dose of 3 g", 3.0),
    ],
)
def test_a_maximum_in_words_is_an_upper_bound(text, surface, high):
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.low, quantity.high) == (surface, None, high)
    assert text[quantity.start : quantity.end] == surface


def test_a_max_between_two_figures_is_the_second_ones():
    found = [
        (q.text, q.low, q.high)
        for q in find_quantities("Age 6 to 23 months: 5ml Max 4 times in 24 hours.")
    ]
    assert ("5ml", 5.0, 5.0) in found
    assert ("Max 4 times", None, 4.0) in found


def test_a_maximum_that_is_a_statistic_is_no_bound():
    found = [(q.low, q.high) for q in find_quantities("The maximum was 12 but the mean was 5.")]
    assert found == [(12.0, 12.0), (5.0, 5.0)]
