"""A claim's own context said with "non-" ("non-pregnant women" against the claim about
pregnant women) is about the people without it, as "non-" before the claim's subject is:
the figure is not that claim's, neither backed by its equal figure nor accused against it
(README, "How a figure finds its registry claim": people with and without a condition)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: iron-deficiency-pregnant
  statement: In 2019, iron deficiency affected 36.5% of pregnant women in Freedonia.
  subject: [iron deficiency]
  context: [Freedonia, pregnant women, pregnancy]
  value: {value: 36.5, unit: percent}
  sources: [{citation: "Freedonia survey", quote: "36.5% of pregnant women"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019, iron deficiency affected 36.5% of non-pregnant women in Freedonia.", "CC102"),
        ("In 2019, iron deficiency affected 30.0% of non-pregnant women in Freedonia.", "CC102"),
        ("In 2019, iron deficiency affected 36.5% of pregnant women in Freedonia.", None),
        ("In 2019, iron deficiency affected 30.0% of pregnant women in Freedonia.", "CC101"),
    ],
)
def test_non_before_the_claims_context(lint_text, text, expected):
    found = list(lint_text(text).values())
    assert (found[0][0] if found else None) == expected
