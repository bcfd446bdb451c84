"""A dose in a table cell's row or column header ("Dapagliflozin 5 mg", a "40 mg" vial) is
the cell's dose, as a dose in a sentence's clause is: a claim that states other doses is not
the cell's claim, so a 5 mg arm's figure is neither backed by nor accused against the 10 mg
claim, and a 40 mg vial's price is not judged against the 100 mg vial's (README, "How a
figure finds its registry claim", dose)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: fenura-10mg-events
  statement: In FENURA, the primary outcome occurred in 16.3% of patients on fenuzin 10 mg.
  subject: [FENURA, fenuzin]
  context: [primary outcome]
  value: {value: 16.3, unit: percent}
  sources: [{citation: "FENURA report", quote: "16.3% with fenuzin 10 mg"}]
  status: approved
  review_by: 2030-01-01
- id: tamlumab-100mg-vial-price
  statement: A 100 mg vial of tamlumab costs £1,097 at list price.
  subject: [tamlumab]
  context: [list price, vial]
  value: {value: 1097, unit: GBP}
  sources: [{citation: "Price list", quote: "100 mg vial £1,097"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

FENURA = """\
### FENURA: the primary outcome

| Arm | Patients with an event (%) |
|---|---|
| Fenuzin 10 mg | {0} |
| Fenuzin 5 mg | {1} |
"""

VIALS = """\
### Tamlumab list prices

| Vial | Price |
|---|---|
| 40 mg | {0} |
| 100 mg | {1} |
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FENURA.format("16.3", "21.2"), {"21.2": "CC102"}),
        (FENURA.format("18.0", "16.3"), {"18.0": "CC101", "16.3": "CC102"}),
        (VIALS.format("£439", "£1,097"), {"£439": "CC102"}),
        (VIALS.format("£439", "£1,200"), {"£439": "CC102", "£1,200": "CC101"}),
    ],
)
def test_a_dose_in_a_header_is_the_cells_dose(lint_text, text, expected):
    got = {figure: code for figure, (code, _id) in lint_text(text).items()}
    assert got == expected
