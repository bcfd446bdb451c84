"""A table header that ends in a unit after a comma, as journals' tables write it (``Mean
change in glucose, %``, ``Weight change, kg``, ``Age, y``), gives its bare cells that unit, as
``Share (%)`` does; a comma before words that are no unit (``Region, area``) gives none."""

from __future__ import annotations

import json

import pytest

MARKDOWN = """\
| | Drug A | Drug B | Region, area |
|---|---|---|---|
| Mean change in fasting glucose, % | −1.4 | −0.9 | 3 |
| Weight change, kg | −4.2 | −2.5 | 4 |
| Age, y | 61 | 58 | 5 |
| Visits, n | 12 | 15 | 6 |
"""


@pytest.fixture
def figures(run_cli, tmp_path):
    path = tmp_path / "table.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    result = run_cli("extract", "--format", "json", path)
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    return [(q["text"], q["unit"]) for claim in claims for q in claim["quantities"]]


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("−1.4", "percent"),
        ("−0.9", "percent"),
        ("−4.2", "kg"),
        ("−2.5", "kg"),
        ("61", "year"),
        ("58", "year"),
    ],
)
def test_a_unit_after_the_headers_last_comma_is_the_cells(figures, surface, unit) -> None:
    assert (surface, unit) in figures


def test_a_comma_before_no_unit_gives_none(figures) -> None:
    assert ("12", None) in figures and ("15", None) in figures


HEADED = """\
### ZEL-2 (PD-L1 of 1% or more): median survival, months

| Outcome | Zelumab | Docetaxel |
|---|---|---|
| Overall survival | 21.4 | 11.8 |

### Cohort (women, 2019): weight change in kg

| | Arm A | Arm B |
|---|---|---|
| Week 52 | 6.1 | 2.3 |

### Costs (2023 prices)

| Item | Cost |
|---|---|
| Visit | 45 |
"""


def test_a_heading_ends_in_its_unit_whatever_its_brackets_say_before(run_cli, tmp_path) -> None:
    path = tmp_path / "headed.md"
    path.write_text(HEADED, encoding="utf-8")
    result = run_cli("extract", "--format", "json", path)
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    found = {q["text"]: q["unit"] for claim in claims for q in claim["quantities"]}
    assert found["21.4"] == "month" and found["11.8"] == "month"
    assert found["6.1"] == "kg" and found["2.3"] == "kg"
    assert found["45"] is None  # "(2023 prices)" says when, no unit


def test_unit_after_a_comma_inside_the_brackets(run_cli, tmp_path):
    """``(median, months)``, ``(mean, kg)``: the statistic first, the unit after the comma in
    the brackets, never a count of "median, months"."""
    path = tmp_path / "table.md"
    path.write_text(
        "### KESTREL: survival by arm (median, months)\n\n"
        "| Outcome | Lorvatin | Placebo |\n|---|---|---|\n| Overall survival | 21.6 | 12.8 |\n\n"
        "| Arm | Weight lost (mean, kg) |\n|---|---|\n| Lorvatin | 9.4 |\n",
        encoding="utf-8",
    )
    claims = json.loads(run_cli("extract", "--format", "json", path).stdout)["documents"][0]
    units = {q["text"]: q["unit"] for c in claims["claims"] for q in c["quantities"]}
    assert units == {"21.6": "month", "12.8": "month", "9.4": "kg"}
