# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A ratio's outcome said with a verb: "5.75 times as likely to die" and "eight times the
risk of death" name the outcome of a hazard-ratio claim whose context calls it "all-cause
mortality", as the noun would; "the rate of death from stroke" is deaths of one cause, not
the all-cause claim's ("of death" does not hide the "from stroke" after it)."""

from __future__ import annotations

import pytest
from verdict_helpers import lint_output

REGISTRY = """\
- id: femur-men-hazard
  statement: In the first 3 months after a femur fracture, the relative hazard of death from any cause was 6.20 for men compared with men of the same age without a fracture.
  subject: [femur fracture, broken femur]
  context: [relative hazard, hazard ratio, all-cause mortality]
  group: [men]
  value: {value: 6.20}
  sources:
    - citation: "Our own example meta-analysis"
      url: https://example.org/femur
      quote: "relative hazard of death from any cause was 6.20 for men"
  status: approved
  review_by: 2028-12-31
- id: trial-any-cause
  statement: In the CALM trial, active treatment cut the rate of death from any cause by 25% compared with placebo.
  subject: [CALM trial, CALM]
  context: [death from any cause, all-cause mortality, hazard ratio]
  value: {value: 0.75}
  derived: "1 - 0.25"
  sources:
    - citation: "CALM trial report (our own example)"
      url: https://example.org/calm
      quote: "cut the rate of death from any cause by 25%"
  status: approved
  review_by: 2028-12-31
"""


@pytest.mark.parametrize(
    ("draft", "finding"),
    [
        (
            "In the first three months after a femur fracture, men are 4.5 times as likely to die as men of the same age without one.",
            'CC101 error: "4.5 times" conflicts with femur-men-hazard',
        ),
        (
            "In the first three months after a femur fracture, men are 6.2 times as likely to die as other men of their age.",
            None,
        ),
    ],
)
def test_dying_names_a_mortality_outcome(tmp_path, draft, finding):
    output = lint_output(tmp_path, REGISTRY, draft)
    if finding is None:
        assert "CC101" not in output and "CC102" not in output, output
    else:
        assert finding in output, output


def test_death_from_one_cause_is_not_the_all_cause_claims(tmp_path):
    output = lint_output(
        tmp_path,
        REGISTRY,
        "Compared with placebo, active treatment in the CALM trial cut the rate of death from stroke by 40%.",
    )
    assert "CC101" not in output, output


def test_a_later_arm_clause_carries_on_the_cause_of_death(tmp_path):
    # the arm's only claim counts deaths from any cause: the second clause's 9.0% carries
    # on the first's cardiovascular deaths, so it borrows no support from it
    registry = (
        REGISTRY
        + """\
- id: calm-any-cause-placebo
  statement: In the CALM trial, 9.0% of patients on placebo died from any cause.
  subject: [CALM trial, CALM]
  context: [death from any cause, all-cause mortality]
  group: [placebo]
  value: {value: 9.0, unit: percent}
  sources:
    - citation: "CALM trial report (our own example)"
      url: https://example.org/calm
      quote: "9.0% of patients on placebo died from any cause"
  status: approved
  review_by: 2028-12-31
"""
    )
    output = lint_output(
        tmp_path,
        registry,
        "In the CALM trial, the primary end point of cardiovascular death or a stroke struck 11.0% of patients on active treatment and 9.0% of those on placebo.",
    )
    assert 'CC102 warning: "9.0%" is not backed' in output, output
    assert "deaths of another scope" in output, output
