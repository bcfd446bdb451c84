"""A table header that is a time label gives its cells their time: a row ``Drug X, 8 weeks``
or ``8 weeks`` under a ``Regimen`` column is a treatment course, a column ``Week 12`` or a row
``1 year`` a timepoint. Swapped cells are each a conflict with their own time's claim, right
ones are backed, and the duration in the row header is no figure of its own (no CC102)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: lumivir-short
  statement: In the LUMEN trial, 6 weeks of lumivir cleared the infection in 91.5% of patients.
  subject: [lumivir, LUMEN]
  context: [cleared, clearance]
  value: {value: 91.5, unit: percent}
  sources: [{citation: "LUMEN trial 2023", quote: "91.5% (6 weeks) and 97.2% (10 weeks)"}]
  status: approved
  review_by: 2030-01-01
- id: lumivir-long
  statement: In the LUMEN trial, 10 weeks of lumivir cleared the infection in 97.2% of patients.
  subject: [lumivir, LUMEN]
  context: [cleared, clearance]
  value: {value: 97.2, unit: percent}
  sources: [{citation: "LUMEN trial 2023", quote: "91.5% (6 weeks) and 97.2% (10 weeks)"}]
  status: approved
  review_by: 2030-01-01
- id: dermaclear-week-16
  statement: At week 16, 38% of patients on dermaclear had clear skin.
  subject: [dermaclear]
  context: [clear skin]
  timepoint: 16 weeks
  value: {value: 38, unit: percent}
  sources: [{citation: "SKIN-1 2021", quote: "38% at week 16 and 52% at week 52"}]
  status: approved
  review_by: 2030-01-01
- id: dermaclear-week-52
  statement: At week 52, 52% of patients on dermaclear had clear skin.
  subject: [dermaclear]
  context: [clear skin]
  timepoint: 52 weeks
  value: {value: 52, unit: percent}
  sources: [{citation: "SKIN-1 2021", quote: "38% at week 16 and 52% at week 52"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

COURSE_ROWS = "| Regimen | Clearance |\n|---|---|\n| {a} | {x} |\n| {b} | {y} |"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lumivir, 6 weeks", "Lumivir, 10 weeks"),
        ("Lumivir (6 weeks)", "Lumivir (10 weeks)"),
        ("Lumivir for 6 weeks", "Lumivir for 10 weeks"),
        ("6 weeks", "10 weeks"),
        ("6-week", "10-week"),
    ],
)
def test_a_course_in_the_row_header_is_the_rows_course(lint_text, a, b) -> None:
    heading = "### LUMEN trial: clearance with lumivir\n\n"
    right = heading + COURSE_ROWS.format(a=a, b=b, x="91.5%", y="97.2%")
    swapped = heading + COURSE_ROWS.format(a=a, b=b, x="97.2%", y="91.5%")
    assert lint_text(right) == {}
    assert lint_text(swapped) == {
        "97.2%": ("CC101", "lumivir-short"),
        "91.5%": ("CC101", "lumivir-long"),
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [("Week 16", "Week 52"), ("16 weeks", "52 weeks"), ("At week 16", "At week 52")],
)
def test_a_time_in_the_column_header_is_the_cells_timepoint(lint_text, first, second) -> None:
    table = "| Dermaclear | {first} | {second} |\n|---|---|---|\n| Clear skin | {x} | {y} |"
    right = table.format(first=first, second=second, x="38%", y="52%")
    swapped = table.format(first=first, second=second, x="52%", y="38%")
    assert lint_text(right) == {}
    assert lint_text(swapped) == {
        "52%": ("CC101", "dermaclear-week-16"),
        "38%": ("CC101", "dermaclear-week-52"),
    }


def test_a_time_in_the_row_header_is_the_rows_timepoint(lint_text) -> None:
    table = "| Time on dermaclear | Clear skin |\n|---|---|\n| Week 16 | {x} |\n| Week 52 | {y} |"
    assert lint_text(table.format(x="38%", y="52%")) == {}
    assert lint_text(table.format(x="52%", y="38%")) == {
        "52%": ("CC101", "dermaclear-week-16"),
        "38%": ("CC101", "dermaclear-week-52"),
    }


def test_a_table_right_under_another_does_not_take_its_last_row_as_heading(lint_text) -> None:
    """The second table stands under the page's heading, not under the placebo row above."""
    page = (
        "## LUMEN trial results\n\n"
        "| Arm | Withdrew |\n|---|---|\n| Lumivir | 3 |\n| Placebo | 4 |\n\n"
        + COURSE_ROWS.format(a="Lumivir, 6 weeks", b="Lumivir, 10 weeks", x="91.5%", y="97.2%")
    )
    found = lint_text(page)
    assert "91.5%" not in found and "97.2%" not in found


def test_a_count_in_the_header_row_labels_its_column(lint_text) -> None:
    """`1 dose | 2 doses` over a row of figures are the columns' names, not figures to back."""
    table = "| Dermaclear | 1 dose | 2 doses |\n|---|---|---|\n| Clear skin | 38% | 52% |"
    assert "1 dose" not in lint_text(table) and "2 doses" not in lint_text(table)
    prose = "Dermaclear was given as 1 dose or 2 doses."
    assert lint_text(prose) == {"1 dose": ("CC102", None), "2 doses": ("CC102", None)}
