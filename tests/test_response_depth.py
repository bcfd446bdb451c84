"""How deep a treatment response is (complete, partial, or the overall response that counts
both, as RECIST, IMWG and Lugano grade it) is part of a figure's frame: a complete-response
figure is never judged against the overall-response claim of the same trial arm, nor a
partial response against either; a plain "responded" is the overall response."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: nova2-overall-response
  statement: In the NOVA-2 trial, 71% of patients given velotamab had an overall response.
  subject: [velotamab, NOVA-2]
  value: {value: 71, unit: percent}
  sources: [{citation: "NOVA-2 report", quote: "overall response rate 71%"}]
  status: approved
  review_by: 2030-01-01
- id: nova2-complete-response
  statement: In the NOVA-2 trial, 33% of patients given velotamab had a complete response.
  subject: [velotamab, NOVA-2]
  value: {value: 33, unit: percent}
  sources: [{citation: "NOVA-2 report", quote: "complete response in 33%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the depth the registry holds, right and wrong
        ("In NOVA-2, the objective response rate with velotamab was 71%.", {}),
        ("A complete response was seen in 33% of NOVA-2 patients on velotamab.", {}),
        (
            "In NOVA-2, 45% of patients on velotamab had a complete response.",
            {"45%": ("CC101", "nova2-complete-response")},
        ),
        (
            "Velotamab: 80% of patients in NOVA-2 responded.",
            {"80%": ("CC101", "nova2-overall-response")},
        ),
        # another depth's figure is not backed by the claim that states it
        (
            "In NOVA-2, 71% of patients had a complete remission on velotamab.",
            {"71%": ("CC101", "nova2-complete-response")},
        ),
        (
            "In NOVA-2, 33% of patients on velotamab responded to it.",
            {"33%": ("CC101", "nova2-overall-response")},
        ),
        # a depth the registry does not hold is unsupported, not judged against either
        (
            "In NOVA-2, 38% of patients had a partial response to velotamab.",
            {"38%": ("CC102", None)},
        ),
        # both depths together are the overall response
        ("In NOVA-2, 71% of patients had a complete or partial response to velotamab.", {}),
    ],
)
def test_response_depth_is_part_of_the_frame(lint_text, text, expected):
    assert lint_text(text) == expected
