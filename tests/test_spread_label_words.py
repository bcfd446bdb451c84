"""A spread written with its label in words belongs to the figure before it: ``plus or minus
2``, ``(interquartile range [IQR], 4–11)``, ``(min–max 2–31)``; one figure with its spread,
never a second figure to verify."""

from __future__ import annotations

from pathlib import Path

import pytest

# sentence, figure's text, value, unit, spread kind, spread value or (low, high)
CASES = [
    ("Intake was 7.4 g a day (±1.8 g SD) in men.", "7.4 g a day", 7.4, "g", "SD", 1.8),
    ("Mean weight was 52 kg (± 9 SD).", "52 kg", 52, "kg", "SD", 9),
    (
        "Core temperature was 37.1 plus or minus 0.3 °C.",
        "37.1 plus or minus 0.3 °C",
        37.1,
        "°C",
        "±",
        0.3,
    ),
    ("Mean age was 44 years plus or minus 9.", "44 years plus or minus 9", 44, "year", "±", 9),
    ("Resting rate was 72 Plus or Minus 8 bpm.", "72 Plus or Minus 8 bpm", 72, "bpm", "±", 8),
    (
        "Median wait was 12 days (interquartile range [IQR], 7–20).",
        "12 days",
        12,
        "day",
        "IQR",
        (7, 20),
    ),
    (
        "Median age was 61 years (interquartile range (IQR) 52–70).",
        "61 years",
        61,
        "year",
        "IQR",
        (52, 70),
    ),
    ("Median stay was 4 days (min–max 1–19).", "4 days", 4, "day", "range", (1, 19)),
    (
        "Median dose was 30 mg (minimum-maximum 10-60).",
        "30 mg",
        30,
        "mg",
        "range",
        (10, 60),
    ),
    ("Median follow-up was 26 months (min/max 3/48).", "26 months", 26, "month", None, None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_spread_in_words_is_the_figures_own(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, value, unit, kind, spread = case
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    [claim] = extract_json(draft)["documents"][0]["claims"]
    raw = draft.read_text(encoding="utf-8")
    first = claim["quantities"][0]
    assert first["text"] == written == raw[first["start"] : first["end"]]
    assert (first["low"], first["high"], first["unit"]) == (value, value, unit)
    if kind is None:
        return
    assert len(claim["quantities"]) == 1
    assert first["spread"]["kind"] == kind
    if isinstance(spread, tuple):
        assert (first["spread"]["low"], first["spread"]["high"]) == spread
    else:
        assert first["spread"]["value"] == spread
