"""A table column headed by a plural duration said of something (``Median years of hot
flushes``, ``Days in hospital``) counts that duration in its bare cells (as ``Years since
diagnosis`` did already); a column headed by a count (``Patients``) gives no unit. And a
first column titled by a sex (``Women``) makes every row that sex's: the row ``Hispanic``
is Hispanic women, as a claim about them says."""

from __future__ import annotations

import json

import pytest
from verdict_helpers import figure_verdicts_fixture

TABLE = """\
| Ward | Days in hospital | Mean hours of sleep | Weeks to response | Years lived with disability | Years since diagnosis | Patients |
|---|---|---|---|---|---|---|
| North | 4.5 | 6.1 | 3 | 2.2 | 5 | 40 |
"""  # noqa: E501


def test_duration_header_gives_its_cells_the_unit(run_cli, tmp_path):
    path = tmp_path / "table.md"
    path.write_text(TABLE, encoding="utf-8")
    claims = json.loads(run_cli("extract", "--format", "json", path).stdout)["documents"][0]
    units = {q["text"]: q["unit"] for c in claims["claims"] for q in c["quantities"]}
    assert units == {
        "4.5": "day",
        "6.1": "hour",
        "3": "week",
        "2.2": "year",
        "5": "year",
        "40": None,
    }


REGISTRY = """\
- id: flush-years-hispanic
  statement: In the Meridian cohort, Hispanic women had hot flushes for a median of 8.9 years.
  subject: [hot flushes]
  context: [Meridian, Hispanic women, median]
  value: {value: 8.9, unit: years}
  sources: [{citation: "Meridian cohort report", quote: "8.9 years"}]
  status: approved
  review_by: 2030-01-01
- id: flush-years-white
  statement: In the Meridian cohort, white women had hot flushes for a median of 6.5 years.
  subject: [hot flushes]
  context: [Meridian, white women, median]
  value: {value: 6.5, unit: years}
  sources: [{citation: "Meridian cohort report", quote: "6.5 years"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def _table(hispanic: str, white: str, title: str = "Women") -> str:
    return (
        "### How long hot flushes last in the Meridian cohort\n\n"
        f"| {title} | Median years of hot flushes |\n|---|---|\n"
        f"| Hispanic | {hispanic} |\n| White | {white} |\n"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_table("8.9", "6.5"), {}),
        (_table("6.5", "8.9"), {"6.5": ("CC101", "flush-years-hispanic"),
                                "8.9": ("CC101", "flush-years-white")}),
        (_table("9.4", "6.5"), {"9.4": ("CC101", "flush-years-hispanic")}),
    ],
)  # fmt: skip
def test_cells_under_a_sex_titled_column(lint_text, text, expected):
    assert lint_text(text) == expected
