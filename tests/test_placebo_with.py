"""A placebo is never the background a treatment is added to: "hormone therapy with placebo"
and "placebo plus hormone therapy" are the placebo arm, so a swapped arm figure there is a
conflict with the placebo arm's claim, while "with usual care" stays a background and a
placebo after "versus" stays the comparison."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: cyclonib-pfs
  statement: >-
    In CYCLO-1, median progression-free survival was 27.1 months on cyclonib plus
    hormone therapy.
  subject: [cyclonib, CYCLO-1]
  context: [hormone therapy, progression-free survival, progression, median, women]
  measure: survival
  value: {value: 27.1, unit: months}
  sources: [{citation: "CYCLO-1 2020", quote: "27.1 months vs 15.8 months"}]
  status: approved
  review_by: 2030-01-01
- id: cyclonib-placebo-pfs
  statement: >-
    In CYCLO-1, median progression-free survival was 15.8 months on placebo plus
    hormone therapy.
  subject: [cyclonib, CYCLO-1]
  context: [hormone therapy alone, progression-free survival, progression, median, women]
  group: [placebo]
  measure: survival
  value: {value: 15.8, unit: months}
  sources: [{citation: "CYCLO-1 2020", quote: "27.1 months vs 15.8 months"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Women taking hormone therapy with placebo in CYCLO-1 went a median of 27.1 months "
            "without progression.",
            {"27.1 months": ("CC101", "cyclonib-placebo-pfs")},
        ),
        (
            "In CYCLO-1, placebo plus hormone therapy gave a median progression-free survival "
            "of 27.1 months.",
            {"27.1 months": ("CC101", "cyclonib-placebo-pfs")},
        ),
        (
            "Women taking hormone therapy with placebo in CYCLO-1 went a median of 15.8 months "
            "without progression.",
            {},
        ),
        (
            "In CYCLO-1, median progression-free survival was 27.1 months with cyclonib versus "
            "placebo.",
            {},
        ),
    ],
)
def test_a_placebo_with_a_background_is_the_placebo_arm(lint_text, text, expected) -> None:
    assert lint_text(text) == expected
