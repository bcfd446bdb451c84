"""A control arm said as its units ("control clusters", "control villages", "the control
areas") or as "controls" is the control arm, and a registry ``group: [control]`` (or
``controls``, ``comparator``) declares one: before, the bare word named nothing, the claim's
frame lost its arm, and a swapped arm's figure was ruled out as "another trial arm"
(docs/registry-schema.md, ``group``)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import read_frame

REGISTRY = """\
- id: mosquito-trial-dengue-treated
  statement: In the MOSQ trial, dengue occurred in 2.3% of people in treated clusters.
  subject: [MOSQ trial]
  context: [dengue, treated clusters]
  value: {value: 2.3, unit: percent}
  sources: [{citation: "MOSQ report", quote: "2.3% in treated clusters"}]
  status: approved
  review_by: 2030-01-01
- id: mosquito-trial-dengue-control
  statement: In the MOSQ trial, dengue occurred in 9.4% of people in the control clusters.
  subject: [MOSQ trial]
  context: [dengue, control clusters]
  group: [control]
  value: {value: 9.4, unit: percent}
  sources: [{citation: "MOSQ report", quote: "9.4% in control clusters"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_swapped_control_arm_figure_is_a_conflict(lint_text):
    text = (
        "In the MOSQ trial, dengue occurred in 9.4% of people in treated clusters and in 2.3%"
        " of those in control clusters."
    )
    assert lint_text(text) == {
        "9.4%": ("CC101", "mosquito-trial-dengue-treated"),
        "2.3%": ("CC101", "mosquito-trial-dengue-control"),
    }


def test_the_right_control_arm_figure_is_no_finding(lint_text):
    text = "In the MOSQ trial, dengue occurred in 9.4% of people in the control areas."
    assert lint_text(text) == {}


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("12% of people in control villages", True),
        ("among controls, 12% had it", True),
        ("8% of matched controls", True),
        ("the control arm", True),
        ("it controls blood pressure in 12%", False),
        ("birth control pills", False),
        ("control of blood pressure", False),
    ],
)
def test_control_arm_words(text, control):
    assert read_frame(text).control is control
