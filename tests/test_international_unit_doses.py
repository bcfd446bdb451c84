"""A dose in international units names its arm as a dose in mg does: "given 60,000 IU of
vitamin D a month …, 47.9% fell" is the 60,000 IU arm's figure, not the 24,000 IU arm's
named later in the sentence (held-out geriatrics set)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities.finder import find_quantities
from claimcheck.verify.frames import is_dose


def _arm(ident: str, dose: str, value: float) -> str:
    return f"""\
- id: {ident}
  statement: In the Alpine trial, {value}% of adults given {dose} IU of vitamin D a month fell.
  subject: [vitamin D, Alpine trial]
  context: [falls, "{dose} IU"]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Alpine trial 2016", quote: "{value}%"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = _arm("alpine-24000", "24,000", 48.5) + _arm("alpine-60000", "60,000", 66.9)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "dose"),
    [("60,000 IU", True), ("a dose of 800 IU a day", True), ("4 units of alcohol", False)],
)
def test_international_units_are_doses(text, dose):
    (quantity,) = [q for q in find_quantities(text) if q.low]
    assert is_dose(quantity) is dose


def test_each_arm_keeps_its_own_dose(lint_text):
    text = (
        "In the Alpine trial, older adults given 60,000 IU of vitamin D a month fell more often,"
        " with 48.5% falling, compared with 66.9% of those on 24,000 IU."
    )
    assert lint_text(text) == {
        "48.5%": ("CC101", "alpine-60000"),
        "66.9%": ("CC101", "alpine-24000"),
    }
