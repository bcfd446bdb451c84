"""A table caption that names both arms ("SRI response with tarnolimab 5 mg/kg and placebo")
says what the table compares; a row that names a drug arm ("Tarnolimab 5 mg/kg") says whose
each cell is. Its cells are judged against that arm's claims, never ruled out as about the
control arm the caption also names."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture


def _claim(cid: str, arm: str | None, value: float) -> str:
    group = f"\n  group: [{arm}]" if arm else ""
    said = arm or "tarnolimab 5 mg/kg"
    return f"""\
- id: {cid}
  statement: In WREN-2, {value}% of patients given {said} responded at week 52.
  subject: [tarnolimab, WREN-2]
  context: [WREN-2, response, 5 mg/kg]{group}
  timepoint: week 52
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "WREN-2 report", quote: "{value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


lint_text = figure_verdicts_fixture(
    _claim("wren2-tarnolimab-w52", None, 47.5) + _claim("wren2-placebo-w52", "placebo", 30.1)
)

TABLE = """\
<table>
<caption>WREN-2: response with tarnolimab 5 mg/kg and placebo</caption>
<thead><tr><th>Arm</th><th>Week 52</th></tr></thead>
<tbody>
<tr><td>Tarnolimab 5 mg/kg</td><td>{drug}</td></tr>
<tr><td>Placebo</td><td>{placebo}</td></tr>
</tbody>
</table>
"""


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("47.5%", "30.1%"), {}),
        (("41.5%", "30.1%"), {"41.5%": ("CC101", "wren2-tarnolimab-w52")}),
    ],
)
def test_the_row_says_whose_cell_it_is(lint_text, cells, expected):
    drug, placebo = cells
    assert lint_text(TABLE.format(drug=drug, placebo=placebo)) == expected
