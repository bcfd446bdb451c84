"""A table whose row headers' column is titled by a unit of time ("Years on dialysis",
"Months since diagnosis", "Follow-up (years)") gives each bare row header as when its
cells were measured (session 46): "| 5 | 49% |" there is the five-year figure. The rows'
figures were judged against whichever timepoint's claim agreed with them, so two swapped
rows passed and a right one was left ambiguous."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    approved_claim(
        f"graft-{years}y",
        f"In Freedonia, {value}% of kidney grafts from living donors still worked {years} years "
        "after transplant.",
        value,
        "kidney graft survival, graft survival",
        "Freedonia, living donor",
        timepoint=f"{years} years",
    )
    for years, value in ((1, 97), (5, 88), (10, 71))
)
lint_text = figure_verdicts_fixture(REGISTRY)
HEAD = (
    "### Kidney graft survival, living donors (Freedonia)\n\n"
    "| {title} | Grafts working |\n|---|---|\n"
)


@pytest.mark.parametrize("title", ["Years after transplant", "Follow-up (years)", "Years"])
def test_rows_titled_by_a_time_unit_are_timepoints(lint_text, title):
    head = HEAD.format(title=title)
    assert lint_text(head + "| 1 | 97% |\n| 5 | 88% |\n| 10 | 71% |\n") == {}
    assert lint_text(head + "| 1 | 97% |\n| 5 | 71% |\n| 10 | 88% |\n") == {
        "71%": ("CC101", "graft-5y"),
        "88%": ("CC101", "graft-10y"),
    }


def test_months_under_a_month_title(lint_text):
    head = HEAD.format(title="Months after transplant")
    assert lint_text(head + "| 12 | 97% |\n| 60 | 71% |\n") == {"71%": ("CC101", "graft-5y")}
