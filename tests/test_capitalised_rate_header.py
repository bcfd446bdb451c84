"""A column header that is a rate written as a title ("Per 100,000 males") gives its bare
cells that rate, as "per 100,000 males" or "(per 100,000)" does."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: condition-q-prevalence
  statement: Condition Q affects 12.4 per 100,000 males.
  subject: [condition Q]
  context: [prevalence, males]
  value: {value: 12.4, unit: "per 100,000"}
  sources: [{citation: "Registry 2019", quote: "12.4 per 100,000 males"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
| Condition | Per 100,000 males |
|---|---|
| Condition Q | {value} |
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("12.4", {}), ("21.4", {"21.4": ("CC101", "condition-q-prevalence")})],
)
def test_a_rate_header_written_as_a_title_is_the_cells_unit(lint_text, value, expected):
    assert lint_text(TABLE.format(value=value)) == expected
