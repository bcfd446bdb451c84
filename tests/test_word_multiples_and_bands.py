"""Amounts said in words that were missed: a hedged or bounded ``double``/``triple`` is a
multiple (``costs roughly double``, ``more than double the limit``), ``a day or two`` is one
to two days, a ``±`` opening a figure is the band around zero it allows (``within ±0.5
dioptre``), ``estimated from`` says how, no approximation, and a unit after a trailing bound
is the figure's (``3 or more visits``; a unit of time there is left to the reading of when)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, low, high, unit, comparator, approx
CASES = [
    ("A family plan costs roughly double.", "roughly double", 2, 2, "fold", None, True),
    (
        "Salt intake was more than double the advised limit.",
        "more than double",
        2,
        None,
        "fold",
        "more than",
        False,
    ),
    ("Fees are now nearly triple.", "nearly triple", 3, 3, "fold", None, True),
    ("Soreness may last a day or two.", "a day or two", 1, 2, "day", None, False),
    ("Keep the dressing on for a week or two.", "a week or two", 1, 2, "week", None, False),
    ("Rest for an hour or two after the jab.", "an hour or two", 1, 2, "hour", None, False),
    (
        "Most eyes end within ±0.5 dioptre of target.",
        "within ±0.5 dioptre",
        -0.5,
        0.5,
        "dioptre",
        "within",
        False,
    ),
    (
        "Most eyes end within ±0,25 dioptres of target.",
        "within ±0,25 dioptres",
        -0.25,
        0.25,
        "dioptre",
        "within",
        False,
    ),
    ("The cuff is accurate to ±3 mmHg.", "±3 mmHg", -3, 3, "mmHg", None, False),
    (
        "Patients with 3 or more visits did better.",
        "3 or more visits",
        3,
        None,
        "visits",
        "or more",
        False,
    ),
    (
        "About 15% take five or more medicines a day.",
        "five or more medicines a day",
        5,
        None,
        "medicines/day",
        "or more",
        False,
    ),
    ("Use 2 or fewer sachets.", "2 or fewer sachets", None, 2, "sachets", "or fewer", False),
    (
        "Intake, estimated from three food diaries, was 1,900 kcal.",
        "three food diaries",
        3,
        3,
        "food diaries",
        None,
        False,
    ),
]

# a line that opens with a temperature in a bare scale letter is a figure, no list number
OPENING_TEMPERATURES = [
    ("38 C is a fever in adults.", "38 C", "°C"),
    ("41 F is too cold.", "41 F", "°F"),
]


@pytest.mark.parametrize(("sentence", "written", "unit"), OPENING_TEMPERATURES)
def test_opening_temperature_is_read(
    tmp_path: Path, extract_json, sentence: str, written: str, unit: str
) -> None:
    draft = tmp_path / "page.txt"
    draft.write_text(sentence + "\n", encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    assert [(q["text"], q["unit"]) for c in claims for q in c["quantities"]] == [(written, unit)]


# no figure: a kind of thing, not a multiple
NONE = ["Book a double room for the night.", "Triple therapy is offered.", "Give double the dose."]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_word_amount_is_read(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, unit, comparator, approx = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["text"] == written]
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["unit"]) == (low, high, unit)
    assert (figure["comparator"], figure["approx"]) == (comparator, approx)


@pytest.mark.parametrize("sentence", NONE)
def test_kind_of_thing_is_no_multiple(tmp_path: Path, extract_json, sentence: str) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert quantities == []
