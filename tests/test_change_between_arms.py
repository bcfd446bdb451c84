"""A change a drug made, said from one figure to another ("Adding lorafenib to chemotherapy
extended median progression-free survival from 8.2 to 12.4 months"), sets the trial's two
arms side by side: the start is the control arm's figure, the end the drug arm's. A change
said from a baseline is one arm over time, not two arms."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: heron-lorafenib-pfs
  statement: In HERON, median progression-free survival was 12.4 months with lorafenib plus
    chemotherapy.
  subject: [lorafenib, HERON]
  context: [HERON, progression-free survival, chemotherapy]
  value: {value: 12.4, unit: months}
  sources: [{citation: "HERON report", quote: "12.4 months"}]
  status: approved
  review_by: 2030-01-01
- id: heron-chemo-alone-pfs
  statement: In HERON, median progression-free survival was 8.2 months with chemotherapy
    alone.
  subject: [lorafenib, HERON]
  context: [HERON, progression-free survival, chemotherapy alone]
  group: [comparator]
  value: {value: 8.2, unit: months}
  sources: [{citation: "HERON report", quote: "8.2 months"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In HERON, adding lorafenib to chemotherapy extended median progression-free survival"
         " from 8.2 to 12.4 months.", {}),
        ("In HERON, lorafenib lengthened median progression-free survival from 8.2 to 12.4"
         " months.", {}),
        ("In HERON, adding lorafenib to chemotherapy extended median progression-free survival"
         " from 6.9 to 12.4 months.", {"6.9": ("CC101", "heron-chemo-alone-pfs")}),
        ("In HERON, adding lorafenib to chemotherapy lengthened median progression-free"
         " survival from 5.9 to 12.4 months.", {"5.9": ("CC101", "heron-chemo-alone-pfs")}),
    ],
)  # fmt: skip
def test_a_drugs_change_sets_the_two_arms_side_by_side(lint_text, text, expected):
    assert lint_text(text) == expected
