"""A figure that opens a line before a unit written with a capital (``41.9 IU/dL``, ``35
U/L``, ``2 Gy``, ``8 MBq``) is a figure, not a section number before a title (``4.4 Special
warnings``): a table cell, a list line or a sentence that starts with one lost it, and a
column header's ``(IU/dL)`` lent its cells no unit (session 38, held-out haemophilia set)."""

from __future__ import annotations

import pytest


def _figures(tmp_path, extract_json, text: str) -> list[tuple[str, str | None]]:
    draft = tmp_path / "page.md"
    draft.write_text(text, encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    return [(q["text"], q["unit"]) for claim in claims for q in claim["quantities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.5 IU/dL of factor IX was the lowest trough seen.\n", [("12.5 IU/dL", "IU/dL")]),
        ("48 U/L is above the laboratory's upper limit.\n", [("48 U/L", "U/L")]),
        ("| Enzyme | Result |\n|---|---|\n| ALT | 62 IU/L |\n", [("62 IU/L", "IU/L")]),
        ("2.8 mIU/mL was her TSH on the second test.\n", [("2.8 mIU/mL", "mIU/mL")]),
        ("1.8 Gy is given at each session of the course.\n", [("1.8 Gy", "Gy")]),
        ("| Scan | Activity |\n|---|---|\n| Bone scan | 600 MBq |\n", [("600 MBq", "MBq")]),
        # … while a section number before a title stays no figure
        ("4.4 Special warnings and precautions for use\n", []),
        ("3 Results\n", []),
    ],
)
def test_a_figure_before_a_capitalised_unit_opens_a_line(tmp_path, extract_json, text, expected):
    assert _figures(tmp_path, extract_json, text) == expected


@pytest.mark.parametrize("unit", ["IU/dL", "U/L", "IU/mL"])
def test_a_column_headers_capitalised_unit_is_its_cells(tmp_path, extract_json, unit):
    table = f"| Visit | Mean factor level ({unit}) |\n|---|---|\n| Month 6 | 33.4 |\n"
    assert _figures(tmp_path, extract_json, table) == [("33.4", unit)]
