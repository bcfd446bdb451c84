"""Bounds said with a direction: "beyond 61 years" and "north of $5,000" are more than the
figure, "south of 20%" and "just shy of 50%" less than it (README, "What counts":
comparators). Only before a figure in digits: "beyond one single therapy" says no count."""

from __future__ import annotations

import pytest

from claimcheck.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("People born now are predicted to live beyond 61 years.", 61.0, None),
        ("Survival well beyond 80% is now usual.", 80.0, None),
        ("A course of treatment costs north of $5,000.", 5000.0, None),
        ("Uptake was just shy of 50% last year.", None, 50.0),
        ("Response rates south of 20% were reported.", None, 20.0),
    ],
)
def test_a_directional_word_bounds_the_figure(text, low, high):
    (figure,) = find_quantities(text)
    assert (figure.low, figure.high) == (low, high)
    assert figure.low_inclusive is False or low is None
    assert figure.high_inclusive is False or high is None


@pytest.mark.parametrize(
    "text",
    [
        "Care is expanding beyond one single therapy.",
        "Their interest goes beyond a single clinic.",
    ],
)
def test_no_bound_of_a_word_number(text):
    assert find_quantities(text) == []
