"""A bare number after ``and`` takes the unit of the figure before it (``4.1 mmol/L in May and
2.6 in June``), unless another measure is named right before it, as lab reports and entry
criteria write one: ``sodium 128 mmol/L and albumin 28`` gives albumin no mmol/L. A count's
noun is still shared by a parallel subject (``… cases …, and RSV 14,750``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Potassium was 5.8 mmol/L and creatinine 140.",
        [fig("5.8 mmol/L", 5.8, unit="mmol/L"), fig("140", 140)],
    ),
    (
        "Ferritin under 15 µg/L and TSAT <16 suggest low iron.",
        [
            fig("under 15 µg/L", None, 15, unit="µg/L", hi=False, comparator="under"),
            fig("<16", None, 16, hi=False, comparator="<"),
        ],
    ),
    (
        "Troponin stayed below 10 ng/L and eGFR above 60.",
        [
            fig("below 10 ng/L", None, 10, unit="ng/L", hi=False, comparator="below"),
            fig("above 60", 60, None, li=False, comparator="above"),
        ],
    ),
    (
        "Adults with LDL over 4.9 mmol/L and an HbA1c of 48 or more joined.",
        [
            fig("over 4.9 mmol/L", 4.9, None, unit="mmol/L", li=False, comparator="over"),
            fig("48 or more", 48, None, comparator="or more"),
        ],
    ),
    (
        "Glucose was 9.1 mmol/L on Monday and 6.4 on Friday.",
        [fig("9.1 mmol/L", 9.1, unit="mmol/L"), fig("6.4", 6.4, unit="mmol/L")],
    ),
    (
        "Weight fell by 3.1 kg with the drug and it was 0.4 with placebo.",
        [fig("3.1 kg", 3.1, unit="kg"), fig("0.4", 0.4, unit="kg")],
    ),
    (
        "Measles struck 3.1 per 100,000 children, and mumps in 1.2.",
        [
            fig("3.1 per 100,000 children", 3.1, per="100,000 children"),
            fig("1.2", 1.2, per="100,000 children"),
        ],
    ),
    (
        "Flu caused 8,200 admissions in winter, and RSV 5,100.",
        [fig("8,200 admissions", 8200, unit="admissions"), fig("5,100", 5100, unit="admissions")],
    ),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("measures"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_a_named_measure_keeps_its_number_bare(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
