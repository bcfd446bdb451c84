"""Deaths coded to one underlying cause are that cause's deaths: "12,100 deaths were coded
with gout as the underlying cause" is no figure of a claim counting every death gout
contributed to (all causes), which it would otherwise be accused against."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: gout-total-deaths-2021
  statement: >-
    Counting all deaths it contributed to, the total mortality burden of gout in Northland in
    2021 was 41,000 deaths.
  subject: [gout]
  context: [Northland, total mortality burden, deaths, "2021"]
  measure: deaths
  value: {value: 41000, unit: deaths}
  sources: [{citation: "Northland mortality report", quote: "41,000 deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Northland in 2021, 12,100 deaths were coded with gout as the underlying cause.",
         {"12,100 deaths": ("CC102", None)}),
        ("Only 12,100 deaths in Northland in 2021 had gout as the underlying cause.",
         {"12,100 deaths": ("CC102", None)}),
        ("Counting every death it contributed to, gout caused 52,000 deaths in Northland in"
         " 2021.", {"52,000 deaths": ("CC101", "gout-total-deaths-2021")}),
    ],
)  # fmt: skip
def test_underlying_cause_is_its_own_scope(lint_text, text, expected):
    assert lint_text(text) == expected
