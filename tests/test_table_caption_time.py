"""A duration in the heading or caption line right above a table ("Results at 24 weeks") says
when the cells below were measured: no figure of its own to back (no CC102). The same words in
a paragraph with no table under it stay a figure."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: calmex-response-w24
  statement: In CALM-2, 48% of patients on calmex responded at week 24.
  subject: [calmex]
  context: [CALM-2, response]
  timepoint: week 24
  value: {value: 48, unit: percent}
  sources: [{citation: "CALM-2 trial 2023", quote: "48% at week 24"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """Table 2. CALM-2 at 24 weeks

| Outcome | Calmex |
|---|---|
| Response | 48% |
"""


def test_a_duration_in_a_tables_caption_is_no_figure(lint_text):
    assert lint_text(TABLE) == {}


def test_the_same_duration_without_a_table_is_still_a_figure(lint_text):
    found = lint_text("The CALM-2 trial of calmex lasted 31 weeks in all.")
    assert found.get("31 weeks", ("CC102", None))[0] == "CC102"
    assert "31 weeks" in found
