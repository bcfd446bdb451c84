"""A bound said by a modal verb: ``can reach 1,600 mg`` is at most 1,600 mg (what the
amount can go up to), ``may top 400`` and ``could exceed 30%`` more than the figure; a
forecast's ``could reach``/``may reach``/``could hit`` is the value foreseen, a point. A
bound its own verb states is a clause of its own, never the second end of a floor before it
(``start at X and can reach Y`` stays two), and a verb in the past without a modal is what
happened, a point (``hit 30 cases``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, low, high, low inclusive, high inclusive, unit
CASES = [
    (
        "The daily dose can reach 1,600 mg in adults.",
        "can reach 1,600 mg",
        None,
        1600,
        True,
        True,
        "mg",
    ),
    ("Fever can reach 40 °C in small children.", "can reach 40 °C", None, 40, True, True, "°C"),
    (
        "Levels can sometimes hit 5,000 copies.",
        "can sometimes hit 5,000 copies",
        None,
        5000,
        True,
        True,
        "copies",
    ),
    ("Enrolment may top 400 patients.", "may top 400 patients", 400, None, False, True, "patients"),
    ("Waiting times could top 18 weeks.", "could top 18 weeks", 18, None, False, True, "week"),
    ("Relapse may exceed 30% without care.", "exceed 30%", 30, None, False, True, "percent"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_modal_bound(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, li, hi, unit = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["text"] == written]
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["unit"]) == (low, high, unit)
    assert (figure["low_inclusive"], figure["high_inclusive"]) == (li, hi)


def test_verb_bound_after_a_floor_stays_its_own(tmp_path: Path, extract_json) -> None:
    sentence = "A full set of crowns starts at £5,900 and can reach £9,000."  # a ceiling
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert [(q["low"], q["high"]) for q in quantities] == [(5900, None), (None, 9000)]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("The team hit 30 cases a week in May.", 30, 30),
        ("Costs reached $2,000 last year.", 2000, 2000),
        ("Deaths could reach 8.5 million a year by 2050.", 8500000, 8500000),
        ("The outbreak may reach 5,000 cases by June.", 5000, 5000),
    ],
)
def test_past_verb_is_a_point(tmp_path: Path, extract_json, sentence: str, low, high) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert (quantities[0]["low"], quantities[0]["high"]) == (low, high)
