"""A starting dose or time (``start at 2.5 mg``, ``starting from 5 mg``, ``treatment starts at
12 weeks``) is the amount one starts on, a point; only a price after ``start at``/``starting
from`` is a floor (``prices start at $99``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Start at 2.5 mg and raise the dose after 4 weeks.",
        [fig("2.5 mg", 2.5, unit="mg"), fig("4 weeks", 4.0, unit="week")],
    ),
    ("Starting from 5 mL, increase slowly.", [fig("5 mL", 5.0, unit="mL")]),
    ("Screening begins at 25 years in most areas.", [fig("25 years", 25.0, unit="year")]),
    ("Plans start at £19 a month.", [fig("start at £19 a month", 19.0, None, unit="GBP")]),
    ("Whitening starts from $149.", [fig("starts from $149", 149.0, None, unit="USD")]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("starting"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_starting_dose_is_a_point_and_a_starting_price_a_floor(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
