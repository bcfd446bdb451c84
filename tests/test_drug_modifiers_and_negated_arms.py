"""A drug's route, schedule or formulation before its name does not make another drug, and a
treatment said negated is no arm (issue 12; break25: "given penicillin" was ruled out of the
claim "given oral penicillin" as "another treatment arm (penicillin)", and the claim about
children "not given penicillin" was read as on penicillin)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: kestrel-pen
  statement: In the KESTREL trial, meningitis occurred in 2.1% of children given oral penicillin.
  subject: [KESTREL, penicillin]
  context: [meningitis]
  value: {value: 2.1, unit: percent}
  sources: [{citation: "KESTREL report", quote: "2.1% on penicillin"}]
  status: approved
  review_by: 2030-01-01
- id: kestrel-no-pen
  statement: In the KESTREL trial, meningitis occurred in 9.4% of children not given penicillin.
  subject: [KESTREL, penicillin]
  context: [meningitis]
  group: [no penicillin]
  value: {value: 9.4, unit: percent}
  sources: [{citation: "KESTREL report", quote: "9.4% without penicillin"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the KESTREL trial, meningitis struck 2.1% of children given penicillin.", {}),
        (
            "In the KESTREL trial, meningitis struck 9.4% of children given penicillin.",
            {"9.4%": ("CC101", "kestrel-pen")},
        ),
        ("In the KESTREL trial, meningitis struck 9.4% of children without penicillin.", {}),
        (
            "In the KESTREL trial, meningitis struck 2.1% of children without penicillin.",
            {"2.1%": ("CC101", "kestrel-no-pen")},
        ),
    ],
)
def test_route_words_and_negated_arms(lint_text, text, expected):
    assert lint_text(text) == expected
