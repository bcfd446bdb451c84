"""A list typed without the blank after its commas (``25 mg,50 mg``, ``62%,48%``) is read as
its figures when the unit is repeated after each number; a number glued after a word and a
comma with no unit after it (``in two trials,12 the …``, a citation) stays no figure, and a
thousands grouping (``1,250 mg``) stays one number."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Capsules come in 10 mg,20 mg and 40 mg.",
        [fig("10 mg", 10, unit="mg"), fig("20 mg", 20, unit="mg"), fig("40 mg", 40, unit="mg")],
    ),
    (
        "Levels were 2.1 mmol/L,2.6 mmol/L and 3.0 mmol/L.",
        [
            fig("2.1 mmol/L", 2.1, unit="mmol/L"),
            fig("2.6 mmol/L", 2.6, unit="mmol/L"),
            fig("3.0 mmol/L", 3.0, unit="mmol/L"),
        ],
    ),
    (
        "Coverage was 71%,64% and 52%.",
        [
            fig("71%", 71, unit="percent"),
            fig("64%", 64, unit="percent"),
            fig("52%", 52, unit="percent"),
        ],
    ),
    (
        "Strengths: 5mg,10mg,15mg.",
        [fig("5mg", 5, unit="mg"), fig("10mg", 10, unit="mg"), fig("15mg", 15, unit="mg")],
    ),
    ("As shown in two trials,12 the effect held.", [fig("two trials", 2, unit="trials")]),
    ("The ceiling is 1,250 mg a day.", [fig("1,250 mg a day", 1250, unit="mg")]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("glued"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_a_glued_list_reads_each_figure(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
