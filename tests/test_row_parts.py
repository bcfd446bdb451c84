"""A table row whose header names a part the claim does not name (``Tree nut`` under "Most
common food allergies", ``Severe`` under "Haemophilia A by severity") is another part of the
table's whole, never the whole's claim: not accused against it (issue 12, held-out allergy,
gastro and blood sets). A row that says a total (``All``, ``Overall``), a measure
(``Prevalence``, ``Rate``) or a frame slot (an age, sex, place, arm) is weighed as before."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: nut-allergy-adults
  statement: Tree nut or peanut allergy affects 3.0% of US adults.
  subject: [nut allergy]
  context: [US adults, tree nut, peanut]
  value: {value: 3.0, unit: percent}
  sources: [{citation: "Allergy survey 2019", quote: "3.0%"}]
  status: approved
  review_by: 2030-01-01
- id: nut-allergy-women
  statement: Nut allergy affects 3.4% of US women.
  subject: [nut allergy]
  context: [US adults]
  group: [women]
  value: {value: 3.4, unit: percent}
  sources: [{citation: "Allergy survey 2019", quote: "3.4%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
### Nut allergy in US adults

| Nut | Share of adults |
|---|---|
| Cashew | {cashew} |
| Tree nut or peanut | {any_nut} |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TABLE.format(cashew="0.6%", any_nut="3.0%"), {}),
        # the cashew row is a part the claim does not name: no conflict with the whole's 3.0%
        (TABLE.format(cashew="1.1%", any_nut="3.0%"), {}),
        # the row the claim does name is still judged
        (TABLE.format(cashew="0.6%", any_nut="4.0%"), {"4.0%": ("CC101", "nut-allergy-adults")}),
    ],
)
def test_a_row_naming_another_part_is_not_the_wholes(lint_text, text, expected):
    found = {fig: verdict for fig, verdict in lint_text(text).items() if verdict[0] == "CC101"}
    assert found == expected
