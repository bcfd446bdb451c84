"""Issue 11, the kinds round bug22 found (ext31): each kind read as a whole, with examples of
our own wording; every figure is checked at its offset (``text == file[start:end]``).

1. An energy in kilojoules and kilocalories with comma-grouped amounts (``1,046 kJ/250 kcal``)
   is the same pair as ``1046kJ/250kcal``: two figures, each in its unit.
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

KINDS = {
    "energy pair with thousands commas": [
        (
            "A slice gives 1,046 kJ/250 kcal of energy.",
            [fig("1,046 kJ", 1046.0, unit="kJ"), fig("250 kcal", 250.0, unit="kcal")],
        ),
        (
            "Each tub holds 1,380kJ/330kcal.",
            [fig("1,380kJ", 1380.0, unit="kJ"), fig("330kcal", 330.0, unit="kcal")],
        ),
        (
            "The panel lists 2,510 kJ / 600 kcal per pack.",
            [fig("2,510 kJ", 2510.0, unit="kJ"), fig("600 kcal", 600.0, unit="kcal")],
        ),
        (
            "Aim for 2,500 kcal/10,500 kJ on training days.",
            [fig("2,500 kcal", 2500.0, unit="kcal"), fig("10,500 kJ", 10500.0, unit="kJ")],
        ),
        (
            "A man needs about 10,460 kJ/2,500 kcal.",
            [fig("10,460 kJ", 10460.0, unit="kJ"), fig("2,500 kcal", 2500.0, unit="kcal")],
        ),
        (
            "The sachet comes as 1,000 mg/2,000 mg of the powder.",
            [fig("1,000 mg", 1000.0, unit="mg"), fig("2,000 mg", 2000.0, unit="mg")],
        ),
    ],
}
CASES = cases_by_kind(KINDS)


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bug22"), [text for _, text, _ in CASES])


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_each_kind_is_read_as_a_whole(readings, kind, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
