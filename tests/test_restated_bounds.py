"""A bound restated in brackets in another unit takes the bound: ``max 1.25 mg (2.5 mL)`` is
at most 2.5 mL as well as at most 1.25 mg; a point alone in the brackets only, never words or
a range of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, the restated figure's text, low, high, comparator
CASES = [
    ("Toddlers: max 1.25mg (2.5mL) at night.", "2.5mL", None, 2.5, "max"),
    ("Give up to 400 µg (0.4 mg) in one go.", "0.4 mg", None, 0.4, "up to"),
    ("Donors must weigh at least 110 lb (50 kg).", "50 kg", 50, None, "at least"),
    ("Take no more than 4 g (8 tablets) in a day.", "8 tablets", None, 8, "no more than"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_bracketed_restatement_takes_the_bound(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, comparator = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["text"] == written]
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["comparator"]) == (low, high, comparator)


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("More than half (56%) of deaths are in people over 75.", "56%", 56),
        ("Over 1 in 3 (35%) had it.", "35%", 35),
    ],
)
def test_share_in_brackets_is_exact(
    tmp_path: Path, extract_json, sentence: str, written: str, value
) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["text"] == written]
    assert (figure["low"], figure["high"], figure["comparator"]) == (value, value, None)


def test_words_in_the_brackets_keep_the_point(tmp_path: Path, extract_json) -> None:
    _, quantities = extracted_quantities(
        tmp_path, extract_json, "Aim for a BMI under 30 (25 is ideal)."
    )
    assert [(q["text"], q["low"], q["high"], q["comparator"]) for q in quantities] == [
        ("under 30", None, 30, "under"),
        ("25", 25, 25, None),
    ]
