"""Parts per million and per billion, as drinking-water limits are written: ``ppb`` is a
thousandth of ``ppm`` (it was read as ppm, a figure a thousand times too large), the words
``parts per million``/``parts per billion`` are those units, and in water 1 ppm is 1 mg/L
and 1 ppb is 1 µg/L (a litre of water weighs a kilogram), so a limit said in one is
compared with a claim stated in the other."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "figure", "low", "high", "unit"),
    [
        ("Arsenic in tap water should stay below 10 ppb.", "below 10 ppb", None, 10.0, "ppb"),
        ("The nitrate limit is 50 ppm.", "50 ppm", 50.0, 50.0, "ppm"),
        ("Wells held up to 15 parts per billion of lead.", "up to 15 parts per billion",
         None, 15.0, "ppb"),
        ("Fluoride is added at 0.7 parts per million.", "0.7 parts per million",
         0.7, 0.7, "ppm"),
    ],
)  # fmt: skip
def test_parts_per_are_their_own_units(text, figure, low, high, unit):
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.low, quantity.high, quantity.unit) == (
        figure,
        low,
        high,
        unit,
    )
    assert text[quantity.start : quantity.end] == quantity.text


REGISTRY = """\
- id: nitrate-limit
  statement: The WHO guideline value for nitrate in drinking water is 50 mg/L.
  subject: [nitrate]
  context: [drinking water, guideline value]
  value: {value: 50, unit: mg/L}
  sources: [{citation: "WHO Guidelines for drinking-water quality, 4th ed.", quote: "50 mg/L"}]
  status: approved
  review_by: 2030-01-01
- id: arsenic-limit
  statement: The WHO guideline value for arsenic in drinking water is 10 µg/L.
  subject: [arsenic]
  context: [drinking water, guideline value]
  value: {value: 10, unit: µg/L}
  sources: [{citation: "WHO Guidelines for drinking-water quality, 4th ed.", quote: "10 μg/l"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WHO's guideline value for nitrate in drinking water is 50 ppm.", {}),
        ("WHO's guideline value for arsenic in drinking water is 10 ppb.", {}),
        ("WHO's guideline value for arsenic in drinking water is 0.01 ppm.", {}),
        (
            "WHO's guideline value for arsenic in drinking water is 10 ppm.",
            {"10 ppm": ("CC101", "arsenic-limit")},
        ),
        (
            "WHO's guideline value for nitrate in drinking water is 50 parts per billion.",
            {"50 parts per billion": ("CC101", "nitrate-limit")},
        ),
    ],
)
def test_parts_per_compare_with_concentrations_in_water(lint_text, text, expected):
    assert lint_text(text) == expected
