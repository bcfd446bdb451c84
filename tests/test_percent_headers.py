"""A table column (or row) headed by the percent sign or word alone ("%", "Percent", "%
with diabetes", "Percentage of adults") holds shares in percent: its bare cells are read as
percent, and judged against the claims in percent (README, "What counts": table cells).
"Percentage points" is a difference of shares and gives no unit."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _table(header: str, cell: str = "5.9") -> str:
    return f"Diabetes in Freedonia, 2020\n\n| Group | {header} |\n|---|---|\n| Women | {cell} |\n"


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("%", "percent"),
        ("Percent", "percent"),
        ("% with diabetes", "percent"),
        ("Percentage of adults", "percent"),
        ("Per cent", "percent"),
        ("Percentage points", None),
        ("Women", None),
    ],
)
def test_percent_header_units(tmp_path, extract_json, header, unit):
    draft = tmp_path / "page.md"
    draft.write_text(_table(header), encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    (quantity,) = [q for c in claims for q in c["quantities"] if q["text"] == "5.9"]
    assert quantity["unit"] == unit


REGISTRY = """\
- id: freedonia-diabetes-women-2020
  statement: In 2020, 5.9% of women in Freedonia had diabetes.
  subject: [diabetes]
  context: [Freedonia, "2020"]
  group: [women]
  value: {value: 5.9, unit: percent}
  sources: [{citation: "Freedonia health survey 2020", quote: "5.9% of women"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("5.9", {}), ("8.1", {"8.1": ("CC101", "freedonia-diabetes-women-2020")})],
)
def test_a_percent_column_is_judged(lint_text, cell, expected):
    assert lint_text(_table("%", cell)) == expected
