"""A sound level in decibels (``53 dB``, ``55 dB(A)``, ``45dBA``, ``40 decibels``) is a unit
of its own: it was read as a bare number, and a bare number may stand for any counted
noun, so a noise limit was accused against a claim in healthy life years."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Night noise above 53 dB harms sleep.", "above 53 dB", 53.0, None),
        ("The daytime limit is 55 dB(A).", "55 dB(A)", 55.0, 55.0),
        ("A quiet library is about 40 decibels.", "about 40 decibels", 40.0, 40.0),
        ("Keep bedrooms under 30 dBA at night.", "under 30 dBA", None, 30.0),
    ],
)
def test_decibels_are_a_unit(text, figure, low, high):
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.low, quantity.high, quantity.unit) == (figure, low, high, "dB")


REGISTRY = """\
- id: road-noise-healthy-life-years
  statement: Road traffic noise costs Europeans 1.6 million healthy life years every year.
  subject: [road traffic noise, environmental noise]
  context: [Europe, healthy life years]
  value: {value: 1600000, unit: healthy life years/year}
  sources: [{citation: "WHO Europe 2011", quote: "1.6 million healthy life years"}]
  status: approved
  review_by: 2030-01-01
- id: night-noise-guideline
  statement: WHO recommends keeping road traffic noise at night below 45 dB.
  subject: [road traffic noise]
  context: [night, guideline]
  value: {high: 45, high_inclusive: false, unit: dB}
  sources: [{citation: "WHO Environmental Noise Guidelines 2018", quote: "below 45 dB Lnight"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Europe, road traffic noise above 53 dB is common near main roads.",
            {"above 53 dB": ("CC102", None)},
        ),
        ("WHO recommends keeping road traffic noise at night below 45 dB.", {}),
        (
            "WHO recommends keeping road traffic noise at night below 55 dB.",
            {"below 55 dB": ("CC101", "night-noise-guideline")},
        ),
    ],
)
def test_a_sound_level_meets_only_claims_in_decibels(lint_text, text, expected):
    assert lint_text(text) == expected
