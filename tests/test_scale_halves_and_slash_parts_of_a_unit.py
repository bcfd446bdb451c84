"""Numbers said in other orders (issue 11, round ext25): a part after a scale word is a part
of the scale (``a million and a half`` is 1.5 million); a slash fraction ``of a`` thing a
part measures is an amount of it (``3/4 of a cup``), while ``3/4 of patients`` stays a
share; a size's sides may be mixed numbers (``4 3/4 x 2 1/4 inches``), and a whole may be
hyphened to its fraction (``1-1/2 cups``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

SCALE_PARTS = [
    (
        "A million and a half leaflets were posted.",
        [fig("A million and a half leaflets", 1.5e6, unit="leaflets", kind="count")],
    ),
    (
        "A billion and a half vaccine doses went abroad.",
        [fig("A billion and a half vaccine doses", 1.5e9, unit="vaccine doses", kind="count")],
    ),
    (
        "A million and a quarter calls reached the line.",
        [fig("A million and a quarter calls", 1.25e6, unit="calls", kind="count")],
    ),
    (
        "Three million and a half children were weighed.",
        [fig("Three million and a half children", 3.5e6, unit="children", kind="count")],
    ),
    (
        "The trust spent 4 million and a half euros.",
        [fig("4 million and a half euros", 4.5e6, unit="EUR", kind="money")],
    ),
    (
        "Recovery took seven and a half weeks.",
        [fig("seven and a half weeks", 7.5, unit="week", kind="duration")],
    ),
]

SLASH_PARTS = [
    ("Stir in 3/4 of a cup of oats.", [fig("3/4 of a cup", 0.75, unit="cup", kind="count")]),
    (
        "Crush 1/2 of a tablet into jam.",
        [fig("1/2 of a tablet", 0.5, unit="tablet", kind="count")],
    ),
    (
        "Dissolve 1/4 of a teaspoon of sugar.",
        [fig("1/4 of a teaspoon", 0.25, unit="teaspoon", kind="count")],
    ),
    (
        "Rest for 1/4 of an hour after eating.",
        [fig("1/4 of an hour", 0.25, unit="hour", kind="duration")],
    ),
    ("Pour ¾ of a glass of milk.", [fig("¾ of a glass", 0.75, unit="glass", kind="count")]),
    # a share of people stays a proportion
    (
        "Roughly 3/4 of carers felt tired.",
        [fig("Roughly 3/4", 0.75, unit="proportion", kind="proportion", approx=True)],
    ),
]

MIXED_SIDES = [
    (
        "The pillow is 18 1/4 x 12 1/4 inches.",
        [
            fig("18 1/4", 18.25, unit="inch", kind="measure"),
            fig("12 1/4 inches", 12.25, unit="inch", kind="measure"),
        ],
    ),
    (
        "Each gauze is 4 3/4 x 2 1/4 inches.",
        [
            fig("4 3/4", 4.75, unit="inch", kind="measure"),
            fig("2 1/4 inches", 2.25, unit="inch", kind="measure"),
        ],
    ),
    (
        "The label is 10 x 6 1/2 cm.",
        [
            fig("10", 10.0, unit="cm", kind="measure"),
            fig("6 1/2 cm", 6.5, unit="cm", kind="measure"),
        ],
    ),
    (
        "Simmer in 1-1/2 cups of stock.",
        [fig("1-1/2 cups", 1.5, unit="cups", kind="count")],
    ),
    (
        "Add 2-1/4 teaspoons of honey.",
        [fig("2-1/4 teaspoons", 2.25, unit="teaspoons", kind="count")],
    ),
    ("The scar was 3-3/4 inches long.", [fig("3-3/4 inches", 3.75, unit="inch", kind="measure")]),
]

CASES = SCALE_PARTS + SLASH_PARTS + MIXED_SIDES


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("parts"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_scale_halves_and_slash_parts(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
