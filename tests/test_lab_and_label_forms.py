"""Lab-report and drug-label forms: a reference interval after ``reference``/``ref`` is a
figure (``reference 3.5-5.0 mmol/L``), while ``Reference 3`` stays a citation; doses a label
or pharmacy system writes in capitals glued to the number (``500MG``, ``40MG/0.4ML``,
``2MCG``) are mg, mL and µg, and capitals spaced after a count name something else (``3 ML
models``, ``2 MG patients``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, low, high, unit
CASES = [
    ("Potassium was 5.9 mmol/L (reference 3.5-5.0 mmol/L).", "3.5-5.0 mmol/L", 3.5, 5.0, "mmol/L"),
    ("Sodium 131 mmol/L (ref 135–145 mmol/L).", "135–145 mmol/L", 135, 145, "mmol/L"),
    ("Ferritin was 9 µg/L, reference 15 to 200 µg/L.", "15 to 200 µg/L", 15, 200, "µg/L"),
    ("Glucose 7.9 (reference 3.9–5.5).", "3.9–5.5", 3.9, 5.5, None),
    ("Take 500MG twice daily with food.", "500MG", 500, 500, "mg"),
    ("Each syringe holds 40MG/0.4ML.", "40MG/0.4ML", 40, 40, "mg/0.4mL"),
    ("AMOXICILLIN 250MG/5ML: 5 mL three times a day.", "250MG/5ML", 250, 250, "mg/5mL"),
    ("Give 2MCG per kilo.", "2MCG", 2, 2, "µg"),
    ("Draw up 10ML of saline.", "10ML", 10, 10, "mL"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] for c in CASES])
def test_lab_and_label_figure(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, unit = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["text"] == written]
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["unit"]) == (low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("We trained 3 ML models on the scans.", "mL"), ("The 2 MG patients improved.", "mg")],
)
def test_spaced_capitals_are_no_dose(
    tmp_path: Path, extract_json, sentence: str, unit: str
) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert all(q["unit"] != unit for q in quantities)


def test_reference_number_is_a_citation(tmp_path: Path, extract_json) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, "See reference 3 for 40 patients.")
    assert [q["text"] for q in quantities] == ["40 patients"]
