"""Fractions in words as amounts: a fraction of one unit (``a quarter of an hour``,
``three-quarters of a mile``), a whole number and any part of one (``one and three-quarter
hours``, ``two and two-thirds``), and the finer fractions (``one twentieth of cases``, ``a
hundredth of the dose``). ``the twentieth century`` is an ordinal and no figure."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Rest for a quarter of an hour after the jab.",
        [fig("a quarter of an hour", 0.25, unit="hour")],
    ),
    ("The walk to the ward is a third of a mile.", [fig("a third of a mile", 1 / 3, unit="mile")]),
    (
        "Leave the dressing on for three-quarters of an hour.",
        [fig("three-quarters of an hour", 0.75, unit="hour")],
    ),
    (
        "The clinic visit took one and three-quarter hours.",
        [fig("one and three-quarter hours", 1.75, unit="hour")],
    ),
    (
        "Recovery took two and two-thirds weeks.",
        [fig("two and two-thirds weeks", 8 / 3, unit="week")],
    ),
    ("Only one twentieth of cases are inherited.", [fig("one twentieth", 0.05, unit="proportion")]),
    ("A hundredth of the dose can cause harm.", [fig("A hundredth", 0.01, unit="proportion")]),
    ("One twelfth of the budget went on drugs.", [fig("One twelfth", 1 / 12, unit="proportion")]),
    ("The twentieth century brought antibiotics.", []),
    ("A quarter of adults smoke.", [fig("A quarter", 0.25, unit="proportion")]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("fractions"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fraction_words_as_amounts(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
