"""A table header that hedges its column (``Approx. weight``, ``Estimated cost``, ``~
Duration``) makes every figure under it approximate, as ``about`` before each would; a plain
header leaves its cells exact."""

from __future__ import annotations

from pathlib import Path

import pytest

TABLE = "| Age | {header} | Dose |\n|---|---|---|\n| 1–3 years | 10–15 kg | 100 mg |\n"


@pytest.mark.parametrize(
    ("header", "approx"),
    [
        ("Approx. weight", True),
        ("Approximate weight", True),
        ("Estimated weight", True),
        ("~ Weight", True),
        ("Weight", False),
        ("Body weight (kg)", False),
    ],
)
def test_header_hedge(tmp_path: Path, extract_json, header: str, approx: bool) -> None:
    path = tmp_path / "doses.md"
    path.write_text(TABLE.format(header=header), encoding="utf-8")
    claims = extract_json(path)["documents"][0]["claims"]
    [weight] = [q for c in claims for q in c["quantities"] if q["text"] == "10–15 kg"]
    assert (weight["low"], weight["high"], weight["approx"]) == (10, 15, approx)
    [dose] = [q for c in claims for q in c["quantities"] if q["text"] == "100 mg"]
    assert dose["approx"] is False
