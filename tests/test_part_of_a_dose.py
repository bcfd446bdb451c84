"""A fraction in words of one thing a dose or recipe counts is an amount of it: ``half a
tablet``, ``a half tablet``, ``a quarter teaspoon``, ``a three-fourth cup``, ``two-thirds of
a cup``; ``a third dose`` (an ordinal) is no fraction."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, value, unit
PARTS = [
    ("Crush half a tablet into the yoghurt.", "half a tablet", 0.5, "tablet"),
    ("Give half a capsule to toddlers.", "half a capsule", 0.5, "capsule"),
    ("Stir in half a teaspoon of honey.", "half a teaspoon", 0.5, "teaspoon"),
    ("Swallow a half pill with water.", "a half pill", 0.5, "pill"),
    ("Add a quarter cup of lentils.", "a quarter cup", 0.25, "cup"),
    ("Mix a three-fourth cup of flour.", "a three-fourth cup", 0.75, "cup"),
    ("Use two-thirds cup of milk.", "two-thirds cup", 2 / 3, "cup"),
    ("Pour three-quarters of a glass of water.", "three-quarters of a glass", 0.75, "glass"),
    ("Take half a dose if you feel dizzy.", "half a dose", 0.5, "dose"),
]

# an ordinal before a noun of a dose or a day is no fraction
ORDINALS = ["Book a third dose in the spring.", "It was a fourth day of fever."]


@pytest.mark.parametrize("case", PARTS, ids=[c[0] for c in PARTS])
def test_part_of_one_thing_is_an_amount(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, value, unit = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = quantities
    assert figure["text"] == written == raw[figure["start"] : figure["end"]]
    assert figure["low"] == figure["high"] == pytest.approx(value)
    assert figure["unit"] == unit


@pytest.mark.parametrize("sentence", ORDINALS)
def test_ordinal_before_a_noun_is_no_fraction(tmp_path: Path, extract_json, sentence: str) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert quantities == []
