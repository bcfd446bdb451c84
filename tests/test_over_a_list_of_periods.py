"""``over`` before a list of periods that ends in a unit of time (``spread the cost over 12,
24 or 36 months``, ``over 6, 12 and 24 months``) is periods to choose or measure at, never
"more than" the first, and never an age group after a share (``5% over 6, …``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Pay for the implant over 6, 12 or 24 months.",
        [
            fig("6", 6.0, unit="month"),
            fig("12", 12.0, unit="month"),
            fig("24 months", 24.0, unit="month"),
        ],
    ),
    (
        "Weight fell 5% over 3, 6 and 12 months.",
        [
            fig("5%", 5.0, unit="percent"),
            fig("3", 3.0, unit="month"),
            fig("6", 6.0, unit="month"),
            fig("12 months", 12.0, unit="month"),
        ],
    ),
    (
        "Spread the fee over 10, 20 or 30 weeks.",
        [
            fig("10", 10.0, unit="week"),
            fig("20", 20.0, unit="week"),
            fig("30 weeks", 30.0, unit="week"),
        ],
    ),
    ("The charity has run for over 3, maybe 4 years.", None),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("over_list"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), [c for c in CASES if c[1] is not None])
def test_over_a_list_of_periods_is_periods(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)


def test_over_before_one_number_and_no_list_stays_a_comparator(readings) -> None:
    text = "The charity has run for over 3, maybe 4 years."
    assert readings[text][0][1]["low"] == 3.0 and readings[text][0][1]["high"] is None
