"""A dose's mass spelled out before a slash and a kilogram (``150 micrograms/kg``, as the BNF
writes doses) is one figure in its compound unit, written with symbols (``µg/kg``), never a
mass cut at the slash."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("Give 300 micrograms/kg as a single dose.", [fig("300 micrograms/kg", 300, unit="µg/kg")]),
    (
        "The dose is 7.5 milligrams/kg twice a day.",
        [fig("7.5 milligrams/kg", 7.5, unit="mg/kg"), fig("twice a day", 2, unit="times/day")],
    ),
    (
        "Infuse 10 micrograms/kg/minute at first.",
        [fig("10 micrograms/kg/minute", 10, unit="µg/kg/min")],
    ),
    ("Babies get 1 gram/kilogram of protein.", [fig("1 gram/kilogram", 1, unit="g/kg")]),
    ("Heparin is 75 units/kg by injection.", [fig("75 units/kg", 75, unit="units/kg")]),
    ("A 500 milligrams tablet", [fig("500 milligrams", 500, unit="mg")]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("perkg"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_a_spelled_dose_per_kg_is_one_figure(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
