"""A row header finishes its name with the first column's title: a row ``Lung`` under a
column titled ``Cancer`` is lung cancer, ``Type 2`` under ``Diabetes`` is type 2 diabetes,
so the cells are judged against those subjects' claims (swapped rows are conflicts)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: lung-cancer-deaths-2022
  statement: Lung cancer caused 35,000 deaths in the country in 2022.
  subject: [lung cancer]
  context: [deaths, "2022"]
  value: {value: 35000, unit: deaths}
  sources: [{citation: "Cancer registry 2023", quote: "lung cancer: 35,000 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: bowel-cancer-deaths-2022
  statement: Bowel cancer caused 16,800 deaths in the country in 2022.
  subject: [bowel cancer]
  context: [deaths, "2022"]
  value: {value: 16800, unit: deaths}
  sources: [{citation: "Cancer registry 2023", quote: "bowel cancer: 16,800 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: type-2-diabetes-share
  statement: Type 2 diabetes makes up 90% of diabetes in adults.
  subject: [type 2 diabetes]
  value: {value: 90, unit: percent}
  sources: [{citation: "Diabetes atlas", quote: "type 2 accounts for 90%"}]
  status: approved
  review_by: 2030-01-01
- id: type-1-diabetes-share
  statement: Type 1 diabetes makes up 8% of diabetes in adults.
  subject: [type 1 diabetes]
  value: {value: 8, unit: percent}
  sources: [{citation: "Diabetes atlas", quote: "type 1 accounts for 8%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

CANCERS = "## Deaths in 2022\n\n| {title} | Deaths |\n|---|---|\n| Lung | {x} |\n| Bowel | {y} |"


@pytest.mark.parametrize("title", ["Cancer", "Cancers", "Cancer site"])
def test_a_row_header_takes_the_first_columns_title(lint_text, title: str) -> None:
    assert lint_text(CANCERS.format(title=title, x="35,000", y="16,800")) == {}
    assert lint_text(CANCERS.format(title=title, x="16,800", y="35,000")) == {
        "16,800": ("CC101", "lung-cancer-deaths-2022"),
        "35,000": ("CC101", "bowel-cancer-deaths-2022"),
    }


def test_a_type_under_its_condition(lint_text) -> None:
    table = "| Diabetes | Share of adults |\n|---|---|\n| Type 1 | {x} |\n| Type 2 | {y} |"
    assert lint_text(table.format(x="8%", y="90%")) == {}
    assert lint_text(table.format(x="90%", y="8%")) == {
        "90%": ("CC101", "type-1-diabetes-share"),
        "8%": ("CC101", "type-2-diabetes-share"),
    }
