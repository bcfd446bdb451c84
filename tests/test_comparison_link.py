"""The link of a comparison ("compared with", "in comparison with") says nothing about what a
figure measures: the arms on either side of it do, and "in comparison with placebo" names
the other arm as "compared with placebo" does (the figure is not the placebo arm's). A wrong
relative reduction said "compared with placebo" is a conflict with its claim (CC101), not
left unsupported because the claim's statement words the comparison "against" or
"versus"."""

from __future__ import annotations

import pytest
from verdict_helpers import lint_output

REGISTRY = """\
- id: zenolol-migraine-days
  statement: In the ZEN-1 trial, zenolol reduced monthly migraine days by 45% against placebo.
  subject: [zenolol]
  context: [ZEN-1, migraine]
  value: {value: 45, unit: percent}
  sources:
    - citation: "ZEN-1 trial report (our own example)"
      url: https://example.org/zen-1
      quote: "monthly migraine days fell by 45% against placebo"
  status: approved
  review_by: 2028-12-31
- id: corvastat-stroke
  statement: Corvastat lowered the risk of stroke by 18% versus aspirin in the CORE trial.
  subject: [Corvastat]
  context: [CORE, stroke]
  value: {value: 18, unit: percent}
  sources:
    - citation: "CORE trial report (our own example)"
      url: https://example.org/core
      quote: "the risk of stroke was lowered by 18% versus aspirin"
  status: approved
  review_by: 2028-12-31
"""


@pytest.mark.parametrize(
    ("draft", "figure", "claim_id"),
    [
        (
            "In ZEN-1, zenolol cut monthly migraine days by 30% compared with placebo.",
            "30%",
            "zenolol-migraine-days",
        ),
        (
            "Zenolol reduced migraine days by 60% in comparison with placebo in ZEN-1.",
            "60%",
            "zenolol-migraine-days",
        ),
        (
            "In ZEN-1, zenolol trimmed migraine days by 30% when compared with placebo.",
            "30%",
            "zenolol-migraine-days",
        ),
        (
            "In the CORE trial, Corvastat lowered stroke risk by 28% compared to aspirin.",
            "28%",
            "corvastat-stroke",
        ),
        (
            "Corvastat lowered stroke risk by 28% in comparison to aspirin in CORE.",
            "28%",
            "corvastat-stroke",
        ),
    ],
)
def test_a_wrong_figure_said_compared_with_the_other_arm_conflicts(
    tmp_path, draft, figure, claim_id
):
    output = lint_output(tmp_path, REGISTRY, draft)
    assert f'CC101 error: "{figure}" conflicts with {claim_id}' in output, output
