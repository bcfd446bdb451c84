"""A test's significance level (``significant at the 5% level``, ``a 1% significance level``)
and a rounding note (``may not add up to 100``) state no finding: no figure. ``within the
first 10 days`` bounds as ``within 10 days`` does (at most 10 days), and a mixed number
before a dose's strength and form counts the tablets (``1 1/2 10 mg tablets``: 1.5 tablets,
then the 10 mg dose)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

NO_FIGURE = [
    ("Falls dropped 12%, significant at the 5% level.", ["12%"]),
    ("We set a 1% significance level for the 20 tests.", ["20 tests"]),
    ("Shares may not add up to 100 because of rounding.", []),
    ("Columns do not sum to 100% as answers overlap.", []),
    ("Compliance reached 100% in the second year.", ["100%"]),
]


@pytest.mark.parametrize(("sentence", "figures"), NO_FIGURE, ids=[c[0][:24] for c in NO_FIGURE])
def test_level_and_rounding_notes(tmp_path: Path, extract_json, sentence: str, figures) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert [q["text"] for q in quantities] == figures


# sentence, figure's text, low, high, unit
FIGURES = [
    ("Most relapses come within the first 10 days.", "within the first 10 days", None, 10, "day"),
    ("Claims are paid within the next 30 days.", "within the next 30 days", None, 30, "day"),
    ("Take 1 1/2 10 mg tablets at night.", "1 1/2", 1.5, 1.5, "tablets"),
    ("Give 2½ 5 mg tabs after food.", "2½", 2.5, 2.5, "tabs"),
]


@pytest.mark.parametrize("case", FIGURES, ids=[c[1] for c in FIGURES])
def test_window_and_tablet_count(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, unit = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = [q for q in quantities if q["text"] == written]
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["unit"]) == (low, high, unit)
