"""A duration that says when another figure was measured belongs to that figure's clause
("92% within 2 years"); but where a sentence's figures are all durations, they are the
figures, each in its own clause: "A may be taken within 96 hours, while B must be taken
within 24 hours" gives each window to its own drug."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: drug-a-window
  statement: Drug A is licensed for use within 48 hours of exposure.
  subject: [drug A]
  context: [exposure]
  value: {high: 48, unit: hours}
  sources: [{citation: "A label", quote: "up to 48 hours after exposure"}]
  status: approved
  review_by: 2030-01-01
- id: drug-b-window
  statement: Drug B is licensed for use within 96 hours of exposure.
  subject: [drug B]
  context: [exposure]
  value: {high: 96, unit: hours}
  sources: [{citation: "B label", quote: "up to 96 hours after exposure"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_swapped_windows_are_each_a_conflict(lint_text):
    found = lint_text(
        "Drug A can be taken within 96 hours of exposure, while drug B must be taken within "
        "48 hours."
    )
    assert found == {
        "within 96 hours": ("CC101", "drug-a-window"),
        "within 48 hours": ("CC101", "drug-b-window"),
    }


def test_the_right_windows_pass(lint_text):
    found = lint_text(
        "Drug A can be taken within 48 hours of exposure, while drug B can be taken within "
        "96 hours."
    )
    assert found == {}
