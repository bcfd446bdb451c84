"""Ages as case notes write them: glued to the number before the person (``an 18y man``, ``her
6mo son``, ``a 3wk baby``) and British ``N/12 old``/``N/7 old`` (a 3-month-old, a 10-day-old);
``N/52 pregnant`` is weeks of a pregnancy. A glued ``y`` with no person after stays no age."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("A 67y woman had a fall at home.", [fig("67y", 67, unit="year-old")]),
    ("His 9mo daughter was wheezing.", [fig("9mo", 9, unit="month-old")]),
    ("A 4wk baby was brought in with a cough.", [fig("4wk", 4, unit="week-old")]),
    ("An 80yr gentleman was seen in clinic.", [fig("80yr", 80, unit="year-old")]),
    ("A 5/12 old infant had a rash.", [fig("5/12", 5, unit="month-old")]),
    ("A 10/7 old neonate was jaundiced.", [fig("10/7", 10, unit="day-old")]),
    ("She is 14/52 pregnant with twins.", [fig("14/52", 14, unit="week")]),
    ("Mark 6/12 on the eye chart.", [fig("6/12", 6)]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ages"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_clinical_age_shorthand(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
