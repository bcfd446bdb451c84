"""A later clause that names only its arm ("… and 31 in the lorvatin group") counts what the
first clause counted ("episodes of gout"): the outcome said there attributes the figure to
that outcome's claim of the clause's arm, never to the arm's claim about another outcome.
A later clause that names an outcome of its own ("… 70% of the deaths it causes") is judged
by its own words."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kestrel-lorvatin-gout
  statement: In KESTREL, infants given lorvatin had 12 gout episodes.
  subject: [lorvatin, KESTREL]
  context: [KESTREL, gout, infants]
  value: {value: 12, unit: events}
  sources: [{citation: "KESTREL report", quote: "12 episodes"}]
  status: approved
  review_by: 2030-01-01
- id: kestrel-lorvatin-flares
  statement: In KESTREL, infants given lorvatin had 40 skin flare episodes.
  subject: [lorvatin, KESTREL]
  context: [KESTREL, skin flares, flare, infants]
  value: {value: 40, unit: events}
  sources: [{citation: "KESTREL report", quote: "40 episodes"}]
  status: approved
  review_by: 2030-01-01
- id: kestrel-placebo-gout
  statement: In KESTREL, infants given placebo had 31 gout episodes.
  subject: [lorvatin, KESTREL]
  context: [KESTREL, gout, infants]
  group: [placebo]
  value: {value: 31, unit: events}
  sources: [{citation: "KESTREL report", quote: "31 episodes"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KESTREL recorded 31 episodes of gout in the placebo group and 12 in the lorvatin"
         " group.", {}),
        ("KESTREL recorded 12 episodes of gout in the placebo group and 31 in the lorvatin"
         " group.", {"12 episodes": ("CC101", "kestrel-placebo-gout"),
                     "31": ("CC101", "kestrel-lorvatin-gout")}),
    ],
)  # fmt: skip
def test_later_arm_clause_carries_the_outcome(lint_text, text, expected):
    assert lint_text(text) == expected
