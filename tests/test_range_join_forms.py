"""Range forms that joined nothing before: ``to`` hyphened into an adjective (``a 2-to-4-week
course``), both ends scaled by a glued ``k``/``m`` (``7k-10k steps``), and a floor word
before two written ends (``as little as $89 to $109``: both are bounds). Odds and scores
that run downwards (``3-to-1 against``) stay no range."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import extracted_quantities

# sentence, figure's text, low, high, unit
RANGES = [
    ("Take the 5-to-7-day course of antibiotics.", "5-to-7-day", 5, 7, "day"),
    ("Recovery takes four-to-six weeks.", "four-to-six weeks", 4, 6, "week"),
    ("Most people need 7-to-9 hours of sleep.", "7-to-9 hours", 7, 9, "hour"),
    ("Walkers logged 6k-8k steps a day.", "6k-8k steps a day", 6000, 8000, "steps/day"),
    ("Aim for 8K–12K steps on most days.", "8K–12K steps", 8000, 12000, "steps"),
    ("Kits cost as little as $15 to $25.", "as little as $15 to $25", 15, 25, "USD"),
    ("Tests run from just £20 to £45.", "from just £20 to £45", 20, 45, "GBP"),
    ("Fillings are as low as €40 to €60.", "as low as €40 to €60", 40, 60, "EUR"),
]

# sentence, and what must not be read as a range
NO_RANGE = [
    ("The odds are 3-to-1 against a relapse.", "3-to-1"),
    ("Mix the drops 2-to-1 with water.", "2-to-1"),
    ("Book a one-to-one session with a nurse.", "one-to-one"),
]


@pytest.mark.parametrize("case", RANGES, ids=[c[0] for c in RANGES])
def test_range_form_reads_both_ends(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, low, high, unit = case
    raw, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    [figure] = quantities
    assert figure["text"] == written == raw[figure["start"] : figure["end"]]
    assert (figure["low"], figure["high"], figure["unit"]) == (low, high, unit)
    assert figure["comparator"] is None
    assert figure["low_inclusive"] and figure["high_inclusive"]


@pytest.mark.parametrize(("sentence", "written"), NO_RANGE)
def test_downward_odds_are_no_range(
    tmp_path: Path, extract_json, sentence: str, written: str
) -> None:
    _, quantities = extracted_quantities(tmp_path, extract_json, sentence)
    assert not any(written in q["text"] for q in quantities), quantities
