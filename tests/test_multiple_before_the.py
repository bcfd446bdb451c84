"""A multiple said in words before ``the`` and a measure of how often or how many (``twice
the risk``, ``double the odds``, ``half the rate``) is a relative effect, read as ``three
times the risk`` is; before another noun (``double the dose``) it is no figure."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("Heavy drinkers had twice the risk of liver cancer.", [fig("twice", 2.0, unit="fold")]),
    ("Night workers face double the odds of a fall.", [fig("double", 2.0, unit="fold")]),
    ("The new jab gave half the rate of fever.", [fig("half", 0.5, unit="fold")]),
    ("Diabetes brings triple the chance of amputation.", [fig("triple", 3.0, unit="fold")]),
    ("Smokers carry treble the likelihood of gum disease.", [fig("treble", 3.0, unit="fold")]),
    ("Rural areas saw twice the number of admissions.", [fig("twice", 2.0, unit="fold")]),
    ("Do not take double the dose to catch up.", []),
    ("Never give twice the amount on the label.", []),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("multiples"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_multiple_before_the_risk_is_a_relative_effect(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
