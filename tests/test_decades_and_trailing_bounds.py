"""Decades are said in years, as registry claims are (``three decades`` 30 years); a score or
acuity reached ``or better`` is at least that value, also after a bracketed restatement
(``0.8 (20/25) or better``); ``above the age of about 60`` is a lower bound, still hedged;
``est.`` before a figure is an estimate."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Death rates have halved in three decades.",
        [fig("halved", 0.5, unit="proportion", approx=True), fig("three decades", 30, unit="year")],
    ),
    (
        "The implant should last at least two decades.",
        [fig("at least two decades", 20, None, unit="year", comparator="at least")],
    ),
    (
        "Most eyes reached an acuity of 0.8 (20/25) or better.",
        [fig("0.8", 0.8, None, comparator="or better")],
    ),
    (
        "A score of 24 or better on the test is normal.",
        [fig("24 or better", 24, None, comparator="or better")],
    ),
    (
        "Above the age of about 60, screening stops.",
        [fig("Above the age of about 60", 60, None, approx=True, li=False)],
    ),
    (
        "The clinic spent est. £40,000 on new scanners.",
        [fig("est. £40,000", 40000, unit="GBP", approx=True)],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bounds"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_decade_and_bound_readings(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
