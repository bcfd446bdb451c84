"""Spellings of units and bounds from lab and label pages: ``ug`` after a number is µg (ASCII
for micrograms: ``50 ug``, ``15 ug/L``), ``>/=`` and ``</=`` are at least and at most, and
``per-cent`` with a hyphen is percent; ``cca.`` (Central European for circa) hedges a
figure as ``ca.`` does."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    ("Levothyroxine 50 ug each morning.", [fig("50 ug", 50, unit="µg")]),
    (
        "Ferritin under 15 ug/L suggests low iron.",
        [fig("under 15 ug/L", None, 15, unit="µg/L", comparator="under", hi=False)],
    ),
    (
        "Glucose >/= 7.0 mmol/L fasting is diabetes.",
        [fig(">/= 7.0 mmol/L", 7.0, None, unit="mmol/L", comparator=">/=")],
    ),
    (
        "Stop metformin if eGFR </= 30 mL/min.",
        [fig("</= 30 mL/min", None, 30, unit="mL/min", comparator="</=")],
    ),
    ("A 5 per-cent drop in weight helps.", [fig("5 per-cent", 5, unit="percent")]),
    ("Only 12 per-cent of adults eat enough fibre.", [fig("12 per-cent", 12, unit="percent")]),
    (
        "The ward sees cca. 200 patients a week.",
        [fig("cca. 200 patients a week", 200, unit="patients/week", approx=True, per="week")],
    ),
    ("Some cca 40% of adults snore.", [fig("cca 40%", 40, unit="percent", approx=True)]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("spellings"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:32] for t, _ in CASES])
def test_spellings(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
