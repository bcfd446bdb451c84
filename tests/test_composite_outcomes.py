# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A composite outcome is one event of several kinds (CONSORT): a figure said of one of its
parts is another outcome, never the composite's figure. "Hospitalisation for heart failure
fell by 21%" is no figure of the claim about "cardiovascular death or hospitalisation for heart
failure": neither backed by it (a part's 19.4% that equals the composite's) nor accused; a
clause that names the whole composite, or calls it primary or composite, is judged as
before."""

from __future__ import annotations

import pytest
from verdict_helpers import lint_output

REGISTRY = """\
- id: velo-primary-velorant
  statement: In the VELO trial, the primary outcome of stroke or systemic embolism occurred in 1.7% of patients on velorant.
  subject: [velorant, VELO]
  context: [VELO, primary outcome, stroke or systemic embolism, composite]
  value: {value: 1.7, unit: percent}
  sources:
    - citation: "VELO trial report (our own example)"
      url: https://example.org/velo
      quote: "stroke or systemic embolism occurred in 1.7% of patients on velorant"
  status: approved
  review_by: 2028-12-31
- id: velo-primary-hr
  statement: In the VELO trial, the hazard ratio for the primary outcome with velorant against warfarin was 0.79.
  subject: [velorant, VELO]
  context: [VELO, primary outcome, stroke or systemic embolism, composite, hazard ratio]
  value: {value: 0.79}
  sources:
    - citation: "VELO trial report (our own example)"
      url: https://example.org/velo
      quote: "hazard ratio, 0.79"
  status: approved
  review_by: 2028-12-31
"""


def _lint(tmp_path, draft: str) -> str:
    return lint_output(tmp_path, REGISTRY, draft)


@pytest.mark.parametrize(
    "draft",
    [
        "In the VELO trial, 1.7% of patients on velorant had a systemic embolism.",
        "In VELO, systemic embolism occurred in 1.1% of patients on velorant.",
        "Velorant cut the risk of stroke by 30% against warfarin in the VELO trial.",
    ],
)
def test_a_figure_of_one_part_is_not_the_composites(tmp_path, draft):
    output = _lint(tmp_path, draft)
    assert "CC101" not in output, output  # no accusation, and no support either:
    assert "CC102" in output, output  # the figure is unsupported


@pytest.mark.parametrize(
    ("draft", "finding"),
    [
        (
            "In the VELO trial, stroke or systemic embolism occurred in 2.4% of patients on "
            "velorant.",
            'CC101 error: "2.4%" conflicts with velo-primary-velorant',
        ),
        (
            "The VELO trial's primary outcome, systemic embolism or stroke, occurred in 2.4% of "
            "patients on velorant.",
            'CC101 error: "2.4%" conflicts with velo-primary-velorant',
        ),
    ],
)
def test_the_whole_composite_is_still_judged(tmp_path, draft, finding):
    assert finding in _lint(tmp_path, draft)


def test_the_near_miss_says_why(tmp_path):
    output = _lint(tmp_path, "In VELO, systemic embolism occurred in 1.1% of patients on velorant.")
    assert "one part of its composite outcome (systemic embolism)" in output, output
