"""Amounts said in words that were dropped or split: ``a couple hundred`` is about 200 (a
couple of a scale word, approximate), an old score of twenty with its count is the product
(``four score`` 80, ``threescore and ten`` 70; a test's ``score of four`` is none), a part
of one percent is a percentage (``half of one percent`` 0.5%, never a share and a second
``one percent``), and a decimal said aloud counts on its own (``two point four five``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, low, high, unit, approx
CASES = [
    (
        "A couple hundred families use the clinic.",
        "A couple hundred families",
        200,
        200,
        "families",
        True,
    ),
    (
        "A couple of thousand nurses left last year.",
        "A couple of thousand nurses",
        2000,
        2000,
        "nurses",
        True,
    ),
    ("She lived to four score years.", "four score years", 80, 80, "year", False),
    (
        "Threescore and ten volunteers joined.",
        "Threescore and ten volunteers",
        70,
        70,
        "volunteers",
        False,
    ),
    (
        "Bleeds occur in half of one percent of users.",
        "half of one percent",
        0.5,
        0.5,
        "percent",
        False,
    ),
    (
        "A tenth of a per cent of doses were lost.",
        "A tenth of a per cent",
        0.1,
        0.1,
        "percent",
        False,
    ),
    ("Only three quarters of 1% relapsed.", "three quarters of 1%", 0.75, 0.75, "percent", False),
    ("The mean score was two point four five.", "two point four five", 2.45, 2.45, None, False),
    ("Her reading was three point two.", "three point two", 3.2, 3.2, None, False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_amount_in_words(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, unit, approx = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert [q["text"] for q in quantities] == [written]
    [figure] = quantities
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["unit"], figure["approx"]) == (
        low,
        high,
        unit,
        approx,
    )


@pytest.mark.parametrize(
    "sentence",
    ["A score of four means mild pain.", "His four score points were low.", "One of them is fine."],
)
def test_no_amount(tmp_path: Path, extract_json, sentence: str) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert quantities == []
