"""``three of the four trials``, ``2 of the 5 sites``: a part ``of the`` whole, written alike
(both in words or both in digits), is a proportion; written unalike (``six of the 40
patients``) or before no number (``two of the largest trials``) it is not."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Three of the four trials found a benefit.",
        [fig("Three of the four", 0.75, unit="proportion")],
    ),
    ("Two of the five reviews were negative.", [fig("Two of the five", 0.4, unit="proportion")]),
    ("In 3 of the 12 wards, hand hygiene slipped.", [fig("3 of the 12", 0.25, unit="proportion")]),
    ("Nine of the ten biggest hospitals use it.", [fig("Nine of the ten", 0.9, unit="proportion")]),
    (
        "Two of the largest trials were stopped early.",
        [fig("Two of the largest trials", 2.0, unit="largest trials")],
    ),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("of_the"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_part_of_the_whole_is_a_proportion(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
