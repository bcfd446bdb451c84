"""A lab's reference range in brackets after a result is the same measure in the result's unit
(``4.1 mmol/L (ref 3.5-5.0)``): it takes that unit. After a share, ``RR`` is a relative risk
and stays a statistic; a bracket with no word of reference stays the figure's interval."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Serum calcium was 2.61 mmol/L (ref 2.20-2.60).",
        [fig("2.61 mmol/L", 2.61, unit="mmol/L"), fig("2.20-2.60", 2.2, 2.6, unit="mmol/L")],
    ),
    (
        "His ferritin of 18 ng/mL (normal 30-400) was low.",
        [fig("18 ng/mL", 18, unit="ng/mL"), fig("30-400", 30, 400, unit="ng/mL")],
    ),
    (
        "Urea came back at 9.8 mmol/L (RR 2.5-7.8).",
        [fig("9.8 mmol/L", 9.8, unit="mmol/L"), fig("RR 2.5-7.8", 2.5, 7.8, unit="mmol/L")],
    ),
    (
        "Magnesium 0.6 mmol/L (reference range 0.7 to 1.0).",
        [fig("0.6 mmol/L", 0.6, unit="mmol/L"), fig("0.7 to 1.0", 0.7, 1.0, unit="mmol/L")],
    ),
    (
        "Her HbA1c was 7.2% (reference: 4.0-5.9).",
        [fig("7.2%", 7.2, unit="percent"), fig("4.0-5.9", 4.0, 5.9, unit="percent")],
    ),
    (
        "Glucose 11.4 mmol/L (normal range: 4-7) on waking.",
        [fig("11.4 mmol/L", 11.4, unit="mmol/L"), fig("4-7", 4, 7, unit="mmol/L")],
    ),
]

KEPT = [
    # a relative risk after a share keeps its statistic and takes no percent
    ("Falls dropped 18% (RR 0.7-0.9).", "RR 0.7-0.9", None),
    # no word of reference: a bracket after the figure is not made a reference range
    ("The trial gave 20 mg (and 10-40 mg later).", "20 mg", "mg"),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    texts = [text for text, _ in CASES] + [text for text, *_ in KEPT]
    return extract_paragraphs(tmp_path_factory.mktemp("ref"), texts)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reference_range_takes_the_result_unit(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(("text", "surface", "unit"), KEPT, ids=[k[0][:40] for k in KEPT])
def test_other_brackets_keep_their_reading(extracted, text, surface, unit):
    got = {q["text"]: q for _, q in extracted[text]}
    assert got[surface]["unit"] == unit
