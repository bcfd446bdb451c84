"""``a``/``an`` with a bound and a unit of time, said as the length of a survival, stay or
wait (session 41): "median survival … was more than a year" is one year at least."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Median overall survival on drug Y in the RIVER trial was more than a year.",
            [("more than a year", 1.0, None, "year")],
        ),
        (
            "A hospital stay of under a week is usual after the operation.",
            [("under a week", None, 1.0, "week")],
        ),
        (
            "The median wait for a first appointment was just over a month.",
            [("just over a month", 1.0, None, "month")],
        ),
        # a bare "a year" or one after a preposition of place in time stays words
        ("The cream is used over a year by most patients.", []),
        ("Survival rates improve every year.", []),
    ],
)
def test_a_bounded_an_time_said_of_a_survival_or_stay(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities] == expected
