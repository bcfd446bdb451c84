"""``in the region of``/``on the order of`` before a figure make it approximate, as ``about``
does; a ``cc`` is a millilitre."""

from __future__ import annotations

from pathlib import Path

import pytest

# sentence, figure's text, value, unit, approx
CASES = [
    ("A knee scan costs in the region of £400.", "in the region of £400", 400, "GBP", True),
    (
        "The scheme helped in the region of 2,000 people.",
        "in the region of 2,000 people",
        2000,
        "people",
        True,
    ),
    ("Doses on the order of 10 mg were used.", "on the order of 10 mg", 10, "mg", True),
    ("Draw up 2 cc of the vaccine.", "2 cc", 2, "mL", False),
    ("Inject 0.5cc under the skin.", "0.5cc", 0.5, "mL", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hedge_or_volume_word_is_read(tmp_path: Path, extract_json, case: tuple) -> None:
    sentence, written, value, unit, approx = case
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    raw = draft.read_text(encoding="utf-8")
    quantities = [q for c in extract_json(draft)["documents"][0]["claims"] for q in c["quantities"]]
    [figure] = [q for q in quantities if q["text"] == written]
    assert raw[figure["start"] : figure["end"]] == written
    assert (figure["low"], figure["high"], figure["unit"]) == (value, value, unit)
    assert figure["approx"] is approx
