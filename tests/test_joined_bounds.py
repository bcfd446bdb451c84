"""A floor and a ceiling joined by ``and``/``but`` are one interval (issue 11, ranges and
comparators; the form of Recognizers-Text's number-range bug reports): ``greater than 30 and
less than or equal to 40`` is (30, 40]. The other order names two disjoint ranges and stays
two figures (``lower than 70 and higher than 180``), and so do bounds in two units that are
no range (``more than 2 doses and less than 1 g``). A point, a dash and a signed ceiling
(``BMI 25–<30``) is the bracket up to, not including, the ceiling. Sentences of our own."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Scores greater than 30 and less than or equal to 40 mean moderate risk.",
        [fig("greater than 30 and less than or equal to 40", 30, 40, li=False, comparator=None)],
    ),
    (
        "Doses of more than 5 but less than 10 mg were used.",
        [fig("more than 5 but less than 10 mg", 5, 10, unit="mg", li=False, hi=False)],
    ),
    (
        "Keep the pens above 2 and below 8 °C.",
        [fig("above 2 and below 8 °C", 2, 8, unit="°C", li=False, hi=False)],
    ),
    (
        "Readings lower than 70 and higher than 180 mg/dL need action.",
        [
            fig("lower than 70", None, 70, unit="mg/dL", hi=False),
            fig("higher than 180 mg/dL", 180, None, unit="mg/dL", li=False),
        ],
    ),
    ("Overweight is a BMI 25–<30 in most charts.", [fig("25–<30", 25, 30, hi=False)]),
    ("Scores of 10-<20 are moderate.", [fig("10-<20", 10, 20, hi=False)]),
    ("Aim for 5 - ≤8 mmol/L before meals.", [fig("5 - ≤8 mmol/L", 5, 8, unit="mmol/L")]),
    (
        "Give more than 2 doses and less than 1 g.",
        [
            fig("more than 2 doses", 2, None, unit="doses", li=False),
            fig("less than 1 g", None, 1, unit="g", hi=False),
        ],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("joined"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_floor_and_ceiling_make_one_interval(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
