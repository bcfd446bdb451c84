"""A study's name that holds the subject ("the zelotin plus metformin trial") studies that
subject: it is no narrower subject that keeps the subject's claims from the figure."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: combo-trial-size
  statement: The zelotin plus metformin trial enrolled 4,200 adults.
  subject: [zelotin plus metformin trial]
  value: {value: 4200, unit: adults}
  sources: [{citation: "Trial report 2021", quote: "4,200 adults"}]
  status: approved
  review_by: 2030-01-01
- id: combo-hba1c-fall
  statement: On zelotin plus metformin, HbA1c fell by 1.4 percentage points at week 26.
  subject: [zelotin plus metformin]
  context: [HbA1c, week 26]
  value: {value: 1.4, unit: percentage points}
  sources: [{citation: "Trial report 2021", quote: "-1.4 percentage points"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)

TABLE = """\
### The zelotin plus metformin trial at week 26

| Outcome | Zelotin plus metformin |
|---|---|
| Fall in HbA1c (percentage points) | {value} |
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.4", {}), ("2.4", {"2.4": ("CC101", "combo-hba1c-fall")})],
)
def test_a_trial_named_after_its_subject_does_not_narrow_it(lint_text, value, expected):
    assert lint_text(TABLE.format(value=value)) == expected
