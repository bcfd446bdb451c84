# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A ratio claim about a subgroup set by a threshold ("among patients with a marker score of
50% or greater, the hazard ratio was 0.40") is not the figure of a sentence that sets another
threshold in that unit ("below 1%"), nor, beside the claim about the whole trial, of one that
sets none ("the hazard ratio for death was 0.55"). "The hazard ratio for death" counts deaths
of no particular cause: "for" is no cause of death."""

from __future__ import annotations

import pytest
from verdict_helpers import lint_output

CLAIM = """\
- id: {id}
  statement: {statement}
  subject: [ventumab, NOVA-2]
  context: [{context}]
  value: {{value: {value}}}
  sources:
    - citation: "NOVA-2 trial report (our own example)"
      url: https://example.org/nova-2
      quote: "{statement}"
  status: approved
  review_by: 2028-12-31
"""
CLAIMS = [
    (
        "nova2-hr-death",
        "In NOVA-2, the hazard ratio for death with ventumab against placebo was 0.55.",
        "NOVA-2, hazard ratio, death, overall survival",
        0.55,
    ),
    (
        "nova2-hr-death-high",
        "In NOVA-2, among patients with a marker score of 50% or greater, the hazard ratio for death with ventumab was 0.40.",
        "NOVA-2, hazard ratio, death, marker score, 50% or greater",
        0.40,
    ),
    (
        "nova2-hr-death-low",
        "In NOVA-2, among patients with a marker score of less than 1%, the hazard ratio for death with ventumab was 0.70.",
        "NOVA-2, hazard ratio, death, marker score, less than 1%",
        0.70,
    ),
]


def _lint(tmp_path, draft: str) -> str:
    registry = "".join(CLAIM.format(id=i, statement=s, context=c, value=v) for i, s, c, v in CLAIMS)
    return lint_output(tmp_path, registry, draft)


@pytest.mark.parametrize(
    ("draft", "finding"),
    [
        (
            "In NOVA-2, for patients with a marker score below 1%, the hazard ratio for death was 0.40.",
            'CC101 error: "0.40" conflicts with nova2-hr-death-low',
        ),
        (
            "In NOVA-2, for patients with a marker score of 50% or more, the hazard ratio for death was 0.70.",
            'CC101 error: "0.70" conflicts with nova2-hr-death-high',
        ),
        (
            "In NOVA-2, the hazard ratio for death with ventumab was 0.40.",
            'CC101 error: "0.40" conflicts with nova2-hr-death:',
        ),
        (
            "In NOVA-2, for patients with a marker score of 1 to 49%, the hazard ratio for death was 0.40.",
            'CC102 warning: "0.40" is not backed',
        ),
    ],
)
def test_a_subgroup_claim_needs_its_threshold(tmp_path, draft, finding):
    assert finding in _lint(tmp_path, draft)


def test_the_whole_trials_figure_is_the_whole_claims(tmp_path):
    output = _lint(tmp_path, "In NOVA-2, the hazard ratio for death with ventumab was 0.55.")
    assert '"0.55"' not in output, output  # supported by nova2-hr-death


BAND_REGISTRY = """\
- id: zx-band-2-3
  statement: In the ZX trial, biopsy found the disease in 23.0% of adults whose marker was 2.1 to 3.0 ng/mL.
  subject: [ZX trial]
  context: [biopsy, marker, 2.1 to 3.0 ng/mL]
  value: {value: 23.0, unit: percent}
  sources:
    - citation: "ZX trial report (our own example)"
      url: https://example.org/zx
      quote: "23.0% of adults whose marker was 2.1 to 3.0 ng/mL"
  status: approved
  review_by: 2028-12-31
"""


@pytest.mark.parametrize(
    ("draft", "finding"),
    [
        (
            "In the ZX trial, biopsy found the disease in 10.0% of adults whose marker was 0.6 to 1.0 ng/mL.",
            'CC102 warning: "10.0%" is not backed',
        ),
        (
            "In the ZX trial, biopsy found the disease in 26.0% of adults whose marker was 2.1 to 3.0 ng/mL.",
            'CC101 error: "26.0%" conflicts with zx-band-2-3',
        ),
    ],
)
def test_a_share_of_another_band_is_not_the_bands(tmp_path, draft, finding):
    assert finding in lint_output(tmp_path, BAND_REGISTRY, draft)
