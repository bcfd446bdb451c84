"""A spelled part of a whole said as a number (``three of the four trials``) is a count, kept
as ``58 of the 100 men`` keeps its 58, and the whole is its own count; ``one of the best``
(no number after ``the``) stays no figure."""

from __future__ import annotations

from pathlib import Path

import pytest

# sentence, [(figure's text, value)]
CASES = [
    ("Three of the four trials found a benefit.", [("Three", 3), ("four trials", 4)]),
    ("Two of the 12 sites closed early.", [("Two", 2), ("12 sites", 12)]),
    ("Nine of the ten hospitals met the target.", [("Nine", 9), ("ten hospitals", 10)]),
    ("Seven of these 20 clinics had no vaccine.", [("Seven", 7), ("20 clinics", 20)]),
    ("One of the best clinics in the city.", []),
    ("Two of the patients had a rash.", [("Two of the patients", 2)]),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_part_of_a_numbered_whole(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, want = case
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    raw = draft.read_text(encoding="utf-8")
    quantities = [q for c in extract_json(draft)["documents"][0]["claims"] for q in c["quantities"]]
    assert [(q["text"], q["low"]) for q in quantities] == want
    assert all(raw[q["start"] : q["end"]] == q["text"] for q in quantities)
