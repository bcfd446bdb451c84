"""A table whose heading names the whole ("… in Freedonian adults") and whose rows name its
parts ("Women", "Men"): each row's figure is judged against the claim about that part, not
the claim about the whole its heading names, which the row's words narrow (README, "How a
figure finds its registry claim": an agreeing candidate and the narrowed best)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: freedonia-asthma-adults-2020
  statement: In 2020, asthma affected 812.4 per 100,000 adults in Freedonia.
  subject: [asthma]
  context: [Freedonia, adults, "2020", prevalence]
  value: {value: 812.4, unit: "per 100,000"}
  sources: [{citation: "Freedonia respiratory survey 2020", quote: "812.4 per 100,000 adults"}]
  status: approved
  review_by: 2030-01-01
- id: freedonia-asthma-women-2020
  statement: In 2020, asthma affected 958.1 per 100,000 women in Freedonia.
  subject: [asthma]
  context: [Freedonia, "2020", prevalence]
  group: [women]
  value: {value: 958.1, unit: "per 100,000"}
  sources: [{citation: "Freedonia respiratory survey 2020", quote: "958.1 per 100,000 women"}]
  status: approved
  review_by: 2030-01-01
- id: freedonia-asthma-men-2020
  statement: In 2020, asthma affected 661.9 per 100,000 men in Freedonia.
  subject: [asthma]
  context: [Freedonia, "2020", prevalence]
  group: [men]
  value: {value: 661.9, unit: "per 100,000"}
  sources: [{citation: "Freedonia respiratory survey 2020", quote: "661.9 per 100,000 men"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
Survey results

### Asthma in Freedonian adults, 2020

| Group | Prevalence per 100,000 |
|---|---|
| All adults | {all} |
| Women | {women} |
| Men | {men} |
"""


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("812.4", "958.1", "661.9"), {}),
        (
            ("812.4", "661.9", "958.1"),
            {
                "661.9": ("CC101", "freedonia-asthma-women-2020"),
                "958.1": ("CC101", "freedonia-asthma-men-2020"),
            },
        ),
        (("812.4", "958.1", "700.0"), {"700.0": ("CC101", "freedonia-asthma-men-2020")}),
    ],
)
def test_rows_are_the_parts_of_the_heading(lint_text, cells, expected):
    everyone, women, men = cells
    assert lint_text(TABLE.format(all=everyone, women=women, men=men)) == expected
